// A worker thread of the analysis pool (analysis-pool.ts): analyses the chunks of files it is sent
// with the same analyzers and options as the main thread, and answers with each file's result.
import { parentPort } from 'node:worker_threads';
import { analyzeEach, enabledAnalyzers, type FileToAnalyze } from '../analyzers/analyze-files.js';
import type { Config } from '../config/types.js';
import type { ChunkRequest, ChunkAnswer } from './analysis-pool.js';

parentPort?.on('message', (request: ChunkRequest) => {
  void answer(request).then((reply) => parentPort?.postMessage(reply));
});

async function answer({ id, files, configs, configOf }: ChunkRequest): Promise<ChunkAnswer> {
  try {
    const byPath = new Map(files.map((file, index) => [file.path, configs[configOf[index] as number] as Config]));
    const { results } = await analyzeEach(
      files.map((file): FileToAnalyze => file),
      (path) => byPath.get(path) ?? (configs[0] as Config),
      (config) => enabledAnalyzers(config, 'scan'),
    );
    return { id, results };
  } catch (error) {
    return { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}
