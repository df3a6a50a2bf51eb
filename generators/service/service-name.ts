import pluralize from 'pluralize';
import { nameProblem } from '../../src/options/names.js';
import { GenRequestError } from '../shared/gen-request-error.js';

// Apps and packages every microservices project has: `users` is served by the identity service.
const TAKEN: Record<string, string> = {
  gateway: 'the gateway app',
  identity: 'the identity service',
  users: 'the identity service (it serves /api/v1/users)',
  contracts: 'the packages/contracts workspace',
};

/** Refuses a name the project cannot take as a new resource service; `existing` are the manifest's services. */
export function checkServiceName(name: string, existing: readonly string[]): void {
  const problem = nameProblem(name, 'service');
  if (problem) throw new GenRequestError(problem);
  const owner = TAKEN[name];
  if (owner) throw new GenRequestError(`service name "${name}" is taken by ${owner}`);
  if (existing.includes(name)) throw new GenRequestError(`service "${name}" already exists; nothing was changed`);
  // The service owns the resource of its name (routes /api/v1/<name>) and an entity of its singular.
  const singular = pluralize.singular(name);
  if (singular === name && pluralize.plural(name) === name) {
    throw new GenRequestError(`service name "${name}" has no distinct singular and plural; pick a countable noun`);
  }
  if (singular === name) {
    throw new GenRequestError(`service name "${name}" must be a plural noun, like the routes it serves (e.g. "${pluralize.plural(name)}")`);
  }
}
