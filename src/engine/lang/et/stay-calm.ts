import type { StayCalmPack } from '../../rules/stay-calm';
import { phrases } from '../../text/pattern';

export const stayCalm: StayCalmPack = {
  acronyms: new Set([
    'OÜ', 'AS', 'MTÜ', 'FIE', 'SA', 'SMS', 'ID', 'OK', 'EUR', 'PS', 'NB', 'KM', 'KMKR', 'IBAN', 'PIN', 'PDF', 'URL', 'WC', 'TV', 'EL',
    'EU', 'CEO', 'IT', 'FAQ', 'GDPR', 'VIP', 'QR', 'CV', 'II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XII', 'AM', 'PM', 'HR', 'ÜK', 'PK', 'DPD',
  ]),
  insults: phrases(
    'loll|lollid|lolli|lollus*', 'rumal*', 'idioot*', 'idiootne', 'debiil*', 'kretiin*', 'tola', 'nõme*', 'jobu', 'ohmu', 'tobe|tobedus*', 'naeruväär*',
    'hüsteeri*', 'lapsik*',
  ),
  sarcasm: phrases(
    'nn', 'niinimetatud', 'nii-nimetatud', 'no|jah|noh muidugi', 'väga naljakas', 'kui tore', 'oi-oi', 'kahju küll', 'kui üllatav', 'ilmselgelt Te|teie',
    // Thanks for detail the complaint did not give: "suur tänu nii põhjaliku kirjelduse eest".
    'tänu|tänan|aitäh|täname nii|sellise|niivõrd|nõnda põhjaliku|detailse|üksikasjaliku|pika|ammendava|põhjalikku|pikka',
    'jah|no|noh_kujutage|kujuta_ette',
  ),
  // Praise ("tubli!") is left out: said to a child it is sincere wherever it stands.
  sarcasmAlone: phrases('palju_õnne', 'õnnitlen|õnnitleme'),
  sarcasticTag: phrases('tänan|aitäh väga', 'suur_tänu'),
  hostility: phrases(
    'unistage|unista|unistada edasi', 'unistada võib|voib', 'kirjutage|kirjuta mida|milline tahate|tahad|soovite',
    'pole|ole minu|meie probleem|mure',
    'minge|mine|pöörduge mujale',
    'minge|mine|pöörduge teise_firmasse',
    'kui teile|sulle ei meeldi',
    'kui ei meeldi',
    'olge|ole vait',
    'jätke|jäta mind|meid rahule',
    'virise*', 'halamine|halama|halate|halab|hala',
    'mind|meid ei huvita|huvitagi',
    'selliseid|teiesuguseid kliente',
    'tehke|tee mis|mida tahate|tahad|soovite',
    'kirjutage|kirjuta siis|julgelt|rahulikult halba|halb|negatiivset|negatiivne',
    'te|teie|sa ei viitsinud',
    'kuidas me|meie peaksime|pidime|oleksime teadma|arvama|aimama',
    // A plain "mida Te siis ootasite?" is a cold reproach, which no-blame judges; "what do you expect US to do" dismisses.
    'mida te|sa ootate|ootasite et me|meie teeksime|teeks',
    'ei saa|tea aru mida te|sa tahate|tahad|mõtlete',
    // Told to put up with it: "peate sellega lihtsalt leppima".
    'peate|pead|tuleb sellega leppima|leppida|harjuma|harjuda',
    // Calling the customer's message blackmail, or doubting it is a complaint at all: "kui Teil on päris kaebus".
    'väljapress*', 'šantaaž*',
    'kui teil|sul on|oleks päris|tõeline|tõelist|tegelik|päriselt kaebus|kaebust|probleem|probleemi|mure',
  ),
  // "Kuule," between friends is only a discourse marker; the formal "kuulge" and "no kuulge" are impatient.
  hostileOpeners: phrases('no_kuulge|kuule|vaadake|vaata', 'kuulge', 'kuulge_nüüd', 'vaadake_nüüd'),
  echoLinks: new Set(['kui', 'mis', 'nagu']),
  calmDown: phrases(
    'rahune*',
    'jääge|jää|püsige|olge rahulik*',
    'võtke|võta rahulikult|vabalt',
    'ärge|ära ärrituge|ärritu|vihastage|vihasta|närvitsege|erutuge|pabistage|paanitsege',
    'pole|ole vaja|põhjust ärrituda|vihastada|närvi|erutuda|pabistada|paanitseda|ärritumiseks',
    'hingake sügavalt',
  ),
  calmDownAlone: phrases('rahulikult'),
  // "Räägi aga rahulikult", "räägime nii rahulikult, kui Teile mugav on": the customer's pace on the phone.
  reassurance: phrases('rahulikult|vabalt aega', 'rahulikult rääkida|mõelda|vaadata', 'räägi|rääkige|räägime|räägin|kõnelge|jutustage rahulikult'),
  // Third person: "laps rahuneb kohe, kui leib tuleb" is the child, never the customer ("rahunege").
  calmingOthers: phrases('rahuneb', 'rahunevad', 'rahuneks', 'rahunenud', 'rahunemiseks'),
  hostileImperatives: phrases('leppige|lepi_sellega', 'harjuge|harju_sellega', 'nii_see_on|käib'),
  imperativeLead: new Set(['lihtsalt', 'siis', 'palun', 'no', 'noh', 'ja', 'nojah']),
  sarcasticHedges: phrases('vist', 'või_nii', 'või_mis'),
  threats: phrases('ähvard*', 'väljapress*', 'šantaaž*', 'hirmutami*'),
  brevityMocked: phrases('ühe lause|rea|reaga|lausega|lauselise|realise', 'ühelauseli*', 'üherealis*'),
  futile: phrases(
    'ei vii|viib kuhugi|kaugele',
    'ei saavuta|saavutata|saavutagi',
    'midagi ei saavuta|saavutata|saa',
    'ei aita|aitagi',
    'ei anna|muuda midagi|tulemust',
  ),
};
