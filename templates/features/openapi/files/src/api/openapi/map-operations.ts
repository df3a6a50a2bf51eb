import type { OpenAPIObject, OperationObject } from '@nestjs/swagger';

type Paths = OpenAPIObject['paths'];

/** The same paths with `change` applied to every operation (each method of each path). */
export function mapOperations(
  paths: Paths,
  change: (operation: OperationObject, path: string) => OperationObject,
): Paths {
  return Object.fromEntries(
    Object.entries(paths).map(([path, item]) => [
      path,
      Object.fromEntries(
        Object.entries(item).map(([key, value]) => [key, isOperation(value) ? change(value, path) : value]),
      ),
    ]),
  );
}

function isOperation(value: unknown): value is OperationObject {
  return typeof value === 'object' && value !== null && 'responses' in value;
}
