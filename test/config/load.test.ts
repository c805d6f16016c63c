import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { loadConfig } from '../../src/config/load.js';

const load = suite('loadConfig');
const root = mkdtempSync(join(tmpdir(), 'gv-config-'));
const nested = join(root, 'packages', 'api');
mkdirSync(nested, { recursive: true });
const options = (from: string) => ({ from, root, allowCodeConfig: false });

load('no config anywhere: the defaults', async () => {
  const loaded = await loadConfig(options(nested));
  assert.ok(loaded.ok && loaded.value.file === undefined);
});

load('searches up from the working folder and stops at the repository root; nearest wins', async () => {
  writeFileSync(join(root, '.valuerc.json'), JSON.stringify({ block: { minScore: 80 } }));
  writeFileSync(
    join(root, 'packages', 'package.json'),
    JSON.stringify({ name: 'p', value: { block: { minScore: 90 } } }),
  );
  const deep = await loadConfig(options(nested));
  assert.ok(deep.ok && deep.value.config.block.minScore === 90 && deep.value.file === 'packages/package.json');
  const top = await loadConfig(options(root));
  assert.ok(top.ok && top.value.config.block.minScore === 80);
  rmSync(join(root, 'packages', 'package.json'));
});

load('YAML goes through cosmiconfig', async () => {
  writeFileSync(join(nested, '.valuerc.yaml'), 'block:\n  minScore: 75\n');
  const loaded = await loadConfig(options(nested));
  assert.ok(loaded.ok && loaded.value.config.block.minScore === 75);
  rmSync(join(nested, '.valuerc.yaml'));
});

load('a custom secret rule must prove itself with its examples', async () => {
  const rule = {
    id: 'secret/acme-key',
    description: 'ACME key',
    keywords: ['acme_'],
    pattern: 'acme_[a-z0-9]{20}',
    examples: { positive: ['acme_abcdefghij0123456789'], negative: ['acme_short'] },
  };
  writeFileSync(join(nested, '.valuerc.json'), JSON.stringify({ analyzers: { secrets: { rules: [rule] } } }));
  assert.ok((await loadConfig(options(nested))).ok);
  writeFileSync(
    join(nested, '.valuerc.json'),
    JSON.stringify({
      analyzers: { secrets: { rules: [{ ...rule, examples: { positive: ['nothing here'], negative: [] } }] } },
    }),
  );
  const bad = await loadConfig(options(nested));
  assert.is(bad.ok, false);
  if (!bad.ok) assert.match(bad.error.message, 'analyzers.secrets.rules[0]');
  writeFileSync(join(nested, '.valuerc.json'), JSON.stringify({ analyzers: { secrets: { rules: [42] } } }));
  assert.is((await loadConfig(options(nested))).ok, false);
  rmSync(join(nested, '.valuerc.json'));
});

load('a code config is refused unless opted in', async () => {
  writeFileSync(join(nested, 'value.config.mjs'), 'export default { block: { minScore: 60 } };');
  const refused = await loadConfig(options(nested));
  assert.ok(!refused.ok && refused.error.code === 'UNSAFE_CONFIG');
  const allowed = await loadConfig({ ...options(nested), allowCodeConfig: true });
  assert.ok(allowed.ok && allowed.value.config.block.minScore === 60);
});

load.after(() => rmSync(root, { recursive: true, force: true }));
load.run();
