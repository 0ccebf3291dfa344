import type { InvolveCustomerPack } from '../../rules/involve-customer';
import { PhraseSet, phrases } from '../../text/pattern';

export const involveCustomer: InvolveCustomerPack = {
  preference: phrases(
    'woli|wolałaby|wolałby|wolą|woleliby|wolałyby|woleć', 'pani|pan|państwo wybiera|wybierze|wybrałaby|wybrałby|wybiorą|zdecyduje', 'preferuje|preferowałaby|preferowałby|preferują|preferencj*',
    // The informal forms ask as well (formal-address judges the tone): "Co wolisz?", "wybierz, co ci pasuje".
    'wolisz|wolałabyś|wolałbyś|wolicie|wolelibyście|wolałybyście|preferujesz|wybierzesz|wybierasz|wybieracie|zdecydujesz',
    'może|mogą|można|moga|możesz|możecie wybrać|zdecydować|wskazać|zaproponować',
    // Asking the customer to name a time: "proszę zaproponować termin", "niech Pani wskaże dogodny dzień".
    'proszę|prosimy zaproponować|wskazać termin*|godzin*|dzień|dat*', 'proszę|prosimy podać|wskazać|zaproponować dogodn*|pasując*|odpowiadając*',
    'zaproponuj|zaproponujcie|wskaż|wskażcie termin*|godzin*|dzień|dat*', 'niech pani|pan|państwo zaproponuje|zaproponują|wskaże|wskażą|wybierze|wybiorą', 'chce|chcą|chciałaby|chciałby|chcieliby|zechce|zechcą wybrać|zdecydować|wskazać', 'wybierz|wybierzcie|wybierze|wybiorą|wybierają', 'do_wyboru', 'wybór|wyboru|wyborze', 'wybrać spośród|między|jedną|jeden|opcj*',
    'którą|która|które|który|któremu opcj*|rozwiązani*|wariant*|propozycj*|termin*', 'jak pani|pan|państwo woli|wolą|woleliby|chce|chcą|sobie życzy|życzą',
    'zależy od pani|pana|państwa', 'decyzj* należy', 'decyzja pani|pana|państwa', 'pani|pana|państwa decyzj*|wybór|wyboru',
    'dwie|kilka|następujące|różne opcje|możliwości|propozycje|warianty', 'albo albo',
  ),
  // Open questions spread over a clause ("Który termin byłby dla Pani najwygodniejszy?"): a wider gap.
  openQuestions: new PhraseSet(
    [
      'kiedy|który|która|które|którą|jaki|jaka|jakie|jaką|co|jak pasuje|pasują|odpowiadają|pasowałby|pasowałoby|pasowałaby|odpowiada|odpowiadałby|odpowiadałoby|odpowiadałaby|woli|chce|chciałaby|chciałby|chcieliby|najlepsz*|dogodn*|wygodn*|najwygodniej*|preferuje|życzy',
      'co|jak możemy|moglibyśmy|możemy zrobić|naprawić|wynagrodzić|zrekompensować',
      'kiedy|której mogłaby|mógłby|mogliby|może|mogą przyjąć|być|będzie|będą|zechce',
      'kiedy|której możemy|moglibyśmy|mamy przyjechać|przyjść|przysłać|zadzwonić|wysłać',
      'kiedy będzie|byłaby|byłby|będą pani|pan|państwo w_domu|dostępn*|woln*',
      // Asked for with "proszę dać znać": "Proszę dać znać, jaki termin byłby dogodny."
      'dogodn*|pasując*|odpowiadając* termin*|dzień|godzin*|dat*',
    ],
    6,
  ),

  tellUs: phrases(
    'proszę|prosimy dać|dac znać|znac', 'daj|dajcie|da znać|znac', 'proszę|prosimy o informację|odpowiedź|kontakt|decyzję', 'czekamy|czekam na odpowiedź|decyzję|informację',
    'napisz|napiszcie|odpisz|powiedz', 'proszę|prosimy napisać|odpisać|powiedzieć', 'niech pani|pan|państwo napisze|odpisze|powie',
  ),
  alternatives: new Set(['albo', 'lub', 'czy', 'badz', 'ewentualnie']),
  wishes: phrases('woli|wolałaby|wolałby|woleliby|chce|chciałaby|chciałby|chcieliby|odpowiada|pasuje|wygodniej|lepiej|życzy|wysłać|przynieść|przesłać|wolisz|chcesz|chciałabyś|chciałbyś'),
  exclusions: phrases(),
};
