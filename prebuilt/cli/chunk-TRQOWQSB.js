import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  usageTexts
} from "./chunk-2M2XAZ6H.js";
import {
  fail,
  ok
} from "./chunk-HUUDYLWZ.js";

// dist/src/cli/arguments.js
import { parseArgs } from "node:util";
var OPTION_TOKEN = /^\[?(--[a-z][a-z-]*)\]?$/;
function parseCommandArgs(spec, args) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: spec.positionals !== void 0,
      options: Object.fromEntries(Object.entries(spec.options).map(([name, option]) => [
        name,
        option.short ? { type: option.type, short: option.short } : { type: option.type }
      ]))
    });
  } catch (error) {
    return usageError(spec, error.message.replace(/\. To specify a positional argument.*$/s, ""));
  }
  for (const [name, option] of Object.entries(spec.options)) {
    const value = parsed.values[name];
    if (option.choices && typeof value === "string" && !option.choices.includes(value))
      return usageError(spec, usageTexts.unknownChoice(name, value), `use ${option.choices.map((choice) => `--${name} ${choice}`).join(" or ")}`);
  }
  const count = parsed.positionals.length;
  const { min = 0, max = 0 } = spec.positionals ?? {};
  if (count < min || count > max)
    return usageError(spec, count < min ? usageTexts.missingArguments(spec.name, spec.positionals?.names.slice(count, min) ?? []) : usageTexts.tooManyArguments(spec.name, max, parsed.positionals[max] ?? ""));
  return ok(parsed);
}
function usageError(spec, message, fix) {
  return fail({ code: "USAGE", message, fix: fix ?? synopsis(spec).join(" or ") });
}
function synopsis(spec) {
  return spec.forms.map((form) => ["git-value", spec.name, ...form.args.map((token) => renderToken(spec, token))].join(" "));
}
function renderToken(spec, token) {
  const name = OPTION_TOKEN.exec(token)?.[1];
  const option = name ? spec.options[name.slice(2)] : void 0;
  if (!option?.value)
    return token;
  return token.startsWith("[") ? `${token.slice(0, -1)} ${option.value}]` : `${token} ${option.value}`;
}
function renderCommandHelp(spec) {
  const [first = "", ...rest] = synopsis(spec);
  const lines = [`Usage: ${first}`, ...rest.map((line) => `       ${line}`), "", spec.description.trimEnd()];
  const rows = Object.entries(spec.options).map(([name, option]) => {
    const flag = `--${name}${option.short ? `, -${option.short}` : ""}${option.value ? ` ${option.value}` : ""}`;
    const choices = option.choices ? ` (${option.choices.join(", ")})` : "";
    return [flag, `${option.help}${choices}`];
  });
  if (rows.length > 0) {
    const width = Math.max(...rows.map(([flag]) => flag.length));
    lines.push("", "Options:");
    for (const [flag, help] of rows)
      lines.push(`  ${flag.padEnd(width)}  ${help.split("\n").join(`
  ${" ".repeat(width)}  `)}`);
  }
  if (spec.footer)
    lines.push("", spec.footer.trimEnd());
  return `${lines.join("\n")}
`;
}
function renderUsage(specs, header, footer) {
  const forms = specs.flatMap((spec) => spec.forms.map((form) => [
    [spec.name, ...form.args.map((token) => renderToken(spec, token))].join(" "),
    form.summary
  ]));
  const width = 40;
  const lines = forms.map(([call = "", summary = ""]) => call.length < width - 2 ? `  ${call.padEnd(width - 2)}${summary}` : `  ${call}
${" ".repeat(width)}${summary}`);
  return `${header.trimEnd()}

Commands:
${lines.join("\n")}

${footer.trimEnd()}
`;
}

// dist/src/cli/command-table.js
var FORMAT = {
  type: "string",
  value: "F",
  choices: ["md", "json", "sarif"],
  help: "print the report in this format"
};
var DRY_RUN = (what) => ({ type: "boolean", help: `write and stage nothing: print ${what} as a unified diff` });
var OUTPUT = { type: "string", value: "FILE", help: "write that report to FILE (- for standard output)" };
var initCommand = {
  name: "init",
  forms: [
    {
      args: ["[--no-scan]", "[--ci]", "[--dry-run]"],
      summary: "add git-value's hooks to the project's hook manager, config, merge driver, scan"
    }
  ],
  options: {
    "no-scan": { type: "boolean", help: "skip the first scan" },
    "dry-run": {
      type: "boolean",
      help: "write nothing: print every file init would change as a unified diff (.git/config and the\nhooks too) and the steps it would run"
    },
    ci: {
      type: "string",
      value: "github",
      choices: ["github"],
      help: "also write the CI workflows (weekly scan, gate on pull requests) for the project's\npackage manager (other CIs: see the README)"
    }
  },
  description: `Add git-value's hooks to what the project runs (husky, simple-git-hooks, lefthook, the pre-commit
framework, a core.hooksPath folder or plain .git/hooks, whose hooks keep running), write the launcher
.value/bin/git-value, .valuerc.json from the example and the ledger's .gitattributes lines, add
"prepare": "sh .value/bin/git-value install" to package.json, set this clone up (git-value install),
then scan when there is no ledger yet. A second run, or a run on a fresh clone, changes no tracked file.`
};
var installCommand = {
  name: "install",
  forms: [{ args: [], summary: "this clone's part of the setup (the package.json prepare script runs it)" }],
  options: {},
  description: `This clone's part of the setup, changing no tracked file: the ledger merge driver in .git/config, the
plain hooks (a hook that was there runs after git-value's), and an absolute hooks path for linked
worktrees when core.hooksPath is relative and generated (husky's). The prepare script runs it.`
};
var uninstallCommand = {
  name: "uninstall",
  forms: [
    { args: ["[--dry-run]"], summary: "give the repository back as it was before init (ledger and backlog kept)" }
  ],
  options: { "dry-run": DRY_RUN("every file uninstall would change (.git/config and the hooks too)") },
  description: `Give back every file init and install changed (hooks, .git/config, .gitattributes, package.json, the
hook manager's config, the files they created), byte for byte when unchanged since, else without
git-value's lines only. Keeps .value/ledger.json, .value/coverage.json and BACKLOG.md.`
};
var checkCommand = {
  name: "check",
  forms: [
    {
      args: ["--staged", "[--no-ledger]"],
      summary: "the pre-commit gate: analyse what the commit adds (the index, not the work tree)"
    },
    { args: ["--range"], summary: "the same gate over each commit of a range (CI on pull requests)" },
    { args: ["--pre-push"], summary: "the pre-push gate: reads git's pre-push lines, checks commits no remote has" }
  ],
  options: {
    staged: {
      type: "boolean",
      help: "what the next commit adds (the index, not the work tree); updates and stages the ledger\n(file names after it, as lint-staged passes them, are ignored: the whole index is read)"
    },
    "no-ledger": { type: "boolean", help: "with --staged: only check, leave .value/ledger.json as it is" },
    range: {
      type: "string",
      value: "A..B",
      help: "every commit of a range, each against its parent (CI on pull requests)"
    },
    "pre-push": {
      type: "boolean",
      help: "the commits being pushed (git's pre-push lines on stdin, or the pre-commit framework's\nPRE_COMMIT_FROM_REF / PRE_COMMIT_TO_REF)"
    }
  },
  // lint-staged passes the staged file names, and pre-push hooks the remote's name and url
  positionals: { names: ["FILE\u2026"], min: 0, max: Number.POSITIVE_INFINITY },
  description: "The gate: refuse what adds a security finding whose score reaches block.minScore.",
  footer: "Exit: 0 pass, 1 blocked, 2 error."
};
var scanCommand = {
  name: "scan",
  forms: [
    {
      args: ["[--format]", "[--output]", "[--rebuild]", "[--discard-unreadable]"],
      summary: "full rescan of tracked files: rebuild .value/ledger.json and BACKLOG.md"
    },
    {
      args: ["--history", "[--since]", "[--incremental]", "[--merges]", "[--format]", "[--output]"],
      summary: "credentials in every commit reachable from any ref, as entries to rotate"
    }
  ],
  options: {
    format: { ...FORMAT, help: "also print the report in this format" },
    output: OUTPUT,
    rebuild: {
      type: "boolean",
      help: "after a damaged ledger: keep every readable line's decisions, take the rest from the newest\nreadable ledger in history; stops, naming them, before any decision would be lost"
    },
    "discard-unreadable": {
      type: "boolean",
      help: "with --rebuild: go on when decisions of unreadable lines would be lost (they are listed)"
    },
    history: {
      type: "boolean",
      help: "credentials in every commit reachable from any ref (branches, tags, remote-tracking\nbranches, the stash, notes, HEAD; not the reflog)"
    },
    since: { type: "string", value: "REV", help: "with --history: only the commits no ref had under REV" },
    incremental: {
      type: "boolean",
      help: "with --history: only the commits since the last history scan (.value/history-scan.json)"
    },
    merges: {
      type: "boolean",
      help: "with --history: also what merge commits add on their own (conflict resolutions; slower)"
    }
  },
  description: `Full rescan of the tracked files: rebuild .value/ledger.json and BACKLOG.md, keeping allow and done
decisions and first-seen dates of findings that remain.

With --history: each credential value once, with the commits and paths that added it and whether the
tree still holds it. They enter the ledger as entries to rotate (a commit that does not add the value
again is never blocked by them); the report shows only them.`
};
var refreshCommand = {
  name: "refresh",
  forms: [
    {
      args: ["[--since]", "[--rewrite]", "[--defer]"],
      summary: "after a merge or rewrite: re-analyse the files it changed, re-render the backlog"
    }
  ],
  options: {
    since: { type: "string", value: "REV", help: "compare with REV (default ORIG_HEAD, as after a merge)" },
    rewrite: {
      type: "string",
      value: "amend|rebase",
      help: "as the post-rewrite hook: HEAD@{1} after an amend, ORIG_HEAD after a rebase"
    },
    defer: {
      type: "boolean",
      help: "as the post-merge and post-rewrite hooks: leave tracked files as git left them; the next\ncommit carries the refreshed ledger, coverage and backlog"
    }
  },
  // hooks pass their own arguments (post-merge: the squash flag)
  positionals: { names: ["ARG\u2026"], min: 0, max: Number.POSITIVE_INFINITY },
  description: "Re-analyse the files changed since REV and re-render the backlog."
};
var backlogCommand = {
  name: "backlog",
  forms: [{ args: ["[--format]", "[--output]", "[--by-package]"], summary: "print the backlog" }],
  options: {
    format: { ...FORMAT, help: "the format (default md)" },
    output: { ...OUTPUT, help: "write it to FILE (- for standard output)" },
    "by-package": {
      type: "boolean",
      help: "group open items by package (folders holding package.json, pyproject.toml, go.mod\u2026)"
    }
  },
  description: "Print the backlog from the ledger."
};
var nextCommand = {
  name: "next",
  forms: [{ args: [], summary: "the next best item" }],
  options: {},
  description: "The next best item of the backlog."
};
var explainCommand = {
  name: "explain",
  forms: [{ args: ["ID"], summary: "every term of every score of an item" }],
  options: {},
  positionals: { names: ["ID"], min: 1, max: 1 },
  description: "Every term of every score of an item, with where it came from. ID may be a unique prefix (ids are\nlisted by 'git-value backlog')."
};
var reportCommand = {
  name: "report",
  forms: [{ args: ["[--html]", "[--output]"], summary: "a self-contained visual report (.value/report.html)" }],
  options: {
    html: { type: "boolean", help: "the format (the only one so far)" },
    output: {
      type: "string",
      short: "o",
      value: "FILE",
      help: "where to write it (default .value/report.html; '-' for standard output)"
    }
  },
  description: `Writes one self-contained HTML page (no server, no network: data, scripts and styles inline) with the
trend of open items and debt over the ledger's history, their distribution by category, severity and
context, a hotspot map, the top items with every score term, documentation coverage per module and the
prediction accuracy of recorded outcomes.`,
  footer: `The page is a build product: git-value never stages it. Keep it out of commits with
  echo '.value/report.html' >> .gitignore`
};
var FAMILIES = ["secret", "vuln", "debt", "quality", "perf", "modern"];
var allowCommand = {
  name: "allow",
  forms: [
    {
      args: ["ID", "--reason", "[--dry-run]"],
      summary: "accept a finding (recorded with who, when and why), also one a refused push printed"
    },
    {
      args: ["--all", "--reason", "[--family]", "[--rule]", "[--path]", "[--dry-run]"],
      summary: "accept every open finding (or those filtered) as a baseline, each recorded"
    }
  ],
  options: {
    reason: { type: "string", value: "TEXT", help: "why (kept for audits)" },
    all: { type: "boolean", help: "every open finding: a baseline when adopting git-value" },
    family: { type: "string", value: "F", choices: FAMILIES, help: "with --all: only this family" },
    rule: { type: "string", value: "R", help: "with --all: only rule ids starting with R (secret/github-pat, debt/)" },
    path: {
      type: "string",
      value: "GLOB",
      help: "with --all: only these paths (** any folders, * any characters but /)"
    },
    "dry-run": DRY_RUN("the change to .value/ledger.json")
  },
  positionals: { names: ["ID"], min: 0, max: 1 },
  description: `Accept findings; each decision is recorded in the ledger with who, when and why, and bound to the
finding's fingerprint (its content), not its line. The ledger change is staged: commit it.
ID is a finding of the ledger, of the staged change, or of a commit not pushed yet (the id a refused
commit or push printed); a unique prefix is enough.`
};
var doneCommand = {
  name: "done",
  forms: [{ args: ["ID", "--hours", "[--dry-run]"], summary: "record the actual effort an item took" }],
  options: {
    hours: { type: "string", value: "N", help: "the hours it took (a positive number, 1.5 is fine)" },
    "dry-run": DRY_RUN("the change to .value/ledger.json")
  },
  positionals: { names: ["ID"], min: 1, max: 1 },
  description: `Record the hours an item actually took (feeds the effort calibration of the backlog). An item still open
in the ledger is recorded too, and the command says so: it is marked resolved when a commit removes it.`
};
var doctorCommand = {
  name: "doctor",
  forms: [{ args: [], summary: "run every hook and the merge driver as git would; check config and ledger" }],
  options: {},
  description: `Run every hook as git would (git hook run, in every worktree, with your PATH), git-value answering a
probe; merge two small ledgers through the registered driver; check the config and the ledger.`,
  footer: "Exit: 0 all well, 1 something to fix (each problem with its fix)."
};
var mergeDriverCommand = {
  name: "merge-driver",
  forms: [
    {
      args: ["[--dry-run]", "%O", "%A", "%B", "[%P]"],
      summary: "the ledger's git merge driver (registered by init; git runs it)"
    }
  ],
  options: { "dry-run": DRY_RUN("the merge it would write to %A (ours)") },
  positionals: { names: ["%O", "%A", "%B", "%P"], min: 3, max: 4 },
  description: `The ledger's git merge driver (registered by install, through .value/bin/git-value): unions both sides
by entry id and keeps triage decisions. Git runs it; you do not (--dry-run shows what it would write).
Exit: 0 merged cleanly, 1 left as a conflict.`
};
var commandSpecs = [
  initCommand,
  installCommand,
  uninstallCommand,
  checkCommand,
  scanCommand,
  refreshCommand,
  backlogCommand,
  nextCommand,
  explainCommand,
  reportCommand,
  allowCommand,
  doneCommand,
  doctorCommand,
  mergeDriverCommand
];
var usageHeader = `git-value \u2014 guard every commit, keep a scored backlog of the work worth doing

Usage: git-value <command> [options]      git-value <command> --help for one command's options`;
var usageFooter = `Options of every command: --help (-h). Also: git-value --version.
Ids may be shortened to any unique prefix.
Exit codes: 0 ok, 1 blocked / findings that fail, 2 usage, config or internal error.
Environment: NO_COLOR, GIT_VALUE_DEBUG=1 (timings), GIT_VALUE_ALLOW_CODE_CONFIG=1 (permit .valuerc.js).`;

export {
  parseCommandArgs,
  usageError,
  synopsis,
  renderCommandHelp,
  renderUsage,
  checkCommand,
  scanCommand,
  allowCommand,
  doneCommand,
  commandSpecs,
  usageHeader,
  usageFooter
};
