#!/usr/bin/env node
import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  EXIT_ERROR,
  commandHelp,
  usage,
  useColor
} from "./chunk-TL476QTD.js";
import "./chunk-4K3HMJS3.js";

// dist/src/cli/main.js
var commands = {
  check: () => import("./chunk-M5C3WWPZ.js"),
  scan: () => import("./chunk-4P2XCMFN.js"),
  refresh: () => import("./chunk-KVWEJSCO.js"),
  init: () => import("./chunk-ZS5QUAN3.js"),
  install: () => import("./chunk-RRZUQHPY.js"),
  uninstall: () => import("./chunk-I5WPQ32B.js"),
  allow: () => import("./chunk-BWO5RS6O.js"),
  done: () => import("./chunk-N3XA7MCM.js"),
  backlog: () => import("./chunk-KVEBLGOU.js"),
  next: () => import("./chunk-KDYV3ATF.js"),
  explain: () => import("./chunk-KFQZ3N3I.js"),
  report: () => import("./chunk-RFK6JMCL.js"),
  doctor: () => import("./chunk-JJITLIPB.js"),
  "merge-driver": () => import("./chunk-VQCXNQCX.js")
};
function readNow(env) {
  const pinned = env.GIT_VALUE_NOW ? new Date(env.GIT_VALUE_NOW) : void 0;
  return pinned && !Number.isNaN(pinned.getTime()) ? pinned : /* @__PURE__ */ new Date();
}
async function main(argv) {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(rest[0] && commands[rest[0]] && commandHelp[rest[0]] || usage);
    return name ? 0 : EXIT_ERROR;
  }
  if (name === "--version" || name === "-v") {
    const { readPackageVersion } = await import("./chunk-JRUVPKBQ.js");
    process.stdout.write(`${readPackageVersion()}
`);
    return 0;
  }
  const probe = process.env.GIT_VALUE_PROBE;
  if (probe && name !== "merge-driver")
    return answerProbe(probe, argv);
  const load = commands[name];
  if (!load) {
    process.stderr.write(`git-value: unknown command '${name}'
fix: run 'git-value --help' for the list of commands
`);
    return EXIT_ERROR;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    process.stdout.write(commandHelp[name] ?? usage);
    return 0;
  }
  const env = {
    cwd: process.cwd(),
    env: process.env,
    color: useColor(process.stderr, process.env),
    now: readNow(process.env)
  };
  const command = await load();
  const outcome = await command.run(rest, env);
  if (outcome.stdout)
    process.stdout.write(outcome.stdout);
  if (outcome.stderr)
    process.stderr.write(outcome.stderr);
  return outcome.exitCode;
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
  const message = error instanceof Error ? `${error.name}: ${error.message.slice(0, 200)}` : "unknown error";
  process.stderr.write(`git-value: internal error (${message})
fix: run again with GIT_VALUE_DEBUG=1 and report it
`);
  if (process.env.GIT_VALUE_DEBUG && error instanceof Error)
    process.stderr.write(`${error.stack ?? ""}
`);
  process.exitCode = EXIT_ERROR;
});
