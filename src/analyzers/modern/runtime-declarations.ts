import { baseName, isForeignPath } from '../maturity/repo-facts.js';
import { describeGoLibrary } from './go-module-kind.js';
import type { Runtime } from './runtime-releases.js';
import { lowestSemverMajor, lowestPythonVersion, parseVersionPrefix } from './version-ranges.js';

/**
 * Where a repository states a runtime version. `pinned` is the runtime it runs on (.nvmrc, Docker
 * image, .python-version); `minimum` is the oldest it claims to support (engines, requires-python, go.mod).
 */
export interface RuntimeDeclaration {
  path: string;
  line: number;
  runtime: Runtime;
  version: number[];
  pinned: boolean;
  /** The declaring line, trimmed: the finding's identity and evidence. */
  text: string;
  /** Why raising this minimum is a breaking change (a published package's engines), if it is. */
  breaking?: string;
  /** Why this minimum is a floor its importers build on, kept low on purpose (a Go library's `go` line). */
  floor?: string;
}

// nvm's LTS code names, so `.nvmrc` holding `lts/hydrogen` is read as 18.
const nodeCodeNames: Record<string, number> = {
  erbium: 12,
  fermium: 14,
  gallium: 16,
  hydrogen: 18,
  iron: 20,
  jod: 22,
  krypton: 24,
};

const toolVersionNames: Record<string, Runtime> = {
  nodejs: 'node',
  node: 'node',
  python: 'python',
  golang: 'go',
  go: 'go',
};
const dockerImages: Record<string, Runtime> = { node: 'node', python: 'python', golang: 'go' };

type Reader = (path: string, text: string) => RuntimeDeclaration[];

const readersByName: Record<string, Reader> = {
  'package.json': readEnginesNode,
  '.nvmrc': (path, text) => readPinnedFile(path, text, 'node'),
  '.node-version': (path, text) => readPinnedFile(path, text, 'node'),
  '.python-version': (path, text) => readPinnedFile(path, text, 'python'),
  '.tool-versions': readToolVersions,
  'pyproject.toml': (path, text) =>
    readPythonMinimum(path, text, /^\s{0,20}(?:requires-python|python)\s{0,10}=\s{0,10}["']([^"'\n]{1,80})["']/),
  'setup.cfg': (path, text) => readPythonMinimum(path, text, /^\s{0,20}python_requires\s{0,10}=\s{0,10}([^\n#]{1,80})/),
  'setup.py': (path, text) =>
    readPythonMinimum(path, text, /\bpython_requires\s{0,10}=\s{0,10}["']([^"'\n]{1,80})["']/),
  'go.mod': readGoMod,
};

export function findRuntimeDeclarations(
  files: readonly string[],
  read: (path: string) => string | undefined,
): RuntimeDeclaration[] {
  const declarations: RuntimeDeclaration[] = [];
  for (const path of files) {
    if (isForeignPath(path)) continue;
    const name = baseName(path);
    const reader = readersByName[name] ?? (isDockerfile(name) ? readDockerfile : undefined);
    const text = reader ? read(path) : undefined;
    if (!reader || text === undefined) continue;
    const found = reader(path, text);
    const library = name === 'go.mod' && found.some(isGoFloor) ? describeGoLibrary(path, files, read) : undefined;
    declarations.push(
      ...found.map((declaration) =>
        library && isGoFloor(declaration) ? { ...declaration, floor: library } : declaration,
      ),
    );
  }
  return declarations;
}

function isGoFloor(declaration: RuntimeDeclaration): boolean {
  return declaration.runtime === 'go' && !declaration.pinned;
}

function isDockerfile(name: string): boolean {
  const lower = name.toLowerCase();
  return (
    lower === 'dockerfile' ||
    lower.startsWith('dockerfile.') ||
    lower.endsWith('.dockerfile') ||
    lower === 'containerfile'
  );
}

function eachLine(text: string): Array<[line: number, content: string]> {
  return text.split('\n').map((content, index) => [index + 1, content]);
}

function declare(
  path: string,
  line: number,
  runtime: Runtime,
  version: number[] | undefined,
  pinned: boolean,
  text: string,
): RuntimeDeclaration[] {
  // 'python:3' or 'go 1' name a moving target, not a release; only Node is versioned by major alone.
  const precise = version !== undefined && version.length >= (runtime === 'node' ? 1 : 2);
  return precise ? [{ path, line, runtime, version, pinned, text: text.trim() }] : [];
}

// npm packages past 1.0 treat a higher engines.node as semver-major (it drops users' runtimes):
// Express 5 keeps Node 18 for its whole major line. A private app raises it whenever it likes.
function readBreakingRaise(manifest: { private?: unknown; name?: unknown; version?: unknown }): string | undefined {
  if (manifest.private === true || typeof manifest.name !== 'string' || typeof manifest.version !== 'string')
    return undefined;
  const major = parseVersionPrefix(manifest.version)?.[0];
  return major !== undefined && major >= 1
    ? `raising engines.node of the published ${manifest.name} ${manifest.version} is a breaking change`
    : undefined;
}

function readEnginesNode(path: string, text: string): RuntimeDeclaration[] {
  let range: unknown;
  let breaking: string | undefined;
  try {
    const manifest = JSON.parse(text) as {
      engines?: { node?: unknown };
      private?: unknown;
      name?: unknown;
      version?: unknown;
    } | null;
    range = manifest?.engines?.node;
    breaking = manifest ? readBreakingRaise(manifest) : undefined;
  } catch {
    return [];
  }
  if (typeof range !== 'string') return [];
  const major = lowestSemverMajor(range);
  const engines = text.indexOf('"engines"');
  const nodeKey = text.indexOf('"node"', Math.max(engines, 0));
  const line = nodeKey < 0 ? 1 : text.slice(0, nodeKey).split('\n').length;
  const declared = declare(
    path,
    line,
    'node',
    major === undefined ? undefined : [major],
    false,
    `"engines": { "node": "${range}" }`,
  );
  return breaking ? declared.map((declaration) => ({ ...declaration, breaking })) : declared;
}

function readPinnedFile(path: string, text: string, runtime: Runtime): RuntimeDeclaration[] {
  const found = eachLine(text).find(([, content]) => content.trim() !== '' && !content.trim().startsWith('#'));
  if (!found) return [];
  const [line, content] = found;
  const codeName = /^lts\/([a-z]{1,20})$/i.exec(content.trim())?.[1]?.toLowerCase();
  const version = codeName
    ? nodeCodeNames[codeName]
      ? [nodeCodeNames[codeName] as number]
      : undefined
    : parseVersionPrefix(content);
  return declare(path, line, runtime, version, true, `${baseName(path)}: ${content.trim()}`);
}

// asdf/mise: "nodejs 18.17.0" — the first version listed is the default one.
function readToolVersions(path: string, text: string): RuntimeDeclaration[] {
  return eachLine(text).flatMap(([line, content]) => {
    const match = /^\s{0,10}([a-z]{2,10})\s{1,20}(\S{1,40})/.exec(content);
    const runtime = match ? toolVersionNames[match[1] as string] : undefined;
    return runtime ? declare(path, line, runtime, parseVersionPrefix(match?.[2] ?? ''), true, content) : [];
  });
}

function readPythonMinimum(path: string, text: string, pattern: RegExp): RuntimeDeclaration[] {
  // Poetry's `python = "^3.8"` counts only inside its dependency table, not as any key named python.
  let inPoetryDependencies = false;
  return eachLine(text).flatMap(([line, content]) => {
    if (/^\s{0,10}\[/.test(content)) inPoetryDependencies = /^\s{0,10}\[tool\.poetry\.dependencies\]/.test(content);
    const match = pattern.exec(content);
    if (!match || (/^\s{0,20}python\s{0,10}=/.test(content) && !inPoetryDependencies)) return [];
    const version = lowestPythonVersion((match[1] as string).trim());
    return declare(path, line, 'python', version, false, content);
  });
}

function readGoMod(path: string, text: string): RuntimeDeclaration[] {
  return eachLine(text).flatMap(([line, content]) => {
    const directive = /^(go|toolchain)\s{1,10}(?:go)?(\d{1,3}\.\d{1,4})/.exec(content.trim());
    return directive
      ? declare(path, line, 'go', parseVersionPrefix(directive[2] as string), directive[1] === 'toolchain', content)
      : [];
  });
}

// "FROM --platform=$BUILDPLATFORM docker.io/library/node:18-alpine AS build"
function readDockerfile(path: string, text: string): RuntimeDeclaration[] {
  return eachLine(text).flatMap(([line, content]) => {
    const image = /^\s{0,10}FROM\s{1,10}(?:--\S{1,200}\s{1,10}){0,5}(\S{1,300})/i.exec(content)?.[1];
    const [, name, tag] = /(?:^|\/)([a-z0-9._-]{1,100}):([\w.-]{1,100})(?:@\S{1,100})?$/.exec(image ?? '') ?? [];
    const runtime = name ? dockerImages[name] : undefined;
    return runtime ? declare(path, line, runtime, parseVersionPrefix(tag ?? ''), true, content) : [];
  });
}
