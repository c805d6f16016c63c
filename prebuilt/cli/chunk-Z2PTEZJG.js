import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  childrenOf,
  compileQuery,
  isParserReady,
  parseEcmaScript,
  parsedLanguageOf,
  parsedLanguages,
  prepareParsers,
  withSyntaxTree
} from "./chunk-BCOMQXFJ.js";
import "./chunk-BX7BPTSK.js";
import {
  defaultOptionsOf
} from "./chunk-RGYNK77T.js";
import {
  findSuppression
} from "./chunk-P5SXLXTM.js";
import {
  COMPLEXITY_CODES
} from "./chunk-5AXYERU7.js";
import {
  createFinding
} from "./chunk-A3QA2ZQT.js";
import "./chunk-ONKLCXXC.js";
import {
  touches
} from "./chunk-OZTETU2B.js";
import "./chunk-3FEP5BVN.js";
import "./chunk-4K3HMJS3.js";

// dist/src/analyzers/complexity/ecmascript-cyclomatic.js
var ecmaScriptFunctionTypes = /* @__PURE__ */ new Set([
  "FunctionDeclaration",
  "FunctionExpression",
  "ArrowFunctionExpression",
  "ObjectMethod",
  "ClassMethod",
  "ClassPrivateMethod"
]);
var alwaysDecisions = /* @__PURE__ */ new Set([
  "CatchClause",
  "ConditionalExpression",
  "LogicalExpression",
  "ForStatement",
  "ForInStatement",
  "ForOfStatement",
  "IfStatement",
  "WhileStatement",
  "DoWhileStatement",
  "AssignmentPattern"
]);
var logicalAssignments = /* @__PURE__ */ new Set(["&&=", "||=", "??="]);
function cyclomaticIncrement(node) {
  if (alwaysDecisions.has(node.type))
    return 1;
  switch (node.type) {
    case "SwitchCase":
      return node["test"] ? 1 : 0;
    case "AssignmentExpression":
      return logicalAssignments.has(String(node["operator"])) ? 1 : 0;
    case "OptionalMemberExpression":
    case "OptionalCallExpression":
      return node["optional"] === true ? 1 : 0;
    default:
      return 0;
  }
}

// dist/src/analyzers/complexity/ecmascript-cognitive.js
var loops = /* @__PURE__ */ new Set(["ForStatement", "ForInStatement", "ForOfStatement", "WhileStatement", "DoWhileStatement"]);
var logicalOperators = /* @__PURE__ */ new Set(["&&", "||", "??"]);
function measureEcmaScriptCognitive(body) {
  let total = 0;
  const visitIf = (node, nesting, isElseIf) => {
    total += isElseIf ? 1 : 1 + nesting;
    visit(node["test"], nesting);
    visit(node["consequent"], nesting + 1);
    const alternate = node["alternate"];
    if (alternate?.type === "IfStatement")
      visitIf(alternate, nesting, true);
    else if (alternate) {
      total += 1;
      visit(alternate, nesting + 1);
    }
  };
  const visitNested = (node, nesting, nestedKeys) => {
    total += 1 + nesting;
    for (const child of childrenOf(node)) {
      const isNested = nestedKeys.some((key) => node[key] === child || Array.isArray(node[key]) && node[key].includes(child));
      visit(child, isNested ? nesting + 1 : nesting);
    }
  };
  const visit = (node, nesting) => {
    if (ecmaScriptFunctionTypes.has(node.type) || node.type === "StaticBlock" || node.type === "ClassBody")
      return;
    if (node.type === "IfStatement")
      return visitIf(node, nesting, false);
    if (loops.has(node.type))
      return visitNested(node, nesting, ["body"]);
    if (node.type === "SwitchStatement")
      return visitNested(node, nesting, ["cases"]);
    if (node.type === "CatchClause")
      return visitNested(node, nesting, ["body"]);
    if (node.type === "ConditionalExpression")
      return visitNested(node, nesting, ["consequent", "alternate"]);
    if ((node.type === "BreakStatement" || node.type === "ContinueStatement") && node["label"])
      total += 1;
    if (node.type === "LogicalExpression" && logicalOperators.has(String(node["operator"]))) {
      const operands = [];
      total += countOperatorRuns(node, operands);
      for (const operand of operands)
        visit(operand, nesting);
      return;
    }
    for (const child of childrenOf(node))
      visit(child, nesting);
  };
  if (body.type === "StaticBlock")
    for (const child of childrenOf(body))
      visit(child, 0);
  else
    visit(body, 0);
  return total;
}
function countOperatorRuns(root, operands) {
  const operators = [];
  const flatten = (node) => {
    if (node.type === "LogicalExpression" && logicalOperators.has(String(node["operator"]))) {
      flatten(node["left"]);
      operators.push(String(node["operator"]));
      flatten(node["right"]);
    } else
      operands.push(node);
  };
  flatten(root);
  return operators.filter((operator, index) => index === 0 || operator !== operators[index - 1]).length;
}

// dist/src/analyzers/complexity/ecmascript-names.js
function keyName(key, computed) {
  const node = key;
  if (!node)
    return "<anonymous>";
  if (computed)
    return "[computed]";
  if (node.type === "Identifier")
    return String(node["name"]);
  if (node.type === "PrivateName")
    return `#${keyName(node["id"], false)}`;
  if (node.type === "StringLiteral" || node.type === "NumericLiteral")
    return String(node["value"]);
  return "<anonymous>";
}
function targetName(target) {
  if (target.type === "Identifier")
    return String(target["name"]);
  if (target.type === "MemberExpression" && !target["computed"]) {
    const object = targetName(target["object"]);
    return object ? `${object}.${keyName(target["property"], false)}` : void 0;
  }
  if (target.type === "ThisExpression")
    return "this";
  return void 0;
}
function nameForChild(parent, child) {
  switch (parent.type) {
    case "VariableDeclarator":
      return parent["init"] === child ? targetName(parent["id"]) : void 0;
    case "ObjectProperty":
      return parent["value"] === child ? keyName(parent["key"], parent["computed"]) : void 0;
    case "AssignmentExpression":
      return parent["right"] === child ? targetName(parent["left"]) : void 0;
    case "AssignmentPattern":
      return parent["right"] === child ? targetName(parent["left"]) : void 0;
    case "ExportDefaultDeclaration":
      return "default";
    default:
      return void 0;
  }
}

// dist/src/analyzers/complexity/ecmascript-functions.js
var classFieldTypes = /* @__PURE__ */ new Set(["ClassProperty", "ClassPrivateProperty", "ClassAccessorProperty"]);
function measureEcmaScriptFunctions(path, text) {
  const program = parseEcmaScript(path, text);
  if (!program)
    return [];
  const found = [];
  const record = (node, name, kind, body, head = node) => {
    const metrics = {
      name,
      kind,
      line: head.loc.start.line,
      endLine: node.loc.end.line,
      column: head.loc.start.column,
      cyclomatic: 1,
      cognitive: measureEcmaScriptCognitive(body)
    };
    found.push(metrics);
    return metrics;
  };
  const qualify = (scope, name) => scope.className ? `${scope.className}.${name}` : name;
  const visit = (node, scope, hint, head) => {
    let inner = scope;
    if (ecmaScriptFunctionTypes.has(node.type)) {
      const isMember = node.type === "ClassMethod" || node.type === "ClassPrivateMethod" || node.type === "ObjectMethod";
      const ownName = isMember ? keyName(node["key"], node["computed"]) : node["id"]?.["name"];
      const name = isMember && node.type !== "ObjectMethod" ? qualify(scope, String(ownName)) : String(ownName ?? hint ?? "<anonymous>");
      inner = { metrics: record(node, name, isMember ? "method" : "function", node["body"], head) };
    } else if (node.type === "StaticBlock") {
      inner = { metrics: record(node, qualify(scope, "static"), "static-block", node) };
    } else if (node.type === "ClassDeclaration" || node.type === "ClassExpression") {
      const id = node["id"];
      inner = { ...scope, className: String(id?.["name"] ?? hint ?? "<class>") };
    } else if (scope.metrics) {
      scope.metrics.cyclomatic += cyclomaticIncrement(node);
    }
    if (classFieldTypes.has(node.type))
      return visitClassField(node, scope);
    const isProperty = node.type === "ObjectProperty";
    for (const child of childrenOf(node))
      visit(child, inner, nameForChild(node, child), isProperty && child === node["value"] ? node : void 0);
  };
  const visitClassField = (node, scope) => {
    const name = qualify(scope, keyName(node["key"], node["computed"]));
    const value = node["value"];
    for (const child of childrenOf(node)) {
      if (child !== value)
        visit(child, scope, void 0);
      else if (ecmaScriptFunctionTypes.has(value.type))
        visit(value, scope, name, node);
      else
        visit(value, { metrics: record(value, name, "initializer", value) }, void 0);
    }
  };
  visit(program, {}, void 0);
  return found;
}

// dist/src/analyzers/complexity/python-functions.js
var QUERY = `
(function_definition) @def
(function_definition name: _ @def.name)
(function_definition body: _ @def.body)
(class_definition) @class
(class_definition name: _ @class.name)
(decorated_definition) @scope
(ERROR) @error
(assert_statement) @assert
(if_statement) @if
(elif_clause) @elif
(else_clause) @else
(try_statement (else_clause) @try.else)
(for_statement alternative: (else_clause) @loop.else)
(while_statement alternative: (else_clause) @loop.else)
(conditional_expression) @ternary
(boolean_operator operator: _ @bool.op) @bool
(boolean_operator left: (boolean_operator) @bool.inner)
(boolean_operator right: (boolean_operator) @bool.inner)
(for_in_clause) @forin
(if_clause) @ifclause
(case_clause guard: (if_clause) @guard)
(for_statement) @for
(while_statement) @while
(except_clause) @except
(match_statement) @match
(lambda) @lambda
`;
var DEF = 1;
var CLASS = 2;
var SCOPE = 4;
var ERROR = 8;
var ASSERT = 16;
var NESTS = 32;
var STRUCTURE = 64;
var CYCLOMATIC = 128;
var FLAT = 256;
var TRY_ELSE = 512;
var LOOP_ELSE = 1024;
var GUARD = 2048;
var BOOL = 4096;
var INNER_BOOL = 8192;
var bitsOf = {
  def: DEF | SCOPE,
  class: CLASS | SCOPE,
  scope: SCOPE,
  error: ERROR,
  assert: ASSERT | CYCLOMATIC,
  if: NESTS | STRUCTURE | CYCLOMATIC,
  elif: FLAT | CYCLOMATIC,
  else: FLAT,
  "try.else": TRY_ELSE,
  "loop.else": LOOP_ELSE,
  ternary: NESTS | STRUCTURE | CYCLOMATIC,
  bool: BOOL | CYCLOMATIC,
  "bool.inner": INNER_BOOL,
  forin: CYCLOMATIC,
  ifclause: CYCLOMATIC,
  guard: GUARD,
  for: NESTS | STRUCTURE | CYCLOMATIC,
  while: NESTS | STRUCTURE | CYCLOMATIC,
  except: NESTS | STRUCTURE | CYCLOMATIC,
  match: NESTS | STRUCTURE,
  lambda: NESTS
};
function measurePythonFunctions(text) {
  return withSyntaxTree("py", text, (root) => {
    const found = collect(compileQuery("py", QUERY).captures(root));
    const functions = [];
    const stack = [];
    const operatorRuns = /* @__PURE__ */ new Map();
    const runsOwner = /* @__PURE__ */ new Map();
    for (const node of found) {
      while (stack.length > 0 && node.start >= stack[stack.length - 1].node.end)
        stack.pop();
      const parent = stack[stack.length - 1];
      const inBody = (measure) => measure !== void 0 && node.start >= measure.bodyStart && node.end <= measure.bodyEnd;
      const owner = parent && inBody(parent.owner) ? parent.owner : void 0;
      const frame = {
        node,
        owner,
        nesting: parent?.owner === owner ? parent?.nesting ?? 0 : 0,
        inAssert: parent?.owner === owner ? parent?.inAssert ?? false : false,
        prefix: parent?.prefix ?? "",
        inClass: parent?.inClass ?? false,
        inError: (parent?.inError ?? false) || (node.bits & ERROR) !== 0
      };
      if (node.bits & SCOPE) {
        frame.owner = void 0;
        if (node.bits & (DEF | CLASS)) {
          const name = node.name ?? "<anonymous>";
          if (node.bits & DEF && node.bodyStart !== void 0 && !frame.inError) {
            const metrics = {
              name: frame.prefix + name,
              kind: frame.inClass ? "method" : "function",
              line: node.row + 1,
              endLine: node.endRow + 1,
              column: node.column,
              cyclomatic: 1,
              cognitive: 0
            };
            functions.push(metrics);
            frame.owner = { metrics, bodyStart: node.bodyStart, bodyEnd: node.bodyEnd ?? node.end };
            frame.nesting = 0;
            frame.inAssert = false;
          }
          frame.prefix = `${frame.prefix}${name}.`;
          frame.inClass = (node.bits & CLASS) !== 0;
        }
      } else if (owner) {
        const { metrics } = owner;
        if (node.bits & CYCLOMATIC && !(node.bits & GUARD) && !frame.inAssert)
          metrics.cyclomatic += 1;
        if (node.bits & (TRY_ELSE | LOOP_ELSE) && !frame.inAssert)
          metrics.cyclomatic += 1;
        if (node.bits & STRUCTURE)
          metrics.cognitive = (metrics.cognitive ?? 0) + 1 + frame.nesting;
        if (node.bits & FLAT && !(node.bits & TRY_ELSE))
          metrics.cognitive = (metrics.cognitive ?? 0) + 1;
        if (node.bits & BOOL) {
          const top = node.bits & INNER_BOOL && parent && parent.node.bits & BOOL ? topOf(parent, stack) : node;
          const runs = operatorRuns.get(top) ?? [];
          runs.push(...node.operators ?? []);
          operatorRuns.set(top, runs);
          if (top === node)
            runsOwner.set(node, owner);
        }
        if (node.bits & ASSERT)
          frame.inAssert = true;
        if (node.bits & NESTS)
          frame.nesting += 1;
      }
      stack.push(frame);
    }
    for (const [top, operators] of operatorRuns) {
      const measure = runsOwner.get(top);
      if (!measure)
        continue;
      operators.sort((a, b) => a[0] - b[0]);
      const runs = operators.filter((operator, index) => index === 0 || operator[1] !== operators[index - 1]?.[1]).length;
      measure.metrics.cognitive = (measure.metrics.cognitive ?? 0) + runs;
    }
    return functions;
  });
}
function topOf(frame, stack) {
  let at = stack.lastIndexOf(frame);
  let top = frame.node;
  while (top.bits & INNER_BOOL && at > 0) {
    const above = stack[at - 1];
    if (!(above.node.bits & BOOL))
      break;
    top = above.node;
    at -= 1;
  }
  return top;
}
function collect(captures) {
  const byId = /* @__PURE__ */ new Map();
  const operatorsOf = /* @__PURE__ */ new Map();
  const pending = [];
  for (const capture of captures) {
    const { name, node } = capture;
    if (name === "def.name" || name === "class.name")
      pending.push(["name", capture]);
    else if (name === "def.body")
      pending.push(["body", capture]);
    else if (name === "bool.op")
      pending.push(["op", capture]);
    else {
      const bits = bitsOf[name] ?? 0;
      const known = byId.get(node.id);
      if (known)
        known.bits |= bits;
      else
        byId.set(node.id, {
          id: node.id,
          start: node.startIndex,
          end: node.endIndex,
          bits,
          row: node.startPosition.row,
          endRow: node.endPosition.row,
          column: node.startPosition.column
        });
    }
  }
  for (const [kind, { node }] of pending) {
    const parent = node.parent;
    const owner = parent ? byId.get(parent.id) : void 0;
    if (!owner)
      continue;
    if (kind === "name")
      owner.name = node.text;
    else if (kind === "body") {
      owner.bodyStart = node.startIndex;
      owner.bodyEnd = node.endIndex;
    } else {
      const list = operatorsOf.get(owner.id) ?? [];
      list.push([node.startIndex, node.type]);
      operatorsOf.set(owner.id, list);
      owner.operators = list;
    }
  }
  return [...byId.values()].sort((a, b) => a.start - b.start || b.end - a.end || (b.bits & SCOPE) - (a.bits & SCOPE));
}

// dist/src/analyzers/complexity/language-shapes.js
var set = (...items) => new Set(items);
var isNotDefaultCase = (node) => node.child(0)?.type !== "default";
var cShape = {
  functions: set("function_definition", "lambda_expression"),
  classes: set("class_specifier", "struct_specifier", "namespace_definition"),
  decisions: set("if_statement", "for_statement", "for_range_loop", "while_statement", "do_statement", "catch_clause", "conditional_expression", "case_statement"),
  logicalNodes: set("binary_expression"),
  logicalOperators: set("&&", "||", "and", "or"),
  countsWhen: { case_statement: isNotDefaultCase }
};
var languageShapes = {
  go: {
    functions: set("function_declaration", "method_declaration", "func_literal"),
    classes: set(),
    decisions: set("if_statement", "for_statement", "expression_case", "type_case", "communication_case"),
    logicalNodes: set("binary_expression"),
    logicalOperators: set("&&", "||")
  },
  java: {
    functions: set("method_declaration", "constructor_declaration", "compact_constructor_declaration", "lambda_expression"),
    classes: set("class_declaration", "interface_declaration", "enum_declaration", "record_declaration"),
    decisions: set("if_statement", "for_statement", "enhanced_for_statement", "while_statement", "do_statement", "catch_clause", "ternary_expression", "switch_label"),
    logicalNodes: set("binary_expression"),
    logicalOperators: set("&&", "||"),
    countsWhen: { switch_label: (node) => node.child(0)?.type === "case" }
  },
  c: cShape,
  cpp: cShape,
  csharp: {
    functions: set("method_declaration", "constructor_declaration", "local_function_statement", "lambda_expression", "anonymous_method_expression", "operator_declaration"),
    classes: set("class_declaration", "struct_declaration", "interface_declaration", "record_declaration"),
    decisions: set("if_statement", "for_statement", "for_each_statement", "while_statement", "do_statement", "catch_clause", "conditional_expression", "case_switch_label", "case_pattern_switch_label", "switch_expression_arm"),
    logicalNodes: set("binary_expression"),
    logicalOperators: set("&&", "||", "??"),
    countsWhen: { switch_expression_arm: (node) => node.namedChild(0)?.type !== "discard" }
  },
  ruby: {
    functions: set("method", "singleton_method"),
    classes: set("class", "module"),
    decisions: set("if", "elsif", "unless", "while", "until", "for", "when", "rescue", "conditional", "if_modifier", "unless_modifier", "while_modifier", "until_modifier", "rescue_modifier"),
    logicalNodes: set("binary"),
    logicalOperators: set("&&", "||", "and", "or")
  },
  php: {
    functions: set("function_definition", "method_declaration", "anonymous_function_creation_expression", "arrow_function"),
    classes: set("class_declaration", "interface_declaration", "trait_declaration", "enum_declaration"),
    decisions: set("if_statement", "else_if_clause", "for_statement", "foreach_statement", "while_statement", "do_statement", "case_statement", "catch_clause", "conditional_expression", "match_conditional_expression"),
    logicalNodes: set("binary_expression"),
    logicalOperators: set("&&", "||", "and", "or", "??")
  },
  rust: {
    functions: set("function_item", "closure_expression"),
    classes: set("impl_item", "trait_item"),
    decisions: set("if_expression", "for_expression", "while_expression", "match_arm"),
    logicalNodes: set("binary_expression"),
    logicalOperators: set("&&", "||"),
    countsWhen: { match_arm: (node) => node.childForFieldName("pattern")?.text !== "_" }
  }
};

// dist/src/analyzers/complexity/tree-sitter-functions.js
function measureTreeSitterFunctions(language, text) {
  const shape = languageShapes[language];
  if (!shape)
    return [];
  return withSyntaxTree(language, text, (root) => {
    const found = [];
    const visit = (node, owner, className) => {
      let inner = owner;
      let innerClass = className;
      if (shape.functions.has(node.type)) {
        const name = functionName(node);
        inner = {
          name: className && name !== "<anonymous>" ? `${className}.${name}` : name,
          kind: className ? "method" : "function",
          line: node.startPosition.row + 1,
          endLine: node.endPosition.row + 1,
          column: node.startPosition.column,
          cyclomatic: 1
        };
        found.push(inner);
        innerClass = void 0;
      } else if (shape.classes.has(node.type)) {
        innerClass = (node.childForFieldName("name") ?? node.childForFieldName("type"))?.text ?? className;
      } else if (owner)
        owner.cyclomatic += incrementOf(shape, node);
      for (const child of node.namedChildren)
        visit(child, inner, innerClass);
    };
    visit(root, void 0, void 0);
    return found;
  });
}
function incrementOf(shape, node) {
  if (shape.decisions.has(node.type))
    return shape.countsWhen?.[node.type]?.(node) === false ? 0 : 1;
  if (!shape.logicalNodes.has(node.type))
    return 0;
  const operator = node.childForFieldName("operator") ?? node.child(1);
  return operator && shape.logicalOperators.has(operator.type) ? 1 : 0;
}
function functionName(node) {
  const named = node.childForFieldName("name");
  if (named)
    return named.text;
  if (node.type !== "function_definition")
    return "<anonymous>";
  let declarator = node.childForFieldName("declarator");
  while (declarator && declarator.childForFieldName("declarator"))
    declarator = declarator.childForFieldName("declarator");
  return declarator ? declarator.text : "<anonymous>";
}

// dist/src/analyzers/complexity/measure-functions.js
function measureFunctions(path, text) {
  const language = parsedLanguageOf(path);
  if (!language)
    return [];
  if (!isParserReady(language))
    throw new Error(`measureFunctions(${path}): await prepare() for '${language}' first`);
  if (language === "js" || language === "ts")
    return measureEcmaScriptFunctions(path, text);
  if (language === "py")
    return measurePythonFunctions(text);
  return measureTreeSitterFunctions(language, text);
}

// dist/src/analyzers/complexity/index.js
var meta = {
  id: "quality/complexity",
  category: "quality",
  languages: parsedLanguages,
  defaultSeverity: "medium",
  description: "Functions whose cyclomatic (McCabe) or cognitive (SonarSource) complexity is over the threshold"
};
var defaults = defaultOptionsOf("complexity");
var defaultThresholds = {
  threshold: defaults["threshold"],
  cognitiveThreshold: defaults["cognitiveThreshold"]
};
function prepare(languages = parsedLanguages) {
  return prepareParsers(languages);
}
function analyze({ path, text, changed, options }) {
  const threshold = numberOption(options?.["threshold"], defaultThresholds.threshold);
  const cognitiveThreshold = numberOption(options?.["cognitiveThreshold"], defaultThresholds.cognitiveThreshold);
  const language = parsedLanguageOf(path) ?? "other";
  let lines;
  return measureFunctions(path, text).filter((metrics) => metrics.cyclomatic > threshold || (metrics.cognitive ?? 0) > cognitiveThreshold).filter((metrics) => touches(changed, metrics.line, metrics.endLine)).map((metrics) => {
    const suppressed = findSuppression({
      language,
      lines: lines ??= text.split(/\r?\n/),
      line: metrics.line,
      codes: COMPLEXITY_CODES
    });
    return toFinding(path, language, metrics, threshold, cognitiveThreshold, suppressed);
  });
}
function toFinding(path, language, metrics, threshold, cognitiveThreshold, suppressed) {
  const { name, cyclomatic, cognitive, line, endLine } = metrics;
  const overCyclomatic = cyclomatic > threshold;
  const title = overCyclomatic ? `\`${name}\` has cyclomatic complexity ${cyclomatic} (threshold ${threshold})` : `\`${name}\` has cognitive complexity ${cognitive} (threshold ${cognitiveThreshold})`;
  const excess = Math.max(0, cyclomatic - threshold) / threshold + Math.max(0, (cognitive ?? 0) - cognitiveThreshold) / cognitiveThreshold;
  const facts = { cyclomatic, functionName: name, lines: `${line}-${endLine}` };
  if (cognitive !== void 0)
    facts["cognitive"] = cognitive;
  if (suppressed)
    facts["suppressed"] = suppressed;
  return createFinding(meta, {
    ruleId: meta.id,
    path,
    line,
    endLine,
    title,
    facts,
    // Twice the threshold is complex (high), half as much again over it is worth a look (medium). Just
    // over the line (cyclomatic 11-14 at threshold 10) is a function to watch, not one to split: the
    // ledger and metrics keep it, the ranked backlog does not ask for it (severity info).
    severity: excess >= 1 ? "high" : excess >= 0.5 ? "medium" : "info",
    // The bucket, not the exact count or the line, is identity: small edits and moves keep the entry.
    content: `${language} ${name} ${bucketOf(cyclomatic)}/${bucketOf(cognitive ?? 0)}`,
    confidence: 0.9,
    // An hour to split a function just over the line, growing with how far over it is.
    effortHours: Math.min(16, Math.round((1 + 2 * excess) * 4) / 4)
  });
}
var bucketBounds = [10, 15, 20, 30, 50, 100];
function bucketOf(complexity) {
  const bound = bucketBounds.find((limit) => complexity <= limit);
  return bound === void 0 ? ">100" : `<=${bound}`;
}
function numberOption(value, fallback) {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : fallback;
}
export {
  analyze,
  defaultThresholds,
  measureFunctions,
  meta,
  prepare
};
