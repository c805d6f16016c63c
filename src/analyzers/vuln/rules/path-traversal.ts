import type { SourceView, VulnRule } from '../rule-types.js';
import { codeOf, findCalls, type Call } from '../source-view.js';

// The first argument must read request input directly; basename()/secure_filename() or express's
// `root` option (which refuses '..') make it safe.
const SANITISED = /\b(?:basename|secure_filename|safe_join|sanitize\w{0,20})\s*\(/;

function readsRequest(view: SourceView, call: Call, input: RegExp): boolean {
  const path = call.args[0];
  if (!path) return false;
  const code = codeOf(view, path);
  return input.test(code) && !SANITISED.test(code);
}

const JS_REQUEST = /\breq(?:uest)?\.(?:params|query|body|path|url|originalUrl|cookies|headers|files?)\b/;
const PY_REQUEST =
  /\brequest\.(?:args|form|values|files|GET|POST|data|json|get_json|query_params|path_params|match_info|cookies|headers|view_args)\b/;

export const pathTraversalRules: VulnRule[] = [
  {
    id: 'vuln/path-traversal',
    takesInput: true,
    description: 'A file path taken from request input is read, sent, written or deleted',
    title: 'File path from request input (path traversal risk): resolve under a fixed root and reject ".."',
    languages: ['js', 'ts'],
    severity: 'high',
    confidence: 0.8,
    effortHours: 2,
    keywords: ['req'],
    detect: (view) =>
      findCalls(
        view,
        /\.(?:sendFile|sendfile|download|readFile|readFileSync|createReadStream|writeFile|writeFileSync|appendFile|unlink|unlinkSync|rm|rmSync|readdir)\s*\(/g,
      )
        .filter((call) => readsRequest(view, call, JS_REQUEST))
        .filter((call) => !call.args.slice(1).some((arg) => /\broot\s*:/.test(codeOf(view, arg)))),
    examples: {
      positive: [
        'res.sendFile(req.params.name)',
        'fs.readFile(path.join(uploads, req.query.file), cb)',
        'await fsp.unlink(`/tmp/${req.body.name}`)',
      ],
      negative: [
        'res.sendFile(req.params.name, { root: publicDir })',
        'res.sendFile(path.join(dir, path.basename(req.params.name)))',
        "fs.readFile(path.join(__dirname, 'index.html'), cb)",
      ],
    },
  },
  {
    id: 'vuln/path-traversal',
    takesInput: true,
    description: 'A file path taken from request input is opened, sent or deleted',
    title: 'File path from request input (path traversal risk): use send_from_directory or secure_filename',
    languages: ['py'],
    severity: 'high',
    confidence: 0.8,
    effortHours: 2,
    keywords: ['request'],
    detect: (view) =>
      findCalls(
        view,
        /(?<![\w.])(?:open|send_file|FileResponse|Path)\s*\(|\b(?:io\.open|os\.(?:remove|unlink|listdir)|shutil\.rmtree)\s*\(/g,
      ).filter((call) => readsRequest(view, call, PY_REQUEST)),
    examples: {
      positive: [
        "open(request.args['name']).read()",
        "return send_file(os.path.join(UPLOADS, request.args.get('f')))",
        "os.remove(request.form['path'])",
      ],
      negative: [
        "return send_from_directory(UPLOADS, request.args['f'])",
        "open(os.path.join(UPLOADS, secure_filename(request.args['f'])))",
        "open('config.yaml')",
      ],
    },
  },
];
