import type { GreetAndClosePack } from '../../rules/greet-and-close';
import { phrases } from '../../text/pattern';

export const greetAndClose: GreetAndClosePack = {
  greetings: phrases('dzien_dobry', 'dobry_wieczor', 'szanowna|szanowny|szanowni|szanowne', 'witam|witamy', 'witaj', 'czesc', 'halo', 'hej', 'hejka', 'siema'),
  greetingsBeforeName: phrases('pani|panie|droga|drogi|drodzy'),
  closings: phrases(
    'z_powazaniem', 'z_wyrazami szacunku', 'lacze|laczymy wyrazy szacunku|pozdrowienia', 'pozdrawiam|pozdrawiamy', 'pozdrowien*', 'serdecznosci',
    'milego|dobrego|udanego dnia|wieczoru|weekendu', 'zycze|zyczymy milego|dobrego|udanego', 'do_widzenia', 'do_uslyszenia', 'pozdro', 'buziaki', 'calusy', 'usciski', 'trzymaj_sie', 'do_zobaczenia', 'wszystkiego dobrego|najlepszego',
  ),
  lineClosings: phrases('dziekuje|dziekujemy', 'dzieki', 'serdecznie', 'sciskam', 'usciski', 'calusy'),
  introductions: phrases('nazywam_sie', 'mam_na_imie', 'z_tej_strony', 'tu z', 'rozmawia pani|pan z'),
  nameBefore: phrases('tu', 'mowi', 'mowila', 'mowil', 'jestem', 'z_tej_strony'),
  nameAfter: phrases('z', 'z_tej_strony', 'przy_telefonie'),
  honorifics: new Set(['pani', 'pan', 'panie', 'panno', 'panstwo', 'pania', 'panu']),
  notNames: new Set(['my', 'ja', 'to', 'ona', 'on', 'wszyscy', 'dziekuje', 'dziekujemy', 'pozdrawiam', 'przepraszam']),
  nameBeforeCompany: new Set(['z']),
};
