// How big can a loop get, and does its cost matter? A lookup or a concatenation per iteration costs
// something only when the loop runs over data that grows with the input (the lines of a file, the rows
// of a query, a directory walk) on a path that runs for real work. Loops over a handful of items fixed
// by the code (a literal tuple, an exception's args or notes, a dict of options, the members of an enum
// or a module constant) and loops that only build an error message or a repr are not perf items:
// rewriting them is churn, whatever the pattern looks like.
import { regionsAround, type CodeModel, type LoopBlock } from './code-model.js';

/**
 * The code naming what a loop iterates: the header of a statement loop, the line of a comprehension or
 * of a callback (`rows.forEach((row) => …)`), read in the raw text so `split('\n')` is visible.
 */
export function loopHeader(model: CodeModel, loop: LoopBlock): string {
  const lineStart = model.text.lastIndexOf('\n', loop.start - 1) + 1;
  const end = loop.kind === 'comprehension' ? loop.bodyEnd : Math.max(loop.bodyStart, loop.start + 1);
  return model.text.slice(lineStart, Math.min(end, lineStart + 600));
}

// What a loop reads when it reads input that grows: lines and rows of files, queries and streams, and
// directory walks. Names count when they say so (`source_lines`, `allRows`).
const largeInput = new RegExp(
  [
    String.raw`\b\w*(?:lines|Lines|rows|Rows|records|Records)\b`,
    String.raw`\b(?:readlines|splitlines|readline|readdirSync|readdir|listdir|scandir|iterdir|os\.walk|walk|glob|rglob|iglob|fetchall|fetchmany|cursor|reader|stdin|iterrows|itertuples|files|filenames)\b`,
    String.raw`\bopen\s{0,10}\(`,
    String.raw`\.read\s{0,10}\(\s{0,10}\)`,
    String.raw`\bsplit\s{0,10}\(\s{0,10}(?:["'\x60](?:\\r)?\\n["'\x60]|/(?:\\r\??)?\\n/)`,
  ].join('|'),
);

/** The loop, or a loop around it, visibly runs over input that grows: lines of a file, rows, a walk. */
export function iteratesLargeInput(model: CodeModel, loops: readonly LoopBlock[]): boolean {
  return loops.some((loop) => largeInput.test(loopHeader(model, loop)));
}

/** The iterated expression of a statement loop (`for x in EXPR:`, `for (const x of EXPR)`), if readable. */
function iteratedExpression(header: string): string | undefined {
  const py = /^\s{0,80}(?:async\s{1,10})?for\s{1,10}[^]{1,200}?\s{1,10}in\s{1,10}([^]{1,400}?)\s{0,10}:\s{0,10}$/.exec(
    header,
  );
  if (py) return py[1];
  const js =
    /\bfor\s{0,10}\(\s{0,10}(?:const|let|var)?\s{0,10}[^;]{1,200}?\s(?:of|in)\s{1,10}([^]{1,400})\)\s{0,10}\{?\s{0,10}$/.exec(
      header,
    );
  return js?.[1];
}

// Iterables fixed by the code: a literal, an exception's args or notes (or an exception group's members),
// a dict of options, an enum or a module constant, a small range.
const smallIterable = new RegExp(
  [
    // a literal tuple, list or set (not a comprehension): `(a, b, c)`, `["x", "y"]`
    String.raw`^(?:enumerate\s{0,10}\(\s{0,10})?[([{](?![^]*\bfor\b)[^]*[)\]}]\)?$`,
    String.raw`(?:\.|\b)(?:args|__notes__|notes|exceptions|__mro__|mro\(\)|__bases__)\)?$`,
    String.raw`(?:^|\.)(?:options|opts|kwargs|kwds|flags)(?:\.(?:items|keys|values)\(\))?\)?$`,
    // MODULE_CONSTANT, an Enum class (`for member in Color`), `list(Color)`, `Object.keys(DEFAULTS)`
    String.raw`^(?:(?:enumerate|list|tuple|sorted|reversed|Object\.(?:keys|values|entries))\s{0,10}\(\s{0,10})?(?:[\w.]{0,80}\.)?(?:[A-Z][A-Z0-9_]{1,80}|[A-Z][a-z]\w{0,80})\)?(?:\.(?:items|keys|values)\(\))?$`,
    String.raw`^range\s{0,10}\(\s{0,10}\d{1,2}\s{0,10}\)$`,
  ].join('|'),
);

/** The innermost loop iterates something small by construction. */
export function iteratesSmallCollection(model: CodeModel, loop: LoopBlock): boolean {
  if (loop.iterable && (smallIterable.test(loop.iterable) || isSmallLiteralName(model, loop.iterable))) return true;
  if (loop.kind === 'callback' && callsOnLiteral(model, loop.start)) return true;
  const iterated = iteratedExpression(loopHeader(model, loop))?.trim();
  return iterated !== undefined && (smallIterable.test(iterated) || isSmallLiteralName(model, iterated));
}

// Up to this many elements a literal is a handful of values written in the code.
const SMALL_LITERAL = 16;

/** `[A, B, C].filter(…)`: a callback loop (starting at the call's `(`) over an array literal written in the code. */
function callsOnLiteral(model: CodeModel, open: number): boolean {
  const receiverEnd = /\]\s{0,40}\.\s{0,10}[\w$]{1,40}\s{0,10}$/.exec(
    model.masked.slice(Math.max(0, open - 100), open),
  );
  if (!receiverEnd) return false;
  const at = open - receiverEnd[0].length;
  if (model.masked[at] !== ']') return false;
  let depth = 0;
  for (let from = at; from >= Math.max(0, at - 4000); from--) {
    const char = model.masked[from];
    if (char === ']' || char === ')' || char === '}') depth++;
    else if (char === '[' || char === '(' || char === '{') depth--;
    if (depth === 0) return isSmallLiteral(model, from);
  }
  return false;
}

function isSmallLiteral(model: CodeModel, open: number): boolean {
  const inside = model.masked.slice(open + 1, model.closeOf(open) - 1);
  return !/\bfor\b|\.\.\./.test(inside) && inside.split(',').length <= SMALL_LITERAL;
}

/** A plain name the file binds once to a literal of a few values (`const systemModifiers = ['ctrl', …]`) and never grows. */
function isSmallLiteralName(model: CodeModel, name: string): boolean {
  if (!/^[A-Za-z_$][\w$]{0,80}$/.test(name)) return false;
  const escaped = name.replace(/\$/g, '\\$');
  const bindings = [
    ...model.masked.matchAll(
      new RegExp(
        `(?<![\\w$.])${escaped}\\s{0,10}(?::[^=;\\n]{1,120})?=(?![=>])\\s{0,10}(?:Object\\.freeze\\s{0,10}\\(\\s{0,10})?([[({])?`,
        'g',
      ),
    ),
  ];
  if (bindings.length !== 1) return false;
  const binding = bindings[0] as RegExpMatchArray;
  if (binding[1] === undefined) return false;
  const open = (binding.index as number) + binding[0].length - 1;
  return (
    isSmallLiteral(model, open) &&
    !new RegExp(
      `(?<![\\w$.])${escaped}\\s{0,10}(?:\\.\\s{0,10}(?:push|append|extend|unshift|insert|add|update)\\s{0,10}\\(|\\+=|\\[[^\\]]{0,80}\\]\\s{0,10}=(?!=))`,
    ).test(model.masked)
  );
}

// Functions that only format, describe or report: their loops run once per message, over what went
// wrong or over the parts of one value.
const reportingName =
  /^(?:_{0,2}(?:repr|str|format|toString|inspect|describe|explain)(?:[A-Z_]\w{0,80})?|.{0,80}(?:[Rr]epr|Message|message|_msg|Msg|[Ee]rror|[Ff]ailure|_fail)\w{0,80})$|^__(?:str|repr|format)__$/;

/** The names of the functions around `offset`, outermost first (Python `def`, JS function, method or arrow). */
export function enclosingFunctionNames(model: CodeModel, offset: number): string[] {
  return regionsAround(model, offset)
    .filter((region) => region.kind !== 'handler')
    .flatMap((region) => {
      const head = model.masked.slice(Math.max(0, region.start - 400), region.start);
      const py = [...head.matchAll(/\bdef\s{1,10}(\w{1,80})\s{0,10}\(/g)].at(-1);
      if (py) return [py[1] as string];
      const name = [
        ...head.matchAll(
          /(?:function\s{0,10}\*?\s{0,10}([\w$]{1,80})|([\w$]{1,80})\s{0,10}(?::[^=;{}()]{0,120})?=\s{0,10}(?:async\s{1,10})?(?:function\b|\(|[\w$]{1,80}\s{0,10}=>)|([\w$]{1,80})\s{0,10}\()/g,
        ),
      ]
        .map((match) => match[1] ?? match[2] ?? match[3])
        .filter(
          (word) => word !== undefined && !/^(?:if|for|while|switch|catch|function|return|async|await)$/.test(word),
        )
        .at(-1);
      return name ? [name] : [];
    });
}

// Lists that hold what went wrong: short in practice, and filled only on the failure path.
const failureName =
  /(?:^|_|\b)(?:fail(?:ed|ures?)?|errors|missing|unmatched|mismatch(?:es|ed)?)(?:_|\b|[A-Z])|[a-z](?:Failed|Failures|Errors|Missing|Unmatched)/;

/**
 * Code that runs to report a problem, not to do the work: an `except`/`catch` block, a function that
 * formats or describes (repr, __str__, format…, …Message, …Error), a loop over failures, or one that
 * `raise`s/`throw`s what it builds.
 */
export function isReportingPath(model: CodeModel, offset: number, loop: LoopBlock, names: readonly string[]): boolean {
  if (enclosingFunctionNames(model, offset).some((name) => reportingName.test(name))) return true;
  if (inHandlerBlock(model, offset)) return true;
  if ([iteratedExpression(loopHeader(model, loop)) ?? loop.iterable ?? '', ...names].some((n) => failureName.test(n)))
    return true;
  // the loop builds the text of an exception raised right after it
  const after = model.masked.slice(loop.bodyEnd, loop.bodyEnd + 400);
  return (
    /^\s{0,400}(?:raise|throw)\b/.test(after) && names.some((n) => new RegExp(`\\b${n}\\b`).test(after.slice(0, 200)))
  );
}

/** Inside a Python `except …:` block or a JS `catch (…) {…}` block. */
export function inHandlerBlock(model: CodeModel, offset: number): boolean {
  const lineStart = model.masked.lastIndexOf('\n', offset - 1) + 1;
  const lineIndent = /^[ \t]*/.exec(model.masked.slice(lineStart, lineStart + 200))?.[0].length ?? 0;
  // Python: walk up to the headers of the enclosing blocks (each less indented than the last).
  let indent = lineIndent;
  let at = lineStart;
  let steps = 0;
  while (at > 0 && indent > 0 && steps++ < 400) {
    const previousStart = model.masked.lastIndexOf('\n', at - 2) + 1;
    const line = model.masked.slice(previousStart, at - 1);
    at = previousStart;
    if (line.trim() === '') continue;
    const own = /^[ \t]*/.exec(line)?.[0].length ?? 0;
    if (own >= indent) continue;
    indent = own;
    const code = line.trim();
    if (/^except\b.{0,200}:$/.test(code)) return true;
    if (/^(?:async\s{1,10})?def\b|^class\b/.test(code)) break;
  }
  // JS: the nearest enclosing `catch (…) {` whose block contains the offset.
  for (const match of model.masked
    .slice(Math.max(0, offset - 4000), offset)
    .matchAll(/\bcatch\s{0,10}(?:\([^()]{0,200}\))?\s{0,10}\{/g)) {
    const open = Math.max(0, offset - 4000) + (match.index as number) + match[0].length - 1;
    if (model.closeOf(open) > offset) return true;
  }
  return false;
}

/** The loop body grows `name` (`append`, `insert`, `extend`, `+=` in Python; `push`, `unshift` in JS). */
export function appendsInLoop(model: CodeModel, loop: LoopBlock, name: string, language: 'js' | 'py'): boolean {
  const escaped = name.replace(/\$/g, '\\$');
  const grows =
    language === 'py'
      ? `(?<![\\w.])${escaped}\\s{0,10}(?:\\.\\s{0,10}(?:append|insert|extend)\\s{0,10}\\(|\\+=)`
      : `(?<![\\w$])${escaped}\\s{0,10}\\.\\s{0,10}(?:push|unshift)\\s{0,10}\\(`;
  if (!new RegExp(grows).test(model.masked.slice(loop.bodyStart, loop.bodyEnd))) return false;
  // A list that also shrinks (`stack.pop()`) is a work stack or queue, not a record of values seen.
  const scope = regionsAround(model, loop.start).at(-1) ?? { start: 0, end: model.masked.length };
  const shrinks =
    language === 'py'
      ? `(?<![\\w.])${escaped}\\s{0,10}\\.\\s{0,10}(?:pop|remove|clear)\\s{0,10}\\(|\\bdel\\s{1,10}${escaped}\\s{0,10}\\[`
      : `(?<![\\w$])${escaped}\\s{0,10}\\.\\s{0,10}(?:pop|shift|splice)\\s{0,10}\\(|(?<![\\w$])${escaped}\\s{0,10}\\.\\s{0,10}length\\s{0,10}(?:=(?!=)|-=|--)`;
  return !new RegExp(shrinks).test(model.masked.slice(scope.start, scope.end));
}

// Progress written as each item is done (`console.log(\`Passed: ${name}\`)`, `print(name, "ok")`).
const progressOutput =
  /(?<![\w$.])(?:console\s{0,10}\.\s{0,10}(?:log|info)|process\s{0,10}\.\s{0,10}stdout\s{0,10}\.\s{0,10}write|print)\s{0,10}\(/g;

/**
 * The loop reports each item on the console as it goes (outside its error handling): its output is
 * meant to read in order, one item after the other, so its awaits are sequential by design.
 */
export function reportsEachItem(model: CodeModel, loop: LoopBlock): boolean {
  const body = model.masked.slice(loop.bodyStart, loop.bodyEnd);
  return [...body.matchAll(progressOutput)].some(
    (match) => !inHandlerBlock(model, loop.bodyStart + (match.index as number)),
  );
}
