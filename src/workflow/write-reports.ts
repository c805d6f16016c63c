import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ok, type Result } from '../findings/result.js';
import { writeFileAtomic } from '../ledger/io.js';
import { resolveReportTarget } from './report-target.js';
import type { LedgerEntry } from '../ledger/types.js';
import { renderBacklog } from '../report/backlog-md.js';
import { renderFormat, type ReportFormat } from '../report/render-format.js';
import { readPackageVersion } from '../runtime/package-files.js';
import { hashParts } from '../findings/hash.js';
import { scoreBacklog, type ScanKnowledge } from './backlog.js';
import { readTriggers } from './backlog-input.js';
import { readCache, writeCache } from './cache-file.js';
import { toolDigest } from './tool-digest.js';
import type { Workspace } from './workspace.js';
import { isAlwaysShown, type Note } from '../findings/note.js';

export interface ReportOptions {
  format?: ReportFormat;
  /** Where the --format report goes: a path from `cwd`, or standard output when absent or '-'. */
  output?: string;
}

export interface WrittenReports {
  /** The --format report when it goes to standard output. */
  stdout: string;
  /** Repository or working-folder paths written (BACKLOG.md first). */
  written: string[];
  /** Notes for the user: those always shown, and the rest with GIT_VALUE_DEBUG. */
  shownNotes: Note[];
  hiddenNotes: Note[];
}

const BACKLOG_CACHE = 'backlog';
const isText = (value: unknown): value is string => typeof value === 'string';

function backlogKey(workspace: Workspace, known: ScanKnowledge, notes: readonly Note[]): string | undefined {
  const { backlogInputs, tracked } = known;
  if (!backlogInputs || !tracked) return undefined;
  const { root } = workspace.repo;
  const blobs = tracked.files.map((file) => `${file.path} ${file.blob}`).join('\n');
  return hashParts(
    [
      ...backlogInputs.parts,
      JSON.stringify(workspace.config),
      blobs,
      readIfPresent(join(root, '.value', 'coverage.json')) ?? '',
      JSON.stringify(readTriggers(root)),
      readIfPresent(join(root, workspace.config.backlog.path)) ?? '',
      ...notes.map((shown) => shown.text),
    ],
    32,
  );
}

/** Whether a backlog was rendered here before (a rescan's may come out unchanged and not be rendered). */
export function hasRenderedBacklog(gitDir: string | undefined): boolean {
  return readCache(gitDir, BACKLOG_CACHE, toolDigest(), isText).has('key');
}

/**
 * After a scan or refresh: BACKLOG.md (unless only its timestamp would change, or nothing it is rendered
 * from changed since the last render), plus the requested format to its --output or to standard output.
 */
export async function writeReports(
  workspace: Workspace,
  entries: readonly LedgerEntry[],
  request: { cwd: string; now: Date; debug: boolean; options: ReportOptions; notes: readonly Note[] },
  known: ScanKnowledge = {},
): Promise<Result<WrittenReports>> {
  const { options, notes } = request;
  const always = notes.filter(isAlwaysShown);
  const { root } = workspace.repo;
  const backlogPath = workspace.config.backlog.path;
  const written: string[] = [backlogPath];
  const key = options.format ? undefined : backlogKey(workspace, known, always);
  const gitDir = known.backlogInputs?.gitDir;
  const unchanged = key !== undefined && readCache(gitDir, BACKLOG_CACHE, toolDigest(), isText).get('key') === key;
  let stdout = '';
  if (!unchanged) {
    const scored = await scoreBacklog(
      workspace,
      entries,
      request.now,
      always.map((shown) => shown.text),
      known,
    );
    if (!scored.ok) return scored;
    const backlog = renderBacklog(scored.value.model);
    if (!sameApartFromTimestamp(readIfPresent(join(root, backlogPath)), backlog)) {
      const saved = writeFileAtomic(join(root, backlogPath), backlog, backlogPath, { root });
      if (!saved.ok) return saved;
    }
    // the key again, now that BACKLOG.md is as rendered
    const next = key === undefined ? undefined : backlogKey(workspace, known, always);
    if (next) writeCache(gitDir, BACKLOG_CACHE, toolDigest(), new Map([['key', next]]));
    if (options.format) {
      const text = renderFormat(scored.value.model, options.format, {
        includeSecrets: workspace.config.sarif.includeSecrets,
        toolVersion: readPackageVersion(),
      });
      if (options.output && options.output !== '-') {
        const target = resolveReportTarget(workspace, options.output, request.cwd, 'git-value scan', options.format);
        if (!target.ok) return target;
        const out = writeFileAtomic(target.value, text, options.output);
        if (!out.ok) return out;
        written.push(options.output);
      } else stdout = text;
    }
  }
  const shownNotes = request.debug ? [...notes] : always;
  return ok({ stdout, written, shownNotes, hiddenNotes: notes.filter((hidden) => !shownNotes.includes(hidden)) });
}

/** --format and --output as parsed (the command table has checked the format's value). */
export function reportOptions(values: { format?: string; output?: string }): ReportOptions {
  const options: ReportOptions = {};
  if (values.format !== undefined) options.format = values.format as ReportFormat;
  // `--output -` is standard output, as if no file were named
  if (values.output !== undefined && values.output !== '-') options.output = values.output;
  return options;
}

function readIfPresent(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** A backlog that differs only in its generation time is not rewritten: re-running changes nothing. */
function sameApartFromTimestamp(before: string | undefined, after: string): boolean {
  const strip = (text: string) => text.replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/g, '');
  return before !== undefined && strip(before) === strip(after);
}
