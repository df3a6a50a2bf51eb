import { GenRequestError } from '../shared/gen-request-error.js';
import { alignFields } from './prisma-model.js';

const FIELD_LINE = /^(\s+)([A-Za-z_]\w*)\s+(\S+)(?:\s+(.*?))?\s*$/;

/**
 * Adds the back-relation an owned model needs (`orders Order[]`) to the User model, re-aligning the
 * model's fields the way `prisma format` does. Returns the schema unchanged when the field exists.
 */
export function addOwnerRelation(schema: string, fileName: string, field: string, model: string): string {
  const lines = schema.split('\n');
  const start = lines.findIndex((line) => /^model\s+User\s*\{/.test(line));
  const end = start === -1 ? -1 : lines.findIndex((line, index) => index > start && /^\}/.test(line));
  if (start === -1 || end === -1) throw new GenRequestError(`${fileName} has no User model for the owner relation`);

  const fieldIndexes: number[] = [];
  for (let index = start + 1; index < end; index++) {
    const line = lines[index] ?? '';
    if (FIELD_LINE.test(line) && !line.trim().startsWith('@@') && !line.trim().startsWith('//')) fieldIndexes.push(index);
  }
  const fields = fieldIndexes.map((index) => {
    const [, indent = '  ', name = '', type = '', attributes] = FIELD_LINE.exec(lines[index] ?? '') ?? [];
    return { indent, name, type, attributes: attributes ? [attributes] : [] };
  });
  if (fields.some((existing) => existing.name === field)) return schema;

  fields.push({ indent: fields[0]?.indent ?? '  ', name: field, type: `${model}[]`, attributes: [] });
  const aligned = alignFields(fields, fields[0]?.indent);
  const lastFieldIndex = fieldIndexes.at(-1) ?? start;
  fieldIndexes.forEach((index, position) => (lines[index] = aligned[position] ?? ''));
  lines.splice(lastFieldIndex + 1, 0, aligned.at(-1) ?? '');
  return lines.join('\n');
}
