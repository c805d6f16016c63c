import { indexBrackets, namesIn, type CodeModel, type CodeRegion, type LoopBlock } from './code-model.js';

// Python blocks by indentation over logical lines (brackets and backslashes join physical lines).

interface LogicalLine {
  start: number;
  /** Offset of the first non-blank character, where `code` begins. */
  codeStart: number;
  end: number;
  indent: number;
  code: string;
}

export function buildPyModel(text: string, masked: string): CodeModel {
  const lines = readLogicalLines(masked);
  const loops: LoopBlock[] = [];
  const regions: CodeRegion[] = [];
  lines.forEach((line, index) => {
    loops.push(...readComprehensions(line));
    const first = line.code.charCodeAt(0);
    if (first !== 0x61 && first !== 0x66 && first !== 0x77 && first !== 0x64) return; // a(sync) f(or) w(hile) d(ef)
    const keyword = /^(async\s{1,10})?(for|while|def)\b/.exec(line.code);
    const colon = keyword ? findHeaderColon(line.code, keyword[0].length) : -1;
    if (!keyword || colon < 0) return;
    const header = [keyword[0], keyword[1], keyword[2], line.code.slice(keyword[0].length, colon)];
    const inline = line.code.slice(colon + 1).trim() !== '';
    const bodyStart = inline ? line.codeStart + colon + 1 : (lines[index + 1]?.start ?? line.end);
    const bodyEnd = inline ? line.end : blockEnd(lines, index);
    if (header[2] === 'def') {
      regions.push({ kind: header[1] ? 'async' : 'function', start: bodyStart, end: bodyEnd });
      return;
    }
    const target =
      header[2] === 'for' ? /^\s{1,10}([^]{1,200}?)\s{1,10}in\s{1,10}([^]{1,400})$/.exec(header[3] as string) : null;
    const iterable = target?.[2]?.trim();
    loops.push({
      kind: header[2] === 'while' ? 'while' : header[1] ? 'for-await' : 'for',
      start: line.start,
      bodyStart,
      bodyEnd,
      variables: target ? namesIn(target[1] as string) : [],
      ...(iterable && /^[\w.]{1,120}$/.test(iterable) ? { iterable } : {}),
    });
  });
  return { text, masked, closeOf: indexBrackets(masked), loops, regions };
}

function blockEnd(lines: readonly LogicalLine[], header: number): number {
  const indent = (lines[header] as LogicalLine).indent;
  let end = (lines[header] as LogicalLine).end;
  for (let index = header + 1; index < lines.length; index++) {
    const line = lines[index] as LogicalLine;
    if (line.code.trim() === '') continue;
    if (line.indent <= indent) break;
    end = line.end;
  }
  return end;
}

// Character codes compared directly, not one-character strings or set lookups: this loop reads every
// character of every Python file (35 MB/s with strings, several times that with codes).
const NEWLINE = 0x0a;
const BACKSLASH = 0x5c;

function readLogicalLines(masked: string): LogicalLine[] {
  const lines: LogicalLine[] = [];
  let start = 0;
  let depth = 0;
  for (let at = 0; at <= masked.length; at++) {
    const char = masked.charCodeAt(at);
    if (char === 0x28 || char === 0x5b || char === 0x7b)
      depth++; // ( [ {
    else if (char === 0x29 || char === 0x5d || char === 0x7d)
      depth = depth > 0 ? depth - 1 : 0; // ) ] }
    else if (char !== NEWLINE && at < masked.length) continue;
    if (at < masked.length && (char !== NEWLINE || depth > 0 || masked.charCodeAt(at - 1) === BACKSLASH)) continue;
    const code = masked.slice(start, at);
    const leading = /^[ \t]*/.exec(code)?.[0] ?? '';
    lines.push({
      start,
      codeStart: start + leading.length,
      end: at,
      indent: leading.replace(/\t/g, '        ').length,
      code: code.slice(leading.length),
    });
    start = at + 1;
  }
  return lines;
}

/** The `:` ending a block header: the first one outside brackets (`for x in d[1:3]:`). */
function findHeaderColon(code: string, from: number): number {
  let depth = 0;
  for (let at = from; at < code.length; at++) {
    const char = code[at];
    if (char === '(' || char === '[' || char === '{') depth++;
    else if (char === ')' || char === ']' || char === '}') depth--;
    else if (char === ':' && depth === 0) return at;
  }
  return -1;
}

// `[n for n in names if n in allowed]`: the whole logical line stands for the comprehension's body.
function readComprehensions(line: LogicalLine): LoopBlock[] {
  if (!line.code.includes('for')) return [];
  const statementFor = /^(async\s{1,10})?$/;
  return [...line.code.matchAll(/\bfor\s{1,10}([\w, ()]{1,200}?)\s{1,10}in\b/g)]
    .filter((match) => !statementFor.test(line.code.slice(0, match.index)))
    .map((match) => ({
      kind: 'comprehension' as const,
      start: line.codeStart + (match.index as number),
      bodyStart: line.codeStart,
      bodyEnd: line.end,
      variables: namesIn(match[1] as string),
    }));
}
