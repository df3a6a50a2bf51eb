import { driverErrorOf } from './driver-error.js';

/**
 * The fields a constraint violation names. The pg adapter reports the columns or only the constraint, which Prisma
 * names `<table>_<column>_key` (unique) or `<table>_<column>_fkey` (foreign key); columns are the snake_case of the
 * fields. Without the table (foreign keys), it starts like the model's name: `OrderItem` -> `order_items_...`.
 */
export function violatedFields(error: unknown): string[] {
  const driverError = driverErrorOf(error);
  const fields = driverError?.constraint?.fields;
  if (Array.isArray(fields)) return fields.filter((field): field is string => typeof field === 'string').map(camelCase);
  const index = driverError?.constraint?.index;
  const table = driverError?.table ?? tableOf(index, modelNameOf(error));
  const column = index?.match(/^(.+)_(key|fkey)$/)?.[1];
  if (!table || !column?.startsWith(`${table}_`)) return [];
  return [camelCase(column.slice(table.length + 1))];
}

function modelNameOf(error: unknown): string | undefined {
  const { meta } = error as { meta?: { modelName?: unknown } };
  return typeof meta?.modelName === 'string' ? meta.modelName : undefined;
}

function tableOf(index: string | undefined, modelName: string | undefined): string | undefined {
  if (!index || !modelName) return undefined;
  const model = modelName.replace(/(?<=[a-z0-9])([A-Z])/g, '_$1').toLowerCase();
  if (!index.startsWith(model)) return undefined;
  const end = index.indexOf('_', model.length);
  return end === -1 ? undefined : index.slice(0, end);
}

function camelCase(column: string): string {
  return column.replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}
