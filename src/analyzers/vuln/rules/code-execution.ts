import { classifyExpression } from '../expression-kind.js';
import type { SourceView, VulnRule } from '../rule-types.js';
import { codeOf, findCalls, type Call } from '../source-view.js';

/**
 * exec of a Python file into a module's namespace (`exec(code, module.__dict__)`, as importlib's
 * loaders and config-file readers do) or of an opened file's text (`exec(compile(f.read(), …))`,
 * as a startup script is run) executes a program file: the trust of an import, not input run as code.
 */
function isModuleLoading(view: SourceView, call: Call): boolean {
  const namespace = call.args[1] ? codeOf(view, call.args[1]) : '';
  const module = /^(\w{1,80})\.__dict__$/.exec(namespace)?.[1];
  if (
    module &&
    (/^(?:module|mod)$/.test(module) ||
      new RegExp(`\\b${module}\\s*=\\s*[\\w.]{0,80}(?:ModuleType|module_from_spec|new_module)\\s*\\(`).test(view.code))
  )
    return true;
  const source = /^(?:compile\s*\(\s*)?(\w{1,80})\.read\s*\(\s*\)/.exec(
    codeOf(view, call.args[0] as Call['args'][0]),
  )?.[1];
  return source !== undefined && new RegExp(`\\bopen\\s*\\([^\\n]{0,300}\\)\\s+as\\s+${source}\\b`).test(view.code);
}

// A constant argument (`eval('1 + 1')`, `exec('import x')`) runs only code its author wrote, so it is
// not reported; anything built or passed in at run time is.
// Tests and docs examples execute their own snippets and make up their own tokens.
const FIXTURE_CONTEXTS = ['test', 'docs', 'example'] as const;

export const codeExecutionRules: VulnRule[] = [
  {
    id: 'vuln/dynamic-code-execution',
    takesInput: true,
    description: 'eval or new Function on a value built at run time: code injection if any part comes from input',
    title: 'eval/new Function on a non-constant value (code injection risk)',
    languages: ['js', 'ts'],
    severity: 'high',
    confidence: 0.8,
    effortHours: 3,
    keywords: ['eval', 'Function'],
    outsideInputOnlyIn: FIXTURE_CONTEXTS,
    detect: (view) => [
      ...findCalls(view, /(?<![\w$.])eval\s*\(/g).filter(
        (call) => call.args[0] && classifyExpression(view, call.args[0]) !== 'literal',
      ),
      ...findCalls(view, /\bnew\s+Function\s*\(/g).filter((call) =>
        call.args.some((arg) => classifyExpression(view, arg) !== 'literal'),
      ),
    ],
    examples: {
      positive: [
        'eval(req.body.expr)',
        'const fn = new Function("a", body)',
        'eval(`return ${input}`)',
        'eval("x = " + value)',
      ],
      negative: [
        'eval("1 + 1")',
        'const s = "eval(x)"',
        '// eval(userInput)',
        'redis.eval(script, 0)',
        'const evaluate = (x) => x',
        'new Function("return this")',
      ],
    },
  },
  {
    id: 'vuln/dynamic-code-execution',
    takesInput: true,
    description: 'exec or eval on a value built at run time: code injection if any part comes from input',
    title: 'exec/eval on a non-constant value (code injection risk)',
    languages: ['py'],
    severity: 'high',
    confidence: 0.8,
    effortHours: 3,
    keywords: ['exec', 'eval'],
    outsideInputOnlyIn: FIXTURE_CONTEXTS,
    detect: (view) =>
      findCalls(view, /(?<![\w.])(?<!def\s{1,4})(?:exec|eval)\s*\(/g).filter(
        (call) => call.args[0] && classifyExpression(view, call.args[0]) !== 'literal' && !isModuleLoading(view, call),
      ),
    examples: {
      positive: [
        'exec(code)',
        'result = eval(request.args["q"])',
        'exec(f"x = {value}")',
        'for name in names:\n    exec(f"def test_{name}(): pass")',
        'exec(payload, namespace.__dict__)',
      ],
      negative: [
        "exec('import os')",
        'ast.literal_eval(text)',
        'def eval(self, env):',
        'model.eval()',
        '# eval(data)',
        's = "exec(x)"',
        // values the code fixes: a number from range(), a compiled literal
        'for i in range(100):\n    exec(f"def test_{i}(): pass")',
        'SOURCE = "def f():\\n    return 1\\n"\ncode = compile(SOURCE, "<demo>", "exec")\nexec(code, {})',
        // a Python file run as a module or script: the trust of an import
        'mod = types.ModuleType("settings")\nexec(compile(source, path, "exec"), mod.__dict__)',
        'with open(startup) as f:\n    exec(compile(f.read(), startup, "exec"), namespace)',
      ],
    },
  },
];
