// What a marker comment asks for (issue 11): a marker is an item only when it asks for work. Work is
// named by an imperative or modal wording ("remove …", "needs a test", "should …", "can be simplified",
// "would be nice", "we could"), a question ("is this reachable?") or a bug statement ("this is wrong").
// A comment that explains the code ("because …", "since …", "we reuse X", "hackish: on 3k we fake …",
// "response is the only one") is a note: kept in the ledger as information, never ranked. Work blocked
// by a condition ("TODO(py313)", "when we drop Python 3.9", "once X is deprecated", "in the next
// major", "after v5") is held until it: the condition travels with the finding, and a runtime condition
// the project already meets (its declared minimum, or a version past end of life) makes it work now.
// Designed from a judged sample of the panel's markers: bench/panel/judged/markers.md.

export type MarkerAsk =
  | { kind: 'work'; strength: 'bug' | 'ask' | 'weak'; why: string }
  | { kind: 'note'; why: string }
  | { kind: 'held'; why: string; condition: string; waitsFor?: RuntimeCondition };

/** `python>=3.13`: work once the project requires at least 3.13; `python>3.9`: once it drops 3.9. */
export interface RuntimeCondition {
  runtime: 'python' | 'node';
  relation: '>=' | '>';
  version: number[];
}

// Verbs that open an instruction ("remove the shim", "use the stream's encoding").
const IMPERATIVE =
  /(?:^|[.;:!?]\s+|,\s+|\s--?\s+|\bthen\s+)(?:(?:maybe|perhaps|probably|possibly|eventually|later|then|also|please|just|and|or|but|so)\s+)?(?:add|adjust|allow|annotate|avoid|cache|call|change|check|clean|cleanup|consider|consolidate|convert|copy|create|deal|decide|delete|deprecate|detect|dive|disable|document|drop|emit|enable|ensure|evaluate|expose|extract|factor|figure|find|finish|fix|get|handle|harmoni[sz]e|implement|improve|inline|investigate|keep|kill|let|limit|log|look|make|merge|migrate|move|optimi[sz]e|parse|pass|port|prefer|prevent|print|provide|put|raise|read|reconsider|refactor|reimplement|remove|rename|reorgani[sz]e|replace|report|rethink|return|reuse|revert|revisit|rework|rewrite|run|see if|see whether|separate|set|show|simplify|skip|sort|split|store|support|switch|take|test|think about|throw|track|try|turn|unify|update|upgrade|use|validate|verify|warn|wrap|write)\b/i;
// Modal or needs-wording anywhere in the sentence ("this should not be needed", "need to fix").
const MODAL =
  /\b(?:should(?:n['’]?t)?|must|ought to|needs?\s+(?:to|a|an|the|some|more|fixing|work|tests?|testing|cleanup|refactoring)|have to|has to|would be (?:nice|better|good|great|cleaner|preferable)|it'?d be (?:nice|better)|nice to have|(?:is|are) (?:largely |mostly )?(?:duplicated|copied|copy-pasted)|we (?:could|can|might|may want|want|need)|can be (?:simplified|removed|replaced|improved|dropped|fixed|done|cleaned|deleted|merged|avoided|optimi[sz]ed|made|taken out|moved|combined|inlined|cached|refactored|rewritten|unified|shared)|could be (?:simplified|removed|replaced|improved|dropped|fixed|done|cleaned|deleted|merged|avoided|optimi[sz]ed|made|better)|better (?:be|to|if)|not (?:yet )?(?:implemented|supported|handled|tested)|unimplemented|unsupported|not yet|for now|temporar(?:y|ily)|in the future|tbd|missing)\b/i;
// A defect stated as such: the code is wrong, not just explained.
const BUG =
  /\b(?:wrong|broken|breaks(?!\s+(?:the\s+)?(?:liskov|lsp)\b)|buggy|a bug|bug in|incorrect(?:ly)?|crash(?:es|ing)?|fails?|failing|doesn['’]?t work|does not work|not work(?:ing)?|leaks?|race condition|is real|off[- ]by[- ]one|mis(?:handles|behaves)|deadlocks?|hangs|(?:is|are) (?:probably |likely )?(?:not (?:the |a )?(?:valid|correct|right)|invalid|not safe|unsafe)|not \w+ (?:this |it )?correctly)\b/i;
// An explanation of what the code does or why: `because`, `since`, `so that`, `this is a hack to …`.
const EXPLANATION =
  /\b(?:because|since|so that|in order to|otherwise|the reason|this is (?:a hack|a workaround|needed|required|done|here|to|for|why|how|what|the)|is (?:needed|required|used|done) (?:for|to|because|so|when|by)|we (?:do|use|reuse|keep|fake|set|call|can't|cannot) (?:this|that|it|the|a|to|here)|hackish|that'?s why|which is why|works around|workaround for|(?:type[- ])?ignored\s*(?:--|:|because|as|since))|^(?:note|nb|n\.b\.)\s*:|^note that\b/i;
const QUESTION_WORDS = /\?\s*$|\?\s+\S/;
// Doubt is a question: "not sure this is right", "no idea how", "unsure whether".
const DOUBT =
  /\(\?\)|\b(?:not sure|unsure|no idea|unclear|dubious|questionable|suspicious|not (?:well |fully )?understood|not clear)\b/i;
// A problem named without a verb of work: "this is hacky and slow", "this block is not covered".
const PROBLEM =
  /\b(?:hacky|messy|a mess|ugly|dirty|fragile|brittle|inefficient|slow|suboptimal|less than ideal|not ideal|not (?:yet )?covered|uncovered|untested|no test(?:s| coverage)?|incomplete|dumb|awkward|kludge|kludgy)\b/i;
const STATEMENT =
  /^(?:the|this|that|these|those|it|we|our|they|[\w.`'"()[\]]+)\s+(?:[\w.`'"()[\]]+\s+){0,5}(?:is|are|was|were|has|have|does|do|may|will|can|seems?|looks?|happens?|works?|returns?|gets?|uses?|means?|only)\b/i;

/** XXX and HACK only flag a spot; the other tags ("to do: X", "fix me: X", a configured REVIEW) ask. */
const FLAGGING_TAGS = new Set(['XXX', 'HACK']);
const DEFECT_TAGS = new Set(['FIXME', 'BUG']);

/**
 * `tag` upper-cased, `parenthesised` the `TODO(…)` text, `text` the marker's sentence (its line and the
 * comment lines continuing it).
 */
export function classifyMarker(
  tag: string,
  parenthesised: string | undefined,
  text: string,
  issueRef?: string,
): MarkerAsk {
  const tagged = readTaggedCondition(parenthesised);
  if (tagged) return tagged;
  const fromText = classifyText(tag, text);
  // a tracker issue is work someone filed: "this is a hell of a hack / https://…/issues/4569"
  const ask: MarkerAsk =
    fromText.kind === 'note' && issueRef ? { kind: 'work', strength: 'ask', why: `tracked as ${issueRef}` } : fromText;
  // a condition holds work back; a note with a "when" in it is still a note
  return ask.kind === 'work' ? (readTextCondition(text) ?? ask) : ask;
}

function classifyText(tag: string, text: string): MarkerAsk {
  const sentence = text.trim();
  const words = sentence.split(/\s+/).filter((word) => /\w/.test(word)).length;
  if (words === 0)
    return !FLAGGING_TAGS.has(tag)
      ? { kind: 'work', strength: 'weak', why: `a bare ${tag}` }
      : { kind: 'note', why: `a bare ${tag} says nothing to do` };
  const bug = BUG.exec(sentence);
  const explanation = EXPLANATION.exec(sentence);
  const imperative = IMPERATIVE.exec(sentence);
  const modal = MODAL.exec(sentence);
  const ask = imperative ?? modal;
  // what comes first decides: "we do this since X; should go" explains, "remove this since X" asks
  if (explanation && (!ask || explanation.index < ask.index) && (!bug || explanation.index < bug.index))
    return { kind: 'note', why: `explains the code ("${explanation[0]}")` };
  // "figure out why this fails" asks; "the width is wrong, fix it" states a defect first
  if (bug && (!ask || bug.index < ask.index))
    return { kind: 'work', strength: 'bug', why: `states a defect ("${bug[0]}")` };
  if (ask) {
    const weak = /^(?:maybe|perhaps|possibly)\b/i.test(sentence);
    const wording = ask[0].replace(/^[\s.;:!?,-]+/, '').trim();
    return { kind: 'work', strength: weak ? 'weak' : 'ask', why: `asks for work ("${wording}")` };
  }
  if ((QUESTION_WORDS.test(sentence) && words >= 3) || DOUBT.test(sentence))
    return { kind: 'work', strength: 'weak', why: 'asks a question about the code' };
  const problem = PROBLEM.exec(sentence);
  if (problem) return { kind: 'work', strength: 'ask', why: `names a problem ("${problem[0]}")` };
  // FIXME and BUG name a defect by themselves: "FIXME: prices are rounded twice" states the bug
  if (DEFECT_TAGS.has(tag)) return { kind: 'work', strength: 'ask', why: `states a defect (${tag})` };
  if (FLAGGING_TAGS.has(tag)) return { kind: 'note', why: `a ${tag} stating a fact, with nothing to do` };
  if (STATEMENT.test(sentence)) return { kind: 'note', why: 'states a fact, with nothing to do' };
  return { kind: 'work', strength: 'ask', why: `names work (${tag})` };
}

// `TODO(py313)`, `TODO(python3.12)`, `TODO(node20)`, `TODO(pytest10.1)`, `TODO(v5)`.
const PAREN_RUNTIME = /^(py(?:thon)?|node(?:js)?)\s*-?(\d)\.?(\d{1,2})?$/i;
// a release: a dotted version (`pytest10.1`, `2.0`), `v5`, or a name and a two-digit major (`pytest10`);
// not `alice2` (an owner)
const PAREN_RELEASE =
  /^(?:[a-z][\w-]{0,30}?[\s-]?v?\d{1,3}(?:\.\d{1,3}){1,2}|v?\d{1,3}(?:\.\d{1,3}){0,2}|[a-z][\w-]{3,30}?\d{2})$/i;
// "when Python >= 3.13", "once we require Python 3.10", "when Node 20 is the minimum"
const RUNTIME_MINIMUM =
  /\b(?:when|once|after|until|if)\b[^.;\n]{0,30}?\b(python|node(?:\.?js)?)\s*(?:>=?|version|v)?\s*(\d{1,2})(?:\.(\d{1,2}))?\+?/i;
// "when we drop Python 3.9", "after dropping support for Node 18", "remove once py3.8 is gone"
const RUNTIME_DROP =
  /\b(?:drop(?:ping|ped)?|remov(?:e|ing|ed)|deprecat(?:e|ing|ed))\s+(?:support\s+for\s+)?(python|py|node(?:\.?js)?)\s*(\d{1,2})(?:\.?(\d{1,2}))?\b|\b(python|py|node(?:\.?js)?)\s*(\d{1,2})(?:\.(\d{1,2}))?\s+(?:support\s+)?(?:is|are)\s+(?:dropped|gone|removed|no longer supported)/i;
// Work for a later release or event: "in 3.0.0", "in the next major", "after v5", "once X is deprecated".
const RELEASE =
  /\b(?:in|until|when|once|after|by)\s+(?:(?:a|an|the|next)\s+)?(?:(?:major|minor)\s+)?(?:(?:v|version|release)\s*\d+(?:\.\d+)*|\d+\.\d+(?:\.\d+)*)\b(?!\s*(?:s|ms|seconds?|minutes?|%|px|mb|kb|gb)\b)|\bfor\s+(?:(?:a|the|next)\s+)?(?:v|version\s*)\d|\bnext major\b|\bnext breaking\b|\bbreaking (?:change|release)\b/i;
const EVENT =
  /\b(?:when|once|after|until)\s+(?:[\w.`'"()-]+\s+){1,6}(?:is|are|gets?|has been|have been|will be|would be)\s+(?:\w+ly\s+)?(?:deprecated|removed|dropped|released|merged|fixed|landed|available|supported|stable|gone|implemented|generated|resolved|published|shipped|upgraded)\b|\b(?:when|once|after|until)\s+(?:we\s+)?(?:drop|remove|deprecate|require|stop|start|switch|migrate|upgrade|get rid)\b|\bafter\s+(?:the\s+)?[\w.`'"()-]+\s+(?:deprecation|rewrite|refactor(?:ing)?|migration|removal|upgrade)\b|\bonce\s+(?:[\w.`'"()-]+\s+){1,6}(?:contains?|supports?|exposes?|provides?|lands?|ships?)\b/i;

function readTaggedCondition(parenthesised: string | undefined): MarkerAsk | undefined {
  const tag = parenthesised?.trim() ?? '';
  const runtimeTag = PAREN_RUNTIME.exec(tag);
  if (runtimeTag) {
    const runtime = /^py/i.test(runtimeTag[1] as string) ? 'python' : 'node';
    const version =
      runtime === 'python'
        ? [Number(runtimeTag[2]), Number(runtimeTag[3] ?? 0)]
        : [Number(runtimeTag[2] + (runtimeTag[3] ?? ''))];
    const waitsFor: RuntimeCondition = { runtime, relation: '>=', version };
    return held(`until the project requires ${describe(waitsFor)}`, `tagged (${tag})`, waitsFor);
  }
  if (PAREN_RELEASE.test(tag)) return held(`until release ${tag}`, `tagged (${tag})`);
  return undefined;
}

function readTextCondition(text: string): MarkerAsk | undefined {
  const drop = RUNTIME_DROP.exec(text);
  if (drop) {
    const name = (drop[1] ?? drop[4]) as string;
    const major = (drop[2] ?? drop[5]) as string;
    const minor = drop[3] ?? drop[6];
    const runtime = /^py/i.test(name) ? 'python' : 'node';
    const version = runtime === 'python' ? [Number(major), Number(minor ?? 0)] : [Number(major)];
    const waitsFor: RuntimeCondition = { runtime, relation: '>', version };
    return held(`until the project drops ${describeVersion(waitsFor)}`, `"${drop[0]}"`, waitsFor);
  }
  const minimum = RUNTIME_MINIMUM.exec(text);
  if (minimum) {
    const runtime = /^py/i.test(minimum[1] as string) ? 'python' : 'node';
    const version = runtime === 'python' ? [Number(minimum[2]), Number(minimum[3] ?? 0)] : [Number(minimum[2])];
    const waitsFor: RuntimeCondition = { runtime, relation: '>=', version };
    return held(`until the project requires ${describe(waitsFor)}`, `"${minimum[0]}"`, waitsFor);
  }
  const release = RELEASE.exec(text) ?? EVENT.exec(text);
  if (release) return held(`until "${release[0].trim()}"`, `"${release[0].trim()}"`);
  return undefined;
}

function held(condition: string, evidence: string, waitsFor?: RuntimeCondition): MarkerAsk {
  const why = `work for later: ${evidence}`;
  return waitsFor ? { kind: 'held', why, condition, waitsFor } : { kind: 'held', why, condition };
}

function describeVersion(condition: RuntimeCondition): string {
  return `${condition.runtime === 'python' ? 'Python' : 'Node.js'} ${condition.version.join('.')}`;
}

export function describe(condition: RuntimeCondition): string {
  return `${describeVersion(condition)}${condition.relation === '>=' ? ' or later' : ''}`;
}

/** `python>=3.13` ⇄ the condition. */
export function formatCondition(condition: RuntimeCondition): string {
  return `${condition.runtime}${condition.relation}${condition.version.join('.')}`;
}

export function parseCondition(text: string): RuntimeCondition | undefined {
  const match = /^(python|node)(>=|>)(\d+(?:\.\d+)*)$/.exec(text);
  if (!match) return undefined;
  return {
    runtime: match[1] as RuntimeCondition['runtime'],
    relation: match[2] as RuntimeCondition['relation'],
    version: (match[3] as string).split('.').map(Number),
  };
}
