// The dashboard's share-of-voice panel and the inbox's competitor label, in English and Spanish;
// dictionary.ts merges them into the one dictionary.

export const shareOfVoiceEn = {
  'sov.title': 'Share of voice',
  'sov.net': 'Net sentiment',
  'sov.hint': 'Mentions of each brand as a share of all brands watched; net sentiment is positive minus negative over scored mentions.',
  'sov.empty': 'No brand mentioned in this period.',
  'sov.brand': 'Brand',
  'sov.mentions': 'Mentions',
  'sov.share': 'Share',
  'sov.ours': 'ours',
  'sov.competitor': 'competitor',
  'sov.praised': 'Praised for',
  'sov.criticised': 'Criticised for',
  'inbox.competitor': 'Competitor',
  'inbox.competitorHint': 'About a competitor, not about us: nothing to answer',
} as const;

export type ShareOfVoiceMessageKey = keyof typeof shareOfVoiceEn;

export const shareOfVoiceEs: Record<ShareOfVoiceMessageKey, string> = {
  'sov.title': 'Cuota de conversación',
  'sov.net': 'Sentimiento neto',
  'sov.hint': 'Menciones de cada marca como parte de todas las marcas vigiladas; el sentimiento neto es positivas menos negativas sobre las menciones puntuadas.',
  'sov.empty': 'Ninguna marca mencionada en este periodo.',
  'sov.brand': 'Marca',
  'sov.mentions': 'Menciones',
  'sov.share': 'Cuota',
  'sov.ours': 'nuestra',
  'sov.competitor': 'competidor',
  'sov.praised': 'Elogiada por',
  'sov.criticised': 'Criticada por',
  'inbox.competitor': 'Competidor',
  'inbox.competitorHint': 'Sobre un competidor, no sobre nosotros: nada que responder',
};
