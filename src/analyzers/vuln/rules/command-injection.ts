import { classifyExpression } from '../expression-kind.js';
import type { SourceView, VulnRule } from '../rule-types.js';
import { codeOf, findCalls, importedNames, matchesIn, type Call } from '../source-view.js';

const CHILD_PROCESS_BINDING =
  /\b(?:const|let|var)\s+(\w{1,40})\s*=\s*require\(\s*['"](?:node:)?child_process['"]\s*\)|\bimport\s+(?:\*\s+as\s+)?(\w{1,40})\s+from\s+['"](?:node:)?child_process['"]/g;

/** `exec(…)` / `execSync(…)` on child_process: bare (destructured) or through a binding; never `regex.exec`. */
function findShellCalls(view: SourceView): Call[] {
  const bindings = matchesIn(view, CHILD_PROCESS_BINDING, 'bare').map((match) => match[1] ?? match[2]);
  const receivers = ['require\\(\\s*["\'](?:node:)?child_process["\']\\s*\\)', ...bindings].join('|');
  return [
    ...findCalls(view, /(?<![\w$.])(?:exec|execSync)\s*\(/g),
    ...findCalls(view, new RegExp(`(?<![\\w$.])(?:${receivers})\\.(?:exec|execSync)\\s*\\(`, 'g'), 'bare'),
  ];
}

const SUBPROCESS_FUNCTIONS = ['run', 'call', 'check_call', 'check_output', 'Popen'];

/** `subprocess.run(` and, after `from subprocess import Popen`, bare `Popen(`. */
function findSubprocessCalls(view: SourceView): Call[] {
  const bare = importedNames(view, ['subprocess']).filter((name) => SUBPROCESS_FUNCTIONS.includes(name));
  const callee = bare.length > 0 ? `|(?<![\\w.])(?<!def\\s{1,4})(?:${bare.join('|')})` : '';
  return findCalls(view, new RegExp(`(?:\\bsubprocess\\.(?:${SUBPROCESS_FUNCTIONS.join('|')})${callee})\\s*\\(`, 'g'));
}
const PY_ALWAYS_SHELL = /\b(?:os\.(?:system|popen)|subprocess\.(?:getoutput|getstatusoutput))\s*\(/g;

/** A formatted command is the classic injection; a plain variable may be constant, so it is less sure. */
function rateCommand(view: SourceView, call: Call): { start: number; end: number; confidence: number } | [] {
  const command = call.args[0];
  if (!command) return [];
  const kind = classifyExpression(view, command);
  if (kind === 'literal') return [];
  return { start: call.start, end: call.end, confidence: kind === 'formatted' ? 0.9 : 0.6 };
}

export const commandInjectionRules: VulnRule[] = [
  {
    id: 'vuln/command-injection',
    takesInput: true,
    description: 'child_process exec/execSync runs a shell on a command built by interpolation or concatenation',
    title: 'Shell command built from values (command injection risk): use execFile with an argument array',
    languages: ['js', 'ts'],
    severity: 'high',
    confidence: 0.9,
    effortHours: 2,
    keywords: ['child_process'],
    detect: (view) =>
      findShellCalls(view).filter((call) => call.args[0] && classifyExpression(view, call.args[0]) === 'formatted'),
    examples: {
      positive: [
        "const { exec } = require('child_process');\nexec(`git log ${branch}`);",
        "import cp from 'node:child_process';\ncp.execSync('rm -rf ' + dir);",
        "require('child_process').exec('ls ' + req.query.dir, cb);",
      ],
      negative: [
        "const { execFile } = require('child_process');\nexecFile('git', ['log', branch]);",
        "const { exec } = require('child_process');\nexec('git status');",
        "const cp = require('child_process');\nconst m = /a(b)/.exec(`x ${y}`);",
        "const cp = require('child_process');\n// exec(`rm ${x}`)",
      ],
    },
  },
  {
    id: 'vuln/command-injection',
    takesInput: true,
    description: 'subprocess with shell=True, os.system or os.popen on a command that is not a constant',
    title: 'Shell command built from values (command injection risk): pass an argument list without shell=True',
    languages: ['py'],
    severity: 'high',
    confidence: 0.9,
    effortHours: 2,
    keywords: ['subprocess', 'os.system', 'os.popen'],
    detect: (view) => [
      ...findSubprocessCalls(view)
        .filter((call) => call.args.some((arg) => /^shell\s*=\s*True$/.test(codeOf(view, arg))))
        .flatMap((call) => rateCommand(view, call)),
      ...findCalls(view, PY_ALWAYS_SHELL).flatMap((call) => rateCommand(view, call)),
    ],
    examples: {
      positive: [
        'subprocess.run(f"tar xf {name}", shell=True)',
        'os.system("rm -rf " + path)',
        'subprocess.Popen(cmd, shell=True)',
        'from subprocess import PIPE, Popen\nPopen("ls " + folder, shell=True, stdout=PIPE)',
        "os.popen('ls %s' % folder)",
      ],
      negative: [
        'subprocess.run(["tar", "xf", name])',
        'subprocess.run("make all", shell=True)',
        'os.system("clear")',
        'subprocess.run(cmd, shell=False)',
        'from subprocess import Popen\nPopen(cmd, shell=use_shell)',
        'Popen("ls " + folder, shell=True)',
        '# os.system("rm " + path)',
      ],
    },
  },
];
