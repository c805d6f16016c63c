import type { ScoredItem } from '../scoring/types.js';
import { CATEGORY_LABELS } from './text.js';

/** `git-value next`: the next best item in a few lines, or why there is none. */
export function renderNext(item: ScoredItem | undefined): string {
  if (!item) return 'Nothing to do next: no open item reaches the minimum score within the risk tolerance.\n';
  return (
    [
      `Next: ${item.id}  ${item.title}`,
      `  score ${item.scores.composite.toFixed(2)} · ${CATEGORY_LABELS[item.category]} · ${item.severity} · ${item.path}:${item.line} · ${item.context}`,
      `  effort ${item.effortHours.toFixed(1)} h · risk ${Math.round(item.risk * 100)}% · confidence ${Math.round(item.confidence * 100)}%`,
      `  why: git-value explain ${item.id} · when fixed: git-value done ${item.id} --hours N`,
    ].join('\n') + '\n'
  );
}
