// Types of collector-build.js for the TypeScript that calls it (bench, tests).

/** The repository root. */
export const ROOT: string;
/** Where the build goes (git-ignored). */
export const BUILD_DIR: string;
/** Every file the build depends on, relative to the root. */
export function buildInputs(root?: string): { path: string; mtimeMs: number }[];
/** Whether `outDir` holds a build of the current sources. */
export function buildState(outDir?: string, root?: string): 'missing' | 'stale' | 'current';
/** Compiles the collector into `outDir` (built beside it, then swapped in). */
export function buildCollector(outDir?: string, root?: string): Promise<{ modules: number; files: number; ms: number }>;
