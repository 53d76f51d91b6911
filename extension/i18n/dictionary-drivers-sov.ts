// What a marketing manager reading the key drivers and share of voice needs said plainly, in English and
// Spanish; dictionary.ts merges them into the one dictionary.

export const driversSovEn = {
  'drivers.netNoPrevious': 'Net sentiment {net} (no scored mentions in the previous period to compare with)',
  'drivers.ours': 'Our brands only: competitors are compared under Share of voice.',
  'dashboard.ourBrands': 'Our brands',
  'drivers.other': 'Posts about no particular aspect: {count} (moved net by {value})',
  'sov.opinions': 'Praised / criticised for',
  'sov.praisedShort': 'Praised',
  'sov.criticisedShort': 'Criticised',
  'sov.noOpinion': 'no aspect spoken of',
} as const;

export type DriversSovMessageKey = keyof typeof driversSovEn;

export const driversSovEs: Record<DriversSovMessageKey, string> = {
  'drivers.netNoPrevious': 'Sentimiento neto {net} (sin menciones puntuadas en el periodo anterior con las que comparar)',
  'drivers.ours': 'Solo nuestras marcas: los competidores se comparan en Cuota de conversación.',
  'dashboard.ourBrands': 'Nuestras marcas',
  'drivers.other': 'Menciones sin un aspecto concreto: {count} (efecto en el neto: {value})',
  'sov.opinions': 'Elogiada / criticada por',
  'sov.praisedShort': 'Elogios',
  'sov.criticisedShort': 'Críticas',
  'sov.noOpinion': 'ningún aspecto mencionado',
};
