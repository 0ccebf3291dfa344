import type { ProposeSolutionPack } from '../../rules/propose-solution';
import { phrases } from '../../text/pattern';

// The invoice in its cases; "arve*" would also catch "arvestame" (we take into account).
const ARVE = 'arve|arvet|arved|arveid|arvel|arvelt|arvele|arves|arvest|arvega|arvete|arvesse';

export const proposeSolution: ProposeSolutionPack = {
  remedies: phrases(
    // A re-clean: "tasuta korduskoristus", "koristame uuesti", "saadame kogenud koristaja".
    'korduskoristus*', 'ülekoristus*', 'järelkoristus*', 'uus|uue|uut|uuesti|teine|teise|tasuta|täiendav*|lisa koristus*',
    'koristame|koristab|koristaks|koristada|koristama|koristaksime|puhastame uuesti|üle|ümber|korralikult',
    'uuesti|üle|ümber koristama|koristada|koristame|koristab|teha|puhastada',
    'teeme|teha|teeksime|tehakse koristuse|töö|töö* uuesti|üle|ümber|korda',
    'teeme|teha|teeksime|teeb|teevad|tehakse asja|kõik|töö|vead|puudused korda|ära|uuesti',
    'koristab|koristavad|koristame|koristan|koristada puudu*|mustuse|ülejäänu*|pooleli* ära|üle|uuesti',
    'poole_hinnaga', 'soodsamalt', 'odavamalt', 'soodsam|soodsama|odavam|odavama', 'vähendame|vähendada|vähendan|vähendatakse|alandame|alandada arve*|summa*|hinda|hinna|tasu',
    'arve*|summa*|hind|hinda|tasu vähendame|vähendatakse|alandame|alandatakse',
    'saadame|saadan|saata|saadaksime|saadetakse|tuleb uue|kogenud|teise|vanema|parima koristaja*|töötaja*|meeskonna',
    'kogenud|teine|uus koristaja tuleb|tuleks|saabub|teeb',
    // The cleaner sent back: "saadame koristaja homme kell 11 uuesti", "koristaja tuleb tagasi".
    'saadame|saadan|saata|saadaksime|saadetakse koristaja*|meeskon*|töötaja*|kellegi|kedagi uuesti|tagasi|veelkord|üle',
    'koristaja*|meeskond|töötaja* tuleb|tuleks|tulevad|tuleksid|jõuab|saabub uuesti|tagasi|veelkord',
    'parandame|parandada|parandaksime|kõrvaldame|kõrvaldada puudu*|vead|vigu',
    // Money: "allahindlus", "soodustus", "hüvitis", "raha tagasi", "tasuta".
    'allahindlus*', 'soodustus*', 'hinnaalandus*', 'soodushin*', 'hüvit*', 'kompensats*', 'kompenseeri*', 'tasuta', 'majapoolne|majapoolt',
    'raha|summa|tasu tagasi', 'tagastame|tagastada|tagastan|maksame raha|summa|tasu', 'tagasimakse*',
    'kinkekaart*', 'kingitus*', 'kingime|kingiks', 'boonus*', 'kupong*',
    // The invoice: cancelled, corrected, a credit note, the charge removed.
    `tühistame|tühistan|tühistada|tühistatakse|tühistaksime|tühistasime|tühistatud ${ARVE}|tellimus*|tasu|summa`,
    `${ARVE}|tasu|summa tühist*|kustut*|paranda*|korrigeeri*|muude*|eemalda*|annulee*`,
    `kustutame|kustutada|kustutan|annuleerime ${ARVE}`,
    'krediitarve*', 'kreeditarve*', `parandatud|uue|uus|korrigeeritud|õige|korrektse ${ARVE}`,
    'eemaldame|eemaldan|eemaldada|eemaldatakse|võtame|võtta arvelt|arvest', 'arvelt maha|eemald*',
    // The charge named by a pronoun or its sum: "kustutan selle", "võtan selle 35 eurot kohe maha", "kustutan ära".
    'kustutan|kustutame|kustutada|eemaldan|eemaldame|eemaldada|tühistan|tühistame|tühistada selle|see|need|rea|summa|summat|tasu',
    'kustutan|kustutame ära|maha', 'eurot|euro|summa|summat|tasu|rea maha',
    // Passive: "Tänase koristuse arve tühistatakse."
    'tühistatakse|kustutatakse|annuleeritakse|korrigeeritakse', 'võtame|võtan|võtta|võetakse|võtaksime|võtame maha', 'maha võtta|võtame|võtan|võetakse|arvata|arvame',
    // A new time.
    'uus|uue|uut|uuele|sobiv*|teise|teist|järgmise aeg|aja|ajal|aega|ajale|termin*',
    'broneeri* uus|uue|uuesti|ümber|teise', 'leiame|leida|pakume|pakkuda * uue|sobiva aja|aja',
    // The restaurant: bread and crayons now, the order first, a free dessert.
    'toome|toon|tuua|toob|pakume|pakun leiba|leib*|saia*|värvipliiats*|pliiats*|magustoit*|jook|jooki|jooke|joogi*|suupis*|midagi',
    'värvipliiats*', 'magustoit*', 'lastemenüü*', 'lasteportsjon*', 'lastetoit*', 'eelisjärjekor*',
    'tellimus*|toit|toidu esimese*|esimesena|kiiremini|kohe', 'kiirendame|kiirendan|kiirendada tellimus*|toidu',
    // The lost order placed again: "panen selle uuesti sisse", "sisestan tellimuse kohe uuesti".
    'panen|paneme|panna|sisestan|sisestame|sisestada|edastan|edastame|edastada|esitan|esitame tellimus*|selle|toidu|need|road uuesti|kohe|esimese*',
    'panen|paneme|panna|sisestan|sisestame uuesti|kohe sisse|edasi', 'valmistame|valmistatakse|teeme|teeb tellimus*|toidu|road|selle uuesti|kohe|esimese*',
    // The hotel: another room, the technician, waived fees, help with the stairs.
    'tuba|toa|tuppa #num', 'teise|teisele|uude|uue|ümber tuppa|toa|tuba',
    'alumise|alumisel|madalama|madalamal korruse|korrusel tuba|toa|tuppa', 'tuba|toa|tuppa alumise|alumisel|esimese|esimesel korruse|korrusel',
    'kanname|tõstame|aitame * ratastooli|tooli|Teid', 'ratastooli kanname|tõstame', 'esimese_korruse tuppa|toa|tuba', 'esimesel_korrusel asuva* tuppa|toa|tuba',
    'paigutame|paigutada|majutame|majutada|viime|tõstame * ümber|tuppa', 'ümberpaigut*',
    'tehnik|tehniku|tehnikule|tehnikut|tehnikuga|tehnikud', 'remondimee*', 'remondimeh*', 'liftimee*', 'liftimeh*', 'kaldtee*',
    'minibaar*', 'parkimi* tasuta', 'tasuta parkimi*',
    'aitame|aitan|aidata * tuppa|trepist|pagas*|kohvri*',
  ),
  negativeRemedies: phrases(
    'ei pea|peaks maksma|tasuma|midagi', 'pole vaja maksta|tasuda|maksma', 'ei_ole vaja maksta|tasuda|maksma',
    'arvet ei esitata|koostata|saadeta|tule', 'arve|arvet|arveid ei esita|koosta|saada|esitame|koostame|saadame|tee|teeme|kirjuta|kirjutame|väljasta|väljastame', 'ei esita|esitata|koosta|koostata|saada arvet', 'ei küsi|nõua tasu|raha',
  ),
  refusalPhrases: phrases('on_rohkem', 'on_liiga', 'üle_jõu', 'ei_tule_kõne_alla', 'välistatud'),
  refusals: new Set(['voimatu', 'keeldume', 'keeldun', 'nali', 'naljakas', 'absurdne', 'valistatud']),
  waitingFor: new Set(['kuni', 'enne']),
  waitsFor: new Set(['ootame', 'ootan', 'oodake', 'oodata', 'ootab', 'ootavad', 'ootama', 'ootel', 'ootamas']),
  habitual: new Set(['tavaliselt', 'üldiselt', 'harilikult', 'reeglina', 'enamasti', 'tavaolukorras']),
  tentative: phrases(
    'vaatan|vaatame|uurin|uurime|mõtleme|kaalume|kontrollin|kontrollime mis|mida|kas|võimalus*', 'kaalume|kaalun|kaaluda',
    // What the customer should have done: "kui Te oleksite tellinud lastemenüüst".
    'oleksite|oleks tellinud|valinud|võtnud|broneerinud',
  ),
  otherSubjects: new Set(['te', 'teie', 'sa', 'sina', 'lisaks', 'samuti', 'pealegi']),
  reported: phrases(
    'soovite|soovisite|nõuate|nõudsite|ootate|ootasite|palute|palusite|tahate|tahtsite|arvate|mainisite|kirjutasite|leiate',
    'teie soov*|nõudmi*|nõue|nõude*|palve*|ettepanek*|ootus*',
    'soov* saada',
  ),
};
