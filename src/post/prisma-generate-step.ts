import { offlinePrismaEngine, offlinePrismaEngineAhead } from './offline-prisma-engine.js';
import type { PostStep } from './step.js';

/** `<pm> run db:generate`, which also works offline (see offline-prisma-engine.ts). */
export function prismaGenerateStep(packageManager: string): PostStep {
  return {
    name: 'generate the Prisma client',
    commands: [{ file: packageManager, args: ['run', 'db:generate'] }],
    recover: offlinePrismaEngine,
    anticipate: offlinePrismaEngineAhead,
  };
}
