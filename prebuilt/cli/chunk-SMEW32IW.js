import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  lineAt,
  lineStarts
} from "./chunk-OZTETU2B.js";
import {
  languageOf
} from "./chunk-3FEP5BVN.js";

// dist/src/analyzers/secrets/regex-safety.js
function readQuantifier(source, at2) {
  const char = source[at2];
  if (char === "*" || char === "+")
    return { length: 1, repeats: true, unbounded: true };
  if (char === "?")
    return { length: 1, repeats: false, unbounded: false };
  const braces = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(at2, at2 + 24));
  if (!braces)
    return void 0;
  const max = braces[2] === void 0 ? Number(braces[1]) : braces[3] === "" ? Infinity : Number(braces[3]);
  return { length: braces[0].length, repeats: max > 1, unbounded: max === Infinity };
}
function skipClass(source, at2) {
  let index = at2 + 1;
  while (index < source.length && source[index] !== "]")
    index += source[index] === "\\" ? 2 : 1;
  return index;
}
function findNestedQuantifier(source) {
  const stack = [{ start: 0, repeats: false, unbounded: false }];
  for (let index = 0; index < source.length; index++) {
    const char = source[index];
    if (char === "\\") {
      index++;
      continue;
    }
    if (char === "[") {
      index = skipClass(source, index);
      continue;
    }
    if (char === "(") {
      stack.push({ start: index, repeats: false, unbounded: false });
      continue;
    }
    const top = stack[stack.length - 1];
    if (char === ")" && stack.length > 1) {
      stack.pop();
      const parent = stack[stack.length - 1];
      const quantifier2 = readQuantifier(source, index + 1);
      if (quantifier2?.repeats && top.repeats && (quantifier2.unbounded || top.unbounded)) {
        return source.slice(top.start, index + 1 + quantifier2.length);
      }
      parent.repeats ||= top.repeats || Boolean(quantifier2?.repeats);
      parent.unbounded ||= top.unbounded || Boolean(quantifier2?.unbounded);
      if (quantifier2)
        index += quantifier2.length;
      continue;
    }
    if (source[index - 1] === "(" && char === "?")
      continue;
    const quantifier = readQuantifier(source, index);
    top.repeats ||= Boolean(quantifier?.repeats);
    top.unbounded ||= Boolean(quantifier?.unbounded);
    if (quantifier)
      index += quantifier.length - 1;
  }
  return void 0;
}

// dist/src/analyzers/secrets/candidate.js
function isContextualRule(rule) {
  return rule.generic === true;
}

// dist/src/analyzers/secrets/entropy.js
function shannonEntropy(value) {
  if (value.length === 0)
    return 0;
  const counts = /* @__PURE__ */ new Map();
  for (const char of value)
    counts.set(char, (counts.get(char) ?? 0) + 1);
  let bits = 0;
  for (const count of counts.values()) {
    const share = count / value.length;
    bits -= share * Math.log2(share);
  }
  return bits;
}

// dist/src/analyzers/secrets/find-candidates.js
var clones = { g: /* @__PURE__ */ new WeakMap(), y: /* @__PURE__ */ new WeakMap() };
function cloneWith(pattern, mode) {
  let clone = clones[mode].get(pattern);
  if (!clone) {
    const flags = pattern.flags.replace(/[gy]/g, "") + (pattern.flags.includes("d") ? "" : "d") + mode;
    clone = new RegExp(pattern.source, flags);
    clones[mode].set(pattern, clone);
  }
  return clone;
}
function secretSpan(rule, match) {
  const group = rule.secretGroup;
  const named = match.indices.groups;
  if (typeof group === "string")
    return named?.[group];
  if (typeof group === "number")
    return match.indices[group];
  return named?.secret ?? match.indices[1] ?? match.indices[0];
}
var CONTEXT = 256;
function contextStart(text, offset) {
  const from = Math.max(0, offset - CONTEXT);
  const newline = text.slice(from, offset).lastIndexOf("\n");
  return newline === -1 ? from : from + newline + 1;
}
function contextEnd(text, offset) {
  const newline = text.slice(offset, offset + CONTEXT).indexOf("\n");
  const end = newline === -1 ? Math.min(text.length, offset + CONTEXT) : offset + newline;
  return end > offset && text[end - 1] === "\r" ? end - 1 : end;
}
function buildCandidate(rule, scan, match) {
  const span = secretSpan(rule, match);
  if (!span)
    return void 0;
  const [start, end] = span;
  const lineStart = contextStart(scan.text, start);
  const secretLineEnd = contextEnd(scan.text, start);
  return {
    rule,
    start,
    end,
    secret: scan.text.slice(start, end),
    matchStart: match.index,
    matchEnd: match.index + match[0].length,
    lineText: scan.text.slice(lineStart, Math.max(secretLineEnd, lineStart)),
    before: scan.text.slice(lineStart, start),
    after: scan.text.slice(end, contextEnd(scan.text, end)),
    lead: scan.text.slice(match.index, start),
    language: scan.language,
    path: scan.path,
    quote: isContextualRule(rule) ? match.groups?.q ?? "" : ""
  };
}
var mergedOffsets = /* @__PURE__ */ new WeakMap();
function mergeAscending(left, right) {
  const merged = new Array(left.length + right.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < left.length && j < right.length)
    merged[k++] = left[i] <= right[j] ? left[i++] : right[j++];
  while (i < left.length)
    merged[k++] = left[i++];
  while (j < right.length)
    merged[k++] = right[j++];
  return merged;
}
function keywordOffsets(scan, keywords) {
  let byKeywords = mergedOffsets.get(scan);
  if (!byKeywords)
    mergedOffsets.set(scan, byKeywords = /* @__PURE__ */ new Map());
  let offsets = byKeywords.get(keywords);
  if (!offsets) {
    offsets = [];
    for (const keyword of keywords) {
      const found = scan.keywordOffsets.get(keyword);
      if (found && found.length > 0)
        offsets = offsets.length === 0 ? found : mergeAscending(offsets, found);
    }
    byKeywords.set(keywords, offsets);
  }
  return offsets;
}
function findCandidates(rule, scan, take) {
  if (isContextualRule(rule)) {
    const sticky = cloneWith(rule.pattern, "y");
    let resumeAt = 0;
    for (const offset of keywordOffsets(scan, rule.keywords)) {
      if (offset < resumeAt)
        continue;
      sticky.lastIndex = offset;
      const match = sticky.exec(scan.text);
      const candidate = match && buildCandidate(rule, scan, match);
      if (match && candidate && take(candidate))
        resumeAt = match.index + match[0].length;
    }
    return;
  }
  const global = cloneWith(rule.pattern, "g");
  global.lastIndex = 0;
  for (let match = global.exec(scan.text); match; match = global.exec(scan.text)) {
    const candidate = buildCandidate(rule, scan, match);
    const taken = candidate !== void 0 && take(candidate);
    if (!taken || match[0].length === 0)
      global.lastIndex = Math.max(match.index + 1, candidate?.start ?? 0);
  }
}

// dist/src/analyzers/secrets/keyword-automaton.js
var cache = /* @__PURE__ */ new Map();
function buildSymbols(keywords) {
  const symbolOf = new Uint8Array(65536);
  let width = 1;
  for (const keyword of keywords)
    for (let at2 = 0; at2 < keyword.length; at2++) {
      const code = keyword.charCodeAt(at2);
      if (symbolOf[code] === 0)
        symbolOf[code] = width++;
    }
  for (let code = 65; code <= 90; code++)
    symbolOf[code] = symbolOf[code + 32];
  return { symbolOf, width };
}
function indexChildren(automaton, state2, from, to) {
  const { keywords, symbolOf, runStart, runEnd } = automaton;
  const depth = automaton.depth[state2];
  const row = (state2 + 1) * automaton.width;
  for (let index = from; index < to; index++) {
    const keyword = keywords[index];
    if (keyword.length === depth)
      continue;
    const slot = row + symbolOf[keyword.charCodeAt(depth)];
    if (runStart[slot] === 0)
      runStart[slot] = index + 1;
    runEnd[slot] = index + 1;
  }
}
function makeChild(automaton, state2, symbol) {
  const slot = (state2 + 1) * automaton.width + symbol;
  const first = automaton.runStart[slot] - 1;
  if (first === -1)
    return -1;
  const child = automaton.states++;
  const depth = automaton.depth[state2] + 1;
  automaton.depth[child] = depth;
  indexChildren(automaton, child, first, automaton.runEnd[slot]);
  const fail = state2 === 0 ? 0 : transition(automaton, automaton.fail[state2], symbol);
  automaton.fail[child] = fail;
  const own = automaton.keywords[first].length === depth ? first : -1;
  const inherited = automaton.outputs[fail];
  automaton.outputs[child] = own === -1 ? inherited : inherited ? [own, ...inherited] : [own];
  automaton.accepting[child] = automaton.outputs[child] ? 1 : 0;
  return child;
}
function transition(automaton, state2, symbol) {
  const { width, jumps } = automaton;
  const slot = (state2 + 1) * width + symbol;
  const known = jumps[slot];
  if (known !== 0)
    return Math.abs(known) / width - 1;
  const child = symbol === 0 ? -1 : makeChild(automaton, state2, symbol);
  const target = child !== -1 ? child : state2 === 0 ? 0 : transition(automaton, automaton.fail[state2], symbol);
  const row = (target + 1) * width;
  jumps[slot] = automaton.accepting[target] === 1 ? -row : row;
  return target;
}
function createAutomaton(keywords) {
  const { symbolOf, width } = buildSymbols(keywords);
  const maxStates = 1 + keywords.reduce((total, keyword) => total + keyword.length, 0);
  const automaton = {
    keywords,
    width,
    symbolOf,
    depth: new Int32Array(maxStates),
    runStart: new Int32Array((maxStates + 1) * width),
    runEnd: new Int32Array((maxStates + 1) * width),
    states: 1,
    fail: new Int32Array(maxStates),
    outputs: [void 0],
    accepting: new Uint8Array(maxStates),
    jumps: new Int32Array((maxStates + 1) * width)
  };
  indexChildren(automaton, 0, 0, keywords.length);
  return automaton;
}
function compileKeywords(keywords) {
  const unique = [...new Set(keywords)].filter((keyword) => keyword.length > 0 && /^[\x20-\x7e]+$/.test(keyword)).sort();
  const key = unique.join("\0");
  let automaton = cache.get(key);
  if (!automaton)
    cache.set(key, automaton = createAutomaton(unique));
  return automaton;
}
var anchorFlagsCache = /* @__PURE__ */ new WeakMap();
function anchorFlags(automaton, withOffsets) {
  let byAutomaton = anchorFlagsCache.get(withOffsets);
  if (!byAutomaton)
    anchorFlagsCache.set(withOffsets, byAutomaton = /* @__PURE__ */ new WeakMap());
  let flags = byAutomaton.get(automaton);
  if (!flags)
    byAutomaton.set(automaton, flags = Uint8Array.from(automaton.keywords, (keyword) => withOffsets.has(keyword) ? 1 : 0));
  return flags;
}
function scanKeywords(text, automaton, withOffsets) {
  const { jumps, symbolOf, outputs, keywords, width } = automaton;
  const anchors = anchorFlags(automaton, withOffsets);
  const seen = new Uint8Array(keywords.length);
  const found = [];
  let row = width;
  for (let index = 0; index < text.length; index++) {
    const symbol = symbolOf[text.charCodeAt(index)];
    let jump = jumps[row + symbol];
    if (jump > 0) {
      row = jump;
      continue;
    }
    if (jump === 0) {
      transition(automaton, row / width - 1, symbol);
      jump = jumps[row + symbol];
      if (jump > 0) {
        row = jump;
        continue;
      }
    }
    row = -jump;
    const ending = outputs[row / width - 1];
    for (let at2 = 0; at2 < ending.length; at2++) {
      const keywordIndex = ending[at2];
      seen[keywordIndex] = 1;
      if (anchors[keywordIndex] === 1)
        (found[keywordIndex] ??= []).push(index - keywords[keywordIndex].length + 1);
    }
  }
  const present = /* @__PURE__ */ new Set();
  const offsets = /* @__PURE__ */ new Map();
  for (let keywordIndex = 0; keywordIndex < keywords.length; keywordIndex++) {
    if (seen[keywordIndex] === 0)
      continue;
    const keyword = keywords[keywordIndex];
    present.add(keyword);
    const list = found[keywordIndex];
    if (list)
      offsets.set(keyword, list);
  }
  return { present, offsets };
}

// dist/src/analyzers/secrets/fake-token.js
var ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
var UPPER_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
var LOWER_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789";
var HEX = "0123456789abcdef";
var BASE64 = `${ALNUM}+/`;
var BASE64URL = `${ALNUM}-_`;
var state = 2654435769;
function nextRandom() {
  state = state + 1831565813 >>> 0;
  let t = state;
  t = Math.imul(t ^ t >>> 15, t | 1);
  t ^= t + Math.imul(t ^ t >>> 7, t | 61);
  return ((t ^ t >>> 14) >>> 0) / 4294967296;
}
function fakeToken(alphabet, length) {
  let out = "";
  for (let i = 0; i < length; i++)
    out += alphabet[Math.floor(nextRandom() * alphabet.length)];
  return out;
}

// dist/src/analyzers/secrets/rules/fake-parts.js
var BASE32_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
var BASE32_LOWER = "abcdefghijklmnopqrstuvwxyz234567";
var DIGITS = "0123456789";
var HEX_UPPER = "0123456789ABCDEF";
var LOWER = "abcdefghijklmnopqrstuvwxyz";
var LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
function fakeUuid() {
  return [8, 4, 4, 4, 12].map((length) => fakeToken(HEX, length)).join("-");
}
var ZERO_UUID = "00000000-0000-0000-0000-000000000000";
var fakeOf = (alphabet, length) => () => {
  let value = fakeToken(alphabet, length);
  for (let draw = 0; draw < 20 && shannonEntropy(value) < 3.3; draw++)
    value = fakeToken(alphabet, length);
  return value;
};

// dist/src/analyzers/secrets/rules/password-hashes.js
var CRYPT64 = `./${ALNUM}`;
var crypt = (length) => fakeToken(CRYPT64, length);
var b64 = (length) => fakeToken(BASE64, length);
var NOT_CRYPT = "(?![./A-Za-z0-9])";
var SLOW_SALTED_HASH_RULES = new Set([
  "sha-crypt-hash",
  "bcrypt-hash",
  "yescrypt-hash",
  "argon2-hash",
  "scrypt-hash",
  "pbkdf2-password-hash",
  "werkzeug-password-hash",
  "drupal-password-hash",
  "cisco-secret-hash",
  "postgres-scram-hash"
].map((id) => `secret/${id}`));
var hashRule = (spec) => ({
  id: `secret/${spec.id}`,
  description: spec.description,
  keywords: spec.keywords,
  pattern: spec.pattern,
  minEntropy: 3,
  severity: spec.severity,
  confidence: 0.9,
  examples: { positive: spec.positive, negative: () => spec.negative }
});
var passwordHashRules = [
  hashRule({
    id: "md5-crypt-hash",
    description: "MD5-crypt password hash ($1$)",
    keywords: ["$1$"],
    pattern: new RegExp(`(?<![\\w$])\\$(?<secret>1\\$[./A-Za-z0-9]{1,8}\\$[./A-Za-z0-9]{22})${NOT_CRYPT}`),
    severity: "high",
    positive: () => [
      `root:$1$${crypt(8)}$${crypt(22)}:19700:0:99999:7:::`,
      `enable secret 5 $1$${crypt(4)}$${crypt(22)}`
    ],
    negative: ["$1$salt$", "costs $1$ each", `$1$${"x".repeat(8)}$${"x".repeat(22)}`]
  }),
  hashRule({
    id: "apr1-md5-hash",
    description: "Apache APR1-MD5 password hash ($apr1$)",
    keywords: ["$apr1$"],
    pattern: new RegExp(`(?<![\\w$])\\$(?<secret>apr1\\$[./A-Za-z0-9]{1,8}\\$[./A-Za-z0-9]{22})${NOT_CRYPT}`),
    severity: "high",
    positive: () => [`admin:$apr1$${crypt(8)}$${crypt(22)}`],
    negative: ["htpasswd -m writes $apr1$ hashes", `$apr1$salt$${"a".repeat(22)}`]
  }),
  hashRule({
    id: "sha-crypt-hash",
    description: "SHA-256-crypt or SHA-512-crypt password hash ($5$, $6$)",
    keywords: ["$5$", "$6$"],
    pattern: new RegExp(`(?<![\\w$])\\$(?<secret>[56]\\$(?:rounds=[0-9]{1,9}\\$)?[./A-Za-z0-9]{1,16}\\$(?:[./A-Za-z0-9]{86}|[./A-Za-z0-9]{43}))${NOT_CRYPT}`),
    severity: "medium",
    positive: () => [
      `deploy:$6$${crypt(16)}$${crypt(86)}:19700:0:99999:7:::`,
      `password_hash: "$5$rounds=535000$${crypt(16)}$${crypt(43)}"`
    ],
    negative: ["root:!:19700:0:99999:7:::", "root:*:19700::::::", "$6$salt$short"]
  }),
  hashRule({
    id: "bcrypt-hash",
    description: "bcrypt password hash ($2a$, $2b$, $2y$)",
    keywords: ["$2a$", "$2b$", "$2y$", "$2x$", "$2$"],
    pattern: new RegExp(`(?<![\\w$])\\$(?<secret>(?:wp\\$)?2[abxy]?\\$[0-9]{2}\\$[./A-Za-z0-9]{53})${NOT_CRYPT}`),
    severity: "medium",
    positive: () => [
      `INSERT INTO users (email, password) VALUES ('ops@corp.internal', '$2y$10$${crypt(53)}');`,
      `"password": "$2b$12$${crypt(53)}"`
    ],
    negative: ["$2b$12$", "cost factor $2b$12$ then salt", `$2b$12$${".".repeat(53)}`]
  }),
  hashRule({
    id: "yescrypt-hash",
    description: "yescrypt password hash ($y$, $gy$), the default of current Linux distributions",
    keywords: ["$y$", "$gy$"],
    pattern: new RegExp(`(?<![\\w$])\\$(?<secret>g?y\\$[./A-Za-z0-9]{1,20}\\$[./A-Za-z0-9]{1,86}\\$[./A-Za-z0-9]{43})${NOT_CRYPT}`),
    severity: "medium",
    positive: () => [`alice:$y$j9T$${crypt(22)}$${crypt(43)}:19700:0:99999:7:::`],
    negative: ["$y$j9T$", "alice:!*:19700::::::"]
  }),
  hashRule({
    id: "argon2-hash",
    description: "Argon2 password hash ($argon2id$, $argon2i$)",
    keywords: ["$argon2"],
    pattern: /\$(?<secret>argon2(?:id|i|d)\$v=[0-9]{1,3}\$m=[0-9]{1,10},t=[0-9]{1,10},p=[0-9]{1,4}\$[A-Za-z0-9+/]{11,64}\$[A-Za-z0-9+/]{16,128})(?![A-Za-z0-9+/])/,
    severity: "medium",
    positive: () => [
      `$argon2id$v=19$m=65536,t=3,p=4$${b64(22)}$${b64(43)}`,
      `password = "argon2$argon2id$v=19$m=102400,t=2,p=8$${b64(22)}$${b64(22)}"`
    ],
    negative: ["$argon2id$v=19$m=65536,t=3,p=4$", "use $argon2id$ for new hashes"]
  }),
  hashRule({
    id: "scrypt-hash",
    description: "scrypt password hash ($7$ or passlib $scrypt$)",
    keywords: ["$7$", "$scrypt$"],
    // The secret is salt$hash: $7$'s parameters ('CU..../....') would read as an ellipsis, a masked value.
    pattern: /(?<![\w$])\$(?:7\$[./A-Za-z0-9]{11}|scrypt\$ln=[0-9]{1,2},r=[0-9]{1,3},p=[0-9]{1,3}\$)(?<secret>[A-Za-z0-9+/.]{4,86}\$[A-Za-z0-9+/.]{20,128})(?![./A-Za-z0-9+])/,
    severity: "medium",
    positive: () => [`$7$CU..../....${crypt(16)}$${crypt(43)}`, `$scrypt$ln=16,r=8,p=1$${b64(22)}$${b64(43)}`],
    negative: ["$7$", "$scrypt$ln=16,r=8,p=1$"]
  }),
  hashRule({
    id: "pbkdf2-password-hash",
    description: "PBKDF2 password hash (Django pbkdf2_sha256$, passlib $pbkdf2-sha256$)",
    keywords: ["pbkdf2_sha", "$pbkdf2-sha"],
    pattern: /(?<![\w$])\$?(?<secret>pbkdf2_sha(?:256|1)\$[0-9]{4,8}\$[A-Za-z0-9./+]{1,64}\$[A-Za-z0-9+/]{27,88}={0,2}|pbkdf2-sha(?:1|256|512)\$[0-9]{3,8}\$[A-Za-z0-9./+]{4,64}\$[A-Za-z0-9./+]{27,88})(?![A-Za-z0-9+/=.])/,
    severity: "medium",
    positive: () => [
      `"password": "pbkdf2_sha256$870000$${fakeToken(ALNUM, 22)}$${b64(43)}="`,
      `$pbkdf2-sha256$29000$${crypt(22)}$${crypt(43)}`
    ],
    negative: ["PASSWORD_HASHERS = ['django.contrib.auth.hashers.PBKDF2PasswordHasher']", "pbkdf2_sha256$870000$"]
  }),
  hashRule({
    id: "werkzeug-password-hash",
    description: "Werkzeug (Flask) password hash (pbkdf2:sha256:\u2026$, scrypt:\u2026$)",
    keywords: ["pbkdf2:sha", "scrypt:"],
    pattern: /(?<![\w$:])(?<secret>(?:pbkdf2:sha(?:1|256|512)(?::[0-9]{1,8})?|scrypt:[0-9]{1,8}:[0-9]{1,3}:[0-9]{1,3})\$[A-Za-z0-9]{4,64}\$[a-f0-9]{40,128})(?![A-Za-z0-9])/,
    severity: "medium",
    positive: () => [
      `pbkdf2:sha256:600000$${fakeToken(ALNUM, 16)}$${fakeToken(HEX, 64)}`,
      `scrypt:32768:8:1$${fakeToken(ALNUM, 16)}$${fakeToken(HEX, 128)}`
    ],
    negative: ["generate_password_hash(pw, method='pbkdf2:sha256:600000')", "scrypt:32768:8:1$salt$"]
  }),
  hashRule({
    id: "mysql-native-password-hash",
    description: "MySQL native password hash (*SHA1 of SHA1), as mysql.user dumps and GRANTs hold it",
    keywords: ["'*", '"*', "`*"],
    // '*' first, its quote checked behind it: a literal start lets the engine skip ahead
    pattern: /\*(?<=['"`]\*)(?<secret>[0-9A-F]{40})(?=['"`])/,
    severity: "high",
    positive: () => [
      `CREATE USER 'app'@'%' IDENTIFIED WITH mysql_native_password AS '*${fakeToken(HEX_UPPER, 40)}';`,
      `INSERT INTO \`user\` VALUES ('%','backup','*${fakeToken(HEX_UPPER, 40)}','Y');`
    ],
    negative: [`'*${"0".repeat(40)}'`, `'*${fakeToken(HEX, 40)}'`, "glob: '*'"]
  }),
  hashRule({
    id: "postgres-scram-hash",
    description: "PostgreSQL SCRAM-SHA-256 password verifier",
    keywords: ["scram-sha-256$"],
    pattern: /(?<secret>SCRAM-SHA-256\$[0-9]{1,7}:[A-Za-z0-9+/]{16,64}={0,2}\$[A-Za-z0-9+/]{43}=:[A-Za-z0-9+/]{43}=)/,
    severity: "medium",
    positive: () => [`ALTER ROLE app PASSWORD 'SCRAM-SHA-256$4096:${b64(22)}==$${b64(43)}=:${b64(43)}=';`],
    negative: ["password_encryption = scram-sha-256", "SCRAM-SHA-256$4096:"]
  }),
  hashRule({
    id: "postgres-md5-hash",
    description: "PostgreSQL MD5 password hash (md5 + 32 hex) in a quoted value",
    keywords: ["'md5", '"md5'],
    pattern: /(?<secret>md5(?<=['"]md5)[a-f0-9]{32})(?=['"])/,
    severity: "high",
    positive: () => [`ALTER ROLE replicator WITH LOGIN PASSWORD 'md5${fakeToken(HEX, 32)}';`],
    negative: ["auth_method: 'md5'", `checksum: "md5-${fakeToken(HEX, 32)}"`]
  }),
  hashRule({
    id: "ldap-password-hash",
    description: "LDAP userPassword hash ({SSHA}, {SHA512}, {PBKDF2}\u2026)",
    keywords: ["{ssha", "{sha", "{smd5}", "{md5}", "{pbkdf2", "{argon2}"],
    pattern: /(?<secret>\{(?:SSHA(?:256|384|512)?|SHA(?:256|384|512)?|SMD5|MD5|PBKDF2(?:-SHA(?:1|256|512))?|ARGON2)\}[A-Za-z0-9+/.$=:,-]{20,200})/,
    severity: "high",
    positive: () => [
      `dn: uid=svc,ou=people,dc=corp
userPassword: {SSHA}${b64(32)}`,
      `userPassword: {SHA512}${b64(86)}==`
    ],
    negative: ["olcPasswordHash: {SSHA}", "userPassword: {CRYPT}x"]
  }),
  hashRule({
    id: "phpass-hash",
    description: "phpass portable password hash ($P$, $H$: WordPress, phpBB)",
    keywords: ["$p$", "$h$"],
    pattern: new RegExp(`(?<![\\w$])\\$(?<secret>[PH]\\$[./A-Za-z0-9]{31})${NOT_CRYPT}`),
    severity: "high",
    positive: () => [`INSERT INTO \`wp_users\` VALUES (1,'admin','$P$B${crypt(30)}','admin','ops@corp.internal');`],
    negative: ["$P$", `$P$${".".repeat(31)}`]
  }),
  hashRule({
    id: "drupal-password-hash",
    description: "Drupal 7+ password hash ($S$)",
    keywords: ["$s$"],
    pattern: new RegExp(`(?<![\\w$])\\$(?<secret>S\\$[./A-Za-z0-9]{52})${NOT_CRYPT}`),
    severity: "medium",
    positive: () => [`INSERT INTO users (uid, name, pass) VALUES (1, 'admin', '$S$D${crypt(51)}');`],
    negative: ["$S$", "costs $S$ per unit"]
  }),
  hashRule({
    id: "ntlm-pwdump-hash",
    description: "Windows LM/NT password hashes in pwdump or secretsdump format",
    keywords: [":::"],
    // user:RID:LM:NT::: , the user after a line start, space, quote or '='; read back from the ':::'
    pattern: /:::(?<=(?<![^\s"'`=>])[^:\s"'`]{1,64}:[0-9]{1,10}:(?:[A-Fa-f0-9]{32}|NO PASSWORD\*{21}):(?<secret>[A-Fa-f0-9]{32}):::)/,
    severity: "high",
    positive: () => [
      `Administrator:500:aad3b435b51404eeaad3b435b51404ee:${fakeToken(HEX, 32)}:::`,
      `CORP\\svc_backup:1104:${fakeToken(HEX, 32)}:${fakeToken(HEX, 32)}:::`
    ],
    negative: [`Guest:501:aad3b435b51404eeaad3b435b51404ee:${"0".repeat(32)}:::`, "a::b:::c"]
  }),
  hashRule({
    id: "cisco-type7-password",
    description: "Cisco type 7 password (a reversible encoding, not a hash)",
    keywords: ["password 7 ", "key 7 ", "key-string 7 "],
    pattern: /\b(?:password|key|key-string) 7 (?<secret>[01][0-9](?:[0-9A-F]{2}){3,40})\b/,
    severity: "critical",
    positive: () => [
      `username admin privilege 15 password 7 ${fakeToken(DIGITS, 2).replace(/^./, "0")}${fakeToken(HEX_UPPER, 28)}`
    ],
    negative: ["service password-encryption", "password 7 <encrypted>", "enable password 7 "]
  }),
  hashRule({
    id: "cisco-secret-hash",
    description: "Cisco type 8 (PBKDF2) or type 9 (scrypt) secret",
    keywords: ["$8$", "$9$"],
    pattern: new RegExp(`(?<![\\w$])\\$(?<secret>[89]\\$[./A-Za-z0-9]{14}\\$[./A-Za-z0-9]{43})${NOT_CRYPT}`),
    severity: "medium",
    positive: () => [`enable secret 9 $9$${crypt(14)}$${crypt(43)}`],
    negative: ["enable secret 9 ", "$9$ per month"]
  }),
  hashRule({
    id: "oracle-password-hash",
    description: "Oracle password verifier (IDENTIFIED BY VALUES)",
    keywords: ["identified by values"],
    pattern: /IDENTIFIED BY VALUES[ \t]{1,3}'(?<secret>(?:S:[A-F0-9]{60}|T:[A-F0-9]{160}|[A-F0-9]{16})(?:;(?:S:[A-F0-9]{60}|T:[A-F0-9]{160}|H:[A-F0-9]{32}|[A-F0-9]{16})){0,3})'/i,
    severity: "high",
    positive: () => [
      `ALTER USER app IDENTIFIED BY VALUES 'S:${fakeToken(HEX_UPPER, 60)};T:${fakeToken(HEX_UPPER, 160)}';`
    ],
    negative: ["ALTER USER app IDENTIFIED BY VALUES '';", "IDENTIFIED BY VALUES is deprecated"]
  }),
  hashRule({
    id: "mssql-password-hash",
    description: "SQL Server login password hash (0x0100\u2026 / 0x0200\u2026)",
    keywords: ["0x0100", "0x0200"],
    pattern: /PASSWORD[ \t]{0,3}=[ \t]{0,3}(?<secret>0x0[12]00[0-9A-Fa-f]{88,136})(?![0-9A-Fa-f])/i,
    severity: "high",
    positive: () => [
      `CREATE LOGIN [app] WITH PASSWORD = 0x0200${fakeToken(HEX_UPPER, 136)} HASHED, CHECK_POLICY = OFF;`
    ],
    negative: ["CREATE LOGIN [app] WITH PASSWORD = 0x0200 HASHED", "value = 0x0200"]
  }),
  hashRule({
    id: "kerberos-roast-hash",
    description: "Kerberos AS-REP or TGS ticket hash (AS-REP roasting, Kerberoasting), cracked offline",
    keywords: ["$krb5asrep$", "$krb5tgs$"],
    pattern: /\$(?<secret>krb5(?:asrep|tgs)\$(?:17|18|23)\$(?:[^\s]{0,300}?[$:])?[a-f0-9]{16,64}\$[a-f0-9]{64,8192})(?![a-f0-9])/i,
    severity: "high",
    positive: () => [
      `$krb5asrep$23$svc_sql@CORP.INTERNAL:${fakeToken(HEX, 32)}$${fakeToken(HEX, 240)}`,
      `$krb5tgs$23$*svc_web$CORP.INTERNAL$http/web.corp.internal*$${fakeToken(HEX, 32)}$${fakeToken(HEX, 300)}`,
      `$krb5asrep$23$${fakeToken(HEX, 32)}$${fakeToken(HEX, 200)}`
    ],
    negative: ["$krb5asrep$23$", "hashcat -m 18200 $krb5asrep$ hashes"]
  }),
  {
    id: "secret/shadow-des-crypt-hash",
    description: "Traditional DES-crypt hash in a passwd or shadow file",
    // every line of the file holds ':' between fields
    keywords: [":"],
    paths: /(?:^|\/)(?:shadow|gshadow|passwd|master\.passwd)(?:-|\.bak|\.old)?$/,
    pattern: /^[a-z_][a-z0-9_.-]{0,31}:(?<secret>[./A-Za-z0-9]{13}):/m,
    // 13 characters cannot carry much more than 3 bits each
    minEntropy: 2.5,
    severity: "high",
    confidence: 0.85,
    examples: {
      positive: () => [`root:x:0:0:root:/root:/bin/bash
legacy:${crypt(13)}:1001:1001::/home/legacy:/bin/sh`],
      negative: () => ["root:x:0:0:root:/root:/bin/bash", "daemon:*:19700:0:99999:7:::", "nobody:!!:19700::::::"]
    }
  }
];
var password_hashes_default = passwordHashRules;
var PASSWORD_HASH_RULES = new Set(passwordHashRules.map((rule) => rule.id));

// dist/src/analyzers/secrets/value-shape.js
function countCharacterClasses(value) {
  return [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9_.-]/].filter((pattern) => pattern.test(value)).length;
}
function isWordPiece(piece) {
  if (!/^[A-Z]?[a-z]+$|^[A-Z]+$/.test(piece))
    return false;
  return piece.length <= 3 || /[aeiouy]/i.test(piece) && !/[^aeiouy]{5}/i.test(piece);
}
function looksLikeWords(value) {
  if (/^[A-Z0-9]{1,10}(?:_[A-Z0-9]{1,10})+$/.test(value))
    return true;
  if ((value.match(/[0-9]+/g)?.length ?? 0) > 2)
    return false;
  const pieces = value.split(/[^A-Za-z]+|(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/).filter((piece) => piece.length > 0);
  const letters = pieces.reduce((sum, piece) => sum + piece.length, 0);
  const inTinyPieces = pieces.filter((piece) => piece.length <= 2).reduce((sum, piece) => sum + piece.length, 0);
  const mixedCase = /[a-z]/.test(value) && /[A-Z]/.test(value);
  return (!mixedCase || inTinyPieces <= letters * 0.2) && pieces.every((piece) => piece.length <= 2 || isWordPiece(piece));
}
function looksLikeToken(value, minEntropy) {
  const mixed = /[0-9]/.test(value) || value.length >= 16 && /[a-z]/.test(value) && /[A-Z]/.test(value);
  return mixed && /[A-Za-z]/.test(value) && shannonEntropy(value) >= minEntropy && !looksLikeWords(value);
}
function looksLikePassword(value) {
  return value.length >= 8 && value.length <= 128 && /[0-9]/.test(value) && /[A-Za-z]/.test(value) && countCharacterClasses(value) >= 3 && !/passw|secret|token/i.test(value);
}

// dist/src/analyzers/secrets/suppressions.js
var DOCUMENTED_KEYS = [
  "AKIAIOSFODNN7EXAMPLE",
  "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
  "sk_test_4eC39HqLyjWDarjtT1zdp7dc",
  // OAuth RFC 6749 and RFC 5849 examples, copied into countless library docs and tests.
  "2YotnFZFEjr1zCsicMWpAA",
  "tGzv3JOkF0XG5Qx2TlKWIA",
  "czZCaGRSa3F0MzpnWDFmQmF0M2JW",
  "s6BhdRkqt3:gX1fBat3bV",
  "ad180jjd733klru7",
  "kd94hf93k423kf44",
  "nnch734d00sl2jdk",
  "pfkkdhi9sl3r4s00",
  "hh5s93j4hdidpola"
];
var CODE_LANGUAGES = /* @__PURE__ */ new Set([
  "js",
  "ts",
  "py",
  "go",
  "java",
  "kotlin",
  "scala",
  "c",
  "cpp",
  "csharp",
  "ruby",
  "php",
  "rust",
  "swift",
  "dart",
  "lua",
  "perl",
  "vue",
  "svelte"
]);
var at = (path, text) => ({ path, text });
function assignedName(before) {
  return /([\w.-]*)["'`]?\]?[ \t]*(?:=>|:=|[:=>])?[ \t]*["'`]?$/.exec(before)?.[1] ?? "";
}
var DESCRIPTIVE_SUFFIX = /(?:id|ids|name|type|spec|url|uri|endpoint|path|file|header|field|label|length|len|size|count|policy|arn|prefix|suffix|format|pattern|regex|hint|ttl|timeout|version|mode)$/i;
var HARMLESS_TOKEN = /(?:next|page|continuation|pagination|cursor|sync|cancellation|idempotency|client|csrf|xsrf)[_.-]?token$/i;
var suppressions = [
  {
    id: "template-placeholder",
    scope: "any",
    reason: "templating fills the value at deploy time",
    matches: ({ secret }) => /\$\{|\{\{|\}\}|%\(|<%|#\{|\$\(|^\$[A-Za-z_]|^<[^>]*>$|^%[A-Za-z_]+%$/.test(secret),
    examples: () => [at("config.yml", 'api_token: "${SVC_K8S_TKN_9F2X}"'), at(".env", "DB_PASSWORD=$Xy7_Kq2#")]
  },
  {
    id: "masked-value",
    scope: "any",
    reason: "runs of x, * or #, and ellipses, mask or cut a value in docs and logs",
    matches: ({ secret }) => /([xX*#•])\1{3}|\.\.\.|…/.test(secret),
    examples: () => [
      at("config.yml", 'password: "Pa55****"'),
      at("app.py", 'token = "XXXX-9f8e7d6c5b4a"'),
      at("api.json", `"purchase_token": "${fakeToken(ALNUM, 26)}..."`)
    ]
  },
  {
    id: "documented-example",
    scope: "any",
    reason: "keys published in provider documentation",
    matches: ({ secret }) => /EXAMPLE/.test(secret) || DOCUMENTED_KEYS.some((key) => secret.includes(key)),
    examples: () => DOCUMENTED_KEYS.map((key, index) => at(".env", `EXAMPLE_SECRET_${index}=${key}`))
  },
  {
    id: "marked-fake",
    scope: "any",
    reason: "values that say they are fake, samples or placeholders",
    matches: ({ secret }) => /fake|dummy|example|sample|placeholder|redacted|change[_-]?me|replace[_-]?me|your[_-]?[a-z_-]{0,20}(?:key|token|secret|password)|not[_-]?a[_-]?real/i.test(secret),
    examples: () => [
      at("app.py", `api_key = "fake_${fakeToken(ALNUM, 20)}"`),
      at("config.yml", 'password: "Dummy-Pass1"'),
      at("config.yml", "api_key: your_api_key_here_1")
    ]
  },
  {
    id: "test-value",
    scope: "generic",
    reason: "values named as test data under a guessed name",
    matches: ({ secret }) => /test/i.test(secret),
    examples: () => [
      at("config.yml", 'password: "Test1234!"'),
      at("app.ts", `const token = "test_${fakeToken(ALNUM, 16)}";`)
    ]
  },
  {
    id: "regex-definition",
    scope: "any",
    reason: "a scanner's own patterns are regexes, not secrets",
    matches: ({ secret }) => /\\[bdwsBDWS]|\[[A-Za-z0-9]-[A-Za-z0-9]|\{\d+(?:,\d*)?\}|\(\?[:=!<]|\[\^|\.\*|\.\+/.test(secret),
    examples: () => [
      at("rules.py", 'token_rule = "ghp_[A-Za-z0-9]{36}"'),
      at("rules.ts", "const apiKeyRegex = '\\\\bsk_live_\\\\w{24}';")
    ]
  },
  {
    id: "lockfile-integrity",
    scope: "any",
    reason: "subresource integrity hashes in lockfiles and HTML",
    matches: ({ secret, lineText }) => /^sha(?:1|256|384|512)-[A-Za-z0-9+/]+={0,2}$/.test(secret) || /^h1:/.test(secret) || /integrity/i.test(lineText),
    examples: () => [
      at("yarn.lock", `  secret-integrity sha512-${fakeToken(BASE64, 86)}==`),
      at("package-lock.json", `"token-integrity": "sha1-${fakeToken(BASE64, 27)}="`)
    ]
  },
  {
    id: "git-sha",
    scope: "any",
    reason: "commit ids in commit, sha, rev or hash contexts",
    // a password hash read from its own format (pwdump's user:RID:LM:NT:::) is no commit id, "hash" nearby or not
    matches: ({ rule, secret, lineText }) => !PASSWORD_HASH_RULES.has(rule.id) && /^[0-9a-f]{7,64}$/.test(secret) && /(?<![a-z])(?:commit|sha\d{0,3}|rev(?:ision)?|hash|digest|checksum|etag)(?![a-z])/i.test(lineText),
    examples: () => [at("deploy.yml", `secret_rotation_commit: "${fakeToken(HEX, 40)}"`)]
  },
  {
    id: "uuid",
    scope: "generic",
    reason: "UUIDs are identifiers; providers whose keys are UUIDs have their own rules",
    matches: ({ secret }) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(secret),
    examples: () => [
      at("config.json", `"client_secret": "${[8, 4, 4, 4, 12].map((length) => fakeToken(HEX, length)).join("-")}"`)
    ]
  },
  {
    id: "data-uri-or-image",
    scope: "any",
    reason: "inline images and data URIs are long base64, not keys",
    matches: ({ secret, lineText }) => /data:[\w.+-]+\/[\w.+-]+;base64,/.test(lineText) || /^(?:iVBORw0KGgo|\/9j\/|R0lGOD|PHN2Zy|UklGR|AAABAA)/.test(secret),
    examples: () => [at("icons.ts", `const tokenIcon = "iVBORw0KGgo${fakeToken(BASE64, 60)}";`)]
  },
  {
    id: "hex-colour",
    scope: "any",
    reason: 'colour tables are hex, often under theme "token" names',
    matches: ({ secret, lineText }) => /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(secret) || (lineText.match(/#[0-9a-f]{6}\b/gi)?.length ?? 0) >= 3,
    examples: () => [at("theme.yml", 'password_colour: "#A1B2C3FF"')]
  },
  {
    id: "path-or-url",
    scope: "generic",
    reason: "file paths and URLs without credentials name where a secret lives",
    matches: ({ secret }) => /^(?:\/|\.\.?\/|~\/|[A-Za-z]:\\)/.test(secret) || /^[a-z][a-z0-9+.-]*:\/\/[^@\s]*$/i.test(secret),
    examples: () => [
      at("config.yml", "token_source: https://login.microsoftonline.com/common/oauth2/v2.0/token"),
      at("config.yml", "secret_from: /run/secrets/db_password_v2/Current")
    ]
  },
  {
    id: "timestamp-or-version",
    scope: "generic",
    reason: "dates and versions mix digits, letters and symbols",
    matches: ({ secret }) => /^\d{4}-\d{2}-\d{2}/.test(secret) || /^v?\d+\.\d+\.\d+/.test(secret),
    examples: () => [at("state.yml", "password_changed_at: 2024-01-31T10:00:00Z")]
  },
  {
    id: "descriptive-name",
    scope: "generic",
    reason: "names of ids, types, URLs, lengths, cursors and CSRF tokens hold no credential",
    matches: ({ before }) => DESCRIPTIVE_SUFFIX.test(assignedName(before)) || HARMLESS_TOKEN.test(assignedName(before)),
    examples: () => [
      at("api.json", `"NextContinuationToken": "${fakeToken(ALNUM, 40)}"`),
      at("kms.json", '"CustomerMasterKeySpec": "ECC_NIST_P521x9"'),
      at("app.py", `secret_arn_id = "${fakeToken(ALNUM, 24)}"`),
      at("form.html", `<input name="csrf" csrf_token="${fakeToken(ALNUM, 32)}">`)
    ]
  },
  {
    id: "cloud-resource-id",
    scope: "generic",
    reason: "ARNs and region-scoped resource ids name a secret, they are not one",
    matches: ({ secret }) => /^arn:/.test(secret) || /^(?:us|eu|ap|sa|ca|me|af|il|cn|us-gov)-[a-z]+-\d:/.test(secret),
    examples: () => [at("lambda.json", "secret_ref: arn:aws:secretsmanager:us-east-1:123456789012:secret:db-Ab3xQ9")]
  },
  {
    id: "path-expression",
    scope: "generic",
    reason: "JMESPath, JSONPath and config keys (Jobs[-1].JobId, auth.api.token) point at a value",
    matches: ({ secret }) => /^[A-Za-z_$][\w$]*(?:\[[^\]]{0,20}\])+(?:\.[A-Za-z_$][\w$]*|\[[^\]]{0,20}\])*$/.test(secret) || /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(secret) && secret.split(".").every(looksLikeWords),
    examples: () => [
      at("paginators.json", '"output_token": "Jobs[-1].JobId9"'),
      at("settings.json", '"api_key": "services.Payments2.apiKey7"')
    ]
  },
  {
    id: "code-reference",
    scope: "generic",
    reason: "a bare value in code is a variable, not a literal",
    matches: ({ secret, quote, language }) => quote === "" && (CODE_LANGUAGES.has(language) || /^(?:process\.env|os\.environ|ENV|System\.getenv|this|self|config|settings|params|props|options|args|env)\b|^[@$]/.test(secret) || /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(secret)),
    examples: () => [
      at("app.py", "password = dbUser_Pw1x"),
      at("config.yml", "token: this.k8s7Qz2Lw9Xp4Rt"),
      at("values.yml", "api_key: process.env.K8S_API_KEY_202")
    ]
  }
];
function findSuppression(candidate, generic, list = suppressions) {
  return list.find((suppression) => (generic || suppression.scope === "any") && suppression.matches(candidate));
}

// dist/src/analyzers/secrets/span-index.js
function firstStartAtOrAfter(index, offset) {
  let low = 0;
  let high = index.starts.length;
  while (low < high) {
    const mid = low + high >> 1;
    if (index.starts[mid] < offset)
      low = mid + 1;
    else
      high = mid;
  }
  return low;
}
function addSpan(index, start, end, key) {
  const at2 = firstStartAtOrAfter(index, start);
  index.starts.splice(at2, 0, start);
  index.ends.splice(at2, 0, end);
  index.exact.add(key);
}
function overlapsSpan(index, start, end) {
  const at2 = firstStartAtOrAfter(index, end);
  for (let i = at2 - 1; i >= 0 && i >= at2 - 8; i--)
    if (index.ends[i] > start)
      return true;
  return false;
}

// dist/src/analyzers/secrets/scan-secrets.js
function isKept(candidate, options, list) {
  const { rule, secret } = candidate;
  if (secret.length === 0)
    return false;
  if (rule.minEntropy !== void 0 && shannonEntropy(secret) < rule.minEntropy)
    return false;
  if (rule.validate && !rule.validate(secret))
    return false;
  const generic = isContextualRule(rule);
  if (generic && !rule.acceptsCandidate(candidate))
    return false;
  if (options.allowValues?.includes(secret))
    return false;
  return findSuppression(candidate, generic, list) === void 0;
}
function toMatch(candidate, text, lines) {
  const starts = lines.starts ??= lineStarts(text);
  const secretLine = lineAt(starts, candidate.start);
  return {
    ruleId: candidate.rule.id,
    rule: candidate.rule,
    secret: candidate.secret,
    start: candidate.start,
    end: candidate.end,
    line: lineAt(starts, candidate.matchStart),
    endLine: lineAt(starts, Math.max(candidate.matchStart, candidate.matchEnd - 1)),
    column: candidate.start - (starts[secretLine - 1] ?? 0) + 1,
    lineText: candidate.lineText
  };
}
var prepared = /* @__PURE__ */ new WeakMap();
var noAnchors = /* @__PURE__ */ new Set();
var isFileRule = (rule) => rule.paths !== void 0 && !isContextualRule(rule);
function indexKeywords(ordered, indexes) {
  const rulesByKeyword = /* @__PURE__ */ new Map();
  for (const index of indexes)
    for (const keyword of new Set(ordered[index].keywords))
      rulesByKeyword.set(keyword, [...rulesByKeyword.get(keyword) ?? [], index]);
  return rulesByKeyword;
}
function joinPaths(paths) {
  return new RegExp([...new Set(paths.map((path) => path.source))].map((source) => `(?:${source})`).join("|"), "i");
}
function prepareRules(rules) {
  let entry = prepared.get(rules);
  if (!entry) {
    const ordered = [...rules.filter((rule) => !isContextualRule(rule)), ...rules.filter(isContextualRule)];
    const everywhere = ordered.flatMap((rule, index) => isFileRule(rule) ? [] : [index]);
    const inNamedFiles = ordered.flatMap((rule, index) => isFileRule(rule) ? [index] : []);
    entry = {
      ordered,
      automaton: compileKeywords(everywhere.flatMap((index) => ordered[index].keywords)),
      anchorKeywords: new Set(ordered.filter(isContextualRule).flatMap((rule) => rule.keywords)),
      rulesByKeyword: indexKeywords(ordered, everywhere),
      fileRules: {
        indexes: inNamedFiles,
        anyPath: joinPaths(inNamedFiles.map((index) => ordered[index].paths)),
        automaton: compileKeywords(inNamedFiles.flatMap((index) => ordered[index].keywords)),
        rulesByKeyword: indexKeywords(ordered, inNamedFiles)
      }
    };
    prepared.set(rules, entry);
  }
  return entry;
}
function triggeredRules(text, path, rules, present) {
  const triggered = /* @__PURE__ */ new Set();
  for (const keyword of present)
    for (const index of rules.rulesByKeyword.get(keyword) ?? [])
      triggered.add(index);
  const { fileRules } = rules;
  if (fileRules.anyPath.test(path) && fileRules.indexes.some((index) => rules.ordered[index].paths?.test(path))) {
    for (const keyword of scanKeywords(text, fileRules.automaton, noAnchors).present)
      for (const index of fileRules.rulesByKeyword.get(keyword) ?? [])
        triggered.add(index);
  }
  return [...triggered].sort((a, b) => a - b);
}
function scanSecrets(text, path, rules, options = {}) {
  const list = options.suppressions ?? suppressions;
  const prepared2 = prepareRules(rules);
  const { ordered, automaton, anchorKeywords } = prepared2;
  const hits = scanKeywords(text, automaton, anchorKeywords);
  const triggered = triggeredRules(text, path, prepared2, hits.present);
  if (triggered.length === 0)
    return [];
  const scan = { text, keywordOffsets: hits.offsets, path, language: languageOf(path) };
  const spans = { starts: [], ends: [], exact: /* @__PURE__ */ new Set() };
  const lines = {};
  const matches = [];
  for (const index of triggered) {
    const rule = ordered[index];
    if (rule.paths && !rule.paths.test(path))
      continue;
    const generic = isContextualRule(rule);
    findCandidates(rule, scan, (candidate) => {
      if (!isKept(candidate, options, list))
        return false;
      const key = `${candidate.start}:${candidate.end}`;
      if (spans.exact.has(key) || generic && overlapsSpan(spans, candidate.start, candidate.end))
        return true;
      addSpan(spans, candidate.start, candidate.end, key);
      matches.push(toMatch(candidate, text, lines));
      return true;
    });
  }
  return matches.sort((a, b) => a.start - b.start || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}

// dist/src/analyzers/secrets/config-rules.js
var ID_FORM = /^secret\/[a-z0-9]+(?:-[a-z0-9]+)*$/;
var EXAMPLE_PATH = "example.txt";
function compilePattern(rule) {
  const flags = rule.flags ?? "";
  if (!/^[imsu]*$/.test(flags))
    return `flags '${flags}' may only use i, m, s and u (the scanner adds its own)`;
  const nested = findNestedQuantifier(rule.pattern);
  if (nested)
    return `pattern has a nested repeat '${nested}' that can hang on long lines; bound it, e.g. (?:x{1,40}){1,4}`;
  try {
    return new RegExp(rule.pattern, flags);
  } catch (error) {
    return `pattern does not compile: ${error.message}`;
  }
}
function checkShape(rule) {
  if (!ID_FORM.test(rule.id))
    return "id must look like 'secret/my-token' (lower-case kebab after 'secret/')";
  if (!rule.description?.trim())
    return "description is empty";
  if (!Array.isArray(rule.keywords) || rule.keywords.length === 0)
    return "keywords must list at least one substring for the prefilter";
  const bad = rule.keywords.find((keyword) => keyword.length === 0 || keyword !== keyword.toLowerCase());
  if (bad !== void 0)
    return `keyword '${bad}' must be non-empty and lower-case`;
  const foreign = rule.keywords.find((keyword) => !/^[\x20-\x7e]+$/.test(keyword));
  if (foreign !== void 0)
    return `keyword '${foreign}' must be printable ASCII`;
  if (rule.minEntropy !== void 0 && !(rule.minEntropy >= 0 && rule.minEntropy <= 8))
    return "minEntropy must be between 0 and 8 bits per character";
  if (!rule.examples?.positive?.length || !rule.examples?.negative?.length)
    return "examples need at least one positive and one negative";
  return void 0;
}
function countGroups(pattern) {
  return new RegExp(`${pattern.source}|`, pattern.flags).exec("").length - 1;
}
function checkExamples(rule, positives) {
  for (const positive of positives) {
    if (!rule.keywords.some((keyword) => positive.toLowerCase().includes(keyword)))
      return `positive example #${positives.indexOf(positive) + 1} holds none of the keywords`;
    if (scanSecrets(positive, EXAMPLE_PATH, [rule]).length === 0)
      return `positive example #${positives.indexOf(positive) + 1} is not found by the pattern`;
  }
  const found = rule.examples.negative().findIndex((negative) => scanSecrets(negative, EXAMPLE_PATH, [rule]).length > 0);
  return found === -1 ? void 0 : `negative example #${found + 1} is found by the pattern`;
}
function compileConfigRule(rule) {
  const fail = (message) => ({ ok: false, error: `secret rule '${rule.id}': ${message}` });
  const shapeError = checkShape(rule);
  if (shapeError)
    return fail(shapeError);
  const pattern = compilePattern(rule);
  if (typeof pattern === "string")
    return fail(pattern);
  if (rule.secretGroup !== void 0 && !(Number.isInteger(rule.secretGroup) && rule.secretGroup >= 0 && rule.secretGroup <= countGroups(pattern))) {
    return fail(`secretGroup ${rule.secretGroup} is not a capture group of the pattern`);
  }
  const positives = [...rule.examples.positive];
  const compiled = {
    id: rule.id,
    description: rule.description,
    keywords: [...rule.keywords],
    pattern,
    ...rule.secretGroup !== void 0 && { secretGroup: rule.secretGroup },
    ...rule.minEntropy !== void 0 && { minEntropy: rule.minEntropy },
    ...rule.severity !== void 0 && { severity: rule.severity },
    examples: { positive: () => positives, negative: () => [...rule.examples.negative] }
  };
  const exampleError = checkExamples(compiled, positives);
  return exampleError ? fail(exampleError) : { ok: true, value: compiled };
}
var checkRuleOptions = (options) => {
  const rules = options["rules"] ?? [];
  for (const [index, rule] of rules.entries()) {
    if (rule === null || typeof rule !== "object" || Array.isArray(rule))
      return {
        option: `rules[${index}]`,
        problem: "must be an object",
        fix: "see .valuerc.example.json for the shape of a rule"
      };
    const compiled = compileConfigRule(rule);
    if (!compiled.ok)
      return {
        option: `rules[${index}]`,
        problem: `(${String(rule.id)}): ${compiled.error}`,
        fix: "correct the rule; each needs an id secret/<kebab>, keywords, a pattern, and positive and negative examples that it gets right"
      };
  }
  return void 0;
};

export {
  isContextualRule,
  ALNUM,
  UPPER_ALNUM,
  LOWER_ALNUM,
  HEX,
  BASE64,
  BASE64URL,
  fakeToken,
  BASE32_UPPER,
  BASE32_LOWER,
  DIGITS,
  HEX_UPPER,
  LOWER,
  LETTERS,
  fakeUuid,
  ZERO_UUID,
  fakeOf,
  SLOW_SALTED_HASH_RULES,
  password_hashes_default,
  looksLikeWords,
  looksLikeToken,
  looksLikePassword,
  scanSecrets,
  compileConfigRule,
  checkRuleOptions
};
