import { asRecord, baseName, type RepoFacts } from '../maturity/repo-facts.js';
import type { ToolingGap } from './tooling-gap-rules.js';

// A lockfile anywhere from the manifest's folder up to the root covers it (workspaces share one).
const jsLockfiles = [
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'bun.lockb',
  'bun.lock',
];

// Plain pyproject libraries are not expected to lock; project managers that lock by design are.
const pythonManagers: Array<{ manifest: string; marker?: RegExp; lockfile: string; tool: string }> = [
  { manifest: 'Pipfile', lockfile: 'Pipfile.lock', tool: 'pipenv lock' },
  { manifest: 'pyproject.toml', marker: /^\[tool\.poetry\]/m, lockfile: 'poetry.lock', tool: 'poetry lock' },
  { manifest: 'pyproject.toml', marker: /^\[tool\.pdm\]/m, lockfile: 'pdm.lock', tool: 'pdm lock' },
  { manifest: 'pyproject.toml', marker: /^\[tool\.uv\]/m, lockfile: 'uv.lock', tool: 'uv lock' },
];

export function findMissingLockfiles(facts: RepoFacts): ToolingGap[] {
  const present = new Set(facts.ownFiles);
  const gaps: ToolingGap[] = [];
  for (const { path, json } of facts.packageJsons) {
    const declaresDependencies = ['dependencies', 'devDependencies'].some(
      (field) => Object.keys(asRecord(json[field])).length > 0,
    );
    const folders = ancestorFolders(path);
    const covered = folders.some((folder) => jsLockfiles.some((lock) => present.has(`${folder}${lock}`)));
    const nested = folders.slice(1).some((folder) => present.has(`${folder}package.json`));
    if (declaresDependencies && !covered && !nested && !declinesLockfile(facts, folders)) {
      gaps.push({
        path,
        title:
          'No lockfile for package.json: commit package-lock.json (or yarn/pnpm/bun lock) for reproducible installs',
        content: 'javascript',
      });
    }
  }
  for (const path of facts.ownFiles) {
    const folder = path.slice(0, path.length - baseName(path).length);
    for (const manager of pythonManagers) {
      if (baseName(path) !== manager.manifest || present.has(`${folder}${manager.lockfile}`)) continue;
      if (manager.marker && !manager.marker.test(facts.read(path) ?? '')) continue;
      gaps.push({
        path,
        title: `No ${manager.lockfile} beside ${manager.manifest}: run \`${manager.tool}\` and commit it`,
        content: manager.lockfile,
      });
    }
  }
  return gaps;
}

/**
 * `package-lock=false` in an `.npmrc` from the manifest's folder up: no lockfile on purpose (libraries
 * that test against what a fresh install resolves, as their users get it).
 */
function declinesLockfile(facts: RepoFacts, folders: readonly string[]): boolean {
  return folders.some((folder) => /^[ \t]*package-lock[ \t]*=[ \t]*false\b/m.test(facts.read(`${folder}.npmrc`) ?? ''));
}

/** 'a/b/package.json' → ['a/b/', 'a/', '']: the manifest's own folder first. */
function ancestorFolders(path: string): string[] {
  const parts = path.split('/').slice(0, -1);
  return parts.map((_, index) => `${parts.slice(0, parts.length - index).join('/')}/`).concat('');
}
