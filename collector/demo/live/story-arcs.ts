// The stories a newcomer watches unfold: a known customer complains in public, escalates, Lumora's team
// answers (in public, and in the CRM: the post is marked responded and the reply becomes a touchpoint),
// and the customer's next post says whether it worked — or not. The people are the demo CRM's customers
// (crm-exports/), so their posts land on their journeys; which ending each story gets is seeded.
import type { DemoFeed } from './live-post.ts';

/** One post of a story: where it appears and what it says (Reddit posts also have a title). */
export interface StoryPost {
  feed: Extract<DemoFeed, 'reddit' | 'mastodon'>;
  title?: string;
  text: string;
}

/** What the team records in the CRM when it acts (imported like a helpdesk's webhook would send it). */
export interface StoryTouchpoint {
  channel: 'social' | 'phone' | 'email';
  summary: string;
  outcome: 'pending' | 'resolved' | 'unresolved';
}

export interface StoryArc {
  /** The customer, as the CRM knows them (e-mail links the touchpoints to them). */
  customer: { name: string; email: string };
  lang: 'en' | 'es';
  /** Their handles: Reddit user name, Mastodon `user@instance`. */
  reddit?: string;
  mastodon?: string;
  /** The brand's support account that answers in public. */
  brand: { reddit: string; mastodon: string; agent: string };
  complaint: StoryPost;
  escalation: StoryPost;
  reply: StoryPost & { touchpoint: StoryTouchpoint };
  recovered: StoryPost & { touchpoint: StoryTouchpoint };
  lost: StoryPost & { touchpoint: StoryTouchpoint };
}

const BRAND_ES = { reddit: 'Lumora_Soporte', mastodon: 'lumora_ayuda@mastodon.social', agent: 'Lucía (Lumora)' };
const BRAND_EN = { reddit: 'LumoraUK_Support', mastodon: 'lumorahelp@mastodon.social', agent: 'Sam (Lumora)' };

export const STORY_ARCS: readonly StoryArc[] = [
  {
    customer: { name: 'Marta Ruiz', email: 'marta@example.com' },
    lang: 'es',
    reddit: 'marta_rz',
    mastodon: 'marta_rz@mastodon.social',
    brand: BRAND_ES,
    complaint: { feed: 'mastodon', text: 'Seis días desde que pedí la portabilidad y #Lumora me sigue cobrando el traslado que nunca hicieron. Nadie contesta.' },
    escalation: { feed: 'reddit', title: 'He puesto una reclamación en consumo contra Lumora', text: 'Me cobran un traslado de fibra que nunca hicieron: tres citas perdidas y cuatro llamadas. Ya he puesto la reclamación en consumo. Si mañana no me llaman, se acabó.' },
    reply: { feed: 'mastodon', text: '@marta_rz Hola Marta, lo sentimos mucho. Hemos anulado el cargo del traslado y te llamamos hoy antes de las 18:00 para cerrar tu caso. Equipo Lumora', touchpoint: { channel: 'social', summary: 'Respuesta pública en Mastodon: cargo del traslado anulado, llamada hoy', outcome: 'pending' } },
    recovered: { feed: 'mastodon', text: 'Me ha llamado #Lumora: han anulado el cargo y me devuelven lo cobrado. Tarde, pero bien resuelto. Gracias.', touchpoint: { channel: 'phone', summary: 'Llamada: cargo anulado y devolución hecha; la clienta lo da por resuelto', outcome: 'resolved' } },
    lost: { feed: 'mastodon', text: 'Ni llamada ni devolución. Me voy de #Lumora: mañana firmo la portabilidad con Nubitel. Pésimo servicio.', touchpoint: { channel: 'phone', summary: 'Llamada sin respuesta; la clienta confirma la baja', outcome: 'unresolved' } },
  },
  {
    customer: { name: 'James Porter', email: 'james.porter@example.co.uk' },
    lang: 'en',
    reddit: 'jamesp_uk',
    brand: BRAND_EN,
    complaint: { feed: 'reddit', title: 'Lumora drop-outs are back', text: 'The evening drop-outs on my Lumora line are back after a week. The Lumora Box reboots itself around 8pm every night.' },
    escalation: { feed: 'reddit', title: 'Lumora: no internet again and nobody answers', text: 'No internet again tonight and the Lumora chat has had me on hold for an hour. Fourth contact about the same fault. I am close to cancelling.' },
    reply: { feed: 'reddit', title: 'Lumora support: engineer booked for tomorrow', text: 'Hi James, thanks for your patience. Your ticket is back with our second-line team and an engineer will visit tomorrow at 8am. Sam, Lumora support', touchpoint: { channel: 'social', summary: 'Public reply on Reddit: ticket reopened, engineer booked for 8am', outcome: 'pending' } },
    recovered: { feed: 'reddit', title: 'Lumora sorted it, thanks', text: 'Great news: the Lumora engineer came this morning, replaced the splitter and the line has been perfect all evening. Thank you, Lumora.', touchpoint: { channel: 'phone', summary: 'Engineer visit: splitter replaced, line stable', outcome: 'resolved' } },
    lost: { feed: 'reddit', title: 'Cancelling Lumora', text: 'Engineer never came. I have cancelled Lumora and I am switching to Nubitel. Third bad experience in a month.', touchpoint: { channel: 'phone', summary: 'Missed engineer visit; customer cancelled', outcome: 'unresolved' } },
  },
  {
    customer: { name: 'Daniel Ovejero', email: 'dani.ovejero@example.es' },
    lang: 'es',
    reddit: 'dani_ovd',
    mastodon: 'daniovd@mastodon.social',
    brand: BRAND_ES,
    complaint: { feed: 'mastodon', text: 'Otro mes y #Lumora sigue sin devolverme los 120 € de permanencia que me cobraron después de darme de baja.' },
    escalation: { feed: 'reddit', title: 'Lumora me sigue cobrando tras la baja', text: 'Segunda factura de Lumora después de la baja. Nadie responde a la reclamación por escrito. Voy a denunciar en consumo y a contarlo en todas partes.' },
    reply: { feed: 'reddit', title: 'Re: Lumora me sigue cobrando tras la baja', text: 'Hola Daniel, tienes razón y lo sentimos. Hemos pedido la devolución de los 120 € y de la segunda factura; te escribimos por correo con el justificante. Lucía, Lumora', touchpoint: { channel: 'social', summary: 'Respuesta en Reddit: devolución de 120 € y de la segunda factura solicitada', outcome: 'pending' } },
    recovered: { feed: 'mastodon', text: 'Por fin: #Lumora me ha devuelto lo cobrado. Gracias a quien lo movió, así sí.', touchpoint: { channel: 'email', summary: 'Justificante de devolución enviado; el cliente lo confirma', outcome: 'resolved' } },
    lost: { feed: 'mastodon', text: 'Un mes después, #Lumora ni devuelve ni contesta. Denuncia presentada en consumo.', touchpoint: { channel: 'email', summary: 'Devolución sin hacer; el cliente presenta reclamación oficial', outcome: 'unresolved' } },
  },
  {
    customer: { name: 'Oliver Thompson', email: 'oliver.thompson@example.co.uk' },
    lang: 'en',
    mastodon: 'oliver_t@mastodon.social',
    brand: BRAND_EN,
    complaint: { feed: 'mastodon', text: 'The #Lumora app crashed again while I was paying my bill. Second time this month.' },
    escalation: { feed: 'mastodon', text: '#Lumora charged me twice after the app crashed mid-payment and support keeps me on hold. I want my money back today.' },
    reply: { feed: 'mastodon', text: '@oliver_t Hi Oliver, thanks for letting us know. Your duplicate payment is refunded and reaches your account within two days, and the app fix is on its way. Sam, Lumora', touchpoint: { channel: 'social', summary: 'Public reply on Mastodon: duplicate payment refunded', outcome: 'pending' } },
    recovered: { feed: 'mastodon', text: 'Refund from #Lumora arrived and the new app version works perfectly. Great support in the end, thank you!', touchpoint: { channel: 'email', summary: 'Refund confirmed by the customer', outcome: 'resolved' } },
    lost: { feed: 'mastodon', text: 'Still no refund from #Lumora. Done with them, moving to Nubitel at the end of the month.', touchpoint: { channel: 'email', summary: 'Refund not received; customer leaving', outcome: 'unresolved' } },
  },
];
