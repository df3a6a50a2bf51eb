/** A scalar as YAML writes it: plain when that reads back the same, else double-quoted. */
function scalar(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = String(value);
  // A colon inside a plain scalar is fine unless a space or the end follows it (`image: nats:2`); a duration
  // (`5s`) is no number.
  const word = /^[A-Za-z_./@](?:[\w./@-]|:(?=[\w./@-]))*$/.test(text) && !/^(true|false|null|yes|no|on|off)$/i.test(text);
  const plain = word || /^\d+[a-z]+$/.test(text);
  return plain ? text : JSON.stringify(text);
}

function lines(value: unknown, indent: string): string[] {
  if (Array.isArray(value)) {
    return value.flatMap((item) =>
      item !== null && typeof item === 'object'
        ? lines(item, `${indent}  `).map((line, index) => (index === 0 ? `${indent}- ${line.trimStart()}` : line))
        : [`${indent}- ${scalar(item)}`],
    );
  }
  return Object.entries(value as Record<string, unknown>).flatMap(([key, item]) => {
    // A healthcheck's command, in the flow style compose's documentation writes it: `["CMD", "pg_isready"]`.
    if (key === 'test' && Array.isArray(item)) return [`${indent}${key}: [${item.map((part) => JSON.stringify(part)).join(', ')}]`];
    return item !== null && typeof item === 'object' ? [`${indent}${key}:`, ...lines(item, `${indent}  `)] : [`${indent}${key}: ${scalar(item)}`];
  });
}

/**
 * The compose services of a descriptor (`{ redis: { image: ... } }`) as the YAML under `services:`, whose entries
 * are indented by `indent` (a compose file's top level by default; deeper in a CI workflow's job).
 */
export function composeServicesYaml(services: Record<string, Record<string, unknown>>, indent = '  '): string[] {
  return Object.entries(services).map(([name, service]) => [`${indent}${name}:`, ...lines(service, `${indent}  `)].join('\n'));
}
