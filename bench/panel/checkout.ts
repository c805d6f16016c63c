// The real-repository panel (issue 11): clone each pinned repository, full history, from a folder of
// mirrors. No network: the mirrors come from the search tool's `fetch` (one `<owner>+<name>/repo` git
// directory each); where they are absent (CI), the panel is skipped with a note, never faked.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface PanelRepository {
  name: string;
  repo: string;
  commit: string;
  language: string;
}

export interface PanelCheckout extends PanelRepository {
  /** Work tree of a clone with full history, HEAD detached at the pinned commit. */
  dir: string;
  /** A held-out repository: measured, never judged nor tuned on. */
  heldOut?: boolean;
}

export const PANEL_MIRRORS_ENV = 'GIT_VALUE_PANEL_MIRRORS';
const listFile = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'bench', 'panel', 'panel.json');

export function readPanelList(): PanelRepository[] {
  return (JSON.parse(readFileSync(listFile, 'utf8')) as { repositories: PanelRepository[] }).repositories;
}

/** The held-out repositories (see panel.json's heldOutAbout). */
export function readHeldOutList(): PanelRepository[] {
  return (JSON.parse(readFileSync(listFile, 'utf8')) as { heldOut?: PanelRepository[] }).heldOut ?? [];
}

function git(args: string[], cwd?: string): string {
  const run = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (run.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${run.stderr.trim()}`);
  return run.stdout;
}

/**
 * Clones every panel repository found under `mirrors` into `workDir/<name>` (reused when already at the
 * pinned commit and clean) and returns them, with a note per repository that could not be had.
 */
export function checkoutPanel(
  mirrors: string | undefined,
  workDir: string,
  only?: readonly string[],
  list: readonly PanelRepository[] = readPanelList(),
): { checkouts: PanelCheckout[]; notes: string[] } {
  const notes: string[] = [];
  const checkouts: PanelCheckout[] = [];
  const held = new Set(readHeldOutList().map((entry) => entry.name));
  const wanted = list.filter((entry) => !only || only.length === 0 || only.includes(entry.name));
  if (!mirrors) {
    notes.push(
      `${PANEL_MIRRORS_ENV} is not set: the panel of real repositories was skipped (see bench/panel/panel.json)`,
    );
    return { checkouts, notes };
  }
  mkdirSync(workDir, { recursive: true });
  for (const entry of wanted) {
    const mirror = join(mirrors, entry.repo.replace('/', '+'), 'repo');
    const dir = join(workDir, entry.name);
    if (!existsSync(mirror)) {
      notes.push(`${entry.repo}: no mirror at ${mirror}, skipped`);
      continue;
    }
    if (!existsSync(join(dir, '.git'))) git(['clone', '--quiet', '--no-checkout', mirror, dir]);
    const has = spawnSync('git', ['cat-file', '-e', `${entry.commit}^{commit}`], { cwd: dir });
    if (has.status !== 0) {
      notes.push(`${entry.repo}: the mirror lacks the pinned commit ${entry.commit.slice(0, 12)}, skipped`);
      continue;
    }
    git(['checkout', '--quiet', '--force', '--detach', entry.commit], dir);
    git(['clean', '-qfdx'], dir);
    checkouts.push({ ...entry, dir, ...(held.has(entry.name) ? { heldOut: true } : {}) });
  }
  return { checkouts, notes };
}
