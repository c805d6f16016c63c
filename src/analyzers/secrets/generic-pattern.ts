// One assignment shape covers most languages and formats: a credential name, an optional closing
// quote/bracket and type annotation, an operator, then a quoted or bare value on the same line.
//   .env/INI/TOML/HCL  DB_PASSWORD=… · password = "…"        YAML   password: …
//   JSON/JS/Py/Ruby    "apiKey": "…" · config['token'] = '…' · :token => '…'
//   Go/TS/Py typed     token := "…" · apiKey: string = '…' · password: str = "…"
//   XML                password="…" · <password>…</password>  SQL  IDENTIFIED BY '…' · PASSWORD '…'
//   CLI/Dockerfile     --password=… · --token … · ENV API_TOKEN …  URL query  ?token=…&
// Every repeat is bounded and no two adjacent repeats share characters unboundedly: linear time.

const NAME_TAIL = '[\\w.-]{0,30}\\\\?["\'`]?\\]?';
const TYPE = '(?:[ \\t]{0,3}:[ \\t]{0,3}(?:string|str)\\b|[ \\t]{1,3}string\\b)?';
const SEPARATOR = '(?:[ \\t]{0,4}(?:=>|:=|\\|\\|=|\\?\\?=|[:=])[ \\t]{0,4}|[ \\t]{1,4}|>)';
// Quoted values may hold any non-space character; bare ones stop at delimiters of code, URLs and
// XML, and a bare value followed by `(`, `[` or `{` is a call, index or template, not a literal.
// Each value run is taken whole through a lookahead and a back-reference (JS has no possessive
// repeats): a run that is not followed by its delimiter fails at once instead of retrying every
// shorter length, which made `token=token=…` lines cost 200 steps per keyword.
const QUOTED = (min: number) => `(?<=["'\`])(?=(?<quoted>[^\\s"'\`]{${min},200}))\\k<quoted>(?=["'\`])`;
const BARE = (min: number) =>
  `(?<!["'\`])(?=(?<bare>[^\\s"'\`,;&<>(){}\\[\\]]{${min},200}))\\k<bare>(?![^\\s"'\`,;&<>)}\\]])`;

export function buildAssignmentPattern(names: readonly string[], minLength: number): RegExp {
  const value = `(?<q>["'\`]?)(?<secret>${QUOTED(minLength)}|${BARE(minLength)})\\k<q>`;
  return new RegExp(`(?:${names.join('|')})${NAME_TAIL}${TYPE}${SEPARATOR}${value}`, 'i');
}

/** True when only whitespace separates the name from a bare value (`--token abc`, `ENV KEY abc`). */
export function hasOperatorlessBareValue(lead: string, quote: string): boolean {
  return quote === '' && !/(?:=>|:=|[:=>])[ \t]*$/.test(lead);
}

/** A bare value after whitespace only is an assignment in CLI flags and Dockerfile ENV/ARG lines. */
export function isFlagOrDockerEnv(beforeName: string): boolean {
  return /(?:^|\s)--?[\w-]*$/.test(beforeName) || /^\s*(?:ENV|ARG)\s+[\w.-]*$/i.test(beforeName);
}
