// The overlay's line on what the page told about the customer ("Found: e-mail, HubSpot id · Not found:
// handle"), in English and Spanish; dictionary.ts merges them into the one dictionary.

export const identityEn = {
  'identity.found': 'Found: {list}',
  'identity.notFound': 'Not found: {list}',
  'identity.email': 'e-mail',
  'identity.handle': 'handle',
  'identity.crmId': '{system} id',
} as const;

export type IdentityMessageKey = keyof typeof identityEn;

export const identityEs: Record<IdentityMessageKey, string> = {
  'identity.found': 'Encontrado: {list}',
  'identity.notFound': 'No encontrado: {list}',
  'identity.email': 'e-mail',
  'identity.handle': 'usuario de redes',
  'identity.crmId': 'id de {system}',
};
