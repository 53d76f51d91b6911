// The English words and phrases that name each shipped aspect, across customer-experience domains
// (telecom, travel, retail and delivery, banking, hotels and restaurants, software, utilities).
// Term syntax (term-syntax.ts): `word*` any ending · `-term`/`+term` also says the author dislikes/likes it ·
// `term ~ w1 w2*` only when the clause also holds one of those words · `term !aspect` dropped when the clause
// names that aspect too (`!*`: any other aspect). Plurals in -s/-es are matched from the singular.
import type { TaxonomyTerms } from './term-syntax.ts';

export const ENGLISH_TAXONOMY: TaxonomyTerms = {
  price: [
    'price', 'pricing', 'priced', 'cost', 'costs', 'fee', 'tariff', 'discount', 'value for money', 'pay more', '-higher than', '-more than', '+lower than', '+less than', 'paying more',
    'monthly payment', 'subscription price', 'price tag', 'penny',
    '-went up ~ price* fee* bill* cost* tariff* rate* plan* subscription*', '-gone up ~ price* fee* bill* cost* tariff* rate* plan*',
    '-raised ~ price* fee* bill* cost* tariff* rate* plan*', '-increase* ~ price* fee* bill* cost* tariff* rate*', '-doubled ~ price* fee* bill* cost*',
    '-expensive', '-overpriced', '-pricey', '-rip off', '-ripoff', '-extortionate', '-costly', '-price hike', '-price rise',
    '-price increase', '-raised the price', '-raised my price', '-hidden fee', '-daylight robbery', '-too much money', '-waste of money',
    '+cheap', '+affordable', '+inexpensive', '+reasonably priced', '+good value', '+great value', '+bargain', '+worth every penny',
    '+worth the money', '+well priced', '+competitive price', '+budget friendly', '+free of charge', '+no fee', '+fee free', '+low cost',
  ],
  billing: [
    'bill', 'billed', 'billing', 'invoice', 'invoiced', 'charge', 'charged', 'charging', 'payment', 'direct debit', 'debit',
    'statement', 'receipt', 'transaction', 'meter reading', 'auto renewal', 'renewed automatically', 'card payment',
    '-payment declined', '-declined', '-taken twice', 'tip',
    '-overcharged', '-overcharge', '-overcharging', '-double charged', '-charged twice', '-billed twice', '-charged me twice', '-double billed', '-unauthorized charge', '-surprise charge',
  ],
  refund: [
    'refund', 'refunded', 'refunding', 'reimburs*', 'money back', 'chargeback', 'compensation', 'compensated', 'payout',
    'claim ~ insurance paid pay*', '-no refund', '-refused to refund', '-never got my refund', '-still waiting for my refund',
    '-waiting for the refund', '+got my money back', '+fully refunded',
  ],
  delivery: [
    'delivery', 'deliver', 'delivered', 'delivering', 'shipping', 'shipped', 'shipment', 'dispatch', 'dispatched', 'parcel',
    'package', 'courier', 'postman', 'delivery driver', 'rider', 'tracking', 'tracking number', 'doorstep', 'postage',
    'order ~ arriv* came come dispatch* ship* where track* deliver*', '-never arrived', "-hasn't arrived", '-has not arrived',
    '+arrived next day', '+next day delivery', '+fast shipping', '+arrived early', '-arrived broken', '-arrived damaged',
  ],
  product: [
    'product', 'item', 'goods', 'quality', 'build quality', 'material', 'fabric', 'device', 'router', 'modem', 'battery', 'screen',
    'food', 'meal', 'dish', 'breakfast', 'dinner', 'lunch', 'portion', 'menu', 'taste', 'flavour', 'flavor', 'coffee', 'pizza',
    'burger', 'room', 'bed', 'bathroom', 'shower', 'seat', 'legroom', 'toilet', 'software', 'charging port', 'charging cable',
    'fast charging', 'fits perfectly',
    '+delicious', '+tasty', '-inedible', '-defective', '-faulty', '-stopped working !*', '-broke on !*', '-falling apart',
    '-shrank', '-nothing like the photo', '-not as described',
  ],
  'service-outage': [
    '-outage', '-no internet', '-no signal', '-no service', '-no connection', '-no coverage', '-no power', '-no water', '-no hot water',
    '-no gas', '-power cut', '-blackout', 'signal', 'coverage', 'connection', 'connectivity', 'disconnect*', 'uptime', 'speed',
    '-is down', '-was down', '-were down', '-been down', '-went down', '-goes down', '-down again', '-down since', '-down all',
    'wifi !*', 'wi fi !*', 'internet !*', 'broadband !*', 'fibre !*', 'fiber !*', 'servers !*', '-server down',
    '-keeps dropping', '-kept dropping', '-keeps disconnecting', '-drops out', '-dropping out', '-cutting out', '-buffering',
    '-dropped call', '-dead zone', '-cut off',
  ],
  support: [
    'customer service', 'customer support', 'customer care', 'support', 'support team', 'helpdesk', 'help desk', 'helpline',
    'hotline', 'call centre', 'call center', 'live chat', 'chat', 'online chat', 'support ticket', '-on hold', 'hold music',
    'agent', 'operator', 'representative', 'the rep', 'on the phone', 'phoned', 'called ~ time* again', 'chatbot', 'bot',
    'fraud team', 'complaints department',
  ],
  staff: [
    'staff', 'employee', 'crew', 'cabin crew', 'flight attendant', 'stewardess', 'steward', 'pilot', 'waiter', 'waitress',
    'bartender', 'receptionist', 'reception', 'front desk', 'concierge', 'housekeeping', 'cleaner', 'manager', 'cashier',
    'shop assistant', 'sales assistant', 'clerk', 'teller', 'conductor', 'bus driver', 'porter', 'host', 'hostess', 'personnel',
    'advisor', 'branch staff',
    '+friendly !support !app-website', '-unfriendly !support', '-rude !support', '+polite !support', '-impolite !support',
    '+courteous !support', '+welcoming !support', '+attentive !support', '+professional !support !product', '-unprofessional !support',
    '-condescending !support', '-arrogant !support', '+apologised !support', '+apologized !support', '+smiling !support',
  ],
  'app-website': [
    'app', 'website', 'web site', 'webpage', 'web page', 'site !*', 'online banking', 'online account', 'internet banking',
    'mobile banking', 'online !*', 'login', 'log in', 'logged out', 'logs me out', 'sign in', 'password', 'checkout',
    'portal', 'dashboard', 'interface', 'update !*', '-crash*', '-bug', '-glitch', 'user friendly', 'refund form', 'web form',
  ],
  booking: [
    'booking', 'booked', 'book', 'reservation', 'reserve', 'reserved', 'rebook*', 'check in', 'checked in', 'check out',
    'boarding', 'priority boarding', 'boarding pass', 'itinerary', 'seat selection', 'choose a seat', 'pick a seat',
    'choose my seat', 'ticket !support', 'cancel* ~ flight train reservation booking night trip',
  ],
  delay: [
    '-delay', '-delayed', '-late', '-lateness', '-queue', 'waiting list', 'tarmac',
    '-waited ~ minute* hour* day* week* month* ages forever long', '-wait ~ minute* hour* day* week* month* ages forever long',
    '-waiting ~ minute* hour* day* week* month* ages forever', '-took ~ hour* day* week* month* ages forever',
    '-took ages', '-took forever', '-behind schedule',
    '+on time', '+punctual', '+ahead of schedule', '+landed early', '+minutes early', '+days early',
  ],
  baggage: [
    'baggage', 'luggage', 'suitcase', 'bag', 'carry on', 'hand luggage', 'cabin bag', 'checked bag', 'baggage claim',
    '-lost luggage', 'pushchair', 'stroller',
  ],
  returns: [
    'returns', 'returned the', 'returned it', 'returning the', 'return the', 'return it', 'return process', 'return label',
    'return policy', 'returns policy', 'free returns', 'send it back', 'sent it back', 'sending it back', 'take it back',
    'took it back', 'exchange !*', 'exchanged', 'swap it',
  ],
  installation: [
    'install', 'installed', 'installation', 'installer', 'installing', 'set up', 'setup', 'technician', 'engineer',
    'fitter', 'fitted', 'activation', 'activate*', 'appointment',
  ],
};

/** Phrases that hold an aspect's word without being about it ("in charge", "return flight", "mixed bag"). */
export const ENGLISH_IGNORED: readonly string[] = [
  'in charge', 'at all costs', 'at any cost', 'return flight', 'return trip', 'in return', 'return the favour', 'return the favor',
  'tax return', 'will return', 'would return', "won't return", 'never return', 'definitely return', 'mixed bag', 'let me down',
  'let us down', 'eco friendly', 'family friendly', 'pet friendly', 'kid friendly', 'down to earth', 'down payment',
  'book club', 'late night', 'of late', 'support for',
];
