import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  loadBacklog
} from "./chunk-T72P2NL2.js";
import {
  openWorkspace,
  readLedgerOrStaged
} from "./chunk-SHS6TC54.js";
import {
  LEDGER_PATH,
  ok,
  parseLedger
} from "./chunk-JDFRV7HZ.js";
import {
  EXIT_ERROR,
  formatError,
  painter
} from "./chunk-TL476QTD.js";

// dist/src/cli/current-backlog.js
async function readCurrentBacklog(env) {
  const workspace = await openWorkspace(env);
  if (!workspace.ok)
    return workspace;
  const text = readLedgerOrStaged(workspace.value.repo.root);
  if (!text.ok)
    return text;
  const ledger = text.value === void 0 ? ok({ version: 1, entries: [] }) : parseLedger(text.value, LEDGER_PATH);
  if (!ledger.ok)
    return ledger;
  const loaded = await loadBacklog(workspace.value, ledger.value.entries, env);
  return loaded.ok ? ok({ workspace: workspace.value, ...loaded.value }) : loaded;
}
function errorOutcome(result, env) {
  return {
    exitCode: EXIT_ERROR,
    stdout: "",
    stderr: formatError(result.error, painter(env.color), Boolean(env.env.GIT_VALUE_DEBUG))
  };
}

export {
  readCurrentBacklog,
  errorOutcome
};
