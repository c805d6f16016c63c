import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  CATEGORY_LABELS,
  pickNextItem,
  readCurrentBacklog
} from "./chunk-CL47BL6J.js";
import "./chunk-3SSG65XT.js";
import "./chunk-UKNR456Y.js";
import "./chunk-PDIVDX4P.js";
import "./chunk-L42DG4D7.js";
import "./chunk-H44W4G64.js";
import "./chunk-AP6QHR2Z.js";
import "./chunk-UPLQ7UW6.js";
import "./chunk-MTSRII53.js";
import "./chunk-TNT4O3F4.js";
import "./chunk-QDHQR4L2.js";
import "./chunk-H46VYJWE.js";
import "./chunk-R7BXTBGS.js";
import "./chunk-XLIRTYAW.js";
import "./chunk-CJEBQUOT.js";
import "./chunk-BX7BPTSK.js";
import {
  errorOutcome
} from "./chunk-RI75FPAA.js";
import "./chunk-2M2XAZ6H.js";
import "./chunk-HUUDYLWZ.js";
import "./chunk-RYSKVT2F.js";
import "./chunk-27A3QD7K.js";
import "./chunk-GLXZBTI5.js";
import "./chunk-RGYNK77T.js";
import "./chunk-5AXYERU7.js";
import "./chunk-UUPKITBT.js";
import "./chunk-A3QA2ZQT.js";
import "./chunk-ONKLCXXC.js";
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
