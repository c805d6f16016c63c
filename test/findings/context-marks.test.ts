import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readCopiedMark, readFrozenMark } from '../../src/findings/context-marks.js';

const marks = suite('findings/context-marks: what a file says of itself');

// [name, text, copied from another project?]
const copiedTexts: Array<[name: string, text: string, copied: boolean]> = [
  [
    "pytest's pprint: imported from CPython, in the header comment",
    '# mypy: allow-untyped-defs\n# This module was imported from the cpython standard library\n# (https://github.com/python/cpython/) at commit c5140945.\n\nfrom __future__ import annotations\n',
    true,
  ],
  [
    'adapted from, in a JSDoc header',
    '/**\n * Adapted from lodash.debounce (MIT).\n */\n"use strict";\nmodule.exports = debounce;\n',
    true,
  ],
  [
    'vendored from, in a module docstring',
    '"""Backport of functools.cache.\n\nVendored from CPython 3.12.\n"""\nimport functools\n',
    true,
  ],
  ['a modified copy of', '// This file is a modified copy of golang.org/x/tools/imports.\npackage imports\n', true],
  ['ported from Go', '// Ported from the Go standard library (strconv/quote.go).\nexport function quote() {}\n', true],
  [
    'BSD licence text: derived from this software',
    '# Neither the name of the project nor the names of its contributors may be used\n# to endorse or promote products derived from this software.\nimport os\n',
    false,
  ],
  ['an import statement is code, not a header', "import { a } from 'b';\n// adapted from x\n", false],
  ['copied from, far down in the code', 'import os\n\n\ndef f():\n    # copied from the old helper\n    pass\n', false],
  ['prose about imports', '# Handles values imported via the config file.\nimport os\n', false],
  ['no header', 'const a = 1;\n', false],
  [
    'adapted from another part of the same project',
    '/**\n * @fileoverview Disallows multiple blank lines.\n * implementation adapted from the no-trailing-spaces rule.\n */\n"use strict";\n',
    false,
  ],
  [
    "Apache licence header (every cobra file): 'obtain a copy of the License'",
    '// Copyright 2013-2023 The Cobra Authors\n//\n// Licensed under the Apache License, Version 2.0 (the "License");\n// you may not use this file except in compliance with the License.\n// You may obtain a copy of the License at\n//\n//      http://www.apache.org/licenses/LICENSE-2.0\n\npackage cobra\n',
    false,
  ],
  [
    'MIT licence header',
    '/*\n * Permission is hereby granted, free of charge, to any person obtaining a copy of this software\n * and associated documentation files (the "Software"), to deal in the Software.\n */\n',
    false,
  ],
  [
    'GPL licence header',
    '# You should have received a copy of the GNU General Public License\n# along with this program.\nimport os\n',
    false,
  ],
];
for (const [name, text, copied] of copiedTexts)
  marks(`copied: ${name}`, () => assert.is(readCopiedMark(text) !== undefined, copied, readCopiedMark(text)));

marks('the reason quotes the header line', () => {
  assert.match(
    readCopiedMark('# Adapted from CPython 3.12 pprint.\nimport x\n') ?? '',
    "'Adapted from CPython 3.12 pprint.'",
  );
});

// [name, text, expected reason fragment or undefined]
const frozenTexts: Array<[name: string, text: string, reason: string | undefined]> = [
  [
    'an ESLint rule whose meta says frozen: true',
    'module.exports = {\n\tmeta: {\n\t\ttype: "suggestion",\n\t\tdocs: {\n\t\t\tdescription: "Require x",\n\t\t\tfrozen: true,\n\t\t},\n\t},\n\tcreate(context) {}\n};\n',
    'frozen: true',
  ],
  [
    'an ESLint rule whose meta is deprecated (object form)',
    'module.exports = {\n\tmeta: {\n\t\tdeprecated: {\n\t\t\tmessage: "Formatting rules are being deprecated",\n\t\t},\n\t},\n\tcreate() {}\n};\n',
    'deprecated',
  ],
  ['a header @deprecated', '/**\n * @deprecated in ESLint v8.53.0\n */\n"use strict";\n', 'deprecated'],
  [
    'a Python module that warns on import',
    'import warnings\n\nwarnings.warn(\n    "this module is deprecated", DeprecationWarning, stacklevel=2\n)\n',
    'deprecated',
  ],
  [
    'a Python module that warns on import, one line',
    'import warnings\nwarnings.warn("use b", DeprecationWarning)\n',
    'deprecated',
  ],
  [
    'frozen: true outside the meta object: rule logic, not metadata',
    'module.exports = {\n\tmeta: { type: "problem", docs: { recommended: true } },\n\tcreate() { return { x: { frozen: true } }; }\n};\n',
    undefined,
  ],
  [
    'a function warning of deprecation when called: not the module',
    'import warnings\n\ndef old():\n    warnings.warn("old", DeprecationWarning)\n',
    undefined,
  ],
  ['meta with frozen: false', 'module.exports = { meta: { docs: { frozen: false } }, create() {} };\n', undefined],
];
for (const [name, text, reason] of frozenTexts)
  marks(`frozen: ${name}`, () => {
    const found = readFrozenMark(text);
    if (reason === undefined) assert.is(found, undefined);
    else assert.match(found ?? '', reason);
  });
marks.run();
