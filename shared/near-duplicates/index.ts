// Near-duplicate grouping of mentions across platforms: normalisation, fingerprints, and the incremental index.
export { nearDuplicateKey, toDuplicateWords } from './normalize.ts';
export { fingerprint, shingleSimilarity, type Fingerprint } from './fingerprint.ts';
export { NearDuplicateIndex, type NearDuplicateOptions } from './near-duplicate-index.ts';
