// Shared by the agreement scripts: pair our functions with the reference tool's, and print the figures.

export interface Pair {
  file: string;
  name: string;
  line: number;
  ours: number;
  theirs: number;
}

export interface AgreementSummary {
  tool: string;
  files: number;
  referenceFunctions: number;
  matched: number;
  exact: number;
  withinOne: number;
  withinOnePercent: number;
}

export function summariseAgreement(
  tool: string,
  files: number,
  referenceFunctions: number,
  pairs: readonly Pair[],
): AgreementSummary {
  const exact = pairs.filter((pair) => pair.ours === pair.theirs).length;
  const withinOne = pairs.filter((pair) => Math.abs(pair.ours - pair.theirs) <= 1).length;
  const withinOnePercent = pairs.length ? Math.round((1000 * withinOne) / pairs.length) / 10 : 0;
  return { tool, files, referenceFunctions, matched: pairs.length, exact, withinOne, withinOnePercent };
}

export function formatAgreement(summary: AgreementSummary, pairs: readonly Pair[], showWorst = 10): string {
  const lines = [
    `${summary.tool}: ${summary.files} files, ${summary.referenceFunctions} functions reported, ${summary.matched} matched by line`,
    `  exact ${summary.exact} (${percent(summary.exact, summary.matched)}), within ±1 ${summary.withinOne} (${summary.withinOnePercent}%)`,
  ];
  const worst = [...pairs]
    .filter((pair) => pair.ours !== pair.theirs)
    .sort((a, b) => Math.abs(b.ours - b.theirs) - Math.abs(a.ours - a.theirs))
    .slice(0, showWorst);
  for (const pair of worst)
    lines.push(`  differs: ${pair.file}:${pair.line} ${pair.name} ours ${pair.ours} theirs ${pair.theirs}`);
  return lines.join('\n');
}

function percent(part: number, whole: number): string {
  return whole ? `${Math.round((1000 * part) / whole) / 10}%` : '0%';
}
