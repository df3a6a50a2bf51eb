import type { NodePlopAPI } from 'node-plop';
import moduleGenerator from './module/index.js';

/** What a generated project's plopfile loads: every generator this package offers inside a project. */
export default function backendArchGenerators(plop: NodePlopAPI): void {
  moduleGenerator(plop);
}
