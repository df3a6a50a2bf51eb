import { AppConfig, ConfigError } from '../../src/infrastructure/config/app-config.js';

/** The one-line problems the environment check reports for `env`; empty when it is valid. */
export function configProblems(env: NodeJS.ProcessEnv): string[] {
  try {
    AppConfig.fromEnvironment(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}
