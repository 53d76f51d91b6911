// What the demo's site pages show: a few posts or reviews per site and language, mixed in tone so the
// badges show every sentiment. Dated hours before the demo starts. Invented people and texts.
import type { DemoSiteId } from './site-pages.ts';

export interface SitePost {
  id: string;
  numericId: string;
  hexId: string;
  slug: string;
  handle: string;
  name: string;
  title: string;
  text: string;
  stars: number;
  /** ISO 8601. */
  at: string;
  /** The relative date the site would print. */
  ago: string;
}

type Seed = Pick<SitePost, 'handle' | 'name' | 'title' | 'text' | 'stars'> & { hours: number };

const SEEDS: Record<DemoSiteId, Record<'en' | 'es', Seed[]>> = {
  reddit: {
    es: [
      { handle: 'marta_rz', name: 'Marta Ruiz', title: 'Tercera vez que el técnico de Lumora no aparece', text: 'Tercera cita perdida para el traslado. Nadie avisa, nadie llama. Si no lo arreglan me voy.', stars: 1, hours: 3 },
      { handle: 'pablo_gz', name: 'Pablo G.', title: 'Dos años con Lumora y ni un solo corte', text: 'Fibra 600 estable y el router aguanta todo. Lo recomiendo.', stars: 5, hours: 5 },
      { handle: 'ines_84', name: 'Inés', title: '¿Lumora cobra por cambiar de tarifa?', text: '¿Alguien sabe si Lumora cobra por pasar de la Fibra 300 a la 600?', stars: 3, hours: 8 },
    ],
    en: [
      { handle: 'jamesp_uk', name: 'James Porter', title: 'Lumora drop-outs every evening', text: 'My Lumora line drops every evening around 8pm. Fourth call to support and still no engineer.', stars: 1, hours: 2 },
      { handle: 'ellie_b', name: 'Ellie B.', title: 'Lumora install was quick', text: 'Engineer came on time and the fibre was working in an hour. Really happy so far.', stars: 5, hours: 6 },
      { handle: 'tom_h', name: 'Tom H.', title: 'Lumora Box bridge mode?', text: 'Can the Lumora Box run in bridge mode with my own router?', stars: 3, hours: 9 },
    ],
  },
  x: {
    es: [
      { handle: 'nuria_bcn', name: 'Núria', title: '', text: 'Dos horas esperando en el chat de @Lumora para una factura mal hecha. Pésimo servicio.', stars: 1, hours: 1 },
      { handle: 'rafa_sevilla', name: 'Rafa', title: '', text: 'La nueva app de Lumora está genial, por fin veo el consumo sin llamar. 👏', stars: 5, hours: 4 },
      { handle: 'txema_bio', name: 'Txema', title: '', text: '¿Lumora tiene fibra ya en Bilbao la Vieja? Me mudo en enero.', stars: 3, hours: 7 },
    ],
    en: [
      { handle: 'priya_k', name: 'Priya K.', title: '', text: 'Third outage this week with @Lumora. I work from home, this is not acceptable.', stars: 1, hours: 1 },
      { handle: 'mike_mcr', name: 'Mike', title: '', text: 'Shout-out to Lumora support, sorted my bill in five minutes. Great service.', stars: 5, hours: 3 },
      { handle: 'sophie_w', name: 'Sophie W.', title: '', text: 'Does Lumora keep the price if you move house?', stars: 3, hours: 10 },
    ],
  },
  trustpilot: {
    es: [
      { handle: 'sergio', name: 'Sergio Alcántara', title: 'Me cobraron dos veces', text: 'Lumora me cobró dos veces la factura de noviembre y tardaron un mes en devolverlo. Fatal.', stars: 1, hours: 20 },
      { handle: 'lucia', name: 'Lucía Pérez', title: 'Muy buena atención', text: 'Instalación rápida y el técnico muy amable. La velocidad es la contratada.', stars: 5, hours: 30 },
      { handle: 'andres', name: 'Andrés M.', title: 'Correcto, sin más', text: 'El servicio funciona, aunque la app a veces se cierra.', stars: 3, hours: 40 },
    ],
    en: [
      { handle: 'tom', name: 'Tom Barker', title: 'Cancelled my install twice', text: 'Lumora cancelled my installation twice without telling me. Awful service, never again.', stars: 1, hours: 18 },
      { handle: 'grace', name: 'Grace Hill', title: 'Fast and friendly', text: 'Switched from Nubitel, twice the speed for the same price and lovely support staff.', stars: 5, hours: 26 },
      { handle: 'ravi', name: 'Ravi Shah', title: 'Decent but slow evenings', text: 'Good value, though speeds drop a bit in the evenings.', stars: 3, hours: 50 },
    ],
  },
  'google-maps': {
    es: [
      { handle: 'carlos', name: 'Carlos M.', title: '', text: 'Me tuvieron esperando una hora para cambiar el router. Mal.', stars: 2, hours: 30 },
      { handle: 'elena', name: 'Elena R.', title: '', text: 'Muy amables en la tienda, me resolvieron lo de la portabilidad en diez minutos.', stars: 5, hours: 45 },
      { handle: 'jordi', name: 'Jordi V.', title: '', text: 'Tienda pequeña y con cola, pero te atienden bien.', stars: 3, hours: 70 },
    ],
    en: [
      { handle: 'olivia', name: 'Olivia W.', title: '', text: 'Friendly staff, sorted my SIM in five minutes.', stars: 5, hours: 24 },
      { handle: 'dan', name: 'Dan K.', title: '', text: 'Rude staff and they could not explain my bill. Terrible experience.', stars: 1, hours: 36 },
      { handle: 'amy', name: 'Amy L.', title: '', text: 'Okay store, a bit of a queue at lunchtime.', stars: 3, hours: 60 },
    ],
  },
};

const ago = (hours: number, lang: 'en' | 'es') =>
  hours < 24 ? (lang === 'es' ? `hace ${hours} h` : `${hours}h ago`) : lang === 'es' ? `hace ${Math.round(hours / 24)} d` : `${Math.round(hours / 24)}d ago`;

const slug = (title: string) => title.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '').split('_').slice(0, 6).join('_') || 'post';

/** Stable ids from the site, language and position, so a badge's triage survives a restart. */
function build(site: DemoSiteId, lang: 'en' | 'es', seed: Seed, index: number, now: number): SitePost {
  const n = BigInt(1_870_000_000_000 + [...`${site}${lang}`].reduce((sum, c) => sum * 31 + c.charCodeAt(0), 0) % 1_000_000 + index);
  return {
    ...seed,
    id: (n * 7n).toString(36).slice(-7),
    numericId: (n * 1_000_000n).toString(),
    hexId: (n * 4_096n).toString(16).padStart(24, '6'),
    slug: slug(seed.title || seed.text),
    at: new Date(now - seed.hours * 3_600_000).toISOString(),
    ago: ago(seed.hours, lang),
  };
}

const now = Date.now();
export const SITE_POSTS: Record<DemoSiteId, Record<'en' | 'es', SitePost[]>> = Object.fromEntries(
  Object.entries(SEEDS).map(([site, byLang]) => [
    site,
    { en: byLang.en.map((s, i) => build(site as DemoSiteId, 'en', s, i, now)), es: byLang.es.map((s, i) => build(site as DemoSiteId, 'es', s, i, now)) },
  ]),
) as Record<DemoSiteId, Record<'en' | 'es', SitePost[]>>;
