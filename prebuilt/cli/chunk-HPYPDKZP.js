import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import "./chunk-XEIEJ6GU.js";

// node_modules/husky/index.js
import c from "child_process";
import f, { readdir, writeFileSync as w } from "fs";
import p from "path";
var l = ["pre-commit", "pre-merge-commit", "prepare-commit-msg", "commit-msg", "post-commit", "applypatch-msg", "pre-applypatch", "post-applypatch", "pre-rebase", "post-rewrite", "post-checkout", "post-merge", "pre-push", "pre-auto-gc"];
var msg = `echo "husky - DEPRECATED

Please remove the following two lines from $0:

#!/usr/bin/env sh
. \\"\\$(dirname -- \\"\\$0\\")/_/husky.sh\\"

They WILL FAIL in v10.0.0
"`;
var husky_default = (d = ".husky") => {
  if (process.env.HUSKY === "0") return "HUSKY=0 skip install";
  if (d.includes("..")) return ".. not allowed";
  if (!f.existsSync(".git")) return `.git can't be found`;
  let _ = (x = "") => p.join(d, "_", x);
  let { status: s, stderr: e } = c.spawnSync("git", ["config", "core.hooksPath", `${d}/_`]);
  if (s == null) return "git command not found";
  if (s) return "" + e;
  f.rmSync(_("husky.sh"), { force: true });
  f.mkdirSync(_(), { recursive: true });
  w(_(".gitignore"), "*");
  w(_("h"), '#!/usr/bin/env sh\n[ "$HUSKY" = "2" ] && set -x\nn=$(basename "$0")\ns=$(dirname "$(dirname "$0")")/$n\n\n[ ! -f "$s" ] && exit 0\n\nif [ -f "$HOME/.huskyrc" ]; then\n	echo "husky - \'~/.huskyrc\' is DEPRECATED, please move your code to ~/.config/husky/init.sh"\nfi\ni="${XDG_CONFIG_HOME:-$HOME/.config}/husky/init.sh"\n[ -f "$i" ] && . "$i"\n\n[ "${HUSKY-}" = "0" ] && exit 0\n\nexport PATH="node_modules/.bin:$PATH"\nsh -e "$s" "$@"\nc=$?\n\n[ $c != 0 ] && echo "husky - $n script failed (code $c)"\n[ $c = 127 ] && echo "husky - command not found in PATH=$PATH"\nexit $c\n');
  l.forEach((h) => w(_(h), `#!/usr/bin/env sh
. "$(dirname "$0")/h"`, { mode: 493 }));
  w(_("husky.sh"), msg);
  return "";
};
export {
  husky_default as default
};
