import type { NoOverpromisePack } from '../../rules/no-overpromise';
import { PhraseSet, phrases } from '../../text/pattern';

export const noOverpromise: NoOverpromisePack = {
  guarantees: phrases(
    'garanteeri*', 'garantii*', 'sajaprotsendi*', 'täie_kindlusega',
    'on|saab|tuleb|oleks|olema|jääb laitmatu*|täiuslik*|veatu*|perfektne|perfektse|ideaalne|ideaalse|plekitu*',
  ),
  neverAgain: phrases(
    'ei kordu|juhtu|korda enam|kunagi|iial|edaspidi', 'enam|kunagi|iial|edaspidi ei kordu|juhtu',
    'see|sellist|selline|niisugust|midagi ei kordu|juhtu', 'mitte_kunagi enam', 'enam_kunagi', 'kunagi_enam', 'iial_enam',
    'ei lase|luba enam|sel|seda|sellel korduda|juhtuda', 'oli_viimane_kord', 'on_viimane_kord',
    'enam|kunagi|iial ette_ei_tule', 'ei tule enam|kunagi|iial ette',
  ),
  hedges: phrases(
    'teeme|teen|teha|teeksime kõik|parima|omalt', 'anname|annan endast parima|kõik', 'endast_oleneva',
    'püüame|püüan|püüda|proovime|proovin|pingutame|pingutan|loodame|loodan|soovime|eesmärk*', 'võtame|võtsime meetmeid|meetmed|kasutusele',
  ),
  cannotPromise: phrases(
    'ei_saa|saaks lubada|garanteerida|tagada|tõotada', 'ei_ole võimalik lubada|garanteerida|tagada', 'pole võimalik lubada|garanteerida|tagada',
    'ei luba|garanteeri|taga', 'ei_oska lubada|garanteerida',
  ),
  approval: phrases('juhataja*', 'juhtkon*', 'ülemus*', 'juhiga', 'juhilt', 'juhile', 'juhi_otsus*', 'juhi_kinnitus*'),
  offerCues: phrases('pakume|pakuksime|pakkuda|anname|annaksime|saate|saaksite|sobiks|sobib|soovite|sooviksite|eelistate|tahaksite'),
  percentWords: new Set(['protsenti', 'protsendi', 'protsendilist', 'protsendilise', 'protsendine', 'protsendise', 'protsendiline']),
  discountWords: phrases('allahindlus*', 'soodustus*', 'hinnaalandus*', 'soodsam*', 'odavam*', 'hüvit*', 'kompens*', 'tagasimakse*', 'vähem', 'maha', 'alla'),
  halfPrice: phrases('poole_hinnaga', 'poole_odavam*|soodsam*', 'pool_hinnast', 'poole_hinna', 'poolehinnaga'),
  // A wider gap: "Lift on tunni aja pärast jälle korras" puts the time between the lift and its state.
  uncertainOutcomes: new PhraseSet([
    'toit|toidu|söök|eine|tellimus|road|praad laual|lauale|lauas|valmis|käes|kohal', 'toit|söök|eine|tellimus|road jõuab|tuleb|saabub|jõuavad|tulevad',
    // "Toit on viie minuti pärast laual": the subject and its "on", with the time between them and the place.
    'toit|söök|eine|tellimus|road|lõuna|lõunasöök on|saab|jõuab laual|lauale|lauas|valmis|käes|kohal|teel',
    'lift|lifti töötab|töötama|töökorras|korras|korda|parandatud|parandatakse|käib|käima|tööle', 'paranda* lift|lifti', 'lifti paranda*|parandame|parandatakse',
  ], 5),
  controllable: phrases(
    'tehnik|tehniku|tehnikule|tehnikut|tehnikud|liftitehnik*|remondimee*|remondimeh*|liftimee*|liftimeh*|hooldus*', 'esimese*|esimesena|järjekor*|eelis*',
    'leib*|leiba|leiva*|saia*|värvipliiats*|pliiats*|joogi*|jook|jooki|jooke|jookide',
  ),
  bothAlternatives: phrases(
    'lapse toi* ja|ning magusto* tasuta|majapoolt|majapoolsed|maja|meie|kulul', 'lastetoi*|lastemenüü*|lasteportsjon* ja|ning magusto* tasuta|majapoolt|majapoolsed|maja|meie|kulul',
    'magusto* ja|ning lapse toi* tasuta|majapoolt|majapoolsed|maja|meie|kulul', 'magusto* ja|ning lastetoi*|lastemenüü*|lasteportsjon* tasuta|majapoolt|majapoolsed|maja|meie|kulul',
    'tasuta nii lapse|lastetoi*|lastemenüü*|lasteportsjon* kui_ka magusto*',
  ),
};
