import type { ClarifyPack } from '../../rules/clarify';
import { PhraseSet, phrases } from '../../text/pattern';

export const clarify: ClarifyPack = {
  questionStarts: phrases('czy'),
  whStarts: phrases('kiedy|co|gdzie|kto dokladnie|sie|zaszlo|wydarzylo|stalo|bylo|przyszla|przyszedl|powiedziala|powiedzial'),
  // A wider gap: "proszę się uspokoić i spokojnie opisać, co się wydarzyło".
  requests: new PhraseSet([
    'prosze|prosimy opisac|podac|napisac|powiedziec|wyjasnic|doprecyzowac|sprecyzowac|przekazac|dac|poinformowac|przyblizyc',
    // Polite conditionals: "byłabym wdzięczna, gdyby Pani opisała…", "będę wdzięczny za informację, kiedy…".
    'gdyby pani|pan|panstwo opisal*|napisal*|podal*|wyjasnil*|powiedzial*|przeslal*|doprecyzowal*|sprecyzowal*|przyblizyl*',
    'gdyby opisal*|napisal*|podal*|wyjasnil*|powiedzial*|przeslal*|doprecyzowal*|sprecyzowal*|przyblizyl* pani|pan|panstwo',
    'wdzieczn* za informacje|opis|szczegoly|wyjasnienie|doprecyzowanie',
    'prosimy o opis|informacje|szczegoly|doprecyzowanie|wyjasnienie|informacje',
    'napisz|opisz|powiedz|podaj|napiszcie|opiszcie',
    'prosze o opis|informacje|szczegoly|doprecyzowanie|wyjasnienie',
    'chcielibysmy|chcialabym|chcialbym|chcemy|chce wiedziec|dowiedziec|zrozumiec|uslyszec|ustalic|wyjasnic',
    'chetnie dowiem|dowiemy|uslysze|uslyszymy',
    // A curt request for the facts is still one: "niech Pan napisze konkretnie, o co chodzi".
    'niech pani|pan|panstwo napisze|opisze|powie|wyjasni|poda|sprecyzuje|doprecyzuje|rozpisze',
    'prosze|prosimy to rozpisac',
    'daj|dajcie|dac znac',
  ], 5),
  factCues: phrases(
    'co|kiedy|gdzie|kto|jak|ktory|ktora|ktore|ktorego|ktorej|czy|dlaczego|ile|jaki|jaka|jakie|czego|kogo',
    'dokladnie', 'szczegol*', 'wydarzy*', 'stalo', 'zaszlo', 'opis*', 'konkretnie', 'dat*', 'dnia',
  ),
  strongCues: phrases('wydarzy*', 'stalo', 'zaszlo', 'dokladnie', 'szczegol*', 'opisac', 'opis', 'konkretnie', 'co poszlo', 'poszlo nie_tak'),
  notFactSeeking: phrases(
    'odpowiada|odpowiadalby|odpowiadalaby|odpowiadaloby|odpowiadalby', 'pasuje|pasowalby|pasowalaby|pasowaloby', 'woli|wolalaby|wolalby|wolaliby|preferuje|preferowalaby',
    'chce|chcialaby|chcialby|chcieliby|zyczy|zyczylaby', 'zgadza|zgodzilaby|zgodzilby', 'czy jest|bedzie|byla pani|pan|panstwo zadowolon*', 'wybiera|wybralaby|wybralby',
    'czy mozemy|moglibysmy|moge|moglabym|moglbym',
    'cos jeszcze', 'inne|jakies pytania', 'numer*', 'pesel',
    // Approval sought, not facts: "Jak to brzmi?", "Brzmi dobrze?".
    'brzmi*',
    'jak mozemy|moglibysmy|moge pomoc|naprawic',
    'w czym mozemy|moge pomoc',
    'jeszcze_cos',
  ),
  rhetorical: phrases(
    'czego pani|pan|panstwo sie spodziewal*|oczekiwal*', 'czy pani|pan|panstwo naprawde|serio mysli|uwaza|sadzi|oczekuje',
    'czy to nasza|moja wina', 'czy pani|pan nie rozumie', 'naprawde', 'serio', 'kto pani|panu|panstwu', 'skad mamy|mielismy|moglismy wiedziec',
    // What the customer expected, asked back at them: "czego się spodziewałaś?", "a czego Pan właściwie oczekuje?".
    'czego spodziewal*|spodziewa*|oczekiwal*|oczekuj*',
    // Checking that the customer keeps up, not asking what happened: "Czy Pani rozumie?".
    'czy pani|pan|panstwo rozumie|rozumieja|zrozumiala|zrozumial|zrozumieli', 'czy to jasne',
    'jak mamy|mielibysmy|mozemy|moglibysmy odpowiedziec|odniesc|zareagowac',
    // What the company should do, asked back: "Co mamy zrobić z jednym zdaniem?".
    'co mamy|mielibysmy|powinnismy|moglibysmy zrobic|robic',
  ),
  echoTags: new Set(['tak', 'prawda', 'ok', 'okej', 'zgadza', 'jasne']),
  invitations: phrases('jesli|jezeli|gdyby cos|cokolwiek'),
  continuations: new Set(['ze']),
  hurry: phrases('moze|moglaby|moglby|mogliby|mozecie|mozesz szybciej|pospiesz*|streszcza*'),
};
