import type { PatiencePack } from '../../rules/patience';
import { phrases } from '../../text/pattern';

export const patience: PatiencePack = {
  impatience: phrases(
    // Rushing.
    'kiirustage|kiirusta|kiirustaksite', 'palun|rääkige|räägi|öelge|ütle|tehke|tee|otsustage|otsusta|vastake|vasta kiiremini|kiiresti|ruttu|kiirelt|kähku',
    'mul|meil on järjekord|kiire', 'mul|meil on teised|teisi kliendid|kliente|inimesi|kõned|kõnesid|helistajaid|laudu ootamas|ootel|järjekorras', 'teised|teisi kõned|kõnesid ootamas|ootel', 'te|teie pole ainus|ainuke klient|laud', 'te|teie ei_ole ainus|ainuke klient|laud',
    'oma|teie last|lapsi|lapsed rahustama|vaigistama|ohjeldama|rahustada|vaigistada', 'teised|teisi kliendid|kliente|inimesi ootavad|ootamas',
    'jah-jah', 'jaa-jaa', 'jajah', 'selge-selge', 'jah_jah', 'selge_selge',
    'kiiremini|ruttu|kähku palun', 'ruttu|kähku|kiirelt ruttu', 'asja_juurde', 'lühidalt palun', 'palun lühidalt', 'lõpetage|lõpeta juba',
    'ajage|aeta asja kiiremini',
    // Repeating with reproach.
    'nagu ma|me juba|ju|enne ütlesin|ütlesime|mainisin|selgitasin|rääkisin|kirjutasin', 'nagu_juba öeldud|mainitud|selgitatud',
    'nagu öeldud', 'ma juba|ju ütlesin|selgitasin|rääkisin|mainisin', 'ütlesin|selgitasin|rääkisin juba|korduvalt', 'ütlesin|selgitasin|rääkisin mitu_korda',
    'kordan veel|uuesti|viimast',
    'ütlesin|selgitasin|rääkisin|ütlesime|selgitasime|ütlen|selgitan|ütlenud|selgitanud|rääkinud|öelnud kaks|kolm|mitu|mitmendat korda',
    'kaks|kolm|mitu|mitmendat korda ütlesin|selgitasin|rääkisin|ütlenud|selgitanud|rääkinud|öelnud', 'mitu korda ma', 'kui te|teie vaid|ometi kuulaksite|kuulaks',
    // Irritation at the child.
    'laps|lapsed|lapsel segab|segavad|häirib|häirivad|tüütab|tüütavad|lärmab|lärmavad', 'segab|häirib|tüütab teisi|kõiki|külalisi|kliente',
    'vaigistage|vaigista|rahustage|rahusta|hoidke|ohjeldage|korrale oma|teie last|lapsi|laps', 'last|lapsi|lapsed vaikseks|vait|korrale',
    'laps|lapsed on liiga vali|valjud|lärmakas|lärmakad|kärarikas', 'teised|ülejäänud kliendid|külalised kurdavad|kaebavad|häiritud',
    'teised|ülejäänud kliendid|külalised on|juba kurtnud|kaevanud', 'vaigista*',
    // Sending the child out or calling it loud: "kas saaksite lapsega korraks õue minna?", "ta on üsna lärmakas".
    'lapse|last|lapsega|poja|pojaga|tütre|tütrega|temaga välja|õue viia|minna|viiksite|läheksite|viite|lähete',
    'laps|poiss|tüdruk|ta|poeg|tütar on üsna|väga|liiga|päris|nii|kaunis lärmakas|vali|kärarikas|valjuhäälne',
    // Rushing: "teeme kiiresti, aeg jookseb".
    'aeg_jookseb|tiksub', 'kiiresti|kiirelt|ruttu sest|kuna aeg|mul|järjekord',
    // Dismissing the wait or the trouble: "Toit tuleb siis, kui tuleb", "mis ma teha saan".
    'tuleb_siis_kui_tuleb', 'tuleb_kui_tuleb',
    // "Toit tuleb siis, kui valmis saab" shrugs; "toon kohe, kui valmis saab" promises, and does not start with "tuleb".
    'tuleb_siis_kui_valmis|valmib', 'tuleb_kui_valmis|valmib', 'jõuab_siis_kui_valmis|valmib', 'saabub_siis_kui_valmis|valmib', 'mis_ma_teha_saan', 'mis_ma_siis_teha_saan', 'mis_me_teha_saame', 'mis_me_siis_teha_saame',
  ),
  irritatedOpeners: phrases('kuulge', 'no_kuulge', 'kuulge_nüüd', 'no_vaadake', 'noh'),
  impatienceNegative: phrases(
    // Adjacent only: "pool tundi pole mingi aeg", but not "pole lapsega mingi lühike aeg" (which acknowledges it).
    'pole_mingi_aeg', 'polnud_mingi_aeg', 'ei_ole_mingi_aeg', 'pole_pikk_aeg', 'polnud_pikk_aeg', 'pole_nii_pikk_aeg', 'pole_ju_pikk_aeg',
    'ei_ole_nii_pikk_aeg', 'ei_ole_ju_pikk_aeg', 'te|teie ise ei mäleta|mäletanud', 'ise ei mäleta|mäletanud', 'isegi ei mäleta|mäletanud',
    'mul|meil pole aega', 'mul|meil ei_ole aega', 'mul|meil pole terve päev|päeva', 'mul|meil ei_ole terve päev|päeva', 'ei saa terve|kogu päev|päeva', 'kas te|teie aru ei saa',
    'kas te|teie ei saa aru', 'kas te|teie ei kuula',
    // What follows carries its own negation or is not reversed by one after it ("…, not run around").
    // Rushing the call: "teeme selle kiiresti", "mul on kõnede järjekord".
    'teeme|teeks|püüame kiiresti|lühidalt|ruttu', 'kõnede|helistajate järjekord', 'ainult|lihtsalt|öelge|vastake jah või ei', 'järjekord kõnesid|kõnedest|helistajaid',
    // The customer's volume blamed: "karjumine ei too toitu kiiremini", "sest Te nii valjult räägite".
    'karjumine|karjumisega|karjudes|kisa|kisaga ei too|aita|kiirenda|muuda|tule', 'karjumine|karjumisega|karjudes|kisa|kisaga kiiremini',
    'te|teie|sa nii|liiga|väga valjult|valjusti|kõvasti räägite|karjute|räägid|karjud',
    // Rules for the child aimed at the parent: "lapsed peaksid ikka laua taga istuma", "vaadake, et laps vaiksem oleks".
    'laps|lapsed peaks|peaksid|peab|peavad|võiks|võiksid laua|lauas|paigal|vait|vaikselt|vaiksemalt istuma|olema|püsima|taga', 'laps|lapsed peaks|peaksid|peab|peavad|võiks|võiksid istuma|olema|püsima laua|lauas|paigal|vait|vaikselt|vaiksemalt',
    'laps|lapsed vaiksem|vaiksemad|vaiksemalt|vaikselt|rahulikum|rahulikumad oleks|oleksid|käituks|käituksid|istuks|istuksid', 'mitte ringi jooksma|jooksmas|joosta',
    // The shrug with words between: "Toit tuleb siis, kui köök selle valmis saab".
    'tuleb_siis_kui valmis_saab|saavad|saame', 'tuleb_siis_kui valmib', 'tuleb_kui valmis_saab|saavad|saame',
    // The wait dismissed as ordinary: "pool tundi pole siin midagi erakordset".
    'tund|tundi|minutit|ootamine|ootamist pole|polnud midagi erakordset|ebatavalist|ebaharilikku|haruldast', 'tund|tundi|minutit|ootamine|ootamist ei_ole midagi erakordset|ebatavalist|ebaharilikku|haruldast',
  ),
};
