// Agreement of the debt/ markers with leasot (npm), the comment-tag extractor behind many TODO
// reports, on real code. leasot is not a dependency: install it anywhere (`npm install --prefix DIR
// leasot`) and pass that folder. Both read the six default tags; a marker is (file, line, tag).
// Where they differ the lists are printed, so each difference can be read and judged.
// Usage: node dist/bench/agreement/markers-leasot.js --leasot DIR folder…
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { analyze } from '../../src/analyzers/markers/index.js';
import { DEFAULT_TAGS } from '../../src/analyzers/markers/tags.js';
import { wholeFile } from '../../src/findings/line-ranges.js';

interface LeasotModule {
  isExtensionSupported(extension: string): boolean;
  parse(text: string, options: { extension: string; filename: string; customTags?: string[] }): Promise<LeasotTag[]>;
}

interface LeasotTag {
  tag: string;
  line: number;
  text: string;
}

// leasot's own extensions that git-value's lexer reads too (a Markdown or HTML comment is read by both).
const compared = /\.(?:[cm]?js|jsx|[cm]?ts|tsx|py|go|java|rb|php|c|h|cc|cpp|cs|rs|sh|ya?ml|md|html|css|scss|less|vue)$/;

function trackedFiles(folder: string): string[] {
  const run = spawnSync('git', ['ls-files', '-z'], { cwd: folder, encoding: 'utf8', maxBuffer: 1 << 28 });
  return run.status === 0 ? run.stdout.split('\0').filter((path) => compared.test(path)) : [];
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ options: { leasot: { type: 'string' } }, allowPositionals: true });
  const entry = values.leasot && join(values.leasot, 'node_modules', 'leasot', 'dist', 'index.js');
  if (!entry || !existsSync(entry)) {
    console.log('markers vs leasot: skipped, pass --leasot DIR after `npm install --prefix DIR leasot`');
    return;
  }
  const leasot = (await import(pathToFileURL(entry).href)) as LeasotModule;
  const customTags = DEFAULT_TAGS.filter((tag) => tag !== 'TODO' && tag !== 'FIXME');
  let files = 0;
  let both = 0;
  const onlyOurs: string[] = [];
  const onlyTheirs: string[] = [];
  for (const folder of positionals) {
    for (const path of trackedFiles(folder)) {
      if (!leasot.isExtensionSupported(extname(path))) continue;
      const text = readFileSync(join(folder, path), 'utf8');
      if (text.length > 2_000_000) continue;
      files++;
      const ours = new Set(
        analyze({ path, text, changed: wholeFile(text) }).map(
          (finding) => `${finding.line} ${finding.ruleId.slice('debt/'.length).toUpperCase()}`,
        ),
      );
      let theirs: LeasotTag[];
      try {
        theirs = await leasot.parse(text, { extension: extname(path), filename: path, customTags });
      } catch {
        continue;
      }
      const theirKeys = new Set(theirs.map((tag) => `${tag.line} ${tag.tag.toUpperCase()}`));
      const line = (key: string) => text.split('\n')[Number(key.split(' ')[0]) - 1]?.trim().slice(0, 100);
      for (const key of ours) {
        if (theirKeys.has(key)) both++;
        else onlyOurs.push(`${folder}/${path}:${key}  ${line(key)}`);
      }
      for (const key of theirKeys) if (!ours.has(key)) onlyTheirs.push(`${folder}/${path}:${key}  ${line(key)}`);
    }
  }
  console.log(
    `markers vs leasot: ${files} files; both ${both}, only git-value ${onlyOurs.length}, only leasot ${onlyTheirs.length}`,
  );
  console.log('\nonly git-value:');
  for (const item of onlyOurs) console.log(`  ${item}`);
  console.log('\nonly leasot:');
  for (const item of onlyTheirs) console.log(`  ${item}`);
}

await main();
