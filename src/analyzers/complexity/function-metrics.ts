/** One function's measurements; `cognitive` is computed for JS/TS/Python only. */
export interface FunctionMetrics {
  /** Qualified where a class encloses it (`Parser.parseArgs`); `<anonymous>` when nothing names it. */
  name: string;
  /** `initializer` and `static-block` are class fields and static blocks, which ESLint measures as functions. */
  kind: 'function' | 'method' | 'initializer' | 'static-block';
  line: number;
  endLine: number;
  /** 0-based column of the function's first character, to tell apart functions sharing a line. */
  column: number;
  cyclomatic: number;
  cognitive?: number;
}
