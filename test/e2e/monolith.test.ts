import { addModules } from './support/add-modules.js';
import { describeGeneratedProject } from './support/generated-project.js';

for (const http of ['fastify', 'express'] as const) {
  describeGeneratedProject(`monolith (${http})`, ['--http', http], { afterCreate: addModules });
}
