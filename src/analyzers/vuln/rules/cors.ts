import type { VulnRule } from '../rule-types.js';
import { bareOf, findCalls } from '../source-view.js';

// `cors()` with no options (or a wildcard without credentials) serves public APIs and is not reported;
// a wildcard or reflected origin together with credentials lets any site act as the signed-in user.
const HEADER_WILDCARD = /['"`]Access-Control-Allow-Origin['"`]\s*(?:,|\]\s*=|:)\s*['"`]\*['"`]/gi;

export const corsRules: VulnRule[] = [
  {
    id: 'vuln/cors-credentials-any-origin',
    description: 'CORS allows credentials for any (wildcard or reflected) origin',
    title: 'CORS sends credentials to any origin: list the allowed origins',
    languages: ['js', 'ts'],
    severity: 'high',
    confidence: 0.9,
    effortHours: 1,
    keywords: ['cors'],
    detect: (view) =>
      findCalls(view, /(?<![\w$.])cors\s*\(/g).filter((call) => {
        const options = call.args.map((arg) => bareOf(view, arg)).join(',');
        return /\borigin\s*:\s*(?:['"`]\*['"`]|true)/.test(options) && /\bcredentials\s*:\s*true\b/.test(options);
      }),
    examples: {
      positive: [
        "app.use(cors({ origin: '*', credentials: true }))",
        'app.use(cors({ origin: true, credentials: true }))',
      ],
      negative: [
        'app.use(cors())',
        "app.use(cors({ origin: 'https://app.example.com', credentials: true }))",
        "app.use(cors({ origin: '*' }))",
      ],
    },
  },
  {
    id: 'vuln/cors-credentials-any-origin',
    description: 'flask-cors with supports_credentials=True and the default or a wildcard origin',
    title: 'CORS sends credentials to any origin: list the allowed origins',
    languages: ['py'],
    severity: 'high',
    confidence: 0.9,
    effortHours: 1,
    keywords: ['CORS'],
    detect: (view) =>
      findCalls(view, /\bCORS\s*\(/g).filter((call) => {
        const options = call.args.map((arg) => bareOf(view, arg));
        const origins = options.find((option) => /^(?:origins|resources)\s*=/.test(option));
        return (
          options.some((option) => /^supports_credentials\s*=\s*True$/.test(option)) &&
          (!origins || /['"]\*['"]/.test(origins))
        );
      }),
    examples: {
      positive: ['CORS(app, supports_credentials=True)', "CORS(app, origins='*', supports_credentials=True)"],
      negative: ['CORS(app)', "CORS(app, origins=['https://app.example.com'], supports_credentials=True)"],
    },
  },
  {
    id: 'vuln/permissive-cors',
    description: 'Access-Control-Allow-Origin set to * by hand',
    title: 'CORS header allows any origin: restrict it unless the endpoint is truly public',
    languages: ['js', 'ts', 'py'],
    severity: 'medium',
    confidence: 0.6,
    effortHours: 1,
    keywords: ['Access-Control-Allow-Origin', 'access-control-allow-origin'],
    pattern: HEADER_WILDCARD,
    examples: {
      positive: [
        "res.setHeader('Access-Control-Allow-Origin', '*');",
        "res.header({ 'Access-Control-Allow-Origin': '*' })",
      ],
      negative: [
        "res.setHeader('Access-Control-Allow-Origin', allowed);",
        "// res.setHeader('Access-Control-Allow-Origin', '*')",
      ],
    },
  },
];
