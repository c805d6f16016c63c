// Workflows written by `git-value init --ci github`, for the project's own package manager (a pnpm
// repository has no package-lock.json for `npm ci`) or for none (Python, Go: git-value from npm).
// Untrusted event data reaches shell steps only through `env:` (never `${{ }}` inside `run:`), as
// actionlint recommends against script injection.

export type CiPackageManager = 'npm' | 'pnpm' | 'yarn' | 'none';

function setup(manager: CiPackageManager): { steps: string; exec: string } {
  // full history (fetch-depth 0): churn, ages and the ledger trend are read from it
  const checkout = `      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
`;
  const node = (cache: string) => `      - uses: actions/setup-node@v4
        with:
          node-version: 22
${cache ? `          cache: ${cache}\n` : ''}`;
  switch (manager) {
    case 'pnpm':
      return {
        steps: `${checkout}      - uses: pnpm/action-setup@v4
${node('pnpm')}      - run: pnpm install --frozen-lockfile
`,
        exec: 'pnpm exec git-value',
      };
    case 'yarn':
      return {
        steps: `${checkout}${node('yarn')}      - run: yarn install --frozen-lockfile\n`,
        exec: 'yarn git-value',
      };
    case 'npm':
      return { steps: `${checkout}${node('npm')}      - run: npm ci\n`, exec: 'npx git-value' };
    case 'none':
      return { steps: `${checkout}${node('')}      - run: npm install --global git-value\n`, exec: 'git-value' };
  }
}

export function weeklyScanWorkflow(manager: CiPackageManager): string {
  const { steps, exec } = setup(manager);
  return `# git-value: weekly full scan and history scan, SARIF to code scanning, and a pull request with the
# refreshed ledger and backlog.
name: git-value weekly scan
on:
  schedule:
    - cron: '17 6 * * 1'
  workflow_dispatch:
permissions:
  contents: write
  pull-requests: write
  security-events: write
jobs:
  scan:
    runs-on: ubuntu-latest
    steps:
${steps}      - run: ${exec} scan --format sarif --output git-value.sarif
      - uses: github/codeql-action/upload-sarif@v3
        with:
          sarif_file: git-value.sarif
          category: git-value
      # credentials in the commits since the last weekly run (recorded in .value/history-scan.json; the
      # first run reads every commit): entries to rotate in the ledger, results without a line in SARIF
      - run: ${exec} scan --history --incremental --format sarif --output git-value-history.sarif
      - uses: github/codeql-action/upload-sarif@v3
        with:
          sarif_file: git-value-history.sarif
          category: git-value-history
      # the visual report, as an artifact of the run (a folder starting with a dot is left out of uploads)
      - run: ${exec} report --html --output git-value-report.html
      - uses: actions/upload-artifact@v4
        with:
          name: git-value-report
          path: git-value-report.html
      - name: Pull request with the refreshed ledger and backlog
        env:
          GH_TOKEN: \${{ github.token }}
        run: |
          if [ -z "$(git status --porcelain -- .value BACKLOG.md)" ]; then
            echo "ledger and backlog unchanged"
            exit 0
          fi
          branch=git-value/weekly-scan
          git config user.name "git-value"
          git config user.email "git-value@users.noreply.github.com"
          git checkout -B "$branch"
          git add .value BACKLOG.md
          git commit --no-verify -m "chore: weekly git-value scan"
          git push --force origin "$branch"
          gh pr create --title "Weekly git-value scan" --body "Refreshed .value/ledger.json and BACKLOG.md." --head "$branch" || echo "pull request already open"
`;
}

export function pullRequestWorkflow(manager: CiPackageManager): string {
  const { steps, exec } = setup(manager);
  return `# git-value: the commit gate over every commit of a pull request.
name: git-value gate
on:
  pull_request:
permissions:
  contents: read
jobs:
  gate:
    runs-on: ubuntu-latest
    steps:
${steps}      - name: git-value check --range
        env:
          BASE_REF: \${{ github.base_ref }}
        run: ${exec} check --range "origin/$BASE_REF..HEAD"
`;
}
