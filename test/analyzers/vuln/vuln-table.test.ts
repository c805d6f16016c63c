import { analyze } from '../../../src/analyzers/vuln/index.js';
import { runAnalyzerTable, type TableRow } from '../../helpers/analyzer-table.js';

// Whole files as a user would stage them; each rule's own examples are checked in rule-examples.test.ts.
const rows: TableRow[] = [
  [
    'JS eval of request input',
    'api.js',
    'app.post("/calc", (req, res) => res.send(eval(req.body.expr)));',
    ['vuln/dynamic-code-execution'],
  ],
  ['JS eval inside a template text: none', 'api.js', 'const help = `call eval(${name}) never`;', []],
  [
    'TS new Function with a built body',
    'a.ts',
    'const f = new Function("x", "return " + expr);',
    ['vuln/dynamic-code-execution'],
  ],
  ['Python exec in a docstring: none', 'a.py', 'def f():\n    """Never exec(code) here."""\n    return 1', []],
  ['Python eval of a variable', 'a.py', 'value = eval(expression)', ['vuln/dynamic-code-execution']],
  [
    'JS multi-line exec with template',
    'deploy.ts',
    "import { exec } from 'node:child_process';\nexec(\n  `git checkout ${branch}`,\n  done,\n);",
    [2],
  ],
  [
    'JS execFile with array: none',
    'deploy.ts',
    "import { execFile } from 'node:child_process';\nexecFile('git', ['checkout', branch]);",
    [],
  ],
  ['JS regex exec without child_process: none', 'a.js', 'const m = re.exec(`${a}`);\nexec(`x ${y}`);', []],
  [
    'Python shell=True with format',
    'a.py',
    'import subprocess\nsubprocess.check_output("ls {}".format(d), shell=True)',
    ['vuln/command-injection'],
  ],
  ['Python os.system constant: none', 'a.py', 'import os\nos.system("clear")', []],
  [
    'JS SQL template across lines',
    'repo.ts',
    'await db.query(\n  `SELECT * FROM users\n   WHERE id = ${id}`,\n);',
    [2],
  ],
  ['JS parameterised query: none', 'repo.ts', "await db.query('SELECT * FROM users WHERE id = $1', [id]);", []],
  [
    'Python SQL % formatting',
    'repo.py',
    'cur.execute("UPDATE users SET name = \'%s\' WHERE id = 1" % name)',
    ['vuln/sql-injection'],
  ],
  [
    'Python parameterised query: none',
    'repo.py',
    'cur.execute("UPDATE users SET name = %s WHERE id = %s", (name, uid))',
    [],
  ],
  ['Python SQL in a comment: none', 'repo.py', '# cur.execute(f"DELETE FROM users WHERE id = {uid}")\npass', []],
  [
    'Python yaml.load without loader',
    'cfg.py',
    'import yaml\nconfig = yaml.load(open(path))',
    ['vuln/unsafe-deserialization'],
  ],
  ['Python yaml.safe_load: none', 'cfg.py', 'import yaml\nconfig = yaml.safe_load(open(path))', []],
  ['Python md5 of a password', 'auth.py', 'hashed = hashlib.md5(password.encode()).hexdigest()', ['vuln/weak-hash']],
  ['Python md5 for an etag: none', 'cache.py', 'etag = hashlib.md5(body).hexdigest()', []],
  ['JS RC4 cipher', 'c.js', "crypto.createCipheriv('rc4', key, '')", ['vuln/weak-cipher']],
  [
    'JS Math.random for a session id',
    's.js',
    'const sessionId = String(Math.random()).slice(2);',
    ['vuln/insecure-randomness'],
  ],
  ['JS randomUUID for a token: none', 's.js', 'const token = crypto.randomUUID();', []],
  [
    'Python requests without verification',
    'h.py',
    'r = requests.post(url, json=body, verify=False)',
    ['vuln/tls-verification-disabled'],
  ],
  ['JS agent with verification: none', 'h.js', 'new https.Agent({ rejectUnauthorized: true })', []],
  [
    'JS CORS with credentials for any origin',
    'srv.js',
    'app.use(cors({\n  origin: true,\n  credentials: true,\n}));',
    ['vuln/cors-credentials-any-origin'],
  ],
  [
    'Python wildcard CORS header',
    'views.py',
    "response.headers['Access-Control-Allow-Origin'] = '*'",
    ['vuln/permissive-cors'],
  ],
  ['JS default cors(): none', 'srv.js', 'app.use(cors());', []],
  [
    'JS sendFile of a route param',
    'srv.js',
    'app.get("/f/:name", (req, res) => res.sendFile(req.params.name));',
    ['vuln/path-traversal'],
  ],
  ['Python send_from_directory: none', 'srv.py', "return send_from_directory(UPLOADS, request.args['f'])", []],
  [
    'Flask debug server on all interfaces',
    'app.py',
    "if __name__ == '__main__':\n    app.run(host='0.0.0.0', port=5000, debug=True)",
    [2],
  ],
  [
    'DEBUG = True in production settings',
    'mysite/settings/production.py',
    'DEBUG = True',
    ['vuln/debug-in-production'],
  ],
  ['DEBUG = True in dev settings: none', 'mysite/settings_dev.py', 'DEBUG = True', []],
  ['Not a vuln language: none', 'main.go', 'exec.Command("sh", "-c", "rm " + x)', []],
  ['Outside changed lines: none', 'a.py', 'value = eval(expression)\nx = 1', [], [{ start: 2, end: 2 }]],
  ['Only the changed one of two', 'a.py', 'value = eval(expression)\nother = eval(text)', [2], [{ start: 2, end: 2 }]],
];

runAnalyzerTable('vuln/patterns table', analyze, rows);
