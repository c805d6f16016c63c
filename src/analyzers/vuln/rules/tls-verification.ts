import type { VulnRule } from '../rule-types.js';

export const tlsVerificationRules: VulnRule[] = [
  {
    id: 'vuln/tls-verification-disabled',
    description: 'TLS certificate verification turned off: any network attacker can impersonate the server',
    title: 'TLS certificate verification disabled (man-in-the-middle risk)',
    languages: ['js', 'ts'],
    severity: 'high',
    confidence: 0.9,
    effortHours: 1,
    keywords: ['rejectUnauthorized', 'strictSSL', 'NODE_TLS_REJECT_UNAUTHORIZED'],
    pattern:
      /\b(?:rejectUnauthorized|strictSSL)\s*:\s*false\b|\bprocess\.env(?:\.NODE_TLS_REJECT_UNAUTHORIZED|\[\s*['"`]NODE_TLS_REJECT_UNAUTHORIZED['"`]\s*\])\s*=\s*['"`]?0\b/g,
    examples: {
      positive: [
        'https.request({ host, rejectUnauthorized: false })',
        "process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';",
        "process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = '0';",
      ],
      negative: [
        'https.request({ host, rejectUnauthorized: true })',
        "const doc = 'set rejectUnauthorized: false only in tests';",
        "if (process.env.NODE_TLS_REJECT_UNAUTHORIZED === '0') warn();",
      ],
    },
  },
  {
    id: 'vuln/tls-verification-disabled',
    description: 'TLS certificate or hostname verification turned off: any network attacker can impersonate the server',
    title: 'TLS certificate verification disabled (man-in-the-middle risk)',
    languages: ['py'],
    severity: 'high',
    confidence: 0.9,
    effortHours: 1,
    keywords: ['verify', 'unverified', 'CERT_NONE', 'check_hostname'],
    pattern:
      /\bverify\s*=\s*False\b|\bssl\._create_unverified_context\b|\b(?:verify_mode|cert_reqs)\s*=\s*(?:ssl\.)?CERT_NONE\b|\bcheck_hostname\s*=\s*False\b/g,
    examples: {
      positive: [
        'requests.get(url, verify=False)',
        'ctx = ssl._create_unverified_context()',
        'ctx.verify_mode = ssl.CERT_NONE',
        'ctx.check_hostname = False',
      ],
      negative: [
        'requests.get(url, verify=True)',
        'requests.get(url, verify=ca_bundle)',
        'if ctx.verify_mode == ssl.CERT_NONE:',
        '# requests.get(url, verify=False)',
      ],
    },
  },
];
