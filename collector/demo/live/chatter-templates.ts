// What people say about Lumora between the stories: praise, questions, mild and urgent complaints, news,
// and posts about other Lumoras (job ads the brand query excludes). Templates with slots, in Spanish and
// English; the stream fills them with seeded randomness. Everything here is invented.

/** Kinds of background post, with how often each appears (weights). */
export const CHATTER_WEIGHTS = { praise: 34, question: 30, news: 14, offBrand: 6, mild: 11, urgent: 5 } as const;
export type ChatterKind = keyof typeof CHATTER_WEIGHTS;

export interface ChatterTemplates {
  /** Reddit titles (a post's first line) and bodies; Mastodon posts use the body alone. */
  posts: Record<Exclude<ChatterKind, 'news'>, readonly { title: string; body: string }[]>;
  /** Headlines, without the outlet (the stream appends " - Outlet" as Google News does). */
  news: readonly string[];
  outlets: readonly { name: string; domain: string }[];
  slots: Readonly<Record<string, readonly string[]>>;
}

const es: ChatterTemplates = {
  posts: {
    praise: [
      { title: '{months} meses con Lumora y ni un corte', body: '{months} meses con la {plan} de Lumora y ni un corte. La velocidad real ronda los {speed} Mb por cable. Muy contento.' },
      { title: 'Instalación de Lumora en {city}: de diez', body: 'Me han instalado la fibra de Lumora en {city} en {days} días. El técnico, puntual y muy majo. Todo funcionando a la primera.' },
      { title: 'El chat de Lumora, rapidísimo', body: 'El chat de Lumora me ha resuelto lo de la factura en {minutes} minutos. Así sí, da gusto.' },
      { title: 'La app Mi Lumora ha mejorado mucho', body: 'La nueva app Mi Lumora está genial: ves el consumo y cambias la clave del WiFi en un momento. Bien hecho, Lumora.' },
      { title: 'Recomiendo Lumora', body: 'Me pasé a Lumora desde Nubitel hace {months} meses y encantado: mismo precio, el doble de velocidad y atención amable. Lo recomiendo.' },
    ],
    question: [
      { title: '¿Lumora {question}?', body: '¿Alguien sabe si Lumora {question}? No lo encuentro en la web.' },
      { title: 'Pregunta sobre la {plan} de Lumora', body: 'Pregunta para clientes de Lumora en {city}: ¿qué velocidad real os da la {plan} por WiFi en un piso grande?' },
      { title: 'Duda con la Lumora Box', body: '¿Se puede poner la Lumora Box en modo puente para usar mi propio router? ¿Alguien lo ha hecho?' },
    ],
    mild: [
      { title: 'La Lumora Box va lenta por las noches', body: 'La Lumora Box va lentísima por las noches en {city}. ¿Algún truco con los canales del WiFi?' },
      { title: 'Esperando en el chat de Lumora', body: 'Llevo {minutes} minutos esperando en el chat de Lumora para una consulta de la factura. Bastante lento.' },
      { title: 'La app de Lumora se cierra', body: 'La app Mi Lumora se cierra cada vez que intento ver la factura. Bastante molesto.' },
    ],
    urgent: [
      { title: 'Sin internet en {city}', body: 'Sin internet desde las {hour} en {city}. La app de Lumora dice que no hay incidencias. ¿A alguien más le pasa?' },
      { title: 'Lumora me cobra dos veces', body: 'Lumora me ha cobrado dos veces la factura de {month} y nadie me lo devuelve. Tercera llamada ya.' },
      { title: 'Otra caída de Lumora', body: 'Tercera vez este mes que se cae la fibra de Lumora en {city}. Teletrabajo y así no puedo trabajar.' },
    ],
    offBrand: [
      { title: 'Oferta de empleo en Lumora Velas', body: 'Lumora Velas busca dependienta para su tienda de {city}. Oferta de empleo a media jornada.' },
    ],
  },
  news: [
    'Lumora amplía su red de fibra a {thousands}.000 hogares más en {region}',
    'Lumora lanza la Fibra 1 Gb a {price} euros al mes',
    'Lumora renueva la app Mi Lumora con un asistente de averías',
    'Lumora abrirá {stores} tiendas nuevas en {region} este año',
  ],
  outlets: [
    { name: 'Telecom Semanal', domain: 'telecomsemanal.example' },
    { name: 'Noticias Conecta', domain: 'noticiasconecta.example' },
    { name: 'Diario Digital del Levante', domain: 'diariolevante.example' },
  ],
  slots: {
    months: ['tres', 'seis', 'ocho', 'diez', 'catorce'],
    plan: ['Fibra 600', 'Fibra 1 Gb', 'Fibra 300'],
    speed: ['580', '590', '610', '940'],
    city: ['Valencia', 'Madrid', 'Sevilla', 'Zaragoza', 'Bilbao', 'Málaga', 'Alicante'],
    days: ['dos', 'tres', 'cuatro'],
    minutes: ['cinco', 'diez', 'cuarenta', 'cincuenta'],
    question: ['deja cambiar la fecha de la factura desde la app', 'cobra por cambiar de tarifa', 'tiene fibra en {city}', 'mantiene el precio si te mudas'],
    hour: ['las 9', 'las 11', 'mediodía', 'las 4 de la tarde'],
    month: ['octubre', 'noviembre'],
    thousands: ['120', '200', '350'],
    region: ['la Comunidad Valenciana', 'Andalucía', 'Aragón', 'el País Vasco'],
    price: ['35', '39'],
    stores: ['doce', 'veinte'],
  },
};

const en: ChatterTemplates = {
  posts: {
    praise: [
      { title: '{monthsEn} months on Lumora, zero drop-outs', body: '{monthsEn} months on Lumora {planEn} and not a single drop-out. Around {speed} Mb on cable. Really happy with it.' },
      { title: 'Lumora install in {cityEn}: spot on', body: 'Lumora fitted my fibre in {cityEn} in {daysEn} days. The engineer was on time and friendly. Working first try.' },
      { title: 'Lumora support sorted me quickly', body: 'Lumora chat fixed my billing question in {minutesEn} minutes. Great service, thanks.' },
      { title: 'Would recommend Lumora', body: 'Switched to Lumora from Nubitel {monthsEn} months ago and love it: same price, twice the speed, friendly support. Highly recommend.' },
    ],
    question: [
      { title: 'Does Lumora {questionEn}?', body: 'Does anyone know if Lumora {questionEn}? Cannot find it on their site.' },
      { title: 'Lumora {planEn} real speeds?', body: 'Question for Lumora customers in {cityEn}: what speed do you actually get over WiFi on {planEn}?' },
      { title: 'Lumora Box bridge mode', body: 'Can the Lumora Box run in bridge mode so I can use my own router? Has anyone tried?' },
    ],
    mild: [
      { title: 'Lumora Box slow in the evenings', body: 'The Lumora Box gets really slow in the evenings in {cityEn}. Any tips on WiFi channels?' },
      { title: 'Long wait on Lumora chat', body: 'Been waiting {minutesEn} minutes on Lumora chat for a simple billing question. Pretty slow.' },
      { title: 'Lumora app keeps closing', body: 'The Lumora app keeps closing whenever I open my bill. Quite annoying.' },
    ],
    urgent: [
      { title: 'No internet in {cityEn}', body: 'No internet since {hourEn} in {cityEn} and the Lumora status page says everything is fine. Anyone else?' },
      { title: 'Lumora charged me twice', body: 'Lumora charged me twice for my {monthEn} bill and nobody will refund it. Third call now.' },
      { title: 'Lumora down again', body: 'Lumora fibre down again in {cityEn}, third time this month. I work from home and cannot work like this.' },
    ],
    offBrand: [
      { title: 'Lumora Studio is hiring', body: 'Lumora Studio is hiring a junior designer in {cityEn}. #jobs' },
    ],
  },
  news: [
    'Lumora to bring fibre to {thousands},000 more homes in {regionEn}',
    'Lumora launches 1 Gb fibre at £{priceGbp} a month',
    'Lumora app update adds a fault-finding assistant',
  ],
  outlets: [
    { name: 'Northern Tech Post', domain: 'northerntechpost.example' },
    { name: 'Broadband Weekly', domain: 'broadbandweekly.example' },
  ],
  slots: {
    monthsEn: ['three', 'six', 'eight', 'ten', 'fourteen'],
    planEn: ['Fibre 600', 'Fibre 1 Gb', 'Fibre 300'],
    speed: ['580', '590', '610', '940'],
    cityEn: ['Manchester', 'Leeds', 'Bristol', 'Sheffield', 'Liverpool', 'Newcastle'],
    daysEn: ['two', 'three', 'four'],
    minutesEn: ['five', 'ten', 'forty', 'fifty'],
    questionEn: ['lets you keep your number when you switch plans', 'charges to change tariff', 'offers fibre in {cityEn}', 'keeps the price if you move house'],
    hourEn: ['9am', '11am', 'lunchtime', '4pm'],
    monthEn: ['October', 'November'],
    thousands: ['120', '200', '350'],
    regionEn: ['the North West', 'Yorkshire', 'the Midlands'],
    priceGbp: ['32', '35'],
  },
};

export const CHATTER: Readonly<Record<'en' | 'es', ChatterTemplates>> = { en, es };
