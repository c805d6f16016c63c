// esbuild plugins shared by the self-contained builds (prebuilt/, the standalone executable), which
// carry their dependencies inside the bundle instead of beside it in node_modules.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Plugin } from 'esbuild';

// husky 9 copies its hook runner from beside its own module (`new URL('husky', import.meta.url)`),
// a file a bundle does not have: write the runner's text, read at build time, instead.
const HUSKY_COPY = "f.copyFileSync(new URL('husky', import.meta.url), _('h'))";

export const inlineHuskyRunner: Plugin = {
  name: 'inline-husky-runner',
  setup(build) {
    build.onLoad({ filter: /[\\/]husky[\\/]index\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes(HUSKY_COPY))
        throw new Error(`husky changed: '${HUSKY_COPY}' not found in ${args.path}; update scripts/bundle-plugins.ts`);
      const runner = readFileSync(join(dirname(args.path), 'husky'), 'utf8');
      return { contents: source.replace(HUSKY_COPY, `w(_('h'), ${JSON.stringify(runner)})`), loader: 'js' };
    });
  },
};
