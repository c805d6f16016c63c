import type { Corpus } from './corpus.js';
import type { PositiveFile } from './positives.js';
import type { ToolRun } from './tools.js';

export interface Score {
  tool: string;
  detected: number;
  labels: number;
  falsePositives: number;
  recall: number;
  precision: number;
  f1: number;
  /** Distinct false-positive lines by hard-negative kind. */
  falseByKind: Map<string, number>;
  /** Recall on the bench's own provider formats and on git-value's rule examples, kept apart. */
  recallBySource: Record<PositiveFile['source'], number>;
  /** Families with at least one missed label, with counts. */
  missed: Map<string, number>;
  ms: number;
}

const normalise = (path: string): string => path.replace(/^\.\//, '').replace(/\\/g, '/');

/**
 * A label is detected when any finding lands on its file within its line span. A false positive is a
 * distinct (file, line) that lies in no positive span; several rules on one line count once, as a
 * reviewer sees one line to triage.
 */
export function scoreRun(corpus: Corpus, run: ToolRun): Score {
  const byPath = new Map(corpus.positives.map((positive) => [positive.path, positive]));
  const detectedPaths = new Set<string>();
  const falseLines = new Set<string>();
  const falseByKind = new Map<string, number>();
  for (const finding of run.findings) {
    const path = normalise(finding.path);
    const positive = byPath.get(path);
    if (positive && finding.line >= positive.start && finding.line <= positive.end) {
      detectedPaths.add(path);
      continue;
    }
    const key = `${path}:${finding.line}`;
    if (falseLines.has(key)) continue;
    falseLines.add(key);
    const kind = corpus.negativeKinds.get(path) ?? (positive ? 'surrounding code' : 'outside the corpus');
    falseByKind.set(kind, (falseByKind.get(kind) ?? 0) + 1);
  }
  const missed = new Map<string, number>();
  for (const positive of corpus.positives) {
    if (!detectedPaths.has(positive.path)) missed.set(positive.family, (missed.get(positive.family) ?? 0) + 1);
  }
  const recallOf = (source: PositiveFile['source']): number => {
    const labelled = corpus.positives.filter((positive) => positive.source === source);
    return labelled.filter((positive) => detectedPaths.has(positive.path)).length / labelled.length;
  };
  const recallBySource = { bench: recallOf('bench'), 'rule-example': recallOf('rule-example') };
  const detected = detectedPaths.size;
  const labels = corpus.positives.length;
  const recall = detected / labels;
  const precision = detected + falseLines.size === 0 ? 0 : detected / (detected + falseLines.size);
  const f1 = recall + precision === 0 ? 0 : (2 * recall * precision) / (recall + precision);
  return {
    tool: run.tool,
    detected,
    labels,
    falsePositives: falseLines.size,
    recall,
    precision,
    f1,
    falseByKind,
    recallBySource,
    missed,
    ms: run.ms,
  };
}
