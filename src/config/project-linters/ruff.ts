// ruff's configuration: [tool.ruff] in pyproject.toml, or ruff.toml / .ruff.toml at the top level. Rule
// selection is by prefix (`C` selects C901, `ALL` everything); of the selectors matching a code the most
// specific decides, an ignore winning a tie (https://docs.astral.sh/ruff/linter/#rule-selection). Without
// `select`, ruff runs its defaults (E4, E7, E9, F), which hold no complexity rule.
import { parse } from 'smol-toml';
import type { LinterSettings, PathIgnore } from './policy.js';

type Table = Record<string, unknown>;

const DEFAULT_SELECT = ['E4', 'E7', 'E9', 'F'];
const MCCABE_DEFAULT = 10;
const CODE_NAMES: Record<string, string> = { C901: 'mccabe complexity', PLR0912: 'too many branches' };

export function readRuffToml(file: string, text: string): LinterSettings | undefined {
  const root = parseToml(text);
  if (!root) return undefined;
  const inPyproject = /(?:^|\/)pyproject\.toml$/.test(file);
  const ruff = inPyproject ? table(table(root['tool'])?.['ruff']) : root;
  if (!ruff) return undefined;
  const lint = table(ruff['lint']) ?? {};
  // where a person finds the keys: a [tool.ruff.lint] table, or `lint.ignore = …` dotted in [tool.ruff]
  const section = inPyproject
    ? /^\[tool\.ruff\.lint\]/m.test(text)
      ? '[tool.ruff.lint]'
      : '[tool.ruff]'
    : /^\[lint\]/m.test(text)
      ? '[lint]'
      : '';
  const source = section ? `${file} ${section}` : file;
  // `lint.*` is where ruff reads them now; the top-level keys are the older spelling, still read
  const list = (key: string) => strings(lint[key]) ?? strings(ruff[key]);
  const select = list('select');
  const extendSelect = [...(list('extend-select') ?? [])];
  const ignored = [...(list('ignore') ?? []), ...(list('extend-ignore') ?? [])];
  const perPath = [
    ...readPerFile(table(lint['per-file-ignores']) ?? table(ruff['per-file-ignores'])),
    ...readPerFile(table(lint['extend-per-file-ignores']) ?? table(ruff['extend-per-file-ignores'])),
  ];
  const selected = [...(select ?? DEFAULT_SELECT), ...extendSelect];
  const on = Object.keys(CODE_NAMES).filter((code) => ruffSelects(selected, ignored, code));
  const maxComplexity = numberIn(table(lint['mccabe']) ?? table(ruff['mccabe']), 'max-complexity');
  let complexity: LinterSettings['complexity'];
  if (on.includes('C901'))
    complexity = {
      codes: on,
      cyclomatic: maxComplexity ?? MCCABE_DEFAULT,
      because:
        maxComplexity === undefined
          ? `selects C901 with mccabe's default max-complexity ${MCCABE_DEFAULT}`
          : `sets max-complexity = ${maxComplexity}`,
    };
  else if (on.length > 0) complexity = { codes: on, because: `selects ${on.join(', ')}` };
  else {
    const named = Object.keys(CODE_NAMES).filter((code) => matchingSelector(ignored, code) !== undefined);
    if (named.length > 0)
      complexity = {
        off: `ignores ${named.map((code) => `${code} (${CODE_NAMES[code]})`).join(' and ')}${named.includes('C901') ? '' : ' and does not select C901 (mccabe complexity)'}`,
      };
    else if (select !== undefined || extendSelect.length > 0)
      complexity = {
        off: `selects ${summarise(selected)}: not C901 (mccabe complexity) nor PLR0912 (too many branches)`,
      };
  }
  return {
    linter: 'ruff',
    source,
    languages: ['py'],
    ...(complexity ? { complexity } : {}),
    ignored,
    perPath,
    ignores: (list, code) => matchingSelector(list, code) !== undefined,
  };
}

/** Whether ruff runs `code` with these selectors (the most specific matching selector decides). */
export function ruffSelects(selected: readonly string[], ignored: readonly string[], code: string): boolean {
  const chosen = matchingSelector(selected, code);
  if (chosen === undefined) return false;
  const dropped = matchingSelector(ignored, code);
  return dropped === undefined || specificity(chosen) > specificity(dropped);
}

function matchingSelector(selectors: readonly string[], code: string): string | undefined {
  let best: string | undefined;
  for (const selector of selectors)
    if (
      (selector === 'ALL' || code.startsWith(selector)) &&
      (best === undefined || specificity(selector) > specificity(best))
    )
      best = selector;
  return best;
}

const specificity = (selector: string): number => (selector === 'ALL' ? 0 : selector.length);

function readPerFile(entries: Table | undefined): PathIgnore[] {
  if (!entries) return [];
  return Object.entries(entries).flatMap(([pattern, codes]) => {
    const list = strings(codes);
    return list ? [{ pattern: pattern.replace(/^\.\//, ''), codes: list }] : [];
  });
}

function summarise(selectors: readonly string[]): string {
  const shown = selectors.slice(0, 8).join(', ');
  return selectors.length > 8 ? `${shown}…` : shown;
}

export function parseToml(text: string): Table | undefined {
  try {
    return parse(text) as Table;
  } catch {
    return undefined; // a file ruff itself would refuse decides nothing here
  }
}

export function table(value: unknown): Table | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Table) : undefined;
}

export function strings(value: unknown): string[] | undefined {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : undefined;
}

export function numberIn(source: Table | undefined, key: string): number | undefined {
  const value = source?.[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
