// The strings of aspects (what a mention talks about) and the key-driver panel, in English and Spanish;
// dictionary.ts merges them into the one dictionary. A brand's own aspect ids have no entry: they are shown
// as the config spells them.

import { SHIPPED_ASPECTS, type ShippedAspect } from '../../shared/aspects/aspect-ids.ts';
import { ASPECT_NAMES } from '../../shared/aspects/aspect-names.ts';

/** The shipped aspects' names (shared/aspects/aspect-names.ts) as dictionary entries `aspect.<id>`. */
const aspectNames = (lang: 'en' | 'es') => Object.fromEntries(SHIPPED_ASPECTS.map((a) => [`aspect.${a}`, ASPECT_NAMES[a][lang]])) as Record<`aspect.${ShippedAspect}`, string>;

export const aspectsEn = {
  ...aspectNames('en'),
  'aspects.label': 'Talks about',
  'aspects.chip': '{aspect}: {sentiment}',
  'aspects.filter': 'Aspect',
  'inbox.range': '{from} – {to}',
  'inbox.range.clear': 'Show every date again',
  'drivers.title': 'Key drivers',
  'drivers.hint': 'What moved net sentiment against the previous {days} days. Click an aspect to see its mentions.',
  'drivers.net': 'Net sentiment {net} ({change} against the previous period)',
  'drivers.netNone': 'No mentions in this period.',
  'drivers.empty': 'No aspects in this period.',
  'drivers.aspect': 'Aspect',
  'drivers.volume': 'Mentions',
  'drivers.aspectNet': 'Net',
  'drivers.change': 'Change',
  'drivers.contribution': 'Moved net by',
  'drivers.open': 'Show the {count} mentions about {aspect}',
  'drivers.unavailable': 'Key drivers need the collector: {detail}',
  'drivers.unexplained': 'Not explained by aspects: {value}',
  'journey.topic': 'Topic: {topic}',
} as const;

export const aspectsEs: Record<keyof typeof aspectsEn, string> = {
  ...aspectNames('es'),
  'aspects.label': 'Habla de',
  'aspects.chip': '{aspect}: {sentiment}',
  'aspects.filter': 'Aspecto',
  'inbox.range': '{from} – {to}',
  'inbox.range.clear': 'Volver a mostrar todas las fechas',
  'drivers.title': 'Factores clave',
  'drivers.hint': 'Qué movió el sentimiento neto frente a los {days} días anteriores. Pulsa un aspecto para ver sus menciones.',
  'drivers.net': 'Sentimiento neto {net} ({change} frente al periodo anterior)',
  'drivers.netNone': 'No hay menciones en este periodo.',
  'drivers.empty': 'No hay aspectos en este periodo.',
  'drivers.aspect': 'Aspecto',
  'drivers.volume': 'Menciones',
  'drivers.aspectNet': 'Neto',
  'drivers.change': 'Cambio',
  'drivers.contribution': 'Movió el neto',
  'drivers.open': 'Ver las {count} menciones sobre {aspect}',
  'drivers.unavailable': 'Los factores clave necesitan el colector: {detail}',
  'drivers.unexplained': 'Sin explicar por aspectos: {value}',
  'journey.topic': 'Tema: {topic}',
};
