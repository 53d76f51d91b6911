// How old a mention is, in plain words (English and Spanish), against the response limit.
export interface Words {
  en: string;
  es: string;
}

/** The recency factor's words for a publication date (absent, unreadable, or `ageHours` old). */
export function ageWords(publishedAt: string | undefined, ageHours: number, limitHours: number): Words {
  if (publishedAt === undefined) return { en: 'publication date unknown', es: 'fecha de publicación desconocida' };
  if (!Number.isFinite(ageHours)) return { en: `publication date unreadable: ${publishedAt}`, es: `fecha de publicación ilegible: ${publishedAt}` };
  const age = Math.max(0, ageHours);
  if (age < 1) return { en: 'published less than an hour ago', es: 'publicada hace menos de una hora' };
  if (age <= limitHours) {
    const hours = Math.floor(age);
    const left = Math.ceil(limitHours - age);
    return { en: `published ${hours} h ago: ${left} h left to answer within ${limitHours} h`, es: `publicada hace ${hours} h: quedan ${left} h para responder en ${limitHours} h` };
  }
  const days = Math.floor(age / 24);
  return { en: `published ${days} d ago: past the ${limitHours} h response window`, es: `publicada hace ${days} d: fuera del plazo de ${limitHours} h` };
}
