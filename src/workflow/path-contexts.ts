import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { configOverrides } from '../config/contexts.js';
import type { Config } from '../config/types.js';
import {
  classifyPath,
  createContextResolver,
  type ContextDecision,
  type ContextOverride,
} from '../findings/context.js';
import { LAYOUT_FILES, learnTestRoots, packageLayoutOverrides, testRootOverrides } from '../findings/context-layout.js';
import {
  LINT_EXCLUSION_FILES,
  learnLintExclusions,
  lintExclusionOverrides,
} from '../findings/context-lint-exclusions.js';
import { ok, type Result } from '../findings/result.js';
import {
  LINGUIST_ATTRIBUTES,
  mentionsLinguist,
  readLinguistAttributes,
  type LinguistAttribute,
  type LinguistValues,
} from '../git/attributes.js';
import type { TrackedFile } from '../git/tracked-files.js';
import { runWithStagedReads } from './repo-reader.js';

export type ContextResolver = (path: string) => ContextDecision;

const ATTRIBUTE_CONTEXT: Record<LinguistAttribute, 'generated' | 'vendored' | 'docs'> = {
  'linguist-generated': 'generated',
  'linguist-vendored': 'vendored',
  'linguist-documentation': 'docs',
};

/** Overrides from linguist attributes: `attr` sets the context, `-attr` / `attr=false` undoes the convention's. */
export function attributeOverrides(values: ReadonlyMap<string, LinguistValues>): ContextOverride[] {
  if (values.size === 0) return [];
  const overrides: ContextOverride[] = [];
  for (const attribute of LINGUIST_ATTRIBUTES) {
    const context = ATTRIBUTE_CONTEXT[attribute];
    overrides.push({
      matches: (path) => values.get(path)?.[attribute] === true,
      context,
      reason: `${attribute} is set for it in .gitattributes`,
    });
    overrides.push({
      matches: (path) => values.get(path)?.[attribute] === false && classifyPath(path).context === context,
      context: 'source',
      reason: `${attribute} is unset for it in .gitattributes`,
    });
  }
  return overrides;
}

/**
 * The repository's context classifier for a scan or a render: config globs, then linguist attributes
 * (git is asked only when a tracked .gitattributes or .git/info/attributes mentions them), then test
 * roots the project declares, then conventions. Files are read from the index, as the scan reads them.
 */
export function readPathContexts(
  root: string,
  gitDir: string | undefined,
  config: Pick<Config, 'contexts'>,
  files: readonly TrackedFile[],
): Result<ContextResolver> {
  const attributeFiles = files.map((file) => file.path).filter((path) => /(?:^|\/)\.gitattributes$/.test(path));
  const manifests = files
    .map((file) => file.path)
    .filter((path) => /(?:^|\/)package\.json$/.test(path) && !/(?:^|\/)node_modules\//.test(path));
  const rootFiles = new Set<string>([...LAYOUT_FILES, ...LINT_EXCLUSION_FILES]);
  const wanted = new RegExp(
    `^(?:${[...rootFiles].map((name) => name.replace(/\./g, '\\.')).join('|')})$|(?:^|/)(?:\\.gitattributes|package\\.json)$`,
  );
  const read = runWithStagedReads(
    root,
    files.filter((file) => wanted.test(file.path) && !/(?:^|\/)node_modules\//.test(file.path)),
    (reader) => ({
      roots: learnTestRoots(reader),
      lintExclusions: learnLintExclusions(reader),
      attributes: attributeFiles.some((path) => mentionsLinguist(reader(path))),
      manifests: new Map(manifests.map((path) => [path, reader(path) ?? ''])),
    }),
  );
  const overrides = [...configOverrides(config)];
  if (read.attributes || mentionsLinguist(readInfoAttributes(gitDir))) {
    const values = readLinguistAttributes(
      root,
      files.map((file) => file.path),
    );
    if (!values.ok) return values;
    overrides.push(...attributeOverrides(values.value));
  }
  overrides.push(...testRootOverrides(read.roots));
  overrides.push(...lintExclusionOverrides(read.lintExclusions, (path) => classifyPath(path).context));
  overrides.push(
    ...packageLayoutOverrides(
      read.manifests,
      (path) => classifyPath(path).context,
      files.map((file) => file.path),
    ),
  );
  return ok(createContextResolver(overrides));
}

function readInfoAttributes(gitDir: string | undefined): string | undefined {
  if (!gitDir) return undefined;
  try {
    return readFileSync(join(gitDir, 'info', 'attributes'), 'utf8');
  } catch {
    return undefined; // most repositories have none
  }
}
