import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  errorOutcome,
  readCurrentBacklog
} from "./chunk-LHQBOPRQ.js";
import {
  CATEGORY_LABELS,
  pickNextItem
} from "./chunk-T72P2NL2.js";
import "./chunk-ERLR2NR4.js";
import "./chunk-4QSM2DIM.js";
import "./chunk-P7OXN2SN.js";
import "./chunk-VW4Q3NL6.js";
import "./chunk-SHS6TC54.js";
import "./chunk-JDFRV7HZ.js";
import "./chunk-BX7BPTSK.js";
import "./chunk-R7BXTBGS.js";
import "./chunk-TL476QTD.js";
import "./chunk-IV5GIZ6B.js";
import "./chunk-27A3QD7K.js";
import "./chunk-UGXMGD3O.js";
import "./chunk-BG2DLXK5.js";
import "./chunk-PPIWG3NF.js";
import "./chunk-3FEP5BVN.js";
import "./chunk-4K3HMJS3.js";

// dist/src/report/next.js
function renderNext(item) {
  if (!item)
    return "Nothing to do next: no open item reaches the minimum score within the risk tolerance.\n";
  return [
    `Next: ${item.id}  ${item.title}`,
    `  score ${item.scores.composite.toFixed(2)} \xB7 ${CATEGORY_LABELS[item.category]} \xB7 ${item.severity} \xB7 ${item.path}:${item.line} \xB7 ${item.context}`,
    `  effort ${item.effortHours.toFixed(1)} h \xB7 risk ${Math.round(item.risk * 100)}% \xB7 confidence ${Math.round(item.confidence * 100)}%`,
    `  why: git-value explain ${item.id} \xB7 when fixed: git-value done ${item.id} --hours N`
  ].join("\n") + "\n";
}

// dist/src/cli/next.js
async function run(_args, env) {
  const current = await readCurrentBacklog(env);
  if (!current.ok)
    return errorOutcome(current, env);
  return { exitCode: 0, stdout: renderNext(pickNextItem(current.value.model)), stderr: "" };
}
export {
  run
};
