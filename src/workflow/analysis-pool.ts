import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { analyzeEach, enabledAnalyzers, type FileResult, type FileToAnalyze } from '../analyzers/analyze-files.js';
import type { Config } from '../config/types.js';
import { layout } from '../runtime/layout.js';

// Parser-backed analysis (Babel, tree-sitter) is CPU work that scales across cores, unlike the
// allocation-heavy secret and marker passes (a worker gained ~6 % there): with complexity and
// docstrings on, the main thread and worker threads take chunks of files from one queue. Results
// keep the files' order, so the ledger does not depend on which thread analysed what.

export interface ChunkRequest {
  id: number;
  files: FileToAnalyze[];
  /** The distinct analysis options of the chunk's files (only `analyzers` is read). */
  configs: Config[];
  configOf: number[];
}

export type ChunkAnswer = { id: number; results: FileResult[] } | { id: number; error: string };

export interface AnalysisPool {
  /** Each file's result, in the order given. */
  analyze(files: readonly FileToAnalyze[], configFor: (path: string) => Config): Promise<FileResult[]>;
  close(): Promise<void>;
  threads: number;
}

const CHUNK_CHARS = 256 * 1024;

/** How many worker threads to start: GIT_VALUE_WORKERS if set, else one fewer than the cores (at most 3). */
export function workerCount(env: NodeJS.ProcessEnv): number {
  // the standalone executable has no worker script file to start a thread from: the main thread does it all
  if (layout === 'standalone') return 0;
  const asked = env.GIT_VALUE_WORKERS;
  if (asked !== undefined && /^\d+$/.test(asked)) return Math.min(Number(asked), 8);
  return Math.max(0, Math.min(availableParallelism() - 1, 3));
}

const pick = (config: Config) => enabledAnalyzers(config, 'scan');

/**
 * A worker's old generation: without a limit V8 let each thread's heap grow with the parsers' garbage
 * (a cold scan of eslint/eslint peaked ~40 MB higher). A chunk that needs more fails its worker, and
 * the main thread analyses it instead (see `redo`).
 */
const WORKER_HEAP_MB = 96;

export function createAnalysisPool(threads: number): AnalysisPool {
  const workers: Worker[] = [];
  for (let index = 0; index < threads; index++) {
    try {
      const worker = new Worker(new URL('./analysis-worker.js', import.meta.url), {
        resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
      });
      worker.unref();
      workers.push(worker);
    } catch {
      break; // no worker thread to be had: the main thread does it all
    }
  }
  let nextId = 0;
  return {
    get threads() {
      return workers.length;
    },
    async analyze(files, configFor) {
      const results: FileResult[] = new Array(files.length);
      const chunks = chunk(files);
      if (workers.length === 0) {
        const { results: all } = await analyzeEach(files, configFor, pick);
        return all;
      }
      let next = 0;
      const redo: Array<[number, number]> = []; // chunks of a worker that died, done on the main thread
      const runOnWorker = (worker: Worker): Promise<void> =>
        new Promise((resolve, reject) => {
          const take = () => {
            const span = chunks[next++];
            if (!span) return resolve();
            const request = toRequest(nextId++, files, span, configFor);
            const onMessage = (answer: ChunkAnswer) => {
              if (answer.id !== request.id) return;
              worker.off('message', onMessage);
              worker.off('error', onError);
              // an analyzer's own failure (a secret analyzer that throws) fails the scan as on the main thread
              if ('error' in answer) return reject(new Error(answer.error));
              answer.results.forEach((result, at) => (results[span[0] + at] = result));
              take();
            };
            const onError = () => {
              worker.off('message', onMessage);
              workers.splice(workers.indexOf(worker), 1);
              redo.push(span);
              resolve();
            };
            worker.on('message', onMessage);
            worker.once('error', onError);
            worker.postMessage(request);
          };
          take();
        });
      const analyzeSpan = async ([start, end]: [number, number]) => {
        const { results: done } = await analyzeEach(files.slice(start, end), configFor, pick);
        done.forEach((result, at) => (results[start + at] = result));
      };
      const onMain = async (): Promise<void> => {
        for (let span = chunks[next++]; span; span = chunks[next++]) {
          await analyzeSpan(span);
          await new Promise((resolve) => setImmediate(resolve)); // let the workers' answers in
        }
      };
      await Promise.all([onMain(), ...workers.map(runOnWorker)]);
      for (const span of redo) await analyzeSpan(span);
      return results;
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

/** [start, end) spans of about CHUNK_CHARS of text each. */
function chunk(files: readonly FileToAnalyze[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = 0;
  let size = 0;
  files.forEach((file, index) => {
    size += file.text.length;
    if (size >= CHUNK_CHARS) {
      spans.push([start, index + 1]);
      start = index + 1;
      size = 0;
    }
  });
  if (start < files.length) spans.push([start, files.length]);
  return spans;
}

function toRequest(
  id: number,
  files: readonly FileToAnalyze[],
  [start, end]: [number, number],
  configFor: (path: string) => Config,
): ChunkRequest {
  const configs: Config[] = [];
  const index = new Map<Config, number>();
  const configOf: number[] = [];
  const part = files.slice(start, end);
  for (const file of part) {
    const config = configFor(file.path);
    let at = index.get(config);
    if (at === undefined) {
      at = configs.length;
      index.set(config, at);
      configs.push({ analyzers: config.analyzers } as Config);
    }
    configOf.push(at);
  }
  // the context travels with the file: a worker has no classifier, and its fallback (conventions only)
  // could classify a file unlike the main thread does
  const sent = part.map(({ path, text, changed, context }) => ({
    path,
    text,
    changed,
    ...(context ? { context } : {}),
  }));
  return { id, files: sent, configs, configOf };
}
