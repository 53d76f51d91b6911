// Short texts of our own in the languages a Latin-script detector confuses most, for eval/language.ts.
// Written for Vigía; labels are the language each was written in.

/** [ISO 639-1 code, text] */
export const LANGUAGE_SAMPLES: readonly (readonly [string, string])[] = [
  ['en', 'Great service, fast delivery.'], ['en', 'Never again.'], ['en', 'Worst app ever'],
  ['en', 'The router keeps dropping the connection'], ['en', 'Love it!'], ['en', 'Waste of money'],
  ['en', 'Still waiting for my refund'], ['en', 'Highly recommend this place'], ['en', 'Terrible customer support'],
  ['en', 'Does anyone know if it works with Android?'], ['en', 'Five stars'], ['en', 'Not worth it'],
  ['es', 'Excelente servicio, muy rápido.'], ['es', 'Nunca más.'], ['es', 'Pésima atención'],
  ['es', 'El router se desconecta cada rato'], ['es', '¡Me encanta!'], ['es', 'Una estafa'],
  ['es', 'Sigo esperando mi reembolso'], ['es', 'Lo recomiendo mucho'], ['es', 'Atención al cliente terrible'],
  ['es', '¿Alguien sabe si funciona con Android?'], ['es', 'Cinco estrellas'], ['es', 'No vale la pena'],
  ['es', 'Buenísimo todo'], ['es', 'Cero recomendable'], ['es', 'Muy rico y barato'],
  ['pt', 'Ótimo atendimento, entrega rápida.'], ['pt', 'Nunca mais compro aqui'], ['pt', 'Não recomendo'],
  ['pt', 'O aplicativo é muito lento'], ['pt', 'Estou esperando o reembolso há semanas'],
  ['fr', 'Service excellent, livraison rapide.'], ['fr', 'Plus jamais'], ['fr', 'Je ne recommande pas'],
  ['fr', "L'application est très lente"], ['fr', "J'attends toujours mon remboursement"],
  ['it', 'Servizio ottimo, consegna veloce.'], ['it', 'Mai più'], ['it', 'Non lo consiglio'],
  ['it', "L'app è molto lenta"], ['it', 'Sto ancora aspettando il rimborso'],
  ['de', 'Toller Service, schnelle Lieferung.'], ['de', 'Nie wieder'], ['de', 'Nicht zu empfehlen'],
  ['de', 'Die App ist sehr langsam'], ['de', 'Ich warte immer noch auf meine Erstattung'],
  ['ca', 'Servei excel·lent, entrega ràpida.'], ['ca', 'Mai més'], ['ca', 'No ho recomano'],
  ['ca', "L'aplicació és molt lenta"], ['ca', 'Encara espero el reemborsament'],
];
