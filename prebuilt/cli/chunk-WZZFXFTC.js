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
} from "./chunk-A3QA2ZQT.js";
import "./chunk-ONKLCXXC.js";
import {
  touches
} from "./chunk-OZTETU2B.js";
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
  const fromPackages = bindingsFromPackages(program["body"]);
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
    const superClass = declaration["superClass"];
    const root = superClass ? rootName(superClass) : void 0;
    const base = root !== void 0 ? fromPackages.get(root) : void 0;
    for (const member of declaration["body"]["body"]) {
      const isPublic = methodTypes.has(member.type) && member["kind"] === "method" && !member["computed"] && member["accessibility"] !== "private" && member["accessibility"] !== "protected";
      const key = member["key"];
      if (!isPublic || key.type !== "Identifier")
        continue;
      const method = `${name}.${String(key["name"])}`;
      add(method, "method", member, hasDocComment(member));
      const symbol = symbols.get(method);
      if (member["override"] === true)
        symbol.marksOverride = true;
      if (base !== void 0)
        symbol.inheritsExternal = `${base}: ${superClass?.type === "Identifier" ? String(superClass["name"]) : root}`;
    }
  };
  listCommonJsExports(program["body"], add);
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
function rootName(node) {
  if (node.type === "Identifier")
    return String(node["name"]);
  if (node.type === "MemberExpression" && !node["computed"])
    return rootName(node["object"]);
  return void 0;
}
function bindingsFromPackages(body) {
  const bindings = /* @__PURE__ */ new Map();
  const isPackage = (source) => typeof source === "string" && !source.startsWith(".") && !source.startsWith("/");
  for (const statement of body) {
    if (statement.type === "ImportDeclaration") {
      const source = statement["source"]["value"];
      if (!isPackage(source))
        continue;
      for (const specifier of statement["specifiers"])
        bindings.set(String(specifier["local"]["name"]), source);
    } else if (statement.type === "VariableDeclaration") {
      for (const declarator of statement["declarations"]) {
        const init = declarator["init"];
        const callee = init?.type === "CallExpression" ? init["callee"] : void 0;
        const argument = init?.["arguments"]?.[0];
        if (callee?.type !== "Identifier" || callee["name"] !== "require" || !isPackage(argument?.["value"]))
          continue;
        const id = declarator["id"];
        const source = argument["value"];
        if (id.type === "Identifier")
          bindings.set(String(id["name"]), source);
        else if (id.type === "ObjectPattern")
          for (const property of id["properties"]) {
            const value = property["value"];
            if (value?.type === "Identifier")
              bindings.set(String(value["name"]), source);
          }
      }
    }
  }
  return bindings;
}
function isExportsTarget(node) {
  if (!node)
    return false;
  if (node.type === "Identifier")
    return node["name"] === "exports";
  if (node.type !== "MemberExpression" || node["computed"])
    return false;
  const object = node["object"];
  const property = node["property"];
  return object.type === "Identifier" && object["name"] === "module" && property["name"] === "exports";
}
function assignmentChain(node) {
  const targets = [];
  let value = node;
  while (value.type === "AssignmentExpression" && value["operator"] === "=") {
    targets.push(value["left"]);
    value = value["right"];
  }
  return { targets, value };
}
function topLevelAssignments(body) {
  const found = [];
  for (const statement of body) {
    if (statement.type === "ExpressionStatement") {
      const expression = statement["expression"];
      if (expression.type === "AssignmentExpression")
        found.push({ ...assignmentChain(expression), statement });
    } else if (statement.type === "VariableDeclaration") {
      for (const declarator of statement["declarations"]) {
        const init = declarator["init"];
        if (!init)
          continue;
        const chain = assignmentChain(init);
        found.push({ targets: [declarator["id"], ...chain.targets], value: chain.value, statement });
      }
    }
  }
  return found;
}
var classValues = /* @__PURE__ */ new Set(["ClassExpression"]);
function listCommonJsExports(body, add) {
  const assignments = topLevelAssignments(body);
  const declared = /* @__PURE__ */ new Map();
  for (const statement of body)
    if (statement.type === "FunctionDeclaration" || statement.type === "ClassDeclaration") {
      const name = statement["id"]?.["name"];
      if (typeof name === "string")
        declared.set(name, statement);
    }
  const exported = /* @__PURE__ */ new Set();
  const isExportsMember = (node) => node.type === "MemberExpression" && isExportsTarget(node["object"]);
  for (const { targets, value } of assignments) {
    if (!targets.some((target) => isExportsTarget(target) || isExportsMember(target)))
      continue;
    for (const target of targets)
      if (target.type === "Identifier")
        exported.add(String(target["name"]));
    if (value.type === "Identifier")
      exported.add(String(value["name"]));
  }
  exported.delete("exports");
  const addValue = (name, value, documentedBy) => {
    if (name.startsWith("_"))
      return;
    if (functionValues.has(value.type))
      add(name, "function", documentedBy[0] ?? value, hasDocComment(...documentedBy));
    else if (classValues.has(value.type))
      add(name, "class", documentedBy[0] ?? value, hasDocComment(...documentedBy));
    else if (value.type === "Identifier") {
      const declaration = declared.get(String(value["name"]));
      if (declaration)
        add(String(value["name"]), declaration.type === "ClassDeclaration" ? "class" : "function", declaration, hasDocComment(declaration));
    }
  };
  for (const { targets, value, statement } of assignments) {
    if (targets.some(isExportsTarget)) {
      if (value.type === "ObjectExpression") {
        for (const property of value["properties"]) {
          const key = property["key"];
          if (property.type === "ObjectMethod" && key?.type === "Identifier")
            add(String(key["name"]), "function", property, hasDocComment(property));
          else if (property.type === "ObjectProperty" && key?.type === "Identifier" && !property["computed"])
            addValue(String(key["name"]), property["value"], [property]);
        }
      } else {
        const ownName = value["id"]?.["name"];
        addValue(typeof ownName === "string" ? ownName : "default", value, [statement, value]);
      }
      continue;
    }
    for (const target of targets) {
      if (target.type !== "MemberExpression" || target["computed"])
        continue;
      const property = target["property"];
      let object = target["object"];
      if (object.type === "MemberExpression" && object["property"]["name"] === "prototype")
        object = object["object"];
      const owner = isExportsTarget(object) ? "exports" : object.type === "Identifier" && exported.has(String(object["name"])) ? String(object["name"]) : void 0;
      if (owner === void 0 || property.type !== "Identifier")
        continue;
      const name = owner === "exports" ? String(property["name"]) : `${owner}.${String(property["name"])}`;
      if (!String(property["name"]).startsWith("_"))
        addValue(name, value, [statement, value]);
    }
  }
}

// dist/src/analyzers/docstring/go-symbols.js
var isExported = (name) => /^[A-Z]/.test(name);
function listGoSymbols(text, path = "") {
  return withSyntaxTree("go", text, (root) => {
    const symbols = [];
    const packageName = root.namedChildren.find((node) => node.type === "package_clause")?.namedChild(0)?.text;
    const internal = packageName === "main" || /(?:^|\/)internal\//.test(path);
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
    if (internal) {
      for (const symbol of symbols)
        if (!symbol.documented)
          symbol.leftOut = "internal-package";
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
function listPythonSymbols(text, path = "") {
  return withSyntaxTree("py", text, (root) => {
    const symbols = [];
    const classes = /* @__PURE__ */ new Map();
    const imports = /* @__PURE__ */ new Map();
    let exportedNames;
    const stubFile = path.endsWith(".pyi");
    const visit = (node, prefix, owner, typingOnly) => {
      if (node.type === "import_statement" || node.type === "import_from_statement") {
        if (!owner)
          readImports(node, imports);
        return;
      }
      if (!owner && node.type === "expression_statement") {
        const names2 = readDunderAll(node);
        if (names2)
          exportedNames = /* @__PURE__ */ new Set([...exportedNames ?? [], ...names2]);
        return;
      }
      if (node.type === "function_definition" || node.type === "class_definition") {
        const name = node.childForFieldName("name")?.text ?? "";
        const isClass = node.type === "class_definition";
        const facts = isClass ? readClass(node) : void 0;
        if (facts && !owner)
          classes.set(name, facts);
        if (!name.startsWith("_")) {
          const symbol = {
            name: prefix + name,
            kind: isClass ? "class" : owner ? "method" : "function",
            line: node.startPosition.row + 1,
            documented: hasDocstring(node)
          };
          const decorators = decoratorsOf(node);
          if (!symbol.documented) {
            const reason = typingOnly || stubFile || !isClass && isEllipsisStub(node, decorators, owner) ? "typing-only" : void 0;
            if (reason)
              symbol.leftOut = reason;
          }
          if (decorators.some((decorator) => /^(?:[\w.]+\.)?override$/.test(decorator)))
            symbol.marksOverride = true;
          symbols.push(symbol);
        }
        if (facts && !name.startsWith("_"))
          for (const child of node.namedChildren)
            visit(child, `${prefix}${name}.`, facts, typingOnly);
        return;
      }
      if (node.type === "if_statement" && isTypeCheckingGuard(node)) {
        for (const child of node.namedChildren)
          visit(child, prefix, owner, typingOnly || child.type === "block");
        return;
      }
      if (transparentBlocks.has(node.type))
        for (const child of node.namedChildren)
          visit(child, prefix, owner, typingOnly);
    };
    visit(root, "", void 0, false);
    markCoveredElsewhere(symbols, classes);
    markExternalBases(symbols, classes, imports, path);
    if (exportedNames) {
      const declared = exportedNames;
      for (const symbol of symbols)
        if (!symbol.documented && !symbol.leftOut && !declared.has(symbol.name.split(".")[0]))
          symbol.leftOut = "not-in-all";
    }
    return symbols;
  });
}
function isTypeCheckingGuard(node) {
  const condition = node.childForFieldName("condition")?.text ?? "";
  return /^(?:[A-Za-z_]\w*\.)?TYPE_CHECKING$/.test(condition.trim());
}
function readClass(definition) {
  const list = definition.childForFieldName("superclasses");
  const bases = (list?.namedChildren ?? []).filter((child) => child.type !== "keyword_argument").map((child) => /^([A-Za-z_][\w.]*)/.exec(child.text)?.[1] ?? "").filter(Boolean).map((name) => ({ name, root: name.split(".")[0] }));
  return { bases, isProtocol: bases.some((base) => /(?:^|\.)Protocol$/.test(base.name)) };
}
function readImports(node, imports) {
  if (node.type === "import_statement") {
    for (const child of node.namedChildren) {
      if (child.type === "dotted_name")
        imports.set(child.text.split(".")[0], child.text);
      else if (child.type === "aliased_import") {
        const alias = child.childForFieldName("alias")?.text;
        if (alias)
          imports.set(alias, child.childForFieldName("name")?.text ?? alias);
      }
    }
    return;
  }
  const module = node.childForFieldName("module_name")?.text ?? "";
  for (const child of node.namedChildren) {
    if (child === node.childForFieldName("module_name"))
      continue;
    if (child.type === "dotted_name")
      imports.set(child.text, module);
    else if (child.type === "aliased_import") {
      const alias = child.childForFieldName("alias")?.text;
      if (alias)
        imports.set(alias, module);
    }
  }
}
function readDunderAll(statement) {
  const expression = statement.namedChild(0);
  if (expression?.type !== "assignment" && expression?.type !== "augmented_assignment")
    return void 0;
  if (expression.childForFieldName("left")?.text !== "__all__")
    return void 0;
  const value = expression.childForFieldName("right");
  if (value?.type !== "list" && value?.type !== "tuple")
    return void 0;
  const names2 = [];
  for (const item of value.namedChildren) {
    if (item.type === "comment")
      continue;
    const literal = /^["']([A-Za-z_]\w*)["']$/.exec(item.text);
    if (!literal)
      return void 0;
    names2.push(literal[1]);
  }
  return names2;
}
function decoratorsOf(definition) {
  const parent = definition.parent;
  if (parent?.type !== "decorated_definition")
    return [];
  return parent.namedChildren.filter((child) => child.type === "decorator").map((child) => child.text.replace(/^@\s*/, "").replace(/\(.*$/s, ""));
}
function isEllipsisStub(definition, decorators, owner) {
  const statements = definition.childForFieldName("body")?.namedChildren.filter((child) => child.type !== "comment");
  if (statements?.length !== 1 || statements[0]?.type !== "expression_statement")
    return false;
  if (statements[0].namedChild(0)?.type !== "ellipsis")
    return false;
  if (owner?.isProtocol)
    return true;
  return !decorators.some((decorator) => /(?:^|\.)abstract\w*$/.test(decorator));
}
var PROTOCOL_METHOD = /(?:^|\.)(?:visit_|depart_|leave_|pytest_)\w+$/;
function markCoveredElsewhere(symbols, classes) {
  const mark = (symbol, reason) => {
    if (!symbol.documented && !symbol.leftOut)
      symbol.leftOut = reason;
  };
  for (const symbol of symbols)
    if (symbol.kind !== "class" && PROTOCOL_METHOD.test(symbol.name))
      mark(symbol, "protocol-method");
  const byName = /* @__PURE__ */ new Map();
  for (const symbol of symbols)
    byName.set(symbol.name, [...byName.get(symbol.name) ?? [], symbol]);
  for (const group of byName.values()) {
    if (group.length < 2)
      continue;
    const documented = group.some((symbol) => symbol.documented);
    for (const symbol of group.slice(0, documented ? group.length : -1))
      mark(symbol, "accessor-or-overload");
  }
  const documentedIn = (owner, method, seen) => {
    if (seen.has(owner))
      return false;
    seen.add(owner);
    if (byName.get(`${owner}.${method}`)?.some((symbol) => symbol.documented))
      return true;
    return (classes.get(owner)?.bases ?? []).some((base) => documentedIn(base.name, method, seen));
  };
  for (const symbol of symbols) {
    if (symbol.documented || symbol.kind !== "method" || symbol.leftOut)
      continue;
    const [owner, method, deeper] = symbol.name.split(".");
    if (deeper !== void 0)
      continue;
    const seen = /* @__PURE__ */ new Set([owner]);
    if ((classes.get(owner)?.bases ?? []).some((base) => documentedIn(base.name, method, seen)))
      mark(symbol, "documented-base");
  }
}
var MARKER_MODULES = /^(?:typing|typing_extensions|abc|enum|dataclasses|builtins)(?:\.|$)/;
function markExternalBases(symbols, classes, imports, path) {
  const folders = new Set(path.split("/").slice(0, -1));
  const externalOf = (module) => !module.startsWith(".") && !folders.has(module.split(".")[0]) && !MARKER_MODULES.test(module);
  const memo = /* @__PURE__ */ new Map();
  const externalBase = (owner, seen) => {
    if (memo.has(owner))
      return memo.get(owner);
    if (seen.has(owner))
      return void 0;
    seen.add(owner);
    let found;
    for (const base of classes.get(owner)?.bases ?? []) {
      const module = imports.get(base.root);
      if (module !== void 0 && !classes.has(base.root)) {
        if (externalOf(module))
          found = module === base.root ? base.name : `${module}.${base.name}`;
      } else if (classes.has(base.name))
        found = externalBase(base.name, seen);
      if (found)
        break;
    }
    memo.set(owner, found);
    return found;
  };
  for (const symbol of symbols) {
    if (symbol.kind !== "method")
      continue;
    const [owner, , deeper] = symbol.name.split(".");
    if (deeper !== void 0 || owner === void 0)
      continue;
    const base = externalBase(owner, /* @__PURE__ */ new Set());
    if (base)
      symbol.inheritsExternal = base;
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
    return listPythonSymbols(text, path);
  if (language === "go")
    return listGoSymbols(text, path);
  if (language === "java")
    return listJavaSymbols(text);
  return listEcmaScriptSymbols(path, text);
}

// dist/src/analyzers/docstring/public-api.js
var indexes = /* @__PURE__ */ new WeakMap();
function indexTargets(reference) {
  let index = indexes.get(reference);
  if (!index) {
    const byLast = /* @__PURE__ */ new Map();
    const withMembers = [];
    for (const [target, members] of Object.entries(reference.targets)) {
      const last = target.slice(target.lastIndexOf(".") + 1);
      byLast.set(last, [...byLast.get(last) ?? [], [target, members !== 0]]);
      if (members === 1)
        withMembers.push(target.replace(/\./g, "/"));
    }
    indexes.set(reference, index = { byLast, withMembers });
  }
  return index;
}
function names(target, name) {
  return target === name || target.endsWith(`.${name}`);
}
function modulePath(path) {
  return path.replace(/\.pyi?$/, "").replace(/\/__init__$/, "");
}
function reachesModule(reference, path) {
  const index = indexTargets(reference);
  if (index.last?.path !== path) {
    const module = modulePath(path);
    const reached = index.withMembers.some((target) => module === target || module.endsWith(`/${target}`));
    index.last = { path, reached };
  }
  return index.last.reached;
}
function namedByReference(api, symbol) {
  if (!api?.reference)
    return false;
  const last = symbol.slice(symbol.lastIndexOf(".") + 1);
  return (indexTargets(api.reference).byLast.get(last) ?? []).some(([target]) => names(target, symbol));
}
function isReachedByReference(api, path, symbol) {
  if (!api?.reference)
    return true;
  if (reachesModule(api.reference, path))
    return true;
  const { byLast } = indexTargets(api.reference);
  const parts = symbol.name.split(".");
  const top = parts[0];
  if (parts.length === 1)
    return (byLast.get(top) ?? []).some(([target]) => names(target, top));
  if (namedByReference(api, symbol.name))
    return true;
  const owner = parts.slice(0, -1).join(".");
  const last = owner.slice(owner.lastIndexOf(".") + 1);
  return (byLast.get(last) ?? []).some(([target, members]) => members && names(target, owner));
}
function packageOf(packages, path) {
  let found;
  for (const folder of packages)
    if ((folder === "" || path.startsWith(`${folder}/`)) && (found === void 0 || folder.length > found.length))
      found = folder;
  return found;
}
function isReachedFromEntryPoints(api, path, symbol) {
  if (!api?.entryPoints || packageOf(api.entryPoints.packages, path) === void 0)
    return true;
  const reached = api.entryPoints.reached[path];
  if (reached === void 0)
    return false;
  return reached === 1 || reached.includes(symbol.name.split(".")[0]);
}

// dist/src/analyzers/docstring/public-symbol.js
var LEFT_OUT = {
  "documented-base": "overrides a documented method of a base class of the project, whose docstring tools show",
  "accessor-or-overload": "a setter, deleter or @overload stub beside a documented or counted definition",
  "protocol-method": "implements a protocol documented where it is declared (visit_*, pytest_* hooks)",
  "typing-only": "typing-only (if TYPE_CHECKING:, a `...` stub, a .pyi stub file)",
  override: "marked as an override (@override, TypeScript `override`)",
  "external-base": "overrides a base class from another package, whose documentation tools inherit the base's",
  "not-in-all": "not in the module's __all__",
  "not-in-reference": "not reached by the project's reference docs (Sphinx autodoc, mkdocstrings)",
  "not-exported": "not reached from the package's entry points (package.json exports, main, types)",
  "internal-package": "in a Go internal/ or main package, which no other module imports"
};

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
var SMALL_GAP = 2;
function analyze({ path, text, changed, context, options }) {
  if (context !== void 0 && context !== "source" || isPrivateModule(path))
    return [];
  const language = parsedLanguageOf(path) ?? "other";
  const symbols = symbolsOf(path, text);
  const undocumented = symbols.filter((symbol) => !symbol.documented);
  if (undocumented.length === 0 || !undocumented.some((symbol) => touches(changed, symbol.line)))
    return [];
  const reach = readReachOptions(options);
  const api = options?.["publicApi"];
  const leftOut = /* @__PURE__ */ new Map();
  const bases = /* @__PURE__ */ new Set();
  const missing = undocumented.filter((symbol) => {
    const reason = leftOutReason(symbol, path, language, api, reach);
    if (reason)
      leftOut.set(reason, (leftOut.get(reason) ?? 0) + 1);
    if (reason === "external-base")
      bases.add(externalBaseOf(symbol, path, api));
    return reason === void 0;
  });
  if (missing.length === 0 || !missing.some((symbol) => touches(changed, symbol.line)))
    return [];
  const noun = language === "py" ? "docstring" : "doc comment";
  const names2 = missing.map((symbol) => symbol.name);
  const shown = names2.slice(0, NAMES_SHOWN).map((name) => `\`${name}\``);
  if (names2.length > NAMES_SHOWN)
    shown.push(`${names2.length - NAMES_SHOWN} more`);
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
      facts: {
        missing: missing.length,
        public: symbols.length,
        symbols: names2.slice(0, 40).join(" "),
        ...leftOut.size > 0 ? { leftOut: describeLeftOut(leftOut, api, [...bases]) } : {}
      },
      // one or two gaps in a file are what coverage reports, not a piece of work: on the panel they were
      // overrides and small helpers (a docstring inherited from a base in another file) nobody would add.
      // Go has no such inheritance: its tools and linters ask every exported identifier for a comment.
      severity: missing.length <= SMALL_GAP && language !== "go" ? "info" : "low",
      confidence: 0.95,
      effortHours: missing.reduce((hours, symbol) => hours + (symbol.kind === "class" ? 2 : 1) * UNIT_EFFORT_HOURS, 0)
    })
  ];
}
function readReachOptions(options) {
  return {
    referenceDocs: options?.["referenceDocs"] !== false,
    entryPoints: options?.["entryPoints"] !== false,
    inheritedDocs: options?.["inheritedDocs"] !== false
  };
}
function leftOutReason(symbol, path, language, api, reach) {
  if (symbol.leftOut) {
    const option = symbol.leftOut === "not-in-all" ? reach.referenceDocs : symbol.leftOut === "internal-package" ? reach.entryPoints : true;
    if (option)
      return symbol.leftOut;
  }
  if (reach.inheritedDocs && symbol.marksOverride)
    return "override";
  const method = symbol.name.slice(symbol.name.indexOf(".") + 1);
  if (reach.inheritedDocs && inheritanceOf(symbol, path, api)?.documented?.includes(method))
    return "documented-base";
  if (reach.inheritedDocs && externalBaseOf(symbol, path, api) && !namedByReference(api, symbol.name))
    return "external-base";
  if (reach.referenceDocs && language === "py" && !isReachedByReference(api, path, symbol))
    return "not-in-reference";
  if (reach.entryPoints && (language === "js" || language === "ts") && !isReachedFromEntryPoints(api, path, symbol))
    return "not-exported";
  return void 0;
}
function inheritanceOf(symbol, path, api) {
  return symbol.kind === "method" ? api?.inheritance?.[path]?.[symbol.name.slice(0, symbol.name.indexOf("."))] : void 0;
}
function externalBaseOf(symbol, path, api) {
  return symbol.inheritsExternal ?? inheritanceOf(symbol, path, api)?.external;
}
function describeLeftOut(counts, api, bases) {
  const sources = api?.reference?.sources.slice(0, 2).join(", ");
  return [...counts].map(([reason, count]) => {
    const where = reason === "not-in-reference" && sources ? ` (${sources})` : reason === "external-base" ? ` (${bases.slice(0, 2).join(", ")}${bases.length > 2 ? ", \u2026" : ""})` : "";
    return `${count} ${LEFT_OUT[reason]}${where}`;
  }).join("; ");
}
function isPrivateModule(path) {
  const file = path.slice(path.lastIndexOf("/") + 1);
  return file.endsWith(".py") && file.startsWith("_") && !file.startsWith("__");
}
export {
  UNIT_EFFORT_HOURS,
  analyze,
  leftOutReason,
  measureDocCoverage,
  meta,
  prepare
};
