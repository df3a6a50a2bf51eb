import { readFile, writeFile } from 'node:fs/promises';

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

/** Replaces what is between the bench markers of the README; false when the markers are missing. */
export async function updateReadme(readmePath, markdown) {
  const readme = await readFile(readmePath, 'utf8');
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end < start) return false;
  await writeFile(readmePath, `${readme.slice(0, start + START.length)}\n${markdown}${readme.slice(end)}`);
  return true;
}
