import { languageOf } from '../../findings/languages.js';
import { baseName, type RepoFacts } from '../maturity/repo-facts.js';

// A gap in tooling matters once there is code to tool: a lone helper script is not a project.
export const MIN_SOURCE_FILES = 3;

export type Ecosystem = 'javascript' | 'python';

const manifests: Record<Ecosystem, RegExp> = {
  javascript: /^package\.json$/,
  python: /^(pyproject\.toml|setup\.cfg|setup\.py|Pipfile|requirements\.txt)$/,
};

export function countSourceFiles(facts: RepoFacts, ecosystem: Ecosystem): number {
  const languages = ecosystem === 'javascript' ? ['js', 'ts'] : ['py'];
  return facts.ownFiles.filter((path) => languages.includes(languageOf(path))).length;
}

export function isProject(facts: RepoFacts, ecosystem: Ecosystem): boolean {
  return countSourceFiles(facts, ecosystem) >= MIN_SOURCE_FILES;
}

/** The shallowest manifest of the ecosystem: the file a repository-wide gap is reported on, else '.'. */
export function primaryManifest(facts: RepoFacts, ecosystem: Ecosystem): string {
  const depth = (path: string) => path.split('/').length;
  const found = facts.ownFiles
    .filter((path) => manifests[ecosystem].test(baseName(path)))
    .sort((a, b) => depth(a) - depth(b) || a.localeCompare(b));
  return found[0] ?? '.';
}
