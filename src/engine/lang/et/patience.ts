import type { PatiencePack } from '../../rules/patience';
import { phrases } from '../../text/pattern';

export const patience: PatiencePack = {
  impatience: phrases(
    // Rushing.
    'kiirustage|kiirusta|kiirustaksite', 'palun|rääkige|räägi|öelge|ütle|tehke|tee|otsustage|otsusta|vastake|vasta kiiremini|kiiresti|ruttu|kiirelt|kähku',
    'mul|meil on järjekord|kiire', 'mul|meil on teised|teisi kliendid|kliente|inimesi ootamas|ootel|järjekorras', 'teised|teisi kliendid|kliente|inimesi ootavad|ootamas',
    'jah-jah', 'jaa-jaa', 'jajah', 'selge-selge', 'jah_jah', 'selge_selge',
    'kiiremini|ruttu|kähku palun', 'ruttu|kähku|kiirelt ruttu', 'asja_juurde', 'lühidalt palun', 'palun lühidalt', 'lõpetage|lõpeta juba',
    'ajage|aeta asja kiiremini',
    // Repeating with reproach.
    'nagu ma|me juba|ju|enne ütlesin|ütlesime|mainisin|selgitasin|rääkisin|kirjutasin', 'nagu_juba öeldud|mainitud|selgitatud',
    'nagu öeldud', 'ma juba|ju ütlesin|selgitasin|rääkisin|mainisin', 'ütlesin|selgitasin|rääkisin juba|korduvalt', 'ütlesin|selgitasin|rääkisin mitu_korda',
    'kordan veel|uuesti|viimast', 'mitu korda ma', 'kui te|teie vaid|ometi kuulaksite|kuulaks',
    // Irritation at the child.
    'laps|lapsed|lapsel segab|segavad|häirib|häirivad|tüütab|tüütavad|lärmab|lärmavad', 'segab|häirib|tüütab teisi|kõiki|külalisi|kliente',
    'vaigistage|vaigista|rahustage|rahusta|hoidke|ohjeldage|korrale oma|teie last|lapsi|laps', 'last|lapsi|lapsed vaikseks|vait|korrale',
    'laps|lapsed on liiga vali|valjud|lärmakas|lärmakad|kärarikas', 'teised|ülejäänud kliendid|külalised kurdavad|kaebavad|häiritud',
  ),
  impatienceNegative: phrases(
    'mul|meil pole aega', 'mul|meil ei_ole aega', 'mul|meil pole terve päev|päeva', 'mul|meil ei_ole terve päev|päeva', 'ei saa terve|kogu päev|päeva', 'kas te|teie aru ei saa',
    'kas te|teie ei saa aru', 'kas te|teie ei kuula',
  ),
};
