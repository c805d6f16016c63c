// How each language family writes comments and strings: data read by scan-regions.ts.
// Keys are those of languageOf() (findings/languages.ts); unknown keys have no comments at all.

export interface LineCommentRule {
  open: string;
  /** Only at the start of a line or after whitespace (shell `$#`, YAML `a#b`, SCSS `url(http://…)`). */
  afterSpace?: boolean;
  /** Only as the first non-blank text of a line (Dockerfile, .properties). */
  lineStart?: boolean;
}

export interface BlockCommentRule {
  open: string;
  close: string;
  /** Rust, Swift, Kotlin, Scala and Dart nest block comments. */
  nests?: boolean;
  /** Ruby `=begin`/`=end` and Perl POD open and close only at column 1. */
  lineStart?: boolean;
}

export interface QuoteRule {
  open: string;
  close: string;
  escapes: boolean;
  /** Single-line strings end at an unescaped newline even when unterminated, which limits the damage of a mis-lexed quote. */
  multiline: boolean;
  /** Code embedded in the string (`${…}` in JS templates); scanning resumes as code until the matching close. */
  interpolation?: { open: string; close: string };
}

export interface Syntax {
  lineComments: readonly LineCommentRule[];
  blockComments: readonly BlockCommentRule[];
  quotes: readonly QuoteRule[];
  /** JS/TS regex literals, so `/'/` or `/\/\//` do not open a string or a comment. */
  regexLiterals?: boolean;
  /** A quote opens a string only after one of these characters or at line start (YAML, INI: `it's` in plain text). */
  quoteAfter?: string;
  /** Rust: `'a` is a lifetime, `'a'` a char; raw strings `r#"…"#`. */
  rustLiterals?: boolean;
  /** Lua long brackets `[[…]]`, `[==[…]==]` and `--[[…]]`. */
  luaLongBrackets?: boolean;
}

const slash: LineCommentRule[] = [{ open: '//' }];
const hash: LineCommentRule[] = [{ open: '#' }];
const hashAfterSpace: LineCommentRule[] = [{ open: '#', afterSpace: true }];
const cBlock: BlockCommentRule[] = [{ open: '/*', close: '*/' }];
const nestedBlock: BlockCommentRule[] = [{ open: '/*', close: '*/', nests: true }];

const double: QuoteRule = { open: '"', close: '"', escapes: true, multiline: false };
const single: QuoteRule = { open: "'", close: "'", escapes: true, multiline: false };
const doubleMulti: QuoteRule = { ...double, multiline: true };
const singleMulti: QuoteRule = { ...single, multiline: true };
const singleRaw: QuoteRule = { open: "'", close: "'", escapes: false, multiline: true };
const tripleDouble: QuoteRule = { open: '"""', close: '"""', escapes: true, multiline: true };
const tripleSingle: QuoteRule = { open: "'''", close: "'''", escapes: true, multiline: true };
const template: QuoteRule = {
  open: '`',
  close: '`',
  escapes: true,
  multiline: true,
  interpolation: { open: '${', close: '}' },
};

const cLike: Syntax = { lineComments: slash, blockComments: cBlock, quotes: [double, single] };
const jsLike: Syntax = { ...cLike, quotes: [double, single, template], regexLiterals: true };
const jvmNested: Syntax = { lineComments: slash, blockComments: nestedBlock, quotes: [tripleDouble, double, single] };
const hashFamily: Syntax = { lineComments: hash, blockComments: [], quotes: [double, single] };
const markup: Syntax = { lineComments: [], blockComments: [{ open: '<!--', close: '-->' }], quotes: [] };

const syntaxes: Record<string, Syntax> = {
  js: jsLike,
  ts: jsLike,
  json: cLike,
  java: { ...cLike, quotes: [tripleDouble, double, single] },
  kotlin: jvmNested,
  scala: jvmNested,
  swift: jvmNested,
  dart: { ...jvmNested, quotes: [tripleDouble, tripleSingle, double, single] },
  go: { ...cLike, quotes: [double, single, { open: '`', close: '`', escapes: false, multiline: true }] },
  c: cLike,
  cpp: cLike,
  csharp: cLike,
  rust: { lineComments: slash, blockComments: nestedBlock, quotes: [doubleMulti], rustLiterals: true },
  php: {
    lineComments: [...slash, { open: '#', afterSpace: true }],
    blockComments: cBlock,
    quotes: [doubleMulti, singleMulti],
  },
  css: { lineComments: [{ open: '//', afterSpace: true }], blockComments: cBlock, quotes: [double, single] },
  py: { lineComments: hash, blockComments: [], quotes: [tripleDouble, tripleSingle, double, single] },
  shell: { lineComments: hashAfterSpace, blockComments: [], quotes: [doubleMulti, singleRaw] },
  ruby: {
    lineComments: hash,
    blockComments: [{ open: '=begin', close: '=end', lineStart: true }],
    quotes: [{ ...doubleMulti, interpolation: { open: '#{', close: '}' } }, singleMulti],
  },
  perl: {
    lineComments: hash,
    blockComments: ['=pod', '=head', '=begin', '=over', '=item', '=for', '=encoding'].map((open) => ({
      open,
      close: '=cut',
      lineStart: true,
    })),
    quotes: [doubleMulti, singleMulti],
  },
  r: { ...hashFamily, quotes: [doubleMulti, singleMulti] },
  yaml: { ...hashFamily, lineComments: hashAfterSpace, quoteAfter: ':-[{,?' },
  toml: {
    ...hashFamily,
    quotes: [tripleDouble, tripleSingle, double, { ...single, escapes: false }],
    quoteAfter: '=[{,',
  },
  ini: {
    lineComments: [
      { open: ';', afterSpace: true },
      { open: '#', afterSpace: true },
    ],
    blockComments: [],
    quotes: [double, single],
    quoteAfter: '=:',
  },
  properties: {
    lineComments: [
      { open: '#', lineStart: true },
      { open: '!', lineStart: true },
    ],
    blockComments: [],
    quotes: [],
  },
  dotenv: { ...hashFamily, lineComments: hashAfterSpace, quoteAfter: '=' },
  make: { lineComments: hash, blockComments: [], quotes: [] },
  dockerfile: { lineComments: [{ open: '#', lineStart: true }], blockComments: [], quotes: [] },
  terraform: {
    lineComments: [...hash, ...slash],
    blockComments: cBlock,
    quotes: [{ ...double, interpolation: { open: '${', close: '}' } }],
  },
  sql: {
    lineComments: [{ open: '--' }],
    blockComments: cBlock,
    quotes: [{ ...singleRaw }, { open: '"', close: '"', escapes: false, multiline: true }],
  },
  lua: { lineComments: [{ open: '--' }], blockComments: [], quotes: [double, single], luaLongBrackets: true },
  html: markup,
  xml: markup,
  markdown: markup,
  vue: markup,
  svelte: markup,
};

/** The syntax of a language key, or undefined when the language has no comments we know of ('other'). */
export function syntaxOf(language: string): Syntax | undefined {
  return syntaxes[language];
}
