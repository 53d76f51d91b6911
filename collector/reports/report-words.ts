// The words of a report in English and Spanish, and the number and date formats of each language.
export const REPORT_LANGS = ['en', 'es'] as const;
export type ReportLang = (typeof REPORT_LANGS)[number];

const en = {
  title: 'Customer conversation report',
  period: 'Period',
  brand: 'Brand',
  allBrands: 'Our brands',
  generated: 'Generated',
  summary: 'Summary',
  volume: 'Mentions',
  negativeShare: 'Negative share',
  netSentiment: 'Net sentiment',
  answered48: 'Complaints answered within 48 h',
  trend: 'Volume and sentiment',
  trendHint: 'Mentions per {bucket}, by sentiment.',
  negative: 'Negative',
  neutral: 'Neutral',
  positive: 'Positive',
  unscored: 'Unscored',
  total: 'Total',
  day: 'day',
  week: 'week',
  hour: 'hour',
  keyDrivers: 'Key drivers',
  keyDriversHint: 'What moved net sentiment against the previous period of the same length.',
  aspect: 'Aspect',
  change: 'Change',
  movedNet: 'Moved net by',
  noPrevious: 'no mentions in the previous period to compare with',
  netMoved: 'net sentiment moved {change} (from {before})',
  phrases: 'What complaints are about',
  phrasesHint: 'Phrases negative mentions use more than the others do.',
  phrase: 'Phrase',
  mentions: 'Mentions',
  share: 'Share of voice',
  shareHint: 'Each brand’s mentions as a share of all brands watched, and its net sentiment (positive minus negative over scored mentions).',
  shareChart: 'Share of voice per {bucket}',
  netChart: 'Net sentiment per {bucket}, by brand (−1 all negative … +1 all positive)',
  competitor: 'competitor',
  ours: 'ours',
  praised: 'Praised for',
  criticised: 'Criticised for',
  responses: 'Response times',
  responsesHint: 'Negative mentions against the 48-hour limit.',
  within48: 'Answered within 48 h',
  over48: 'Over 48 h or unanswered after 48 h',
  waiting: 'Waiting, still inside 48 h',
  compliance: 'Within the limit',
  topPosts: 'Most-seen posts',
  topPostsHint: 'Widest reach first, then the most urgent to answer.',
  topPostsNoReach: 'No reach figures for these posts: the most urgent to answer first.',
  platform: 'Platform',
  author: 'Author',
  published: 'Published',
  sentiment: 'Sentiment',
  reach: 'Reach',
  post: 'Post',
  open: 'open',
  none: 'Nothing in this period.',
  noValue: '—',
} as const;

export type ReportWord = keyof typeof en;

const es: Record<ReportWord, string> = {
  title: 'Informe de la conversación con los clientes',
  period: 'Periodo',
  brand: 'Marca',
  allBrands: 'Nuestras marcas',
  generated: 'Generado',
  summary: 'Resumen',
  volume: 'Menciones',
  negativeShare: 'Proporción negativa',
  netSentiment: 'Sentimiento neto',
  answered48: 'Quejas respondidas en 48 h',
  trend: 'Volumen y sentimiento',
  trendHint: 'Menciones por {bucket}, según el sentimiento.',
  negative: 'Negativo',
  neutral: 'Neutro',
  positive: 'Positivo',
  unscored: 'Sin puntuar',
  total: 'Total',
  day: 'día',
  week: 'semana',
  hour: 'hora',
  keyDrivers: 'Factores clave',
  keyDriversHint: 'Lo que movió el sentimiento neto frente al periodo anterior de la misma duración.',
  aspect: 'Aspecto',
  change: 'Cambio',
  movedNet: 'Movió el neto',
  noPrevious: 'sin menciones en el periodo anterior con las que comparar',
  netMoved: 'el sentimiento neto se movió {change} (desde {before})',
  phrases: 'De qué tratan las quejas',
  phrasesHint: 'Frases que las menciones negativas usan más que las demás.',
  phrase: 'Frase',
  mentions: 'Menciones',
  share: 'Cuota de conversación',
  shareHint: 'Las menciones de cada marca como parte de todas las marcas vigiladas, y su sentimiento neto (positivas menos negativas sobre las puntuadas).',
  shareChart: 'Cuota de conversación por {bucket}',
  netChart: 'Sentimiento neto por {bucket} y marca (−1 todo negativo … +1 todo positivo)',
  competitor: 'competidor',
  ours: 'nuestra',
  praised: 'Elogiado por',
  criticised: 'Criticado por',
  responses: 'Tiempos de respuesta',
  responsesHint: 'Menciones negativas frente al límite de 48 horas.',
  within48: 'Respondidas en 48 h',
  over48: 'Más de 48 h o sin respuesta pasadas 48 h',
  waiting: 'Esperando, aún dentro de 48 h',
  compliance: 'Dentro del límite',
  topPosts: 'Publicaciones más vistas',
  topPostsHint: 'Primero las de mayor alcance, después las más urgentes de responder.',
  topPostsNoReach: 'Estas publicaciones no tienen cifras de alcance: primero las más urgentes de responder.',
  platform: 'Plataforma',
  author: 'Autor',
  published: 'Publicado',
  sentiment: 'Sentimiento',
  reach: 'Alcance',
  post: 'Publicación',
  open: 'abrir',
  none: 'Nada en este periodo.',
  noValue: '—',
};

export interface ReportFormat {
  word(key: ReportWord, vars?: Record<string, string>): string;
  number(n: number): string;
  /** 0–1 as a percentage with no decimals. */
  percent(share: number | null): string;
  /** −1…1 with its sign, e.g. "+0.25" / "−0,40". */
  signed(n: number | null): string;
  date(iso: string): string;
  locale: string;
}

export function reportFormat(lang: ReportLang): ReportFormat {
  const words = lang === 'es' ? es : en;
  const locale = lang === 'es' ? 'es-ES' : 'en-GB';
  const number = new Intl.NumberFormat(locale);
  const signed = new Intl.NumberFormat(locale, { signDisplay: 'exceptZero', minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  return {
    locale,
    word: (key, vars = {}) => words[key].replace(/\{(\w+)\}/g, (m, name: string) => vars[name] ?? m),
    number: (n) => number.format(n),
    percent: (share) => (share === null ? words.noValue : percent.format(share)),
    signed: (n) => (n === null ? words.noValue : signed.format(n)),
    date: (iso) => date.format(new Date(iso)),
  };
}
