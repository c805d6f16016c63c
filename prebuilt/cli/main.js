#!/usr/bin/env node
import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  commandSpecs,
  parseCommandArgs,
  renderCommandHelp,
  renderUsage,
  usageFooter,
  usageHeader
} from "./chunk-TRQOWQSB.js";
import {
  EXIT_ERROR,
  painter,
  readNow,
  useColor
} from "./chunk-RI75FPAA.js";
import {
  formatError,
  internalError,
  unknownCommand
} from "./chunk-2M2XAZ6H.js";
import "./chunk-HUUDYLWZ.js";
import "./chunk-ONKLCXXC.js";
import "./chunk-4K3HMJS3.js";

// dist/src/cli/dispatch.js
var commandModules = {
  init: () => import("./chunk-MZ5IJC5L.js"),
  install: () => import("./chunk-WO76F4W4.js"),
  uninstall: () => import("./chunk-C2LDBTT3.js"),
  check: () => import("./chunk-4DI2DAJH.js"),
  scan: () => import("./chunk-XOHIPQOW.js"),
  refresh: () => import("./chunk-ET2W5VBG.js"),
  backlog: () => import("./chunk-LVXKFN2D.js"),
  next: () => import("./chunk-3IUG367W.js"),
  explain: () => import("./chunk-AX7LQYUU.js"),
  report: () => import("./chunk-4DK6OAS3.js"),
  allow: () => import("./chunk-CCQQAEOI.js"),
  done: () => import("./chunk-E7K2WBY6.js"),
  doctor: () => import("./chunk-SDJ27GTB.js"),
  "merge-driver": () => import("./chunk-JP6PR4HD.js")
};
var usage = renderUsage(commandSpecs, usageHeader, usageFooter);
async function dispatch(argv, env) {
  const [name, ...rest] = argv;
  const spec = commandSpecs.find((candidate) => candidate.name === name);
  if (!name || name === "--help" || name === "-h" || name === "help") {
    const topic = commandSpecs.find((candidate) => candidate.name === rest[0]);
    return { exitCode: name ? 0 : EXIT_ERROR, stdout: topic ? renderCommandHelp(topic) : usage, stderr: "" };
  }
  const load = commandModules[name];
  if (!spec || !load)
    return { exitCode: EXIT_ERROR, stdout: "", stderr: unknownCommand(name) };
  if (rest.includes("--help") || rest.includes("-h"))
    return { exitCode: 0, stdout: renderCommandHelp(spec), stderr: "" };
  const args = parseCommandArgs(spec, rest);
  if (!args.ok)
    return {
      exitCode: EXIT_ERROR,
      stdout: "",
      stderr: formatError(args.error, painter(env.color), Boolean(env.env.GIT_VALUE_DEBUG))
    };
  const command = await load();
  return command.run(args.value, env);
}

// dist/src/cli/main.js
async function main(argv) {
  const [name] = argv;
  if (name === "--version" || name === "-v") {
    const { readPackageVersion } = await import("./chunk-DBU4V6N7.js");
    process.stdout.write(`${readPackageVersion()}
`);
    return 0;
  }
  const probe = process.env.GIT_VALUE_PROBE;
  if (probe && name !== "merge-driver")
    return answerProbe(probe, argv);
  const outcome = await dispatch(argv, {
    cwd: process.cwd(),
    env: process.env,
    color: useColor(process.stderr, process.env),
    now: readNow(process.env),
    readStdin: readProcessStdin,
    live: process.stderr
  });
  if (outcome.stdout)
    process.stdout.write(outcome.stdout);
  if (outcome.stderr)
    process.stderr.write(outcome.stderr);
  return outcome.exitCode;
}
async function readProcessStdin() {
  const { readFileSync } = await import("node:fs");
  try {
    return readFileSync(0, "utf8");
  } catch {
    return "";
  }
}
async function answerProbe(file, argv) {
  const { appendFileSync } = await import("node:fs");
  appendFileSync(file, `${JSON.stringify({ argv, cwd: process.cwd(), bin: process.argv[1] })}
`);
  return 97;
}
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
}, (error) => {
  process.stderr.write(internalError(error));
  if (process.env.GIT_VALUE_DEBUG && error instanceof Error)
    process.stderr.write(`${error.stack ?? ""}
`);
  process.exitCode = EXIT_ERROR;
});
