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
} from "./chunk-CDLJB47V.js";
import {
  detectProject
} from "./chunk-6SOXSWPA.js";
import {
  errorOutcome
} from "./chunk-LHQBOPRQ.js";
import "./chunk-T72P2NL2.js";
import "./chunk-ERLR2NR4.js";
import "./chunk-4QSM2DIM.js";
import "./chunk-P7OXN2SN.js";
import {
  notedProgram
} from "./chunk-75O6IB2E.js";
import "./chunk-VW4Q3NL6.js";
import {
  openRepo
} from "./chunk-SHS6TC54.js";
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

// dist/src/cli/install.js
async function run(_args, env) {
  const repo = openRepo(env.cwd);
  if (!repo.ok)
    return { exitCode: 0, stdout: "", stderr: "git-value install: not inside a git work tree, nothing to do\n" };
  const shape = detectProject(repo.value.root, env.cwd);
  if (!shape.ok)
    return errorOutcome(shape, env);
  if (shape.value.hooksPath && shape.value.hooksPath.scope !== "local")
    return {
      exitCode: 0,
      stdout: "",
      stderr: `git-value install: core.hooksPath comes from your ${shape.value.hooksPath.scope} git config: run 'git-value doctor'
`
    };
  const setup = recordedSetup(shape.value, planClone(shape.value), () => configureClone(shape.value, notedProgram()));
  if (!setup.ok)
    return errorOutcome(setup, env);
  const done = setup.value.lines;
  return {
    exitCode: 0,
    stdout: "",
    stderr: done.length > 0 ? done.map((line) => `git-value install: ${line}
`).join("") : "git-value install: this clone is set up\n"
  };
}
export {
  run
};
