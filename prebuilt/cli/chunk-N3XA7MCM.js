import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  editItemOrEntry,
  readIdentity
} from "./chunk-TMQYNWDU.js";
import "./chunk-4QSM2DIM.js";
import {
  openWorkspace
} from "./chunk-SHS6TC54.js";
import {
  fail
} from "./chunk-JDFRV7HZ.js";
import {
  EXIT_ERROR,
  doneButNotResolved,
  formatError,
  painter
} from "./chunk-TL476QTD.js";
import "./chunk-UGXMGD3O.js";
import "./chunk-PPIWG3NF.js";
import "./chunk-4K3HMJS3.js";

// dist/src/cli/done.js
import { parseArgs } from "node:util";
async function run(args, env) {
  const result = await done(args, env);
  if (!result.ok)
    return {
      exitCode: EXIT_ERROR,
      stdout: "",
      stderr: formatError(result.error, painter(env.color), Boolean(env.env.GIT_VALUE_DEBUG))
    };
  const { entries, itemId } = result.value;
  const entry = entries[0];
  const estimate = entries.length === 1 ? `estimated ${entry.effortHours} h` : `${entries.length} findings`;
  return {
    exitCode: 0,
    stdout: `recorded ${entry.done?.hours} h for ${itemId ?? entry.id} (${estimate})
`,
    stderr: doneButNotResolved(entries.find((candidate) => candidate.status === "open") ?? entry)
  };
}
async function done(args, env) {
  let id;
  let hours = Number.NaN;
  try {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { hours: { type: "string" } } });
    [id] = positionals;
    hours = Number(values.hours);
  } catch (error) {
    return fail({ code: "USAGE", message: error.message, fix: "git-value done ID --hours N" });
  }
  if (!id || !Number.isFinite(hours) || hours <= 0 || hours > 1e4)
    return fail({
      code: "USAGE",
      message: "done needs a finding id and the hours it took (a positive number)",
      fix: "git-value done ID --hours 1.5"
    });
  const workspace = await openWorkspace(env);
  if (!workspace.ok)
    return workspace;
  const { root } = workspace.value.repo;
  const record = { hours, at: env.now.toISOString().slice(0, 10), by: readIdentity(root) };
  return editItemOrEntry(root, id, (entry) => ({ ...entry, done: record }));
}
export {
  run
};
