// `npm run bench`: performance budgets, hostile input and detection quality, printed as markdown tables.
import { cpus, loadavg } from 'node:os';
import { parseBenchArgs, type Section } from './args.js';
import { runDetection } from './detection/index.js';
import { runHostile } from './hostile.js';
import { runPerf } from './perf.js';
import { runPanel } from './panel/panel-bench.js';
import { runRealScan } from './real-scan.js';
import { runSpeed } from './speed.js';
import { findCli } from './cli-path.js';
import { renderTable, type SectionReport } from './table.js';

const log = (line: string): void => {
  process.stderr.write(`bench: ${line}\n`);
};

/** A section that throws still yields a report, so one broken command does not hide the others' numbers. */
async function runSection(
  section: Section,
  runner: () => SectionReport | Promise<SectionReport>,
): Promise<SectionReport> {
  try {
    return await runner();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log(`${section} failed: ${message.split('\n')[0]}`);
    return {
      title: `${section} (failed)`,
      body: `\`\`\`\n${message}\n\`\`\``,
      budgets: [[section, 'error', 'runs to completion', 'FAIL']],
    };
  }
}

async function main(): Promise<void> {
  const options = parseBenchArgs(process.argv.slice(2));
  const started = process.hrtime.bigint();
  const startLoad = loadavg()[0]!;
  const runners: Record<Section, () => SectionReport | Promise<SectionReport>> = {
    perf: () => runPerf(options.runs, options.quick, log),
    hostile: () => runHostile(options.runs, options.quick, log),
    detection: () => runDetection(options.quick, log, options.ownOnly),
    real: () => runRealScan(findCli(), options.runs, log),
    panel: () => runPanel(findCli(), options.quick, log),
    speed: () => runSpeed(findCli(), options.runs, options.quick, log),
  };
  const reports: SectionReport[] = [];
  for (const section of options.sections) {
    const sectionStart = process.hrtime.bigint();
    const report = await runSection(section, runners[section]);
    log(`${section} took ${(Number(process.hrtime.bigint() - sectionStart) / 1e9).toFixed(0)} s`);
    console.log(`## ${report.title}\n\n${report.body}\n`);
    reports.push(report);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const summary = renderTable(
    ['budget', 'measured', 'target', 'result'],
    reports.flatMap((report) => report.budgets),
  );
  // Shared machines skew wall times; the load says how much to trust this run's numbers.
  const machine = `${cpus().length} cores, load average ${startLoad.toFixed(1)} at start and ${loadavg()[0]!.toFixed(1)} at end, Node ${process.version}`;
  console.log(
    `## Summary (${options.quick ? 'quick, ' : ''}${options.runs} runs, ${seconds.toFixed(0)} s; ${machine})\n\n${summary}`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 2;
});
