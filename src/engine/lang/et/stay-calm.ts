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
  sarcasm: phrases('nn', 'niinimetatud', 'nii-nimetatud', 'no|jah|noh muidugi', 'väga naljakas', 'kui tore', 'oi-oi', 'kahju küll', 'kui üllatav', 'ilmselgelt Te|teie'),
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
    'mida te|sa ootate|ootasite et me|meie teeksime|teeks',
    'ei saa|tea aru mida te|sa tahate|tahad|mõtlete',
    'mida te|sa siis ootasite|ootate|lootsite|arvasite',
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
  reassurance: phrases('rahulikult|vabalt aega', 'rahulikult rääkida|mõelda|vaadata'),
};
