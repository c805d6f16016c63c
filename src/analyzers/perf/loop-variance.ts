import { namesIn, type CodeModel, type LoopBlock } from './code-model.js';

// What changes from one iteration to the next: the loop's own variables, names declared or
// assigned in its body, and parameters of functions written in it. An expression using none of
// them (and calling nothing) computes the same value every iteration.

const jsBindings = [
  /\b(?:const|let|var)\s{1,10}([\w$]{1,80})/g,
  /\b(?:const|let|var)\s{0,10}[{[]([^=;]{0,300})[}\]]\s{0,10}=/g,
  /(?<![\w$.])([\w$]{1,80})\s{0,10}(?:[-+*/%&|^]|\*\*|<<|>>>?|\?\?|&&|\|\|)?=(?![=>])/g,
  /([\w$]{1,80})\s{0,10}(?:\+\+|--)|(?:\+\+|--)\s{0,10}([\w$]{1,80})/g,
  /\(([^()]{0,300})\)\s{0,10}(?::[^=;{}()]{0,120})?=>/g,
  /([\w$]{1,80})\s{0,10}=>/g,
  /\bfunction\b[^(]{0,80}\(([^()]{0,300})\)/g,
  /\bcatch\s{0,10}\(([^()]{0,120})\)/g,
];

const pyBindings = [
  /^[ \t]{0,80}([\w, ()[\]*]{1,200}?)\s{0,10}(?:[-+*/%&|^@]|\*\*|\/\/|<<|>>)?=(?!=)/gm,
  /\bfor\s{1,10}([\w, ()[\]*]{1,200}?)\s{1,10}in\b/g,
  /\bas\s{1,10}([\w, ()]{1,200})/g,
  /([\w]{1,80})\s{0,10}:=/g,
  /\bdef\s{1,10}\w{1,80}\s{0,10}\(([^)]{0,300})\)/g,
  /\blambda\b([^:]{0,200}):/g,
];

export function variantNames(model: CodeModel, loop: LoopBlock, language: 'js' | 'py'): Set<string> {
  const body = model.masked.slice(loop.bodyStart, loop.bodyEnd);
  const names = new Set(loop.variables);
  for (const pattern of language === 'js' ? jsBindings : pyBindings) {
    for (const match of body.matchAll(pattern)) for (const name of namesIn(match.slice(1).join(' '))) names.add(name);
  }
  return names;
}

/** Names declared in the body (not merely assigned): a value made fresh each iteration. */
export function declaredNames(model: CodeModel, loop: LoopBlock): Set<string> {
  const body = model.masked.slice(loop.bodyStart, loop.bodyEnd);
  return new Set(
    [...body.matchAll(jsBindings[0] as RegExp), ...body.matchAll(jsBindings[1] as RegExp)].flatMap((match) =>
      namesIn(match[1] ?? ''),
    ),
  );
}

/** Arguments of the call whose `(` is at `open`, masked and raw. */
export function readArguments(model: CodeModel, open: number): { masked: string; raw: string } {
  const close = model.closeOf(open) - 1;
  return { masked: model.masked.slice(open + 1, close), raw: model.text.slice(open + 1, close) };
}

/** True when the arguments are the same every iteration: no call, no varying name, no f-string. */
export function isLoopInvariant(args: { masked: string; raw: string }, variant: ReadonlySet<string>): boolean {
  if (args.masked.trim() === '' || /[(]|\bawait\b|\byield\b/.test(args.masked)) return false;
  if (/(?<![\w])[fF][rR]?["']|(?<![\w])[rR][fF]["']/.test(args.raw)) return false;
  return namesIn(args.masked).every((name) => !variant.has(name));
}
