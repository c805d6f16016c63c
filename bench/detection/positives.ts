import { ALNUM, BASE64, HEX, fakeToken } from '../../src/analyzers/secrets/fake-token.js';
import type { SecretRule } from '../../src/analyzers/secrets/rule-types.js';
import { CONTEXTS, CREDENTIAL_FILE_NAMES, placeStatement, type PlacedFile } from './contexts.js';
import { BLOCK_FORMATS, PROVIDER_FORMATS } from './provider-formats.js';

export interface PositiveFile {
  path: string;
  text: string;
  /** 1-based inclusive line span of the secret; a finding anywhere in it counts. */
  start: number;
  end: number;
  family: string;
  source: 'bench' | 'rule-example';
}

function fromPlaced(placed: PlacedFile, family: string, source: PositiveFile['source']): PositiveFile {
  const valueLines = placed.lines[placed.secretLine]!.split('\n').length;
  return {
    path: placed.path,
    text: `${placed.lines.join('\n')}\n`,
    start: placed.secretLine + 1,
    end: placed.secretLine + valueLines,
    family,
    source,
  };
}

function wholeFile(path: string, text: string, family: string, source: PositiveFile['source']): PositiveFile {
  return { path, text: `${text}\n`, start: 1, end: text.split('\n').length, family, source };
}

/** Credential files in their native formats (the issue's .netrc, .pgpass, .npmrc… list). */
function credentialFiles(): PositiveFile[] {
  const password = (): string => `${fakeToken(ALNUM, 14)}${fakeToken('!#%+', 1)}${fakeToken(ALNUM, 4)}`;
  const dockerAuth = Buffer.from(`deploy:${password()}`).toString('base64');
  return [
    wholeFile(
      'home/ops/.netrc',
      `machine api.acme-corp.net login deploy password ${password()}`,
      'credential-file',
      'bench',
    ),
    wholeFile(
      'home/ops/.git-credentials',
      `https://deploy:ghp_${fakeToken(ALNUM, 36)}@github.com`,
      'credential-file',
      'bench',
    ),
    wholeFile(
      'home/ops/.pgpass',
      `db.prod.acme-corp.net:5432:orders:app_user:${password()}`,
      'credential-file',
      'bench',
    ),
    wholeFile('web/.npmrc', `//registry.npmjs.org/:_authToken=npm_${fakeToken(ALNUM, 36)}`, 'credential-file', 'bench'),
    {
      ...wholeFile(
        'home/ops/.docker/config.json',
        `{\n  "auths": {\n    "registry.acme-corp.net": {\n      "auth": "${dockerAuth}"\n    }\n  }\n}`,
        'credential-file',
        'bench',
      ),
      start: 4,
      end: 4,
    },
    wholeFile(
      'web/public/.htpasswd',
      `admin:$apr1$${fakeToken(ALNUM, 8)}$${fakeToken(`${ALNUM}./`, 22)}`,
      'credential-file',
      'bench',
    ),
    {
      ...wholeFile(
        'blog/wp-config.php',
        `<?php\ndefine( 'DB_NAME', 'wordpress' );\ndefine( 'DB_USER', 'wp' );\ndefine( 'DB_PASSWORD', '${password()}' );`,
        'credential-file',
        'bench',
      ),
      start: 4,
      end: 4,
    },
    wholeFile('shop/config/master.key', fakeToken(HEX, 32), 'credential-file', 'bench'),
  ];
}

function serviceAccountJson(): PositiveFile {
  // armour assembled at run time: the repository holds no private-key header
  const dashes = '-'.repeat(5);
  const key = `${dashes}BEGIN PRIVATE KEY${dashes}\\n${fakeToken(BASE64, 64)}\\n${fakeToken(BASE64, 64)}\\n${dashes}END PRIVATE KEY${dashes}\\n`;
  const lines = [
    '{',
    '  "type": "service_account",',
    '  "project_id": "orders-prod",',
    `  "private_key_id": "${fakeToken(HEX, 40)}",`,
    `  "private_key": "${key}",`,
    '  "client_email": "orders@orders-prod.iam.gserviceaccount.com"',
    '}',
  ];
  return {
    path: 'infra/gcp/orders-sa.json',
    text: `${lines.join('\n')}\n`,
    start: 4,
    end: 5,
    family: 'gcp',
    source: 'bench',
  };
}

/** Every bench-authored format in two different files, every block as its own file. */
export function buildBenchPositives(): PositiveFile[] {
  const placed = PROVIDER_FORMATS.flatMap((format, index) =>
    [0, 5].map((shift) => {
      const context = CONTEXTS[(index + shift) % CONTEXTS.length]!;
      return fromPlaced(
        context(`services/${format.family}-${index}-${shift}`, format.name, format.value()),
        format.family,
        'bench',
      );
    }),
  );
  const blocks = BLOCK_FORMATS.map((block, index) =>
    wholeFile(`deploy/keys/key-${index}.${block.ext}`, block.value(), block.family, 'bench'),
  );
  return [...placed, ...blocks, serviceAccountJson(), ...credentialFiles()];
}

// The name a developer would give the value: the rule id, with a noun when it does not end in one.
const variableName = (family: string): string =>
  /(?:key|token|secret|password|pat|dsn|url|sid|id)$/.test(family) ? family : `${family}-token`;

const isBareValue = (example: string): boolean => !/[\s'"`]/.test(example) && !/^[A-Za-z_][\w.]*\s*[=:]/.test(example);

function credentialPath(rule: SecretRule, dir: string): string | undefined {
  const name = CREDENTIAL_FILE_NAMES.find((candidate) => rule.paths!.test(`${dir}/${candidate}`));
  return name && `${dir}/${name}`;
}

/** Each rule's own positive examples, placed where that kind of credential is found. */
export function buildRulePositives(rules: readonly SecretRule[]): { files: PositiveFile[]; skipped: string[] } {
  const files: PositiveFile[] = [];
  const skipped: string[] = [];
  rules.forEach((rule, ruleIndex) => {
    const family = rule.id.replace(/^secret\//, '');
    rule.examples.positive().forEach((example, exampleIndex) => {
      const dir = `apps/${family}-${exampleIndex}`;
      if (rule.paths) {
        const path = credentialPath(rule, dir);
        if (path) files.push(wholeFile(path, example, family, 'rule-example'));
        else skipped.push(rule.id);
      } else if (example.includes('\n')) {
        files.push(wholeFile(`${dir}/secret.txt`, example, family, 'rule-example'));
      } else if (isBareValue(example)) {
        const context = CONTEXTS[(ruleIndex + exampleIndex) % CONTEXTS.length]!;
        files.push(fromPlaced(context(dir, variableName(family), example), family, 'rule-example'));
      } else {
        files.push(fromPlaced(placeStatement(dir, example), family, 'rule-example'));
      }
    });
  });
  return { files, skipped };
}
