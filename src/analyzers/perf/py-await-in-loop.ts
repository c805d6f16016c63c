import { namesIn, regionsAround, type CodeModel } from './code-model.js';
import { orderedMethods, orderedReceivers, sequentialByDesign } from './await-in-loop.js';
import { readArguments, variantNames } from './loop-variance.js';
import { reportsEachItem } from './loop-size.js';
import type { PerfHit } from './rule-types.js';

// The Python form of perf/await-in-loop: `for x in xs: await fetch(x)` could be asyncio.gather().
// Python has no declarations, so a name assigned in the body that was also assigned before the
// loop is taken to carry state from one iteration to the next.

export function findPyAwaitInLoop(model: CodeModel): PerfHit[] {
  const hits: PerfHit[] = [];
  for (const loop of model.loops) {
    if (loop.kind !== 'for') continue;
    const body = model.masked.slice(loop.bodyStart, loop.bodyEnd);
    const lineAbove = model.text.lastIndexOf('\n', model.text.lastIndexOf('\n', loop.start - 1) - 1) + 1;
    if (
      /\b(break|return|raise)\b/.test(body) ||
      sequentialByDesign.test(model.text.slice(lineAbove, loop.bodyEnd)) ||
      reportsEachItem(model, loop)
    )
      continue;
    const scopeStart = regionsAround(model, loop.start).at(-1)?.start ?? 0;
    const before = model.masked.slice(scopeStart, loop.start);
    const assigned = [...variantNames(model, loop, 'py')].filter((name) => !loop.variables.includes(name));
    const carried = new Set(
      assigned.filter((name) => new RegExp(`^[ \\t]{0,80}${name}\\s{0,10}(?:[-+*/]|//)?=(?!=)`, 'm').test(before)),
    );
    const fresh = new Set([...loop.variables, ...assigned.filter((name) => !carried.has(name))]);
    for (const match of body.matchAll(/\bawait\s{1,10}([\w.]{1,120})\s{0,10}\(/g)) {
      const offset = loop.bodyStart + (match.index as number);
      const chain = (match[1] as string).split('.');
      if (
        model.regions.some((region) => region.start > loop.bodyStart && region.start <= offset && offset < region.end)
      )
        continue;
      if (
        chain[0] === 'asyncio' ||
        orderedMethods.test(chain.at(-1) as string) ||
        chain.slice(0, -1).some((part) => orderedReceivers.test(part))
      )
        continue;
      const used = namesIn(readArguments(model, offset + match[0].length - 1).masked);
      const statement = body.slice(body.lastIndexOf('\n', match.index) + 1, match.index);
      const target = /^\s{0,80}(\w{1,80})\s{0,10}(?:[-+*/]|\/\/)?=\s{0,10}$/.exec(statement)?.[1];
      if (
        !used.some((name) => fresh.has(name)) ||
        used.some((name) => carried.has(name)) ||
        (target && carried.has(target))
      )
        continue;
      hits.push({ offset });
      break;
    }
  }
  return hits;
}
