// Which dependencies are upgraded together: one package family (a scope, a tool and its plugins), so
// a backlog item is one upgrade a maintainer does in one pull request, never thirty unrelated ones
// (axios' "@commitlint/cli and 29 more", 50 h, mixed rollup plugins, karma, gulp and eslint).

// `eslint-plugin-x`, `rollup-plugin-y`, `babel-preset-z`, `karma-jasmine`: a tool's extensions name it first
const EXTENSION = /^([a-z0-9][a-z0-9.]*)-(?:plugin|config|preset|loader|launcher|reporter|adapter)(?:-|$)/;

/**
 * The family a package belongs to, given the names the manifest declares: its scope (`@rollup/plugin-x`
 * → rollup), the tool it extends (`eslint-plugin-n` → eslint; `karma-jasmine` → karma when karma is
 * declared too), the package its DefinitelyTyped types describe (`@types/express` → express);
 * otherwise the package alone.
 */
export function familyOf(name: string, declared: ReadonlySet<string>): string {
  if (name.startsWith('@types/')) {
    const described = name.slice('@types/'.length);
    // @types/babel__core describes @babel/core
    const scoped = described.includes('__') ? `@${described.replace('__', '/')}` : described;
    return familyOf(scoped, declared);
  }
  if (name.startsWith('@')) {
    const scope = name.slice(1, name.indexOf('/') > 0 ? name.indexOf('/') : undefined);
    return scope;
  }
  const extension = EXTENSION.exec(name)?.[1];
  if (extension) return extension;
  const head = name.split('-')[0] as string;
  if (head !== name && declared.has(head)) return head;
  return name;
}
