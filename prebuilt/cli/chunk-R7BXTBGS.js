import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);

// dist/src/analyzers/maturity/repo-facts.js
var foreignTree = /(^|\/)(node_modules|vendor|third_party|bower_components|\.venv|venv|site-packages|fixtures|__fixtures__|testdata)\//;
var pythonManifest = /(^|\/)(pyproject\.toml|setup\.cfg|setup\.py|Pipfile|tox\.ini|environment\.ya?ml|requirements[\w.-]{0,40}\.(txt|in))$|(^|\/)requirements\/[\w.-]{1,60}\.(txt|in)$/;
var dependencyFields = ["dependencies", "devDependencies", "peerDependencies", "optionalDependencies"];
function isForeignPath(path) {
  return foreignTree.test(path);
}
function baseName(path) {
  return path.slice(path.lastIndexOf("/") + 1);
}
function readRepoFacts(input) {
  const ownFiles = input.files.filter((path) => !isForeignPath(path));
  const packageJsons = ownFiles.filter((path) => baseName(path) === "package.json").flatMap((path) => parsePackageJson(path, input.read(path)));
  const jsDependencies = new Set(packageJsons.flatMap(({ json }) => dependencyFields.flatMap((field) => Object.keys(asRecord(json[field])))));
  const pythonManifestText = ownFiles.filter((path) => pythonManifest.test(path)).map((path) => input.read(path) ?? "").join("\n").toLowerCase();
  return {
    read: input.read,
    ownFiles,
    ownBaseNames: ownFiles.map(baseName),
    packageJsons,
    jsDependencies,
    pythonManifestText
  };
}
function parsePackageJson(path, text) {
  if (text === void 0)
    return [];
  try {
    const json = JSON.parse(text);
    return json && typeof json === "object" && !Array.isArray(json) ? [{ path, json }] : [];
  } catch {
    return [];
  }
}
function asRecord(value) {
  return value && typeof value === "object" && !Array.isArray(value) ? value : {};
}
function hasPythonDependency(facts, name) {
  const escaped = name.toLowerCase().replace(/[.+]/g, "\\$&");
  return new RegExp(`(^|[^a-z0-9_.-])${escaped}(?=$|[^a-z0-9_-])`, "m").test(facts.pythonManifestText);
}

export {
  isForeignPath,
  baseName,
  readRepoFacts,
  asRecord,
  hasPythonDependency
};
