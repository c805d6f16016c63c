import type { VulnRule } from '../rule-types.js';
import { bareOf, enclosingPythonDef, findCalls, importedNames, type Call } from '../source-view.js';
import type { SourceView } from '../rule-types.js';

const UNSAFE_MODULES = ['pickle', 'cPickle', '_pickle', 'dill', 'cloudpickle', 'marshal'];
const UNSAFE_FUNCTIONS = ['load', 'loads', 'Unpickler'];

/** `pickle.loads(` and, after `from pickle import Unpickler`, bare `Unpickler(`. */
function findUnpickling(view: SourceView): Call[] {
  const bare = importedNames(view, UNSAFE_MODULES).filter((name) => UNSAFE_FUNCTIONS.includes(name));
  const callee = bare.length > 0 ? `|(?<![\\w.])(?<!def\\s{1,4})(?:${bare.join('|')})` : '';
  return findCalls(
    view,
    new RegExp(`(?:\\b(?:${UNSAFE_MODULES.join('|')})\\.(?:${UNSAFE_FUNCTIONS.join('|')})${callee})\\s*\\(`, 'g'),
  );
}

/**
 * `pickle.loads(pickle.dumps(obj))`, or a load after a dump in the same function: a round trip of the
 * code's own objects (a copy, or a test that they pickle), not data from elsewhere.
 */
function isRoundTrip(view: SourceView, call: Call): boolean {
  const data = call.args[0] ? view.code.slice(call.args[0].start, call.args[0].end) : '';
  if (/\bdumps?\s*\(/.test(data)) return true;
  const scope = enclosingPythonDef(view, call.start);
  return scope !== undefined && /\.dumps?\s*\(/.test(view.code.slice(scope.start, call.start));
}

const SAFE_YAML_LOADER = /\b(?:Safe|CSafe|Base)Loader\b/;

export const deserializationRules: VulnRule[] = [
  {
    id: 'vuln/unsafe-deserialization',
    takesInput: true,
    description: 'pickle, marshal, dill or yaml.load without a safe loader run code embedded in the data they read',
    title: 'Unsafe deserialization (runs code embedded in the data): use json, yaml.safe_load or a signed format',
    languages: ['py'],
    severity: 'high',
    confidence: 0.7,
    effortHours: 3,
    keywords: ['pickle', 'Pickle', 'marshal', 'dill', 'yaml'],
    detect: (view) => [
      ...findUnpickling(view).filter((call) => !isRoundTrip(view, call)),
      ...findCalls(view, /\b(?:yaml\.unsafe_load(?:_all)?|jsonpickle\.decode)\s*\(/g),
      ...findCalls(view, /\byaml\.load(?:_all)?\s*\(/g).filter(
        (call) => !call.args.slice(1).some((arg) => SAFE_YAML_LOADER.test(bareOf(view, arg))),
      ),
    ],
    examples: {
      positive: [
        'data = pickle.loads(request.data)',
        'from pickle import Unpickler\nvalue = Unpickler(f).load()',
        'cfg = yaml.load(stream)',
        'yaml.load(f, Loader=yaml.Loader)',
        'obj = marshal.load(fh)',
        'def restore(blob):\n    return pickle.loads(blob)\n\ndef save(obj):\n    return pickle.dumps(obj)',
      ],
      negative: [
        'cfg = yaml.safe_load(stream)',
        'cfg = yaml.load(f, Loader=yaml.SafeLoader)',
        'cfg = yaml.load(f, yaml.CSafeLoader)',
        'data = json.loads(body)',
        'blob = pickle.dumps(obj)',
        'from json import loads\nvalue = loads(text)',
        'from _pickle import load\nclass Reader:\n    def load(self):\n        pass',
        '# pickle.loads(data)',
        // round trips of the code's own objects
        'copy = pickle.loads(pickle.dumps(request))',
        'def test_pickles(obj):\n    data = pickle.dumps(obj)\n    assert pickle.loads(data) == obj',
      ],
    },
  },
  {
    id: 'vuln/unsafe-deserialization',
    takesInput: true,
    description: 'node-serialize unserialize() evaluates functions embedded in its input (CVE-2017-5941)',
    title: 'Unsafe deserialization with node-serialize (runs code in the data): use JSON.parse',
    languages: ['js', 'ts'],
    severity: 'high',
    confidence: 0.9,
    effortHours: 3,
    keywords: ['node-serialize'],
    detect: (view) => findCalls(view, /(?<![\w$])(?:\w{1,40}\.)?unserialize\s*\(/g),
    examples: {
      positive: [
        "const serialize = require('node-serialize');\nconst obj = serialize.unserialize(req.cookies.profile);",
      ],
      negative: [
        "const serialize = require('node-serialize');\nconst text = serialize.serialize(obj);",
        'const obj = JSON.parse(req.cookies.profile);',
      ],
    },
  },
];
