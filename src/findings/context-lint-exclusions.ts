// Files a project's own linters skip wholesale are code it does not hold to its standards: vendored,
// generated or frozen copies (ruff's `extend-exclude`, a per-file ignore of `ALL`, flake8's `exclude`,
// .eslintignore and flat-config global `ignores`, golangci's excluded dirs and paths). Counted as
// vendored, like a `vendor/` folder, with the reason for `explain`. Only a file of a language that
// linter lints counts: ESLint's `ignores` of `*.ts` in a JavaScript-only setup say nothing of the .ts.
// Root-level configuration files only, read line by line (no TOML/YAML parser on this path).
import { compileGlobs } from '../config/glob.js';
import type { Context, ContextOverride } from './context.js';

export interface LintExclusion {
  /** Matches a repository path the linter skips. */
  pattern: { test(path: string): boolean };
  /** As written in the configuration, for the reason. */
  written: string;
  /** The file extensions that linter lints. */
  extensions: RegExp;
  from: string;
}

export const LINT_EXCLUSION_FILES = [
  'pyproject.toml',
  'ruff.toml',
  '.ruff.toml',
  'setup.cfg',
  'tox.ini',
  '.flake8',
  '.eslintignore',
  'eslint.config.js',
  'eslint.config.mjs',
  'eslint.config.cjs',
  'eslint.config.ts',
  '.golangci.yml',
  '.golangci.yaml',
] as const;

const PYTHON = /\.pyi?$/;
const JAVASCRIPT = /\.(?:js|mjs|cjs|jsx)$/;
const JAVASCRIPT_AND_TYPESCRIPT = /\.(?:js|mjs|cjs|jsx|ts|mts|cts|tsx)$/;
const GO = /\.go$/;

/** Pure: what the root-level linter configurations exclude (`read` gives a root-level file's text). */
export function learnLintExclusions(read: (path: string) => string | undefined): LintExclusion[] {
  const found: LintExclusion[] = [];
  const add = (values: readonly string[], extensions: RegExp, from: string, asRegex = false) => {
    for (const written of values) {
      const pattern = asRegex ? regexOnPathOrFolders(written) : globPattern(written);
      if (pattern) found.push({ pattern, written, extensions, from });
    }
  };
  const pyproject = read('pyproject.toml');
  if (pyproject) add(readRuffExclusions(pyproject, 'tool.ruff'), PYTHON, 'pyproject.toml [tool.ruff]');
  for (const file of ['ruff.toml', '.ruff.toml']) {
    const text = read(file);
    if (text) add(readRuffExclusions(text, ''), PYTHON, file);
  }
  for (const file of ['setup.cfg', 'tox.ini', '.flake8']) {
    const text = read(file);
    if (text) add(readFlake8Exclusions(text), PYTHON, `${file} [flake8]`);
  }
  const eslintignore = read('.eslintignore');
  if (eslintignore)
    add(
      eslintignore.split(/\r?\n/).filter((line) => line.trim() && !/^\s*[#!]/.test(line)),
      JAVASCRIPT,
      '.eslintignore',
    );
  for (const file of ['eslint.config.js', 'eslint.config.mjs', 'eslint.config.cjs', 'eslint.config.ts']) {
    const text = read(file);
    if (!text) continue;
    const typescript = /typescript-eslint/.test(text) ? JAVASCRIPT_AND_TYPESCRIPT : JAVASCRIPT;
    add(readFlatConfigIgnores(text), typescript, `${file} (global ignores)`);
  }
  for (const file of ['.golangci.yml', '.golangci.yaml']) {
    const text = read(file);
    if (text) add(readGolangciExclusions(text), GO, file, true);
  }
  return found;
}

/** The exclusions as context overrides: a source file a linter of its language skips is vendored. */
export function lintExclusionOverrides(
  exclusions: readonly LintExclusion[],
  conventional: (path: string) => Context,
): ContextOverride[] {
  if (exclusions.length === 0) return [];
  const decided = new Map<string, LintExclusion | undefined>();
  const exclusionOf = (path: string): LintExclusion | undefined => {
    if (decided.has(path)) return decided.get(path);
    // declaration files are the compiler's to check: linters leave them out routinely (ESLint's lib/types)
    const declaration = /\.d\.[cm]?ts$/.test(path);
    const found = declaration
      ? undefined
      : exclusions.find((exclusion) => exclusion.extensions.test(path) && exclusion.pattern.test(path));
    const exclusion = found && conventional(path) === 'source' ? found : undefined;
    decided.set(path, exclusion);
    return exclusion;
  };
  return [
    {
      matches: (path) => exclusionOf(path) !== undefined,
      context: 'vendored',
      reason: (path) => {
        const exclusion = exclusionOf(path);
        return exclusion
          ? `its project's linter skips it ('${exclusion.written}' in ${exclusion.from}): not held to the project's standards, counted as vendored`
          : 'skipped by its linter';
      },
    },
  ];
}

const STRING = /"([^"\n]*)"|'([^'\n]*)'/g;
const strings = (text: string): string[] => [...text.matchAll(STRING)].map((match) => (match[1] ?? match[2]) as string);

// exclude = ["docs/", "ext/"] and extend-exclude in the ruff table; per-file ignores of "ALL", as a
// [...per-file-ignores] table or as dotted keys: lint.per-file-ignores."src/_vendor/**" = ["ALL"]
function readRuffExclusions(text: string, table: string): string[] {
  const prefix = table ? `${table}.` : '';
  const found: string[] = [];
  const main = sectionBody(text, (header) => header === table, table === '');
  for (const match of (main ?? '').matchAll(/^\s*(?:extend-)?exclude\s*=\s*\[([^\]]*)\]/gm))
    found.push(...strings(match[1] as string));
  for (const header of [`${prefix}lint`, table]) {
    const body = header === '' ? main : sectionBody(text, (name) => name === header, false);
    for (const match of (body ?? '').matchAll(
      /^\s*(?:lint\.)?(?:extend-)?per-file-ignores\.("[^"\n]+"|'[^'\n]+')\s*=\s*\[([^\]]*)\]/gm,
    ))
      if (strings(match[2] as string).includes('ALL')) found.push(...strings(match[1] as string));
  }
  for (const header of [
    `${prefix}lint.per-file-ignores`,
    `${prefix}per-file-ignores`,
    `${prefix}lint.extend-per-file-ignores`,
  ]) {
    const body = sectionBody(text, (name) => name === header, false);
    for (const match of (body ?? '').matchAll(/^\s*("[^"\n]+"|'[^'\n]+')\s*=\s*\[([^\]]*)\]/gm))
      if (strings(match[2] as string).includes('ALL')) found.push(...strings(match[1] as string));
  }
  return found;
}

// [flake8]\nexclude = .git,__pycache__,\n    legacy/  (comma separated, continuation lines indented)
function readFlake8Exclusions(text: string): string[] {
  const body = sectionBody(text, (header) => header === 'flake8', false);
  if (body === undefined) return [];
  const lines = body.split('\n');
  const found: string[] = [];
  lines.forEach((line, index) => {
    const key = /^(?:extend-)?exclude\s*[=:](.*)$/.exec(line);
    if (!key) return;
    const values = [key[1] as string];
    for (const next of lines.slice(index + 1)) {
      if (!/^\s+\S/.test(next)) break;
      values.push(next);
    }
    found.push(
      ...values
        .join(',')
        .replace(/[#;].*$/gm, '')
        .split(',')
        .map((value) => value.trim())
        .filter(Boolean),
    );
  });
  return found;
}

// globalIgnores(["a/**", "b"]) and config objects holding only `ignores` (and a name): ESLint's global ignores
function readFlatConfigIgnores(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/\bglobalIgnores\(\s*\[([^\]]*)\]/g)) found.push(...strings(match[1] as string));
  for (const match of text.matchAll(
    /\{\s*(?:name\s*:\s*(?:"[^"\n]*"|'[^'\n]*')\s*,\s*)?ignores\s*:\s*\[([^\]]*)\]\s*,?\s*(?:name\s*:\s*(?:"[^"\n]*"|'[^'\n]*')\s*,?\s*)?\}/g,
  ))
    found.push(...strings(match[1] as string));
  return found.filter((pattern) => !pattern.startsWith('!'));
}

// run.skip-dirs / issues.exclude-dirs (v1), linters.exclusions.paths (v2): lists of regular expressions
function readGolangciExclusions(text: string): string[] {
  const lines = text.split(/\r?\n/);
  const found: string[] = [];
  lines.forEach((line, index) => {
    const key = /^(\s*)(skip-dirs|exclude-dirs|skip-files|exclude-files|paths)\s*:\s*$/.exec(line);
    if (!key) return;
    const indent = (key[1] as string).length;
    if (key[2] === 'paths' && !isUnder(lines, index, indent, 'exclusions')) return;
    for (const next of lines.slice(index + 1)) {
      const item = /^(\s*)-\s+["']?([^"'#\n]+?)["']?\s*(?:#.*)?$/.exec(next);
      if (!item || (item[1] as string).length < indent) break;
      found.push(item[2] as string);
    }
  });
  return found;
}

function isUnder(lines: readonly string[], index: number, indent: number, parent: string): boolean {
  for (let at = index - 1; at >= 0; at--) {
    const key = /^(\s*)([\w-]+)\s*:/.exec(lines[at] as string);
    if (key && (key[1] as string).length < indent) return key[2] === parent;
  }
  return false;
}

function sectionBody(text: string, wanted: (header: string) => boolean, fromTop: boolean): string | undefined {
  const lines = text.split(/\r?\n/);
  let body: string[] | undefined = fromTop ? [] : undefined;
  for (const line of lines) {
    const header = /^\s*\[([^\]]+)\]\s*(?:#.*)?$/.exec(line);
    if (header) {
      if (body) break;
      if (wanted((header[1] as string).trim().replace(/^"|"$/g, ''))) body = [];
      continue;
    }
    body?.push(line);
  }
  return body?.join('\n');
}

// "docs/", "src/_vendor/**", "*_pb2.py", "legacy": a name without a slash matches at any depth
// (gitignore's rule, which ruff, flake8 and ESLint follow closely enough here), the config's one glob
// dialect; extglobs and patterns that would exclude everything are skipped
function globPattern(written: string): { test(path: string): boolean } | undefined {
  const glob = written.trim().replace(/^\.\//, '');
  if (!glob || /[!()[\]]/.test(glob) || glob === '.' || glob === '*' || glob === '**') return undefined;
  return { test: compileGlobs([glob]) };
}

// golangci's dirs and paths are regular expressions over a path or one of its folders: `third_party$`
function regexOnPathOrFolders(written: string): { test(path: string): boolean } | undefined {
  let regex: RegExp;
  try {
    regex = new RegExp(written);
  } catch {
    return undefined; // golangci would reject it too; nothing to learn from it
  }
  return {
    test: (path) => {
      for (let at = path.length; at > 0; at = path.lastIndexOf('/', at - 1))
        if (regex.test(path.slice(0, at))) return true;
      return false;
    },
  };
}
