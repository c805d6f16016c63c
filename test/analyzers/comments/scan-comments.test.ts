import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { codeMask, kindAt, scanComments, scanRegions } from '../../../src/analyzers/comments/index.js';

const comments = suite('scanComments');

// [name, language, text, comment texts]: positives find comments, negatives (strings, look-alikes) do not.
const cases: Array<[name: string, language: string, text: string, expected: string[]]> = [
  ['js line and block', 'js', 'a(); // one\n/* two\n */ b();', ['// one', '/* two\n */']],
  ['js strings hide comment openers', 'js', `const s = "// no", t = '/* no */';`, []],
  [
    'js template with nested interpolation',
    'ts',
    'const t = `a ${ {k: `b ${c /* yes */}`}.k } // no`; // tail',
    ['/* yes */', '// tail'],
  ],
  ['js regex literal with slashes and quotes', 'js', "const re = /\\/\\/'/g; // after", ['// after']],
  ['js division is not a regex', 'js', 'const r = a / b; // c / d', ['// c / d']],
  ['js regex after return', 'js', "function f() { return /'/.test(x); } // ok", ['// ok']],
  ['go raw string spans lines', 'go', 'var s = `a\n// no\n` // yes', ['// yes']],
  ['python docstring is a string', 'py', 'def f():\n    """# no"""\n    # yes', ['# yes']],
  ['python triple single quotes', 'py', "x = '''\n# no\n''' # yes", ['# yes']],
  ['rust nested block and lifetime', 'rust', "/* a /* b */ c */ fn f<'a>() {} // d", ['/* a /* b */ c */', '// d']],
  ['rust char literal quote', 'rust', "let q = '\"'; // e", ['// e']],
  ['shell needs a space before #', 'shell', 'echo $# a#b "#x" # real', ['# real']],
  ['yaml apostrophe in a plain scalar', 'yaml', "a: it's # c\nb: 'q # no'", ['# c']],
  ['ruby =begin block', 'ruby', '=begin\nx\n=end\ny # z', ['=begin\nx\n=end', '# z']],
  ['sql dash and block', 'sql', "SELECT '--no' -- yes\n/* b */", ['-- yes', '/* b */']],
  ['lua long comment and long string', 'lua', '--[==[ a ]==] s = [[ -- no ]] -- yes', ['--[==[ a ]==]', '-- yes']],
  ['html comment', 'html', '<p>a</p><!-- b -->', ['<!-- b -->']],
  ['markdown text is not a comment', 'markdown', '# Title\n// not\n<!-- yes -->', ['<!-- yes -->']],
  ['ini semicolon and hash', 'ini', '; a\n# b\nurl=http://x;y', ['; a', '# b']],
  ['properties at line start only', 'properties', '# a\nkey=v#1\n! b', ['# a', '! b']],
  ['dockerfile at line start only', 'dockerfile', '# a\nRUN echo x#y', ['# a']],
  ['terraform three forms', 'terraform', '# a\n// b\n/* c */ x = "${y} # no"', ['# a', '// b', '/* c */']],
  ['php hash but not attribute-like text', 'php', '<?php $a = "#no"; # yes', ['# yes']],
  ['unterminated single-line string stops at newline', 'js', 'const s = "open\n// yes', ['// yes']],
  ['unknown language has none', 'other', '// no # no', []],
];
for (const [name, language, text, expected] of cases) {
  comments(name, () =>
    assert.equal(
      scanComments(text, language).map((comment) => comment.text),
      expected,
    ),
  );
}

comments('spans carry line, end line and column', () => {
  const [span] = scanComments('x = 1\n  /* a\n b */', 'c');
  assert.equal([span?.line, span?.endLine, span?.column], [2, 3, 3]);
});

const mask = suite('codeMask');

mask('blanks comments and string contents, keeps quotes, length and newlines', () => {
  const text = 'f("a // b", `c ${d} e`); // x\n/* y\n z */ g();';
  const masked = codeMask(text, 'ts');
  assert.is(masked, 'f("      ", `  ${d}  `);     \n    \n      g();');
  assert.is(masked.length, text.length);
});

mask('non-Latin-1 text and CRLF keep their length and line breaks', () => {
  const text = 'const s = "→ ü"; // 日本\r\n/* a\r\n b */ x';
  const masked = codeMask(text, 'js');
  assert.is(masked.length, text.length);
  assert.is(masked, 'const s = "   ";       \n    \r\n      x');
});

mask('keepStrings blanks only comments', () => {
  assert.is(codeMask('s = "# a"  # b', 'py', { keepStrings: true }), 's = "# a"     ');
});

mask('kindAt tells code, string and comment apart', () => {
  const text = 'a = "s" # c';
  const regions = scanRegions(text, 'py');
  assert.equal(
    [0, 5, 9].map((offset) => kindAt(regions, offset)),
    ['code', 'string', 'comment'],
  );
});

mask('stays linear on pathological input', () => {
  const text = '"'.repeat(20000) + '/*'.repeat(20000) + '`${'.repeat(5000);
  const started = performance.now();
  codeMask(text, 'ts');
  assert.ok(performance.now() - started < 500);
});

comments.run();
mask.run();
