import { type Environment, environmentSchema } from './environment.schema.js';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment: ${problems.join('; ')}`);
    this.name = 'ConfigError';
  }
}

/** The validated environment, injected wherever settings are read. */
export class AppConfig {
  private constructor(private readonly env: Environment) {}

  static fromEnvironment(source: NodeJS.ProcessEnv): AppConfig {
    const result = environmentSchema.safeParse(withoutEmptyValues(source));
    if (!result.success) {
      // Name the variable and the rule, never the value: it may be a secret.
      throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
    }
    return new AppConfig(result.data);
  }

  get<K extends keyof Environment>(key: K): Environment[K] {
    return this.env[key];
  }
}

function withoutEmptyValues(source: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(source).filter((entry): entry is [string, string] => Boolean(entry[1])));
}
