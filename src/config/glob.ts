// The one glob dialect of the config (`ignore`, `scoring.criticalPaths`, and any other list of paths):
// `**` any folders, `*` any characters but '/', `?` one such character, `{a,b}` either; a pattern
// without '/' matches at any depth and a match on a folder covers what it holds, as in .gitignore.
// picomatch does more, but it matches neither of those two .gitignore habits without a wrapper, and
// importing it costs more than this whole file on the pre-commit path (see the README's design notes).

export function compileGlobs(globs: readonly string[]): (path: string) => boolean {
  if (globs.length === 0) return () => false;
  const pattern = new RegExp(`^(?:${globs.map(globToSource).join('|')})(?:/.*)?$`);
  return (path) => pattern.test(path);
}

const compiledLists = new WeakMap<readonly string[], { glob: string; matches: (path: string) => boolean }[]>();

/** The first glob of the list that matches the path (compiled once per list), or undefined. */
export function findMatchingGlob(path: string, globs: readonly string[]): string | undefined {
  let compiled = compiledLists.get(globs);
  if (!compiled) compiledLists.set(globs, (compiled = globs.map((glob) => ({ glob, matches: compileGlobs([glob]) }))));
  return compiled.find(({ matches }) => matches(path))?.glob;
}

function globToSource(glob: string): string {
  // a trailing '/' names a folder, which covers what it holds anyway
  const folder = glob.length > 1 ? glob.replace(/\/+$/, '') : glob;
  const anchored = folder.includes('/') ? folder.replace(/^\//, '') : `**/${folder}`;
  let source = '';
  for (let at = 0; at < anchored.length; at++) {
    const char = anchored[at] as string;
    if (anchored.startsWith('**/', at)) {
      source += '(?:[^/]*/)*';
      at += 2;
    } else if (anchored.startsWith('**', at)) {
      source += '.*';
      at += 1;
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else if (char === '{') {
      const close = anchored.indexOf('}', at);
      if (close === -1) source += '\\{';
      else {
        source += `(?:${anchored
          .slice(at + 1, close)
          .split(',')
          .map(escape)
          .join('|')})`;
        at = close;
      }
    } else source += escape(char);
  }
  return source;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
