// Python functions with their cyclomatic complexity as radon 5 counts it (radon/visitors.py,
// ComplexityVisitor) and their cognitive complexity (SonarSource), from one tree-sitter query: the
// query runs inside the wasm module and hands back only the ~4 % of nodes that matter, where a walk
// from JavaScript paid a crossing into wasm for every property of every node (it cost twice the parse).
//
// Cyclomatic: 1 + if, elif, ternary, each boolean operator, for/while (+1 more with an else), each
// except (+1 for a try else), each comprehension for and if (a match case's guard shares the node
// type, radon 5.1 skips it), assert (whose own expression is not looked into). Cognitive: if, loops,
// except, ternary and match add 1 + nesting; elif and else add 1 (a try's else nothing); each run of
// like boolean operators adds 1; nesting counts the enclosing if, loops, except, ternaries, match
// statements and lambdas. Nested def/class bodies are measured on their own (or not at all); lambda
// bodies count toward the enclosing function. A def inside a syntax error is not measured.
import { compileQuery, withSyntaxTree } from '../parsers/tree-sitter-parse.js';
import type { FunctionMetrics } from './function-metrics.js';

const QUERY = `
(function_definition) @def
(function_definition name: _ @def.name)
(function_definition body: _ @def.body)
(class_definition) @class
(class_definition name: _ @class.name)
(decorated_definition) @scope
(ERROR) @error
(assert_statement) @assert
(if_statement) @if
(elif_clause) @elif
(else_clause) @else
(try_statement (else_clause) @try.else)
(for_statement alternative: (else_clause) @loop.else)
(while_statement alternative: (else_clause) @loop.else)
(conditional_expression) @ternary
(boolean_operator operator: _ @bool.op) @bool
(boolean_operator left: (boolean_operator) @bool.inner)
(boolean_operator right: (boolean_operator) @bool.inner)
(for_in_clause) @forin
(if_clause) @ifclause
(case_clause guard: (if_clause) @guard)
(for_statement) @for
(while_statement) @while
(except_clause) @except
(match_statement) @match
(lambda) @lambda
`;

// What each node kind counts for (bits): a node may carry several captures.
const DEF = 1;
const CLASS = 2;
const SCOPE = 4; // def, class, decorated definition: not looked into by the enclosing function
const ERROR = 8;
const ASSERT = 16;
const NESTS = 32; // if, for, while, except, ternary, match, lambda: children one level deeper
const STRUCTURE = 64; // adds 1 + nesting to cognitive
const CYCLOMATIC = 128; // adds 1 to cyclomatic
const FLAT = 256; // elif, else: adds 1 to cognitive
const TRY_ELSE = 512;
const LOOP_ELSE = 1024;
const GUARD = 2048;
const BOOL = 4096;
const INNER_BOOL = 8192;

const bitsOf: Readonly<Record<string, number>> = {
  def: DEF | SCOPE,
  class: CLASS | SCOPE,
  scope: SCOPE,
  error: ERROR,
  assert: ASSERT | CYCLOMATIC,
  if: NESTS | STRUCTURE | CYCLOMATIC,
  elif: FLAT | CYCLOMATIC,
  else: FLAT,
  'try.else': TRY_ELSE,
  'loop.else': LOOP_ELSE,
  ternary: NESTS | STRUCTURE | CYCLOMATIC,
  bool: BOOL | CYCLOMATIC,
  'bool.inner': INNER_BOOL,
  forin: CYCLOMATIC,
  ifclause: CYCLOMATIC,
  guard: GUARD,
  for: NESTS | STRUCTURE | CYCLOMATIC,
  while: NESTS | STRUCTURE | CYCLOMATIC,
  except: NESTS | STRUCTURE | CYCLOMATIC,
  match: NESTS | STRUCTURE,
  lambda: NESTS,
};

interface Found {
  id: number;
  start: number;
  end: number;
  bits: number;
  row: number;
  endRow: number;
  column: number;
  name?: string;
  bodyStart?: number;
  bodyEnd?: number;
  /** Boolean operators: each operator token's position and text ('and' / 'or'). */
  operators?: Array<[number, string]>;
}

interface Frame {
  node: Found;
  /** The function whose body this frame sits in (undefined: none is measured here). */
  owner: Measure | undefined;
  nesting: number;
  inAssert: boolean;
  prefix: string;
  inClass: boolean;
  inError: boolean;
}

interface Measure {
  metrics: FunctionMetrics;
  bodyStart: number;
  bodyEnd: number;
}

/** Every def (methods and nested functions too), named with its enclosing classes and functions. */
export function measurePythonFunctions(text: string): FunctionMetrics[] {
  return withSyntaxTree('py', text, (root) => {
    const found = collect(compileQuery('py', QUERY).captures(root));
    const functions: FunctionMetrics[] = [];
    const stack: Frame[] = [];
    const operatorRuns = new Map<Found, Array<[number, string]>>();
    const runsOwner = new Map<Found, Measure>();
    for (const node of found) {
      while (stack.length > 0 && node.start >= (stack[stack.length - 1] as Frame).node.end) stack.pop();
      const parent = stack[stack.length - 1];
      const inBody = (measure: Measure | undefined) =>
        measure !== undefined && node.start >= measure.bodyStart && node.end <= measure.bodyEnd;
      const owner = parent && inBody(parent.owner) ? parent.owner : undefined;
      const frame: Frame = {
        node,
        owner,
        nesting: parent?.owner === owner ? (parent?.nesting ?? 0) : 0,
        inAssert: parent?.owner === owner ? (parent?.inAssert ?? false) : false,
        prefix: parent?.prefix ?? '',
        inClass: parent?.inClass ?? false,
        inError: (parent?.inError ?? false) || (node.bits & ERROR) !== 0,
      };
      if (node.bits & SCOPE) {
        frame.owner = undefined; // an enclosing function does not look into a nested def, class or decorator
        if (node.bits & (DEF | CLASS)) {
          const name = node.name ?? '<anonymous>';
          if (node.bits & DEF && node.bodyStart !== undefined && !frame.inError) {
            const metrics: FunctionMetrics = {
              name: frame.prefix + name,
              kind: frame.inClass ? 'method' : 'function',
              line: node.row + 1,
              endLine: node.endRow + 1,
              column: node.column,
              cyclomatic: 1,
              cognitive: 0,
            };
            functions.push(metrics);
            frame.owner = { metrics, bodyStart: node.bodyStart, bodyEnd: node.bodyEnd ?? node.end };
            frame.nesting = 0;
            frame.inAssert = false;
          }
          frame.prefix = `${frame.prefix}${name}.`;
          frame.inClass = (node.bits & CLASS) !== 0;
        }
      } else if (owner) {
        const { metrics } = owner;
        if (node.bits & CYCLOMATIC && !(node.bits & GUARD) && !frame.inAssert) metrics.cyclomatic += 1;
        if (node.bits & (TRY_ELSE | LOOP_ELSE) && !frame.inAssert) metrics.cyclomatic += 1;
        if (node.bits & STRUCTURE) metrics.cognitive = (metrics.cognitive ?? 0) + 1 + frame.nesting;
        if (node.bits & FLAT && !(node.bits & TRY_ELSE)) metrics.cognitive = (metrics.cognitive ?? 0) + 1;
        if (node.bits & BOOL) {
          // a run tree is the top operator and its operator children, in source order
          const top = node.bits & INNER_BOOL && parent && parent.node.bits & BOOL ? topOf(parent, stack) : node;
          const runs = operatorRuns.get(top) ?? [];
          runs.push(...(node.operators ?? []));
          operatorRuns.set(top, runs);
          if (top === node) runsOwner.set(node, owner);
        }
        if (node.bits & ASSERT) frame.inAssert = true;
        if (node.bits & NESTS) frame.nesting += 1;
      }
      stack.push(frame);
    }
    for (const [top, operators] of operatorRuns) {
      const measure = runsOwner.get(top);
      if (!measure) continue;
      operators.sort((a, b) => a[0] - b[0]);
      const runs = operators.filter(
        (operator, index) => index === 0 || operator[1] !== operators[index - 1]?.[1],
      ).length;
      measure.metrics.cognitive = (measure.metrics.cognitive ?? 0) + runs;
    }
    return functions;
  });
}

/** The outermost operator of a chain of boolean operators nested directly in one another. */
function topOf(frame: Frame, stack: readonly Frame[]): Found {
  let at = stack.lastIndexOf(frame);
  let top = frame.node;
  while (top.bits & INNER_BOOL && at > 0) {
    const above = stack[at - 1] as Frame;
    if (!(above.node.bits & BOOL)) break;
    top = above.node;
    at -= 1;
  }
  return top;
}

/** Captures merged per node, ordered outermost first (start ascending, end descending). */
function collect(captures: ReturnType<ReturnType<typeof compileQuery>['captures']>): Found[] {
  const byId = new Map<number, Found>();
  const operatorsOf = new Map<number, Array<[number, string]>>();
  const pending: Array<[owner: 'name' | 'body' | 'op', capture: (typeof captures)[number]]> = [];
  for (const capture of captures) {
    const { name, node } = capture;
    if (name === 'def.name' || name === 'class.name') pending.push(['name', capture]);
    else if (name === 'def.body') pending.push(['body', capture]);
    else if (name === 'bool.op') pending.push(['op', capture]);
    else {
      const bits = bitsOf[name] ?? 0;
      const known = byId.get(node.id);
      if (known) known.bits |= bits;
      else
        byId.set(node.id, {
          id: node.id,
          start: node.startIndex,
          end: node.endIndex,
          bits,
          row: node.startPosition.row,
          endRow: node.endPosition.row,
          column: node.startPosition.column,
        });
    }
  }
  // names, bodies and operator tokens belong to the node they were captured under (their parent)
  for (const [kind, { node }] of pending) {
    const parent = node.parent;
    const owner = parent ? byId.get(parent.id) : undefined;
    if (!owner) continue;
    if (kind === 'name') owner.name = node.text;
    else if (kind === 'body') {
      owner.bodyStart = node.startIndex;
      owner.bodyEnd = node.endIndex;
    } else {
      const list = operatorsOf.get(owner.id) ?? [];
      list.push([node.startIndex, node.type]);
      operatorsOf.set(owner.id, list);
      owner.operators = list;
    }
  }
  return [...byId.values()].sort((a, b) => a.start - b.start || b.end - a.end || (b.bits & SCOPE) - (a.bits & SCOPE));
}
