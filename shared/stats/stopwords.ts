// English and Spanish stopwords for "top negative terms": words that say nothing about what went wrong.
// The first two lists are natural's (MIT) stopword lists, words of three letters or more (shorter words
// never count as terms); the third adds the inflections, auxiliaries and filler that otherwise top every
// chart ("esta", "have", "just"), and counting words, which say how often, not what about.
import { foldText } from '../text-fold.ts';

const ENGLISH =
  'about above after again all also and another any are because been before being below between both but came can cannot ' +
  'come could did does doing during each few for from further get got has had have her here him himself his how into its ' +
  'itself like make many might more most much must myself never now only other our ours ourselves out over own said same ' +
  'see she should since some still such take than that the their theirs them themselves then there these they this those ' +
  'through too under until very was way well were what where when which while who whom with would why you your yours yourself';

const SPANISH =
  'ella sobre que los del las por para con una como más pero sus porque cuando muy sin también hasta donde quien desde nos ' +
  'durante uno contra ese eso qué otro cual poco';

const EXTRA =
  'este esta esto estos estas ese esa esos esas aquel aquella ser soy eres es somos son era eran fue fueron sido siendo ' +
  'estar estoy estas esta estamos estan estaba estaban estado haber he has ha hemos han habia hay hubo tener tengo tiene ' +
  'tienen tenia hacer hago hace hacen hizo hecho ir voy va vamos van poder puedo puede pueden podia decir digo dice dijo ' +
  'ver veo vez veces cada todo toda todos todas nada algo alguien nadie mucho mucha muchos muchas otra otros otras mas ' +
  'menos tan tanto asi aqui alli ahi ahora hoy ayer luego despues antes siempre nunca solo sola aun todavia bien mal ' +
  'entre tras segun mientras pues entonces aunque sino cual cuales quien quienes cuanto cuantos cuya mis tus nuestro ' +
  'nuestra vuestro les nosotros vosotros ellos ellas usted ustedes eso esto via ' +
  'just really get gets getting got gone going goes went one two also even ever every much many thing things ' +
  'dont doesnt didnt cant wont isnt arent wasnt werent ive youre theyre thats theres its lets im amp via yet ' +
  'will shall may let put use used using today day days week time times back ' +
  'dos tres cuatro cinco primer primera primero segunda segundo tercer tercera tercero ultima ultimo ' +
  'three four five first second third last';

/** English and Spanish stopwords, folded (accents removed, apostrophes dropped) like the words they are compared with. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  [ENGLISH, SPANISH, EXTRA].flatMap((list) => list.split(/\s+/)).map((w) => foldText(w).replace(/['’]/g, '')),
);
