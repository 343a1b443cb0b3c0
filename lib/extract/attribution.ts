/**
 * Who said each quotation, read the way a careful reader reads a news story:
 * a cue verb before or after the quote (`said`, `told reporters`, `stating`,
 * `calling it`, `according to`), a colon after a name, a name with its titles
 * (`Secretary of State Marco Rubio` is Marco Rubio), a later mention by surname
 * or pronoun (`He stated` after a sentence about Zelenskyy), and a quotation that
 * continues the previous speaker's words. When none of that settles it, the
 * speaker is unknown: a wrong name shown to a fact-checker is worse than none.
 */
import type { Quotation } from './quotations';
import { isRoleWord, nameOfRun, NameRegistry, PRONOUNS, runEndingAfter, runStartingBefore, tokenize, type Token } from './names';
import { sentenceSpans, type Span } from './sentences';

export type AttributionCue = 'before' | 'after' | 'colon' | 'pronoun' | 'continuation';

export interface Attribution {
  /** Full name of who spoke, or undefined when the text does not say (or not clearly enough). */
  speaker?: string;
  /** 0–1: how sure the reading is; below SPEAKER_THRESHOLD the speaker is not given. */
  confidence: number;
  /** How the speaker was found. */
  how?: AttributionCue;
  /** The cue word that makes the quotation speech ("said", "according"), if any. */
  cue?: string;
}

/** Attributions less certain than this are reported as an unknown speaker. */
export const SPEAKER_THRESHOLD = 0.6;

const CUES = new Set(
  ('said says saying told tells telling added adds adding stated states stating remarked remarks remarking noted notes noting ' +
    'explained explains explaining asked asks asking replied replies replying wrote writes writing declared declares declaring ' +
    'insisted insists insisting argued argues arguing claimed claims claiming vowed vows vowing warned warns warning acknowledged ' +
    'acknowledges admitted admits admitting conceded concedes concluded concludes continued continues recalled recalls recalling ' +
    'announced announces tweeted tweets posted urged urges suggested suggests predicted predicts promised promises pledged pledges ' +
    'emphasized emphasised stressed stresses countered counters responded responds quipped joked shouted exclaimed observed ' +
    'commented comments confirmed confirms denied cautioned complained boasted demanded mused reflected wondered calling called ' +
    'describing described describes according reported reports reporting testified answered retorted replied interjected ' +
    'recounted agreed objected texted emailed cried yelled screamed whispered muttered ' +
    // The same cues in the other languages of European news: French, German, Spanish, Italian, Portuguese.
    'dit déclaré déclare affirmé affirme ajouté ajoute expliqué explique estimé estime souligné ' +
    'sagte sagt erklärte erklärt betonte betont fügte sagten ' +
    'dijo afirmó declaró añadió explicó aseguró señaló detto dichiarato aggiunto spiegato disse afirmou declarou acrescentou')
    .split(' '),
);

const ADVERBS = new Set(
  'also later then previously again once still has have had would will recently reportedly repeatedly simply only further even just'.split(' '),
);

const APPOSITIVE_START = new Set(['a', 'an', 'the', 'who', 'which', 'one', 'whose', 'now', 'then']);

const isCue = (t: Token | undefined) => !!t && CUES.has(t.text.toLowerCase());
const isParticiple = (t: Token) => t.text.endsWith('ing');
const isLower = (t: Token) => /^\p{Ll}/u.test(t.text);
const isCap = (t: Token | undefined) => !!t && /^\p{Lu}/u.test(t.text);
const isAdverb = (t: Token) => ADVERBS.has(t.text.toLowerCase()) || /^\p{Ll}+ly$/u.test(t.text);
const isVerbLike = (t: Token) => isLower(t) && (isCue(t) || /^\p{Ll}{3,}ed$/u.test(t.text));
const LINKS = new Set('and or of in on at for with to from by as than but'.split(' '));
/** After a known person's name, any word but a preposition or conjunction is taken for a verb ("Rubio spoke"). */
const isAnyVerb = (t: Token) => isLower(t) && !LINKS.has(t.text);

/**
 * What a speaker slot holds: a name, a pronoun to resolve, or an unnamed source ("officials",
 * "a spokesman"). `opensSentence`: a lone capitalized word starting its sentence ("Officials
 * said"), which may be no name at all.
 */
type Slot = { name: string; titled: boolean; opensSentence?: boolean } | { pronoun: string } | { unnamed: true };

interface Context {
  registry: NameRegistry;
  /** Full names known to be people: introduced with a title, or doing something ("Witkoff emphasized"). */
  people: Set<string>;
}

/** The name or pronoun ending at token k (k included), skipping nothing. */
function slotEndingAt(tokens: Token[], k: number): Slot {
  const t = tokens[k];
  if (!t) return { unnamed: true };
  if (PRONOUNS.has(t.text.toLowerCase())) return { pronoun: t.text.toLowerCase() };
  const start = runStartingBefore(tokens, k);
  if (start < 0) return { unnamed: true };
  const mention = nameOfRun(tokens.slice(start, k + 1), isRoleWord(tokens[start - 1]));
  if (!mention) return { unnamed: true };
  return { name: mention.name, titled: mention.titled || mention.organisation, opensSentence: start === 0 && k === 0 };
}

/** Who does the verb at token v: the name or pronoun just before it, past adverbs and an appositive. */
function subjectOf(tokens: Token[], v: number): Slot {
  let k = v - 1;
  while (k >= 0 && isAdverb(tokens[k])) k--;
  // "Senator John McCain (R-Ariz.) said": the parenthesis is about the name before it.
  if (tokens[k]?.text === ')') {
    const open = tokens.slice(0, k).findLastIndex((t) => t.text === '(');
    if (open >= 0) k = open - 1;
  }
  if (tokens[k]?.text === ',') {
    const open = tokens.slice(0, k).findLastIndex((t) => t.text === ',');
    const first = tokens[open + 1];
    if (open >= 0 && first && (isLower(first) || /^\d/.test(first.text) || APPOSITIVE_START.has(first.text.toLowerCase()))) k = open - 1;
    else k -= 1;
  }
  return slotEndingAt(tokens, k);
}

/** The name right after token i ("said Mr. Reeves", "says president David Weisbrot", "according to the Department"). */
function nameAfter(tokens: Token[], i: number): Slot | undefined {
  let k = i + 1;
  if (tokens[k] && PRONOUNS.has(tokens[k].text.toLowerCase())) return { pronoun: tokens[k].text.toLowerCase() };
  if (tokens[k]?.text.toLowerCase() === 'the') k++;
  let end = runEndingAfter(tokens, k);
  const possessive = end >= 0 && /[’']s$/.test(tokens[end].text);
  // "the BBC's editor Jon Sopel": past the possessive and the role to the name.
  if (possessive) k = end + 1;
  const roleBefore = isRoleWord(tokens[k]);
  // "according to Mozilla's manifesto": the words are a document's, not a person's.
  if (possessive && !roleBefore) return { unnamed: true };
  while (tokens[k] && isLower(tokens[k]) && isRoleWord(tokens[k])) k++;
  // "replied the mayor, Karen Bass"
  if (roleBefore && tokens[k]?.text === ',') k++;
  end = runEndingAfter(tokens, k);
  if (end < 0) return undefined;
  const mention = nameOfRun(tokens.slice(k, end + 1), roleBefore);
  return mention ? { name: mention.name, titled: true } : undefined;
}

/** The subject of a sentence's first verb: who a participle cue ("…, stating") refers to. */
function sentenceSubject(tokens: Token[], before: number): Slot {
  for (let v = 1; v < before; v++) if (isVerbLike(tokens[v])) return subjectOf(tokens, v);
  return { unnamed: true };
}

interface Found {
  slot: Slot;
  cue: string;
  how: AttributionCue;
}

/** A cue in the part of the sentence before the quotation: the one nearest the quote wins. */
function cueBefore(tokens: Token[]): Found | undefined {
  const c = tokens.findLastIndex(isCue);
  if (c < 0) {
    const last = tokens.length - 1;
    if (tokens[last]?.text === ':' && isCap(tokens[last - 1])) return { slot: slotEndingAt(tokens, last - 1), cue: ':', how: 'colon' };
    return undefined;
  }
  const cue = tokens[c].text.toLowerCase();
  if (cue === 'according') {
    if (tokens[c + 1]?.text !== 'to') return undefined;
    // "According to Reuters, the company “is considering…”": the company speaks, Reuters reports it.
    const comma = tokens.findIndex((t, i) => i > c && t.text === ',');
    const speakerBetween = comma >= 0 && tokens.slice(comma + 1).some((t) => /\p{L}/u.test(t.text) && t.text !== 'that');
    return { slot: (!speakerBetween && nameAfter(tokens, c + 1)) || { unnamed: true }, cue, how: 'before' };
  }
  if (isParticiple(tokens[c])) return { slot: sentenceSubject(tokens, c), cue, how: 'before' };
  // "…,” said Smith, “…": the name follows the verb.
  const inverted = nameAfter(tokens, c);
  if (inverted && tokens.slice(0, c).every((t) => t.text === ',' || /^x+$/.test(t.text))) return { slot: inverted, cue, how: 'before' };
  return { slot: subjectOf(tokens, c), cue, how: 'before' };
}

/** A cue in the rest of the sentence after the quotation ("…,” Essid declared", "…,” said Mr. Reeves"). */
function cueAfter(tokens: Token[]): Found | undefined {
  const window = tokens.slice(0, 14);
  const c = window.findIndex(isCue);
  if (c < 0) return undefined;
  const cue = window[c].text.toLowerCase();
  if (cue === 'according') {
    const slot = tokens[c + 1]?.text === 'to' ? nameAfter(tokens, c + 1) : undefined;
    return slot ? { slot, cue, how: 'after' } : undefined;
  }
  if (isParticiple(window[c]) || cue === 'described' || cue === 'called') return undefined;
  const before = c > 0 ? subjectOf(tokens, c) : { unnamed: true as const };
  if (!('unnamed' in before)) return { slot: before, cue, how: 'after' };
  const after = nameAfter(tokens, c);
  return { slot: after ?? { unnamed: true }, cue, how: 'after' };
}

/**
 * True when the name in tokens[start..end] does something in its sentence: it is
 * followed by a verb (past adverbs or an appositive: "Rubio, who accompanied
 * Witkoff, indicated"), is the agent of a passive ("announced by … Witkoff"), or
 * follows a cue ("said Mr. Reeves"). A pronoun refers back to such a subject,
 * not to a name in passing ("a campaign against Islamists").
 */
function isActing(tokens: Token[], start: number, end: number, verb = isVerbLike): boolean {
  let k = end + 1;
  while (tokens[k] && isAdverb(tokens[k])) k++;
  if (tokens[k]?.text === ',') {
    const first = tokens[k + 1];
    const close = tokens.findIndex((t, i) => i > k && t.text === ',');
    if (first && close > 0 && (isLower(first) || /^\d/.test(first.text) || APPOSITIVE_START.has(first.text.toLowerCase()))) k = close + 1;
    while (tokens[k] && isAdverb(tokens[k])) k++;
  }
  // The agent of a passive may carry titles before the name: "announced by special U.S. envoy Steve Witkoff".
  let b = start - 1;
  while (b >= 0 && b >= start - 5 && tokens[b].text !== ',' && !isVerbLike(tokens[b]) && tokens[b].text.toLowerCase() !== 'by') b--;
  const passiveAgent = b >= 0 && tokens[b].text.toLowerCase() === 'by';
  return (!!tokens[k] && verb(tokens[k])) || passiveAgent || isCue(tokens[start - 1]);
}

/** The people a sentence shows doing something, first to last. */
function actorsIn(tokens: Token[], ctx: Context): string[] {
  const found: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const end = runEndingAfter(tokens, i);
    if (end < 0) continue;
    const mention = nameOfRun(tokens.slice(i, end + 1), isRoleWord(tokens[i - 1]));
    // Only names already known as people count here, so any verb form will do ("Mr Obama lands").
    const acting = isActing(tokens, i, end, isAnyVerb);
    const coordinated = ['and', 'or', '&'].includes(tokens[i - 1]?.text ?? '') || ['and', 'or', '&'].includes(tokens[end + 1]?.text ?? '');
    i = end;
    if (!mention || mention.organisation) continue;
    const full = ctx.registry.resolve(mention.name).name;
    if (!ctx.people.has(full)) continue;
    // "Smith and Jones met. He said…": a pronoun after two people doing one thing could be either.
    if (coordinated) return [];
    if (acting) found.push(full);
  }
  return found;
}

/** Quotation text replaced by x (marks and line breaks kept), so that sentences and names are read outside quotes only. */
export function maskQuotations(text: string, quotations: Quotation[]): string {
  const chars = text.split('');
  for (const q of quotations) {
    for (const part of q.parts) {
      // Keep the quotation's own closing punctuation: it ends the surrounding sentence ("…first time." He added).
      let stop = part.end;
      while (stop > part.start && /[.!?,]/.test(text[stop - 1])) stop--;
      for (let i = part.start; i < stop; i++) if (text[i] !== '\n') chars[i] = /\s/.test(text[i]) ? ' ' : 'x';
    }
  }
  return chars.join('');
}

/** Registers every full name and learns which of them are people, in one pass over the text outside quotes. */
function learnNames(masked: string, sentences: Span[]): Context {
  const ctx: Context = { registry: new NameRegistry(), people: new Set() };
  const mentions: { name: string; person: boolean }[] = [];
  for (const s of sentences) {
    const tokens = tokenize(masked.slice(s.start, s.end), s.start);
    for (let i = 0; i < tokens.length; i++) {
      const end = runEndingAfter(tokens, i);
      if (end < 0) continue;
      const mention = nameOfRun(tokens.slice(i, end + 1), isRoleWord(tokens[i - 1]));
      const acting = isActing(tokens, i, end);
      i = end;
      if (!mention || mention.organisation) continue;
      ctx.registry.register(mention.name);
      mentions.push({ name: mention.name, person: mention.titled || acting });
    }
  }
  for (const m of mentions) {
    const full = ctx.registry.resolve(m.name).name;
    if (m.person && full.includes(' ')) ctx.people.add(full);
  }
  return ctx;
}

export function attributeQuotations(text: string, quotations: Quotation[]): Attribution[] {
  const masked = maskQuotations(text, quotations);
  const sentences = sentenceSpans(masked);
  const ctx = learnNames(masked, sentences);
  const sentenceOf = (offset: number) => sentences.findLastIndex((s) => s.start <= offset);
  const paragraphOf = (offset: number) => (masked.slice(0, offset).match(/\n+/g) ?? []).length;
  const speakerOfSentence = new Map<number, string>();
  const results: Attribution[] = [];

  const named = (name: string, base: number): { speaker: string; confidence: number } => {
    const { name: full, ambiguous } = ctx.registry.resolve(name);
    return { speaker: full, confidence: base - (ambiguous ? 0.1 : 0) - (full === name && !name.includes(' ') ? 0.05 : 0) };
  };

  /** The person a pronoun at sentence `si` refers to: the subject of the nearest sentence before it that names someone. */
  const resolvePronoun = (si: number): { speaker: string; confidence: number } | undefined => {
    for (let s = si - 1; s >= Math.max(0, si - 5); s--) {
      const spoken = speakerOfSentence.get(s);
      if (spoken) return { speaker: spoken, confidence: 0.85 };
      const span = sentences[s];
      const people = actorsIn(tokenize(masked.slice(span.start, span.end), span.start), ctx);
      if (people.length) return { speaker: people[0], confidence: new Set(people).size > 1 ? 0.8 : 0.85 };
    }
    return undefined;
  };

  quotations.forEach((q, qi) => {
    const si = sentenceOf(q.openAt);
    const sentence = sentences[si];
    const beforeTokens = tokenize(masked.slice(sentence.start, q.openAt), sentence.start);
    const nextOpen = quotations[qi + 1]?.openAt ?? masked.length;
    const afterEnd = Math.min(sentences[sentenceOf(Math.max(q.closeEnd - 1, q.openAt))].end, nextOpen);
    const afterTokens = q.closeEnd < afterEnd ? tokenize(masked.slice(q.closeEnd, afterEnd), q.closeEnd) : [];
    const found = cueBefore(beforeTokens) ?? cueAfter(afterTokens);
    let result: Attribution = { confidence: 0 };
    if (found) {
      const { slot } = found;
      let who: { speaker: string; confidence: number } | undefined;
      // A lone capitalized word opening the sentence is a name only if the text gave its full form somewhere.
      const common = 'name' in slot && slot.opensSentence && found.how !== 'after' && !slot.titled && !ctx.registry.resolve(slot.name).name.includes(' ');
      if ('name' in slot && !common) who = named(slot.name, found.how === 'colon' ? 0.85 : 0.95);
      else if ('pronoun' in slot) who = resolvePronoun(si);
      result = { cue: found.cue, how: 'pronoun' in slot ? 'pronoun' : found.how, ...(who ?? { confidence: 0 }) };
    } else if (q.text.split(/\s+/).length >= 4 && ![...beforeTokens, ...afterTokens].some((t) => /\p{L}/u.test(t.text))) {
      // Only a quotation standing alone in its sentence continues someone: any other words
      // around it ("…," the newspaper reported) may bring in a speaker the cues do not know.
      result = continuation(qi) ?? { confidence: 0 };
    }
    if (result.speaker) speakerOfSentence.set(si, result.speaker);
    results.push(result);
  });
  return results.map((r) => (r.confidence >= SPEAKER_THRESHOLD ? r : { ...r, speaker: undefined }));

  /** A quotation without a cue continues the previous speaker's words when nothing came between. */
  function continuation(qi: number): Attribution | undefined {
    const q = quotations[qi];
    const previous = quotations[qi - 1];
    const said = results[qi - 1];
    if (!previous || !said?.speaker) return undefined;
    const here = paragraphOf(q.openAt);
    const there = paragraphOf(previous.closeEnd - 1);
    const lineStart = masked.lastIndexOf('\n', q.openAt) + 1;
    const startsParagraph = masked.slice(lineStart, q.openAt).trim() === '';
    if (here === there) return { speaker: said.speaker, confidence: Math.min(said.confidence, 0.85), how: 'continuation' };
    if (!startsParagraph) return undefined;
    if (here === there + 1) return { speaker: said.speaker, confidence: Math.min(said.confidence, 0.75), how: 'continuation' };
    // One paragraph between (a caption, a subheading) that names the same person.
    const between = masked.slice(previous.closeEnd, lineStart);
    const surname = said.speaker.split(' ').at(-1)!;
    if (here === there + 2 && between.includes(surname)) return { speaker: said.speaker, confidence: 0.65, how: 'continuation' };
    return undefined;
  }
}
