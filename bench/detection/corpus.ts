import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { seedFakeTokens } from '../../src/analyzers/secrets/fake-token.js';
import type { SecretRule } from '../../src/analyzers/secrets/rule-types.js';
import { buildNegatives } from './negatives.js';
import { buildBenchPositives, buildRulePositives, type PositiveFile } from './positives.js';

export interface Corpus {
  dir: string;
  positives: PositiveFile[];
  /** Negative kind of each hard-negative file; lines around positives count as 'surrounding code'. */
  negativeKinds: Map<string, string>;
  skippedRules: string[];
  bytes: number;
}

/** Write the labelled corpus: every file is either one positive among neighbours, or all negative. */
export function buildCorpus(dir: string, rules: readonly SecretRule[]): Corpus {
  seedFakeTokens(7);
  const rulePositives = buildRulePositives(rules);
  const positives = [...buildBenchPositives(), ...rulePositives.files];
  const negatives = buildNegatives();
  const seen = new Set<string>();
  let bytes = 0;
  for (const { path, text } of [...positives, ...negatives]) {
    if (seen.has(path)) throw new Error(`bench: corpus path ${path} is generated twice`);
    seen.add(path);
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
    bytes += Buffer.byteLength(text);
  }
  const negativeKinds = new Map(negatives.map((negative) => [negative.path, negative.kind]));
  return { dir, positives, negativeKinds, skippedRules: rulePositives.skipped, bytes };
}
