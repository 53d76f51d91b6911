// The Spanish words and phrases that name each shipped aspect (same syntax and domains as taxonomy-en.ts).
// Spanish verbs are listed by their forms or a stem with `*`; accents do not matter (text is folded).
import type { TaxonomyTerms } from './term-syntax.ts';

export const SPANISH_TAXONOMY: TaxonomyTerms = {
  price: [
    'precio', 'tarifa', 'cuota', 'coste', 'costo', 'cuesta', 'cuestan', 'comision', 'descuento', 'calidad precio', 'mensualidad',
    'lo que cobran', 'lo que cuesta', 'pagar mas', '-mas altos', '-mas alto', '-mas caro', '+mas bajos', '+mas barato',
    '-subida', '-suben ~ precio* cuota* tarifa* factura*', '-subieron ~ precio* cuota* tarifa* factura*', '-subido ~ precio* cuota* tarifa* factura*',
    '-sube ~ precio* cuota* tarifa* factura*', '-aumento ~ precio* cuota* tarifa* factura*', '-encarec*',
    '-caro', '-cara', '-carisimo', '-carisima', '-abusivo', '-desorbitado', '-desorbitada', '-un robo', '-un atraco', '-subida de precio',
    '-me han subido', '-nos han subido', '-dinero tirado',
    '+barato', '+barata', '+baratisimo', '+economico', '+asequible', '+buen precio', '+precio razonable', '+sin comisiones',
    '+imbatible',
  ],
  billing: [
    'factura', 'facturacion', 'facturaron', 'facturado', 'cobro', 'cobros', 'cobrar', 'cobran', 'cobraron', 'cobrado', 'cobrando',
    'me cobra*', 'cargo', 'cargos', 'recibo', 'domiciliacion', 'pago', 'pagos', 'tarjeta ~ pago* cobr* rechaz* cargo*', 'transferencia',
    'permanencia', 'propina', 'lectura del contador',
    '-cobro indebido', '-cobro doble', '-doble cobro', '-cargo fraudulento', '-cobro duplicado', '-cobraron dos veces', '-cobrado dos veces', '-cobran dos veces', '-cobraron de mas', '-cobrado de mas',
  ],
  refund: [
    'reembolso', 'reembolsar', 'reembolsaron', 'reintegro', 'abono', 'indemniz*', 'compensacion',
    'devol* el dinero', 'devuel* el dinero', 'devol* mi dinero', 'devuel* mi dinero', 'devolucion del dinero', 'recuperar el dinero',
    '-sin reembolso', '-espero el reembolso', '-esperando el reembolso', '-esperando que me devuelvan',
  ],
  delivery: [
    'entrega', 'entregado', 'entregaron', 'entregar', 'envio', 'enviado', 'enviaron', 'paquete', 'paqueteria', 'mensajero',
    'repartidor', 'transportista', 'seguimiento', 'gastos de envio', 'porteria',
    'pedido ~ lleg* envi* entreg* donde seguimiento repart*', 'llego roto', 'llego rota', 'llegaron rotos', '-no ha llegado',
    '-no me ha llegado', '-sin llegar', '+al dia siguiente en casa', '+bien embalado',
  ],
  product: [
    'producto', 'articulo', 'calidad', 'material', 'tejido', 'dispositivo', 'aparato', 'router', 'bateria', 'pantalla',
    'comida', 'plato', 'platos', 'desayuno', 'cena', 'almuerzo', 'racion', 'menu', 'sabor', 'cafe', 'pizza', 'hamburguesa',
    'habitacion', 'cama', 'bano', 'ducha', 'asiento', 'asientos', 'programa', 'auriculares', 'talla ~ queda quedan',
    '+delicioso', '+deliciosa', '+buenisima', '+buenisimo', '-defectuoso', '-defectuosa', '-dejo de funcionar !*',
    '-dejaron de funcionar !*', '-encogio', '-no tiene nada que ver', '-piezas de menos',
  ],
  'service-outage': [
    '-corte', '-cortes', '-caida', '-caidas', '-caido', '-caidos', '-se cae', '-se caia', '-se corta', '-se cortaba', '-apagon', '-averia',
    '-sin internet', '-sin senal', '-sin conexion', '-sin servicio', '-sin cobertura', '-sin luz', '-sin agua', '-sin gas', '-sin linea',
    'senal', 'cobertura', 'conexion', 'velocidad', '-cortaron la luz', '-cortado la luz', '-cortado el gas', '-cortaron el gas',
    '-cortaron el agua', 'agua caliente', 'servidores', 'wifi !*', 'internet !*', 'fibra !*', 'la linea !*',
  ],
  support: [
    'atencion al cliente', 'servicio al cliente', 'servicio de atencion', 'atencion telefonica', 'soporte', 'soporte tecnico',
    'servicio tecnico', 'teleoperador', 'teleoperadora', 'agente', 'chat', 'linea de atencion', 'telefono de atencion',
    'al telefono', 'por telefono', 'del telefono', 'reclamacion', 'incidencia', 'call center', 'llamadas', 'llame ~ vez veces',
  ],
  staff: [
    'el personal', 'del personal', 'al personal', 'personal de', 'empleado', 'empleada', 'trabajador', 'trabajadora',
    'tripulacion', 'azafata', 'auxiliar de vuelo', 'piloto', 'camarero', 'camarera', 'recepcionista', 'recepcion', 'dependiente',
    'dependienta', 'cajero', 'cajera', 'encargado', 'encargada', 'gerente', 'gestor', 'gestora', 'revisor', 'revisora',
    'conductor', 'chofer', 'guia', 'el trato', 'nos trato', 'me trato', 'nos trataron', 'me trataron', 'servicio de mesa',
    'servicio de habitaciones',
    '+amable !support', '+amabilisimo !support', '+amabilisima !support', '+simpatico !support', '+simpatica !support',
    '+majo !support', '+maja !support', '-maleducado !support', '-maleducada !support', '-borde !support', '+educado !support',
    '+educada !support', '+atento !support', '+atenta !support', '-antipatico !support', '-antipatica !support', '-grosero !support',
    '-grosera !support', '+un crack !support', '+se disculpo !support',
  ],
  'app-website': [
    'app', 'aplicacion', 'la web', 'por la web', 'en la web', 'pagina web', 'sitio web', 'portal', 'area de cliente', 'banca online',
    'banca electronica', 'iniciar sesion', 'inicio de sesion', 'contrasena', 'actualizacion !*', '-se cuelga', 'colgada !*',
    '-se cierra sola', 'se cierra', '-da error', 'online !*', 'formulario',
  ],
  booking: [
    'reserva', 'reservas', 'reservar', 'reserve', 'reservado', 'reservamos', 'billete', 'billetes', 'check in', 'embarque',
    'tarjeta de embarque', 'elegir asiento', 'cambio de billete', 'cambie la reserva', 'cancel* ~ vuelo tren reserva noche viaje',
  ],
  delay: [
    '-retraso', '-retrasado', '-retrasada', '-se retraso', '-retrasa', '-demora', '-tardanza', 'tarde', '-cola', '-colas',
    '-lista de espera', 'tiempo de espera', '-tardo', '-tardaron', '-tarda', '-tardan', '-lentisimo', '-esperando ~ hora* minuto* dia* semana* mes*',
    '-esperamos ~ hora* minuto* dia* semana* mes*', '-espere ~ hora* minuto* dia* semana* mes*',
    '+puntual', '+puntualidad', '+a la hora', '+a tiempo', '+antes de lo previsto',
  ],
  baggage: [
    'maleta', 'equipaje', 'equipaje de mano', 'facturar la maleta', 'facturar el equipaje', 'cinta de equipajes', 'carrito del bebe',
  ],
  returns: [
    'devolucion', 'devoluciones', 'devolver', 'devolvi', 'devolvio', 'devolvieron', 'devuelto', 'devuelvo', 'cambio de talla',
    'cambiar la talla', 'cambiar el producto',
  ],
  installation: [
    'instalacion', 'instalar', 'instalaron', 'instalado', 'instalador', 'tecnico', 'montaje', 'montador', 'activacion', 'alta ~ dar dieron servicio linea',
    'cita',
  ],
};

/** Phrases that hold an aspect's word without being about it ("esta tarde" is this afternoon, not late). */
export const SPANISH_IGNORED: readonly string[] = [
  'esta tarde', 'por la tarde', 'la tarde', 'buenas tardes', 'de la tarde', 'toda la tarde', 'tarde o temprano', 'red social',
  'redes sociales', 'darse cuenta', 'personal y', 'datos personales', 'en cuenta',
];
