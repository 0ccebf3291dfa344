import type { ClarifyPack } from '../../rules/clarify';
import { phrases } from '../../text/pattern';

export const clarify: ClarifyPack = {
  questionStarts: phrases('czy'),
  requests: phrases(
    'prosze|prosimy opisac|podac|napisac|powiedziec|wyjasnic|doprecyzowac|sprecyzowac|przekazac|dac|poinformowac|przyblizyc',
    'prosimy o opis|informacje|szczegoly|doprecyzowanie|wyjasnienie|informacje',
    'napisz|opisz|powiedz|podaj|napiszcie|opiszcie',
    'prosze o opis|informacje|szczegoly|doprecyzowanie|wyjasnienie',
    'chcielibysmy|chcialabym|chcialbym|chcemy|chce wiedziec|dowiedziec|zrozumiec|uslyszec|ustalic|wyjasnic',
  ),
  factCues: phrases(
    'co|kiedy|gdzie|kto|jak|ktory|ktora|ktore|ktorego|ktorej|czy|dlaczego|ile|jaki|jaka|jakie|czego|kogo',
    'dokladnie', 'szczegol*', 'wydarzy*', 'stalo', 'zaszlo', 'opis*', 'konkretnie', 'dat*', 'dnia',
  ),
  strongCues: phrases('wydarzy*', 'stalo', 'zaszlo', 'dokladnie', 'szczegol*', 'opisac', 'opis', 'konkretnie', 'co poszlo', 'poszlo nie_tak'),
  notFactSeeking: phrases(
    'odpowiada|odpowiadalby|odpowiadalaby|odpowiadaloby|odpowiadalby', 'pasuje|pasowalby|pasowalaby|pasowaloby', 'woli|wolalaby|wolalby|wolaliby|preferuje|preferowalaby',
    'chce|chcialaby|chcialby|chcieliby|zyczy|zyczylaby', 'zgadza|zgodzilaby|zgodzilby', 'czy jest|bedzie|byla pani|pan|panstwo zadowolon*', 'wybiera|wybralaby|wybralby',
    'czy mozemy|moglibysmy|moge|moglabym|moglbym',
    'cos jeszcze', 'inne|jakies pytania', 'numer', 'pesel',
    'jak mozemy|moglibysmy|moge pomoc|naprawic',
    'w czym mozemy|moge pomoc',
  ),
  rhetorical: phrases(
    'czego pani|pan|panstwo sie spodziewal*|oczekiwal*', 'czy pani|pan|panstwo naprawde|serio mysli|uwaza|sadzi|oczekuje',
    'czy to nasza|moja wina', 'czy pani|pan nie rozumie', 'naprawde', 'serio', 'kto pani|panu|panstwu', 'skad mamy|mielismy|moglismy wiedziec',
  ),
};
