import { baseName } from '../maturity/repo-facts.js';

// Packages a module keeps for itself: commands, internal code, test data and examples are not importable API.
const notImported = /(?:^|\/)(?:cmd|internal|testdata|examples?|_examples|vendor)\//;
// How many package clauses to read before deciding: a library shows it in its first few files.
const MAX_FILES_READ = 20;

/**
 * Why a Go module is a library (other modules import it), or undefined for a command. A library's
 * `go` line is the oldest toolchain its importers may build with, so it stays low on purpose; cobra's
 * maintainers keep `go 1.15` so programs on old toolchains can still upgrade cobra (spf13/cobra#1866).
 * The evidence is a package other than `main` at the module root or, when the root has no Go files,
 * an importable one outside cmd/ and internal/.
 */
export function describeGoLibrary(
  goModPath: string,
  files: readonly string[],
  read: (path: string) => string | undefined,
): string | undefined {
  const root = goModPath.slice(0, goModPath.length - baseName(goModPath).length);
  const sources = files.filter((path) => path.startsWith(root) && path.endsWith('.go') && !path.endsWith('_test.go'));
  const atRoot = sources.filter((path) => !path.slice(root.length).includes('/'));
  const candidates = (
    atRoot.length > 0 ? atRoot : sources.filter((path) => !notImported.test(path.slice(root.length)))
  ).slice(0, MAX_FILES_READ);
  for (const path of candidates) {
    const name = /^package\s+([A-Za-z_]\w*)/m.exec(read(path) ?? '')?.[1];
    if (name && name !== 'main') return `its module is imported by others: package ${name} in ${path}`;
  }
  return undefined;
}
