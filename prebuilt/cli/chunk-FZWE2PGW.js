import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  isParserReady,
  parseEcmaScript,
  parsedLanguageOf,
  prepareParsers,
  withSyntaxTree
} from "./chunk-BCOMQXFJ.js";
import "./chunk-BX7BPTSK.js";
import {
  createFinding
} from "./chunk-PPIWG3NF.js";
import {
  touches
} from "./chunk-4THWTKPR.js";
import "./chunk-3FEP5BVN.js";
import "./chunk-4K3HMJS3.js";

// dist/src/analyzers/docstring/ecmascript-symbols.js
var functionValues = /* @__PURE__ */ new Set(["ArrowFunctionExpression", "FunctionExpression"]);
var methodTypes = /* @__PURE__ */ new Set(["ClassMethod", "TSDeclareMethod"]);
function hasDocComment(...nodes) {
  return nodes.some((node) => {
    const last = node.leadingComments?.at(-1);
    return last !== void 0 && last.type === "CommentBlock" && last.value.startsWith("*");
  });
}
function listEcmaScriptSymbols(path, text) {
  const program = parseEcmaScript(path, text);
  if (!program)
    return [];
  const symbols = /* @__PURE__ */ new Map();
  const add = (name, kind, node, documented) => {
    const known = symbols.get(name);
    if (known)
      known.documented ||= documented;
    else
      symbols.set(name, { name, kind, line: node.loc.start.line, documented });
  };
  const addClass = (declaration, exported, name) => {
    add(name, "class", exported, hasDocComment(exported, declaration));
    for (const member of declaration["body"]["body"]) {
      const isPublic = methodTypes.has(member.type) && member["kind"] === "method" && !member["computed"] && member["accessibility"] !== "private" && member["accessibility"] !== "protected";
      const key = member["key"];
      if (isPublic && key.type === "Identifier")
        add(`${name}.${String(key["name"])}`, "method", member, hasDocComment(member));
    }
  };
  for (const statement of program["body"]) {
    const isDefault = statement.type === "ExportDefaultDeclaration";
    if (statement.type !== "ExportNamedDeclaration" && !isDefault)
      continue;
    const declaration = statement["declaration"];
    if (!declaration)
      continue;
    const ownName = declaration["id"]?.["name"];
    const name = String(ownName ?? "default");
    if (declaration.type === "FunctionDeclaration" || declaration.type === "TSDeclareFunction" || isDefault && functionValues.has(declaration.type)) {
      add(name, "function", statement, hasDocComment(statement, declaration));
    } else if (declaration.type === "ClassDeclaration" || declaration.type === "ClassExpression") {
      addClass(declaration, statement, name);
    } else if (declaration.type === "VariableDeclaration") {
      for (const declarator of declaration["declarations"]) {
        const init = declarator["init"];
        const id = declarator["id"];
        if (init && functionValues.has(init.type) && id.type === "Identifier") {
          add(String(id["name"]), "function", statement, hasDocComment(statement, declarator));
        }
      }
    }
  }
  return [...symbols.values()];
}

// dist/src/analyzers/docstring/go-symbols.js
var isExported = (name) => /^[A-Z]/.test(name);
function listGoSymbols(text) {
  return withSyntaxTree("go", text, (root) => {
    const symbols = [];
    for (const node of root.namedChildren) {
      if (node.type === "function_declaration" || node.type === "method_declaration") {
        const name = node.childForFieldName("name")?.text ?? "";
        const receiver = node.type === "method_declaration" ? receiverType(node) : void 0;
        if (isExported(name) && (receiver === void 0 || isExported(receiver)))
          symbols.push({
            name,
            kind: node.type === "method_declaration" ? "method" : "function",
            line: node.startPosition.row + 1,
            documented: hasCommentAbove(node)
          });
      } else if (node.type === "type_declaration") {
        const specs = node.namedChildren.filter((child) => child.type === "type_spec");
        for (const spec of specs) {
          const name = spec.childForFieldName("name")?.text ?? "";
          const documented = hasCommentAbove(spec) || specs.length === 1 && hasCommentAbove(node);
          if (isExported(name))
            symbols.push({ name, kind: "type", line: spec.startPosition.row + 1, documented });
        }
      }
    }
    return symbols;
  });
}
function receiverType(method) {
  const text = method.childForFieldName("receiver")?.text ?? "";
  return /([A-Za-z_]\w*)\s*(?:\[[^\]]*\])?\s*\)\s*$/.exec(text)?.[1] ?? "";
}
function hasCommentAbove(node, isDocComment = () => true) {
  const previous = node.previousNamedSibling;
  return previous !== null && previous.type.endsWith("comment") && previous.endPosition.row >= node.startPosition.row - 1 && isDocComment(previous);
}

// dist/src/analyzers/docstring/java-symbols.js
var typeDeclarations = /* @__PURE__ */ new Set([
  "class_declaration",
  "interface_declaration",
  "enum_declaration",
  "record_declaration"
]);
var memberDeclarations = /* @__PURE__ */ new Set(["method_declaration", "constructor_declaration"]);
var isJavadoc = (comment) => comment.text.startsWith("/**");
function modifiersOf(node) {
  return node.namedChildren.find((child) => child.type === "modifiers")?.text ?? "";
}
var hasModifier = (node, word) => new RegExp(`(^|\\s)${word}(\\s|$)`).test(modifiersOf(node));
function listJavaSymbols(text) {
  return withSyntaxTree("java", text, (root) => {
    const symbols = [];
    const visit = (node, prefix, inInterface) => {
      const name = node.childForFieldName("name")?.text ?? "";
      if (typeDeclarations.has(node.type)) {
        if (!hasModifier(node, "public") && !inInterface)
          return;
        symbols.push({
          name: prefix + name,
          kind: "class",
          line: node.startPosition.row + 1,
          documented: hasCommentAbove(node, isJavadoc)
        });
        const body = node.childForFieldName("body");
        for (const child of body?.namedChildren ?? [])
          visit(child, `${prefix}${name}.`, node.type === "interface_declaration");
      } else if (memberDeclarations.has(node.type)) {
        const isPublic = hasModifier(node, "public") || inInterface && !hasModifier(node, "private");
        if (isPublic)
          symbols.push({
            name: prefix + name,
            kind: "method",
            line: node.startPosition.row + 1,
            documented: hasCommentAbove(node, isJavadoc)
          });
      }
    };
    for (const node of root.namedChildren)
      visit(node, "", false);
    return symbols;
  });
}

// dist/src/analyzers/docstring/python-symbols.js
var transparentBlocks = /* @__PURE__ */ new Set([
  "module",
  "block",
  "decorated_definition",
  "if_statement",
  "elif_clause",
  "else_clause",
  "try_statement",
  "except_clause",
  "finally_clause",
  "with_statement"
]);
function listPythonSymbols(text) {
  return withSyntaxTree("py", text, (root) => {
    const symbols = [];
    const bases = /* @__PURE__ */ new Map();
    const visit = (node, prefix, inClass) => {
      if (node.type === "function_definition" || node.type === "class_definition") {
        const name = node.childForFieldName("name")?.text ?? "";
        const isClass = node.type === "class_definition";
        if (isClass && !inClass)
          bases.set(name, readBases(node));
        if (!name.startsWith("_")) {
          symbols.push({
            name: prefix + name,
            kind: isClass ? "class" : inClass ? "method" : "function",
            line: node.startPosition.row + 1,
            documented: hasDocstring(node)
          });
        }
        if (isClass && !name.startsWith("_"))
          for (const child of node.namedChildren)
            visit(child, `${prefix}${name}.`, true);
        return;
      }
      if (transparentBlocks.has(node.type))
        for (const child of node.namedChildren)
          visit(child, prefix, inClass);
    };
    visit(root, "", false);
    markCoveredElsewhere(symbols, bases);
    return symbols;
  });
}
function readBases(definition) {
  const list = definition.childForFieldName("superclasses");
  if (!list)
    return [];
  return list.namedChildren.filter((child) => child.type !== "keyword_argument").map((child) => /([A-Za-z_]\w*)\s*(?:\[.*)?$/s.exec(child.text)?.[1] ?? "").filter(Boolean);
}
var PROTOCOL_METHOD = /(?:^|\.)(?:visit_|depart_|leave_|pytest_)\w+$/;
function markCoveredElsewhere(symbols, bases) {
  for (const symbol of symbols)
    if (!symbol.documented && symbol.kind !== "class" && PROTOCOL_METHOD.test(symbol.name))
      symbol.coveredElsewhere = true;
  const byName = /* @__PURE__ */ new Map();
  for (const symbol of symbols)
    byName.set(symbol.name, [...byName.get(symbol.name) ?? [], symbol]);
  for (const group of byName.values()) {
    if (group.length < 2)
      continue;
    const documented = group.some((symbol) => symbol.documented);
    for (const symbol of group.slice(0, documented ? group.length : -1))
      if (!symbol.documented)
        symbol.coveredElsewhere = true;
  }
  const documentedIn = (owner, method, seen) => {
    if (seen.has(owner))
      return false;
    seen.add(owner);
    if (byName.get(`${owner}.${method}`)?.some((symbol) => symbol.documented))
      return true;
    return (bases.get(owner) ?? []).some((base) => documentedIn(base, method, seen));
  };
  for (const symbol of symbols) {
    if (symbol.documented || symbol.kind !== "method" || symbol.coveredElsewhere)
      continue;
    const dot = symbol.name.indexOf(".");
    const owner = symbol.name.slice(0, dot);
    const method = symbol.name.slice(dot + 1);
    if (method.includes("."))
      continue;
    const seen = /* @__PURE__ */ new Set([owner]);
    if ((bases.get(owner) ?? []).some((base) => documentedIn(base, method, seen)))
      symbol.coveredElsewhere = true;
  }
}
function hasDocstring(definition) {
  const first = definition.childForFieldName("body")?.namedChildren.find((child) => child.type !== "comment");
  const expression = first?.type === "expression_statement" ? first.namedChild(0) : void 0;
  const literal = expression?.type === "concatenated_string" ? expression.namedChild(0) : expression;
  return literal?.type === "string" && /^[rRuU]?["']/.test(literal.text);
}

// dist/src/analyzers/docstring/list-public-symbols.js
var documentedLanguages = ["py", "js", "ts", "go", "java"];
function listPublicSymbols(path, text) {
  const language = parsedLanguageOf(path);
  if (!language || !documentedLanguages.includes(language))
    return [];
  if (!isParserReady(language))
    throw new Error(`listPublicSymbols(${path}): await prepare() for '${language}' first`);
  if (language === "py")
    return listPythonSymbols(text);
  if (language === "go")
    return listGoSymbols(text);
  if (language === "java")
    return listJavaSymbols(text);
  return listEcmaScriptSymbols(path, text);
}

// dist/src/analyzers/docstring/index.js
var meta = {
  id: "quality/docstring",
  category: "quality",
  languages: documentedLanguages,
  defaultSeverity: "low",
  description: "Public functions, methods and classes without a docstring (Python) or doc comment (JSDoc/TSDoc, Go, Javadoc)"
};
function prepare(languages = documentedLanguages) {
  return prepareParsers(languages.filter((language) => documentedLanguages.includes(language)));
}
var lastListed;
function symbolsOf(path, text) {
  if (lastListed?.path !== path || lastListed.text !== text)
    lastListed = { path, text, symbols: listPublicSymbols(path, text) };
  return lastListed.symbols;
}
function measureDocCoverage(path, text) {
  const symbols = symbolsOf(path, text);
  return {
    documented: symbols.filter((symbol) => symbol.documented).length,
    total: symbols.length,
    missing: symbols.filter((symbol) => !symbol.documented).map(({ name, line }) => ({ name, line }))
  };
}
var UNIT_EFFORT_HOURS = 0.25;
var NAMES_SHOWN = 6;
function analyze({ path, text, changed, context }) {
  if (context !== void 0 && context !== "source" || isPrivateModule(path))
    return [];
  const language = parsedLanguageOf(path) ?? "other";
  const symbols = symbolsOf(path, text);
  const missing = symbols.filter((symbol) => !symbol.documented && !symbol.coveredElsewhere);
  if (missing.length === 0 || !missing.some((symbol) => touches(changed, symbol.line)))
    return [];
  const noun = language === "py" ? "docstring" : "doc comment";
  const names = missing.map((symbol) => symbol.name);
  const shown = names.slice(0, NAMES_SHOWN).map((name) => `\`${name}\``);
  if (names.length > NAMES_SHOWN)
    shown.push(`${names.length - NAMES_SHOWN} more`);
  const first = missing[0];
  const last = missing[missing.length - 1];
  return [
    createFinding(meta, {
      ruleId: meta.id,
      path,
      line: first.line,
      endLine: last.line,
      title: `${missing.length} of ${symbols.length} public symbols have no ${noun}: ${shown.join(", ")}`,
      // the module, not its symbols, is the identity: documenting one more keeps the item
      content: `${language} ${noun}s ${path.split("/").slice(-2).join("/")}`,
      facts: { missing: missing.length, public: symbols.length, symbols: names.slice(0, 40).join(" ") },
      confidence: 0.95,
      effortHours: missing.reduce((hours, symbol) => hours + (symbol.kind === "class" ? 2 : 1) * UNIT_EFFORT_HOURS, 0)
    })
  ];
}
function isPrivateModule(path) {
  const file = path.slice(path.lastIndexOf("/") + 1);
  return file.endsWith(".py") && file.startsWith("_") && !file.startsWith("__");
}
export {
  UNIT_EFFORT_HOURS,
  analyze,
  measureDocCoverage,
  meta,
  prepare
};
