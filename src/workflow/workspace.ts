import { loadConfig } from '../config/load.js';
import { loadPackageConfigs, type ConfigFor } from '../config/package-configs.js';
import type { Config } from '../config/types.js';
import { ok, type Result } from '../findings/result.js';
import { openRepo, type Repo } from '../git/repo.js';

export interface Workspace {
  repo: Repo;
  config: Config;
  configFile?: string;
  /** Per-file configs (monorepo packages) for the given repo-relative paths. */
  resolveConfigs(paths: Iterable<string>): Promise<Result<ConfigFor>>;
}

/** The repository the command runs in and its config (searched from the working folder up to the root). */
export async function openWorkspace(env: { cwd: string; env: NodeJS.ProcessEnv }): Promise<Result<Workspace>> {
  const repo = openRepo(env.cwd);
  if (!repo.ok) return repo;
  const loaded = await loadConfig({
    from: env.cwd,
    root: repo.value.root,
    allowCodeConfig: env.env.GIT_VALUE_ALLOW_CODE_CONFIG === '1',
  });
  if (!loaded.ok) return loaded;
  const allowCodeConfig = env.env.GIT_VALUE_ALLOW_CODE_CONFIG === '1';
  const workspace: Workspace = {
    repo: repo.value,
    config: loaded.value.config,
    resolveConfigs: (paths) => loadPackageConfigs(repo.value.root, loaded.value, paths, allowCodeConfig),
  };
  if (loaded.value.file) workspace.configFile = loaded.value.file;
  return ok(workspace);
}
