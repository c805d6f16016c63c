import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  formatError
} from "./chunk-2M2XAZ6H.js";

// dist/src/cli/output.js
import { styleText } from "node:util";
function useColor(stream, env) {
  return Boolean(stream.isTTY) && !("NO_COLOR" in env) && env.TERM !== "dumb";
}
function painter(color) {
  return color ? (format, text) => styleText(format, text) : (_format, text) => text;
}
function readNow(env) {
  const pinned = env.GIT_VALUE_NOW ? new Date(env.GIT_VALUE_NOW) : void 0;
  return pinned && !Number.isNaN(pinned.getTime()) ? pinned : /* @__PURE__ */ new Date();
}
var EXIT_FINDINGS = 1;
var EXIT_ERROR = 2;
function errorOutcome(result, env) {
  return {
    exitCode: EXIT_ERROR,
    stdout: "",
    stderr: formatError(result.error, painter(env.color), Boolean(env.env.GIT_VALUE_DEBUG))
  };
}

export {
  useColor,
  painter,
  readNow,
  EXIT_FINDINGS,
  EXIT_ERROR,
  errorOutcome
};
