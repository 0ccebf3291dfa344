import type { CommonPack } from '../pack';

export const common: CommonPack = {
  negators: new Set(['ei', 'pole', 'polnud', 'ara', 'arge', 'mitte', 'ilma', 'eimiski', 'kunagi']),
  questionOpeners: new Set(['kas', 'mis', 'millal', 'kus', 'kuidas', 'miks', 'kes', 'mida', 'milline', 'millist', 'mitu', 'kui', 'kelle', 'mille']),
  conditionals: new Set(['kui', 'juhul', 'juhuks', 'kuigi', 'ehk']),
  contrast: new Set(['aga', 'kuid', 'ent', 'samas', 'siiski', 'ometi']),
};
