import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  configureClone,
  planClone,
  recordedSetup
} from "./chunk-GIE5TSTU.js";
import {
  detectProject
} from "./chunk-BOWFYYC2.js";
import {
  notedProgram
} from "./chunk-75O6IB2E.js";
import "./chunk-MQLSCYTT.js";
import "./chunk-EJHQVVJF.js";
import "./chunk-ZGM3NAP3.js";
import "./chunk-PDIVDX4P.js";
import {
  openRepo
} from "./chunk-MTSRII53.js";
import "./chunk-TNT4O3F4.js";
import "./chunk-BX7BPTSK.js";
import {
  errorOutcome
} from "./chunk-RI75FPAA.js";
import {
  setupLines,
  setupTexts
} from "./chunk-2M2XAZ6H.js";
import "./chunk-HUUDYLWZ.js";
import "./chunk-A3QA2ZQT.js";
import "./chunk-ONKLCXXC.js";
import "./chunk-4K3HMJS3.js";

// dist/src/cli/install.js
async function run(_args, env) {
  const repo = openRepo(env.cwd);
  if (!repo.ok)
    return { exitCode: 0, stdout: "", stderr: setupTexts.installOutsideRepo };
  const shape = detectProject(repo.value.root, env.cwd);
  if (!shape.ok)
    return errorOutcome(shape, env);
  if (shape.value.hooksPath && shape.value.hooksPath.scope !== "local")
    return {
      exitCode: 0,
      stdout: "",
      stderr: setupLines("install", [setupTexts.installHooksPathNotLocal(shape.value.hooksPath.scope)])
    };
  const setup = recordedSetup(shape.value, planClone(shape.value), () => configureClone(shape.value, notedProgram()));
  if (!setup.ok)
    return errorOutcome(setup, env);
  const done = setup.value.lines;
  return {
    exitCode: 0,
    stdout: "",
    stderr: done.length > 0 ? setupLines("install", done) : setupTexts.installDone
  };
}
export {
  run
};
