import type { NoBlamePack } from '../../rules/no-blame';
import { PhraseSet, phrases } from '../../text/pattern';

export const noBlame: NoBlamePack = {
  blame: phrases(
    // "Te oleksite pidanud…", "oleksid pidanud…" (informal), "Te oleksite võinud meile helistada", "Teil oleks tulnud…".
    'oleksite|oleksid|pidanuksite pidanud|võinud',
    'pidanuksite',
    // The demand called too much: "kolm tasuta koristust on natuke palju tahetud".
    'palju_tahetud|nõutud|küsitud|palutud',
    'liiga|natuke|veidi|üsna palju nõuate|tahate|küsite|nõuad|tahad|küsid',
    'nõuate|tahate|küsite|nõuad|tahad|küsid liiga|natuke|veidi|üsna palju',
    // Advice to parents in general lands on this one: "lapsega restorani tulles tasuks arvestada, et vahel tuleb oodata".
    'lapsega|lastega|väikelapsega|beebiga tasuks|tuleks|peaks|peab|tuleb|võiks arvestada|arvestama',
    'tasuks|tuleks|peaks|peate|peaksite arvestada|arvestama oota*|ootamis*|ootamist',
    'te|teie oleks pidanud|võinud',
    'teil|sul oleks|oleksi tulnud',
    'te|teie|sa|sina pidite ise',
    // Fault: "Teie süü", "Teie enda viga", "olete ise süüdi".
    'teie|sinu süü|viga|eksimus',
    'teie|sinu enda|oma süü|viga|eksimus',
    'enda|oma süü',
    'ise süüdi',
    'te|teie|sa|sina olete|oled süüdi',
    // Reminders that shift the blame: "Teid teavitati", "me teavitasime Teid", "Te teadsite".
    'teid|sind teavitati|hoiatati|informeeriti|teavitasime|hoiatasime|informeerisime',
    'teile|sulle teatati|öeldi|räägiti|teatasime|ütlesime|rääkisime|mainisime',
    'teavitasime|hoiatasime|informeerisime teid|sind',
    'teatasime|ütlesime|mainisime teile|sulle',
    'andsime teile|sulle teada',
    'te|teie|sa|sina teadsite|teadsid',
    'teadsite|teadsid ju',
    'olite|olid teadlik*',
    'teil|sul oli teada',
    // "Te ise tellisite selle", "tellisite selle ju ise".
    'te|teie|sa|sina ise tellisite|tellisid|soovisite|palusite|lubasite|kinnitasite|andsite|ütlesite|nõustusite|nõustusid|valisite',
    'tellisite|tellisid|soovisite|palusite|kinnitasite ise',
    // "Te ei lugenud tingimusi", "Te ei teatanud meile", "Teid ei olnud kodus".
    // The customer as subject ("Te ei lugenud", "Teie ei teatanud"), not as owner ("Teie ootustele ei vastanud").
    'te|sa|sina ei lugenud|kontrollinud|teatanud|helistanud|märkinud|täpsustanud|öelnud|maininud|jälginud|jätnud|andnud|avanud|vastanud|maksnud|koristanud',
    'teie_ei lugenud|kontrollinud|teatanud|helistanud|märkinud|täpsustanud|öelnud|maininud|jälginud|jätnud|andnud|avanud|vastanud|maksnud|koristanud',
    'te|teie|teid|sa|sind ei_olnud kodus|kohal',
    'te|teie|teid|sa|sind polnud kodus|kohal',
    'kedagi|keegi ei_olnud|olnudki kodus',
    'kedagi|keegi polnud kodus',
    'keegi ei avanud|tulnud ust|uksele',
    'ust ei avatud|avanud',
    // "Kui Te ise ei mäleta…": the customer's own memory or knowledge as the problem.
    'te|teie|sa ise ei mäleta|mäletanud|tea|teadnud',
    // Counterfactual reproach: "Kui Te oleksite varem teada andnud…", "…pikema koristuse tellinud".
    'kui oleksite|oleksid andnud|helistanud|teatanud|kirjutanud|lugenud|öelnud|kontrollinud|märkinud|täpsustanud|vaadanud|maininud|tellinud|valinud|broneerinud|koristanud|jätnud|teavitanud',
    // Telling the customer what they must accept: "peate aru saama", "peaksite mõistma".
    'peate|peaksite|pead|peaksid aru_saama',
    'peate|peaksite|pead|peaksid mõistma|arvestama|leppima|teadma',
    'peaksite|peaksid olema tänulik*|rahul',
    // "Järgmine kord palun koristage asjad enne ära": instructions for next time put the failure on the customer.
    'järgmine|järgmisel kord|korral palun|koristage|pange|jätke|helistage|teavitage|tellige|kontrollige|lugege|veenduge|täpsustage|märkige',
    // "Te olete lihtsalt unustanud", "olete kindlasti saanud meie SMS-i": telling the customer what they did. Acts
    // only, never feelings: "olete kindlasti pettunud" is empathy.
    'te|teie|sa olete|oled unustanud|eksinud',
    'olete|oled lihtsalt|vist|ilmselt|ilmselgelt|kindlasti|küllap|ju unustanud|eksinud',
    'olete|oled_unustanud',
    'te|teie|sa|olete|oled kindlasti|ilmselt|ilmselgelt|vist|küllap|järelikult saanud|tellinud|näinud|lugenud|kustutanud|märganud|unustanud',
    'te|teie|sa kindlasti|ilmselt|ilmselgelt|vist|küllap|ometi saite|said|tellisite|tellisid|nägite|lugesite|kustutasite|unustasite|unustasid',
    // The customer kept the facts from us: "kui Te isegi ei kirjuta, millest jutt käib", "Te ei ole täpsustanud".
    'te|teie|sa isegi_ei|pole kirjuta*|ütle|öelnud|maini*|täpsusta*|selgita*|kirjelda*|loe|lugenud|kuula*',
    'te|teie|sa ei kirjuta|kirjutanud|täpsusta|maini|selgita|selgitanud|kirjelda|kirjeldanud',
    'te|teie|sa ei_ole|olnud kirjutanud|täpsustanud|maininud|öelnud|selgitanud|kirjeldanud',
    'te|teie|sa pole|polnud kirjutanud|täpsustanud|maininud|öelnud|selgitanud|kirjeldanud',
    // "Kodulehel on tegelikult kirjas…": correcting the customer with what our own information says.
    // Not "ju", which agrees as often as it argues ("kodulehel on ju kirjas, Teil on õigus").
    'kodulehel|veebilehel|lehel|kirjelduses|tingimustes on|oli|seisab tegelikult|vaid|ainult kirjas|öeldud|märgitud|lubatud',
    'tegelikult|tegelikkuses on|oli|seisab kodulehel|veebilehel|lehel|kirjelduses|tingimustes',
    'koduleht|veebileht|kirjeldus|tingimused ütleb|ütles|lubab|lubas|väidab|ütlevad tegelikult|ainult|vaid',
    // Other customers as the standard the customer fell short of: "külalised annavad meile tavaliselt ette teada".
    // Customers named, or "meile": "koristajad annavad ette teada, kui haigestuvad" is our staff, not the customer's duty.
    'külalised|kliendid|teised|enamik|paljud annavad|teatavad|teavitavad|helistavad|ütlevad|räägivad|mainivad|kirjutavad ette|eelnevalt|aegsasti|varakult',
    'annavad|teatavad|teavitavad|helistavad|ütlevad|räägivad|mainivad|kirjutavad külalised|kliendid|teised ette|eelnevalt|aegsasti|varakult',
    // The wait called normal: "lõunaajal tuleb ikka natuke oodata", "ootamine on täiesti normaalne".
    // The arguing particles only: "tehnikut tuleb paratamatult oodata umbes 2 tundi" states a fact.
    'tuleb|peab|tulebki|peabki ikka|ju oodata|ootama',
    'lõunaajal|tipptunnil|õhtuti|nädalavahetusel|reedeti tuleb|peab|tulebki|peabki oodata|ootama',
    // Whole words: "oodata on loomulikult raske" and "ootamine on tavaliselt lühem" agree with the customer.
    'ootami*|ooteaeg|ootama|oodata on|ongi|oli täiesti|ju|ikka|täitsa normaalne|tavaline|loomulik|paratamatu|tavapärane',
    'ootami*|ooteaeg|ootama|oodata on|ongi|oli normaalne|tavaline|loomulik|paratamatu|tavapärane',
    'on|ongi|oli normaalne|tavaline|loomulik oodata|ootama',
    'tundi|minutit|minutine on|ongi|oli täiesti|ju|ikka normaalne|tavaline|loomulik|tavapärane',
    'tundi|minutit|minutine on|ongi|oli normaalne|tavaline|loomulik|tavapärane',
    // The state blamed on the customer after the visit: "segadus tekkis alles pärast koristaja lahkumist".
    'tekkis|tekkisid|tekkinud|tehti pärast|peale lahkumist|lahkumise|minekut',
    // Everyone waits, not only this table: "kõik ootavad siin".
    'kõik|teised siin|ka ootavad|peavad',
    'liialdate|liialdad|dramatiseerite|dramatiseerid',
    'üle reageerite|reageerisite',
    'ülereageeri*',
    'olete|oled valesti aru_saanud',
    'olete|oled valesti mõistnud',
    'saite|said valesti aru',
    'te|teie eksite',
    'eksite|eksid',
    'olete|oled eksinud',
    'te|teie|sa ei viitsinud',
    'kirjutage|kirjuta normaalselt|korralikult|viisakalt|arusaadavalt|inimlikult',
    'unustasite|unustasid',
    'järelikult|seega keegi|te tellis|tellisite',
    // The charge defended: "arve on õige", "akende pesu on arvel õigesti".
    'arve on|jääb õige|korrektne|kehtima|kehtib|muutmata|õigustatud|põhjendatud',
    'arve jääb nii',
    'arvel|arvele|arvestatud|lisatud õigesti|õigustatult|põhjendatult|põhjusega',
    'õigesti|õigustatult|põhjendatult arvel|arvele|arvestatud|lisatud',
    'segab|segavad teisi|kõiki|kliente|külalisi',
    'häirib|häirivad teisi|kõiki|teiste',
    'teised|teistel kliendid|külalised|inimesed|külastajad häiritud|tahavad|soovivad|kurdavad|kaebavad|ootavad',
    'kõik ootavad',
    'mitte ainult teie|teid|teil',
    'saab|saate|võite|võiksite ju',
    'kliendid on|olid rahul',
    'rahulolevaid|rahulolevad|rahul kliente|kliendid|kliendidki',
    'me ei ole|pole sellega nõus',
    'sellega nõus ei ole|pole',
    'me ei nõustu',
    'meie tase|teenus|kvaliteet on kõrge|hea|suurepärane|korras',
    // The complaint or the demand dismissed, not a charge we cancel ("eemaldame põhjendamatu tasu" blames no one).
    'kaebus|kaebust|väide|väited|nõue|nõudmine|nõudmised|etteheide|süüdistus|ootus|ootused on|oli|tundub põhjendamatu*|alusetu*|õigustamatu*|ülepakutud|ebamõistlik*|liialdatud',
    'põhjendamatu|põhjendamatud|alusetu|alusetud|ülepakutud|ebamõistlik|ebamõistlikud kaebus|väide|väited|nõue|nõudmine|nõudmised|etteheide|süüdistus|ootused',
    'liiga palju nõuda|nõuate|tahta|tahate|oodata|ootate',
    'kuidas me|meie peaksime|pidime|oleksime teadma|arvama',
    'kuidas me|meie peaksime|pidime aru_saama',
    // Minimising the wait or the problem: "pool tundi pole restoranis mingi aeg".
    'pole|ole|polnud mingi aeg|ooteaeg',
    'pole|ole|polnud üldse|nii pikk aeg|ooteaeg',
    // The website defended: "kodulehel ei ole lubatud, et lift kunagi ei purune".
    'kodulehel|veebilehel|kodulehekülg|koduleht ei_ole|olnud lubatud|väidetud|garanteeritud',
    'kodulehel|veebilehel|kodulehekülg|koduleht pole|polnud lubatud|väidetud|garanteeritud',
    'koduleht|veebileht|kodulehel on|oli õige|tõene|korrektne',
    // A chance the customer is told they missed: "Teil oli ju võimalus tööd kohe üle vaadata".
    'teil|sul oli|on ju|ometi|kõik võimalus|võimalused|aega',
    // The customer's volume blamed: "sellepärast, et Te nii valjult räägite".
    'te|teie|sa nii|liiga|väga valjult|valjusti|kõvasti räägite|karjute|räägid|karjud',
    // Pride set against the complaint: "see ongi meie tase ja oleme selle üle uhked".
    'oleme|olen selle|sellele|oma üle|üle uhked|uhke', 'uhked|uhke selle|oma üle|töö|teenuse', 'see ongi|on meie tase|standard|kvaliteet ja',
  ),
  reproaches: phrases(
    'miks te|teie|sa|sina ei',
    'miks te|teie|sa|sina siis',
    'mida te|sa siis ootasite|ootate|ootasid|lootsite',
    'mida te|sa ootasite|lootsite',
    'kas te|sa ei teadnud|lugenud|näinud|kuulnud|märganud',
    'kas te|sa ei_saanud_aru',
    'kas tõesti ei',
    'kas te|teie kindlasti|tõesti',
    'kas olete|oled kindel',
    // Asking the parent to quiet the child, however politely: "kas Te saaksite lapse vaiksemaks saada?".
    'vaigista*',
    // Asked as a question too: "kas saaksite lapsega korraks õue minna?", "ta on üsna lärmakas".
    'lapse|last|lapsega|poja|pojaga|tütre|tütrega|temaga välja|õue viia|minna|viiksite|läheksite|viite|lähete',
    'laps|poiss|tüdruk|ta|poeg|tütar on üsna|väga|liiga|päris|nii|kaunis lärmakas|vali|kärarikas|valjuhäälne',
    'lapse|last|lapsel vaiksemaks|vaikseks|vait|vaikselt|vaiksemalt',
    'vaiksemaks|vaikseks|vait lapse|last',
    // The customer's message called a threat or blackmail: "Ähvardamine ei vii kuhugi".
    'ähvarda*', 'ähvardus*', 'väljapress*', 'šantaaž*',
    // "Kirjutage ometi, mis juhtus": an impatient particle on an order to the customer.
    'kirjutage|öelge|helistage|lugege|vaadake|andke|täpsustage|kirjeldage ometi',
    // Sarcastic retorts: "Mis ma siis tegema peaksin, ise süüa keetma?".
    'mida|mis te|teie|sa siis ootate|tahate|ootad|tahad et|ma|me', 'ise süüa|seda|selle keetma|tegema|valmistama|küpsetama|koristama',
    'peaksin|peaksime ise keetma|kokkama|tegema|küpsetama|koristama',
    // Rules for the child aimed at the parent: "Lapsed peaksid ikka laua taga istuma", "vaadake, et laps vaiksem oleks".
    'laps|lapsed peaks|peaksid|peab|peavad|võiks|võiksid laua|lauas|paigal|vait|vaikselt|vaiksemalt istuma|olema|püsima|taga',
    'laps|lapsed peaks|peaksid|peab|peavad|võiks|võiksid istuma|olema|püsima laua|lauas|paigal|vait|vaikselt|vaiksemalt',
    'laps|lapsed vaiksem|vaiksemad|vaiksemalt|vaikselt|rahulikum|rahulikumad oleks|oleksid|käituks|käituksid|istuks|istuksid',
  ),
  denials: phrases(
    'ei_vasta tõele',
    // The customer's letter called incomprehensible: "Teie kirjast ei ole aru saada" (not "ma ei saanud aru", our side).
    'ei|pole kirjast|sõnumist|kaebusest|tekstist|pöördumisest aru_saada',
    'kirjast|sõnumist|kaebusest|tekstist|pöördumisest ei|pole aru_saada',
    'pole|ole tõsi',
    'see_pole|ole_nii',
    'see_ei_ole_nii',
    'see ei ole|pole päris|üldse_nii',
    'pole|ole meie|ettevõtte|firma süü|viga|vastutus|probleem',
    'meie süü see pole|ole',
    'me ei vastuta',
    'ei_vastuta selle|juhtunu eest',
    'meie ei ole|pole süüdi',
    'polnud|olnud meie|minu|ettevõtte süü|viga',
    'pole|ole minu|meie kätes|võimuses',
    'ei sõltu meist|minust',
    // Disbelief in the customer's account: "raske uskuda", "ma ei usu, et meie koristaja nii käituks".
    // Not "meid on raske uskuda": that acknowledges the customer's doubt in us.
    'raske|raskesti uskuda_et|seda',
    'mul|meil on raske|raskesti uskuda',
    'seda|see on raske|raskesti uskuda',
    'ei_usu|usuks et meie|koristaja*|töötaja*|praktikant*',
    'kahtlen|kahtleme et meie|koristaja*|töötaja*|praktikant*',
    'pole|ole põhjendatud|õigustatud',
    // Our record set against the complaint: "muid kaebusi tema kohta pole olnud". Negated only: "on tulnud ka muid
    // kaebusi" admits the problem.
    'muid|teisi kaebusi|kaebuseid|etteheiteid pole|ei|polnud',
    'pole|polnud muid|teisi kaebusi|kaebuseid|etteheiteid',
    'ei_ole|olnud muid|teisi kaebusi|kaebuseid|etteheiteid',
    // Doubt about what happened, not modesty about a remedy ("kahtlen, et see korvab…").
    'kahtlen|kahtleme|kahtlesin et ta|tema|nad|keegi|kokk|teenindaja*',
    'kahtlen|kahtleme|kahtlesin tõesti|päriselt',
    'ei_usu|usuks et ta|tema|nad|keegi',
    'ei_usu|usuks et see|asi_nii',
    // "Me ei saa ka imesid teha": the failure argued away.
    'imesid|imet teha|tegema',
    'imesid|imet korda_saata',
    'imetegija*', 'võlurid', 'võlukepp*',
    // Not the only table: "me ei ole ju ainuke laud siin", "Te ei ole ainus klient".
    'ei_ole|olnud ainuke|ainus|ainsad|ainukesed laud|lauad|klient|kliendid|külaline|külalised|pere|perekond|helistaja',
    'pole|polnud ainuke|ainus|ainsad|ainukesed laud|lauad|klient|kliendid|külaline|külalised|pere|perekond|helistaja',
    // The customer's "threat" answered with its own negation: "ei ole ähvardamine parim viis", "me ei allu survele".
    'ei_ole|olnud ähvardami*|ähvardus*|väljapress*',
    'pole|polnud ähvardami*|ähvardus*|väljapress*',
    'ei allu|alistu|anna ähvardus*|väljapress*|survele|šantaaž*',
    // "Me mõtteid lugeda ei oska": sarcasm that carries its own negation.
    'mõtteid lugeda|lugema|ei',
    'mõttelugeja*',
    // Our side's word set against the customer's: "koristaja väidab vastupidist".
    'väidab|väitis|ütleb|ütles|kinnitab|kinnitas|räägib|rääkis vastupidist|teisiti|vastupidi|muud',
    // Disbelief in the customer's own account: "Ma ei usu, et te nii kaua olete oodanud".
    'ei_usu et_te|teie|teil|teile|sa|sul',
    // Arguing with the customer's volume, which carries its own negation: "karjumine ei too toitu kiiremini".
    'karjumine|karjumisega|karjudes|kisa|kisaga ei too|aita|kiirenda|muuda|tule',
    // Our record set against the complaint, whatever follows it: "meie kliendid on rahul".
    'meie kliendid|külalised on|olid rahul|rahulolevad',
  ),
  innocence: phrases(
    'tegi|tegid|tegime|tehti kõik õigesti|korrektselt|nõuetekohaselt|korralikult|vastavalt',
    'tegi|tegid|tegime|tehti|tehtud kõik|tööd vastavalt|kooskõlas',
    'ei teinud midagi valesti',
    'pole|ole midagi valesti teinud',
    'tegi|tegid|tegime|tehti oma|kogu töö|tööd korralikult|õigesti|korrektselt|hästi|ära',
    'töötas|töötasid|koristas vastavalt|kooskõlas',
  ),
  notBlame: phrases(
    // A condition, not an accusation: "kui Te ei tellinud, eemaldame selle".
    'kui|juhul te|teie|sa_ei',
    // A condition: "kui olete unustanud oma kliendinumbri, leian selle ise".
    'kui|juhul olete|oled',
    'kui|juhul te|teie|sa olete|oled',
    // Our promise, not advice: "järgmisel korral peaksite saama meilt SMS-i".
    'peaksite|võiksite|peaksid|võiksid saama|saada|saanud',
    // Admitting the failure is shared: "Te ei ole ainus klient, kes on kurtnud".
    'ainuke|ainus|ainsad klient|kliendid|külaline|külalised|pere kes|keda|kellel',
    'oleksite|oleksid|pidanuksite pidanud saama|saanud|olema|saada',
    // A check of our own: "veendun, et uus arve on õige".
    'veendun|veendume|veenduda|kontrollin|kontrollime|kontrollida|jälgin|jälgime arve|arvel|arvele|summa|tasu',
  ),
  // "täna" is left out: typed without diacritics it is "today" ("ei tulnud tana").
  patienceWords: phrases('kannatlikkus*', 'kannatlikult', 'ootamis*', 'ootamine', 'oodanud', 'ootasite', 'ootama'),
  refusedThanks: new PhraseSet(['ei|pole tänama|tänada|tänagi|täname|tänan', 'tänama|tänada ei|pole'], 6),
  // Before the cleaning or the cleaner, not before the guests: "enne külaliste tulekut segamini" is our failure.
  priorTime: phrases(
    'enne_koristust|koristamist|koristuse|koristaja|koristajat|töötaja|meie|tööde',
    'enne_tema|koristaja|töötaja_tulekut|saabumist|tööd',
    'juba_enne_seda',
    'juba enne_koristust|koristamist|koristuse|koristaja|tema|töötaja|meie',
    'enne_kui koristaja|ta|töötaja|me tuli|tulime|jõudis|alustas|alustasime',
  ),
  poorState: phrases('räämas', 'segamini', 'must|mustad|mustus|mustust', 'korrast', 'sassis', 'kaos*', 'prügi*', 'halvas seisus|seisukorras|olukorras'),
  // Quantity makes the customer's belongings the cause: "nii palju asju laiali, et…", not "jättis asjad laiali".
  clutter: phrases('nii|väga|liiga palju asju|kraami|kola|asjadega', 'asjadest|asjadega|kraamist|kraamiga täis|umbes', 'risustatud', 'kuhjatud', 'täis_kuhjatud|topitud'),
  inability: phrases(
    'ei_saanud|saanudki|jõudnud|jõudnudki|suutnud|õnnestunud',
    'ei_olnud võimalik',
    'polnud võimalik',
    'seetõttu|mistõttu|sellepärast|seepärast',
    'nii_et kõike|kõik',
  ),
  auxiliaries: new Set(['pidanud', 'voinud']),
  concessions: phrases(
    'ei õigusta|vabanda',
    'pole|ole vabandus|õigustus',
    'ei tähenda',
    'sellest hoolimata',
  ),
  nextTime: phrases('järgmine_kord', 'järgmisel_korral', 'järgmiseks_korraks', 'edaspidi', 'tulevikus'),
  // Second-person imperatives and advice. Not "palun", which also begs pardon ("palun vabandust, järgmine kord…"), and
  // not an invitation to contact us ("andke järgmine kord kohe teada", "helistage julgelt"), which is courtesy.
  advice: phrases(
    'kontrollige|tellige|lugege|täpsustage|märkige|valige|broneerige|vaadake|jälgige|mõelge|arvestage|pange|jätke|koristage|veenduge|mainige|uurige|proovige|olge|planeerige',
    'võiksite|peaksite|võiksid|peaksid',
    'soovitan|soovitame|soovitaksin|soovitaksime',
    'tasub|tasuks',
    'oleks_hea|mõistlik|parem',
    'parem_oleks',
  ),
  offers: phrases('soodus*', 'allahindlus*', 'tasuta', 'protsent*', 'kingitus*', 'kupong*', 'kood*', 'hüvitis*'),
  records: phrases('süsteem*', 'andme*', 'arvel|arvelt|arve', 'registr*', 'tellimuse|tellimuste ajalugu|ajaloos'),
  // "Järelikult tellisite selle ise": the customer named, not "järelikult keegi tellis".
  conclusions: phrases(
    'järelikult|seega|niisiis|seetõttu te|teie|sa tellisite|tellisid|lisasite|soovisite',
    'järelikult|seega|niisiis tellisite|tellisid|soovisite|lisasite',
    'nii_et te|teie|sa tellisite|tellisid|soovisite|lisasite',
    'nii_et|järelikult|seega te|teie|sa olete|oled selle|seda tellinud|soovinud',
    'nii_et tellisite|tellisid|soovisite|lisasite',
  ),
  // "Selle peale oleks võinud enne tellimist mõelda": no subject, so the customer.
  impersonal: phrases(
    'oleks võinud|pidanud|tulnud mõelda|mõtlema|helistada|helistama|kontrollida|kontrollima|lugeda|lugema|uurida|uurima|küsida|küsima|teatada|teatama|täpsustada|täpsustama|tellida|tellima|valida|valima|arvestada|arvestama',
    'võinuks|pidanuks|tulnuks mõelda|helistada|kontrollida|lugeda|uurida|küsida|teatada|täpsustada|tellida|valida|arvestada',
    // "Annavad meile tavaliselt ette teada": other customers, unless our staff are the ones who do.
    'annavad|teatavad|teavitavad|helistavad|ütlevad|räägivad|mainivad|kirjutavad meile ette|eelnevalt|aegsasti|varakult',
  ),
  // Our side, someone the customer is not ("koristaja oleks võinud helistada"), or the customer as the one to be told
  // ("Teile oleks pidanud helistama"): our failure either way.
  ourSide: new Set([
    'me', 'meie', 'mina', 'ma', 'meil', 'minul', 'mul', 'ta', 'tema', 'nad', 'nemad', 'koristaja', 'koristajad', 'praktikant', 'praktikandid', 'tootaja',
    'tootajad', 'kokk', 'kokad', 'kook', 'teenindajad',
    'teenindaja', 'ettevote', 'firma', 'hotell', 'keegi', 'kedagi', 'meilt', 'meiega', 'temalt', 'kolleeg', 'juhendaja', 'teile', 'teid', 'sulle', 'sind',
  ]),
};
