/** A public function, method, class or type, and whether a doc comment or docstring describes it. */
export interface PublicSymbol {
  name: string;
  kind: 'function' | 'method' | 'class' | 'type';
  line: number;
  documented: boolean;
}
