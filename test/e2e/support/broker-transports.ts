import type { BrokerKind } from './broker-server.js';

const ALL: readonly BrokerKind[] = ['nats', 'redis', 'rabbitmq'];

/**
 * The broker transports the microservices e2e runs its smoke over, after the full tcp run: all of them, unless
 * `E2E_BROKER_TRANSPORTS` narrows them (`none` for tcp only: the transports do not depend on the Node version,
 * and each costs a build of every app).
 */
export function brokerTransportsUnderTest(): BrokerKind[] {
  const wanted = process.env.E2E_BROKER_TRANSPORTS?.split(',').map((name) => name.trim()).filter(Boolean);
  if (!wanted?.length) return [...ALL];
  if (wanted.length === 1 && wanted[0] === 'none') return [];
  const unknown = wanted.filter((name) => !(ALL as readonly string[]).includes(name));
  if (unknown.length > 0) {
    throw new Error(`E2E_BROKER_TRANSPORTS: unknown transport ${unknown.join(', ')} (valid: ${ALL.join(', ')}, none)`);
  }
  return ALL.filter((transport) => wanted.includes(transport));
}
