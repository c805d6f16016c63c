// Rejects a table that repeats a row name or lacks either a positive or a negative row (STYLE.md §11).
export function checkTable<Row>(
  rows: ReadonlyArray<readonly [string, ...unknown[]]>,
  isPositive: (row: Row) => boolean,
): void {
  const names = rows.map((row) => row[0]);
  const duplicate = names.find((name, index) => names.indexOf(name) !== index);
  if (duplicate) throw new Error(`duplicate table row: ${duplicate}`);
  const positives = rows.filter((row) => isPositive(row as unknown as Row)).length;
  if (positives === 0 || positives === rows.length) throw new Error('a table needs positive and negative rows');
}
