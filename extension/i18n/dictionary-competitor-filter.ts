// The inbox's competitor filter (hide the mentions about competitors only, or show only them), in English
// and Spanish; dictionary.ts merges them into the one dictionary.

export const competitorFilterEn = {
  'inbox.filter.competitor': 'Competitors',
  'inbox.competitorFilter.all': 'Show',
  'inbox.competitorFilter.hide': 'Hide',
  'inbox.competitorFilter.only': 'Only competitors',
  'inbox.competitorFilter.hint': 'Mentions about competitors only (brands marked "competitor" in the config): nothing for us to answer',
} as const;

export type CompetitorFilterMessageKey = keyof typeof competitorFilterEn;

export const competitorFilterEs: Record<CompetitorFilterMessageKey, string> = {
  'inbox.filter.competitor': 'Competidores',
  'inbox.competitorFilter.all': 'Mostrar',
  'inbox.competitorFilter.hide': 'Ocultar',
  'inbox.competitorFilter.only': 'Solo competidores',
  'inbox.competitorFilter.hint': 'Menciones que solo tratan de competidores (marcas con "competitor" en la configuración): nada que respondamos nosotros',
};
