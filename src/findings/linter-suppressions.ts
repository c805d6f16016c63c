// A linter suppression written in the code, on a finding's line or declaration: the maintainers have
// already looked at it and decided. Recognised: `# noqa` (bare or with codes), `# nosec` (bandit, bare
// or with ids), `# pylint: disable=…`, ESLint's `eslint-disable-line` / `eslint-disable-next-line` and
// `/* eslint-disable … */` blocks, golangci-lint's `//nolint` (bare or with linters).
import { spellingsOf, type Linter } from './linter-codes.js';

export interface SuppressionQuery {
  language: string;
  /** The file's lines (0-based array, 1-based line numbers below). */
  lines: readonly string[];
  /** The line the finding is reported on (a function's first line). */
  line: number;
  codes: Partial<Record<Linter, readonly string[]>>;
}

/** `# noqa: C901` on line 12 — or undefined when no suppression covers the finding. */
export function findSuppression(query: SuppressionQuery): string | undefined {
  const { language, lines, line } = query;
  const at = (number: number) => lines[number - 1];
  const found = (number: number, comment: string) => `\`${comment.trim()}\` on line ${number}`;
  if (language === 'py') {
    // on the def line or any line of its signature; a pylint disable may also open the body
    for (let number = line; number <= Math.min(line + 20, lines.length); number++) {
      const text = at(number) ?? '';
      const comment = pythonSuppression(text, query.codes);
      if (comment) return found(number, comment);
      if (/:\s*(?:#.*)?$/.test(text)) {
        const body = pythonSuppression(at(number + 1) ?? '', { pylint: query.codes.pylint ?? [] });
        return body ? found(number + 1, body) : undefined;
      }
    }
    return undefined;
  }
  if (language === 'js' || language === 'ts') {
    const names = query.codes.eslint ?? [];
    const same = eslintDirective(at(line) ?? '', 'eslint-disable-line', names);
    if (same) return found(line, same);
    const above = eslintDirective(at(line - 1) ?? '', 'eslint-disable-next-line', names);
    if (above) return found(line - 1, above);
    const block = eslintBlock(lines, line, names);
    return block ? found(block.line, block.comment) : undefined;
  }
  if (language === 'go') {
    const linters = query.codes.golangci ?? [];
    const own = nolint(at(line) ?? '', linters);
    if (own) return found(line, own);
    // a //nolint in the comment block right above a declaration covers the declaration
    for (let number = line - 1; number >= 1 && /^\s*\/\//.test(at(number) ?? ''); number--) {
      const comment = nolint(at(number) ?? '', linters);
      if (comment) return found(number, comment);
    }
  }
  return undefined;
}

function pythonSuppression(text: string, codes: SuppressionQuery['codes']): string | undefined {
  const hash = text.indexOf('#');
  if (hash === -1) return undefined;
  const comment = text.slice(hash);
  const noqa = /#\s*noqa\b(?::\s*([A-Z]+[0-9]+(?:[\s,]+[A-Z]+[0-9]+)*))?/i.exec(comment);
  if (noqa) {
    const listed = noqa[1]?.split(/[\s,]+/) ?? [];
    const named = [...(codes.ruff ?? []), ...(codes.flake8 ?? [])];
    // too many statements is the same complaint about a function's size
    const ours = named.includes('C901') ? [...named, 'PLR0915'] : named;
    if (listed.length === 0 || listed.some((code) => ours.includes(code.toUpperCase()))) return noqa[0];
  }
  const nosec = /#\s*nosec\b(?::?\s*((?:B\d{3}[\s,]*)+))?/i.exec(comment);
  if (nosec && (codes.bandit?.length ?? 0) > 0) {
    const listed = nosec[1]?.split(/[\s,]+/).filter(Boolean) ?? [];
    if (listed.length === 0 || listed.some((id) => codes.bandit?.includes(id.toUpperCase()))) return nosec[0];
  }
  const pylint = /#\s*pylint:\s*disable\s*=\s*([\w\s,-]+)/.exec(comment);
  if (pylint) {
    const listed = (pylint[1] as string).split(/[\s,]+/);
    const own = (codes.pylint ?? []).flatMap(spellingsOf);
    const ours = [...own, ...(own.includes('too-many-branches') ? ['too-many-statements', 'R0915'] : [])];
    if (listed.some((name) => ours.includes(name) || name === 'all')) return pylint[0].trim();
  }
  return undefined;
}

function eslintDirective(text: string, directive: string, names: readonly string[]): string | undefined {
  const match = new RegExp(`(?://|/\\*)\\s*${directive}\\b([^*\\n]*)`).exec(text);
  if (!match) return undefined;
  const listed = ruleList(match[1] as string);
  return listed.length === 0 || listed.some((name) => names.includes(name))
    ? match[0].replace(/\s*\*\/$/, '')
    : undefined;
}

/** `complexity, no-eval -- why` → ['complexity', 'no-eval']. */
function ruleList(rest: string): string[] {
  return rest
    .split('--')[0]!
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
}

/** A `/* eslint-disable … *\/` above the line, not closed by an `eslint-enable` of the same rules. */
function eslintBlock(
  lines: readonly string[],
  line: number,
  names: readonly string[],
): { line: number; comment: string } | undefined {
  let open: { line: number; comment: string } | undefined;
  for (let number = 1; number < line; number++) {
    const text = lines[number - 1] ?? '';
    if (!text.includes('eslint-')) continue;
    const disable = /\/\*\s*eslint-disable(?![-\w])([^*]*)\*\//.exec(text);
    if (disable) {
      const listed = ruleList(disable[1] as string);
      if (listed.length === 0 || listed.some((name) => names.includes(name)))
        open = { line: number, comment: disable[0] };
    }
    const enable = /\/\*\s*eslint-enable(?![-\w])([^*]*)\*\//.exec(text);
    if (enable && open) {
      const listed = ruleList(enable[1] as string);
      if (listed.length === 0 || listed.some((name) => names.includes(name))) open = undefined;
    }
  }
  return open;
}

function nolint(text: string, linters: readonly string[]): string | undefined {
  const match = /\/\/\s*nolint(?::([\w,-]+))?/.exec(text);
  if (!match) return undefined;
  const listed = match[1]?.split(',') ?? [];
  return listed.length === 0 || listed.some((name) => linters.includes(name) || name === 'all') ? match[0] : undefined;
}
