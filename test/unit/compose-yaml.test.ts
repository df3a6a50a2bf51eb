import { describe, expect, it } from 'vitest';
import { composeServicesYaml } from '../../generators/features/compose-yaml.js';

describe('composeServicesYaml', () => {
  it('writes plain what reads back the same and quotes the rest', () => {
    const [yaml] = composeServicesYaml({
      broker: { image: 'rabbitmq:4', ports: ['5672:5672'], environment: { FLAG: 'yes', URL: 'amqp://x:1', EMPTY: 'a: b' } },
    });
    expect(yaml).toBe(
      [
        '  broker:',
        '    image: rabbitmq:4',
        '    ports:',
        '      - "5672:5672"',
        '    environment:',
        '      FLAG: "yes"',
        '      URL: amqp://x:1',
        '      EMPTY: "a: b"',
      ].join('\n'),
    );
  });

  it('writes durations plain, numbers as numbers and a healthcheck command in flow style', () => {
    const [yaml] = composeServicesYaml({
      db: { healthcheck: { test: ['CMD', 'pg_isready', '-q'], interval: '5s', timeout: '1e3', retries: 20 } },
    });
    expect(yaml).toBe(
      ['  db:', '    healthcheck:', '      test: ["CMD", "pg_isready", "-q"]', '      interval: 5s', '      timeout: "1e3"', '      retries: 20'].join('\n'),
    );
  });
});
