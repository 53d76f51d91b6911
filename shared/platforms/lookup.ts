// Lookups derived from the platform catalogue: by id (or an alias), by RSSHub namespace, and names to show.
import { PLATFORMS } from './catalogue.ts';
import type { PlatformEntry } from './platform-entry.ts';

/** Every catalogue id, in catalogue order. */
export const PLATFORM_IDS: readonly string[] = PLATFORMS.map((p) => p.id);

const BY_ID = new Map<string, PlatformEntry>(PLATFORMS.flatMap((p) => [[p.id, p] as const, ...(p.aliases ?? []).map((a) => [a, p] as const)]));
const BY_RSSHUB_NAMESPACE = new Map<string, string>(PLATFORMS.flatMap((p) => (p.rsshub ?? []).map((ns) => [ns, p.id] as const)));

/** The catalogue entry of a platform id or alias (exact, lowercase), or undefined for ids it does not know. */
export const platformEntry = (id: string): PlatformEntry | undefined => BY_ID.get(id);

/** The mention kind a platform yields when its source does not say: a blog or an unknown host writes articles. */
export const mentionKindOfPlatform = (id: string): PlatformEntry['kind'] => platformEntry(id)?.kind ?? 'article';

/** The platform an RSSHub route namespace (its first path segment, lowercase) belongs to. */
export const platformOfRsshubNamespace = (namespace: string): string | undefined => BY_RSSHUB_NAMESPACE.get(namespace);

/** The name to show for a platform id in English or Spanish; an id the catalogue does not know shows as itself. */
export function platformName(id: string, language: 'en' | 'es'): string {
  const name = platformEntry(id)?.name;
  if (name === undefined) return id;
  return typeof name === 'string' ? name : name[language];
}
