// The eld detector with its medium n-gram set (see language.ts). The package ships that set as a 2 MB
// JavaScript object literal: compiling it costs ~1.5 s of CPU and ~190 MB at every start, the largest part
// of `vigia analyze` and `vigia fetch` (issue 18). The build (scripts/collector-build.js) saves the same
// n-grams as JSON beside this module, which parses in a third of the time and memory; eld's own detector
// reads them when a text first needs them. Without that file (running from the sources) or if eld's files
// moved, the package's entry loads as before: same detector, same answers, only slower.
import { existsSync, readFileSync } from 'node:fs';
import type { eld as EldDetector } from 'eld/medium';

type Detector = typeof EldDetector;

/** Written by the build from eld's `src/ngrams/medium.js`. */
export const DETECTOR_DATA_FILE = 'eld-medium.json';

interface EldInternals {
  createEld(): { instance: Detector; loadData(data: unknown): string };
}

/** What language.ts asks of the detector. */
export type LanguageDetector = Pick<Detector, 'detect'>;

/**
 * eld's detector over the saved n-grams, which are read on the first text that needs them: a run whose
 * texts are all told by their source or their function words never reads them.
 */
async function fromSavedData(file: URL): Promise<LanguageDetector | undefined> {
  if (!existsSync(file)) return undefined;
  try {
    // The detector factory is not in eld's exports map; the entry's own folder is where it lives.
    const factory = new URL('../languageDetector.js', import.meta.resolve('eld/medium'));
    const { createEld } = (await import(factory.href)) as EldInternals;
    let detector: Detector | undefined;
    const loaded = (): Detector => {
      if (detector) return detector;
      const { instance, loadData } = createEld();
      if (!loadData(JSON.parse(readFileSync(file, 'utf8')))) throw new Error(`language: ${file.pathname} holds no n-grams (rebuild: npm run build:collector)`);
      return (detector = instance);
    };
    return { detect: (text) => loaded().detect(text) };
  } catch {
    return undefined;
  }
}

/** The detector, loaded once per process. */
export const eld: LanguageDetector = (await fromSavedData(new URL(`./${DETECTOR_DATA_FILE}`, import.meta.url))) ?? (await import('eld/medium')).eld;
