import { compareText } from '../findings/create-finding.js';
import { asciiJson } from './format.js';

// .value/coverage.json: documented and public symbols per file, as the docstring analyzer last
// measured them (scan: every file; refresh: the files a merge changed). The ledger holds findings,
// one per undocumented symbol; coverage also needs the files with nothing missing, so it is kept
// beside it, in the ledger's style: sorted by path, one file per line, deterministic. `init` marks it
// merge=union in .gitattributes, so a merge keeps both sides' lines; the reader takes the last line
// of a path and ignores anything that is not a file line, and the next refresh or scan rewrites it.
//   {
//     "version": 1,
//     "docstrings": [
//   {"path":"src/a.ts","documented":3,"public":5},
//   …
//     ]
//   }

export const COVERAGE_PATH = '.value/coverage.json';
const VERSION = 1;

export interface FileDocCoverage {
  path: string;
  documented: number;
  /** Public functions, methods and classes in the file. */
  public: number;
}

export function formatCoverage(files: Iterable<FileDocCoverage>): string {
  const byPath = new Map<string, FileDocCoverage>();
  for (const file of files) if (file.public > 0) byPath.set(file.path, file);
  const lines = [...byPath.values()]
    .sort((a, b) => compareText(a.path, b.path))
    .map((file) => asciiJson({ path: file.path, documented: file.documented, public: file.public }));
  return lines.length === 0
    ? `{\n  "version": ${VERSION},\n  "docstrings": []\n}\n`
    : `{\n  "version": ${VERSION},\n  "docstrings": [\n${lines.join(',\n')}\n  ]\n}\n`;
}

/** Every well-formed file line; the last one wins for a path (a union merge may leave two). */
export function parseCoverage(text: string): Map<string, FileDocCoverage> {
  const files = new Map<string, FileDocCoverage>();
  for (const raw of text.split('\n')) {
    const line = raw.trim().replace(/,$/, '');
    if (!line.startsWith('{"path":')) continue;
    try {
      const entry = JSON.parse(line) as Partial<FileDocCoverage>;
      if (
        typeof entry.path === 'string' &&
        isCount(entry.documented) &&
        isCount(entry.public) &&
        entry.documented <= entry.public
      ) {
        files.set(entry.path, { path: entry.path, documented: entry.documented, public: entry.public });
      }
    } catch {
      // a line mangled by hand or by a merge: the next refresh or scan measures that file again
    }
  }
  return files;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}
