import type { Layout } from './choices.js';

export type Feature = 'auth' | 'rateLimit' | 'modules' | 'services' | 'transport' | 'preset';

export interface Availability {
  layouts: Record<Layout, boolean>;
  features: Record<Feature, boolean>;
}

/** What exists today. Flipping an entry to true makes it selectable and, for auth/rateLimit, on by default. */
export const availability: Availability = {
  layouts: { monolith: true, modular: true, microservices: false },
  features: {
    auth: true,
    rateLimit: true,
    modules: true,
    services: false,
    transport: false,
    preset: false,
  },
};
