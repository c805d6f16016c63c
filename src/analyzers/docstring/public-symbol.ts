/** A public function, method, class or type, and whether a doc comment or docstring describes it. */
export interface PublicSymbol {
  name: string;
  kind: 'function' | 'method' | 'class' | 'type';
  line: number;
  documented: boolean;
  /**
   * Why the backlog does not ask for a doc comment here although there is none (see LEFT_OUT): documented
   * where a reader looks (an override of a documented base method, a setter beside its getter), or not the
   * project's public API (a typing-only stub, a module its reference docs do not reach). Coverage counts
   * facts as the language's tools read them (ast.get_docstring); only the backlog leaves these out.
   */
  leftOut?: LeftOutReason;
  /** Method of a class with a base imported from another package (directly or through this file's classes). */
  inheritsExternal?: string;
  /** Decorated `@override` / `@typing.override`, or a TypeScript `override` member. */
  marksOverride?: boolean;
}

/** Why a symbol without documentation is not asked for, with the words `explain` uses. */
export const LEFT_OUT = {
  'documented-base': 'overrides a documented method of a base class of the project, whose docstring tools show',
  'accessor-or-overload': 'a setter, deleter or @overload stub beside a documented or counted definition',
  'protocol-method': 'implements a protocol documented where it is declared (visit_*, pytest_* hooks)',
  'typing-only': 'typing-only (if TYPE_CHECKING:, a `...` stub, a .pyi stub file)',
  override: 'marked as an override (@override, TypeScript `override`)',
  'external-base': "overrides a base class from another package, whose documentation tools inherit the base's",
  'not-in-all': "not in the module's __all__",
  'not-in-reference': "not reached by the project's reference docs (Sphinx autodoc, mkdocstrings)",
  'not-exported': "not reached from the package's entry points (package.json exports, main, types)",
  'internal-package': 'in a Go internal/ or main package, which no other module imports',
} as const;

export type LeftOutReason = keyof typeof LEFT_OUT;
