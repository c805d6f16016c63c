import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LinterSettings, ProjectLintPolicy } from '../config/project-linters/policy.js';

// The project's linter configuration at the top of the repository, in each linter's own order of
// precedence (ruff: .ruff.toml, ruff.toml, pyproject.toml; ESLint: a flat config before an eslintrc).
// Read when the backlog is scored (a decision about every file, so never stored in the ledger).

const ESLINT_FLAT = [
  'eslint.config.js',
  'eslint.config.mjs',
  'eslint.config.cjs',
  'eslint.config.ts',
  'eslint.config.mts',
  'eslint.config.cts',
];
const ESLINTRC_DATA = ['.eslintrc.json', '.eslintrc.yaml', '.eslintrc.yml', '.eslintrc'];
const ESLINTRC_CODE = ['.eslintrc.js', '.eslintrc.cjs'];
const GOLANGCI = ['.golangci.yml', '.golangci.yaml', '.golangci.json'];

export async function readProjectLinters(root: string): Promise<ProjectLintPolicy> {
  const read = (name: string): string | undefined => {
    const file = join(root, name);
    try {
      return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    } catch {
      return undefined; // unreadable: no decision from it
    }
  };
  const found = (names: readonly string[]) =>
    names
      .map((name) => [name, read(name)] as const)
      .find((pair): pair is readonly [string, string] => pair[1] !== undefined);
  const linters: LinterSettings[] = [];
  const add = (settings: LinterSettings | undefined) => settings && linters.push(settings);

  const pyproject = read('pyproject.toml');
  const setupCfg = read('setup.cfg');
  const toxIni = read('tox.ini');
  const flake8 = read('.flake8');
  const pylintrc = found(['pylintrc', '.pylintrc']);
  const bandit = read('.bandit');
  if (pyproject || setupCfg || toxIni || flake8 || pylintrc || bandit || read('ruff.toml') || read('.ruff.toml')) {
    const ruff = await import('../config/project-linters/ruff.js');
    const python = await import('../config/project-linters/python-linters.js');
    const ruffFile = found(['.ruff.toml', 'ruff.toml']);
    if (ruffFile) add(ruff.readRuffToml(ruffFile[0], ruffFile[1]));
    else if (pyproject) add(ruff.readRuffToml('pyproject.toml', pyproject));
    const flake8File = [
      ['.flake8', flake8],
      ['setup.cfg', setupCfg],
      ['tox.ini', toxIni],
    ].find(([, text]) => text !== undefined && /^\[flake8\]/m.test(text));
    const parsed = pyproject ? ruff.parseToml(pyproject) : undefined;
    if (flake8File) add(python.readFlake8Ini(flake8File[0] as string, flake8File[1] as string));
    else if (parsed) add(python.readFlake8Toml('pyproject.toml', parsed));
    if (pylintrc) add(python.readPylintIni(pylintrc[0], pylintrc[1]));
    else if (parsed && ruff.table(ruff.table(parsed['tool'])?.['pylint']))
      add(python.readPylintToml('pyproject.toml', parsed));
    else if (setupCfg && /^\[pylint\./m.test(setupCfg)) add(python.readPylintIni('setup.cfg', setupCfg));
    if (parsed) add(python.readBanditToml('pyproject.toml', parsed));
    if (bandit) add(python.readBanditIni('.bandit', bandit));
  }

  const flat = found(ESLINT_FLAT);
  const rcData = found(ESLINTRC_DATA);
  const rcCode = found(ESLINTRC_CODE);
  const manifest = read('package.json');
  if (flat || rcData || rcCode || (manifest && manifest.includes('"eslintConfig"'))) {
    const eslint = await import('../config/project-linters/eslint.js');
    if (flat) add(eslint.readEslintCode(flat[0], flat[1]));
    else if (rcCode) add(eslint.readEslintCode(rcCode[0], rcCode[1]));
    else if (rcData) add(eslint.readEslintrc(rcData[0], rcData[1]));
    else if (manifest) {
      try {
        const config = (JSON.parse(manifest) as { eslintConfig?: unknown }).eslintConfig;
        add(eslint.readEslintrcObject('package.json "eslintConfig"', config));
      } catch {
        // a broken package.json is the modern analyzer's to report
      }
    }
  }

  const golangci = found(GOLANGCI);
  if (golangci) add((await import('../config/project-linters/golangci.js')).readGolangci(golangci[0], golangci[1]));
  return { linters };
}
