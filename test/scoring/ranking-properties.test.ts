import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { defaultConfig } from '../../src/config/defaults.js';
import type { MaturityLevel } from '../../src/config/types.js';
import type { Category, Severity } from '../../src/findings/types.js';
import type { LedgerEntry } from '../../src/ledger/types.js';
import { buildBacklogModel } from '../../src/report/backlog-model.js';
import { groupEntries } from '../../src/scoring/group-items.js';
import { rankItems, scoreEntry } from '../../src/scoring/score-entry.js';
import type { BacklogEntry, ScoringContext } from '../../src/scoring/types.js';
import { readGolangci } from '../../src/config/project-linters/golangci.js';
import { readRuffToml } from '../../src/config/project-linters/ruff.js';
import { COSTLY_FIXES, HOTSPOT_COMMITS } from '../../src/scoring/worth-now.js';
import { buildInput } from '../report/fixtures.js';
import { createRandom, daysAgo, makeContext, makeEntry } from './fixtures.js';

// Issue 11: scores rise with the problem. Complexity, churn (hotspot = churn × complexity), occurrences
// and exposure (shipped vs test) raise value; effort may lower WSJF across kinds of work but never
// inverts the order of two items that differ only in how bad they are.
const ranking = suite('ranking properties: scores that rise with the problem');
const random = createRandom(20261101);
const CASES = 300;
const LEVELS: MaturityLevel[] = ['nascent', 'developing', 'maturing', 'advanced'];
const SEVERITIES: Severity[] = ['critical', 'high', 'medium', 'low', 'info'];
const CATEGORIES: Category[] = ['secret', 'vuln', 'debt', 'quality', 'perf', 'modern'];
const SHIPPED = ['src/core/engine.py', 'lib/router.js', 'pkg/cmd.go'];
const NOT_SHIPPED = [
  'tests/test_engine.py',
  'test/router.test.js',
  'docs/guide.rst',
  'examples/app.py',
  'README.md',
  'cmd_test.go',
];

function randomContext(paths: readonly string[]): ScoringContext {
  const maxChurn = Math.floor(random.between(1, 200));
  return makeContext({
    maturity: { level: random.pick(LEVELS), percent: 50 },
    churn: new Map(paths.map((path) => [path, Math.floor(random.between(0, maxChurn + 1))])),
    maxChurn,
    complexity: new Map(paths.map((path) => [path, Math.floor(random.between(0, 80))])),
  });
}

function score(entry: BacklogEntry, ctx: ScoringContext): number {
  return scoreEntry(entry, ctx).scores.composite;
}

function complexityItem(cyclomatic: number, path: string, id = 'quality-zzzzzzzzzz'): BacklogEntry {
  // the analyzer's own sizing: 1 h at the threshold (10), + 2 h per threshold over it, at most 16 h
  const excess = Math.max(0, cyclomatic - 10) / 10;
  return {
    ...makeEntry({
      id,
      ruleId: 'quality/complexity',
      category: 'quality',
      severity: excess >= 1 ? 'high' : excess >= 0.5 ? 'medium' : 'info',
      path,
      title: `\`compile\` has cyclomatic complexity ${cyclomatic} (threshold 10)`,
      confidence: 0.9,
      effortHours: Math.min(16, Math.round((1 + 2 * excess) * 4) / 4),
      facts: { cyclomatic, functionName: 'compile' },
    }),
    unitHours: 1,
  };
}

ranking(
  'a cyclomatic-75 function in a file changed 40 times in a year outranks a missing docstring on a test method',
  () => {
    for (const level of LEVELS) {
      const ctx = makeContext({
        maturity: { level, percent: 50 },
        churn: new Map([
          ['lib/sqlalchemy/sql/compiler.py', 40],
          ['test/orm/test_query.py', 120],
        ]),
        maxChurn: 120,
      });
      const complex = complexityItem(75, 'lib/sqlalchemy/sql/compiler.py');
      const docstring: BacklogEntry = {
        ...makeEntry({
          id: 'quality-aaaaaaaaaa',
          ruleId: 'quality/docstring',
          category: 'quality',
          path: 'test/orm/test_query.py',
          title: '1 of 1 public symbols have no docstring: `QueryTest.test_get`',
          confidence: 0.95,
          effortHours: 0.25,
          firstSeen: daysAgo(3000),
        }),
        unitHours: 0.25,
      };
      const ranked = rankItems([scoreEntry(docstring, ctx), scoreEntry(complex, ctx)]);
      assert.is(ranked[0]?.id, complex.id, level);
    }
  },
);

ranking('the most complex function of a library is not buried by its size: it outranks milder ones', () => {
  for (let index = 0; index < CASES; index++) {
    const path = random.pick(SHIPPED);
    const ctx = randomContext([path]);
    const milder = Math.floor(random.between(11, 74));
    assert.ok(
      score(complexityItem(75, path), ctx) >= score(complexityItem(milder, path), ctx),
      `cyclomatic 75 against ${milder}`,
    );
  }
});

ranking('more occurrences of one rule in one file never rank lower', () => {
  for (let index = 0; index < CASES; index++) {
    const category = random.pick(CATEGORIES.filter((candidate) => candidate !== 'secret'));
    const path = random.pick([...SHIPPED, ...NOT_SHIPPED]);
    const ctx = randomContext([path]);
    const unit = random.pick([0.25, 0.5, 1, 2, 3]);
    const shared = {
      ruleId: `${category}/some-rule`,
      category,
      severity: random.pick(SEVERITIES),
      confidence: random.between(0.2, 1),
      path,
      firstSeen: daysAgo(random.between(0, 2000)),
    };
    let previous = -1;
    for (let occurrences = 1; occurrences <= 40; occurrences++) {
      const item = groupEntries(
        Array.from({ length: occurrences }, (_, at) =>
          makeEntry({ ...shared, id: `x-${at}`, line: at + 1, fingerprint: `f${at}`, effortHours: unit }),
        ),
      )[0] as BacklogEntry;
      const composite = score(item, ctx);
      assert.ok(composite >= previous, `${category}, ${occurrences} occurrences: ${composite} < ${previous}`);
      previous = composite;
    }
  }
});

ranking('a worse item of one kind never ranks below a milder one: effort never inverts the order', () => {
  for (let index = 0; index < CASES; index++) {
    const category = random.pick(CATEGORIES);
    const path = random.pick([...SHIPPED, ...NOT_SHIPPED]);
    const ctx = randomContext([path]);
    const unit = random.between(0.1, 4);
    const entry = makeEntry({
      ruleId: `${category}/some-rule`,
      category,
      severity: random.pick(SEVERITIES),
      confidence: random.between(0, 1),
      path,
      firstSeen: daysAgo(random.between(0, 2000)),
    });
    let previous = -1;
    for (let magnitude = 1; magnitude <= 60; magnitude *= 1.17) {
      const composite = score({ ...entry, effortHours: unit * magnitude, unitHours: unit }, ctx);
      assert.ok(composite >= previous - 1e-9, `${category} ×${magnitude.toFixed(2)}: ${composite} < ${previous}`);
      previous = composite;
    }
  }
});

ranking('the same finding ranks higher in a busier file (churn raises value)', () => {
  for (let index = 0; index < CASES; index++) {
    const category = random.pick(CATEGORIES);
    const entry = makeEntry({
      ruleId: `${category}/some-rule`,
      category,
      severity: random.pick(SEVERITIES),
      confidence: random.between(0.5, 1),
      effortHours: random.between(0.25, 8),
      path: 'src/a.ts',
    });
    const maxChurn = Math.floor(random.between(2, 100));
    const calm = makeContext({ churn: new Map([['src/a.ts', 0]]), maxChurn });
    const busy = makeContext({ churn: new Map([['src/a.ts', maxChurn]]), maxChurn });
    assert.ok(score(entry, busy) >= score(entry, calm), category);
  }
});

ranking('the same finding ranks higher in shipped code than in tests, docs or examples', () => {
  for (let index = 0; index < CASES; index++) {
    const category = random.pick(CATEGORIES);
    const base = {
      ruleId: `${category}/some-rule`,
      category,
      severity: random.pick(SEVERITIES),
      confidence: random.between(0, 1),
      effortHours: random.between(0.25, 8),
      firstSeen: daysAgo(random.between(0, 2000)),
    };
    const shipped = random.pick(SHIPPED);
    const elsewhere = random.pick(NOT_SHIPPED);
    const ctx = randomContext([]);
    const inShipped = score(makeEntry({ ...base, path: shipped }), ctx);
    const inTests = score(makeEntry({ ...base, path: elsewhere }), ctx);
    assert.ok(
      inShipped > inTests || inShipped === 0,
      `${category}: ${shipped} ${inShipped} vs ${elsewhere} ${inTests}`,
    );
  }
});

ranking('a credential-shaped value in shipped code outranks anything in tests or docs', () => {
  for (let index = 0; index < CASES; index++) {
    const paths = [...SHIPPED, ...NOT_SHIPPED];
    const ctx = randomContext(paths);
    const credential = makeEntry({
      id: 'secret-zzzzzzzzzz',
      ruleId: 'secret/generic-api-key',
      category: 'secret',
      severity: random.pick<Severity>(['critical', 'high', 'medium']),
      confidence: random.between(0.5, 1),
      effortHours: random.between(0.25, 2),
      firstSeen: daysAgo(random.between(0, 3000)),
      path: random.pick(SHIPPED),
    });
    const category = random.pick(CATEGORIES);
    const unit = random.between(0.25, 4);
    const other: BacklogEntry = {
      ...makeEntry({
        id: `${category}-aaaaaaaaaa`,
        ruleId: `${category}/any`,
        category,
        severity: random.pick(SEVERITIES),
        confidence: random.between(0, 1),
        effortHours: unit * random.between(1, 40),
        firstSeen: daysAgo(random.between(0, 5000)),
        path: random.pick(NOT_SHIPPED),
      }),
      unitHours: unit,
    };
    const ranked = rankItems([scoreEntry(other, ctx), scoreEntry(credential, ctx)]);
    assert.is(ranked[0]?.id, credential.id, JSON.stringify({ credential, other }));
  }
});

ranking(
  'a complex shipped function that costs its maintainers outranks any credential in a test, a doc or an example (a sample there)',
  () => {
    for (let index = 0; index < CASES; index++) {
      const shipped = random.pick(SHIPPED);
      // bug fixes in its file: the evidence that makes complexity a backlog item (worth-now.ts)
      const ctx = {
        ...randomContext([shipped, ...NOT_SHIPPED]),
        fixes: new Map([[shipped, Math.floor(random.between(COSTLY_FIXES, 9))]]),
      };
      const sample = makeEntry({
        id: 'secret-aaaaaaaaaa',
        ruleId: random.pick(['secret/private-key-rsa', 'secret/generic-credential', 'secret/aws-access-key-id']),
        category: 'secret',
        severity: random.pick<Severity>(['critical', 'high', 'medium']),
        confidence: random.between(0.5, 1),
        effortHours: random.between(0.25, 2),
        firstSeen: daysAgo(random.between(0, 5000)),
        path: random.pick(NOT_SHIPPED),
      });
      const complex = complexityItem(Math.floor(random.between(20, 90)), shipped);
      const ranked = rankItems([scoreEntry(sample, ctx), scoreEntry(complex, ctx)]);
      assert.is(ranked[0]?.id, complex.id, JSON.stringify({ sample, complex }));
    }
  },
);

ranking('debt, complexity, docs and performance work in tests, docs and examples stays under backlog.minScore', () => {
  for (let index = 0; index < CASES * 2; index++) {
    const category = random.pick<Category>(['debt', 'quality', 'perf']);
    const path = random.pick(NOT_SHIPPED.filter((candidate) => candidate !== 'README.md'));
    const ctx = randomContext([path]);
    const unit = random.between(0.1, 4);
    const entry: BacklogEntry = {
      ...makeEntry({
        ruleId: `${category}/any`,
        category,
        severity: random.pick(SEVERITIES),
        confidence: random.between(0, 1),
        effortHours: unit * random.between(1, 60),
        firstSeen: daysAgo(random.between(0, 5000)),
        path,
      }),
      unitHours: unit,
    };
    const composite = score(entry, ctx);
    assert.ok(composite < defaultConfig.backlog.minScore, `${JSON.stringify(entry)}: ${composite}`);
  }
});

// flask, requests and pytest all declared Python 3.10 past its end of life; the line's age (written in
// April in one, August in another) and pyproject.toml's churn ranked the same upgrade differently.
ranking(
  "equal runtime end-of-life situations rank equally, whatever the line's age, the manifest's churn and the repository's maturity",
  () => {
    const endOfLife = daysAgo(32);
    // the same reference work in every repository: complexity just over, well over and far over the
    // threshold, and a year-old TODO, all in shipped code
    const others: BacklogEntry[] = [
      complexityItem(12, 'src/core/engine.py', 'quality-aaaaaaaaaa'),
      complexityItem(16, 'src/core/engine.py', 'quality-bbbbbbbbbb'),
      complexityItem(40, 'lib/router.js', 'quality-cccccccccc'),
      { ...makeEntry({ id: 'debt-dddddddddd', path: 'lib/router.js', firstSeen: daysAgo(400) }), unitHours: 1 },
    ];
    const ranks = new Set<number>();
    for (const level of LEVELS) {
      const scores = new Set<number>();
      for (let index = 0; index < CASES / 4; index++) {
        // the manifest may be the busiest file or never touched; the reference work keeps its churn
        const manifest = random.pick(['pyproject.toml', 'setup.cfg', 'package.json']);
        const ctx = makeContext({
          maturity: { level, percent: 50 },
          churn: new Map([
            [manifest, Math.floor(random.between(0, 101))],
            ['src/core/engine.py', 3],
            ['lib/router.js', 30],
          ]),
          maxChurn: 100,
        });
        const eol: BacklogEntry = {
          ...makeEntry({
            id: 'modern-eeeeeeeeee',
            ruleId: 'modern/runtime-eol',
            category: 'modern',
            severity: 'medium',
            path: manifest,
            title: 'Declared minimum Python 3.10 is past end of life: raise it to Python 3.11',
            confidence: 0.9,
            effortHours: 1,
            firstSeen: daysAgo(random.between(0, 3000)),
            facts: { runtime: 'python', version: '3.10', endOfLife },
          }),
          unitHours: 1,
        };
        const ranked = rankItems([eol, ...others].map((item) => scoreEntry(item, ctx)));
        scores.add(score(eol, ctx));
        ranks.add(ranked.findIndex((item) => item.id === eol.id));
      }
      assert.equal([...scores].length, 1, `${level}: one score, got ${[...scores].join(', ')}`);
    }
    assert.equal([...ranks].length, 1, `one rank among the same work at every maturity, got ${[...ranks].join(', ')}`);
  },
);

ranking('a runtime overdue for longer ranks no lower', () => {
  const ctx = makeContext();
  let previous = -1;
  for (const overdue of [0, 10, 60, 200, 365, 900]) {
    const entry = makeEntry({
      ruleId: 'modern/runtime-eol',
      category: 'modern',
      severity: 'medium',
      path: 'pyproject.toml',
      facts: { endOfLife: daysAgo(overdue) },
    });
    const composite = score(entry, ctx);
    assert.ok(composite >= previous, `${overdue} days: ${composite} < ${previous}`);
    previous = composite;
  }
});

ranking(
  'work in a file its header marks deprecated or its metadata frozen ranks below the same work in live code; security does not',
  () => {
    for (let index = 0; index < CASES; index++) {
      const category = random.pick(CATEGORIES);
      const path = random.pick(SHIPPED);
      const ctx = randomContext([path]);
      const base = makeEntry({
        ruleId: `${category}/some-rule`,
        category,
        severity: random.pick(SEVERITIES),
        confidence: random.between(0.5, 1),
        effortHours: random.between(0.25, 8),
        firstSeen: daysAgo(random.between(0, 2000)),
        path,
      });
      const live = score(base, ctx);
      const deprecated = score({ ...base, facts: { deprecated: 1 } }, ctx);
      // the general form: the file's metadata says maintenance only (ESLint's `frozen: true`), same weight
      const frozen = score({ ...base, facts: { frozen: 'its metadata says `frozen: true`' } }, ctx);
      assert.is(frozen, deprecated, category);
      if (category === 'secret' || category === 'vuln' || category === 'modern') assert.is(frozen, live, category);
      else assert.ok(frozen < live || live === 0, `${category}: ${frozen} vs ${live}`);
    }
  },
);

ranking('a vulnerability pattern fed by its callers ranks below the same one fed by outside input', () => {
  for (let index = 0; index < CASES; index++) {
    const path = random.pick(SHIPPED);
    const ctx = randomContext([path]);
    const base = {
      ruleId: 'vuln/dynamic-code-execution',
      category: 'vuln' as const,
      severity: random.pick<Severity>(['critical', 'high', 'medium']),
      confidence: random.between(0.5, 1),
      effortHours: random.between(0.5, 6),
      firstSeen: daysAgo(random.between(0, 3000)),
      path,
    };
    const outside = score(makeEntry({ ...base, facts: { language: 'py', input: 'outside' } }), ctx);
    const callers = score(makeEntry({ ...base, facts: { language: 'py', input: 'callers' } }), ctx);
    assert.ok(callers < outside, `${callers} vs ${outside}`);
    assert.ok(callers < defaultConfig.block.minScore, `callers-fed: ${callers} reaches the block score`);
  }
});

ranking('a demo credential (the analyzer doubts it: confidence under 0.5) never heads the backlog', () => {
  for (let index = 0; index < CASES; index++) {
    const path = random.pick([...SHIPPED, ...NOT_SHIPPED]);
    const ctx = randomContext([path, 'src/app.py']);
    const demo = makeEntry({
      id: 'secret-zzzzzzzzzz',
      ruleId: 'secret/url-password',
      category: 'secret',
      severity: random.pick<Severity>(['critical', 'high']),
      confidence: random.between(0, 0.3),
      firstSeen: daysAgo(random.between(0, 3000)),
      path,
    });
    // the mildest shipped item there is: a fresh low TODO
    const todo = makeEntry({ id: 'debt-aaaaaaaaaa', path: 'src/app.py', severity: 'low', confidence: 0.8 });
    const ranked = rankItems([scoreEntry(demo, ctx), scoreEntry(todo, ctx)]);
    assert.is(ranked[0]?.id, todo.id, JSON.stringify(demo));
  }
});

ranking('an allowed credential never heads the backlog (it leaves the open items)', () => {
  const allowed: LedgerEntry = makeEntry({
    id: 'secret-zzzzzzzzzz',
    ruleId: 'secret/generic-api-key',
    category: 'secret',
    severity: 'critical',
    confidence: 1,
    path: 'src/settings.py',
    status: 'allowed',
    allow: { reason: 'revoked sample', by: 'A <a@example.test>', at: '2026-06-01' },
  });
  const todo = makeEntry({ id: 'debt-aaaaaaaaaa', path: 'src/app.py' });
  const ctx = makeContext();
  const model = buildBacklogModel(buildInput({ items: [allowed, todo].map((entry) => scoreEntry(entry, ctx)) }));
  assert.is(model.open[0]?.id, todo.id);
  assert.ok(!model.open.some((item) => item.id === allowed.id));
});

ranking('the gate still blocks a live credential committed to a test file', () => {
  const entry = makeEntry({
    ruleId: 'secret/generic-api-key',
    category: 'secret',
    severity: 'medium',
    confidence: 0.5,
    path: 'tests/test_api.py',
  });
  const atGate = score(entry, makeContext({ gate: true }));
  assert.ok(atGate >= defaultConfig.block.minScore, String(atGate));
  assert.ok(score(entry, makeContext()) < atGate);
});

// Complexity must earn its place (worth-now.ts): a function over the threshold in a file nobody changes
// often and nobody had to fix is complex but stable, a metric; bug fixes in its file, a hotspot or a
// function three times over the threshold make it a backlog item. The project's own linter decisions
// (a check switched off, an inline suppression) hold it whatever its cost.
const minScore = defaultConfig.backlog.minScore;

function stableContext(path: string, overrides: Partial<ScoringContext> = {}): ScoringContext {
  const maxChurn = Math.floor(random.between(12, 200));
  return makeContext({
    maturity: { level: random.pick(LEVELS), percent: 50 },
    churn: new Map([[path, Math.floor(random.between(0, HOTSPOT_COMMITS))]]),
    maxChurn,
    fixes: new Map(),
    ...overrides,
  });
}

ranking('complex but stable shipped code stays a metric: under backlog.minScore, held with its reason', () => {
  for (let index = 0; index < CASES; index++) {
    const path = random.pick(SHIPPED);
    const item = scoreEntry(complexityItem(Math.floor(random.between(11, 30)), path), stableContext(path));
    assert.ok(item.scores.composite < minScore, `${item.title}: ${item.scores.composite}`);
    assert.match(item.held ?? '', /complex, stable: not worth a change now/);
  }
});

ranking('evidence of cost makes it a backlog item: a bug fix in its file, a hotspot, or 3× the threshold', () => {
  for (let index = 0; index < CASES; index++) {
    const path = random.pick(SHIPPED);
    const cyclomatic = Math.floor(random.between(20, 30));
    const stable = stableContext(path);
    const fixed = { ...stable, fixes: new Map([[path, Math.floor(random.between(COSTLY_FIXES, 20))]]) };
    const hot = { ...stable, churn: new Map([[path, Math.floor(random.between(HOTSPOT_COMMITS, 200))]]) };
    for (const [why, ctx, value] of [
      ['bug fixes', fixed, cyclomatic],
      ['hotspot', hot, cyclomatic],
      ['3× the threshold', stable, Math.floor(random.between(30, 90))],
    ] as const) {
      const item = scoreEntry(complexityItem(value, path), ctx);
      assert.is(item.held, undefined, why);
      assert.ok(item.scores.composite >= minScore, `${why}: ${item.scores.composite}`);
      assert.ok(item.scores.composite > scoreEntry(complexityItem(cyclomatic, path), stable).scores.composite, why);
    }
  }
});

ranking('more bug fixes in its file never lower a complex function', () => {
  for (let index = 0; index < CASES; index++) {
    const path = random.pick(SHIPPED);
    const item = complexityItem(Math.floor(random.between(11, 90)), path);
    const base = stableContext(path);
    let previous = -1;
    for (let fixes = 0; fixes <= 12; fixes++) {
      const composite = score(item, { ...base, fixes: new Map([[path, fixes]]) });
      assert.ok(composite >= previous, `${fixes} fixes: ${composite} < ${previous}`);
      previous = composite;
    }
  }
});

ranking("the project's own decision holds complexity whatever its cost: its linter off, or a suppression", () => {
  const ruffOff = readRuffToml('pyproject.toml', '[tool.ruff.lint]\nselect = ["E", "F"]\n');
  const golangciOff = readGolangci('.golangci.yml', 'linters:\n  disable: [gocyclo, gocognit, cyclop]\n');
  const projectLinters = { linters: [ruffOff, golangciOff].filter((settings) => settings !== undefined) };
  for (let index = 0; index < CASES; index++) {
    const path = random.pick(['src/core/engine.py', 'pkg/cmd.go']);
    const costly = {
      ...randomContext([path]),
      fixes: new Map([[path, Math.floor(random.between(COSTLY_FIXES, 30))]]),
      projectLinters,
    };
    const item = complexityItem(Math.floor(random.between(11, 120)), path);
    const held = scoreEntry(item, costly);
    assert.ok(held.scores.composite < minScore, `${path}: ${held.scores.composite}`);
    assert.match(held.held ?? '', /the project's linter does not check complexity here/);
    // scoring.projectLinters false: the decision is not read
    const ignored = scoreEntry(item, { ...costly, config: { ...costly.config, projectLinters: false } });
    assert.is(ignored.held, undefined);
    const lineSuppressed = { ...item, facts: { ...item.facts, suppressed: '`# noqa: C901` on line 10' } };
    const inJs = { ...lineSuppressed, path: 'lib/router.js' };
    assert.match(scoreEntry(inJs, { ...costly, projectLinters: { linters: [] } }).held ?? '', /suppressed/);
  }
});

ranking('a security pattern whose linter rule the project ignores is held; the same call elsewhere is not', () => {
  const settings = readRuffToml('pyproject.toml', '[tool.ruff]\nlint.extend-select = ["S"]\nlint.ignore = ["S102"]\n');
  const projectLinters = { linters: settings ? [settings] : [] };
  for (let index = 0; index < CASES; index++) {
    const ctx = { ...randomContext(['src/core/engine.py']), projectLinters };
    const exec = makeEntry({
      ruleId: 'vuln/dynamic-code-execution',
      category: 'vuln',
      severity: 'high',
      path: 'src/core/engine.py',
      confidence: random.between(0.5, 1),
      effortHours: 3,
      facts: { language: 'py', call: 'exec', input: random.pick(['callers', 'outside']) },
    });
    const held = scoreEntry(exec, ctx);
    assert.ok(held.scores.composite < minScore, String(held.scores.composite));
    assert.match(held.held ?? '', /ignores S102/);
    const evalCall = scoreEntry({ ...exec, facts: { ...exec.facts, call: 'eval' } }, ctx);
    assert.is(evalCall.held, undefined);
    assert.ok(evalCall.scores.composite > held.scores.composite);
  }
});

ranking.run();
