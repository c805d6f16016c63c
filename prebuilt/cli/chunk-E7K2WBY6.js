import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  editItemOrEntry,
  readIdentity
} from "./chunk-VVM4JZ4T.js";
import {
  dryRunOutcome
} from "./chunk-2DX2QFNP.js";
import "./chunk-3SSG65XT.js";
import {
  openWorkspace
} from "./chunk-H44W4G64.js";
import "./chunk-AP6QHR2Z.js";
import "./chunk-UPLQ7UW6.js";
import "./chunk-MTSRII53.js";
import "./chunk-TNT4O3F4.js";
import {
  doneCommand,
  usageError
} from "./chunk-TRQOWQSB.js";
import {
  errorOutcome
} from "./chunk-RI75FPAA.js";
import {
  doneButNotResolved,
  recordedHours,
  usageTexts
} from "./chunk-2M2XAZ6H.js";
import "./chunk-HUUDYLWZ.js";
import "./chunk-RGYNK77T.js";
import "./chunk-A3QA2ZQT.js";
import "./chunk-ONKLCXXC.js";
import "./chunk-4K3HMJS3.js";

// dist/src/cli/done.js
async function run(args, env) {
  const result = await done(args, env);
  if (!result.ok)
    return errorOutcome(result, env);
  const { entries } = result.value;
  const dryRun = Boolean(args.values["dry-run"]);
  const said = recordedHours(result.value, dryRun);
  if (dryRun)
    return dryRunOutcome("done", [result.value.preview], [said.trimEnd()]);
  const entry = entries[0];
  return {
    exitCode: 0,
    stdout: said,
    stderr: doneButNotResolved(entries.find((candidate) => candidate.status === "open") ?? entry)
  };
}
async function done({ values, positionals }, env) {
  const id = positionals[0];
  const hours = Number(values.hours);
  if (values.hours === void 0 || !Number.isFinite(hours) || hours <= 0 || hours > 1e4)
    return usageError(doneCommand, usageTexts.doneHours, usageTexts.doneFix);
  const workspace = await openWorkspace(env);
  if (!workspace.ok)
    return workspace;
  const { root } = workspace.value.repo;
  const record = { hours, at: env.now.toISOString().slice(0, 10), by: readIdentity(root) };
  return editItemOrEntry(workspace.value.repo, id, (entry) => ({ ...entry, done: record }), {
    dryRun: Boolean(values["dry-run"])
  });
}
export {
  run
};
