// The symbols a project's reference docs document: Sphinx autodoc directives (and the Python domain's
// hand-written ones) in .rst files, mkdocstrings' `::: identifier` in Markdown, and the names a package's
// `__init__.py` exports in `__all__`. Pure: files and their texts in, targets out.
import type { PublicApi } from './public-api.js';

const DOC_FILE = /\.(?:rst|md|mdx|txt)$/;
/** Where a project keeps the docs it builds: a docs/doc/documentation folder at any depth. */
const DOC_FOLDER = /(?:^|\/)(?:docs?|documentation)\//;

// .. autoclass:: flask.Flask / .. py:function:: send_file / .. automodule:: flask.json.tag
const DIRECTIVE =
  /^([ \t]*)\.\.[ \t]+(?:py:)?(auto(?:class|function|method|module|exception|data|attribute|property|decorator)|class|function|method|exception|decorator)::[ \t]*([A-Za-z_][\w.]*)/;
// :members: / :members: a, b / :undoc-members: / :inherited-members:
const OPTION = /^[ \t]+:([\w-]+):[ \t]*(.*)$/;
// ::: flask.json.tag   (mkdocstrings; a dotted path: `::: tip` and `::: warning` are Markdown containers)
const MKDOCSTRINGS = /^:::[ \t]+([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+)[ \t]*$/;
// .. autosummary:: followed by indented dotted names
const AUTOSUMMARY = /^([ \t]*)\.\.[ \t]+autosummary::/;

export function isReferenceDocFile(path: string): boolean {
  return DOC_FILE.test(path) && DOC_FOLDER.test(path);
}

/** Targets of one doc file: dotted name → 1 when its members are documented with it. */
export function readReferenceTargets(text: string, defaultMembers = false): Map<string, 0 | 1> {
  const targets = new Map<string, 0 | 1>();
  const set = (target: string, members: boolean) => {
    if (members || !targets.has(target)) targets.set(target, members ? 1 : 0);
  };
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as string;
    const mkdocs = MKDOCSTRINGS.exec(line);
    if (mkdocs) {
      set(mkdocs[1] as string, true); // mkdocstrings renders members unless told `members: false`
      continue;
    }
    const summary = AUTOSUMMARY.exec(line);
    if (summary) {
      for (let next = index + 1; next < lines.length; next++) {
        const entry = lines[next] as string;
        if (entry.trim() === '' || OPTION.test(entry)) continue;
        if (!/^[ \t]+/.test(entry)) break;
        const name = /^[ \t]+~?([A-Za-z_][\w.]*)[ \t]*$/.exec(entry)?.[1];
        if (name) set(name, false);
      }
      continue;
    }
    const directive = DIRECTIVE.exec(line);
    if (!directive) continue;
    const kind = directive[2] as string;
    const target = directive[3] as string;
    let members = defaultMembers && (kind === 'automodule' || kind === 'autoclass' || kind === 'autoexception');
    const named: string[] = [];
    for (let next = index + 1; next < lines.length; next++) {
      const option = OPTION.exec(lines[next] as string);
      if (!option) break;
      const [, name, value] = option as unknown as [string, string, string];
      if (name === 'members' || name === 'undoc-members' || name === 'inherited-members') {
        const listed =
          name === 'members'
            ? value
                .split(',')
                .map((item) => item.trim())
                .filter(Boolean)
            : [];
        if (listed.length > 0) named.push(...listed);
        else members = true;
      }
    }
    set(target, members);
    for (const member of named) set(`${target}.${member}`, false);
  }
  return targets;
}

/** `autodoc_default_options = {"members": True, …}` in a Sphinx conf.py: every autoclass shows its members. */
export function readsMembersByDefault(confText: string): boolean {
  const options = /autodoc_default_options\s*=\s*\{([^}]*)\}/.exec(confText)?.[1] ?? '';
  return /["']members["']\s*:\s*(?!False|None)/.test(options);
}

/** `__all__ = ["approx", "Config", …]` of a package's `__init__.py`: names the package exports. */
export function readPackageExports(text: string): string[] {
  const list = /^__all__\s*(?::[^=]*)?=\s*[[(]([^\])]*)[\])]/m.exec(text)?.[1];
  if (!list) return [];
  return [...list.matchAll(/["']([A-Za-z_]\w*)["']/g)].map((match) => match[1] as string);
}

/**
 * The reference part of the public API: undefined when no doc file references any symbol (the project
 * has no reference docs, and every public symbol counts as API).
 */
export function gatherReferenceDocs(
  files: readonly string[],
  read: (path: string) => string | undefined,
  isShipped: (path: string) => boolean,
): PublicApi['reference'] {
  const confs = files.filter((path) => /(?:^|\/)conf\.py$/.test(path) && DOC_FOLDER.test(path));
  const defaultMembers = confs.some((path) => readsMembersByDefault(read(path) ?? ''));
  const targets: Record<string, 0 | 1 | 2> = {};
  const sources: Array<[path: string, count: number]> = [];
  for (const path of files) {
    if (!isReferenceDocFile(path)) continue;
    const text = read(path);
    if (!text || !(text.includes('.. ') || text.includes(':::'))) continue;
    const found = readReferenceTargets(text, defaultMembers);
    if (found.size === 0) continue;
    sources.push([path, found.size]);
    for (const [target, members] of found)
      if (members === 1 || targets[target] === undefined) targets[target] = members;
  }
  if (sources.length === 0) return undefined;
  // what a package exports is its API too, documented in the reference or not yet; a private package's
  // (`_pytest/_io/__init__.py`) is for its siblings
  for (const path of files) {
    if (!/(?:^|\/)__init__\.py$/.test(path) || !isShipped(path)) continue;
    if (
      path
        .split('/')
        .slice(0, -1)
        .some((folder) => /^_(?!_)/.test(folder))
    )
      continue;
    const module = path.replace(/\/?__init__\.py$/, '').replace(/\//g, '.');
    for (const name of readPackageExports(read(path) ?? '')) {
      const target = module ? `${module}.${name}` : name;
      targets[target] ??= 2;
    }
  }
  // the files that reference most first: `explain` names the first ones
  sources.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return { sources: sources.map(([path]) => path), targets };
}
