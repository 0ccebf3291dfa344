import type { ActNowPack } from '../../rules/act-now';
import type { Token } from '../../text/analyse';
import { phrases } from '../../text/pattern';

// Irregular and common past forms a reply uses when retelling the complaint ("koristaja tuli", "Teil olid külalised").
const PAST = new Set([
  'oli', 'olid', 'olin', 'olime', 'olite', 'tuli', 'tulid', 'tulin', 'tulime', 'tulite', 'laks', 'laksid', 'sai', 'said',
  'saime', 'saite', 'pidi', 'pidid', 'pidin', 'pidime', 'pidite', 'tegi', 'tegid', 'tegime', 'tegite', 'nagi', 'nagid',
  'jai', 'jaid', 'jaime', 'kais', 'kaisid', 'jattis', 'jatsid', 'unustas', 'utles', 'lubas', 'hilines', 'teatas',
  'teavitas', 'helistas', 'koristas', 'tellis', 'juhtus', 'toimus', 'puudus', 'saabus', 'ilmus', 'haigestus', 'tehti',
  'saadeti', 'unustati', 'jaeti', 'teatati', 'eile', 'toi', 'toid', 'viis', 'vottis', 'andis', 'pani', 'ootasite',
]);

// Words that end like a past form but are not verbs: "pesumasin", "tassid", "poisid".
const NOT_PAST = new Set(['masin', 'pesumasin', 'noudepesumasin', 'poisid', 'roosid']);
// Auxiliaries and the negator beside a "-nud" form: "on tulnud", "ei tulnud" (both retell what happened).
const AUX = new Set(['ei', 'on', 'oli', 'olid', 'olin', 'olime', 'olite', 'oleme', 'olete', 'olen', 'oled', 'pole', 'polnud', 'oleks', 'oleksime', 'oleksite', 'oleksin', 'ole']);

export const actNow: ActNowPack = {
  counted: phrases(
    'tunni|minuti|päeva|tööpäeva|nädala jooksul|pärast|sees', 'minutiga|tunniga|päevaga',
    'jaanuar*|veebruar*|märts*|aprill*|mail|maiks|juuni*|juuli*|august*|septemb*|oktoob*|novemb*|detsemb*',
  ),
  immediate: phrases(
    'kohe', 'kohe-kohe', 'koheselt', 'otsekohe', 'viivitamata', 'viivitamatult', 'silmapilkselt',
    // "tana" is "täna" typed without diacritics; "tänan"/"tanan" (thank you) is another word and never matches.
    'täna', 'tänasel_päeval', 'käesoleval_päeval', 'tänase_päeva jooksul|lõpuks|sees', 'tänaseks õhtuks|päevaks|lõunaks',
    'veel_täna', 'samal_päeval', 'hetke_pärast', 'praegu_kohe', 'just_nüüd', 'otse_praegu', 'juba_teel', 'on_teel', 'teele_asunud',
    'kohe_praegu', 'juba_praegu',
    'praegu vaatan|vaatame|uurin|uurime|kontrollin|kontrollime|helistan|helistame|kirjutan|saadan|saadame|tühistan|tühistame|parandan|parandame',
    'vaatan|vaatame|uurin|uurime|kontrollin|kontrollime|helistan|helistame|tühistan|tühistame|parandan|parandame praegu',
  ),
  future: phrases(
    'homme', 'homseks', 'homsest', 'ülehomme', 'homse_päeva jooksul|lõpuks',
    'ühe|kahe|kolme|nelja|viie|kuue|seitsme|kümne|paari|poole|veerand|mõne tunni|minuti|päeva|tööpäeva jooksul|pärast|sees',
    'tunni|tunniaja jooksul|pärast|sees', 'tunni_aja jooksul|pärast|sees',
    '24-tunni*', '48-tunni*', '24h', '48h', '24-h', 'ööpäeva jooksul',
    'hiljemalt', 'lõunaks', 'keskpäevaks', 'õhtuks',
    // On or by a weekday ("neljapäeval", "reedeks", "esmaspäeva hommikul"); the bare name is a day, not a time ("täna on laupäev").
    'esmaspäeval|teisipäeval|kolmapäeval|neljapäeval|reedel|laupäeval|pühapäeval', 'esmaspäevaks|teisipäevaks|kolmapäevaks|neljapäevaks|reedeks|laupäevaks|pühapäevaks',
    'esmaspäeva|teisipäeva|kolmapäeva|neljapäeva|reede|laupäeva|pühapäeva hommikul|õhtul|lõunal|pealelõunal|kell|kella|jooksul',
  ),
  clockWords: new Set(['kl', 'alates', 'enne', 'kuni']),
  clockAnyWords: new Set(['kell', 'kella']),
  clockAfterWords: new Set(['ks', 'ni']),
  amountWords: new Set(['eurot', 'euro', 'eur', 'senti', 'protsenti', 'protsendi', 'protsendilist', 'korda', 'inimest']),
  notATime: phrases(
    'kohe_kui', 'kohe_pärast|peale', 'kohe_alguses|algul|algusest', 'kohe_näha|märgata', 'kohe_esimesel',
    // A state, not an action: "täna on laupäev", "meil on täna palju rahvast".
    'täna|tana on|oli', 'meil|mul on|oli täna|tana',
    // The kitchen's state today explains the wait and commits to nothing: "Köögis on täna kaks inimest puudu".
    'köögis|koogis|saalis|restoranis|hotellis|siin on|oli täna|tana', 'täna|tana kiire|puudu|rahvarohke|hõivatud|täis',
  ),
  customerActs: phrases(
    'võite|võiksite|palun helistada|kirjutada|pöörduda|tulla|ühendust|teada|teatada', 'helistage|kirjutage|pöörduge|tulge|võtke|andke|teatage|vastake|öelge|teavitage',
  ),
  doneActions: phrases(
    'on|sai|said tühistatud|eemaldatud|parandatud|kustutatud|saadetud|broneeritud|korrigeeritud|tellitud|kutsutud', 'on|sai maha_võetud',
    'olen|oleme|olin tühistanud|eemaldanud|parandanud|kustutanud|saatnud|broneerinud|korrigeerinud|tellinud|kutsunud|helistanud|andnud|võtnud',
    'tühistasin|tühistasime|eemaldasin|eemaldasime|saatsin|saatsime|broneerisin|broneerisime|kutsusin|kutsusime|helistasin|helistasime|parandasin|parandasime',
    // Not "edastasime", "teavitasime": handing a case on is no action on the problem, and retells as often.
    'on juba teel', 'on juba teele_asunud',
    // Feedback passed to the trainee's mentor is acting on it, unlike a letter handed to "vastavale osakonnale".
    'edastasin|edastasime|saatsin|saatsime|andsin|andsime juhendaja*|mentor*', 'juhendaja*|mentor* edasi saatnud|andnud|saatsin|andsin|saatsime|andsime|edastanud',
    'edastanud|edastatud juhendaja*|mentor*',
    'edastasin|edastasime|saatsin|saatsime tagasiside*|kirja|kaebuse|info*|sõnumi*|märkused juhendaja*|mentor*',
    'juhendaja*|mentori* rääkinud|vestelnud|rääkisin|rääkisime', 'rääkinud|vestelnud|rääkisin|rääkisime juhendaja*|mentori*',
  ),
  othersDecide: phrases('juhataja|juht|juhtkond|ülemus|raamatupidamine|osakond otsustab|otsustavad|otsustatakse|otsuse'),
  // "Kui oleksite hommikul helistanud, (saaksime kohe…)": the condition makes the rest of the sentence what might have been.
  counterfactual: phrases(
    'kui oleksite|oleks|oleksid helistanud|teatanud|öelnud|andnud|teavitanud|kirjutanud|maininud|rääkinud|tellinud|märkinud|küsinud',
  ),
  isPast(tokens, i) {
    const norm = (tokens[i] as Token).norm;
    if (PAST.has(norm)) return true;
    if (NOT_PAST.has(norm)) return false;
    // "-nud" is past only beside an auxiliary ("on tulnud", "olete pidanud"): "kogenud koristaja" is an adjective.
    if (norm.length >= 5 && norm.endsWith('nud')) return tokens.slice(Math.max(0, i - 3), i).some((a) => AUX.has(a.norm));
    if (norm.includes('nuks')) return true;
    if (norm.length >= 7 && (norm.endsWith('sime') || norm.endsWith('site'))) return true;
    // "kirjutasid", "tellisin"; a consonant before "-sid" is usually a noun plural ("pliiatsid", "tassid").
    return norm.length >= 7 && /[aeiou]si[dn]$/.test(norm);
  },
};
