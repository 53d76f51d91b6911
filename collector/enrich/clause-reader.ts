// Walks the tokens once, clause by clause: phrases first, then negation scope, shifters, contrast and
// emphasis decide how much each vocabulary hit counts. Questions and concessions count less.
import { ROLE } from './cue-sets.ts';
import type { Lexicon } from './lexicon.ts';
import { hasNegatorSuffix, isNegator, matchPhrase, nextHasValence, SHIFT_SCOPE, writtenScore } from './token-lookups.ts';
import type { Token } from './tokenize.ts';

/** What the walk found. */
export interface Evidence {
  /** Weighted valence sum (AFINN scale). */
  sum: number;
  /** Sums of the positive and of the negative contributions (both ≥ 0). */
  positive: number;
  negative: number;
  /** Tokens that carried sentiment. */
  hits: number;
  exclamations: number;
  /** Human-readable cues, at most a handful. */
  cues: string[];
  /** How often each construction fired (all of them, not only the noted cues): the model reads these. */
  fired: FiredCues;
}

/** Counts of the constructions the walk recognised. */
export interface FiredCues {
  /** Sentiment words read inside a negation scope. */
  negated: number;
  /** Adversatives that re-weighed a clause ("but", "pero"). */
  contrast: number;
  /** Praise openers read as sarcasm ("Genial, otra vez sin luz"). */
  sarcasm: number;
  /** Negated failure verbs ("no llegó") and negated trouble nouns ("ningún problema"). */
  failure: number;
  troubleFree: number;
  /** Multi-word vocabulary phrases (review and customer-experience phrases: "on hold for", "doble cargo"). */
  phrases: number;
  /** Sentences that ended in a question mark. */
  questions: number;
}

/** Valences of the non-word tokens (language-independent). */
export interface SymbolValences {
  emoji(key: string): number | undefined;
  emoticon(key: string): number | undefined;
  number(key: string): number | undefined;
  laughter(key: string): number | undefined;
}

const NEGATION_SCOPE = 4;
const NEGATED_POSITIVE = -0.8;
const NEGATED_NEGATIVE = -0.3;
const BEFORE_ADVERSATIVE = 0.5;
const AFTER_ADVERSATIVE = 1.5;
const CONCESSION = 0.5;
// A question asserts little: praise in it is mostly hypothetical ("is it good?"), complaint mostly real
// ("why is it so slow?").
const QUESTION_POSITIVE = 0.2;
const QUESTION_NEGATIVE = 0.7;
const SHOUTED = 1.3;
const ELONGATED = 1.2;
const MAX_CUES = 6;
/** A negated failure verb ("doesn't charge", "no llegó"), AFINN scale. */
const FAILURE = -2;
/** A negated trouble noun ("not one problem", "ningún problema"), AFINN scale. */
const TROUBLE_FREE = 2;
/** What may follow a sarcastic opener: a comma, an ellipsis, a colon or a dash. */
const OPENER_BREAK = /^[,…:;–—-]|^\.\.\./;
const SENTENCE_END = /[.?!;…\n]/;

/** Read tokens into weighted evidence. */
export function readClauses(tokens: Token[], lexicon: Lexicon, symbols: SymbolValences): Evidence {
  return new ClauseWalk(tokens, lexicon, symbols).read();
}

// One walk over one text; a class rather than closures so the hot loop allocates nothing per call.
class ClauseWalk {
  private readonly contributions: number[] = [];
  private readonly cues: string[] = [];
  private sentenceStart = 0;
  private previousStart = 0;
  private sentenceWeight = 1;
  private concession = false;
  private negation = 0;
  private negator = '';
  private advice = false;
  private wordsInSentence = 0;
  private shift = 1;
  private shiftLeft = 0;
  private exclamations = 0;
  /** The praise opener that may turn out sarcastic ("Great, …"): its contribution's index, or −1. */
  private opener = -1;
  private readonly fired: FiredCues = { negated: 0, contrast: 0, sarcasm: 0, failure: 0, troubleFree: 0, phrases: 0, questions: 0 };
  private openerRepeat = false;
  private openerNegated = false;
  private readonly shouting: boolean;

  constructor(
    private readonly tokens: Token[],
    private readonly lexicon: Lexicon,
    private readonly symbols: SymbolValences,
  ) {
    let shouted = 0;
    let words = 0;
    for (const t of tokens) if (t.kind === 'word') (words++, t.shouted && shouted++);
    this.shouting = shouted > 0.6 * words;
  }

  read(): Evidence {
    const { tokens, lexicon, symbols } = this;
    const { sets, cues: language } = lexicon;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.kind === 'stop' || token.kind === 'bang') {
        if (token.kind === 'bang') this.exclamations += token.raw.length;
        // "Genial... el técnico no vino": an ellipsis right after a praise opener leads on to what it mocks.
        if (this.opener >= 0 && this.opener === this.contributions.length - 1 && /^(?:\.\.\.|…)/.test(token.raw)) {
          this.endClause();
          continue;
        }
        if (token.kind === 'bang' || SENTENCE_END.test(token.key)) this.endSentence(token.key.includes('?'));
        else this.endClause();
        continue;
      }
      if (token.kind === 'emoji' || token.kind === 'emoticon') {
        const v = token.kind === 'emoji' ? symbols.emoji(token.key) : symbols.emoticon(token.key);
        if (v !== undefined) {
          this.contributions.push(v);
          if (this.noting()) this.cues.push(`${token.raw} ${v > 0 ? '+' : ''}${v}`);
        }
        continue;
      }
      if (token.kind === 'number') {
        const written = writtenScore(tokens, i);
        if (written) {
          this.count(written.valence, undefined, written.text);
          i += written.length - 1;
          continue;
        }
        const v = symbols.number(token.key);
        if (v !== undefined) this.count(v, undefined, token.raw);
      } else if (token.kind !== 'word') continue;
      const key = token.key;
      this.wordsInSentence++;
      // One lookup says which cue sets hold the word; most words are in none and skip every other lookup.
      const role = sets.roles.get(key) ?? 0;

      const phrase = role & ROLE.phraseStart ? matchPhrase(tokens, i, lexicon) : undefined;
      if (phrase) {
        // A phrase that carries its own negation ("ninguna queja", "no problems") already says it: after
        // another negator ("sin ninguna queja") that is Spanish negative concord, not a second denial.
        if (isNegator(phrase.words[0]!, 0, lexicon)) this.negation = 0;
        this.fired.phrases++;
        this.count(phrase.valence, undefined, phrase.text);
        i += phrase.words.length - 1;
        continue;
      }
      const two = role & ROLE.pairStart && i + 1 < tokens.length ? `${key} ${tokens[i + 1]!.key}` : '';
      const pairShift = two ? sets.shifterPhrases.get(two) : undefined;
      if (pairShift !== undefined) {
        (this.shift = pairShift), (this.shiftLeft = SHIFT_SCOPE + 1), i++;
        continue;
      }
      const adversativePair = two !== '' && sets.adversatives.has(two);
      if (role & ROLE.adversative || adversativePair) {
        this.contrast(token);
        if (adversativePair) i++;
        continue;
      }
      const concessivePair = two !== '' && sets.concessives.has(two);
      if (role & ROLE.concessive || concessivePair) {
        this.concession = true;
        if (concessivePair) i++;
        continue;
      }
      if (this.opener >= 0 && sets.repetitionWords.has(key)) this.openerRepeat = true;
      if (role & ROLE.negator || hasNegatorSuffix(key, lexicon) || (this.negation === 0 && role & ROLE.concordNegator)) {
        if (this.opener >= 0) this.openerNegated = true;
        // "Don't make my mistake", "Please don't waste your money": advice, so the warning keeps its sign.
        const opener = this.wordsInSentence === 2 && tokens[i - 1]?.kind === 'word' ? tokens[i - 1]!.key : key;
        this.advice = this.wordsInSentence <= 2 && sets.imperativeNegators.has(opener);
        this.negation = NEGATION_SCOPE + 1;
        this.negator = token.raw;
        continue;
      }
      const shifter = role & ROLE.shifter ? sets.shifters.get(key) : undefined;
      if (shifter !== undefined && nextHasValence(tokens, i, lexicon)) {
        this.shift = this.shiftLeft > 0 ? this.shift * Math.abs(shifter) : shifter;
        this.shiftLeft = SHIFT_SCOPE + 1;
        if (this.negation > 0) this.negation--;
        continue;
      }
      const verb = role & ROLE.verbOnly ? sets.verbOnly.get(key) : undefined;
      const previous = tokens[i - 1]?.key ?? '';
      const valence = verb
        ? verb.after.includes(previous) || isNegator(previous, 0, lexicon) ? verb.valence : undefined
        : (lexicon.valenceOf(key) ?? symbols.laughter(key));
      if (this.negation > 0 && language.troubleWords.has(key)) {
        this.fired.troubleFree++;
        this.contributions.push(TROUBLE_FREE * this.sentenceWeight * (this.concession ? CONCESSION : 1));
        if (this.noting()) this.cues.push(`no trouble: "${this.negator} … ${token.raw}"`);
        this.negation = 0;
        continue;
      }
      if (valence !== undefined && valence !== 0) {
        this.count(valence, token, token.raw);
        const next = tokens[i + 1];
        if (valence > 0 && this.wordsInSentence <= 2 && sets.sarcasmOpeners.has(key) && next?.kind === 'stop' && OPENER_BREAK.test(next.raw)) {
          this.opener = this.contributions.length - 1;
        }
      } else if (this.negation > 0 && language.failureVerbs.has(key)) {
        this.fired.failure++;
        this.contributions.push(FAILURE * this.sentenceWeight * (this.concession ? CONCESSION : 1));
        if (this.noting()) this.cues.push(`failure: "${this.negator} … ${token.raw}"`);
        this.negation = 0;
      }
      if (this.negation > 0) this.negation--;
      if (this.shiftLeft > 0) this.shiftLeft--;
    }
    this.settleOpener();
    let sum = 0;
    let positive = 0;
    let negative = 0;
    for (const v of this.contributions) {
      sum += v;
      if (v > 0) positive += v;
      else negative -= v;
    }
    return { sum, positive, negative, hits: this.contributions.length, exclamations: this.exclamations, cues: this.cues, fired: this.fired };
  }

  private noting(): boolean {
    return this.cues.length < MAX_CUES;
  }

  private endClause(): void {
    this.negation = 0;
    this.concession = false;
    this.shiftLeft = 0;
  }

  // "Great, another delay": praise opening a sentence whose rest complains (or repeats a lack) is sarcasm.
  private settleOpener(): void {
    if (this.opener < 0) return;
    const { contributions } = this;
    let complaint = false;
    for (let k = this.opener + 1; k < contributions.length && !complaint; k++) complaint = contributions[k]! < 0;
    if (complaint || (this.openerRepeat && this.openerNegated)) {
      contributions[this.opener] = -Math.abs(contributions[this.opener]!);
      this.fired.sarcasm++;
      if (this.noting()) this.cues.push('sarcasm: praise opening a complaint');
    }
    this.opener = -1;
    this.openerRepeat = this.openerNegated = false;
  }

  private endSentence(question: boolean): void {
    this.settleOpener();
    const { contributions } = this;
    if (question) {
      this.fired.questions++;
      for (let k = this.sentenceStart; k < contributions.length; k++) {
        contributions[k]! *= contributions[k]! > 0 ? QUESTION_POSITIVE : QUESTION_NEGATIVE;
      }
    }
    this.previousStart = this.sentenceStart;
    this.sentenceStart = contributions.length;
    this.sentenceWeight = 1;
    this.wordsInSentence = 0;
    this.endClause();
  }

  // The clause before counts less; if the sentence opens with the contrast, the previous sentence does.
  private contrast(token: Token): void {
    // "Gracias, pero no me sirvió" says its contrast out loud: not sarcasm.
    this.opener = -1;
    const { contributions } = this;
    const from = contributions.length === this.sentenceStart ? this.previousStart : this.sentenceStart;
    for (let k = from; k < contributions.length; k++) contributions[k]! *= BEFORE_ADVERSATIVE;
    this.sentenceWeight = AFTER_ADVERSATIVE;
    this.negation = 0;
    if (contributions.length > 0) this.fired.contrast++;
    if (contributions.length > 0 && this.noting()) this.cues.push(`contrast "${token.raw}": the clause after weighs more`);
  }

  private count(valence: number, token: Token | undefined, label: string): void {
    let v = valence;
    if (this.shiftLeft > 0) v *= this.shift;
    if (token?.shouted && !this.shouting) v *= SHOUTED;
    if (token?.elongated) v *= ELONGATED;
    if (this.negation > 0 && !(this.advice && v < 0)) {
      this.fired.negated++;
      v *= v > 0 ? NEGATED_POSITIVE : NEGATED_NEGATIVE;
      if (this.noting()) this.cues.push(`negated by "${this.negator}": "${label}"`);
    } else if (this.noting()) this.cues.push(`"${label}" ${valence > 0 ? '+' : ''}${Math.round(valence * 10) / 10}`);
    if (this.concession) v *= CONCESSION;
    this.contributions.push(v * this.sentenceWeight);
    this.shiftLeft = 0;
  }
}
