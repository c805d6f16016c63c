import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  defaultConfig,
  findConfigIn,
  loadConfig
} from "./chunk-UPLQ7UW6.js";
import {
  openRepo
} from "./chunk-MTSRII53.js";
import {
  ok
} from "./chunk-HUUDYLWZ.js";

// dist/src/config/package-configs.js
import { dirname, join, relative } from "node:path";
async function loadPackageConfigs(root, known, paths, allowCodeConfig) {
  const nearestByDir = /* @__PURE__ */ new Map();
  const configByFile = /* @__PURE__ */ new Map();
  const nearest = (dir) => {
    if (nearestByDir.has(dir))
      return nearestByDir.get(dir);
    const own = findConfigIn(join(root, dir));
    const file = own ? relative(root, own) : dir === "." || dir === "" ? void 0 : nearest(dirname(dir));
    nearestByDir.set(dir, file);
    return file;
  };
  for (const path of paths) {
    const file = nearest(dirname(path));
    if (!file || configByFile.has(file) || file === known.file)
      continue;
    const loaded = await loadConfig({ from: dirname(join(root, file)), root, allowCodeConfig });
    if (!loaded.ok)
      return loaded;
    configByFile.set(file, loaded.value.config);
  }
  if (known.file)
    configByFile.set(known.file, known.config);
  return ok((path) => {
    const file = nearestByDir.get(dirname(path));
    return file && configByFile.get(file) || defaultConfig;
  });
}

// dist/src/workflow/workspace.js
async function openWorkspace(env) {
  const repo = openRepo(env.cwd);
  if (!repo.ok)
    return repo;
  const loaded = await loadConfig({
    from: env.cwd,
    root: repo.value.root,
    allowCodeConfig: env.env.GIT_VALUE_ALLOW_CODE_CONFIG === "1"
  });
  if (!loaded.ok)
    return loaded;
  const allowCodeConfig = env.env.GIT_VALUE_ALLOW_CODE_CONFIG === "1";
  const workspace = {
    repo: repo.value,
    config: loaded.value.config,
    resolveConfigs: (paths) => loadPackageConfigs(repo.value.root, loaded.value, paths, allowCodeConfig)
  };
  if (loaded.value.file)
    workspace.configFile = loaded.value.file;
  return ok(workspace);
}

export {
  openWorkspace
};
