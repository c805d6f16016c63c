import { isMap, isSeq, parseDocument, stringify, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import { fail, ok, type Result } from '../findings/result.js';

// Edits a user's YAML config (lefthook.yml, .pre-commit-config.yaml) as text: a round trip through a
// YAML library re-indents and re-spaces the whole file, so only the lines added are new and removing
// them gives the file back byte for byte. The library only tells where things are.

type Path = readonly string[];

function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

/** The offset just after the line holding `at` (at itself when it already starts a line). */
function lineEnd(text: string, at: number): number {
  if (at > 0 && text[at - 1] === '\n') return at;
  const newline = text.indexOf('\n', at);
  return newline === -1 ? text.length : newline + 1;
}

function parse(text: string, file: string): Result<ReturnType<typeof parseDocument>> {
  const doc = parseDocument(text, { keepSourceTokens: false });
  if (doc.errors.length > 0)
    return fail({
      code: 'CONFIG_INVALID',
      file,
      message: `${file} is not valid YAML: ${doc.errors[0]?.message.split('\n')[0] ?? ''}`,
      fix: `fix ${file}, then run git-value init again`,
    });
  return ok(doc);
}

const isBlock = (node: unknown): node is YAMLMap | YAMLSeq => (isMap(node) || isSeq(node)) && !(node as YAMLMap).flow;

function indentUnit(text: string): number {
  const match = /^( +)\S/m.exec(text);
  return match?.[1] && match[1].length <= 4 ? match[1].length : 2;
}

function block(value: unknown, indent: number, unit: number): string {
  const body = stringify(value, { indent: unit, lineWidth: 0 });
  return body
    .split('\n')
    .map((line) => (line ? ' '.repeat(indent) + line : line))
    .join('\n');
}

function insertAt(text: string, at: number, snippet: string): string {
  const prefix = at > 0 && text[at - 1] !== '\n' ? '\n' : '';
  return text.slice(0, at) + prefix + snippet + text.slice(at);
}

function mapInsertion(text: string, map: YAMLMap | undefined): { at: number; indent: number } {
  const first = map?.items[0]?.key as Node | undefined;
  if (!map || !first?.range || !map.range) return { at: text.length, indent: 0 };
  return { at: lineEnd(text, map.range[1]), indent: first.range[0] - lineStart(text, first.range[0]) };
}

/**
 * Adds `key: value` to the block map at `path`, creating the missing maps on the way. Returns the
 * text unchanged when the key is there already; fails when the path crosses something else than a
 * block map (the caller then tells the user what to add by hand).
 */
export function insertYamlEntry(text: string, file: string, path: Path, key: string, value: unknown): Result<string> {
  const doc = parse(text, file);
  if (!doc.ok) return doc;
  let map: YAMLMap | undefined = doc.value.contents === null ? undefined : (doc.value.contents as YAMLMap);
  if (map !== undefined && !isBlock(map)) return unsupported(file, path);
  const unit = indentUnit(text);
  for (const [depth, segment] of path.entries()) {
    const child = map?.get(segment, true) as unknown;
    if (child === undefined || child === null) {
      const nested = [...path.slice(depth + 1), key].reduceRight<unknown>((inner, name) => ({ [name]: inner }), value);
      const { at, indent } = mapInsertion(text, map);
      return ok(insertAt(text, at, block({ [segment]: nested }, indent, unit)));
    }
    if (!isMap(child) || (child as YAMLMap).flow) return unsupported(file, path);
    map = child as YAMLMap;
  }
  if (map?.has(key)) return ok(text);
  const { at, indent } = mapInsertion(text, map);
  return ok(insertAt(text, at, block({ [key]: value }, indent, unit)));
}

/** Appends `item` to the block sequence at `path` (created when missing). */
export function appendYamlItem(text: string, file: string, path: Path, item: unknown): Result<string> {
  const doc = parse(text, file);
  if (!doc.ok) return doc;
  const seq = doc.value.getIn(path, true) as unknown;
  if (seq === undefined || seq === null) {
    if (path.length === 0) return unsupported(file, path);
    return insertYamlEntry(text, file, path.slice(0, -1), path[path.length - 1] as string, [item]);
  }
  if (!isSeq(seq) || (seq as YAMLSeq).flow || !(seq as YAMLSeq).range) return unsupported(file, path);
  const first = (seq as YAMLSeq).items[0] as Node | undefined;
  const dash = first?.range ? text.lastIndexOf('-', first.range[0]) : -1;
  const indent = dash === -1 ? 0 : dash - lineStart(text, dash);
  return ok(insertAt(text, lineEnd(text, (seq as YAMLSeq).range?.[1] ?? text.length), block([item], indent, 2)));
}

/**
 * Removes the lines of `key` in the map at `path`, then any map on the path it leaves empty: the
 * inverse of insertYamlEntry.
 */
export function removeYamlEntry(text: string, file: string, path: Path, key: string): Result<string> {
  const doc = parse(text, file);
  if (!doc.ok) return doc;
  const map = (path.length === 0 ? doc.value.contents : doc.value.getIn(path, true)) as unknown;
  if (!isMap(map) || (map as YAMLMap).flow) return ok(text);
  const pair = (map as YAMLMap).items.find((item) => (item.key as { value?: unknown })?.value === key);
  const start = (pair?.key as Node | undefined)?.range?.[0];
  if (!pair || start === undefined) return ok(text);
  const end = (pair.value as Node | null)?.range?.[1] ?? (pair.key as Node).range?.[1] ?? start;
  let removed = text.slice(0, lineStart(text, start)) + text.slice(lineEnd(text, end));
  if ((map as YAMLMap).items.length === 1 && path.length > 0) {
    const parent = path.slice(0, -1);
    const emptied = removeYamlEntry(removed, file, parent, path[path.length - 1] as string);
    if (emptied.ok) removed = emptied.value;
  }
  return ok(removed);
}

/** Removes every item of the block sequence at `path` that `matches` (by its plain value). */
export function removeYamlItems(text: string, file: string, path: Path, matches: (item: unknown) => boolean): string {
  const doc = parseDocument(text);
  const seq = doc.getIn(path, true) as unknown;
  if (!isSeq(seq) || (seq as YAMLSeq).flow) return text;
  let result = text;
  for (const item of [...(seq as YAMLSeq).items].reverse()) {
    const node = item as Node;
    if (!node.range || !matches(node.toJSON())) continue;
    const dash = result.lastIndexOf('-', node.range[0]);
    result = result.slice(0, lineStart(result, dash)) + result.slice(lineEnd(result, node.range[1]));
  }
  return result;
}

function unsupported(file: string, path: Path): Result<string> {
  return fail({
    code: 'CONFIG_INVALID',
    file,
    message: `${file}: ${path.join('.') || 'the top level'} is not a block mapping git-value can add to`,
    fix: `add git-value's entries to ${file} by hand (see the README, "Use it in your project"), then run git-value install`,
  });
}
