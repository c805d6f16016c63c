import { indexBrackets, namesIn, type CodeModel, type CodeRegion, type LoopBlock } from './code-model.js';

// A bracket walk over masked JS/TS: what opens a `(` or `{` is read from the code just before it.
// Not a parser: a callback whose parameters hold nested parentheses is missed, never misread.

const callbackMethods =
  'forEach|map|filter|reduce|reduceRight|some|every|find|findIndex|findLast|findLastIndex|flatMap';
// Sticky patterns tried only where their keyword last occurs, so each `{` costs one short match.
const before = {
  callback: new RegExp(`([\\w$.]{1,120})\\s{0,10}\\.\\s{0,10}(?:${callbackMethods})\\s{0,10}$`),
  handlerCall:
    /\b(?:app|router|server|api|fastify|route|routes)\s{0,10}\.\s{0,10}(?:get|post|put|patch|delete|all|use|options|head)\s{0,10}$/,
  asyncArrow: /async\s{0,10}(?:\([^()]{0,300}\)|[\w$]{1,80})\s{0,10}(?::[^=;{}]{0,120})?=>\s{0,10}$/y,
  handlerArrow:
    /\(\s{0,10}(?:req|request)\b[^,()]{0,80},\s{0,10}(?:res|response|reply)\b[^()]{0,120}\)\s{0,10}(?::[^=;{}]{0,120})?=>\s{0,10}$/y,
  functionHead: /function\b[\s*]{0,10}[\w$]{0,80}\s{0,10}\(([^()]{0,300})\)\s{0,10}(?::[^{;]{0,120})?$/y,
  asyncMethod:
    /async\s{1,10}(?:static\s{1,10})?\*?\s{0,10}[\w$#]{1,80}\s{0,10}\([^()]{0,300}\)\s{0,10}(?::[^{;]{0,120})?$/y,
};

interface LoopHeader {
  kind: LoopBlock['kind'];
  start: number;
  header: string;
}

export function buildJsModel(text: string, masked: string): CodeModel {
  const loops: LoopBlock[] = [];
  const regions: CodeRegion[] = [];
  const closeOf = indexBrackets(masked);
  const brackets = /[({]/g;
  for (let found = brackets.exec(masked); found; found = brackets.exec(masked)) {
    const at = found.index;
    // The word just before the bracket decides which (if any) of the costlier patterns may apply.
    const { word, dotted, end } = readWordBefore(masked, at);
    const head = () => masked.slice(Math.max(0, at - 400), at);
    if (masked[at] === '(') {
      const forAwait = word === 'await' && readWordBefore(masked, end).word === 'for';
      if (word === 'for' || word === 'while' || forAwait) {
        const close = closeOf(at);
        const kind = word === 'while' ? 'while' : forAwait ? 'for-await' : 'for';
        const start = forAwait ? readWordBefore(masked, end).end : end;
        const bodyStart = close + (/^\s*/.exec(masked.slice(close, close + 200))?.[0].length ?? 0);
        const braced = masked[bodyStart] === '{';
        const bodyEnd = braced ? closeOf(bodyStart) : endOfStatement(masked, bodyStart);
        loops.push({ ...readHeader({ kind, start, header: masked.slice(at + 1, close - 1) }), bodyStart, bodyEnd });
        // Resume inside the body: its brackets are looked at like any others.
        brackets.lastIndex = braced ? bodyStart + 1 : bodyStart;
        continue;
      }
      if (dotted && callbackNames.has(word))
        loops.push(readCallback(masked, closeOf(at), at, before.callback.exec(head())?.[1]));
      if (dotted && handlerMethods.has(word) && before.handlerCall.test(head()))
        regions.push({ kind: 'handler', start: at, end: closeOf(at) });
    } else {
      if (word === 'do') loops.push({ kind: 'do', start: at, bodyStart: at, bodyEnd: closeOf(at), variables: [] });
      const window = head();
      const kind = readFunctionKind(window);
      if (kind) regions.push({ kind, start: at, end: closeOf(at) });
    }
  }
  return { text, masked, closeOf, loops, regions };
}

const callbackNames = new Set(callbackMethods.split('|'));
const handlerMethods = new Set(['get', 'post', 'put', 'patch', 'delete', 'all', 'use', 'options', 'head']);

/** The identifier ending just before `at` (spaces skipped), whether a `.` precedes it, and where it starts. */
function readWordBefore(masked: string, at: number): { word: string; dotted: boolean; end: number } {
  let stop = at;
  while (stop > 0 && isSpace(masked.charCodeAt(stop - 1))) stop--;
  let start = stop;
  while (start > 0 && isWordChar(masked.charCodeAt(start - 1))) start--;
  let dot = start;
  while (dot > 0 && isSpace(masked.charCodeAt(dot - 1))) dot--;
  return { word: masked.slice(start, stop), dotted: masked[dot - 1] === '.', end: start };
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}

function isWordChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 95 ||
    code === 36
  );
}

function readFunctionKind(head: string): CodeRegion['kind'] | undefined {
  const arrow = /=>\s{0,10}$/.test(head.slice(-12));
  const asyncAt = head.lastIndexOf('async');
  const functionAt = head.lastIndexOf('function');
  if (arrow && matchesAt(before.handlerArrow, head, head.lastIndexOf('(', head.lastIndexOf('=>')))) return 'handler';
  if (matchesAt(arrow ? before.asyncArrow : before.asyncMethod, head, asyncAt)) return 'async';
  if (arrow) return 'function';
  before.functionHead.lastIndex = functionAt;
  const fn = functionAt < 0 ? null : before.functionHead.exec(head);
  if (!fn) return undefined;
  const async = /\basync\s{1,10}$/.test(head.slice(Math.max(0, functionAt - 12), functionAt));
  return async
    ? 'async'
    : /^\s{0,10}(?:req|request)\b[^,]{0,80},\s{0,10}(?:res|response|reply)\b/.test(fn[1] ?? '')
      ? 'handler'
      : 'function';
}

function matchesAt(pattern: RegExp, text: string, at: number): boolean {
  if (at < 0) return false;
  pattern.lastIndex = at;
  return pattern.test(text);
}

// A braceless body ends at its first `;` or at the end of the line it starts on.
function endOfStatement(masked: string, from: number): number {
  const semicolon = masked.indexOf(';', from);
  const newline = masked.indexOf('\n', from);
  const ends = [semicolon === -1 ? masked.length : semicolon + 1, newline === -1 ? masked.length : newline];
  return Math.min(...ends);
}

function readHeader(loop: LoopHeader): Omit<LoopBlock, 'bodyStart' | 'bodyEnd'> {
  const iteration =
    loop.kind === 'while'
      ? null
      : /^\s{0,10}(?:const|let|var)?\s{0,10}([^;]{1,300}?)\s{1,10}(of|in)\s{1,10}([^;]{1,300})$/.exec(loop.header);
  if (iteration) {
    const iterable = (iteration[3] as string).trim();
    const kind = loop.kind === 'for-await' ? 'for-await' : iteration[2] === 'of' ? 'for-of' : 'for-in';
    return {
      kind,
      start: loop.start,
      variables: namesIn(iteration[1] as string),
      ...(/^[\w$.]{1,120}$/.test(iterable) ? { iterable } : {}),
    };
  }
  // Classic for: names declared in the init clause and names updated in the step clause.
  const [init = '', , step = ''] = loop.header.split(';');
  const declared = [...init.matchAll(/\b(?:let|var|const)\s{1,10}([\w$]{1,80})/g)].map((match) => match[1] as string);
  return { kind: loop.kind, start: loop.start, variables: [...new Set([...declared, ...namesIn(step)])] };
}

function readCallback(masked: string, end: number, open: number, receiver: string | undefined): LoopBlock {
  const args = masked.slice(open + 1, end - 1);
  const params =
    /^\s{0,10}(?:async\s{0,10})?(?:\(([^()]{0,300})\)|([\w$]{1,80}))\s{0,10}(?::[^=;{}]{0,120})?=>/.exec(args) ??
    /^\s{0,10}(?:async\s{1,10})?function\b[^(]{0,80}\(([^()]{0,300})\)/.exec(args);
  const variables = params ? namesIn((params[1] ?? params[2] ?? '').replace(/:[^,=]{0,120}/g, '')) : [];
  return {
    kind: 'callback',
    start: open,
    bodyStart: open + 1,
    bodyEnd: end - 1,
    variables,
    ...(receiver ? { iterable: receiver } : {}),
  };
}
