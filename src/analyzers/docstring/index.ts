// quality/docstring: public functions, methods and classes without a docstring or doc comment, and the
// per-file coverage the backlog reports. Contract: `await prepare(languages)` once (loads the parsers,
// lazily imported here), then `analyze` and `measureDocCoverage` run synchronously and purely.
import { createFinding } from '../../findings/create-finding.js';
import { touches } from '../../findings/line-ranges.js';
import type { AnalyzerInput, AnalyzerMeta, Finding } from '../../findings/types.js';
import { parsedLanguageOf, prepareParsers } from '../parsers/prepare-parsers.js';
import { documentedLanguages, listPublicSymbols } from './list-public-symbols.js';
import {
  isReachedByReference,
  isReachedFromEntryPoints,
  namedByReference,
  type PublicApi,
  type ReachOptions,
} from './public-api.js';
import { LEFT_OUT, type LeftOutReason, type PublicSymbol } from './public-symbol.js';

export const meta = {
  id: 'quality/docstring',
  category: 'quality',
  languages: documentedLanguages,
  defaultSeverity: 'low',
  description:
    'Public functions, methods and classes without a docstring (Python) or doc comment (JSDoc/TSDoc, Go, Javadoc)',
} as const satisfies AnalyzerMeta;

export interface DocCoverage {
  documented: number;
  total: number;
  missing: Array<{ name: string; line: number }>;
}

export function prepare(languages: readonly string[] = documentedLanguages): Promise<void> {
  return prepareParsers(languages.filter((language) => documentedLanguages.includes(language)));
}

// analyze and then measureDocCoverage on the same file (a scan) parse it once
let lastListed: { path: string; text: string; symbols: ReturnType<typeof listPublicSymbols> } | undefined;

function symbolsOf(path: string, text: string): ReturnType<typeof listPublicSymbols> {
  if (lastListed?.path !== path || lastListed.text !== text)
    lastListed = { path, text, symbols: listPublicSymbols(path, text) };
  return lastListed.symbols;
}

export function measureDocCoverage(path: string, text: string): DocCoverage {
  const symbols = symbolsOf(path, text);
  return {
    documented: symbols.filter((symbol) => symbol.documented).length,
    total: symbols.length,
    missing: symbols.filter((symbol) => !symbol.documented).map(({ name, line }) => ({ name, line })),
  };
}

/** Effort to document one public function (a class takes two): the unit the backlog sizes items by. */
export const UNIT_EFFORT_HOURS = 0.25;
const NAMES_SHOWN = 6;
/** Undocumented symbols up to which a file's gap is information (severity info), not an item to rank. */
const SMALL_GAP = 2;

// Coverage is a metric (.value/coverage.json); the backlog gets one item per file of shipped source
// whose public API lacks documentation, never one per symbol: 18,723 symbol items on a 25 MB library
// buried everything else, 14,379 of them test methods. Tests, examples and docs get no item, nor do
// private modules (`_internal.py`). A symbol is touched when its declaration line changed: that is
// where the doc comment belongs, and editing an old function's body should not ask for one.
// Public API is what the project says it is (issue 11: reviewers judged items on overrides, helpers and
// typing stubs not actionable): its reference docs, its package entry points, and documentation that
// tools inherit from a base class; every symbol left out says why (facts.leftOut, shown by `explain`).
export function analyze({ path, text, changed, context, options }: AnalyzerInput): Finding[] {
  if ((context !== undefined && context !== 'source') || isPrivateModule(path)) return [];
  const language = parsedLanguageOf(path) ?? 'other';
  const symbols = symbolsOf(path, text);
  const undocumented = symbols.filter((symbol) => !symbol.documented);
  if (undocumented.length === 0 || !undocumented.some((symbol) => touches(changed, symbol.line))) return [];
  const reach = readReachOptions(options);
  const api = options?.['publicApi'] as PublicApi | undefined;
  const leftOut = new Map<LeftOutReason, number>();
  const bases = new Set<string>();
  const missing = undocumented.filter((symbol) => {
    const reason = leftOutReason(symbol, path, language, api, reach);
    if (reason) leftOut.set(reason, (leftOut.get(reason) ?? 0) + 1);
    if (reason === 'external-base') bases.add(externalBaseOf(symbol, path, api) as string);
    return reason === undefined;
  });
  if (missing.length === 0 || !missing.some((symbol) => touches(changed, symbol.line))) return [];
  const noun = language === 'py' ? 'docstring' : 'doc comment';
  const names = missing.map((symbol) => symbol.name);
  const shown = names.slice(0, NAMES_SHOWN).map((name) => `\`${name}\``);
  if (names.length > NAMES_SHOWN) shown.push(`${names.length - NAMES_SHOWN} more`);
  const first = missing[0] as (typeof missing)[number];
  const last = missing[missing.length - 1] as (typeof missing)[number];
  return [
    createFinding(meta, {
      ruleId: meta.id,
      path,
      line: first.line,
      endLine: last.line,
      title: `${missing.length} of ${symbols.length} public symbols have no ${noun}: ${shown.join(', ')}`,
      // the module, not its symbols, is the identity: documenting one more keeps the item
      content: `${language} ${noun}s ${path.split('/').slice(-2).join('/')}`,
      facts: {
        missing: missing.length,
        public: symbols.length,
        symbols: names.slice(0, 40).join(' '),
        ...(leftOut.size > 0 ? { leftOut: describeLeftOut(leftOut, api, [...bases]) } : {}),
      },
      // one or two gaps in a file are what coverage reports, not a piece of work: on the panel they were
      // overrides and small helpers (a docstring inherited from a base in another file) nobody would add.
      // Go has no such inheritance: its tools and linters ask every exported identifier for a comment.
      severity: missing.length <= SMALL_GAP && language !== 'go' ? 'info' : 'low',
      confidence: 0.95,
      effortHours: missing.reduce((hours, symbol) => hours + (symbol.kind === 'class' ? 2 : 1) * UNIT_EFFORT_HOURS, 0),
    }),
  ];
}

function readReachOptions(options: Record<string, unknown> | undefined): ReachOptions {
  return {
    referenceDocs: options?.['referenceDocs'] !== false,
    entryPoints: options?.['entryPoints'] !== false,
    inheritedDocs: options?.['inheritedDocs'] !== false,
  };
}

/** Why the backlog does not ask for this undocumented symbol, if it does not. */
export function leftOutReason(
  symbol: PublicSymbol,
  path: string,
  language: string,
  api: PublicApi | undefined,
  reach: ReachOptions,
): LeftOutReason | undefined {
  if (symbol.leftOut) {
    const option =
      symbol.leftOut === 'not-in-all'
        ? reach.referenceDocs
        : symbol.leftOut === 'internal-package'
          ? reach.entryPoints
          : true;
    if (option) return symbol.leftOut;
  }
  if (reach.inheritedDocs && symbol.marksOverride) return 'override';
  // overrides a documented method of a project class in another file (python-classes.ts)
  const method = symbol.name.slice(symbol.name.indexOf('.') + 1);
  if (reach.inheritedDocs && inheritanceOf(symbol, path, api)?.documented?.includes(method)) return 'documented-base';
  if (reach.inheritedDocs && externalBaseOf(symbol, path, api) && !namedByReference(api, symbol.name))
    return 'external-base';
  if (reach.referenceDocs && language === 'py' && !isReachedByReference(api, path, symbol)) return 'not-in-reference';
  if (reach.entryPoints && (language === 'js' || language === 'ts') && !isReachedFromEntryPoints(api, path, symbol))
    return 'not-exported';
  return undefined;
}

/** How a method's class inherits across files (python-classes.ts), if the project's tree says. */
function inheritanceOf(symbol: PublicSymbol, path: string, api: PublicApi | undefined) {
  return symbol.kind === 'method'
    ? api?.inheritance?.[path]?.[symbol.name.slice(0, symbol.name.indexOf('.'))]
    : undefined;
}

/** The other package's base a method's class inherits from: in this file, or through the project's other files. */
function externalBaseOf(symbol: PublicSymbol, path: string, api: PublicApi | undefined): string | undefined {
  return symbol.inheritsExternal ?? inheritanceOf(symbol, path, api)?.external;
}

/** "3 overrides of a base from another package (…); 2 not reached by the reference docs (docs/api.rst)" */
function describeLeftOut(
  counts: ReadonlyMap<LeftOutReason, number>,
  api: PublicApi | undefined,
  bases: readonly string[],
): string {
  const sources = api?.reference?.sources.slice(0, 2).join(', ');
  return [...counts]
    .map(([reason, count]) => {
      const where =
        reason === 'not-in-reference' && sources
          ? ` (${sources})`
          : reason === 'external-base'
            ? ` (${bases.slice(0, 2).join(', ')}${bases.length > 2 ? ', …' : ''})`
            : '';
      return `${count} ${LEFT_OUT[reason]}${where}`;
    })
    .join('; ');
}

/** `_impl.py`: Python's convention for a module outside the public API (`__init__.py` is the package's face). */
function isPrivateModule(path: string): boolean {
  const file = path.slice(path.lastIndexOf('/') + 1);
  return file.endsWith('.py') && file.startsWith('_') && !file.startsWith('__');
}
