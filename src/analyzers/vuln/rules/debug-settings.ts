import type { VulnRule } from '../rule-types.js';
import { bareOf, findCalls } from '../source-view.js';

// Settings modules for production: settings.py, production.py, prod.py, settings/prod*.py,
// settings_production.py; development, local and test settings are left alone.
const PY_PRODUCTION_SETTINGS =
  /(?:^|\/)(?:(?:settings|production|prod)(?:[_.-](?!dev|local|test)[\w.-]{0,40})?\.py|settings\/(?=[\w.-]{0,40}prod)[\w.-]{1,40}\.py)$/;
const JS_PRODUCTION_CONFIG = /(?:^|\/)(?:production|prod)(?:\.config)?\.(?:[cm]?js|ts)$/;

export const debugSettingsRules: VulnRule[] = [
  {
    id: 'vuln/debug-server-exposed',
    description: 'A development server with the debugger on, bound to every interface: remote code execution',
    title: 'Debug server bound to 0.0.0.0 (the debugger runs code for anyone who can reach it)',
    languages: ['py'],
    severity: 'high',
    confidence: 0.9,
    effortHours: 1,
    keywords: ['0.0.0.0'],
    detect: (view) =>
      findCalls(view, /\.run\s*\(/g).filter((call) => {
        const args = call.args.map((arg) => bareOf(view, arg));
        return (
          args.some((arg) => /^(?:host\s*=\s*)?['"]0\.0\.0\.0['"]$/.test(arg)) &&
          args.some((arg) => /^debug\s*=\s*True$/.test(arg))
        );
      }),
    examples: {
      positive: ["app.run(host='0.0.0.0', debug=True)", 'app.run("0.0.0.0", port=80, debug=True)'],
      negative: ['app.run(debug=True)', "app.run(host='0.0.0.0', debug=False)", "app.run(host='0.0.0.0')"],
    },
  },
  {
    id: 'vuln/debug-in-production',
    description: 'DEBUG = True in a production settings module: stack traces, settings and SQL leak to visitors',
    title: 'Debug mode on in production settings (leaks internals to visitors)',
    languages: ['py'],
    severity: 'medium',
    confidence: 0.8,
    effortHours: 1,
    keywords: ['DEBUG'],
    paths: PY_PRODUCTION_SETTINGS,
    examplePath: 'app/settings.py',
    pattern: /^[ \t]{0,8}DEBUG\s*=\s*True\b/gm,
    examples: {
      positive: ['DEBUG = True', "SECRET_KEY = env('KEY')\nDEBUG = True\n"],
      negative: ["DEBUG = env.bool('DEBUG', False)", 'DEBUG = False', 'TEMPLATE_DEBUG_NOTE = True'],
    },
  },
  {
    id: 'vuln/debug-in-production',
    description: 'debug: true in a production config module',
    title: 'Debug mode on in production config (leaks internals to visitors)',
    languages: ['js', 'ts'],
    severity: 'medium',
    confidence: 0.7,
    effortHours: 1,
    keywords: ['debug'],
    paths: JS_PRODUCTION_CONFIG,
    examplePath: 'config/production.js',
    pattern: /\bdebug\s*:\s*true\b/g,
    examples: {
      positive: ['module.exports = { port: 80, debug: true };'],
      negative: ['module.exports = { port: 80, debug: false };', "const note = 'debug: true';"],
    },
  },
];
