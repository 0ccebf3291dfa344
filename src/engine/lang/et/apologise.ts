import type { ApologisePack } from '../../rules/apologise';
import { phrases } from '../../text/pattern';

export const apologise: ApologisePack = {
  // "Sorry, et nii läks" / "sori": the loanword is everyday spoken Estonian.
  apologies: phrases('vaband*', 'andest*', 'andeks', 'kahetsen|kahetseme|kahetsust|kahetsusega|kahetsesime', 'sorry|sori|sorri'),
  regrets: phrases('mul|meil on kahju', 'kahju_kuulda|lugeda', 'väga|tõesti|nii|siiralt kahju', 'kahju_et', 'kahetsusväär*', 'mul|meil on piinlik|häbi'),
  regretFiller: new Set(['kuulda', 'lugeda', 'seda', 'sellest', 'vaga', 'toesti', 'nii', 'mul', 'meil', 'on', 'teada', 'saada', 'et', 'see', 'siiralt', 'kohutavalt', 'ka', 'piinlik', 'habi']),
  refusals: phrases(
    'vabandada|vabandama|vabandust|vabandusi|vabandamiseks|vabandamist_pole|ei|mitte',
    'vabandama|vabandada_me|ma_ei',
    // The infinitive first, its negation after: "Vabandama me siin ei hakka", "vabandada ei saa".
    'vabandama|vabandada|vabandamiseks ei|pole|polnud',
    // "Ma ei näe põhjust, miks peaksime vabandama": the reason denied, the apology in a clause of its own.
    'ei näe|leia|leiame|näeme põhjust|vajadust vabanda*',
    // The noun first, its verb and negation after: "Vabandust me hetkel paluda ei saa".
    'vabandust|vabandusi paluda|esitada|anda ei|pole|mitte',
  ),
  hearing: new Set(['kuulda', 'lugeda', 'teada', 'kuulsin', 'lugesin']),
  // "kui" after these compares: "rohkem, kui suudan", "parem, kui ootasite".
  comparatives: new Set(['rohkem', 'vahem', 'enam', 'parem', 'paremini', 'halvem', 'halvemini', 'kauem', 'pigem', 'varem', 'hiljem', 'kiiremini', 'teisiti', 'suurem', 'vaiksem', 'odavam', 'kallim']),
  otherCause: phrases(
    'hilinenud|hilise|aeglase|hilinemisega|hilja vastuse|vastamise|vastuse|vastasime|vastame',
    'vastuse|vastamise hilinemise|viivituse',
    'vastame|vastan|vastasime|vastan alles|hilja|hilinemisega',
    'vastus|vastamine hilines|viibis|venis|hilineb',
    'vastus|vastamine|vastamisega võttis|läks|venis kaua|aega',
    'nii kaua vastamisega|vastata|vastust',
    'et segan|tülitan',
    'segamast|tülitamast',
    'vastamisega|vastusega läks|võttis|venis|viivitasime',
    // "Vabandame, et vastus tuleb alles õhtul".
    'vastus|vastuse tuleb|jõuab|saabub alles|hilja|hilinemisega',
  ),
  perception: new Set(['tundus', 'tundub', 'tunnete', 'tundsite', 'tunned', 'tundsid', 'arvate', 'arvasite', 'arvad', 'leiate', 'leidsite', 'mulje', 'pidasite', 'naib', 'nais', 'tajusite', 'tajute', 'tundunud']),
  perceptionByYou: new Set(['tunnete', 'tundsite', 'arvate', 'arvasite', 'leiate', 'leidsite', 'tajute', 'tajusite', 'pidasite']),
  blamedSubjects: new Set(['te', 'sa', 'sina']),
  offeredToYou: new Set(['saate', 'voite', 'saaksite', 'voiksite']),
  arguing: new Set(['ju', 'ometi']),
  coordinators: new Set(['ja', 'ning']),
  customerApology: phrases(
    'teil|sul pole|polnud vaja|midagi vabanda*', 'teil|sul ei_ole vaja|midagi vabanda*', 'te|sa ei pea|tohi|peaks vabanda*',
    'ärge|ära vabandage|vabanda|vabandust',
  ),
  phoneWait: phrases('liinil', 'ootel olema|olla|ootama|oodata|olles', 'liini_peal', 'toru_otsas', 'kõnejärjekor*', 'telefonijärjekor*', 'telefoni|liini järjekor*', 'kõnele|kõnet vastamist|vastata|vastamisega'),
  pending: phrases('kuni', 'enne_kui', 'ei tea|teame veel|täpselt', 'veel ei tea|teame', 'selgeks teinud|teeme|teha'),
  waiting: phrases('oota*', 'oodata', 'ootel', 'ootamine', 'ootamise*'),
  desk: phrases('leti|letti|vastuvõtu|registratuuri juures|ääres|taga', 'vastuvõtus', 'registratuuris', 'fuajees'),
  excuses: phrases(
    'haige', 'haiged', 'haigeks', 'haigestu*', 'haiguse*', 'haigus',
    'koormatud', 'ülekoormatud', 'hõivatud', 'kiire_aeg', 'kiirel_ajal', 'tipptund*', 'tipuaeg*', 'rahvast täis', 'palju tellimusi|kliente|külastajaid|tööd',
    'tuleneda|tulenes|tuleneb|tulenenud|tulenevad|tulenesid', 'tingitud', 'põhjustatud|põhjustas|põhjustanud', 'sellest_et', 'tõttu',
    'ei saa|saanud|saanudki mõjutada', 'mõjutada ei saa|saanud', 'meist sõltumatu*', 'ei sõltu|sõltunud meist', 'ette ei_näe|näinud',
    'juhtub|juhtuvad ikka|kõigiga|vahel', 'ummik*', 'liiklus*',
    'lõunaaeg*', 'lõunatund*', 'lõuna_ajal', 'lauad|saal|restoran on_täis', 'kõik_on_täis',
    // Helplessness: "vabandust, aga lifti ma ise parandada ei oska", "…ei saa me sinna midagi parata".
    'ise parandada|parandama|teha ei', 'ise korda_teha ei', 'midagi parata', 'midagi teha ei saa|oska', 'ei saa|oska midagi teha',
    // The customer's message made the cause: "vabandame, aga ühest lausest ei saa me aru…".
    'ühest|ainsast lausest|reast|sõnast', 'mõtteid lugeda',
  ),
  notOurFault: phrases('pole|polnud meie|minu süü', 'ei_ole|olnud meie|minu süü', 'meie|minu süü see pole|polnud|ei'),
  reassurance: phrases('võtke|võta aega|rahulikult', 'rääkige|räägi rahulikult|aeglaselt|nii', 'kiiret|kiire pole|ei_ole', 'pole|ei_ole kuhugi kiiret|kiire'),
};
