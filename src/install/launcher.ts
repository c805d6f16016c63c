import { LAUNCHER_PATH } from './hook-specs.js';

/**
 * The committed launcher. Hooks and the merge driver run from the work tree's root with the user's
 * PATH (node_modules/.bin is not on it), in every worktree, and possibly long after git-value was
 * uninstalled: the launcher finds the install, and says what to do when there is none.
 * `installDirs` are the repository folders whose node_modules hold git-value ('.' for the root).
 */
export function launcherText(installDirs: readonly string[]): string {
  const bins = installDirs.map((dir) => (dir === '.' ? '' : `${dir}/`) + 'node_modules/.bin/git-value');
  return `#!/bin/sh
# git-value launcher, written by 'git-value init': keep it committed. Git runs hooks and merge
# drivers from the work tree's root with your PATH, where node_modules/.bin is not, so they call
# git-value through this file. It tries this work tree's install, then the main work tree's (a linked
# worktree without node_modules shares it), then PATH, then the program noted in .git/config.
# SKIP=git-value skips the hooks, as the pre-commit framework does; the merge driver always runs.
case ",$(printf %s "\${SKIP-}" | tr -d ' ')," in
*,git-value,*) if [ "$1" != merge-driver ]; then echo "git-value: skipped (SKIP=git-value)" >&2; exit 0; fi ;;
esac
main=$(git rev-parse --path-format=absolute --git-common-dir 2>/dev/null)
main=\${main%/.git}
for bin in ${bins.map((bin) => `"./${bin}" "$main/${bin}"`).join(' ')}; do
  if [ -x "$bin" ]; then exec "$bin" "$@"; fi
done
if command -v git-value >/dev/null 2>&1; then exec git-value "$@"; fi
# a standalone executable or prebuilt copy that is not on PATH: install noted where it is, per clone
program=$(git config --get git-value.program 2>/dev/null)
if [ -n "$program" ] && [ -x "\${program%% *}" ]; then eval "exec $program \"\$@\""; fi
if [ "$1" = merge-driver ]; then
  # no silent one-sided result: leave git's own text conflict, with both sides in the file
  git merge-file -L ours -L base -L theirs "$3" "$2" "$4"
  echo "git-value: not found, so $5 was merged as text and left as a conflict; install git-value, then run 'git checkout --merge -- $5' to merge it again" >&2
  exit 1
fi
if [ "$1" = install ]; then
  # the prepare script: an install without dev dependencies (npm ci --omit=dev) must not fail on it
  echo "git-value: not installed here, so this clone's hooks were not set up" >&2
  exit 0
fi
for manifest in ${installDirs.map((dir) => (dir === '.' ? 'package.json' : `${dir}/package.json`)).join(' ')}; do
  if grep -q '"git-value"' "$manifest" 2>/dev/null; then
    echo "git-value: $manifest lists git-value but it is not installed in this work tree" >&2
    echo "fix: run your package manager's install here (npm install, pnpm install or yarn), or skip it once with SKIP=git-value" >&2
    exit 1
  fi
done
if [ -f package.json ]; then
  echo "git-value: not installed any more, so its hooks are skipped; 'npx git-value uninstall' removes them" >&2
  exit 0
fi
echo "git-value: not found on PATH (needed by this repository's hooks)" >&2
echo "fix: install it (npm install -g git-value), or skip it once with SKIP=git-value" >&2
exit 1
`;
}
