import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  spellingsOf
} from "./chunk-5AXYERU7.js";

// dist/src/findings/linter-suppressions.js
function findSuppression(query) {
  const { language, lines, line } = query;
  const at = (number) => lines[number - 1];
  const found = (number, comment) => `\`${comment.trim()}\` on line ${number}`;
  if (language === "py") {
    for (let number = line; number <= Math.min(line + 20, lines.length); number++) {
      const text = at(number) ?? "";
      const comment = pythonSuppression(text, query.codes);
      if (comment)
        return found(number, comment);
      if (/:\s*(?:#.*)?$/.test(text)) {
        const body = pythonSuppression(at(number + 1) ?? "", { pylint: query.codes.pylint ?? [] });
        return body ? found(number + 1, body) : void 0;
      }
    }
    return void 0;
  }
  if (language === "js" || language === "ts") {
    const names = query.codes.eslint ?? [];
    const same = eslintDirective(at(line) ?? "", "eslint-disable-line", names);
    if (same)
      return found(line, same);
    const above = eslintDirective(at(line - 1) ?? "", "eslint-disable-next-line", names);
    if (above)
      return found(line - 1, above);
    const block = eslintBlock(lines, line, names);
    return block ? found(block.line, block.comment) : void 0;
  }
  if (language === "go") {
    const linters = query.codes.golangci ?? [];
    const own = nolint(at(line) ?? "", linters);
    if (own)
      return found(line, own);
    for (let number = line - 1; number >= 1 && /^\s*\/\//.test(at(number) ?? ""); number--) {
      const comment = nolint(at(number) ?? "", linters);
      if (comment)
        return found(number, comment);
    }
  }
  return void 0;
}
function pythonSuppression(text, codes) {
  const hash = text.indexOf("#");
  if (hash === -1)
    return void 0;
  const comment = text.slice(hash);
  const noqa = /#\s*noqa\b(?::\s*([A-Z]+[0-9]+(?:[\s,]+[A-Z]+[0-9]+)*))?/i.exec(comment);
  if (noqa) {
    const listed = noqa[1]?.split(/[\s,]+/) ?? [];
    const named = [...codes.ruff ?? [], ...codes.flake8 ?? []];
    const ours = named.includes("C901") ? [...named, "PLR0915"] : named;
    if (listed.length === 0 || listed.some((code) => ours.includes(code.toUpperCase())))
      return noqa[0];
  }
  const nosec = /#\s*nosec\b(?::?\s*((?:B\d{3}[\s,]*)+))?/i.exec(comment);
  if (nosec && (codes.bandit?.length ?? 0) > 0) {
    const listed = nosec[1]?.split(/[\s,]+/).filter(Boolean) ?? [];
    if (listed.length === 0 || listed.some((id) => codes.bandit?.includes(id.toUpperCase())))
      return nosec[0];
  }
  const pylint = /#\s*pylint:\s*disable\s*=\s*([\w\s,-]+)/.exec(comment);
  if (pylint) {
    const listed = pylint[1].split(/[\s,]+/);
    const own = (codes.pylint ?? []).flatMap(spellingsOf);
    const ours = [...own, ...own.includes("too-many-branches") ? ["too-many-statements", "R0915"] : []];
    if (listed.some((name) => ours.includes(name) || name === "all"))
      return pylint[0].trim();
  }
  return void 0;
}
function eslintDirective(text, directive, names) {
  const match = new RegExp(`(?://|/\\*)\\s*${directive}\\b([^*\\n]*)`).exec(text);
  if (!match)
    return void 0;
  const listed = ruleList(match[1]);
  return listed.length === 0 || listed.some((name) => names.includes(name)) ? match[0].replace(/\s*\*\/$/, "") : void 0;
}
function ruleList(rest) {
  return rest.split("--")[0].split(",").map((name) => name.trim()).filter(Boolean);
}
function eslintBlock(lines, line, names) {
  let open;
  for (let number = 1; number < line; number++) {
    const text = lines[number - 1] ?? "";
    if (!text.includes("eslint-"))
      continue;
    const disable = /\/\*\s*eslint-disable(?![-\w])([^*]*)\*\//.exec(text);
    if (disable) {
      const listed = ruleList(disable[1]);
      if (listed.length === 0 || listed.some((name) => names.includes(name)))
        open = { line: number, comment: disable[0] };
    }
    const enable = /\/\*\s*eslint-enable(?![-\w])([^*]*)\*\//.exec(text);
    if (enable && open) {
      const listed = ruleList(enable[1]);
      if (listed.length === 0 || listed.some((name) => names.includes(name)))
        open = void 0;
    }
  }
  return open;
}
function nolint(text, linters) {
  const match = /\/\/\s*nolint(?::([\w,-]+))?/.exec(text);
  if (!match)
    return void 0;
  const listed = match[1]?.split(",") ?? [];
  return listed.length === 0 || listed.some((name) => linters.includes(name) || name === "all") ? match[0] : void 0;
}

export {
  findSuppression
};
