#!/usr/bin/env node
import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  EXIT_ERROR,
  usage,
  useColor
} from "./chunk-ZCAWP5S7.mjs";
import "./chunk-XFCS6LDE.mjs";

// dist/src/cli/main.js
var commands = {
  check: () => import("./chunk-BWFGVFMA.mjs"),
  scan: () => import("./chunk-LXDUDA2V.mjs"),
  refresh: () => import("./chunk-BJIIZY4G.mjs"),
  init: () => import("./chunk-TGQ7E2LM.mjs"),
  allow: () => import("./chunk-BBX5HX7E.mjs"),
  done: () => import("./chunk-PGATXO7B.mjs"),
  backlog: () => import("./chunk-5LG3Y3LZ.mjs"),
  next: () => import("./chunk-EW7Z554D.mjs"),
  explain: () => import("./chunk-NAIB4ASP.mjs"),
  doctor: () => import("./chunk-AGSBZY7I.mjs"),
  "merge-driver": () => import("./chunk-RPWTM6MB.mjs")
};
function readNow(env) {
  const pinned = env.GIT_VALUE_NOW ? new Date(env.GIT_VALUE_NOW) : void 0;
  return pinned && !Number.isNaN(pinned.getTime()) ? pinned : /* @__PURE__ */ new Date();
}
async function main(argv) {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(usage);
    return name ? 0 : EXIT_ERROR;
  }
  if (name === "--version" || name === "-v") {
    const { readPackageVersion } = await import("./chunk-6BR3VYEK.mjs");
    process.stdout.write(`${readPackageVersion()}
`);
    return 0;
  }
  const load = commands[name];
  if (!load) {
    process.stderr.write(`git-value: unknown command '${name}'
fix: run 'git-value --help' for the list of commands
`);
    return EXIT_ERROR;
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
