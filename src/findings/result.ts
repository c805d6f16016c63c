// Expected failures are values (STYLE.md §9); `throw` is for bugs only.

export type ErrorCode =
  | 'USAGE'
  | 'NOT_A_REPO'
  | 'GIT_FAILED'
  | 'CONFIG_INVALID'
  | 'LEDGER_CORRUPT'
  | 'LEDGER_CONFLICTED'
  | 'LEDGER_LOCKED'
  | 'WRITE_FAILED'
  | 'NOT_FOUND'
  | 'UNSAFE_CONFIG'
  | 'UNSAFE_PATH';

export interface UserError {
  code: ErrorCode;
  file?: string;
  message: string;
  fix: string;
  /** git's stderr or the underlying error text, shown under GIT_VALUE_DEBUG. */
  cause?: string;
}

export type Result<T> = { ok: true; value: T } | Failure;

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export type Failure = { ok: false; error: UserError };

export const fail = (error: UserError): Failure => ({ ok: false, error });
