import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);

// dist/src/analyzers/markers/marker-ask.js
var IMPERATIVE = /(?:^|[.;:!?]\s+|,\s+|\s--?\s+|\bthen\s+)(?:(?:maybe|perhaps|probably|possibly|eventually|later|then|also|please|just|and|or|but|so)\s+)?(?:add|adjust|allow|annotate|avoid|cache|call|change|check|clean|cleanup|consider|consolidate|convert|copy|create|deal|decide|delete|deprecate|detect|dive|disable|document|drop|emit|enable|ensure|evaluate|expose|extract|factor|figure|find|finish|fix|get|handle|harmoni[sz]e|implement|improve|inline|investigate|keep|kill|let|limit|log|look|make|merge|migrate|move|optimi[sz]e|parse|pass|port|prefer|prevent|print|provide|put|raise|read|reconsider|refactor|reimplement|remove|rename|reorgani[sz]e|replace|report|rethink|return|reuse|revert|revisit|rework|rewrite|run|see if|see whether|separate|set|show|simplify|skip|sort|split|store|support|switch|take|test|think about|throw|track|try|turn|unify|update|upgrade|use|validate|verify|warn|wrap|write)\b/i;
var MODAL = /\b(?:should(?:n['’]?t)?|must|ought to|needs?\s+(?:to|a|an|the|some|more|fixing|work|tests?|testing|cleanup|refactoring)|have to|has to|would be (?:nice|better|good|great|cleaner|preferable)|it'?d be (?:nice|better)|nice to have|(?:is|are) (?:largely |mostly )?(?:duplicated|copied|copy-pasted)|we (?:could|can|might|may want|want|need)|can be (?:simplified|removed|replaced|improved|dropped|fixed|done|cleaned|deleted|merged|avoided|optimi[sz]ed|made|taken out|moved|combined|inlined|cached|refactored|rewritten|unified|shared)|could be (?:simplified|removed|replaced|improved|dropped|fixed|done|cleaned|deleted|merged|avoided|optimi[sz]ed|made|better)|better (?:be|to|if)|not (?:yet )?(?:implemented|supported|handled|tested)|unimplemented|unsupported|not yet|for now|temporar(?:y|ily)|in the future|tbd|missing)\b/i;
var BUG = /\b(?:wrong|broken|breaks(?!\s+(?:the\s+)?(?:liskov|lsp)\b)|buggy|a bug|bug in|incorrect(?:ly)?|crash(?:es|ing)?|fails?|failing|doesn['’]?t work|does not work|not work(?:ing)?|leaks?|race condition|is real|off[- ]by[- ]one|mis(?:handles|behaves)|deadlocks?|hangs|(?:is|are) (?:probably |likely )?(?:not (?:the |a )?(?:valid|correct|right)|invalid|not safe|unsafe)|not \w+ (?:this |it )?correctly)\b/i;
var EXPLANATION = /\b(?:because|since|so that|in order to|otherwise|the reason|this is (?:a hack|a workaround|needed|required|done|here|to|for|why|how|what|the)|is (?:needed|required|used|done) (?:for|to|because|so|when|by)|we (?:do|use|reuse|keep|fake|set|call|can't|cannot) (?:this|that|it|the|a|to|here)|hackish|that'?s why|which is why|works around|workaround for|(?:type[- ])?ignored\s*(?:--|:|because|as|since))|^(?:note|nb|n\.b\.)\s*:|^note that\b/i;
var QUESTION_WORDS = /\?\s*$|\?\s+\S/;
var DOUBT = /\(\?\)|\b(?:not sure|unsure|no idea|unclear|dubious|questionable|suspicious|not (?:well |fully )?understood|not clear)\b/i;
var PROBLEM = /\b(?:hacky|messy|a mess|ugly|dirty|fragile|brittle|inefficient|slow|suboptimal|less than ideal|not ideal|not (?:yet )?covered|uncovered|untested|no test(?:s| coverage)?|incomplete|dumb|awkward|kludge|kludgy)\b/i;
var STATEMENT = /^(?:the|this|that|these|those|it|we|our|they|[\w.`'"()[\]]+)\s+(?:[\w.`'"()[\]]+\s+){0,5}(?:is|are|was|were|has|have|does|do|may|will|can|seems?|looks?|happens?|works?|returns?|gets?|uses?|means?|only)\b/i;
var FLAGGING_TAGS = /* @__PURE__ */ new Set(["XXX", "HACK"]);
var DEFECT_TAGS = /* @__PURE__ */ new Set(["FIXME", "BUG"]);
function classifyMarker(tag, parenthesised, text, issueRef) {
  const tagged = readTaggedCondition(parenthesised);
  if (tagged)
    return tagged;
  const fromText = classifyText(tag, text);
  const ask = fromText.kind === "note" && issueRef ? { kind: "work", strength: "ask", why: `tracked as ${issueRef}` } : fromText;
  return ask.kind === "work" ? readTextCondition(text) ?? ask : ask;
}
function classifyText(tag, text) {
  const sentence = text.trim();
  const words = sentence.split(/\s+/).filter((word) => /\w/.test(word)).length;
  if (words === 0)
    return !FLAGGING_TAGS.has(tag) ? { kind: "work", strength: "weak", why: `a bare ${tag}` } : { kind: "note", why: `a bare ${tag} says nothing to do` };
  const bug = BUG.exec(sentence);
  const explanation = EXPLANATION.exec(sentence);
  const imperative = IMPERATIVE.exec(sentence);
  const modal = MODAL.exec(sentence);
  const ask = imperative ?? modal;
  if (explanation && (!ask || explanation.index < ask.index) && (!bug || explanation.index < bug.index))
    return { kind: "note", why: `explains the code ("${explanation[0]}")` };
  if (bug && (!ask || bug.index < ask.index))
    return { kind: "work", strength: "bug", why: `states a defect ("${bug[0]}")` };
  if (ask) {
    const weak = /^(?:maybe|perhaps|possibly)\b/i.test(sentence);
    const wording = ask[0].replace(/^[\s.;:!?,-]+/, "").trim();
    return { kind: "work", strength: weak ? "weak" : "ask", why: `asks for work ("${wording}")` };
  }
  if (QUESTION_WORDS.test(sentence) && words >= 3 || DOUBT.test(sentence))
    return { kind: "work", strength: "weak", why: "asks a question about the code" };
  const problem = PROBLEM.exec(sentence);
  if (problem)
    return { kind: "work", strength: "ask", why: `names a problem ("${problem[0]}")` };
  if (DEFECT_TAGS.has(tag))
    return { kind: "work", strength: "ask", why: `states a defect (${tag})` };
  if (FLAGGING_TAGS.has(tag))
    return { kind: "note", why: `a ${tag} stating a fact, with nothing to do` };
  if (STATEMENT.test(sentence))
    return { kind: "note", why: "states a fact, with nothing to do" };
  return { kind: "work", strength: "ask", why: `names work (${tag})` };
}
var PAREN_RUNTIME = /^(py(?:thon)?|node(?:js)?)\s*-?(\d)\.?(\d{1,2})?$/i;
var PAREN_RELEASE = /^(?:[a-z][\w-]{0,30}?[\s-]?v?\d{1,3}(?:\.\d{1,3}){1,2}|v?\d{1,3}(?:\.\d{1,3}){0,2}|[a-z][\w-]{3,30}?\d{2})$/i;
var RUNTIME_MINIMUM = /\b(?:when|once|after|until|if)\b[^.;\n]{0,30}?\b(python|node(?:\.?js)?)\s*(?:>=?|version|v)?\s*(\d{1,2})(?:\.(\d{1,2}))?\+?/i;
var RUNTIME_DROP = /\b(?:drop(?:ping|ped)?|remov(?:e|ing|ed)|deprecat(?:e|ing|ed))\s+(?:support\s+for\s+)?(python|py|node(?:\.?js)?)\s*(\d{1,2})(?:\.?(\d{1,2}))?\b|\b(python|py|node(?:\.?js)?)\s*(\d{1,2})(?:\.(\d{1,2}))?\s+(?:support\s+)?(?:is|are)\s+(?:dropped|gone|removed|no longer supported)/i;
var RELEASE = /\b(?:in|until|when|once|after|by)\s+(?:(?:a|an|the|next)\s+)?(?:(?:major|minor)\s+)?(?:(?:v|version|release)\s*\d+(?:\.\d+)*|\d+\.\d+(?:\.\d+)*)\b(?!\s*(?:s|ms|seconds?|minutes?|%|px|mb|kb|gb)\b)|\bfor\s+(?:(?:a|the|next)\s+)?(?:v|version\s*)\d|\bnext major\b|\bnext breaking\b|\bbreaking (?:change|release)\b/i;
var EVENT = /\b(?:when|once|after|until)\s+(?:[\w.`'"()-]+\s+){1,6}(?:is|are|gets?|has been|have been|will be|would be)\s+(?:\w+ly\s+)?(?:deprecated|removed|dropped|released|merged|fixed|landed|available|supported|stable|gone|implemented|generated|resolved|published|shipped|upgraded)\b|\b(?:when|once|after|until)\s+(?:we\s+)?(?:drop|remove|deprecate|require|stop|start|switch|migrate|upgrade|get rid)\b|\bafter\s+(?:the\s+)?[\w.`'"()-]+\s+(?:deprecation|rewrite|refactor(?:ing)?|migration|removal|upgrade)\b|\bonce\s+(?:[\w.`'"()-]+\s+){1,6}(?:contains?|supports?|exposes?|provides?|lands?|ships?)\b/i;
function readTaggedCondition(parenthesised) {
  const tag = parenthesised?.trim() ?? "";
  const runtimeTag = PAREN_RUNTIME.exec(tag);
  if (runtimeTag) {
    const runtime = /^py/i.test(runtimeTag[1]) ? "python" : "node";
    const version = runtime === "python" ? [Number(runtimeTag[2]), Number(runtimeTag[3] ?? 0)] : [Number(runtimeTag[2] + (runtimeTag[3] ?? ""))];
    const waitsFor = { runtime, relation: ">=", version };
    return held(`until the project requires ${describe(waitsFor)}`, `tagged (${tag})`, waitsFor);
  }
  if (PAREN_RELEASE.test(tag))
    return held(`until release ${tag}`, `tagged (${tag})`);
  return void 0;
}
function readTextCondition(text) {
  const drop = RUNTIME_DROP.exec(text);
  if (drop) {
    const name = drop[1] ?? drop[4];
    const major = drop[2] ?? drop[5];
    const minor = drop[3] ?? drop[6];
    const runtime = /^py/i.test(name) ? "python" : "node";
    const version = runtime === "python" ? [Number(major), Number(minor ?? 0)] : [Number(major)];
    const waitsFor = { runtime, relation: ">", version };
    return held(`until the project drops ${describeVersion(waitsFor)}`, `"${drop[0]}"`, waitsFor);
  }
  const minimum = RUNTIME_MINIMUM.exec(text);
  if (minimum) {
    const runtime = /^py/i.test(minimum[1]) ? "python" : "node";
    const version = runtime === "python" ? [Number(minimum[2]), Number(minimum[3] ?? 0)] : [Number(minimum[2])];
    const waitsFor = { runtime, relation: ">=", version };
    return held(`until the project requires ${describe(waitsFor)}`, `"${minimum[0]}"`, waitsFor);
  }
  const release = RELEASE.exec(text) ?? EVENT.exec(text);
  if (release)
    return held(`until "${release[0].trim()}"`, `"${release[0].trim()}"`);
  return void 0;
}
function held(condition, evidence, waitsFor) {
  const why = `work for later: ${evidence}`;
  return waitsFor ? { kind: "held", why, condition, waitsFor } : { kind: "held", why, condition };
}
function describeVersion(condition) {
  return `${condition.runtime === "python" ? "Python" : "Node.js"} ${condition.version.join(".")}`;
}
function describe(condition) {
  return `${describeVersion(condition)}${condition.relation === ">=" ? " or later" : ""}`;
}
function formatCondition(condition) {
  return `${condition.runtime}${condition.relation}${condition.version.join(".")}`;
}
function parseCondition(text) {
  const match = /^(python|node)(>=|>)(\d+(?:\.\d+)*)$/.exec(text);
  if (!match)
    return void 0;
  return {
    runtime: match[1],
    relation: match[2],
    version: match[3].split(".").map(Number)
  };
}

export {
  classifyMarker,
  formatCondition,
  parseCondition
};
