import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { ok, type Result } from '../findings/result.js';
import { isTracked, locateGit, readConfig, type ConfigValue, type GitLocations } from '../git/hook-setup.js';

// What a repository already runs before git-value joins it: its package manager, the hook manager
// that writes the hooks git runs, and where git-value itself is installed.

export type PackageManager = 'npm' | 'pnpm' | 'yarn';
export type HookManager = 'husky' | 'simple-git-hooks' | 'lefthook' | 'pre-commit' | 'hooks-folder' | 'git-hooks';

export interface PackageJson {
  name?: string;
  scripts?: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  packageManager?: string;
  'simple-git-hooks'?: Record<string, string>;
}

export interface ProjectShape {
  root: string;
  git: GitLocations;
  /** The root package.json, when there is one that parses. */
  manifest?: PackageJson;
  packageManager?: PackageManager;
  hooksPath?: ConfigValue;
  /** True when core.hooksPath is a folder git tracks (its hooks are shared files, like husky's). */
  hooksPathTracked: boolean;
  manager: HookManager;
  /** The manager's config file (repo-relative), when it has one git-value edits. */
  managerConfig?: string;
  /** Other hook tools seen, mentioned to the user. */
  others: string[];
  /** Repository folders whose node_modules hold git-value ('.' for the root). */
  installDirs: string[];
}

export const LEFTHOOK_CONFIGS = [
  'lefthook.yml',
  '.lefthook.yml',
  'lefthook.yaml',
  '.lefthook.yaml',
  '.config/lefthook.yml',
  '.config/lefthook.yaml',
];
export const SIMPLE_GIT_HOOKS_CONFIGS = [
  '.simple-git-hooks.json',
  'simple-git-hooks.json',
  '.simple-git-hooks.cjs',
  '.simple-git-hooks.js',
  '.simple-git-hooks.mjs',
  'simple-git-hooks.cjs',
  'simple-git-hooks.js',
  'simple-git-hooks.mjs',
];
export const PRE_COMMIT_CONFIG = '.pre-commit-config.yaml';

export function readPackageJson(file: string): PackageJson | undefined {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as PackageJson) : undefined;
  } catch {
    return undefined;
  }
}

export function dependsOnGitValue(manifest: PackageJson | undefined): boolean {
  return Boolean(manifest?.dependencies?.['git-value'] ?? manifest?.devDependencies?.['git-value']);
}

export function detectPackageManager(root: string, manifest: PackageJson | undefined): PackageManager | undefined {
  const declared = /^(npm|pnpm|yarn)@/.exec(manifest?.packageManager ?? '')?.[1];
  if (declared) return declared as PackageManager;
  if (existsSync(join(root, 'pnpm-lock.yaml')) || existsSync(join(root, 'pnpm-workspace.yaml'))) return 'pnpm';
  if (existsSync(join(root, 'yarn.lock'))) return 'yarn';
  return manifest ? 'npm' : undefined;
}

export function detectProject(root: string, cwd: string): Result<ProjectShape> {
  const git = locateGit(root);
  if (!git.ok) return git;
  const hooksPath = readConfig(root, 'core.hooksPath');
  if (!hooksPath.ok) return hooksPath;
  const manifest = readPackageJson(join(root, 'package.json'));
  const has = (file: string) => existsSync(join(root, file));
  const lefthook = LEFTHOOK_CONFIGS.find(has);
  const simpleGitHooks =
    manifest?.['simple-git-hooks'] !== undefined ? 'package.json' : SIMPLE_GIT_HOOKS_CONFIGS.find(has);
  const preCommit = has(PRE_COMMIT_CONFIG) ? PRE_COMMIT_CONFIG : undefined;
  const huskyPath = hooksPath.value && /(?:^|\/)\.husky(?:\/_)?\/?$/.test(hooksPath.value.value);
  const huskyFolder = has('.husky') && statSync(join(root, '.husky')).isDirectory();
  const hooksPathTracked =
    hooksPath.value !== undefined && !huskyPath && isTracked(root, hooksPath.value.value.replace(/\/$/, ''));
  const candidates: [HookManager, string | undefined, boolean][] = [
    ['husky', undefined, Boolean(huskyPath) || (huskyFolder && hooksPath.value === undefined)],
    ['lefthook', lefthook, lefthook !== undefined],
    ['simple-git-hooks', simpleGitHooks, simpleGitHooks !== undefined],
    ['pre-commit', preCommit, preCommit !== undefined],
    ['hooks-folder', undefined, hooksPath.value !== undefined],
  ];
  const found = candidates.filter(([, , present]) => present);
  const [manager, managerConfig] = found[0] ?? ['git-hooks', undefined];
  const shape: ProjectShape = {
    root,
    git: git.value,
    hooksPathTracked,
    manager,
    others: found.slice(1).map(([name]) => name),
    installDirs: findInstallDirs(root, cwd, manifest),
  };
  if (manifest) shape.manifest = manifest;
  const packageManager = detectPackageManager(root, manifest);
  if (packageManager) shape.packageManager = packageManager;
  if (hooksPath.value) shape.hooksPath = hooksPath.value;
  if (managerConfig) shape.managerConfig = managerConfig;
  return ok(shape);
}

/** The root when it lists git-value, then the nearest folder up from cwd whose node_modules has it. */
function findInstallDirs(root: string, cwd: string, manifest: PackageJson | undefined): string[] {
  const dirs = new Set<string>();
  if (dependsOnGitValue(manifest)) dirs.add('.');
  for (let dir = cwd; dir.startsWith(root); dir = dirname(dir)) {
    if (existsSync(join(dir, 'node_modules', '.bin', 'git-value'))) {
      dirs.add(relative(root, dir) || '.');
      break;
    }
    if (dir === root) break;
  }
  if (dirs.size === 0) dirs.add('.');
  return [...dirs];
}
