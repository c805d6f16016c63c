import { renderBacklog } from './backlog-md.js';
import type { BacklogModel } from './backlog-model.js';
import { renderJson } from './json.js';
import { renderSarif } from './sarif.js';

export type ReportFormat = 'md' | 'json' | 'sarif';

/** The backlog in one of the report formats (`--format`). */
export function renderFormat(
  model: BacklogModel,
  format: ReportFormat,
  options: { includeSecrets: boolean; toolVersion: string },
): string {
  if (format === 'json') return renderJson(model);
  if (format === 'sarif') return renderSarif(model, options);
  return renderBacklog(model);
}
