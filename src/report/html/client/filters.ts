// The items view is addressed by the URL's hash, so every number in every view is a plain link:
// `#items?category=debt&severity=low`, `#items?path=src/a.ts`, `#items?q=debt-0123456789`.

export interface ItemFilter {
  category?: string;
  severity?: string;
  context?: string;
  status?: string;
  /** Exact file. */
  path?: string;
  /** Files directly in this folder ('.' = the top folder). */
  dir?: string;
  /** Text searched in id, path, rule and title. */
  q?: string;
}

const KEYS = ['category', 'severity', 'context', 'status', 'path', 'dir', 'q'] as const;

export function itemsHref(filter: ItemFilter): string {
  const query = new URLSearchParams();
  for (const key of KEYS) {
    const value = filter[key];
    if (value) query.set(key, value);
  }
  const text = query.toString();
  return text ? `#items?${text}` : '#items';
}

export function parseItemsHash(hash: string): ItemFilter | undefined {
  if (hash !== '#items' && !hash.startsWith('#items?')) return undefined;
  const query = new URLSearchParams(hash.slice('#items?'.length));
  const filter: ItemFilter = {};
  for (const key of KEYS) {
    const value = query.get(key);
    if (value) filter[key] = value;
  }
  return filter;
}

function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '.' : path.slice(0, slash);
}

export function matches(
  item: {
    id: string;
    path: string;
    rule: string;
    title: string;
    category: string;
    severity: string;
    context: string;
    status: string;
  },
  filter: ItemFilter,
): boolean {
  if (filter.category && item.category !== filter.category) return false;
  if (filter.severity && item.severity !== filter.severity) return false;
  if (filter.context && item.context !== filter.context) return false;
  if ((filter.status ?? 'open') !== 'any' && item.status !== (filter.status ?? 'open')) return false;
  if (filter.path && item.path !== filter.path) return false;
  if (filter.dir && folderOf(item.path) !== filter.dir) return false;
  if (filter.q) {
    const needle = filter.q.toLowerCase();
    if (![item.id, item.path, item.rule, item.title].some((text) => text.toLowerCase().includes(needle))) return false;
  }
  return true;
}
