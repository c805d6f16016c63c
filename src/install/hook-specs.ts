// The hooks git-value adds, and the one command line each runs. Every hook and the merge driver go
// through the committed launcher (launcher.ts): git runs them with the user's PATH, where
// node_modules/.bin is not, and from the root of the work tree, where the launcher is.

export const LAUNCHER_PATH = '.value/bin/git-value';
export const MERGE_DRIVER = 'git-value-ledger';
export const MERGE_DRIVER_COMMAND = `sh ${LAUNCHER_PATH} merge-driver %O %A %B %P`;

export type HookName = 'pre-commit' | 'pre-merge-commit' | 'post-merge' | 'post-rewrite' | 'pre-push';

export interface HookSpec {
  name: HookName;
  /** git-value's arguments as a shell hook script writes them ("$1", "$@" are the hook's own). */
  args: string;
  why: string;
  /** git writes to the hook's standard input (pre-push: the refs being pushed). */
  readsStdin: boolean;
  /** Arguments `git hook run` passes when doctor runs the hook. */
  probeArgs: string[];
}

export const HOOKS: readonly HookSpec[] = [
  {
    name: 'pre-commit',
    args: 'check --staged',
    why: 'refuse commits that add secrets; record the commit’s findings in .value/ledger.json',
    readsStdin: false,
    probeArgs: [],
  },
  {
    name: 'pre-merge-commit',
    // git has written the merge's tree before this hook runs: a staged ledger would miss the commit
    // and stay behind in the index, so the ledger is left to post-merge
    args: 'check --staged --no-ledger',
    why: 'a clean automatic merge skips pre-commit: gate the merge commit here',
    readsStdin: false,
    probeArgs: [],
  },
  {
    name: 'post-merge',
    args: 'refresh --defer',
    why: 're-analyse what the merge brought in; the next commit carries the refreshed ledger',
    readsStdin: false,
    probeArgs: ['0'],
  },
  {
    name: 'post-rewrite',
    args: 'refresh --defer --rewrite "$1"',
    why: 'after amend or rebase, bring the ledger in line (carried by the next commit)',
    readsStdin: false,
    probeArgs: ['amend'],
  },
  {
    name: 'pre-push',
    args: 'check --pre-push "$@"',
    why: 'the same gate over the commits being pushed (catches --no-verify commits)',
    readsStdin: true,
    probeArgs: ['origin', 'probe'],
  },
];

/** The line a shell hook (husky file, plain hook, simple-git-hooks entry) runs. */
export function hookCommand(spec: HookSpec): string {
  return `sh ${LAUNCHER_PATH} ${spec.args}`;
}

/** A line git-value wrote into a hook file, in this version's form or the husky-era `git-value …` one. */
export function isGitValueLine(line: string): boolean {
  return (
    line.includes(LAUNCHER_PATH) ||
    /^\s*(?:npx\s+)?git-value (?:check|refresh)\b/.test(line) ||
    /^# git-value: /.test(line)
  );
}
