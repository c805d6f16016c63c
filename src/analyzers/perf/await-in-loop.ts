import { namesIn, type CodeModel } from './code-model.js';
import { declaredNames, readArguments, variantNames } from './loop-variance.js';
import { reportsEachItem } from './loop-size.js';
import type { PerfHit } from './rule-types.js';

// An await in a for loop whose call uses this iteration's item and nothing a previous iteration
// produced: the calls could run together. Loops that exit early, pace themselves, say why they are
// sequential, or feed one iteration's result into the next are left alone.

// Calls whose order matters (UI steps, stream writes, locks) or that pace the loop on purpose. One
// session or connection (a database session, a cursor, a transaction) runs one statement at a time:
// gathering calls on it only queues them, or fails (asyncpg, SQLAlchemy's AsyncSession).
// Given up: aiohttp/httpx requests on one `session`, which could overlap.
export const orderedMethods =
  /^(sleep|delay|wait\w{0,20}|setTimeout|timeout|write\w{0,10}|append\w{0,10}|end|close|click|dblclick|type|press|fill|goto|hover|send|emit|acquire|release|lock|unlock|next|read\w{0,10}|prompt|question|commit|rollback|step|flush)$/i;
export const orderedReceivers =
  /^(page|browser|frame|locator|writer|stream|socket|ws|tx|trx|txn|transaction|session|sess|\w{0,20}_session|\w{0,20}Session|conn|connection|\w{0,20}_conn|\w{0,20}Conn|\w{0,20}_connection|\w{0,20}Connection|rl|readline|stdin|stdout|reader|cursor|cur|iterator|queue|mutex|semaphore|limiter|keyboard|mouse)$/i;
export const sequentialByDesign =
  /\b(sequential\w{0,4}|one at a time|in order|serially|rate.?limit\w{0,3}|throttl\w{0,3}|no-await-in-loop|one by one)\b|\b(sleep|delay|setTimeout)\s{0,10}\(/i;

export function findAwaitInLoop(model: CodeModel): PerfHit[] {
  const hits: PerfHit[] = [];
  for (const loop of model.loops) {
    if (!['for-of', 'for-in', 'for'].includes(loop.kind)) continue;
    const body = model.masked.slice(loop.bodyStart, loop.bodyEnd);
    // A comment on the line above the loop counts as saying why it is sequential.
    const lineAbove = model.text.lastIndexOf('\n', model.text.lastIndexOf('\n', loop.start - 1) - 1) + 1;
    if (
      /\b(break|return|throw)\b/.test(body) ||
      sequentialByDesign.test(model.text.slice(lineAbove, loop.bodyEnd)) ||
      reportsEachItem(model, loop)
    )
      continue;
    const nested = [...model.regions, ...model.loops.filter((inner) => inner.kind === 'callback')]
      .map((inner) => ('bodyStart' in inner ? { start: inner.bodyStart, end: inner.bodyEnd } : inner))
      .filter((inner) => inner.start > loop.bodyStart && inner.start < loop.bodyEnd);
    const perIteration = new Set([...loop.variables, ...declaredNames(model, loop)]);
    const outer = [...variantNames(model, loop, 'js')].filter((name) => !perIteration.has(name));
    for (const match of body.matchAll(/\bawait\s{1,10}([\w$.]{1,120})\s{0,10}\(/g)) {
      const offset = loop.bodyStart + (match.index as number);
      const chain = (match[1] as string).split('.');
      if (nested.some((inner) => inner.start <= offset && offset < inner.end)) continue;
      // Promise.all inside the loop is already the batched form; imports run modules in order.
      if (
        chain[0] === 'Promise' ||
        chain[0] === 'import' ||
        orderedMethods.test(chain.at(-1) as string) ||
        chain.slice(0, -1).some((part) => orderedReceivers.test(part))
      )
        continue;
      const used = namesIn(readArguments(model, offset + match[0].length - 1).masked);
      const statement = body.slice(
        Math.max(body.lastIndexOf(';', match.index), body.lastIndexOf('\n', match.index)) + 1,
        match.index,
      );
      const assigned = /(?<![\w$.])([\w$]{1,80})\s{0,10}(?:[-+*/%]|\?\?|\|\||&&)?=\s{0,10}$/.exec(statement)?.[1];
      if (
        !used.some((name) => perIteration.has(name)) ||
        used.some((name) => outer.includes(name)) ||
        (assigned && outer.includes(assigned))
      )
        continue;
      hits.push({ offset });
      break;
    }
  }
  return hits;
}
