import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  hashParts
} from "./chunk-ONKLCXXC.js";

// dist/src/findings/redact.js
function redactSecret(value) {
  const visible = value.length >= 16 ? 4 : value.length >= 8 ? 2 : 0;
  return `${value.slice(0, visible)}\u2026(${value.length} chars)`;
}
function redactIn(text, secret) {
  if (!secret)
    return text;
  return text.split(secret).join(redactSecret(secret));
}

// dist/src/findings/create-finding.js
function normaliseContent(content) {
  return content.replace(/\s+/g, " ").trim();
}
function createFinding(meta, draft) {
  const identity = draft.secret ?? normaliseContent(draft.content);
  const finding = {
    ruleId: draft.ruleId,
    category: meta.category,
    severity: draft.severity ?? meta.defaultSeverity,
    path: draft.path,
    line: draft.line,
    title: draft.secret ? redactIn(draft.title, draft.secret) : draft.title,
    fingerprint: hashParts([draft.ruleId, identity]),
    confidence: draft.confidence ?? 0.8,
    effortHours: draft.effortHours ?? 1
  };
  if (draft.endLine !== void 0 && draft.endLine !== draft.line)
    finding.endLine = draft.endLine;
  if (draft.column !== void 0)
    finding.column = draft.column;
  if (draft.secret)
    finding.evidence = redactSecret(draft.secret);
  if (draft.facts)
    finding.facts = draft.facts;
  if (draft.inlineAllowed)
    finding.inlineAllowed = true;
  return finding;
}
function disambiguateFingerprints(findings) {
  const seen = /* @__PURE__ */ new Map();
  const ordered = [...findings].sort((a, b) => compareText(a.path, b.path) || a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
  return ordered.map((finding) => {
    const key = `${finding.path}\0${finding.fingerprint}`;
    const count = seen.get(key) ?? 0;
    seen.set(key, count + 1);
    return count === 0 ? finding : { ...finding, fingerprint: hashParts([finding.fingerprint, String(count)]) };
  });
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

export {
  redactIn,
  createFinding,
  disambiguateFingerprints,
  compareText
};
