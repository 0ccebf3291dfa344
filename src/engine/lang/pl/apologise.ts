import type { ApologisePack } from '../../rules/apologise';
import { phrases } from '../../text/pattern';

export const apologise: ApologisePack = {
  apologies: phrases('przeprasz*', 'przeprosi*', 'wybacz*', 'ubolewa*', 'sorry|sorki|sory|sorka'),
  regrets: phrases('przykro', 'zal_nam|mi', 'zaluj*', 'wstyd_nam|mi', 'nam|mi wstyd'),
  regretFiller: new Set(['mi', 'nam', 'bardzo', 'jest', 'to', 'tak', 'naprawde', 'slyszec', 'uslyszec', 'czytac', 'przeczytac', 'z', 'tego', 'powodu', 'ze', 'tym', 'bylo', 'jak', 'sie', 'szczerze', 'niezmiernie', 'ogromnie', 'strasznie', 'wstyd']),
  refusals: phrases(
    'przeprosiny|przeprosin nie|niepotrzebne|zbedne',
    'nie_ma za_co przeprasz*',
    // The infinitive first, its negation after: "przepraszać nie będziemy", "przeprosić nie możemy".
    'przepraszac|przeprosic|przeprosin nie_bedziemy|bede|zamierzam|zamierzamy|mamy|mozemy|moge|musimy|musze|ma|widze|widzimy',
  ),
  hearing: new Set(['slyszec', 'uslyszec', 'czytac', 'przeczytac', 'dowiedziec']),
  // "niż" compares; "jeśli" never does.
  comparatives: new Set(),
  otherCause: phrases(
    'pozna|pozną|opozniona|opoznienie|zwloke|zwloka|dlugie|dlugi odpowiedz*|odpowiedzi|odpisanie',
    'dopiero teraz odpowiadamy|odpisujemy|odpowiadam|odpisuje',
    'odpowiadamy|odpisujemy|odpowiadam|odpisuje dopiero|pozno|opoznieniem',
    'ze przeszkadzam|przeszkadzamy',
    'odpowiedz|odpowiedzi tyle|dlugo trwala|zajela|trwalo|czekala|czekal',
    'czekala|czekal|czekali pani|pan|panstwo na odpowiedz',
  ),
  perception: new Set(['odczula', 'odczul', 'odczuli', 'odczuwa', 'czuje', 'poczula', 'poczul', 'uwaza', 'uwazaja', 'wydaje', 'wydawalo', 'wrazenie', 'sadzi', 'odebrala', 'odebral', 'ocenia', 'czujesz', 'uwazasz']),
  blamedSubjects: new Set(['pani', 'pan', 'panstwo', 'ty', 'przeciez']),
};
