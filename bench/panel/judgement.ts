// JUDGEMENT.md holds one table per panel repository, under a `## <name>` heading, one row per judged
// item of its top 20:  | rank | `path:line` | `rule` | yes/no | why |. The bench matches the current top
// 20 against these rows by location and rule, so an item nobody judged shows up as unjudged.
import { existsSync, readFileSync } from 'node:fs';

export interface Judged {
  location: string;
  ruleId: string;
  actionable: boolean;
  why: string;
}

const ROW = /^\|\s*\d+\s*\|\s*`([^`]+:\d+)`\s*\|\s*`([^`]+)`\s*\|\s*(yes|no)\s*\|\s*(.*?)\s*\|\s*$/i;

export function parseJudgement(text: string): Map<string, Judged[]> {
  const byRepo = new Map<string, Judged[]>();
  let repo: string | undefined;
  for (const line of text.split('\n')) {
    const heading = /^##\s+(\S+)/.exec(line);
    if (heading) {
      repo = heading[1] as string;
      continue;
    }
    const row = ROW.exec(line);
    if (!row || !repo) continue;
    const list = byRepo.get(repo) ?? [];
    list.push({
      location: row[1] as string,
      ruleId: row[2] as string,
      actionable: (row[3] as string).toLowerCase() === 'yes',
      why: row[4] as string,
    });
    byRepo.set(repo, list);
  }
  return byRepo;
}

export function readJudgement(file: string): Map<string, Judged[]> {
  return existsSync(file) ? parseJudgement(readFileSync(file, 'utf8')) : new Map();
}
