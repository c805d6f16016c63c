// Where folder names fail, a repository often says itself where its tests live: pytest's `testpaths`
// (pyproject.toml, pytest.ini, setup.cfg, tox.ini) and Jest's `roots` in package.json. Reading those
// few small files is cheap, and it classifies layouts no convention knows (`t/`, `checks/`, `qa/`).
import type { ContextOverride } from './context.js';

/** A test root a project declares, and the file that declares it. */
export interface DeclaredRoot {
  root: string;
  from: string;
}

export const LAYOUT_FILES = ['pyproject.toml', 'pytest.ini', 'setup.cfg', 'tox.ini', 'package.json'] as const;

/** Pure: the test roots the project's own configuration declares (`read` gives a root-level file's text). */
export function learnTestRoots(read: (path: string) => string | undefined): DeclaredRoot[] {
  const roots: DeclaredRoot[] = [];
  const add = (values: readonly string[], from: string) => {
    for (const value of values) {
      const root = normaliseRoot(value);
      if (root && !roots.some((known) => known.root === root)) roots.push({ root, from });
    }
  };
  const pyproject = read('pyproject.toml');
  if (pyproject) add(readTomlTestPaths(pyproject), 'pyproject.toml');
  for (const [file, sections] of [
    ['pytest.ini', ['pytest']],
    ['tox.ini', ['pytest']],
    ['setup.cfg', ['tool:pytest']],
  ] as const) {
    const text = read(file);
    if (text) add(readIniTestPaths(text, sections), file);
  }
  const manifest = read('package.json');
  if (manifest) add(readJestRoots(manifest), 'package.json');
  return roots;
}

/** The declared roots as context overrides (paths under a root are tests). */
export function testRootOverrides(roots: readonly DeclaredRoot[]): ContextOverride[] {
  return roots.map(({ root, from }) => {
    const pattern = rootPattern(root);
    return {
      matches: (path: string) => pattern.test(path),
      context: 'test',
      reason: `under '${root}/', a test path declared in ${from}`,
    };
  });
}

// "./tests/", "<rootDir>/test", "/abs" → "tests", "test"; a root that is the whole repository says nothing
function normaliseRoot(value: string): string | undefined {
  const root = value
    .trim()
    .replace(/^<rootDir>/, '')
    .replace(/^\.?\/+/, '')
    .replace(/\/+$/, '');
  if (!root || root === '.' || root.includes('..') || /[\s"'`]/.test(root)) return undefined;
  return root;
}

function rootPattern(root: string): RegExp {
  // `*` inside a declared root (pytest allows globs in testpaths) stands for one folder name
  const source = root
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^/]*');
  return new RegExp(`^${source}(?:/|$)`);
}

// [tool.pytest.ini_options] (pytest 6+) or [tool.pytest] (pytest 9 native TOML):  testpaths = ["tests", "integration"]
function readTomlTestPaths(text: string): string[] {
  const section = sectionBody(text, (header) => header === 'tool.pytest.ini_options' || header === 'tool.pytest');
  if (section === undefined) return [];
  const match = /^\s*testpaths\s*=\s*(\[[^\]]*\]|"[^"\n]*"|'[^'\n]*')/m.exec(section);
  if (!match) return [];
  return [...(match[1] as string).matchAll(/"([^"\n]*)"|'([^'\n]*)'/g)].map((m) => (m[1] ?? m[2]) as string);
}

// [pytest]\ntestpaths = tests\n    integration   (whitespace separated, continuation lines indented)
function readIniTestPaths(text: string, sections: readonly string[]): string[] {
  const section = sectionBody(text, (header) => sections.includes(header));
  if (section === undefined) return [];
  const lines = section.split('\n');
  const start = lines.findIndex((line) => /^testpaths\s*[=:]/.test(line));
  if (start === -1) return [];
  const values = [(lines[start] as string).replace(/^testpaths\s*[=:]/, '')];
  for (const line of lines.slice(start + 1)) {
    if (!/^\s+\S/.test(line)) break;
    values.push(line);
  }
  return values
    .join(' ')
    .replace(/[#;].*$/gm, '')
    .split(/\s+/)
    .filter(Boolean);
}

function sectionBody(text: string, wanted: (header: string) => boolean): string | undefined {
  const lines = text.split(/\r?\n/);
  let body: string[] | undefined;
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

function readJestRoots(text: string): string[] {
  try {
    const manifest = JSON.parse(text) as { jest?: { roots?: unknown } };
    const roots = manifest.jest?.roots;
    return Array.isArray(roots) ? roots.filter((root): root is string => typeof root === 'string') : [];
  } catch {
    return []; // a broken package.json is not ours to report here; the modern analyzer reads it too
  }
}

// npm packages say what they publish: `files` in package.json lists it (package.json, README, LICENSE,
// `main` and `bin` always go too), and `bin` names the commands. Code a package leaves out of what it
// publishes (release scripts in bin/, a karma setup) is the maintainers' tooling, not shipped code.
const ALWAYS_PUBLISHED = /^(?:package\.json|README(?:\.[^/]*)?|LICEN[CS]E(?:\.[^/]*)?|CHANGELOG(?:\.[^/]*)?)$/i;

interface PackageLayout {
  dir: string;
  manifest: string;
  /** From `files`: whether a path (relative to dir) is published; undefined when `files` is absent. */
  published?: (relative: string) => boolean;
  /** The `files` entries, as listed (without negations). */
  includes: string[];
  /** Paths `bin` declares (relative to dir). */
  commands: Set<string>;
}

/**
 * Pure: overrides that mark as build tooling what npm packages leave out of what they publish.
 * `paths` (the tracked files) tell a published build output from a published source folder: a package
 * that publishes a folder the repository does not hold (`dist`) builds it, from the code under its
 * `src/`, which therefore ships although `files` does not name it (TypeScript monorepos).
 */
export function packageLayoutOverrides(
  manifests: ReadonlyMap<string, string>,
  conventional: (path: string) => string,
  paths: readonly string[] = [],
): ContextOverride[] {
  const layouts: PackageLayout[] = [];
  for (const [manifest, text] of manifests) {
    const layout = readPackageLayout(manifest, text);
    if (layout) layouts.push(layout);
  }
  const held = new Set<string>(); // every tracked path and every folder above one
  for (const path of layouts.some((layout) => layout.published) ? paths : [])
    for (let at = path.length; at > 0; at = path.lastIndexOf('/', at - 1)) held.add(path.slice(0, at));
  const built = new Set(layouts.filter((layout) => publishesBuildOutput(layout, held)).map((layout) => layout.dir));
  if (layouts.length === 0) return [];
  // the nearest package.json up from a file governs it (a monorepo's root `files` says nothing of packages/*)
  const all = [...manifests.keys()].map((manifest) => manifest.slice(0, manifest.length - 'package.json'.length));
  all.sort((a, b) => b.length - a.length);
  const byDir = new Map(layouts.map((layout) => [layout.dir, layout]));
  const reasons = new Map<string, string | undefined>();
  const reasonFor = (path: string): string | undefined => {
    if (reasons.has(path)) return reasons.get(path);
    let reason: string | undefined;
    const dir = all.find((candidate) => path.startsWith(candidate));
    const layout = dir === undefined ? undefined : byDir.get(dir);
    const relative = layout ? path.slice(layout.dir.length) : '';
    if (layout && conventional(path) === 'source' && !(built.has(layout.dir) && relative.startsWith('src/')))
      reason = unpublishedReason(layout, relative);
    reasons.set(path, reason);
    return reason;
  };
  return [
    {
      matches: (path) => reasonFor(path) !== undefined,
      context: 'build',
      reason: (path) => reasonFor(path) ?? 'not published by its npm package',
    },
  ];
}

/** Whether `files` names a folder or file of which the repository tracks nothing: an output the package builds. */
function publishesBuildOutput(layout: PackageLayout, held: ReadonlySet<string>): boolean {
  if (!layout.published || held.size === 0) return false;
  return layout.includes.some((entry) => entry !== '' && !/[*?]/.test(entry) && !held.has(`${layout.dir}${entry}`));
}

function unpublishedReason(layout: PackageLayout, relative: string): string | undefined {
  if (layout.commands.has(relative) || ALWAYS_PUBLISHED.test(relative)) return undefined;
  if (layout.published) {
    return layout.published(relative) ? undefined : `left out of "files" in ${layout.manifest} (not published)`;
  }
  if (relative.startsWith('bin/'))
    return `in bin/ but not a command "bin" declares in ${layout.manifest} (a maintainer's script)`;
  return undefined;
}

function readPackageLayout(manifest: string, text: string): PackageLayout | undefined {
  let parsed: { files?: unknown; bin?: unknown; main?: unknown };
  try {
    parsed = JSON.parse(text) as typeof parsed;
  } catch {
    return undefined; // not ours to report; the modern analyzer reads manifests too
  }
  if (!parsed || typeof parsed !== 'object') return undefined;
  const dir = manifest.slice(0, manifest.length - 'package.json'.length);
  const clean = (value: string) => value.replace(/^\.\//, '').replace(/\/+$/, '');
  const commands = new Set<string>();
  const bin = parsed.bin;
  if (typeof bin === 'string') commands.add(clean(bin));
  else if (bin && typeof bin === 'object')
    for (const value of Object.values(bin)) if (typeof value === 'string') commands.add(clean(value));
  if (typeof parsed.main === 'string') commands.add(clean(parsed.main));
  const files = Array.isArray(parsed.files)
    ? parsed.files.filter((entry): entry is string => typeof entry === 'string')
    : undefined;
  const layout: PackageLayout = { dir, manifest, commands, includes: [] };
  if (files && files.length > 0) {
    layout.includes = files.filter((entry) => !entry.startsWith('!')).map(clean);
    const include = layout.includes.map(filePattern);
    const exclude = files.filter((entry) => entry.startsWith('!')).map((entry) => filePattern(clean(entry.slice(1))));
    layout.published = (relative) =>
      include.some((pattern) => pattern.test(relative)) && !exclude.some((pattern) => pattern.test(relative));
  }
  return layout;
}

// "lib" (a folder or a file), "dist/*.js", "types/**/*.d.ts": npm's `files` entries, as globs anchored
// at the package; a match on a folder covers what it holds
function filePattern(entry: string): RegExp {
  let source = '';
  for (let at = 0; at < entry.length; at++) {
    const char = entry[at] as string;
    if (entry.startsWith('**/', at)) {
      source += '(?:[^/]*/)*';
      at += 2;
    } else if (entry.startsWith('**', at)) {
      source += '.*';
      at += 1;
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}(?:/.*)?$`);
}
