import type { Severity } from '../../findings/types.js';
import { defaultOptionsOf } from '../registry.js';

export const DEFAULT_TAGS = defaultOptionsOf('markers')['tags'] as readonly string[];

interface TagTraits {
  severity: Severity;
  /** Base hours to resolve: a FIXME or BUG names a defect, a HACK a workaround to unwind. */
  effortHours: number;
}

const traits: Record<string, TagTraits> = {
  TODO: { severity: 'low', effortHours: 1 },
  FIXME: { severity: 'medium', effortHours: 2 },
  // XXX and HACK flag a spot; what the comment says makes it a defect (medium) or a note (marker-ask.ts)
  HACK: { severity: 'low', effortHours: 3 },
  XXX: { severity: 'low', effortHours: 2 },
  BUG: { severity: 'medium', effortHours: 3 },
  OPTIMIZE: { severity: 'low', effortHours: 2 },
};

/** Tags a user adds in config (e.g. 'REVIEW') get TODO's traits. */
export function traitsOf(tag: string): TagTraits {
  return traits[tag] ?? { severity: 'low', effortHours: 1 };
}

export function ruleIdOf(tag: string): string {
  return `debt/${tag.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
}

/** Tags from `options.tags` (upper-cased, word characters only), else the six defaults. */
export function readTags(options: Record<string, unknown> | undefined): string[] {
  const configured = options?.['tags'];
  if (!Array.isArray(configured)) return [...DEFAULT_TAGS];
  const tags = configured.filter((tag): tag is string => typeof tag === 'string' && /^\w{1,32}$/.test(tag));
  return [...new Set(tags.map((tag) => tag.toUpperCase()))];
}
