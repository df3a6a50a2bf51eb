import { packageManagers, type PackageManager } from '../options/choices.js';

/** The package manager that launched us, from `npm_config_user_agent` ("pnpm/9.1.0 npm/? node/v20..."). */
export function detectPackageManager(userAgent: string | undefined): PackageManager | undefined {
  const name = userAgent?.split(' ')[0]?.split('/')[0];
  return packageManagers.find((pm) => pm === name);
}
