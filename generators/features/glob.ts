/**
 * The globs of a descriptor's `apps` lists: `*` (within a path segment), `**` (any number of segments),
 * `?` and `{a,b}` (alternatives, which may be empty: `{,.spec}`). Matched against a file's output path.
 */
export function globPattern(glob: string): RegExp {
  let source = '';
  let braces = 0;
  for (let index = 0; index < glob.length; index += 1) {
    const char = glob[index]!;
    if (char === '*' && glob[index + 1] === '*') {
      const slashAfter = glob[index + 2] === '/';
      source += slashAfter ? '(?:.*/)?' : '.*';
      index += slashAfter ? 2 : 1;
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else if (char === '{') {
      braces += 1;
      source += '(?:';
    } else if (char === '}' && braces > 0) {
      braces -= 1;
      source += ')';
    } else if (char === ',' && braces > 0) source += '|';
    else source += char.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  if (braces > 0) throw new Error(`${glob}: unclosed {`);
  return new RegExp(`^${source}$`);
}

/** Whether `path` matches one of `globs`. */
export function globsMatcher(globs: readonly string[]): (path: string) => boolean {
  const patterns = globs.map(globPattern);
  return (path) => patterns.some((pattern) => pattern.test(path));
}

/** The output path a template path is matched as: `.hbs` dropped, `_x` -> `.x` (path templates left as written). */
export function outputName(templatePath: string): string {
  const path = templatePath.endsWith('.hbs') ? templatePath.slice(0, -'.hbs'.length) : templatePath;
  return path.replace(/(^|\/)_([^/]*)$/, '$1.$2');
}
