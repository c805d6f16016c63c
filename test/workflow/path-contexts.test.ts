import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { defaultConfig } from '../../src/config/defaults.js';
import { listTrackedFiles } from '../../src/git/tracked-files.js';
import { readPathContexts } from '../../src/workflow/path-contexts.js';
import { TempRepo } from '../helpers/temp-repo.js';

const contexts = suite('workflow/path-contexts: config, linguist attributes, declared test roots, conventions');

function resolverFor(repo: TempRepo, config = defaultConfig) {
  const listed = listTrackedFiles(repo.root);
  assert.ok(listed.ok);
  const resolver = readPathContexts(repo.root, `${repo.root}/.git`, config, listed.ok ? listed.value.files : []);
  assert.ok(resolver.ok);
  return resolver.ok ? resolver.value : () => ({ context: 'source' as const, reason: '' });
}

contexts('each source of the decision, in order, with its reason', () => {
  const repo = new TempRepo();
  try {
    repo
      .write(
        '.gitattributes',
        'dist/** linguist-generated\nlib/vendor/** -linguist-vendored\nguide/** linguist-documentation\n',
      )
      .write('dist/bundle.js', 'x\n')
      .write('lib/vendor/ours.js', 'x\n')
      .write('guide/intro.py', 'x\n')
      .write('pytest.ini', '[pytest]\ntestpaths = checks\n')
      .write('checks/cases.py', 'x\n')
      .write('src/app.py', 'x\n')
      .write('tools/gen.py', 'x\n')
      .write('tests/test_app.py', 'x\n');
    repo.gitOk('add', '-A');
    const classify = resolverFor(repo, {
      ...defaultConfig,
      contexts: { ...defaultConfig.contexts, source: ['tools/**'] },
    });
    const rows: Array<[path: string, context: string, reason: RegExp]> = [
      ['dist/bundle.js', 'generated', /linguist-generated is set/],
      ['lib/vendor/ours.js', 'source', /linguist-vendored is unset/],
      ['guide/intro.py', 'docs', /linguist-documentation is set/],
      ['checks/cases.py', 'test', /declared in pytest\.ini/],
      ['tools/gen.py', 'source', /contexts\.source in the config/],
      ['tests/test_app.py', 'test', /'tests\/' folder/],
      ['src/app.py', 'source', /no test, docs/],
    ];
    for (const [path, context, reason] of rows) {
      const decision = classify(path);
      assert.is(decision.context, context, path);
      assert.match(decision.reason, reason, path);
    }
  } finally {
    repo.remove();
  }
});

contexts('without linguist attributes git is not asked, and conventions stand', () => {
  const repo = new TempRepo();
  try {
    repo.write('.gitattributes', '*.sh text eol=lf\n').write('vendor/lib.js', 'x\n');
    repo.gitOk('add', '-A');
    assert.is(resolverFor(repo)('vendor/lib.js').context, 'vendored');
  } finally {
    repo.remove();
  }
});

contexts.run();
