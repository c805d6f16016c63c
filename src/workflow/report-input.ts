import { dirname, relative, sep } from 'node:path';
import { ok, type Result } from '../findings/result.js';
import { readBlobs } from '../git/blobs.js';
import { readOriginUrl } from '../git/remote.js';
import { listTrackedFiles } from '../git/tracked-files.js';
import type { BacklogModel } from '../report/backlog-model.js';
import { buildReportData, contextResolver, pickHotspotFiles } from '../report/html/build-report-data.js';
import { linkTemplates } from '../report/html/links.js';
import type { HotspotFile, ReportData } from '../report/html/report-data-types.js';
import type { ScoringContext } from '../scoring/types.js';
import { readLedgerPeriods } from './ledger-periods.js';

export interface ReportRequest {
  root: string;
  gitDir: string;
  head?: string;
  model: BacklogModel;
  context: ScoringContext;
  /** Absolute path the page is written to (links to work-tree files are relative to it). */
  target?: string;
}

/** Everything the HTML report shows beyond the scored backlog: the ledger's periods, hotspot sizes, links. */
export function gatherReportData(request: ReportRequest): Result<ReportData> {
  const { root, model, context } = request;
  const trend = readLedgerPeriods(root, request.gitDir);
  if (!trend.ok) return trend;
  const tracked = listTrackedFiles(root);
  if (!tracked.ok) return tracked;
  const blobOf = new Map(tracked.value.files.map((file) => [file.path, file.blob]));
  const picked = pickHotspotFiles(model.open, context, new Set(blobOf.keys()), contextResolver(context));
  const shas = [...new Set(picked.files.map((file) => blobOf.get(file.path) as string))];
  const blobs = readBlobs(root, shas);
  if (!blobs.ok) return blobs;
  const files: HotspotFile[] = picked.files.map((file) => ({
    ...file,
    lines: countLines(blobs.value.get(blobOf.get(file.path) as string)),
  }));
  const relativeRoot = request.target ? relative(dirname(request.target), root).split(sep).join('/') : '';
  const links = linkTemplates(readOriginUrl(root), request.head, relativeRoot);
  return ok(
    buildReportData({
      model,
      context,
      trend: trend.value,
      hotspots: {
        windowDays: model.config.scoring.hotspotWindowDays,
        maxChurn: context.maxChurn,
        files,
        omittedFiles: picked.omitted,
      },
      fileLink: links.file,
      ...(links.commit ? { commitLink: links.commit } : {}),
      ...(request.head ? { head: request.head } : {}),
    }),
  );
}

function countLines(bytes: Buffer | undefined): number {
  if (!bytes || bytes.length === 0) return 0;
  let lines = 0;
  for (let at = bytes.indexOf(10); at !== -1; at = bytes.indexOf(10, at + 1)) lines++;
  return bytes[bytes.length - 1] === 10 ? lines : lines + 1;
}
