// The content words of a mention, kept for negative mentions so "top negative terms" is one SQL count. The
// rule is shared with the extension's offline dashboard: shared/stats/mention-terms.ts.
export { MAX_TERMS_PER_MENTION, foldTitleAndText, mentionTerms, phrasesOfFolded } from '../../shared/stats/mention-terms.ts';
export { STOPWORDS } from '../../shared/stats/stopwords.ts';
