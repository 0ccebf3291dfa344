import type { InvolveCustomerPack } from '../../rules/involve-customer';
import { PhraseSet, phrases } from '../../text/pattern';

export const involveCustomer: InvolveCustomerPack = {
  preference: phrases(
    'woli|wolałaby|wolałby|wolą|woleliby|wolałyby|woleć', 'pani|pan|państwo wybiera|wybierze|wybrałaby|wybrałby|wybiorą|zdecyduje', 'preferuje|preferowałaby|preferowałby|preferują|preferencj*',
    'może|mogą|można|moga|możesz|możecie wybrać|zdecydować|wskazać', 'chce|chcą|chciałaby|chciałby|chcieliby|zechce|zechcą wybrać|zdecydować|wskazać', 'wybierz|wybierzcie|wybierze|wybiorą|wybierają', 'do_wyboru', 'wybór|wyboru|wyborze', 'wybrać spośród|między|jedną|jeden|opcj*',
    'którą|która|które|który|któremu opcj*|rozwiązani*|wariant*|propozycj*|termin*', 'jak pani|pan|państwo woli|wolą|woleliby|chce|chcą|sobie życzy|życzą',
    'zależy od pani|pana|państwa', 'decyzj* należy', 'decyzja pani|pana|państwa', 'pani|pana|państwa decyzj*|wybór|wyboru',
    'dwie|kilka|następujące|różne opcje|możliwości|propozycje|warianty', 'albo albo',
  ),
  // Open questions spread over a clause ("Który termin byłby dla Pani najwygodniejszy?"): a wider gap.
  openQuestions: new PhraseSet(
    [
      'kiedy|który|która|które|którą|jaki|jaka|jakie|jaką|co|jak pasuje|pasowałby|pasowałoby|pasowałaby|odpowiada|odpowiadałby|odpowiadałoby|odpowiadałaby|woli|chce|chciałaby|chciałby|chcieliby|najlepsz*|dogodn*|wygodn*|najwygodniej*|preferuje|życzy',
      'co|jak możemy|moglibyśmy|możemy zrobić|naprawić|wynagrodzić|zrekompensować',
      'kiedy|której mogłaby|mógłby|mogliby|może|mogą przyjąć|być|będzie|będą|zechce',
      'kiedy|której możemy|moglibyśmy|mamy przyjechać|przyjść|przysłać|zadzwonić|wysłać',
      'kiedy będzie|byłaby|byłby|będą pani|pan|państwo w_domu|dostępn*|woln*',
    ],
    6,
  ),

  tellUs: phrases('proszę|prosimy dać|dac znać|znac', 'daj|dajcie|da znać|znac', 'proszę|prosimy o informację|odpowiedź|kontakt|decyzję', 'czekamy|czekam na odpowiedź|decyzję|informację'),
  alternatives: new Set(['albo', 'lub', 'czy', 'badz', 'ewentualnie']),
  wishes: phrases('woli|wolałaby|wolałby|woleliby|chce|chciałaby|chciałby|chcieliby|odpowiada|pasuje|wygodniej|lepiej|życzy|wysłać|przynieść|przesłać'),
  exclusions: phrases(),
};
