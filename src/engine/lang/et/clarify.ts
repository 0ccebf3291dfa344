import type { ClarifyPack } from '../../rules/clarify';
import { phrases } from '../../text/pattern';

export const clarify: ClarifyPack = {
  questionStarts: phrases('kas'),
  whStarts: phrases('millal|mis|mida|kes|kus juhtus|toimus|käis|tuli|oli|jäi|läks|tegi|ütles|juhtuski'),
  requests: phrases(
    'kirjeldage|täpsustage|selgitage|kirjutage|öelge|rääkige|jagage|saatke|edastage',
    'kirjelda|täpsusta|selgita|kirjuta|ütle|räägi',
    'sooviksime|tahaksime|sooviksin|tahaksin|soovime|tahame teada|täpsustada|selgust|mõista|kuulda',
    'andke meile teada',
    'palun|palume|palusime teil|teid kirjeldada|täpsustada|selgitada|kirjutada|öelda|rääkida|jagada|saata|mainida',
    'andke|anna teada',
    // Polite conditionals: "oleksin tänulik, kui kirjeldaksite…", "oleks abiks, kui kirjutaksite, millal…".
    'kirjeldaksite|täpsustaksite|selgitaksite|kirjutaksite|ütleksite|räägiksite|jagaksite|saadaksite|annaksite|vastaksite|mainiksite',
    'kirjeldaksid|täpsustaksid|selgitaksid|kirjutaksid|ütleksid|räägiksid',
  ),
  factCues: phrases(
    'mis|mida|millal|kuidas|kus|kes|kas|milline|millise*|millis*|millal|mitu|miks|mille|millega|milles|kelle|kellega|kuhu',
    'täpsem*', 'täpselt', 'juhtu*', 'üksikasj*', 'detail*', 'kirjeld*', 'kuupäev*',
    // "Kirjutage see lahti", "kirjutage konkreetselt": written out in full, even when asked curtly.
    'kirjuta*|seleta*|räägi*|selgita* lahti', 'konkreet*',
  ),
  strongCues: phrases('juhtu*', 'täpsem*', 'täpselt', 'üksikasj*', 'detail*', 'kirjelda*', 'mis läks valesti', 'mis Teile ei meeldinud', 'milles seisne*'),
  notFactSeeking: phrases(
    'sobi*', 'eelista*', 'soovite|sooviksite|soovid|sooviksid|soovitakse', 'tahate|tahaksite|tahad|tahaksid', 'meeldiks', 'nõus',
    'kas olete|oleksite|jäite|oled rahul', 'kas see rahuldab', 'isikukood*', 'valite', 'valiksite',
    // Identifiers are not facts about what happened: "Kas saaksite öelda oma tellimuse numbri?".
    'kliendinumb*|kliendinumbr*|tellimusnumb*|tellimusnumbr*|arvenumb*|arvenumbr*', 'tellimuse|kliendi|arve|lepingu_number*|numbr*',
    'kuidas see|selline|niisugune tundub|kõlab', 'kas see|selline kõlab|tundub hästi|hea|mõistlik|sobivalt|ok|okei',
    'kas võime|võiksime|saame|saaksime|tohime|võin|tohin|saan|saaksin',
    'kas on|oleks veel midagi', 'veel_midagi',
    'veel küsimusi',
    'kuidas saame|saaksime|võiksime|saan|saaksin aidata|abiks|heastada',
    'abiks olla',
    'kas see lahendus|pakkumine',
    'kas lahendus',
    'midagi_veel',
  ),
  rhetorical: phrases(
    'mida te|sa siis ootasite|ootate|arvasite',
    'mida te|sa ootasite|lootsite',
    // "Mida Te õieti ootate…?", "Mida Te praktikandilt ootasite?": what the customer expected, asked back at them.
    'mida ootasite|ootate|ootasid|ootad|lootsite|loodate|arvasite',
    'kas te|sa tõesti arvate|arvad|loodate|usute|mõtlete',
    'kas te|sa ei saa|saanud aru',
    'kas see on|oli meie|minu süü',
    'kas te|sa tõsiselt',
    'kes te|sa arvate',
    'kas tõesti',
    'mis_siis',
    'kuidas me|meie peaksime|pidime|oleksime teadma|arvama|aimama',
    // Checking that the customer keeps up, not asking what happened: "Kas Te saate aru?".
    'kas te|sa saate|saite|saad|said aru', 'kas on|oli selge|arusaadav',
    'kuidas me|meie peaksime|saame|oskame sellele|seda vastata|vastama|reageerima|reageerida',
    // What the company should do, asked back: "Mida me siis ühe lausega tegema peaksime?".
    'mida me|meie|ma tegema|teha peaksime|peame|pidime|peaksin|pean',
  ),
  echoTags: new Set(['jah', 'eks', 'ju', 'ok', 'okei', 'onju', 'eksole', 'vist']),
  invitations: phrases('kui midagi|küsimusi|küsimus*'),
  continuations: new Set(['et']),
  hurry: phrases('saaksite|saate|võiksite|võite|saaksid|saad|võiksid kiiremini|kiirustada|ruttu'),
};
