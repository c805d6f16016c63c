import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { ok, type Result } from '../findings/result.js';
import type { TrackedList } from '../git/tracked-files.js';
import { writeFileAtomic } from '../ledger/io.js';
import type { LedgerEntry } from '../ledger/types.js';
import { buildBacklogModel, type BacklogModel } from '../report/backlog-model.js';
import { renderBacklog } from '../report/backlog-md.js';
import { renderJson } from '../report/json.js';
import { renderSarif } from '../report/sarif.js';
import type { ScoringContext } from '../scoring/types.js';
import { hashParts } from '../findings/hash.js';
import { gatherBacklogInput, readTriggers } from '../workflow/backlog-input.js';
import { readCache, writeCache } from '../workflow/cache-file.js';
import { toolDigest } from '../workflow/tool-digest.js';
import type { ContextResolver } from '../workflow/path-contexts.js';
import { REGISTRY_NOTE } from '../workflow/registry-latest.js';
import type { CommandEnv } from './output.js';
import { readPackageVersion } from './package-files.js';
import type { Workspace } from './workspace.js';

export type ReportFormat = 'md' | 'json' | 'sarif';

export interface ReportOptions {
  format?: ReportFormat;
  output?: string;
}

/** --format and --output as parsed (the table has checked the format's value). */
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

export function toolVersion(): string {
  return readPackageVersion();
}

/** What a scan or refresh already read, so rendering does not read it again. */
export interface ScanKnowledge {
  tracked?: TrackedList;
  contexts?: ContextResolver;
  /**
   * Everything the backlog is rendered from besides the files it reads itself (ledger text, HEAD,
   * today, config): when these, the tracked blobs, the coverage file, the hooks and BACKLOG.md itself
   * are as they were at the last render, the backlog would come out the same, and is not rendered again.
   */
  backlogInputs?: { gitDir: string | undefined; parts: readonly string[] };
}

const BACKLOG_CACHE = 'backlog';
const isText = (value: unknown): value is string => typeof value === 'string';

function backlogKey(workspace: Workspace, known: ScanKnowledge, notes: readonly string[]): string | undefined {
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
      ...notes,
    ],
    32,
  );
}

export async function loadBacklog(
  workspace: Workspace,
  entries: readonly LedgerEntry[],
  env: CommandEnv,
  notes: string[] = [],
  known: ScanKnowledge = {},
): Promise<Result<{ model: BacklogModel; context: ScoringContext }>> {
  const input = await gatherBacklogInput({
    root: workspace.repo.root,
    gitDir: workspace.repo.gitDir,
    config: workspace.config,
    entries,
    now: env.now,
    notes,
    toolVersion: toolVersion(),
    ...(known.tracked ? { tracked: known.tracked } : {}),
    ...(known.contexts ? { contexts: known.contexts } : {}),
  });
  if (!input.ok) return input;
  const { context, ...rest } = input.value;
  return ok({ model: buildBacklogModel(rest), context });
}

export function renderFormat(model: BacklogModel, format: ReportFormat, workspace: Workspace): string {
  if (format === 'json') return renderJson(model);
  if (format === 'sarif')
    return renderSarif(model, { includeSecrets: workspace.config.sarif.includeSecrets, toolVersion: toolVersion() });
  return renderBacklog(model);
}

/**
 * After a scan or refresh: BACKLOG.md always, plus the requested format to --output or stdout.
 * Notes on skipped files are summarised, not listed (GIT_VALUE_DEBUG lists them).
 */
export async function renderReports(
  workspace: Workspace,
  entries: readonly LedgerEntry[],
  env: CommandEnv,
  options: ReportOptions,
  notes: string[],
  known: ScanKnowledge = {},
): Promise<Result<{ stdout: string; written: string[]; notes: string }>> {
  // shown always: files left out for size or conflicts, and a registry that could not be asked
  const skippedNotes = notes.filter(
    (note) => note.includes('too large') || note.includes('conflict') || note.startsWith(REGISTRY_NOTE),
  );
  const { root } = workspace.repo;
  const backlogPath = workspace.config.backlog.path;
  const written: string[] = [backlogPath];
  const key = options.format ? undefined : backlogKey(workspace, known, skippedNotes);
  const gitDir = known.backlogInputs?.gitDir;
  const unchanged = key !== undefined && readCache(gitDir, BACKLOG_CACHE, toolDigest(), isText).get('key') === key;
  let text: string | undefined;
  if (!unchanged) {
    const loaded = await loadBacklog(workspace, entries, env, skippedNotes, known);
    if (!loaded.ok) return loaded;
    const backlog = renderBacklog(loaded.value.model);
    if (!sameApartFromTimestamp(readIfPresent(join(root, backlogPath)), backlog)) {
      const saved = writeFileAtomic(join(root, backlogPath), backlog, backlogPath);
      if (!saved.ok) return saved;
    }
    // the key again, now that BACKLOG.md is as rendered
    const next = key === undefined ? undefined : backlogKey(workspace, known, skippedNotes);
    if (next) writeCache(gitDir, BACKLOG_CACHE, toolDigest(), new Map([['key', next]]));
    if (options.format) text = renderFormat(loaded.value.model, options.format, workspace);
  }
  let stdout = '';
  if (options.format && text !== undefined) {
    if (options.output) {
      const target = isAbsolute(options.output) ? options.output : join(env.cwd, options.output);
      const out = writeFileAtomic(target, text, options.output);
      if (!out.ok) return out;
      written.push(options.output);
    } else stdout = text;
  }
  const shown = env.env.GIT_VALUE_DEBUG ? notes : skippedNotes;
  const hidden = notes.length - shown.length;
  const noteText =
    shown.map((note) => `git-value: note: ${note}\n`).join('') +
    (hidden > 0 ? `git-value: ${hidden} binary or special files skipped (GIT_VALUE_DEBUG=1 lists them)\n` : '');
  return ok({ stdout, written, notes: noteText });
}
