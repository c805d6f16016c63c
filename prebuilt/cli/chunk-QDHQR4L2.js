import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  compareVersions,
  judgeRuntime
} from "./chunk-XLIRTYAW.js";
import {
  compileGlobs,
  findMatchingGlob
} from "./chunk-27A3QD7K.js";
import {
  parseCondition
} from "./chunk-GLXZBTI5.js";
import {
  equivalentCodes,
  spellingsOf
} from "./chunk-5AXYERU7.js";
import {
  classifyPath
} from "./chunk-UUPKITBT.js";
import {
  languageOf
} from "./chunk-3FEP5BVN.js";

// dist/src/scoring/age.js
var DAY_MS = 864e5;
var ISO_DATE = /^\d{4}-\d{2}-\d{2}/;
function daysBetween(since, today) {
  if (!ISO_DATE.test(since) || !ISO_DATE.test(today))
    return void 0;
  const start = Date.parse(since.slice(0, 10));
  const end = Date.parse(today.slice(0, 10));
  if (Number.isNaN(start) || Number.isNaN(end))
    return void 0;
  return Math.max(0, Math.round((end - start) / DAY_MS));
}

// dist/src/scoring/types.js
var LazyTerm = class {
  score;
  name;
  value;
  #source;
  constructor(score, name, value, source) {
    this.score = score;
    this.name = name;
    this.value = value;
    this.#source = source;
  }
  get source() {
    if (typeof this.#source !== "string")
      this.#source = this.#source();
    return this.#source;
  }
  toJSON() {
    return { score: this.score, name: this.name, value: this.value, source: this.source };
  }
};
var NO_TERMS = Object.freeze([]);
function addTerm(terms, score, name, value, source) {
  if (terms !== NO_TERMS)
    terms.push(new LazyTerm(score, name, roundTo(value, 3), source));
  return value;
}
function roundTo(value, digits) {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
function clamp(value, low, high) {
  return Math.min(high, Math.max(low, value));
}

// dist/src/scoring/effort.js
var COMPLEXITY_BASELINE = 10;
var COMPLEXITY_DOUBLING = 20;
var JOB_SIZE_POINTS = [
  [0.5, 1],
  [1, 2],
  [2, 3],
  [4, 5],
  [8, 8],
  [16, 13],
  [32, 21]
];
var LARGE_JOB_SLOPE = 0.5;
function sizeJob(hours) {
  let [lastHours, lastSize] = JOB_SIZE_POINTS[0];
  if (!(hours > lastHours))
    return lastSize;
  for (const [pointHours, pointSize] of JOB_SIZE_POINTS.slice(1)) {
    if (hours <= pointHours)
      return lastSize + (hours - lastHours) * (pointSize - lastSize) / (pointHours - lastHours);
    [lastHours, lastSize] = [pointHours, pointSize];
  }
  return lastSize + (hours - lastHours) * LARGE_JOB_SLOPE;
}
function rateEase(hours) {
  return clamp(11 - sizeJob(hours), 1, 10);
}
function estimateRawEffort(entry, fileComplexity, terms = []) {
  const base = addTerm(terms, "effort", "rule base effort (h)", entry.effortHours > 0 ? entry.effortHours : 1, () => entry.effortHours > 0 ? "the rule's estimate, stored in the ledger" : "rule gave no estimate: 1 h");
  const applies = fileComplexity !== void 0 && entry.category !== "quality";
  const scale = addTerm(terms, "effort", "evidence scaling", applies ? 1 + clamp((fileComplexity - COMPLEXITY_BASELINE) / COMPLEXITY_DOUBLING, 0, 1) : 1, () => applies ? `file complexity ${fileComplexity}: 1 + (${fileComplexity} \u2212 ${COMPLEXITY_BASELINE}) / ${COMPLEXITY_DOUBLING}, between 1 and 2` : entry.category === "quality" ? "quality finding: its rule already sized the work" : "no complexity measured for the file: 1");
  return base * scale;
}
function estimateEffort(entry, fileComplexity, calibration, terms) {
  const raw = estimateRawEffort(entry, fileComplexity, terms);
  const base = entry.effortHours > 0 ? entry.effortHours : 1;
  const unit = entry.unitHours !== void 0 && entry.unitHours > 0 ? Math.min(entry.unitHours, base) : base;
  const occurrences = entry.occurrences?.length ?? 1;
  const magnitude = addTerm(terms, "effort", "magnitude", base / unit, () => base === unit ? "one occurrence at the smallest size of its rule: 1" : `item base ${roundTo(base, 2)} h / ${roundTo(unit, 2)} h for the smallest occurrence of its rule${occurrences > 1 ? ` (${occurrences} occurrences)` : ""}`);
  const calibrated = calibration?.factors[entry.category];
  const factor = addTerm(terms, "effort", "calibration factor", calibrated ?? 1, () => calibrated === void 0 ? `fewer than ${calibration?.minSamples ?? 3} recorded outcomes for '${entry.category}': 1` : `median actual/predicted hours of recorded '${entry.category}' outcomes`);
  const hours = addTerm(terms, "effort", "estimated effort (h)", raw * factor, "base \xD7 evidence scaling \xD7 calibration factor");
  return { hours, unitHours: hours * unit / base, magnitude };
}

// dist/src/scoring/path-kind.js
function findCriticalPath(path, criticalPaths) {
  return findMatchingGlob(path, criticalPaths);
}

// dist/src/scoring/wsjf.js
var SECURITY_CATEGORIES = ["secret", "vuln"];
var SEVERITY_VALUE = { critical: 10, high: 8, medium: 6, low: 3, info: 1 };
var CATEGORY_RISK_REDUCTION = {
  secret: 10,
  vuln: 8,
  perf: 5,
  quality: 4,
  debt: 3,
  modern: 3
};
var CRITICAL_PATH_BONUS = 2;
var HOTSPOT_RISK_WEIGHT = 2.5;
var SECURITY_WINDOW_DAYS = 90;
var SECURITY_TIME_FLOOR = 5;
var DEBT_WINDOW_DAYS = 365;
var DEBT_TIME_CEILING = 5;
var OVERDUE_TIME_FLOOR = 5;
var OVERDUE_WINDOW_DAYS = 365;
function isSecurity(category) {
  return SECURITY_CATEGORIES.includes(category);
}
function rateBusinessValue(input, terms) {
  const { entry } = input;
  const severity = SEVERITY_VALUE[entry.severity];
  let value = severity * (0.5 + 0.5 * entry.confidence);
  let source = `severity ${entry.severity} (${severity}) \xD7 (0.5 + 0.5 \xD7 confidence ${entry.confidence})`;
  const critical = findCriticalPath(entry.path, input.criticalPaths);
  if (critical !== void 0) {
    value += CRITICAL_PATH_BONUS;
    source += ` + ${CRITICAL_PATH_BONUS} (critical path '${critical}')`;
  }
  return addTerm(terms, "wsjf", "user-business value", clamp(value, 1, 10), () => `${source}, within 1\u201310`);
}
function rateTimeCriticality(input, terms) {
  const { ageDays } = input;
  if (isSecurity(input.entry.category)) {
    const value2 = SECURITY_TIME_FLOOR + (10 - SECURITY_TIME_FLOOR) * Math.min(1, ageDays / SECURITY_WINDOW_DAYS);
    return addTerm(terms, "wsjf", "time criticality", value2, () => `security vulnerability window: ${SECURITY_TIME_FLOOR} + ${10 - SECURITY_TIME_FLOOR} \xD7 min(1, ${ageDays} days in the repository / ${SECURITY_WINDOW_DAYS})`);
  }
  if (input.overdueDays !== void 0) {
    const overdue = input.overdueDays;
    const value2 = OVERDUE_TIME_FLOOR + (10 - OVERDUE_TIME_FLOOR) * Math.min(1, overdue / OVERDUE_WINDOW_DAYS);
    return addTerm(terms, "wsjf", "time criticality", value2, () => `past its end of life: ${OVERDUE_TIME_FLOOR} + ${10 - OVERDUE_TIME_FLOOR} \xD7 min(1, ${overdue} days overdue / ${OVERDUE_WINDOW_DAYS})`);
  }
  const value = 1 + (DEBT_TIME_CEILING - 1) * Math.min(1, ageDays / DEBT_WINDOW_DAYS);
  return addTerm(terms, "wsjf", "time criticality", value, () => `age: 1 + ${DEBT_TIME_CEILING - 1} \xD7 min(1, ${ageDays} days since first seen / ${DEBT_WINDOW_DAYS})`);
}
function rateRiskReduction(input, terms) {
  const base = CATEGORY_RISK_REDUCTION[input.entry.category];
  return addTerm(terms, "wsjf", "risk reduction / opportunity enablement", clamp(base + HOTSPOT_RISK_WEIGHT * input.hotspot, 1, 10), () => `category '${input.entry.category}' (${base}) + ${HOTSPOT_RISK_WEIGHT} \xD7 hotspot ${input.hotspot.toFixed(2)}, at most 10`);
}
function scoreWsjf(input, terms) {
  const businessValue = rateBusinessValue(input, terms);
  const timeCriticality = rateTimeCriticality(input, terms);
  const riskReduction = rateRiskReduction(input, terms);
  const magnitude = input.magnitude ?? 1;
  const costOfDelay = addTerm(terms, "wsjf", "cost of delay", (businessValue + timeCriticality + riskReduction) * magnitude, () => magnitude === 1 ? "value + time criticality + risk reduction" : `(value + time criticality + risk reduction) \xD7 magnitude ${roundTo(magnitude, 2)}`);
  const jobSize = addTerm(terms, "wsjf", "job size", sizeJob(input.effortHours), () => `${input.effortHours.toFixed(2)} h on Fibonacci sizes joined by lines (0.5 h: 1, 1: 2, 2: 3, 4: 5, 8: 8, 16: 13, 32: 21)`);
  const wsjf = addTerm(terms, "wsjf", "WSJF", costOfDelay / jobSize, "cost of delay / job size");
  return { businessValue, timeCriticality, riskReduction, costOfDelay, jobSize, wsjf };
}

// dist/src/scoring/composite.js
var WSJF_HALF = 2;
var DEBT_HALF_HOURS = 1;
var PRACTICAL_TOP = 0.8;
var SOFT_KNEE = 80;
var SEVERITY_WEIGHT = { critical: 1, high: 0.95, medium: 0.85, low: 0.7, info: 0.2 };
function bendTowardsTop(value) {
  if (value <= SOFT_KNEE)
    return value;
  const room = 100 - SOFT_KNEE;
  return SOFT_KNEE + room * (1 - Math.exp(-(value - SOFT_KNEE) / room));
}
function normaliseWsjf(wsjf) {
  return wsjf / (wsjf + WSJF_HALF);
}
function normaliseIce(ice) {
  return Math.cbrt(ice) / 10;
}
function normaliseTechnicalDebt(hours) {
  return hours / (hours + DEBT_HALF_HOURS);
}
function scoreComposite(input, terms) {
  const { weights } = input;
  const wsjf = addTerm(terms, "composite", "normalised WSJF", normaliseWsjf(input.wsjf), () => `WSJF / (WSJF + ${WSJF_HALF})`);
  const ice = addTerm(terms, "composite", "normalised ICE", normaliseIce(input.ice), "cube root of ICE / 10");
  const debt = addTerm(terms, "composite", "normalised technical debt", normaliseTechnicalDebt(input.technicalDebt), () => `debt hours / (debt hours + ${DEBT_HALF_HOURS})`);
  const boost = addTerm(terms, "composite", "security boost", isSecurity(input.category) ? weights.security : 0, () => isSecurity(input.category) ? "security weight of the maturity level (security category)" : "not a security category: 0");
  const weighted = addTerm(terms, "composite", "weighted sum", weights.wsjf * wsjf + weights.ice * ice + weights.technicalDebt * debt + boost, () => `${weights.wsjf} \xD7 WSJF + ${weights.ice} \xD7 ICE + ${weights.technicalDebt} \xD7 debt + boost (maturity weights)`);
  const multiplier = addTerm(terms, "composite", "category multiplier", input.multipliers[input.category], () => `scoring.categoryMultipliers.${input.category}`);
  const scale = addTerm(terms, "composite", "scale", PRACTICAL_TOP * Math.max(...Object.values(input.multipliers)), () => `${PRACTICAL_TOP} \xD7 largest category multiplier`);
  const scaled = addTerm(terms, "composite", "scaled score", bendTowardsTop(Math.max(0, 100 * weighted * multiplier / scale)), () => `100 \xD7 weighted sum \xD7 multiplier / scale; above ${SOFT_KNEE} it bends towards 100 rather than stopping there`);
  const exposure = input.exposure ?? 1;
  const plausibility = input.plausibility ?? 1;
  const weighsSeverity = input.severity !== void 0 && !isSecurity(input.category);
  const severity = addTerm(terms, "composite", "severity weight", weighsSeverity ? SEVERITY_WEIGHT[input.severity] : 1, () => weighsSeverity ? `severity ${input.severity} (critical 1, high 0.95, medium 0.85, low 0.7, info 0.2)` : "security finding: severity is in its value already: 1");
  return addTerm(terms, "composite", "composite", clamp(scaled * severity * exposure * plausibility * (input.worth ?? 1), 0, 100), input.worth === void 0 ? "scaled score \xD7 severity weight \xD7 exposure \xD7 plausibility" : "scaled score \xD7 severity weight \xD7 exposure \xD7 plausibility \xD7 worth a change now");
}

// dist/src/scoring/hotspot.js
var COMPLEXITY_CAP = 20;
function readComplexityFact(entry) {
  const facts = entry.facts ?? {};
  for (const key of ["complexity", "cyclomatic", "cognitive"]) {
    const value = facts[key];
    if (typeof value === "number" && Number.isFinite(value))
      return value;
  }
  return void 0;
}
function measureHotspot(entry, ctx, terms) {
  const commits = ctx.churn.get(entry.path) ?? 0;
  const window = ctx.config.hotspotWindowDays;
  const declaration = entry.category === "modern";
  const churnShare = addTerm(terms, "hotspot", "change frequency (share of busiest file)", !declaration && ctx.maxChurn > 0 ? clamp(commits / ctx.maxChurn, 0, 1) : 0, () => declaration ? `a declaration (runtime, tooling, dependency): how often ${entry.path} changes says nothing of it: 0` : `${commits} commit(s) touched ${entry.path} in the ${window} days up to the last commit; the busiest file had ${ctx.maxChurn}`);
  const fileComplexity = ctx.complexity?.get(entry.path);
  const complexity = Math.max(fileComplexity ?? 0, readComplexityFact(entry) ?? 0);
  const complexityFactor = addTerm(terms, "hotspot", "complexity factor", 1 + clamp(complexity, 0, COMPLEXITY_CAP) / COMPLEXITY_CAP, () => complexity > 0 ? `1 + min(${complexity}, ${COMPLEXITY_CAP}) / ${COMPLEXITY_CAP}: highest function complexity measured in the file` : "no complexity measured for the file: 1");
  const value = addTerm(terms, "hotspot", "hotspot", churnShare * complexityFactor, "change frequency \xD7 complexity factor");
  return { churnShare, complexityFactor, value };
}

// dist/src/scoring/ice.js
function scoreIce(input, terms) {
  const impact = addTerm(terms, "ice", "impact", (input.businessValue + input.riskReduction) / 2, "mean of user-business value and risk reduction");
  const confidence = addTerm(terms, "ice", "confidence", clamp(input.confidence * 10, 1, 10), () => `rule confidence ${input.confidence} \xD7 10, within 1\u201310`);
  const ease = addTerm(terms, "ice", "ease", rateEase(input.effortHours), () => `11 \u2212 job size of ${input.effortHours.toFixed(2)} h (one change of this kind), within 1\u201310`);
  const ice = addTerm(terms, "ice", "ICE", impact * confidence * ease, "impact \xD7 confidence \xD7 ease");
  return { impact, confidence, ease, ice };
}

// dist/src/scoring/risk.js
var CATEGORY_RISK = {
  secret: 0.2,
  vuln: 0.35,
  perf: 0.45,
  quality: 0.4,
  debt: 0.3,
  modern: 0.5
};
var HOTSPOT_RISK = 0.1;
var LARGE_JOB_HOURS = 5;
var LARGE_JOB_RISK = 0.15;
function estimateRisk(category, hotspot, effortHours, terms) {
  const base = CATEGORY_RISK[category];
  const large = effortHours > LARGE_JOB_HOURS ? LARGE_JOB_RISK : 0;
  return addTerm(terms, "risk", "risk level", clamp(base + HOTSPOT_RISK * hotspot + large, 0, 1), () => `category '${category}' ${base} + ${HOTSPOT_RISK} \xD7 hotspot ${hotspot.toFixed(2)}${large ? ` + ${LARGE_JOB_RISK} (job over ${LARGE_JOB_HOURS} h)` : ""}`);
}

// dist/src/scoring/tech-debt.js
function scoreTechnicalDebt(effortHours, hotspot, terms) {
  const principal = addTerm(terms, "technicalDebt", "principal (h)", effortHours, "estimated remediation effort");
  const interest = addTerm(terms, "technicalDebt", "interest", 1 + hotspot, () => `1 + hotspot ${hotspot.toFixed(2)}`);
  const technicalDebt = addTerm(terms, "technicalDebt", "technical debt (h)", principal * interest, "principal \xD7 interest");
  return { principal, interest, technicalDebt };
}

// dist/src/scoring/exposure.js
var EXPOSURE = {
  // A credential in shipped code or build/CI configuration is live where it runs; the same value in a
  // test, a doc or an example is a sample far more often: on the panel every one was (requests' and
  // axios' test certificates, flask's documented SECRET_KEY values), and at 0.5 they outranked shipped
  // work and filled small backlogs. A real key there still leaks with the history: the gate blocks it
  // wherever it is committed, SARIF and `scan --history` list it; the ranked backlog leaves it at the
  // edge of its minimum score, under every piece of shipped work.
  secret: { source: 1, build: 1, test: 0.15, example: 0.15, docs: 0.15, generated: 0.5, vendored: 0.6 },
  // A dangerous call in a test builds test data or talks to a local test server (TLS checks off against
  // its own certificate), in a release script it runs on a maintainer's own inputs (a shell command
  // from its tags stays listed when it visibly reads argv or the environment); vendored code ships.
  vuln: { source: 1, build: 0.25, test: 0.15, example: 0.2, docs: 0.15, generated: 0.4, vendored: 0.6 },
  // Dependency and runtime findings sit in manifests (build context) and concern what ships.
  modern: { source: 1, build: 1, test: 0.4, example: 0.4, docs: 0.35, generated: 0.25, vendored: 0.25 },
  // Debt, complexity, documentation and performance of code nobody ships is worth little to fix: a
  // complex test, tutorial snippet, release script or test-runner config is seldom worth a maintainer's
  // change (axios' bin/ and karma.conf filled a third of its top 20). Their scores stay under the
  // backlog's usual minimum score: listed in the JSON and metrics, not among the ranked items.
  code: { source: 1, build: 0.2, test: 0.15, example: 0.15, docs: 0.15, generated: 0.25, vendored: 0.25 }
};
function kindOf(category) {
  return category === "secret" || category === "vuln" || category === "modern" ? category : "code";
}
function exposureFactor(category, context) {
  return EXPOSURE[kindOf(category)][context];
}
function rateExposure(category, decision, gate, terms, facts) {
  const frozen = !gate && kindOf(category) === "code" ? readFrozen(facts) : void 0;
  const factor = gate ? 1 : exposureFactor(category, decision.context) * (frozen ? DEPRECATED_CODE : 1);
  return addTerm(terms, "composite", "exposure", factor, () => gate ? "pre-commit gate: every path counts as shipped" : `${decision.context} (${decision.reason}): \xD7 ${exposureFactor(category, decision.context)} for a ${kindOf(category) === "code" ? category : kindOf(category)} finding there${frozen ? `; ${frozen}: \xD7 ${DEPRECATED_CODE}` : ""}`);
}
function readFrozen(facts) {
  if (typeof facts?.frozen === "string")
    return `its file is in maintenance only: ${facts.frozen}`;
  return facts?.deprecated !== void 0 ? "its file is marked deprecated (frozen until removed)" : void 0;
}
var DEPRECATED_CODE = 0.25;
var PLAUSIBLE_CONFIDENCE = 0.5;
var INPUT_FROM_CALLERS = 0.6;
function ratePlausibility(category, confidence, terms, facts) {
  const security = category === "secret" || category === "vuln";
  const doubt = !security || confidence >= PLAUSIBLE_CONFIDENCE ? 1 : clamp(confidence / PLAUSIBLE_CONFIDENCE, 0, 1) ** 3;
  const fromCallers = category === "vuln" && facts?.input === "callers";
  const factor = doubt * (fromCallers ? INPUT_FROM_CALLERS : 1);
  return addTerm(terms, "composite", "plausibility", factor, () => {
    if (!security)
      return "not a security finding: 1";
    const live = doubt === 1 ? `confidence ${confidence} \u2265 ${PLAUSIBLE_CONFIDENCE}: taken as live` : `confidence ${confidence} < ${PLAUSIBLE_CONFIDENCE} (a sample or placeholder): (${confidence} / ${PLAUSIBLE_CONFIDENCE})\xB3`;
    return fromCallers ? `${live}; no outside input seen at the call (its callers decide what it runs): \xD7 ${INPUT_FROM_CALLERS}` : live;
  });
}

// dist/src/config/project-linters/policy.js
var exactCode = (ignored, code) => ignored.includes(code);
function isIgnored(settings, list, code) {
  const ignores = settings.ignores ?? exactCode;
  return spellingsOf(code).some((spelling) => ignores(list, spelling));
}
function pathIgnores(settings, path, codes) {
  return settings.perPath.find((rule) => codes.every((code) => isIgnored(settings, rule.codes, code)) && (rule.regex ? safeRegex(rule.pattern)?.test(path) === true : compileGlobs([rule.pattern])(path)));
}
function safeRegex(source) {
  try {
    return new RegExp(source);
  } catch {
    return void 0;
  }
}
function decideComplexity(policy, path, language) {
  let off;
  let threshold;
  let checked = false;
  for (const settings of policy.linters) {
    if (!settings.languages.includes(language))
      continue;
    const decision = settings.complexity;
    const exempt = decision && !("off" in decision) ? pathIgnores(settings, path, decision.codes) : void 0;
    if (exempt) {
      off ??= {
        kind: "off",
        reason: `${settings.source} switches its complexity check off for '${exempt.pattern}' (${exempt.codes.join(", ")})`
      };
      continue;
    }
    if (!decision)
      continue;
    if ("off" in decision)
      off ??= { kind: "off", reason: `${settings.source} ${decision.off}` };
    else if (decision.cyclomatic !== void 0 || decision.cognitive !== void 0)
      threshold ??= {
        kind: "threshold",
        ...decision.cyclomatic !== void 0 ? { cyclomatic: decision.cyclomatic } : {},
        ...decision.cognitive !== void 0 ? { cognitive: decision.cognitive } : {},
        reason: `${settings.source} ${decision.because}`
      };
    else
      checked = true;
  }
  return threshold ?? (checked ? void 0 : off);
}
function decideIgnored(policy, finding) {
  const call = typeof finding.facts?.call === "string" ? finding.facts.call : void 0;
  const codes = equivalentCodes(finding.ruleId, finding.language, call);
  if (!codes)
    return void 0;
  for (const settings of policy.linters) {
    const own = codes[settings.linter];
    if (!own || own.length === 0 || !settings.languages.includes(finding.language))
      continue;
    const named = own.map((code) => spellingsOf(code)[0]).join(", ");
    if (own.every((code) => isIgnored(settings, settings.ignored, code)))
      return { kind: "off", reason: `${settings.source} ignores ${named}` };
    const exempt = pathIgnores(settings, finding.path, own);
    if (exempt)
      return { kind: "off", reason: `${settings.source} ignores ${named} for '${exempt.pattern}'` };
  }
  return void 0;
}

// dist/src/scoring/worth-now.js
var HELD_AS_METRIC = 0.1;
var HOTSPOT_COMMITS = 12;
var COSTLY_FIXES = 2;
var EXTREME_FACTOR = 3;
var PROPOSED = { factor: 1 };
function judgeWorthNow(entry, ctx, terms) {
  const judged = ctx.gate ? void 0 : judge(entry, ctx);
  const result = judged?.held ? { factor: HELD_AS_METRIC, held: judged.held } : PROPOSED;
  if (entry.ruleId === "quality/complexity" || result.held || judged?.kept)
    addTerm(terms, "worth", "worth a change now", result.factor, () => result.held ? `held as a metric (\xD7 ${HELD_AS_METRIC}): ${result.held}` : `proposed: ${judged?.kept ?? "nothing the project decided holds it back"}`);
  return result;
}
function occurrencesOf(entry) {
  return entry.occurrences && entry.occurrences.length > 0 ? entry.occurrences : [entry];
}
function judge(entry, ctx) {
  if (entry.ruleId === "quality/complexity")
    return judgeComplexity(entry, ctx);
  if (entry.category === "debt")
    return judgeMarkers(entry, ctx);
  if (entry.category !== "vuln" && entry.ruleId !== "quality/docstring")
    return void 0;
  const honour = ctx.config.projectLinters !== false;
  if (!honour)
    return void 0;
  const language = languageOf(entry.path);
  const reasons = occurrencesOf(entry).map((occurrence) => {
    const suppressed = occurrence.facts?.suppressed;
    if (typeof suppressed === "string")
      return `suppressed where it is written (${suppressed})`;
    const decision = ctx.projectLinters ? decideIgnored(ctx.projectLinters, {
      ruleId: entry.ruleId,
      path: entry.path,
      language,
      ...withFacts(occurrence)
    }) : void 0;
    return decision?.kind === "off" ? `the project's linter decided it: ${decision.reason}` : void 0;
  });
  return reasons.every((reason) => reason !== void 0) ? { held: reasons[0] } : void 0;
}
function judgeMarkers(entry, ctx) {
  const reasons = occurrencesOf(entry).map((occurrence) => {
    const facts = occurrence.facts ?? {};
    if (typeof facts["note"] === "string")
      return `a note, not work: ${facts["note"]}`;
    if (typeof facts["heldUntil"] !== "string")
      return void 0;
    const waitsFor = typeof facts["waitsFor"] === "string" ? parseCondition(facts["waitsFor"]) : void 0;
    const met2 = waitsFor ? conditionMet(waitsFor, ctx) : void 0;
    return met2 ? { met: met2 } : `waits ${facts["heldUntil"]}`;
  });
  const met = reasons.find((reason) => typeof reason === "object");
  if (met)
    return { kept: `its condition is met: ${met.met}` };
  if (reasons.some((reason) => reason === void 0))
    return void 0;
  return { held: reasons[0] };
}
function conditionMet(condition, ctx) {
  const name = condition.runtime === "python" ? "Python" : "Node.js";
  const declared = ctx.runtimeMinimum?.[condition.runtime];
  const version = condition.version.join(".");
  if (condition.relation === ">=") {
    if (declared && compareVersions(declared, condition.version) >= 0)
      return `the project requires ${name} ${declared.join(".")} (waits for ${version})`;
    const [major = 0, minor = 0] = condition.version;
    const below = condition.runtime === "python" ? minor > 0 ? [major, minor - 1] : void 0 : [major - 1];
    if (!declared && below && judgeRuntime(condition.runtime, below, ctx.today, false).kind === "end-of-life")
      return `every ${name} below ${version} is past its end of life`;
    return void 0;
  }
  if (declared && compareVersions(declared, condition.version) > 0)
    return `the project requires ${name} ${declared.join(".")}, above ${version}`;
  const status = judgeRuntime(condition.runtime, condition.version, ctx.today, false);
  return status.kind === "end-of-life" ? `${name} ${version} is past its end of life` : void 0;
}
function withFacts(occurrence) {
  return occurrence.facts ? { facts: occurrence.facts } : {};
}
function judgeComplexity(entry, ctx) {
  const honour = ctx.config.projectLinters !== false;
  const all = occurrencesOf(entry);
  let live = honour ? all.filter((occurrence) => typeof occurrence.facts?.suppressed !== "string") : all;
  if (live.length === 0) {
    const first = all[0]?.facts?.suppressed;
    return { held: `every function of it is suppressed where it is defined (${String(first)})` };
  }
  const decision = honour && ctx.projectLinters ? decideComplexity(ctx.projectLinters, entry.path, languageOf(entry.path)) : void 0;
  if (decision?.kind === "off")
    return { held: `the project's linter does not check complexity here: ${decision.reason}` };
  const ours = ctx.complexityThresholds ?? { cyclomatic: 10, cognitive: 15 };
  const limits = {
    cyclomatic: decision?.cyclomatic ?? (decision?.cognitive !== void 0 ? Infinity : ours.cyclomatic),
    cognitive: decision?.cognitive ?? (decision?.cyclomatic !== void 0 ? Infinity : ours.cognitive)
  };
  if (decision) {
    live = live.filter((occurrence) => isOver(occurrence, limits, 1));
    if (live.length === 0)
      return { held: `no function is over the project's own threshold: ${decision.reason}` };
  }
  if (ctx.config.complexityNeedsEvidence === false)
    return { kept: "complexity is proposed without evidence of its cost (scoring.complexityNeedsEvidence is false)" };
  const fixes = ctx.fixes?.get(entry.path) ?? 0;
  const commits = ctx.churn.get(entry.path) ?? 0;
  const fixWindow = ctx.config.fixWindowDays ?? 730;
  const hotspotWindow = ctx.config.hotspotWindowDays;
  if (fixes >= COSTLY_FIXES)
    return { kept: `${fixes} bug-fix commits touched ${entry.path} in the ${fixWindow} days up to the last commit` };
  if (commits >= HOTSPOT_COMMITS)
    return {
      kept: `a hotspot: ${commits} commits touched ${entry.path} in the ${hotspotWindow} days up to the last commit`
    };
  if (live.some((occurrence) => isOver(occurrence, limits, EXTREME_FACTOR)))
    return { kept: `a function ${EXTREME_FACTOR}\xD7 over the thresholds (${describeExtreme(limits)})` };
  return {
    held: `complex, stable: not worth a change now (${commits} commit(s) in ${hotspotWindow} days, ${fixes} bug-fix commit(s) in ${fixWindow} days, no function ${EXTREME_FACTOR}\xD7 over the thresholds)`
  };
}
function isOver(occurrence, limits, times) {
  const cyclomatic = Number(occurrence.facts?.cyclomatic ?? 0);
  const cognitive = occurrence.facts?.cognitive === void 0 ? void 0 : Number(occurrence.facts.cognitive);
  if (times === 1)
    return cyclomatic > limits.cyclomatic || (cognitive ?? 0) > limits.cognitive;
  const counts = [
    ...Number.isFinite(limits.cyclomatic) ? [cyclomatic / limits.cyclomatic] : [],
    ...cognitive !== void 0 && Number.isFinite(limits.cognitive) ? [cognitive / limits.cognitive] : []
  ];
  return counts.length > 0 && counts.every((ratio) => ratio >= times);
}
function describeExtreme(limits) {
  const parts = [
    ...Number.isFinite(limits.cyclomatic) ? [`cyclomatic \u2265 ${EXTREME_FACTOR * limits.cyclomatic}`] : [],
    ...Number.isFinite(limits.cognitive) ? [`cognitive \u2265 ${EXTREME_FACTOR * limits.cognitive} where measured`] : []
  ];
  return parts.join(" and ");
}

// dist/src/scoring/score-entry.js
function scoreEntry(entry, ctx) {
  const item = computeItem(entry, ctx, NO_TERMS);
  let breakdown;
  return Object.defineProperty(item, "breakdown", {
    enumerable: true,
    configurable: true,
    get: () => breakdown ??= computeItem(entry, ctx, []).breakdown
  });
}
function computeItem(entry, ctx, terms) {
  const knownAge = daysBetween(entry.firstSeen, ctx.today);
  const ageDays = addTerm(terms, "wsjf", "age (days)", knownAge ?? 0, () => knownAge === void 0 ? `first-seen date '${entry.firstSeen}' unreadable: 0` : `${ctx.today} \u2212 first seen ${entry.firstSeen}`);
  const context = contextOfEntry(entry, ctx);
  const hotspot = measureHotspot(entry, ctx, terms).value;
  const effort = estimateEffort(entry, ctx.complexity?.get(entry.path), ctx.calibration, terms);
  const effortHours = effort.hours;
  const overdueDays = measureOverdue(entry, ctx.today);
  const wsjf = scoreWsjf({
    entry,
    ageDays,
    ...overdueDays === void 0 ? {} : { overdueDays },
    hotspot,
    effortHours,
    magnitude: effort.magnitude,
    criticalPaths: ctx.config.criticalPaths
  }, terms);
  const ice = scoreIce({
    businessValue: wsjf.businessValue,
    riskReduction: wsjf.riskReduction,
    confidence: entry.confidence,
    effortHours: effort.unitHours
  }, terms);
  const debt = scoreTechnicalDebt(effortHours, hotspot, terms);
  const worth = judgeWorthNow(entry, ctx, terms);
  const composite = scoreComposite({
    category: entry.category,
    wsjf: wsjf.wsjf,
    ice: ice.ice,
    technicalDebt: debt.technicalDebt,
    weights: ctx.config.weights[ctx.maturity.level],
    multipliers: ctx.config.categoryMultipliers,
    severity: entry.severity,
    exposure: rateExposure(entry.category, context, ctx.gate === true, terms, entry.facts),
    plausibility: ratePlausibility(entry.category, entry.confidence, terms, entry.facts),
    worth: worth.factor
  }, terms);
  const risk = estimateRisk(entry.category, hotspot, effortHours, terms);
  const confidence = addTerm(terms, "risk", "confidence", entry.confidence, () => `rule confidence that the finding is real (${entry.ruleId})`);
  return {
    ...entry,
    scores: {
      wsjf: roundTo(wsjf.wsjf, 2),
      ice: roundTo(ice.ice, 1),
      technicalDebt: roundTo(debt.technicalDebt, 2),
      composite: roundTo(composite, 2)
    },
    effortHours: roundTo(effortHours, 2),
    risk: roundTo(risk, 2),
    confidence,
    context: context.context,
    contextReason: context.reason,
    ...worth.held ? { held: worth.held } : {},
    breakdown: terms
  };
}
function measureOverdue(entry, today) {
  if (entry.ruleId !== "modern/runtime-eol")
    return void 0;
  const endOfLife = entry.facts?.endOfLife;
  if (typeof endOfLife !== "string")
    return OVERDUE_WINDOW_DAYS;
  return endOfLife <= today ? daysBetween(endOfLife, today) : void 0;
}
function contextOfEntry(entry, ctx) {
  if (entry.facts?.context === "generated")
    return { context: "generated", reason: "its own text says it is generated (a banner or a source-map link)" };
  if (entry.facts?.context === "vendored" && typeof entry.facts.copied === "string")
    return { context: "vendored", reason: entry.facts.copied };
  return ctx.contextOf?.(entry.path) ?? classifyPath(entry.path);
}
var SEVERITY_RANK = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };
function compareItems(a, b) {
  return b.scores.composite - a.scores.composite || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
function rankItems(items) {
  return [...items].sort(compareItems);
}

export {
  roundTo,
  clamp,
  estimateRawEffort,
  SECURITY_WINDOW_DAYS,
  isSecurity,
  COMPLEXITY_CAP,
  scoreEntry,
  rankItems
};
