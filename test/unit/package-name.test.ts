import { describe, expect, it } from 'vitest';
import { projectNameProblem, suggestPackageName } from '../../src/options/package-name.js';

describe('projectNameProblem', () => {
  it.each(['my-api', 'api', 'orders-service', 'a1', 'x.y'])('accepts %s', (name) => {
    expect(projectNameProblem(name)).toBeUndefined();
  });

  it('explains an invalid name and suggests a valid one', () => {
    expect(projectNameProblem('My App')).toBe(
      'Invalid project name "My App": name can only contain URL-friendly characters; try "my-app"',
    );
    expect(projectNameProblem('MyApi')).toBe('Invalid project name "MyApi": name can no longer contain capital letters; try "myapi"');
    expect(projectNameProblem('.hidden')).toBe('Invalid project name ".hidden": name cannot start with a period; try "hidden"');
    expect(projectNameProblem('_x')).toBe('Invalid project name "_x": name cannot start with an underscore; try "x"');
  });

  it.each([
    ['node_modules', 'node_modules is not a valid package name'],
    ['favicon.ico', 'favicon.ico is not a valid package name'],
    ['http', 'http is a core module name'],
    ['fs', 'fs is a core module name'],
    ['test', '"test" is reserved'],
    ['create-backend-arch', '"create-backend-arch" is reserved'],
    ['prisma', '"prisma" is reserved'],
    ['pino', '"pino" is reserved'],
  ])('refuses the reserved name %s', (name, reason) => {
    expect(projectNameProblem(name)).toContain(`Invalid project name "${name}": ${reason}`);
  });

  it('suggests a name with a suffix when the cleaned one is reserved', () => {
    expect(suggestPackageName('test')).toBe('test-api');
    expect(suggestPackageName('HTTP')).toBe('http-api');
    expect(suggestPackageName('node_modules')).toBe('node_modules-api');
    expect(suggestPackageName('  Café Órders!! ')).toBe('cafe-orders');
  });

  it('has no suggestion when nothing usable is left', () => {
    expect(suggestPackageName('@@@')).toBeUndefined();
    expect(projectNameProblem('@@@')).toBe('Invalid project name "@@@": name can only contain URL-friendly characters');
  });
});
