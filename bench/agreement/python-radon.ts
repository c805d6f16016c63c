// Agreement of our Python cyclomatic complexity with `radon cc` (Debian package radon) on the Python
// standard library. Usage: node dist/bench/agreement/python-radon.js [folder…]
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { measureFunctions, prepare } from '../../src/analyzers/complexity/index.js';
import { formatAgreement, summariseAgreement, type Pair } from './agreement-stats.js';

const defaultRoot = '/usr/lib/python3.11';
const defaultFolders = [
  'email',
  'http',
  'json',
  'logging',
  'urllib',
  'xml',
  'concurrent',
  'importlib',
  'unittest',
  'asyncio',
];

interface RadonBlock {
  type: string;
  name: string;
  lineno: number;
  complexity: number;
  methods?: RadonBlock[];
  closures?: RadonBlock[];
}

function flattenBlocks(blocks: readonly RadonBlock[], into = new Map<number, RadonBlock>()): Map<number, RadonBlock> {
  for (const block of blocks) {
    if (block.type !== 'class') into.set(block.lineno, block);
    flattenBlocks([...(block.methods ?? []), ...(block.closures ?? [])], into);
  }
  return into;
}

function runRadon(folders: readonly string[]): Record<string, RadonBlock[] | { error: string }> | undefined {
  try {
    return JSON.parse(
      execFileSync('radon', ['cc', '-j', ...folders], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }),
    ) as Record<string, RadonBlock[] | { error: string }>;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    console.log('radon cc (Python): skipped, radon is not installed (apt-get install radon)');
    return undefined;
  }
}

async function main(): Promise<void> {
  const folders = process.argv.slice(2).length
    ? process.argv.slice(2)
    : defaultFolders.map((folder) => `${defaultRoot}/${folder}`);
  await prepare(['py']);
  const radon = runRadon(folders);
  if (!radon) return;
  const pairs: Pair[] = [];
  let referenceFunctions = 0;
  let files = 0;
  for (const [file, blocks] of Object.entries(radon)) {
    if (!Array.isArray(blocks)) continue;
    files++;
    const theirs = flattenBlocks(blocks);
    referenceFunctions += theirs.size;
    const ours = new Map(measureFunctions(file, readFileSync(file, 'utf8')).map((metrics) => [metrics.line, metrics]));
    for (const [line, block] of theirs) {
      const metrics = ours.get(line);
      if (metrics)
        pairs.push({
          file: relative(defaultRoot, file),
          name: block.name,
          line,
          ours: metrics.cyclomatic,
          theirs: block.complexity,
        });
    }
  }
  const summary = summariseAgreement('radon cc (Python)', files, referenceFunctions, pairs);
  console.log(formatAgreement(summary, pairs));
}

await main();
