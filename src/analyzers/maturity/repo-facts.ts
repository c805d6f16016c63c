import type { RepoAnalyzerInput } from '../../findings/types.js';

// What the maturity and modernization analyzers both ask of a repository, computed once per scan:
// paths by base name, the declared dependencies of every ecosystem, and parsed package.json files.

export interface PackageManifest {
  path: string;
  json: Record<string, unknown>;
}

export interface RepoFacts {
  read(path: string): string | undefined;
  /** Paths of the repository's own files: dependencies, vendored code and test fixtures left out. */
  ownFiles: readonly string[];
  /** Base name of each of ownFiles, same order: signals test them for every path. */
  ownBaseNames: readonly string[];
  packageJsons: readonly PackageManifest[];
  /** Names from dependencies, devDependencies, peer and optional dependencies of every package.json. */
  jsDependencies: ReadonlySet<string>;
  /** Lower-cased text of every Python manifest (pyproject, requirements, setup.cfg, setup.py, Pipfile, tox.ini). */
  pythonManifestText: string;
}

// Fixtures and vendored trees hold other projects' manifests; counting them would credit or blame us.
const foreignTree =
  /(^|\/)(node_modules|vendor|third_party|bower_components|\.venv|venv|site-packages|fixtures|__fixtures__|testdata)\//;

const pythonManifest =
  /(^|\/)(pyproject\.toml|setup\.cfg|setup\.py|Pipfile|tox\.ini|environment\.ya?ml|requirements[\w.-]{0,40}\.(txt|in))$|(^|\/)requirements\/[\w.-]{1,60}\.(txt|in)$/;

const dependencyFields = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'];

export function isForeignPath(path: string): boolean {
  return foreignTree.test(path);
}

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export function readRepoFacts(input: Pick<RepoAnalyzerInput, 'files' | 'read'>): RepoFacts {
  const ownFiles = input.files.filter((path) => !isForeignPath(path));
  const packageJsons = ownFiles
    .filter((path) => baseName(path) === 'package.json')
    .flatMap((path) => parsePackageJson(path, input.read(path)));
  const jsDependencies = new Set(
    packageJsons.flatMap(({ json }) => dependencyFields.flatMap((field) => Object.keys(asRecord(json[field])))),
  );
  const pythonManifestText = ownFiles
    .filter((path) => pythonManifest.test(path))
    .map((path) => input.read(path) ?? '')
    .join('\n')
    .toLowerCase();
  return {
    read: input.read,
    ownFiles,
    ownBaseNames: ownFiles.map(baseName),
    packageJsons,
    jsDependencies,
    pythonManifestText,
  };
}

export function parsePackageJson(path: string, text: string | undefined): PackageManifest[] {
  if (text === undefined) return [];
  try {
    const json: unknown = JSON.parse(text);
    return json && typeof json === 'object' && !Array.isArray(json)
      ? [{ path, json: json as Record<string, unknown> }]
      : [];
  } catch {
    // A broken package.json is reported by npm itself; here it just contributes nothing.
    return [];
  }
}

export function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** A Python requirement name as a whole word: `pytest` does not match `pytest-asyncio`. */
export function hasPythonDependency(facts: RepoFacts, name: string): boolean {
  const escaped = name.toLowerCase().replace(/[.+]/g, '\\$&');
  return new RegExp(`(^|[^a-z0-9_.-])${escaped}(?=$|[^a-z0-9_-])`, 'm').test(facts.pythonManifestText);
}
