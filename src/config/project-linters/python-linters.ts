// flake8, pylint and bandit, read from their INI files (.flake8, setup.cfg, tox.ini, .pylintrc, .bandit)
// or pyproject.toml's [tool.pylint.*] and [tool.bandit].
import type { LinterSettings, PathIgnore } from './policy.js';
import { numberIn, strings, table } from './ruff.js';

type Sections = Map<string, Map<string, string>>;

// configparser's shape: [section], `key = value` or `key: value`, indented continuation lines,
// whole-line comments with # or ;
export function parseIni(text: string): Sections {
  const sections: Sections = new Map();
  let current: Map<string, string> | undefined;
  let lastKey: string | undefined;
  for (const raw of text.split(/\r?\n/)) {
    if (/^\s*[#;]/.test(raw) || raw.trim() === '') continue;
    const header = /^\[([^\]]+)\]\s*$/.exec(raw.trim());
    if (header && !/^\s/.test(raw)) {
      current = new Map();
      sections.set((header[1] as string).trim().toLowerCase(), current);
      lastKey = undefined;
      continue;
    }
    if (!current) continue;
    if (/^\s/.test(raw) && lastKey !== undefined) {
      current.set(lastKey, `${current.get(lastKey) ?? ''}\n${raw.trim()}`);
      continue;
    }
    const pair = /^([^=:]+?)\s*[=:]\s*(.*)$/.exec(raw);
    if (!pair) continue;
    lastKey = (pair[1] as string).trim().toLowerCase().replace(/_/g, '-');
    current.set(lastKey, (pair[2] as string).trim());
  }
  return sections;
}

/** `C901, E501  # why` over one or several lines → ['C901', 'E501']. */
function listOf(value: string | undefined): string[] {
  if (value === undefined) return [];
  return value
    .split('\n')
    .map((line) => line.replace(/\s+#.*$/, ''))
    .join(',')
    .split(/[,\s]+/)
    .filter(Boolean);
}

/** flake8 runs mccabe's C901 only when max-complexity is set (its default, -1, is off). */
export function readFlake8Ini(file: string, text: string): LinterSettings | undefined {
  const section = parseIni(text).get('flake8');
  return section ? readFlake8(`${file} [flake8]`, section) : undefined;
}

/** [tool.flake8] in pyproject.toml (the flake8-pyproject plugin): lists may be TOML arrays. */
export function readFlake8Toml(file: string, root: Record<string, unknown>): LinterSettings | undefined {
  const flake8 = table(table(root['tool'])?.['flake8']);
  if (!flake8) return undefined;
  const section = new Map<string, string>();
  for (const [key, value] of Object.entries(flake8)) {
    const text = Array.isArray(value)
      ? value.join('\n')
      : typeof value === 'string' || typeof value === 'number'
        ? String(value)
        : undefined;
    if (text !== undefined) section.set(key.toLowerCase().replace(/_/g, '-'), text);
  }
  return readFlake8(`${file} [tool.flake8]`, section);
}

function readFlake8(source: string, section: ReadonlyMap<string, string>): LinterSettings {
  const ignored = [...listOf(section.get('ignore')), ...listOf(section.get('extend-ignore'))];
  const perPath: PathIgnore[] = listOf(section.get('per-file-ignores')?.replace(/\s*:\s*/g, ':'))
    .join(' ')
    .split(/\s+(?=[^\s:]+:)/)
    .flatMap((entry) => {
      const [pattern, codes] = entry.split(':');
      return pattern && codes
        ? [{ pattern: pattern.replace(/^\.\//, ''), codes: codes.split(/[,\s]+/).filter(Boolean) }]
        : [];
    });
  const maxComplexity = Number(section.get('max-complexity'));
  const prefixIgnores = (list: readonly string[], code: string) => list.some((entry) => code.startsWith(entry));
  let complexity: LinterSettings['complexity'];
  if (prefixIgnores(ignored, 'C901')) complexity = { off: 'ignores C901 (mccabe complexity)' };
  else if (Number.isFinite(maxComplexity) && maxComplexity > 0)
    complexity = { codes: ['C901'], cyclomatic: maxComplexity, because: `sets max-complexity = ${maxComplexity}` };
  return {
    linter: 'flake8',
    source,
    languages: ['py'],
    ...(complexity ? { complexity } : {}),
    ignored,
    perPath,
    ignores: prefixIgnores,
  };
}

const PYLINT_COMPLEXITY = ['too-many-branches', 'R0912'];

/** pylint: `disable` lists (names or ids), and max-complexity of its mccabe extension. */
function pylintSettings(
  source: string,
  disabled: string[],
  enabled: string[],
  maxComplexity: number | undefined,
): LinterSettings {
  const names = disabled.map((name) => name.trim()).filter(Boolean);
  // `disable = all` with an `enable` list: only what it enables runs
  const all = names.includes('all') && !PYLINT_COMPLEXITY.some((name) => enabled.includes(name));
  let complexity: LinterSettings['complexity'];
  const off = PYLINT_COMPLEXITY.find((name) => names.includes(name)) ?? (all ? 'all' : undefined);
  if (off) complexity = { off: `disables ${off === 'all' ? 'every check but those it enables' : off}` };
  else if (maxComplexity !== undefined)
    complexity = {
      codes: ['too-complex'],
      cyclomatic: maxComplexity,
      because: `sets max-complexity = ${maxComplexity}`,
    };
  return {
    linter: 'pylint',
    source,
    languages: ['py'],
    ...(complexity ? { complexity } : {}),
    // a security rule counts as switched off only by name: `disable = all` decides nothing about eval
    ignored: names,
    perPath: [],
  };
}

export function readPylintIni(file: string, text: string): LinterSettings | undefined {
  const sections = parseIni(text);
  const wanted = [...sections.keys()].filter((name) =>
    /^(?:pylint\.)?(?:main|master|messages control|design)$/.test(name),
  );
  if (wanted.length === 0) return undefined;
  const listed = (key: string) => wanted.flatMap((name) => listOf(sections.get(name)?.get(key)));
  const max = wanted.map((name) => Number(sections.get(name)?.get('max-complexity'))).find(Number.isFinite);
  return pylintSettings(`${file} [${wanted.join('], [')}]`, listed('disable'), listed('enable'), max);
}

export function readPylintToml(file: string, root: Record<string, unknown>): LinterSettings | undefined {
  const pylint = table(table(root['tool'])?.['pylint']);
  if (!pylint) return undefined;
  const parts = ['main', 'master', 'messages_control', 'messages control', 'design']
    .map((name) => [name, table(pylint[name])] as const)
    .filter((part): part is readonly [string, Record<string, unknown>] => part[1] !== undefined);
  const listed = (key: string) =>
    parts.flatMap(([, part]) => strings(part[key]) ?? []).flatMap((entry) => entry.split(','));
  const max = parts.map(([, part]) => numberIn(part, 'max-complexity')).find((value) => value !== undefined);
  return pylintSettings(`${file} [tool.pylint.${parts[0]?.[0] ?? 'main'}]`, listed('disable'), listed('enable'), max);
}

/** bandit: `skips` (B102…) in [tool.bandit] or a .bandit INI file. */
export function readBandit(file: string, skips: string[]): LinterSettings | undefined {
  if (skips.length === 0) return undefined;
  return { linter: 'bandit', source: file, languages: ['py'], ignored: skips, perPath: [] };
}

export function readBanditToml(file: string, root: Record<string, unknown>): LinterSettings | undefined {
  const bandit = table(table(root['tool'])?.['bandit']);
  return bandit ? readBandit(`${file} [tool.bandit]`, strings(bandit['skips']) ?? []) : undefined;
}

export function readBanditIni(file: string, text: string): LinterSettings | undefined {
  const section = parseIni(text).get('bandit');
  return section ? readBandit(`${file} [bandit]`, listOf(section.get('skips'))) : undefined;
}
