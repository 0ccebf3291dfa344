import type { CommonPack } from '../pack';
import { phrases } from '../../text/pattern';

export const common: CommonPack = {
  negators: new Set(['ei', 'pole', 'polnud', 'ara', 'arge', 'mitte', 'ilma', 'eimiski', 'kunagi', 'ega']),
  questionOpeners: new Set(['kas', 'mis', 'millal', 'kus', 'kuidas', 'miks', 'kes', 'mida', 'milline', 'millist', 'mitu', 'kui', 'kelle', 'mille']),
  conditionals: new Set(['kui', 'juhul', 'juhuks']),
  contrast: new Set(['aga', 'kuid', 'ent', 'samas', 'siiski', 'ometi', 'kuigi']),
  addressee: new Set(['te', 'teie', 'teid', 'teile', 'teil', 'teilt', 'teiega', 'teieni', 'teisse', 'sa', 'sina', 'sind', 'sul', 'sulle', 'sinu', 'sinul', 'sinult', 'sinuga']),
  clauseOpeners: new Set(['et', 'kui', 'kes', 'keda', 'kellel', 'kellele', 'mis', 'mida', 'mille', 'millega', 'milles', 'kuna', 'sest', 'kuid', 'aga', 'vaid', 'ent', 'kuigi', 'ehkki', 'nagu',
    // Indirect questions: "helistan homme, et küsida, kas koristus õnnestus".
    'kas', 'kuidas', 'miks']),
  falseNegations: phrases(
    'ilma lisatasu*|tasu|kuludeta|viivituseta|viivituse|ootamata|pikema',
    'mitte_hiljem kui',
    'mitte_ainult',
    'pole probleemi|probleem',
    'ei_ole probleemi|probleem',
  ),
  negatorsAfter: new Set(['ei', 'pole', 'polnud', 'mitte']),
  hypothetical: phrases('oleks* pidanud|saanud|võinud|tulnud|teinud|teavitanud|andnud', 'pidanuks*', 'võinuks*', 'saanuks*'),
};
