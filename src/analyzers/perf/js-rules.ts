import { loopsAround, namesIn, regionsAround, type CodeModel } from './code-model.js';
import { findInvariantCallsInLoops, isDeclaredArray } from './invariant-calls.js';
import { findAwaitInLoop } from './await-in-loop.js';
import { appendsInLoop, isReportingPath, iteratesLargeInput, iteratesSmallCollection } from './loop-size.js';
import { readArguments, variantNames } from './loop-variance.js';
import type { PerfHit, PerfRule } from './rule-types.js';

const blockingAlternatives: Record<string, string> = {
  readFileSync: 'fs.promises.readFile',
  writeFileSync: 'fs.promises.writeFile',
  appendFileSync: 'fs.promises.appendFile',
  readdirSync: 'fs.promises.readdir',
  copyFileSync: 'fs.promises.copyFile',
  execSync: 'a promisified exec',
  execFileSync: 'a promisified execFile',
  spawnSync: 'spawn',
  pbkdf2Sync: 'crypto.pbkdf2',
  scryptSync: 'crypto.scrypt',
  generateKeyPairSync: 'crypto.generateKeyPair',
  gzipSync: 'zlib.gzip',
  gunzipSync: 'zlib.gunzip',
  deflateSync: 'zlib.deflate',
  inflateSync: 'zlib.inflate',
  brotliCompressSync: 'zlib.brotliCompress',
};
const blockingCall = new RegExp(`\\b(${Object.keys(blockingAlternatives).join('|')})\\s{0,10}\\(`, 'g');

// A blocking call costs throughput only where other requests wait on the event loop: request
// handlers anywhere, async functions only in code that serves (a CLI awaiting its own work is fine).
const servesRequests =
  /\b(?:express|fastify|koa|hono|@nestjs\/|createServer|\.listen\s{0,10}\()|['"](?:node:)?https?['"]/;

function findBlockingCalls(model: CodeModel): PerfHit[] {
  const serves = servesRequests.test(model.text);
  return [...model.masked.matchAll(blockingCall)].flatMap((match) => {
    const around = regionsAround(model, match.index as number).filter(
      (region) => region.kind === 'handler' || (serves && region.kind !== 'function'),
    );
    if (around.length === 0) return [];
    const where = around.some((region) => region.kind === 'handler') ? 'a request handler' : 'an async function';
    const name = match[1] as string;
    return [
      {
        offset: match.index as number,
        title: `${name} blocks the event loop in ${where}: use ${blockingAlternatives[name]}`,
      },
    ];
  });
}

function findQuadraticLookups(model: CodeModel): PerfHit[] {
  const hits: PerfHit[] = [];
  for (const match of model.masked.matchAll(
    /(?<![\w$.])([\w$]{1,80}(?:\.[\w$]{1,80}){0,3})\s{0,10}\.\s{0,10}(includes|indexOf)\s{0,10}\(/g,
  )) {
    const offset = match.index as number;
    const loop = loopsAround(model, offset).at(-1);
    const chain = (match[1] as string).split('.');
    const root = chain[0] === 'this' ? chain[1] : chain[0];
    // A while loop walking indexOf(x, from) is one linear scan, not a scan per element.
    if (
      !loop ||
      loop.kind === 'while' ||
      loop.kind === 'do' ||
      !root ||
      !isDeclaredArray(model, chain.at(-1) as string, 'js')
    )
      continue;
    const variant = variantNames(model, loop, 'js');
    const argsText = readArguments(model, offset + match[0].length - 1).masked;
    if (argsText.includes(',')) continue;
    const args = namesIn(argsText);
    if (variant.has(root) || !args.some((name) => variant.has(name))) continue;
    const array = chain.at(-1) as string;
    if (iteratesSmallCollection(model, loop) || isReportingPath(model, offset, loop, [array])) continue;
    // `if (!seen.includes(x)) seen.push(x)` keeps the first of each value in order; over a few values a
    // scan beats hashing. Only a loop over a long input (lines, rows, files) makes it a cost.
    if (appendsInLoop(model, loop, array, 'js') && !iteratesLargeInput(model, loopsAround(model, offset))) continue;
    hits.push({
      offset,
      title: `${match[1]}.${match[2]}() inside a loop is O(n×m): build a Set from ${match[1]} once, before the loop, and use .has()`,
    });
  }
  return hits;
}

export const jsRules: PerfRule[] = [
  {
    id: 'perf/await-in-loop',
    language: 'js',
    confidence: 0.7,
    keyword: /\bawait\b/,
    title:
      'await inside a loop runs independent calls one at a time: start them together with Promise.all (or a bounded pool)',
    find: findAwaitInLoop,
    examples: {
      positive: [
        'async function load(urls) {\n  for (const url of urls) {\n    const res = await fetch(url);\n    out.push(res);\n  }\n}',
        'async function meta(urls) {\n  for (const url of urls) {\n    try {\n      links[url] = await fetchMeta(url);\n    } catch (error) {\n      console.log(error);\n    }\n  }\n}',
        'async function save(items) {\n  for (let i = 0; i < items.length; i++) await db.save(items[i]);\n}',
      ],
      negative: [
        'async function drain(stream) {\n  for await (const chunk of stream) await handle(chunk);\n}',
        'async function page(api) {\n  let cursor = start;\n  for (const _ of pages) {\n    cursor = await api.next(cursor);\n  }\n}',
        'async function sum(ids) {\n  let total = 0;\n  for (const id of ids) total += await count(id);\n}',
        'async function all(urls) {\n  await Promise.all(urls.map(async (url) => await fetch(url)));\n}',
        'async function first(urls) {\n  for (const url of urls) {\n    const res = await fetch(url);\n    if (res.ok) return res;\n  }\n}',
        'async function polite(urls) {\n  // sequential on purpose: the API is rate limited\n  for (const url of urls) await fetch(url);\n}',
        'async function steps(page, selectors) {\n  for (const selector of selectors) await page.click(selector);\n}',
        'async function wait(promises) {\n  for (const promise of promises) await promise;\n}',
        'async function batched(batches) {\n  for (const batch of batches) await Promise.all(batch.map(send));\n}',
        'async function insertAll(client, rows) {\n  for (const row of rows) await client.connection.query(sql, row);\n}',
        // progress logged per item reads in order: sequential by design (a log in the catch block does not count)
        'async function notify(prs) {\n  for (const pr of prs) {\n    console.log(`Notify PR #${pr.id}`);\n    await notifyPR(pr.id);\n  }\n}',
      ],
    },
  },
  {
    id: 'perf/blocking-call-in-async',
    language: 'js',
    confidence: 0.7,
    keyword: /Sync\s{0,10}\(/,
    title: 'A synchronous call blocks the event loop in async code: use its asynchronous form',
    find: findBlockingCalls,
    examples: {
      positive: [
        'import express from "express";\nasync function load(path) {\n  const text = fs.readFileSync(path, "utf8");\n  return JSON.parse(text);\n}',
        'app.get("/hash", (req, res) => {\n  res.send(crypto.pbkdf2Sync(req.query.p, salt, 100000, 64, "sha512"));\n});',
        'const server = http.createServer();\nconst handler = async (event) => {\n  return execSync("ls").toString();\n};',
      ],
      negative: [
        'const config = JSON.parse(fs.readFileSync("config.json", "utf8"));',
        'function build() {\n  execSync("tsc");\n}',
        'async function main() {\n  const text = fs.readFileSync(path, "utf8");\n  await run(text);\n}',
        'async function load(path) {\n  return fs.promises.readFile(path, "utf8");\n}',
        'async function load() {\n  // readFileSync would block here\n  return read();\n}',
      ],
    },
  },
  {
    id: 'perf/regex-in-loop',
    language: 'js',
    confidence: 0.8,
    keyword: /RegExp\s{0,10}\(/,
    title: 'new RegExp() with the same pattern is compiled on every iteration: compile it once before the loop',
    find: (model) => findInvariantCallsInLoops(model, /(?<![\w$.])(?:new\s{1,10})?RegExp\s{0,10}\(/g, 'js'),
    examples: {
      positive: [
        'for (const line of lines) {\n  if (new RegExp("^\\\\d+$").test(line)) n++;\n}',
        'const hits = words.filter((word) => new RegExp(pattern, "i").test(word));',
      ],
      negative: [
        'const re = new RegExp(pattern);\nfor (const line of lines) if (re.test(line)) n++;',
        'for (const word of words) {\n  const re = new RegExp(`\\\\b${word}\\\\b`);\n  found.push(re.test(text));\n}',
        'for (const line of lines) if (/^\\d+$/.test(line)) n++;',
      ],
    },
  },
  {
    id: 'perf/json-parse-in-loop',
    language: 'js',
    confidence: 0.8,
    keyword: /JSON\s{0,10}\.\s{0,10}parse/,
    title: 'JSON.parse() of the same value runs on every iteration: parse it once before the loop',
    find: (model) => findInvariantCallsInLoops(model, /\bJSON\s{0,10}\.\s{0,10}parse\s{0,10}\(/g, 'js'),
    examples: {
      positive: [
        'for (const user of users) {\n  const settings = JSON.parse(rawSettings);\n  apply(user, settings);\n}',
        'items.forEach((item) => {\n  render(item, JSON.parse(this.template));\n});',
      ],
      negative: [
        'for (const line of lines) records.push(JSON.parse(line));',
        'const settings = JSON.parse(rawSettings);\nfor (const user of users) apply(user, settings);',
        'for (const msg of messages) {\n  const body = msg.body;\n  handle(JSON.parse(body));\n}',
        'while (true) {\n  const obj = JSON.parse(await next());\n}',
      ],
    },
  },
  {
    id: 'perf/quadratic-lookup',
    language: 'js',
    confidence: 0.7,
    keyword: /\.\s{0,10}(includes|indexOf)\s{0,10}\(/,
    title: 'Array lookup inside a loop over another array is O(n×m): build a Set once and use .has()',
    find: findQuadraticLookups,
    examples: {
      positive: [
        'const seen = [];\nfor (const line of text.split("\\n")) {\n  if (!seen.includes(line)) seen.push(line);\n}',
        'function diff(xs: string[], ys: string[]) {\n  return xs.filter((x) => !ys.includes(x));\n}',
        'const ids = rows.map((row) => row.id);\nconst missing = wanted.filter((id) => ids.indexOf(id) === -1);',
      ],
      negative: [
        'const allowed = new Set(["a", "b"]);\nfor (const name of names) if (allowed.has(name)) keep.push(name);',
        'for (const line of lines) if (line.includes("TODO")) n++;',
        'for (const word of words) if (text.includes(word)) n++;',
        'const parts = path.split("/");\nwhile ((at = parts.indexOf("..", at + 1)) !== -1) drop(at);',
        'const allowed = ["a", "b"];\nif (allowed.includes(name)) go();',
        'const allowed = ["a", "b"];\nfor (const name of names) if (allowed.includes(name)) keep.push(name);',
        // order-preserving de-duplication of a few values: a Set would not be faster
        'const seen = [];\nfor (const item of items) {\n  if (!seen.includes(item.id)) seen.push(item.id);\n}',
        'const seen = [];\nitems.forEach((item) => {\n  if (seen.indexOf(item) === -1) seen.push(item);\n});',
        // a small iterable by construction, an error message
        'function pick(found: string[]) {\n  for (const key of ["a", "b"]) if (found.includes(key)) return key;\n}',
        'function formatError(missing: string[], keys) {\n  return keys.filter((key) => missing.includes(key)).join(", ");\n}',
        'const systemModifiers = ["ctrl", "shift", "alt"];\nconst check = (modifiers: string[]) => systemModifiers.some((m) => !modifiers.includes(m));',
        'function used(helpers: string[]) {\n  return [CREATE, TEXT, STATIC].filter((helper) => helpers.includes(helper));\n}',
        'try {\n  run();\n} catch (error) {\n  const names: string[] = list();\n  for (const n of all) if (names.includes(n)) log(n);\n}',
      ],
    },
  },
];
