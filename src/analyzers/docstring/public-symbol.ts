/** A public function, method, class or type, and whether a doc comment or docstring describes it. */
export interface PublicSymbol {
  name: string;
  kind: 'function' | 'method' | 'class' | 'type';
  line: number;
  documented: boolean;
  /**
   * Undocumented here but documented where a reader looks: an override of a documented method of a
   * base class in the same file (help() shows the base's docstring), a property's setter beside its
   * documented getter, an @overload stub beside its implementation. Coverage counts facts as the
   * language's tools read them (ast.get_docstring); the backlog does not ask for these.
   */
  coveredElsewhere?: boolean;
}
