// Customer-experience Spanish (Spain and Latin America) that natural's vocabularies and the Spanish cues lack:
// service failures, billing, delivery, support, travel, product faults, churn and country slang.
// Keys are folded (lowercase, no accents, ñ kept); phrases are the plain expression, the reader applies
// negation, shifters and contrast around them. Values on AFINN's −5…+5 scale. Entries the merged lexicon
// already reads about right ("entrega rápida": senticon's "entrega" +2.5 and "rápida" +2) are left out.

export const SPANISH_CX_VOCABULARY: Readonly<Record<string, number>> = {
  // Telecom, internet and power: "señal", "internet" and "servicio" carry no valence, so "sin …" is a phrase.
  // "senal" is the same word typed without ñ.
  'sin señal': -2, 'sin senal': -2, 'no hay señal': -2, 'no tengo señal': -2, 'sin internet': -2,
  'no tengo internet': -2, 'sin servicio': -2, 'sin luz': -2, 'sin cobertura': -2, 'se cae': -2, 'se cayo': -2,
  'se cae a cada rato': -3, 'se corta la llamada': -2, 'se cortan las llamadas': -2, 'se corta la señal': -2,
  'se fue el internet': -2, 'se fue la luz': -2, 'señal intermitente': -2, 'conexion intermitente': -2,
  intermitencias: -2,
  // "Me cortaron" alone is also a haircut: only with what was cut off.
  'me cortaron el servicio': -3, 'me cortaron el internet': -3, 'me cortaron la luz': -3, 'no me dan de baja': -3,
  'no me dejan dar de baja': -3, 'no me dejan cancelar': -3, 'me subieron la tarifa': -2, 'me subieron el precio': -2,
  'no dejan de llamar': -2,

  // Billing and banking. "me cobraron" is a cue (−1), so its longer forms are spelled out.
  'cobro indebido': -3, 'cargo indebido': -3, 'cargos indebidos': -3, 'cargos no reconocidos': -2,
  'me cobraron de mas': -3, 'cobraron de mas': -3, 'cobran de mas': -3, 'me cobraron doble': -3,
  'me cobraron dos veces': -3, 'cobraron dos veces': -3, 'cobro doble': -3, 'doble cobro': -3, 'doble cargo': -3,
  'cargo duplicado': -3, 'siguen cobrando': -3, 'me cobraron sin autorizacion': -3, 'sin autorizacion': -2,
  'sin mi autorizacion': -3, 'cobro excesivo': -3, abusivo: -3, abusiva: -3, abusivos: -3, abusivas: -3,
  'cargos ocultos': -3, 'costos ocultos': -3, 'letra pequeña': -2, 'letra chica': -2, 'factura inflada': -3,
  'sin comisiones': 2, 'me bloquearon la tarjeta': -2, 'cuenta bloqueada': -2, 'me clonaron la tarjeta': -3,
  'me estafaron': -4, estafado: -3, estafadores: -4, 'reembolso inmediato': 3, 'me devolvieron el dinero': 2,
  'me reembolsaron': 2, 'no me devuelven': -3, 'no me devolvieron': -3, 'no me reembolsan': -3,
  'nunca me devolvieron': -3, 'sin reembolso': -2, 'sigo esperando': -2, 'quiero mi dinero': -2,

  // Delivery and online shopping. senticon scores "entrega" and "entregado" +2.5, which the phrases override.
  'nunca llego': -3, 'nunca me llego': -3, 'llego roto': -3, 'llego rota': -3, danado: -3, 'llego golpeado': -2,
  'llego incompleto': -3, 'pedido incompleto': -3, 'llego equivocado': -2, 'pedido equivocado': -2,
  'producto equivocado': -2, 'me llego otro': -2, 'llego usado': -3, 'llego tarde': -2, 'llego a tiempo': 2,
  'llego antes de tiempo': 3, 'llego antes de lo esperado': 3, 'llego volando': 3, 'paquete perdido': -3,
  'pedido perdido': -3, 'se perdio mi paquete': -3, 'retraso en la entrega': -2, 'envio retrasado': -2,
  'pedido retrasado': -2, 'aparece como entregado': -2, 'marcado como entregado': -2, 'sin seguimiento': -2,
  'caja aplastada': -2, 'tal cual la foto': 2, 'tal como se describe': 2, 'no es como en la foto': -2,
  'nada que ver con la foto': -3, 'nada que ver con la descripcion': -3, 'no se parece a la foto': -2, engañoso: -3,
  engañosa: -3, 'imitacion barata': -3, 'no cumple lo que promete': -3,

  // Support and complaint handling. "en espera" is a cue (−2); "solución" is ignored (neutral) by the cues.
  'me tuvieron en espera': -3, 'me dejaron en espera': -3, 'horas en espera': -3, 'horas esperando': -3,
  'una hora esperando': -3, 'nadie me da solucion': -3, 'no me dan solucion': -3, 'no me dan ninguna solucion': -3,
  'sin solucion': -3, 'ninguna solucion': -3, 'sin respuesta': -3, 'no me responden': -3, 'nadie me responde': -3,
  'nadie me ayuda': -3, 'nadie se hace responsable': -3, 'nadie se hace cargo': -3, 'no se hacen responsables': -3,
  'no se hacen cargo': -3, 'se lavan las manos': -3, 'me dan largas': -3, 'dando largas': -3,
  'me pasan de un area a otra': -3, 'de un area a otra': -3, 'de un departamento a otro': -3,
  'me pasan de un lado a otro': -3, 'me mandan de un lado a otro': -3, peloteo: -3, peloteando: -3,
  // Taking it to the authorities is the complaint at its most serious, however calmly said ("ya presentada").
  'reclamacion a consumo': -3, 'hoja de reclamaciones': -3,
  'denuncia en consumo': -3, 'voy a denunciar': -3,
  'ticket cerrado sin solucion': -4, 'cerraron el ticket': -2, 'cerraron mi ticket': -2, 'cerraron mi reclamo': -2,
  'respuestas automaticas': -2, 'respuesta generica': -2, 'me dejaron en visto': -2, 'me gritaron': -3,
  'de mala gana': -2, 'nadie nos atendio': -3, 'me tomaron el pelo': -3, 'tomadura de pelo': -3,
  'me vieron la cara': -3, 'mucha burocracia': -2, 'atencion inexistente': -3, 'soporte inexistente': -3,
  'poco profesional': -2, 'nada profesional': -3, 'falta de profesionalismo': -3, 'poco serio': -2, negligencia: -3,
  negligente: -3, negligentes: -3, inepto: -3, ineptos: -3, incompetente: -3, incompetentes: -3, inutil: -3,
  inutiles: -3, impuntual: -2,
  // "problema" is −2 on its own: "me resolvieron el problema" must be one phrase to read as praise.
  'me resolvieron': 3, 'me resolvieron el problema': 3, 'resolvieron el problema': 3, 'resolvieron mi problema': 3,
  'me solucionaron': 3, 'me solucionaron el problema': 3, 'solucionaron el problema': 3,
  'solucionaron mi problema': 3, 'problema resuelto': 3, 'problema solucionado': 3, 'me dieron solucion': 2,
  'atencion de primera': 3, 'servicio de primera': 3,
  // "de diez" alone is also "más de diez días": only after what is praised.
  'atencion de diez': 3, 'servicio de diez': 3, 'atencion de 10': 3, 'atencion personalizada': 2,
  'trato personalizado': 2, 'respuesta inmediata': 2, 'muy profesional': 3, 'dieron seguimiento': 2,
  'estuvieron al pendiente': 2, eficiente: 2, agil: 2, puntual: 2,

  // Hospitality, food and travel. "frío" alone is −1 (a cue); beer is the exception.
  'comida fria': -2, 'llego fria': -2, 'cerveza fria': 2, recalentado: -2, recalentada: -2, 'crudo por dentro': -2,
  'encontre un pelo': -3, 'pelo en la comida': -3, cucaracha: -3, cucarachas: -3, chinches: -3, 'me intoxique': -3,
  intoxicacion: -3, 'olor a humedad': -2, 'huele a humedad': -2, 'olor a cigarro': -2, insipido: -2, insipida: -2,
  rancio: -3, podrido: -3, moho: -2, 'muy salado': -2, 'porciones generosas': 2, 'porciones abundantes': 2,
  'porciones pequeñas': -1, 'precio justo': 2, 'como en casa': 2, 'ruido toda la noche': -2, 'no pude dormir': -2,
  'sin agua caliente': -2, 'sin aire acondicionado': -2, 'sin wifi': -2, 'no funcionaba': -3, 'no funciono': -3,
  'no funcionan': -3, 'vuelo cancelado': -2, 'cancelaron mi vuelo': -3, 'vuelo retrasado': -2,
  'perdi mi conexion': -2, 'maleta rota': -2, 'me rompieron la maleta': -3, overbooking: -3, sobreventa: -2,
  'reserva cancelada': -2, 'no respetaron la reserva': -3, 'no respetaron el precio': -3, 'una eternidad': -2,

  // Product quality. "barato" is +1 (a fair price); said of the material it is a complaint.
  'se descompuso': -3, 'se me descompuso': -3, 'se averio': -3, 'se estropeo': -3, 'dejo de servir': -3,
  'dejo de prender': -3, 'dejo de cargar': -3, 'dejo de jalar': -3, 'se rompe facil': -3, 'se despega': -2,
  'se pela': -2, 'se despinto': -2, 'se destiñe': -2, 'se oxido': -2, 'se descosio': -2, 'se encogio': -2,
  'se raya facil': -2, 'se sobrecalienta': -2, 'se reinicia solo': -2, 'se apaga solo': -2, 'se cierra sola': -2,
  'se cuelga': -2, 'se congela': -2, 'se queda colgada': -2, 'se queda pegada': -2, 'se tilda': -2, 'dura poco': -2,
  'duro poco': -2, duradero: 2, duradera: 2, 'falla de fabrica': -3, defectuoso: -3, defectuosa: -3, defectuosos: -3,
  'material barato': -2, 'plastico barato': -2, 'se ve barato': -2, 'cumple su funcion': 2, 'como nuevo': 2,
  'vale cada centavo': 3, 'caro para lo que es': -2, 'precios por las nubes': -3, 'precio inflado': -2,
  'no lo volveria a comprar': -3, 'no lo vuelvo a comprar': -3, 'sin garantia': -2,

  // Churn and loyalty. "de por vida" alone is also "traumado de por vida": only as a customer.
  'me di de baja': -2, 'me voy a dar de baja': -2, 'di de baja': -2, 'dar de baja': -1, 'cancele mi cuenta': -2,
  'cancele mi suscripcion': -2, 'cancele el servicio': -2, 'quiero cancelar': -2, 'me voy con la competencia': -3,
  'me cambie de compañia': -2, 'cliente de por vida': 3, 'clienta de por vida': 3, 'siempre vuelvo': 2,
  'siempre regreso': 2, 'nunca me fallan': 3, 'nunca me han fallado': 3, 'no los cambio por nada': 3,
  'no lo cambio por nada': 3, 'perdi la confianza': -3, 'perdieron mi confianza': -3, 'ya no confio': -2,

  // Slang by country. Colombia and Venezuela:
  'una chimba': 3, 'que chimba': 3, chimbo: -2, mamera: -2,
  // México ("qué poca madre" is outrage, "de poca madre" praise):
  chafa: -2, chafas: -2, 'de poca madre': 3, 'que poca madre': -3, 'pinche servicio': -3, gacho: -2, ratero: -3,
  rateros: -3, chingadera: -3, 'ni de chiste': -2, 'a todo dar': 3,
  // Argentina and Uruguay ("garrón" alone is also a cut of beef):
  'que bajon': -2, 'un garron': -3, 'que garron': -3, quilombo: -2, cagada: -3, trucho: -2, chanta: -2, choreo: -3,
  'ni en pedo': -2, 'ni a palos': -2, 'atencion de cuarta': -3,
  // Chile ("terrible" praises before an adjective of praise):
  'es la raja': 3, 'esta la raja': 3, fome: -2, penca: -2, charcha: -2, pulento: 3, 'terrible bueno': 3,
  'terrible buena': 3, 'terrible rico': 3, 'la cagaron': -3,
  // Perú:
  'que roche': -2, cochinada: -2, bravazo: 3,
  // Spain ("clavada" is +3.5 in senticon; "nos clavaron" is an overcharge):
  'de puta madre': 3, chapuza: -3, chapuzas: -3, 'de pena': -3, 'vaya tela': -2, 'gato por liebre': -3,
  'nos clavaron': -3, 'me clavaron': -3, sablazo: -3, currado: 2, 'lo bordan': 3, 'hasta los huevos': -3,
  // Everywhere:
  ladron: -3, ladrones: -3, 'no sirve para nada': -4, 'no sirven para nada': -4, 'ni gratis': -3, nefasto: -4,
  nefasta: -4,
};
