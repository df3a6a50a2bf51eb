import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const identity = ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', '-c', 'commit.gpgsign=false'];
const git = (dir, args) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });

/** Commits the project's current state (ignored files such as node_modules stay out) so runs can start from it again. */
export function snapshot(dir) {
  git(dir, ['init', '--quiet']);
  // Not every project ignores them (a `nest new --skip-git` project has no .gitignore).
  writeFileSync(join(dir, '.git', 'info', 'exclude'), 'node_modules/\ndist/\n');
  git(dir, ['add', '-A']);
  git(dir, [...identity, 'commit', '--quiet', '--allow-empty', '-m', 'bench snapshot']);
}

/** Puts tracked files back and removes untracked ones (ignored ones, e.g. node_modules and dist, stay). */
export function restore(dir) {
  git(dir, ['checkout', '--quiet', '--', '.']);
  git(dir, ['clean', '-fdq']);
}
