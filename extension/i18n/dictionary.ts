// Every UI string of the extension in English and Spanish; the key set is checked by the compiler.
import type { UiLanguage } from './language.ts';

const en = {
  'options.title': 'Vigía settings',
  'options.collectorUrl': 'Collector URL',
  'options.token': 'API token',
  'options.assignee': 'Your name (assignee)',
  'options.language': 'Language',
  'options.language.auto': 'Browser language',
  'options.save': 'Save',
  'options.saved': 'Saved. Syncing with the collector…',
  'options.testConnection': 'Test connection',
  'options.testing': 'Testing…',
  'options.badUrl': 'The collector URL must start with http:// or https://',
  'connection.ok': 'Connected: collector {version}, {count} mentions.',
  'connection.unauthorized': 'The collector answered 401: the API token is missing or wrong.',
  'connection.unreachable': 'The collector is unreachable at {url}: {detail}',
  'connection.error': 'The collector answered with an error: {detail}',
  'popup.title': 'Recent mentions',
  'popup.negativeOnly': 'Negative only',
  'popup.empty': 'No mentions synced yet.',
  'popup.notConfigured': 'Set the collector URL and API token first.',
  'popup.openOptions': 'Open settings',
  'sync.idle': 'Not syncing',
  'sync.syncing': 'Syncing…',
  'sync.live': 'Live',
  'sync.error': 'Sync error: {detail}',
  'sentiment.negative': 'Negative',
  'sentiment.neutral': 'Neutral',
  'sentiment.positive': 'Positive',
  'sentiment.unscored': 'Unscored',
  'triage.status': 'Status: {status}',
  'triage.pending': '(waiting to reach the collector)',
  'triage.responded': 'Responded',
  'triage.resolved': 'Resolved',
  'triage.ignored': 'Ignore',
  'triage.failed': 'Could not update: {detail}',
  'status.new': 'new',
  'status.assigned': 'assigned',
  'status.responded': 'responded',
  'status.resolved': 'resolved',
  'status.ignored': 'ignored',
  'mention.open': 'Open post',
  'mention.by': 'by {author}',
  'mention.unknownDate': 'date unknown',
  'age.now': 'now',
  'overlay.title': 'Vigía: public mentions',
  'overlay.count': '{count} public mentions',
  'overlay.collapse': 'Collapse',
  'overlay.expand': 'Expand',
  'overlay.identities': 'Found on this page: {identities}',
  'overlay.noIdentities': 'No e-mail or social handle found on this page.',
  'overlay.empty': 'No public mentions of this person yet.',
  'overlay.loading': 'Looking up mentions…',
  'overlay.error': 'Vigía could not look up mentions: {detail}',
} as const;

/** Every translatable string, by key. */
export type MessageKey = keyof typeof en;
export type Dictionary = Record<MessageKey, string>;

const es: Dictionary = {
  'options.title': 'Ajustes de Vigía',
  'options.collectorUrl': 'URL del colector',
  'options.token': 'Token de la API',
  'options.assignee': 'Tu nombre (responsable)',
  'options.language': 'Idioma',
  'options.language.auto': 'Idioma del navegador',
  'options.save': 'Guardar',
  'options.saved': 'Guardado. Sincronizando con el colector…',
  'options.testConnection': 'Probar conexión',
  'options.testing': 'Probando…',
  'options.badUrl': 'La URL del colector debe empezar por http:// o https://',
  'connection.ok': 'Conectado: colector {version}, {count} menciones.',
  'connection.unauthorized': 'El colector respondió 401: falta el token de la API o es incorrecto.',
  'connection.unreachable': 'No se puede contactar con el colector en {url}: {detail}',
  'connection.error': 'El colector respondió con un error: {detail}',
  'popup.title': 'Menciones recientes',
  'popup.negativeOnly': 'Solo negativas',
  'popup.empty': 'Aún no hay menciones sincronizadas.',
  'popup.notConfigured': 'Primero indica la URL del colector y el token de la API.',
  'popup.openOptions': 'Abrir ajustes',
  'sync.idle': 'Sin sincronizar',
  'sync.syncing': 'Sincronizando…',
  'sync.live': 'En directo',
  'sync.error': 'Error de sincronización: {detail}',
  'sentiment.negative': 'Negativa',
  'sentiment.neutral': 'Neutra',
  'sentiment.positive': 'Positiva',
  'sentiment.unscored': 'Sin puntuar',
  'triage.status': 'Estado: {status}',
  'triage.pending': '(pendiente de llegar al colector)',
  'triage.responded': 'Respondida',
  'triage.resolved': 'Resuelta',
  'triage.ignored': 'Ignorar',
  'triage.failed': 'No se pudo actualizar: {detail}',
  'status.new': 'nueva',
  'status.assigned': 'asignada',
  'status.responded': 'respondida',
  'status.resolved': 'resuelta',
  'status.ignored': 'ignorada',
  'mention.open': 'Abrir publicación',
  'mention.by': 'de {author}',
  'mention.unknownDate': 'fecha desconocida',
  'age.now': 'ahora',
  'overlay.title': 'Vigía: menciones públicas',
  'overlay.count': '{count} menciones públicas',
  'overlay.collapse': 'Plegar',
  'overlay.expand': 'Desplegar',
  'overlay.identities': 'Encontrado en esta página: {identities}',
  'overlay.noIdentities': 'No hay ningún e-mail ni usuario de redes en esta página.',
  'overlay.empty': 'Aún no hay menciones públicas de esta persona.',
  'overlay.loading': 'Buscando menciones…',
  'overlay.error': 'Vigía no pudo buscar las menciones: {detail}',
};

const DICTIONARIES: Record<UiLanguage, Dictionary> = { en, es };

/** Placeholder values for a message, e.g. `{count: 3}` for "{count} mentions". */
export type MessageParams = Record<string, string | number>;

/** The message in the given language, with `{name}` placeholders filled in (unknown ones stay visible). */
export function translate(lang: UiLanguage, key: MessageKey, params: MessageParams = {}): string {
  return DICTIONARIES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** A translator bound to one language, handy in components. */
export type Translator = (key: MessageKey, params?: MessageParams) => string;
export const translatorFor = (lang: UiLanguage): Translator => (key, params) => translate(lang, key, params);
