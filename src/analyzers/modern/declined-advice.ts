import { languageOf } from '../../findings/languages.js';
import { detectTool } from '../maturity/tooling-signals.js';
import { asRecord, type RepoFacts } from '../maturity/repo-facts.js';
import type { Ecosystem } from './project-kinds.js';

// Advice a mature project has visibly declined is no backlog item: Express publishes its types through
// DefinitelyTyped and documents them in JSDoc; axios lints with ESLint and never adopted a formatter.
// The gap stays on record as a note (severity info), with the reason, so `explain` says why.

// a folder whose code is not the package's own (tests, docs, examples, benchmarks, build output)
const NOT_PACKAGE_CODE =
  /(^|\/)(test|tests|__tests__|spec|specs|e2e|fixtures?|docs?|examples?|samples?|benchmarks?|bench|scripts|tools|dist|build|node_modules|vendor)\//;
const JSDOC_TYPE = /@(?:param|returns?|type|typedef|property)\s{1,10}\{[^}\n]{1,200}\}/;
const JSDOC_SHARE = 0.5;
const MIN_TYPED_FILES = 3;

/** Why the project has chosen type information other than a checker, or undefined. */
export function findDeclinedTypeChecking(facts: RepoFacts, ecosystem: Ecosystem): string | undefined {
  if (ecosystem !== 'javascript') return undefined;
  for (const { path, json } of facts.packageJsons) {
    for (const key of ['types', 'typings'])
      if (typeof json[key] === 'string') return `${path} publishes type declarations ("${key}")`;
    const exported = JSON.stringify(asRecord(json.exports));
    if (/"types"\s*:/.test(exported)) return `${path} publishes type declarations (exports "types")`;
  }
  const declarations = facts.ownFiles.filter((path) => /\.d\.[cm]?ts$/.test(path) && !NOT_PACKAGE_CODE.test(path));
  if (declarations.length > 0) return `it ships hand-written type declarations (${declarations[0]})`;
  const sources = facts.ownFiles.filter((path) => languageOf(path) === 'js' && !NOT_PACKAGE_CODE.test(path));
  const typed = sources.filter((path) => JSDOC_TYPE.test(facts.read(path) ?? ''));
  if (typed.length >= MIN_TYPED_FILES && typed.length >= JSDOC_SHARE * sources.length)
    return `its sources carry JSDoc types (${typed.length} of ${sources.length} files)`;
  return undefined;
}

/** Why a formatter is the project's choice to make: it lints already, and a reformat is a decision, not debt. */
export function findDeclinedFormatter(facts: RepoFacts, ecosystem: Ecosystem): string | undefined {
  const linter = detectTool(facts, ecosystem === 'javascript' ? 'jsLinter' : 'pythonLinter')[0];
  return linter ? `the project lints (${linter}); formatting the whole tree is its choice` : undefined;
}
