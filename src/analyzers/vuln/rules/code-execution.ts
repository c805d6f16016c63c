import { classifyExpression } from '../expression-kind.js';
import type { VulnRule } from '../rule-types.js';
import { findCalls } from '../source-view.js';

// A constant argument (`eval('1 + 1')`, `exec('import x')`) runs only code its author wrote, so it is
// not reported; anything built or passed in at run time is.
export const codeExecutionRules: VulnRule[] = [
  {
    id: 'vuln/dynamic-code-execution',
    description: 'eval or new Function on a value built at run time: code injection if any part comes from input',
    title: 'eval/new Function on a non-constant value (code injection risk)',
    languages: ['js', 'ts'],
    severity: 'high',
    confidence: 0.8,
    effortHours: 3,
    keywords: ['eval', 'Function'],
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
    description: 'exec or eval on a value built at run time: code injection if any part comes from input',
    title: 'exec/eval on a non-constant value (code injection risk)',
    languages: ['py'],
    severity: 'high',
    confidence: 0.8,
    effortHours: 3,
    keywords: ['exec', 'eval'],
    detect: (view) =>
      findCalls(view, /(?<![\w.])(?<!def\s{1,4})(?:exec|eval)\s*\(/g).filter(
        (call) => call.args[0] && classifyExpression(view, call.args[0]) !== 'literal',
      ),
    examples: {
      positive: ['exec(code)', 'result = eval(request.args["q"])', 'exec(f"x = {value}")'],
      negative: [
        "exec('import os')",
        'ast.literal_eval(text)',
        'def eval(self, env):',
        'model.eval()',
        '# eval(data)',
        's = "exec(x)"',
      ],
    },
  },
];
