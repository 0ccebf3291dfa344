import type { GreetAndClosePack } from '../../rules/greet-and-close';
import { phrases } from '../../text/pattern';

export const greetAndClose: GreetAndClosePack = {
  greetings: phrases('tere', 'tervist', 'tervitus|tervitused', 'lugupeetud', 'austatud', 'hei', 'tšau', 'head_päeva|hommikust|õhtust', 'kallis klient|klient'),
  greetingsBeforeName: phrases('hea', 'kallis'),
  closings: phrases(
    'lugupidamisega', 'parimate|heade|soojade|südamlike soovidega|tervitustega', 'tervitustega', 'tervitades',
    'parimat', 'kõike_head|paremat', 'head_päeva|aega|õhtut|nädalavahetust|jätku', 'päeva_jätku', 'ilusat|kena|meeldivat|toredat|päikeselist päeva|õhtut|nädalat|nädalavahetust',
    'kuulmiseni', 'nägemiseni', 'austusega', 'lugupidavalt', 'kallistusega', 'kallistustega', 'jõudu', 'soovin|soovime teile head|ilusat|kena|meeldivat', 'hoidke|hoia end|ennast',
  ),
  lineClosings: phrases('aitäh', 'tänan', 'täname', 'parimat', 'kallistustega', 'päikest', 'tervitustega'),
  introductions: phrases('minu|mu nimi_on', 'siin_räägib', 'teid teenindab|aitab', 'kuuleb', 'olen klienditeenindaja*|teenindaja*'),
  nameBefore: phrases('siin', 'siin_on', 'olen', 'olin', 'teid_teenindas|teenindab|aitas|aitab', 'räägib'),
  nameAfter: phrases('siin', 'kuuleb', 'räägib'),
  honorifics: new Set(['proua', 'pr', 'harra', 'hr', 'preili', 'mr', 'mrs']),
  notNames: new Set(['meie', 'mina', 'ma', 'me', 'see', 'tema', 'nemad', 'koik', 'aitah', 'tanan', 'tere']),
};
