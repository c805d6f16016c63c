import type { Region } from '../../comments/index.js';
import { hasReplacementField } from '../expression-kind.js';
import type { SourceView, VulnMatch, VulnRule } from '../rule-types.js';

// SQL keywords all upper- or all lower-case: sentence-case prose ("Select a file from …") is not SQL.
const NAME = '[\\w.`"\\[\\]{}$%?:@*()]{1,80}';
const COLUMN = `${NAME}(?:\\s+(?:AS|as)\\s+\\w{1,40})?`;
const SQL_SHAPE = new RegExp(
  [
    `\\b(?:SELECT|select)\\s+(?:(?:DISTINCT|distinct)\\s+)?${COLUMN}(?:\\s*,\\s*${COLUMN}){0,40}\\s+(?:FROM|from)\\s+${NAME}`,
    `\\b(?:INSERT|insert)\\s+(?:(?:OR|or)\\s+\\w{1,10}\\s+)?(?:INTO|into)\\s+${NAME}`,
    `\\b(?:UPDATE|update)\\s+${NAME}\\s+(?:SET|set)\\s`,
    `\\b(?:DELETE|delete)\\s+(?:FROM|from)\\s+${NAME}`,
  ].join('|'),
);

// A value placeholder stands for what `+` appends, so `"DELETE FROM " + table` still has its table.
const PLACEHOLDER = '${value}';
const SQL_CALLEES =
  '(?:\\b(?:execute|executemany|executescript|query|raw|extra|read_sql|read_sql_query|text|run|all|get|prepare|exec|unsafe)|\\$(?:queryRawUnsafe|executeRawUnsafe))';
const SQL_CALL = new RegExp(`${SQL_CALLEES}\\s*\\(\\s*$`);
// `sql = f"…"` (Python) or `const sql = `…`` (JS) on the statement before the string.
const ASSIGNED = /(?<![\w$.])([A-Za-z_$][\w$]{0,80})\s*(?::[^=;\n]{1,80})?\+?=\s*$/;
const MAX_CHAIN = 20;
const SQL_KEYWORDS = ['SELECT', 'select', 'INSERT', 'insert', 'UPDATE', 'update', 'DELETE', 'delete'];

/** Follows `"a" + "b" + x`: the end of the chain and whether a non-literal joins it. */
function followConcatenation(
  view: SourceView,
  byStart: Map<number, Region>,
  end: number,
): { end: number; isDynamic: boolean } {
  let cursor = end;
  for (let step = 0; step < MAX_CHAIN; step++) {
    const plus = /^\s*\+\s*(?![+=])/.exec(view.code.slice(cursor, cursor + 200));
    if (!plus) return { end: cursor, isDynamic: false };
    const next = byStart.get(cursor + plus[0].length) ?? byStart.get(cursor + plus[0].length + 1);
    if (!next) return { end: cursor + plus[0].length, isDynamic: true };
    cursor = next.end;
  }
  return { end: cursor, isDynamic: false };
}

/** End of the template whose first piece is regions[index]: its closing-backtick piece (bounded look-ahead). */
function templateEnd(text: string, regions: readonly Region[], index: number): number {
  for (let next = index + 1; next < Math.min(regions.length, index + 50); next++) {
    const piece = regions[next] as Region;
    if (piece.kind === 'string' && text[piece.start] === '}' && text[piece.end - 1] === '`') return piece.end;
  }
  return (regions[index] as Region).end;
}

/**
 * SQL built from values is the risk only where it is run: passed straight to an execute/query call,
 * or assigned to a name this file passes to one. Built SQL that is compared, logged or returned
 * (a test's expected statement, a compiler's output) is text, and is not reported.
 */
function matchAt(view: SourceView, start: number, end: number): VulnMatch[] {
  const before = view.code.slice(Math.max(0, start - 80), start).replace(/[rRbBuUfF]{1,2}$/, '');
  if (SQL_CALL.test(before)) return [{ start, end, confidence: 0.9 }];
  const name = ASSIGNED.exec(before)?.[1];
  if (!name || ['const', 'let', 'var'].includes(name)) return [];
  const runs = new RegExp(`${SQL_CALLEES}\\s*\\(\\s*${name.replace(/\$/g, '\\$')}(?![\\w$])`);
  return runs.test(view.code) ? [{ start, end, confidence: 0.8 }] : [];
}

function findJsSql(view: SourceView): VulnMatch[] {
  const { text, regions } = view;
  const byStart = new Map(regions.map((region) => [region.start, region]));
  const found: VulnMatch[] = [];
  regions.forEach((region, index) => {
    if (region.kind !== 'string') return;
    const open = text[region.start];
    if (open === '`' && region.closeLength === 2) {
      const isTagged = /[\w$.)\]]/.test(text[region.start - 1] ?? '');
      const end = templateEnd(text, regions, index);
      if (!isTagged && SQL_SHAPE.test(text.slice(region.start, end))) found.push(...matchAt(view, region.start, end));
    } else if (open === '"' || open === "'") {
      const content = text.slice(region.start + 1, region.end - region.closeLength);
      if (!/select|insert|update|delete/i.test(content)) return;
      const chain = followConcatenation(view, byStart, region.end);
      if (chain.isDynamic && SQL_SHAPE.test(content + PLACEHOLDER))
        found.push(...matchAt(view, region.start, chain.end));
    }
  });
  return found;
}

function findPySql(view: SourceView): VulnMatch[] {
  const { text, code, regions } = view;
  const byStart = new Map(regions.map((region) => [region.start, region]));
  return regions.flatMap((region) => {
    if (region.kind !== 'string') return [];
    const content = text.slice(region.start + region.openLength, region.end - region.closeLength);
    if (!/select|insert|update|delete/i.test(content)) return [];
    const prefix = /[rRbBuUfF]{0,2}$/.exec(code.slice(Math.max(0, region.start - 2), region.start))?.[0] ?? '';
    const after = code.slice(region.end, region.end + 40);
    const isFString = /[fF]/.test(prefix) && hasReplacementField(content);
    const isFormatted = isFString || /^\s*%\s*[^=\s]/.test(after) || /^\s*\.\s*format\s*\(/.test(after);
    const chain = isFormatted ? { end: region.end, isDynamic: true } : followConcatenation(view, byStart, region.end);
    const shaped = SQL_SHAPE.test(isFString || /^\s*\.\s*format/.test(after) ? content : content + PLACEHOLDER);
    return chain.isDynamic && shaped ? matchAt(view, region.start - prefix.length, chain.end) : [];
  });
}

export const sqlInjectionRules: VulnRule[] = [
  {
    id: 'vuln/sql-injection',
    takesInput: true,
    description: 'SQL text built by concatenation or template interpolation instead of bound parameters',
    title: 'SQL built from values (SQL injection risk): use bound parameters',
    languages: ['js', 'ts'],
    severity: 'high',
    confidence: 0.9,
    effortHours: 2,
    keywords: SQL_KEYWORDS,
    detect: findJsSql,
    examples: {
      positive: [
        'db.query(`SELECT * FROM users WHERE id = ${req.params.id}`)',
        'connection.query("SELECT name FROM users WHERE email = \'" + email + "\'")',
        'const sql = "DELETE FROM " + table;\ndb.query(sql);',
        'knex.raw(`UPDATE accounts SET balance = ${amount} WHERE id = 1`)',
      ],
      negative: [
        "db.query('SELECT * FROM users WHERE id = $1', [id])",
        'db.query(sql`SELECT * FROM users WHERE id = ${id}`)',
        "const msg = 'Select a file from ' + folder;",
        'db.query("SELECT * FROM users " + "WHERE active = 1")',
        'const q = `SELECT * FROM users`;',
        '// db.query("SELECT * FROM t WHERE id=" + id)',
        // expected SQL in a test: compared, never run
        'expect(compile(q)).toBe(`SELECT name FROM ${table} WHERE id = ?`);',
        'const expected = "DELETE FROM " + table;\nassert.equal(render(q), expected);',
      ],
    },
  },
  {
    id: 'vuln/sql-injection',
    takesInput: true,
    description: 'SQL text built with f-strings, % formatting, .format or concatenation instead of bound parameters',
    title: 'SQL built from values (SQL injection risk): pass parameters to execute()',
    languages: ['py'],
    severity: 'high',
    confidence: 0.9,
    effortHours: 2,
    keywords: SQL_KEYWORDS,
    detect: findPySql,
    examples: {
      positive: [
        'cursor.execute(f"SELECT * FROM users WHERE id = {user_id}")',
        'cursor.execute("SELECT * FROM users WHERE name = \'%s\'" % name)',
        'query = "DELETE FROM {} WHERE id = 1".format(table)\ncursor.execute(query)',
        'cur.execute("INSERT INTO logs VALUES (" + value + ")")',
      ],
      negative: [
        'cursor.execute("SELECT * FROM users WHERE id = %s", (user_id,))',
        'cursor.execute("SELECT * FROM users WHERE id = ?", [user_id])',
        'print(f"Select a file from {folder}")',
        'cursor.execute(f"SELECT * FROM users WHERE id = {{literal}}")',
        '# cursor.execute(f"SELECT * FROM t WHERE id = {x}")',
        // expected SQL in a test: compared with what a statement compiles to, never run
        'self.assert_sql(stmt, "SELECT t.a FROM t WHERE t.b = %s" % placeholder)',
        'expected = f"UPDATE {table} SET x = :x"\nassert str(stmt) == expected',
      ],
    },
  },
];
