import { featureOptions, type FeatureOption } from '../../generators/features/registry.js';
import type { Layout, Transport } from './choices.js';

export type Feature = 'auth' | 'rateLimit' | 'modules' | 'services' | 'transport' | 'preset';

export interface Availability {
  layouts: Record<Layout, boolean>;
  features: Record<Feature, boolean>;
  /** Microservices transports that pass the end-to-end tests; `features.transport` offers the flag at all. */
  transports: Record<Transport, boolean>;
}

/** What exists today. Flipping an entry to true makes it selectable and, for auth/rateLimit, on by default. */
export const availability: Availability = {
  layouts: { monolith: true, modular: true, microservices: true },
  features: {
    auth: true,
    rateLimit: true,
    modules: true,
    services: true,
    transport: true,
    preset: false,
  },
  transports: { tcp: true, nats: true, redis: true, rabbitmq: true },
};

/**
 * The yes/no options features bring (`--auth`, `--rate-limit`), from their descriptors: those available
 * today, each on by default only when available (see `availability.features`).
 */
export function availableFeatureOptions(): FeatureOption[] {
  return featureOptions().filter((option) => availability.features[option.key as Feature] ?? true);
}
