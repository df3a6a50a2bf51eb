import { addModules } from './support/add-modules.js';
import { describeGeneratedProject } from './support/generated-project.js';
import { hardeningTests } from './support/hardening/hardening-suite.js';
import { httpPlatformsUnderTest } from './support/http-platforms.js';

for (const http of httpPlatformsUnderTest('monolith')) {
  describeGeneratedProject(`monolith (${http})`, ['--http', http], { afterCreate: addModules, more: hardeningTests });
}
