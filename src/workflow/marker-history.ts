import { isDatedByHistory } from '../analyzers/registry.js';
import { hashParts } from '../findings/hash.js';
import type { Result } from '../findings/result.js';
import type { Finding } from '../findings/types.js';
import { openBlobStream } from '../git/blob-stream.js';
import { startHistoryListing, versionsOfPaths, type PathVersion } from '../git/path-versions.js';
import { readCache, writeCache } from './cache-file.js';
import { note, type Note } from '../findings/note.js';

// Who wrote each debt marker and when (facts `author`, `written`). One history listing for the whole
// repository (git/path-versions.ts) gives each marked file's versions; a marker's origin is the oldest
// version of the run that still holds its line, up to HEAD: the commit `git blame` names when the line
// has not changed since (blame ran once per file and cost 61 of 88 s of a scan here). Found by
// galloping back from HEAD (versions 1, 2, 4, 8… back, then bisecting), so a file with 1,000 versions
// costs ~20 blob reads, and all markers' reads of a round go to one `cat-file` kept open.
// Origins are cached in the git folder by path and blob, and by path and line text (hashed) across
// changes, so a rescan reads history only for marker lines it has not seen.

export interface MarkerLine {
  finding: Finding;
  /** The line as the file holds it; compared with older versions, never stored. */
  text: string;
}

interface Origin {
  author: string;
  /** YYYY-MM-DD, author time. */
  date: string;
}

/** A path's markers as of its blob: [line, hash of the line's text, author, date], or nulls where history has none. */
interface CachedFile {
  blob: string;
  head: string;
  lines: Array<[number, string, string, string] | [number, string, null, null]>;
}

function isCachedFile(value: unknown): value is CachedFile {
  const file = value as CachedFile;
  return (
    typeof file === 'object' &&
    file !== null &&
    typeof file.blob === 'string' &&
    typeof file.head === 'string' &&
    Array.isArray(file.lines) &&
    file.lines.every(
      (row) =>
        Array.isArray(row) &&
        typeof row[0] === 'number' &&
        typeof row[1] === 'string' &&
        ((typeof row[2] === 'string' && typeof row[3] === 'string') || (row[2] === null && row[3] === null)),
    )
  );
}

const CACHE_NAME = 'marker-origins';
const CACHE_DIGEST = 'marker-origins-1';

export interface MarkerHistoryInput {
  root: string;
  gitDir: string | undefined;
  head: string | undefined;
  /** Debt findings with the texts of their lines (files read this run). */
  markers: readonly MarkerLine[];
  /** Debt findings of files not read this run (their analysis came from the cache). */
  unread: readonly Finding[];
  /** Blob id of each analysed path. */
  blobOf: (path: string) => string | undefined;
  /** Reads the text of `paths` (for unread markers the cache does not know). */
  readText: (paths: string[]) => Map<string, string>;
  /** The history listing, when the caller started it early. */
  listing?: Promise<Result<Buffer>>;
  /** Use the cache without rewriting it (refresh sees a few files, the cache holds the whole tree). */
  readOnlyCache?: boolean;
}

export interface MarkerHistory {
  /** Each dated finding, keyed by the finding it replaces. */
  findings: Map<Finding, Finding>;
  note?: Note;
}

/** The debt findings given, with author and date where history knows them. */
export async function resolveMarkerOrigins(input: MarkerHistoryInput): Promise<MarkerHistory> {
  const { head } = input;
  const out = new Map<Finding, Finding>();
  if (!head) return { findings: out };
  const cache = readCache(input.gitDir, CACHE_NAME, CACHE_DIGEST, isCachedFile);
  const origins = new Map<Finding, Origin | null>();
  const reuse = (finding: Finding, row: CachedFile['lines'][number]) =>
    origins.set(finding, row[2] === null ? null : { author: row[2], date: row[3] as string });
  const needText: Finding[] = [];
  for (const finding of input.unread) {
    const cached = cache.get(finding.path);
    const row =
      cached?.blob === input.blobOf(finding.path) ? cached?.lines.find(([line]) => line === finding.line) : undefined;
    if (row && (row[2] !== null || cached?.head === head)) reuse(finding, row);
    else needText.push(finding);
  }
  const texts = needText.length ? input.readText([...new Set(needText.map((finding) => finding.path))]) : new Map();
  const lines: MarkerLine[] = [...input.markers];
  for (const finding of needText) {
    const text = texts.get(finding.path);
    if (text !== undefined) lines.push({ finding, text: lineText(text, finding.line) });
  }
  const hashes = new Map(lines.map((marker) => [marker.finding, hashParts([marker.text])]));
  const unknown: MarkerLine[] = [];
  for (const marker of lines) {
    const cached = cache.get(marker.finding.path);
    const row = cached?.lines.find(([, hash]) => hash === hashes.get(marker.finding));
    // a line seen before keeps its origin whatever else changed in the file since
    if (row && (row[2] !== null || (cached?.head === head && cached.blob === input.blobOf(marker.finding.path))))
      reuse(marker.finding, row);
    else unknown.push(marker);
  }
  let limited: Note | undefined;
  if (unknown.length > 0) {
    const listing = await (input.listing ?? startHistoryListing(input.root, head));
    if (!listing.ok)
      limited = note(
        'history',
        `debt marker ages count from when the ledger first saw each marker: ${listing.error.message}`,
      );
    else {
      const paths = new Set(unknown.map((marker) => marker.finding.path));
      const found = await findOrigins(input.root, unknown, versionsOfPaths(listing.value, paths), input.blobOf);
      for (const marker of unknown) origins.set(marker.finding, found.get(marker) ?? null);
    }
  }
  const nextCache = new Map<string, CachedFile>();
  for (const [finding, origin] of origins) {
    if (origin)
      out.set(finding, { ...finding, facts: { ...finding.facts, author: origin.author, written: origin.date } });
    const blob = input.blobOf(finding.path);
    if (!blob) continue;
    const file = nextCache.get(finding.path) ?? { blob, head, lines: [] };
    nextCache.set(finding.path, file);
    const hash = hashes.get(finding) ?? cache.get(finding.path)?.lines.find(([line]) => line === finding.line)?.[1];
    if (hash !== undefined)
      file.lines.push(origin ? [finding.line, hash, origin.author, origin.date] : [finding.line, hash, null, null]);
  }
  if (!limited && !input.readOnlyCache) writeCache(input.gitDir, CACHE_NAME, CACHE_DIGEST, nextCache);
  return limited ? { findings: out, note: limited } : { findings: out };
}

/**
 * Findings of files read in full (refresh): markers get their origins, through the same cache. Blob
 * ids are not known here, so cached origins are matched by line text only.
 */
export async function datedMarkers(
  repo: { root: string; gitDir: string; head?: string },
  findings: Finding[],
  files: readonly { path: string; text: string }[],
): Promise<{ findings: Finding[]; note?: Note }> {
  const texts = new Map(files.map((file) => [file.path, file.text]));
  const markers = findings.flatMap((finding) => {
    const text = isDatedByHistory(finding.ruleId) ? texts.get(finding.path) : undefined;
    return text === undefined ? [] : [{ finding, text: lineText(text, finding.line) }];
  });
  if (markers.length === 0) return { findings };
  const history = await resolveMarkerOrigins({
    root: repo.root,
    gitDir: repo.gitDir,
    head: repo.head,
    markers,
    unread: [],
    blobOf: () => undefined,
    readText: () => new Map(),
    readOnlyCache: true,
  });
  const dated = findings.map((finding) => history.findings.get(finding) ?? finding);
  return history.note ? { findings: dated, note: history.note } : { findings: dated };
}

/** Line `line` (1-based) of `text`, without its newline. */
export function lineText(text: string, line: number): string {
  let start = 0;
  for (let current = 1; current < line; current++) {
    const end = text.indexOf('\n', start);
    if (end === -1) return '';
    start = end + 1;
  }
  const end = text.indexOf('\n', start);
  return text.slice(start, end === -1 ? text.length : end);
}

interface Search {
  marker: MarkerLine;
  needle: Buffer;
  versions: PathVersion[];
  /** Newest index known to hold the line (-1: HEAD's own text). */
  present: number;
  /** Oldest index known not to hold it, once one is found. */
  absent: number | undefined;
  step: number;
  /** Versions looked at past a boundary, and how often the line turned up again there. */
  skipped: number;
  restarts: number;
}

// The listing orders commits by date, so another branch's versions can sit between two versions of
// the line's own run: at a boundary, two more versions are looked at before the run is taken to end.
const GAP = 2;
const MAX_RESTARTS = 3;
const ROUND_BLOBS = 64;

/** Each marker's origin: galloping back through its file's versions, every round's reads in one request. */
async function findOrigins(
  root: string,
  markers: readonly MarkerLine[],
  versions: Map<string, PathVersion[]>,
  blobOf: (path: string) => string | undefined,
): Promise<Map<MarkerLine, Origin>> {
  let searches: Search[] = markers.map((marker) => {
    const list = versions.get(marker.finding.path) ?? [];
    // the newest version is usually the file as scanned: known to hold the line without a read
    const current = list.length > 0 && list[0]?.blob === blobOf(marker.finding.path);
    return {
      marker,
      needle: Buffer.from(marker.text.replace(/\r$/, ''), 'utf8'),
      versions: list,
      present: current ? 0 : -1,
      absent: undefined,
      step: current ? 2 : 1,
      skipped: 0,
      restarts: 0,
    };
  });
  const probeOf = (search: Search): number =>
    search.absent === undefined
      ? Math.min(search.present + search.step, search.versions.length - 1)
      : search.absent - search.present > 1
        ? (search.present + search.absent) >> 1
        : search.absent + search.skipped + 1;
  const isDone = (search: Search): boolean => {
    const last = search.versions.length - 1;
    if (search.needle.length === 0) return true;
    if (search.absent === undefined) return search.present === last;
    if (search.present === -1) return true; // not in the newest version: written since, not in history
    if (search.absent - search.present > 1) return false;
    return search.skipped >= GAP || search.restarts >= MAX_RESTARTS || search.absent + search.skipped + 1 > last;
  };
  const finished = searches.filter(isDone);
  searches = searches.filter((search) => !isDone(search));
  const stream = searches.length > 0 ? openBlobStream(root) : undefined;
  try {
    while (searches.length > 0 && stream) {
      // a round reads at most ROUND_BLOBS versions: all markers of a large repository at once held
      // tens of MB of old file versions at a time (the rest wait for the next round)
      const wanted = new Set<string>();
      const active = searches.filter((search) => {
        const blob = search.versions[probeOf(search)]?.blob;
        if (blob === undefined || wanted.has(blob)) return true;
        if (wanted.size >= ROUND_BLOBS) return false;
        wanted.add(blob);
        return true;
      });
      const blobs = await stream.read([...wanted]);
      if (!blobs.ok) break;
      for (const search of active) {
        const probe = probeOf(search);
        const blob = search.versions[probe]?.blob;
        const bytes = blob === undefined ? undefined : blobs.value.get(blob);
        const holds = bytes !== undefined && holdsLine(bytes, search.needle);
        if (search.absent !== undefined && search.absent - search.present <= 1) {
          // past a boundary: the run goes on after a gap, or the gap grows
          if (holds)
            Object.assign(search, {
              present: probe,
              absent: undefined,
              step: 1,
              skipped: 0,
              restarts: search.restarts + 1,
            });
          else search.skipped += 1;
        } else if (holds) {
          search.present = probe;
          search.step *= 2;
        } else search.absent = probe;
      }
      finished.push(...searches.filter(isDone));
      searches = searches.filter((search) => !isDone(search));
    }
  } finally {
    stream?.close();
  }
  const origins = new Map<MarkerLine, Origin>();
  for (const search of finished) {
    const version = search.versions[search.present];
    if (version)
      origins.set(search.marker, {
        author: version.author,
        date: new Date(version.time * 1000).toISOString().slice(0, 10),
      });
  }
  return origins;
}

/** Whether `bytes` has a line equal to `needle` (LF or CRLF endings). */
export function holdsLine(bytes: Buffer, needle: Buffer): boolean {
  for (let at = bytes.indexOf(needle); at !== -1; at = bytes.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    const startsLine = at === 0 || bytes[at - 1] === 0x0a;
    const endsLine =
      end === bytes.length ||
      bytes[end] === 0x0a ||
      (bytes[end] === 0x0d && (end + 1 === bytes.length || bytes[end + 1] === 0x0a));
    if (startsLine && endsLine) return true;
  }
  return false;
}
