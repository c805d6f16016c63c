// Per-language syntax for cyclomatic complexity over tree-sitter grammars (tree-sitter-wasms 0.1.13):
// which nodes are functions, which enclose them as classes, and which add a path. Counting follows
// McCabe as the usual tools do: each branch, loop, catch, case (not default) and short-circuit operator.
import type { SyntaxNode } from '../parsers/tree-sitter-parse.js';

export interface LanguageShape {
  functions: ReadonlySet<string>;
  classes: ReadonlySet<string>;
  decisions: ReadonlySet<string>;
  /** Binary-expression node types and the operators among them that branch. */
  logicalNodes: ReadonlySet<string>;
  logicalOperators: ReadonlySet<string>;
  /** Decision nodes that count only sometimes (a `case` but not `default`, a match arm but not `_`). */
  countsWhen?: Readonly<Record<string, (node: SyntaxNode) => boolean>>;
}

const set = (...items: string[]): ReadonlySet<string> => new Set(items);
const isNotDefaultCase = (node: SyntaxNode): boolean => node.child(0)?.type !== 'default';
const cShape: LanguageShape = {
  functions: set('function_definition', 'lambda_expression'),
  classes: set('class_specifier', 'struct_specifier', 'namespace_definition'),
  decisions: set(
    'if_statement',
    'for_statement',
    'for_range_loop',
    'while_statement',
    'do_statement',
    'catch_clause',
    'conditional_expression',
    'case_statement',
  ),
  logicalNodes: set('binary_expression'),
  logicalOperators: set('&&', '||', 'and', 'or'),
  countsWhen: { case_statement: isNotDefaultCase },
};

export const languageShapes: Readonly<Record<string, LanguageShape>> = {
  go: {
    functions: set('function_declaration', 'method_declaration', 'func_literal'),
    classes: set(),
    decisions: set('if_statement', 'for_statement', 'expression_case', 'type_case', 'communication_case'),
    logicalNodes: set('binary_expression'),
    logicalOperators: set('&&', '||'),
  },
  java: {
    functions: set(
      'method_declaration',
      'constructor_declaration',
      'compact_constructor_declaration',
      'lambda_expression',
    ),
    classes: set('class_declaration', 'interface_declaration', 'enum_declaration', 'record_declaration'),
    decisions: set(
      'if_statement',
      'for_statement',
      'enhanced_for_statement',
      'while_statement',
      'do_statement',
      'catch_clause',
      'ternary_expression',
      'switch_label',
    ),
    logicalNodes: set('binary_expression'),
    logicalOperators: set('&&', '||'),
    countsWhen: { switch_label: (node) => node.child(0)?.type === 'case' },
  },
  c: cShape,
  cpp: cShape,
  csharp: {
    functions: set(
      'method_declaration',
      'constructor_declaration',
      'local_function_statement',
      'lambda_expression',
      'anonymous_method_expression',
      'operator_declaration',
    ),
    classes: set('class_declaration', 'struct_declaration', 'interface_declaration', 'record_declaration'),
    decisions: set(
      'if_statement',
      'for_statement',
      'for_each_statement',
      'while_statement',
      'do_statement',
      'catch_clause',
      'conditional_expression',
      'case_switch_label',
      'case_pattern_switch_label',
      'switch_expression_arm',
    ),
    logicalNodes: set('binary_expression'),
    logicalOperators: set('&&', '||', '??'),
    countsWhen: { switch_expression_arm: (node) => node.namedChild(0)?.type !== 'discard' },
  },
  ruby: {
    functions: set('method', 'singleton_method'),
    classes: set('class', 'module'),
    decisions: set(
      'if',
      'elsif',
      'unless',
      'while',
      'until',
      'for',
      'when',
      'rescue',
      'conditional',
      'if_modifier',
      'unless_modifier',
      'while_modifier',
      'until_modifier',
      'rescue_modifier',
    ),
    logicalNodes: set('binary'),
    logicalOperators: set('&&', '||', 'and', 'or'),
  },
  php: {
    functions: set(
      'function_definition',
      'method_declaration',
      'anonymous_function_creation_expression',
      'arrow_function',
    ),
    classes: set('class_declaration', 'interface_declaration', 'trait_declaration', 'enum_declaration'),
    decisions: set(
      'if_statement',
      'else_if_clause',
      'for_statement',
      'foreach_statement',
      'while_statement',
      'do_statement',
      'case_statement',
      'catch_clause',
      'conditional_expression',
      'match_conditional_expression',
    ),
    logicalNodes: set('binary_expression'),
    logicalOperators: set('&&', '||', 'and', 'or', '??'),
  },
  rust: {
    functions: set('function_item', 'closure_expression'),
    classes: set('impl_item', 'trait_item'),
    decisions: set('if_expression', 'for_expression', 'while_expression', 'match_arm'),
    logicalNodes: set('binary_expression'),
    logicalOperators: set('&&', '||'),
    countsWhen: { match_arm: (node) => node.childForFieldName('pattern')?.text !== '_' },
  },
};
