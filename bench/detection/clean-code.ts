import { copyFileSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

// Real code with no credentials in it: this project's own node_modules. Packages are taken in sorted
// order until the target size, so the subset is fixed for a given lockfile. The scanners' own packages
// are left out (their rule tables are the "scanner's own patterns" negative of the labelled corpus).
const TEXT = /\.(?:[cm]?js|[cm]?ts|jsx|tsx|json|md|markdown|ya?ml|txt|html|css)$/;
const SKIP_PACKAGES = /^(?:@0xts|@secretlint|secretlint|@textlint|\.bin|\.cache)/;
const MAX_FILE_BYTES = 1024 * 1024;

function listPackages(nodeModules: string): string[] {
  return readdirSync(nodeModules)
    .sort()
    .filter((name) => !name.startsWith('.') && !SKIP_PACKAGES.test(name))
    .flatMap((name) =>
      name.startsWith('@')
        ? readdirSync(join(nodeModules, name))
            .sort()
            .map((inner) => `${name}/${inner}`)
        : [name],
    );
}

function listTextFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && TEXT.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => statSync(path).size <= MAX_FILE_BYTES)
    .sort();
}

export interface CleanCode {
  dir: string;
  bytes: number;
  files: number;
  packages: string[];
}

/** Copy the subset to dest/pkgs/… (not "node_modules", which every scanner skips by default). */
export function copyCleanCode(nodeModules: string, dest: string, targetBytes: number): CleanCode {
  let bytes = 0;
  let files = 0;
  const packages: string[] = [];
  for (const pkg of listPackages(nodeModules)) {
    if (bytes >= targetBytes) break;
    packages.push(pkg);
    for (const source of listTextFiles(join(nodeModules, pkg))) {
      const target = join(dest, 'pkgs', relative(nodeModules, source));
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(source, target);
      bytes += statSync(source).size;
      files++;
    }
  }
  return { dir: dest, bytes, files, packages };
}
