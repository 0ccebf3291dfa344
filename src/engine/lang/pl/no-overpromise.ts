import type { NoOverpromisePack } from '../../rules/no-overpromise';
import { phrases } from '../../text/pattern';

export const noOverpromise: NoOverpromisePack = {
  guarantees: phrases(
    'gwarantuj*', 'zagwarantuj*', 'gwarancj*', 'stuprocent*',
    'będzie|będą idealn*|perfekcyjn*|nienagann*|bezbłędn*', 'będzie|będą bez_zarzutu',
  ),
  neverAgain: phrases(
    'nigdy więcej|już|się nie powtórzy|zdarzy|powtórzą', 'więcej|już|ponownie się nie powtórzy|zdarzy|powtórzą',
    'to|sytuacja się nie powtórzy|zdarzy', 'nie powtórzy|zdarzy się więcej|już|ponownie', 'nigdy_więcej', 'już_nigdy', 'był_ostatni_raz', 'to_ostatni_raz', 'jest_ostatni_raz',
    // "Nic takiego się już nie powtórzy": the "already" before the negation.
    'się już|więcej nie powtórzy|zdarzy|powtórzą', 'nic takiego|podobnego nie powtórzy|zdarzy',
  ),
  hedges: phrases(
    'dołożymy|dołożę|dokładamy|dołożyć wszelkich|starań', 'zrobimy|zrobię|robimy|zrobić wszystko', 'co_w_naszej mocy',
    'postaramy|postaram|staramy|staram|starać się', 'mamy|mam nadzieję', 'podejmiemy|podjęliśmy|podejmujemy kroki|działania',
  ),
  cannotPromise: phrases(
    'nie możemy|mogę|możemy zagwarantować|obiecać|zapewnić|przyrzec', 'nie_jesteśmy_w_stanie zagwarantować|obiecać|zapewnić',
    'nie gwarantujemy|gwarantuję|obiecujemy|obiecuję', 'nie_da_się zagwarantować|obiecać', 'brak gwarancji',
  ),
  approval: phrases('kierownik*', 'przełożon*', 'kierownictw*', 'dyrektor*', 'menedżer*', 'szef*'),
  offerCues: phrases('oferujemy|proponujemy|proponuję|możemy|moglibyśmy|damy|chce|chciałaby|chciałby|woli|wolałaby|odpowiada|pasuje'),
  percentWords: new Set(['procent', 'procentowy', 'procentowego', 'procentowa', 'procentowej', 'proc']),
  discountWords: phrases('rabat*', 'zniżk*', 'upust*', 'taniej', 'tańsz*', 'obniżk*', 'zwrot|zwrotu', 'mniej'),
  halfPrice: phrases('pół_ceny', 'połow* ceny|kwoty|rachunku', 'połowę_taniej', 'pięćdziesiąt_procent'),
  uncertainOutcomes: phrases(
    'jedzenie|zamówienie|danie|dania|posiłek|obiad gotow*|podan*|dotrze|dotrą|przyjdzie|idzie|drodze|będzie|będą', 'jedzenie|zamówienie|danie|posiłek|obiad na_stole',
    'wind*|lift działa*|zadziała|naprawion*|sprawn*|uruchomion*|czynn*', 'napraw*|uruchom* wind*|lift*', 'wind*|lift* napraw*|uruchom*',
  ),
  controllable: phrases(
    'technik*|serwisant*|konserwator*|fachowc*', 'pierwsz*|kolejk*|kolejnoś*|priorytet*',
    'chleb*|pieczyw*|bułk*|kredk*|kolorowank*|napój|napoje|sok*',
  ),
  bothAlternatives: phrases(
    'dani*|menu|posiłek dla_dziecka i|oraz deser* gratis|darmo|bezpłatn*|darmow*|koszt', 'dani*|menu dziecięc* i|oraz deser* gratis|darmo|bezpłatn*|darmow*|koszt',
    'deser* i|oraz dani*|menu|posiłek gratis|darmo|bezpłatn*|darmow*|koszt', 'deser* i|oraz dani*|menu|posiłek dla_dziecka gratis|darmo|bezpłatn*|darmow*|koszt', 'zarówno dani*|menu|posiłek jak_i deser* gratis|darmo|bezpłatn*|darmow*|koszt',
    'zarówno deser* jak_i dani*|menu|posiłek gratis|darmo|bezpłatn*|darmow*|koszt', 'gratis|bezpłatnie|darmo zarówno dani*|menu|posiłek|deser*',
  ),
};
