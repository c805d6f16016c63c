// Workflows written by `git-value init --ci github`. Untrusted event data reaches shell steps only
// through `env:` (never `${{ }}` inside `run:`), as actionlint recommends against script injection.

// full history (fetch-depth 0): churn, ages and the ledger trend are read from it
const checkoutAndInstall = `      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - uses: actions/setup-node@v4
        with:
          node-version: 22
          cache: npm
      - run: npm ci
`;

export const weeklyScanWorkflow = `# git-value: weekly full scan, SARIF to code scanning, and a pull request with the refreshed backlog.
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
${checkoutAndInstall}      - run: npx git-value scan --format sarif --output git-value.sarif
      - uses: github/codeql-action/upload-sarif@v3
        with:
          sarif_file: git-value.sarif
          category: git-value
      # the visual report, as an artifact of the run (a folder starting with a dot is left out of uploads)
      - run: npx git-value report --html --output git-value-report.html
      - uses: actions/upload-artifact@v4
        with:
          name: git-value-report
          path: git-value-report.html
      - name: Pull request with the refreshed ledger and backlog
        env:
          GH_TOKEN: \${{ github.token }}
          HUSKY: '0'
        run: |
          if git diff --quiet -- .value/ledger.json BACKLOG.md; then
            echo "ledger and backlog unchanged"
            exit 0
          fi
          branch=git-value/weekly-scan
          git config user.name "git-value"
          git config user.email "git-value@users.noreply.github.com"
          git checkout -B "$branch"
          git add .value/ledger.json BACKLOG.md
          git commit -m "chore: weekly git-value scan"
          git push --force origin "$branch"
          gh pr create --title "Weekly git-value scan" --body "Refreshed .value/ledger.json and BACKLOG.md." --head "$branch" || echo "pull request already open"
`;

export const pullRequestWorkflow = `# git-value: the commit gate over every commit of a pull request.
name: git-value gate
on:
  pull_request:
permissions:
  contents: read
jobs:
  gate:
    runs-on: ubuntu-latest
    steps:
${checkoutAndInstall}      - name: git-value check --range
        env:
          BASE_REF: \${{ github.base_ref }}
        run: npx git-value check --range "origin/$BASE_REF..HEAD"
`;
