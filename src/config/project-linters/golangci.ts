// golangci-lint: .golangci.yml/.yaml/.json (v1: enable-all/disable-all, linters-settings, issues.exclude-rules;
// v2: linters.default, linters.settings, linters.exclusions.rules). Its complexity linters are gocyclo and
// cyclop (cyclomatic) and gocognit (cognitive), none of them on by default.
import { parse as parseYaml } from 'yaml';
import type { ComplexityOn, LinterSettings, PathIgnore } from './policy.js';
import { table } from './ruff.js';

const COMPLEXITY_LINTERS = ['gocyclo', 'cyclop', 'gocognit'] as const;
// their defaults: gocyclo and gocognit report over min-complexity 30, cyclop over max-complexity 10
const DEFAULTS: Record<(typeof COMPLEXITY_LINTERS)[number], { key: string; value: number }> = {
  gocyclo: { key: 'min-complexity', value: 30 },
  cyclop: { key: 'max-complexity', value: 10 },
  gocognit: { key: 'min-complexity', value: 30 },
};

export function readGolangci(file: string, text: string): LinterSettings | undefined {
  let root: Record<string, unknown> | undefined;
  try {
    root = table(parseYaml(text));
  } catch {
    return undefined; // golangci-lint would refuse it too
  }
  if (!root) return undefined;
  const linters = table(root['linters']) ?? {};
  const names = (value: unknown) =>
    Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  const enable = names(linters['enable']);
  const disable = names(linters['disable']);
  const all = linters['enable-all'] === true || linters['default'] === 'all';
  const onlyListed =
    linters['disable-all'] === true || linters['default'] === 'none' || linters['default'] === 'standard';
  const on = COMPLEXITY_LINTERS.filter((name) => (all ? !disable.includes(name) : enable.includes(name)));
  const settings = table(linters['settings']) ?? table(root['linters-settings']) ?? {};
  let complexity: LinterSettings['complexity'];
  if (on.length > 0) {
    const limit = (name: (typeof COMPLEXITY_LINTERS)[number]) => {
      const own = table(settings[name])?.[DEFAULTS[name].key];
      return typeof own === 'number' ? own : DEFAULTS[name].value;
    };
    const cyclomatic = on.filter((name) => name !== 'gocognit').map(limit);
    const result: ComplexityOn = {
      codes: on,
      because: on.map((name) => `enables ${name} (${limit(name)})`).join(', '),
    };
    if (cyclomatic.length > 0) result.cyclomatic = Math.min(...cyclomatic);
    if (on.includes('gocognit')) result.cognitive = limit('gocognit');
    complexity = result;
  } else {
    const disabled = COMPLEXITY_LINTERS.filter((name) => disable.includes(name));
    if (disabled.length > 0) complexity = { off: `disables ${disabled.join(', ')}` };
    else if (onlyListed && enable.length > 0)
      complexity = {
        off: `enables ${enable.slice(0, 6).join(', ')}${enable.length > 6 ? '…' : ''}: not gocyclo, gocognit or cyclop`,
      };
  }
  const exclusions = table(linters['exclusions'])?.['rules'] ?? table(root['issues'])?.['exclude-rules'];
  const perPath: PathIgnore[] = [];
  if (Array.isArray(exclusions))
    for (const rule of exclusions) {
      const entry = table(rule);
      const path = entry?.['path'];
      // a rule that also filters by text or source hides some reports only: not the check
      if (typeof path !== 'string' || entry?.['text'] !== undefined || entry?.['source'] !== undefined) continue;
      perPath.push({ pattern: path, codes: names(entry?.['linters']), regex: true });
    }
  return {
    linter: 'golangci',
    source: file,
    languages: ['go'],
    ...(complexity ? { complexity } : {}),
    ignored: disable,
    perPath,
  };
}
