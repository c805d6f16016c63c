import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  scoreEntry
} from "./chunk-QDHQR4L2.js";
import "./chunk-XLIRTYAW.js";
import "./chunk-27A3QD7K.js";
import "./chunk-GLXZBTI5.js";
import "./chunk-5AXYERU7.js";
import "./chunk-UUPKITBT.js";
import "./chunk-3FEP5BVN.js";
import "./chunk-4K3HMJS3.js";

// dist/src/scoring/gate.js
var GATE_DAY = "1970-01-01";
function scoreFindingAtGate(finding, config, level = "developing") {
  return scoreEntry({
    id: `gate-${finding.fingerprint}`,
    ruleId: finding.ruleId,
    category: finding.category,
    severity: finding.severity,
    path: finding.path,
    line: finding.line,
    title: finding.title,
    fingerprint: finding.fingerprint,
    status: "open",
    firstSeen: GATE_DAY,
    confidence: finding.confidence,
    effortHours: finding.effortHours,
    ...finding.endLine === void 0 ? {} : { endLine: finding.endLine },
    ...finding.evidence === void 0 ? {} : { evidence: finding.evidence },
    ...finding.facts === void 0 ? {} : { facts: finding.facts }
  }, {
    today: GATE_DAY,
    maturity: { level, percent: 0 },
    config: config.scoring,
    churn: /* @__PURE__ */ new Map(),
    maxChurn: 0,
    gate: true
  });
}
export {
  scoreFindingAtGate
};
