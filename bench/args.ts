import { parseArgs } from 'node:util';

export type Section = 'perf' | 'hostile' | 'detection' | 'real' | 'panel' | 'speed';
const SECTIONS: readonly Section[] = ['perf', 'hostile', 'detection', 'real', 'panel', 'speed'];

export interface BenchOptions {
  runs: number;
  sections: Section[];
  quick: boolean;
  /** Detection without the peers (secretlint and gitleaks read real code at ~6 MB a minute here). */
  ownOnly: boolean;
}

export const USAGE = `usage: npm run bench -- [--runs N] [--only perf|hostile|detection|real|panel|speed] [--quick]
  --runs N   timed runs per measurement after one warm-up (default 5; 2 with --quick)
  --only S   run one section (repeatable)
  --quick    smaller inputs for a smoke run (under a minute)
  --own-only detection: git-value alone, without secretlint and gitleaks (its budgets against the peers then
             compare with nothing)
  panel      needs GIT_VALUE_PANEL_MIRRORS (a folder of <owner>+<name>/repo mirrors); GIT_VALUE_PANEL_WORKDIR
             sets where the clones go, GIT_VALUE_PANEL_HELD_OUT=1 adds the held-out repositories
  speed      the budgets on real histories (eslint and pytest; pytest alone with --quick), with the same
             mirrors: every command beside its yardstick (secretlint, git log -p | rg, node's start)`;

export function parseBenchArgs(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      runs: { type: 'string' },
      only: { type: 'string', multiple: true },
      quick: { type: 'boolean', default: false },
      'own-only': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const quick = values.quick ?? false;
  const runs = Number(values.runs ?? (quick ? 2 : 5));
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`bench: --runs must be a whole number ≥ 1, got '${values.runs}'\n${USAGE}`);
  const only = values.only ?? [];
  const unknown = only.filter((name) => !SECTIONS.includes(name as Section));
  if (unknown.length) throw new Error(`bench: unknown section '${unknown.join(', ')}'\n${USAGE}`);
  return {
    runs,
    quick,
    ownOnly: values['own-only'] ?? false,
    sections: only.length ? (only as Section[]) : [...SECTIONS],
  };
}
