import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  analyzeEach,
  enabledAnalyzers
} from "./chunk-CM6QQNYP.js";
import "./chunk-RYSKVT2F.js";
import "./chunk-27A3QD7K.js";
import "./chunk-RGYNK77T.js";
import "./chunk-UUPKITBT.js";
import "./chunk-A3QA2ZQT.js";
import "./chunk-ONKLCXXC.js";
import "./chunk-OZTETU2B.js";
import "./chunk-3FEP5BVN.js";
import "./chunk-4K3HMJS3.js";

// dist/src/workflow/analysis-worker.js
import { parentPort } from "node:worker_threads";
parentPort?.on("message", (request) => {
  void answer(request).then((reply) => parentPort?.postMessage(reply));
});
async function answer({ id, files, configs, configOf }) {
  try {
    const byPath = new Map(files.map((file, index) => [file.path, configs[configOf[index]]]));
    const { results } = await analyzeEach(files.map((file) => file), (path) => byPath.get(path) ?? configs[0], (config) => enabledAnalyzers(config, "scan"));
    return { id, results };
  } catch (error) {
    return { id, error: error instanceof Error ? error.stack ?? error.message : String(error) };
  }
}
