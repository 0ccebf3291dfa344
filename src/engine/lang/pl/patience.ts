import type { PatiencePack } from '../../rules/patience';
import { phrases } from '../../text/pattern';

export const patience: PatiencePack = {
  impatience: phrases(
    // Rushing.
    'proszę się pospieszyć|pośpieszyć|spieszyć|śpieszyć', 'pospiesz|pośpiesz|pospieszcie|pośpieszcie', 'musi|muszą się pospieszyć|pośpieszyć|spieszyć|śpieszyć', 'pani|pan|państwo się pospieszy|pośpieszy|pospieszą', 'szybciej|prędzej proszę', 'proszę szybciej|prędzej', 'proszę mówić|decydować|odpowiadać szybciej|prędzej|krócej',
    'do_rzeczy', 'krótko proszę', 'proszę krótko', 'szybko szybko', 'inni|kolejni klienci|goście czekają', 'czekają inni|kolejni', 'mam|mamy kolejkę', 'nie jest|jesteś pani|pan jedyn*', 'mam|mamy innych|inne|kolejnych klientów|stoliki|rozmowy|gości', 'tak_tak', 'dobra_dobra', 'dobrze_dobrze',
    // Repeating with reproach.
    'jak już|juz mówiłem|mówiłam|mówiliśmy|wspomniałem|wspomniałam|powiedziałem|powiedziałam|tłumaczyłem|tłumaczyłam|wyjaśniałem|wyjaśniałam|pisałem|pisałam',
    'już|juz mówiłem|mówiłam|mówiliśmy|powiedziałem|powiedziałam|tłumaczyłem|tłumaczyłam', 'jak mówiłem|mówiłam|powiedziałem|powiedziałam',
    'po_raz kolejny|ostatni|trzeci|setny powtarzam|mówię', 'powtarzam po_raz', 'ile razy',
    'tłumaczę|mówię|powtarzam|wyjaśniam|tłumaczyłam|tłumaczyłem|mówiłam|mówiłem|wyjaśniałam|wyjaśniałem drugi|trzeci|kolejny|setny|ostatni raz', 'proszę słuchać uważnie', 'gdyby pani|pan|państwo słuchali|słuchała|słuchał',
    // Irritation at the child.
    'dziecko|dzieci|syn|córka|maluch przeszkadza|przeszkadzają|hałasuje|hałasują|wrzeszczy|denerwuje',
    'przeszkadza|przeszkadzają innym|wszystkim|gościom|klientom', 'proszę uciszyć|uspokoić|pilnować dziecko|dziecka|dzieci|syna|córki|malucha', 'uciszyć|uciszenie dziecko|dziecka|dzieci|syna|córki|malucha',
    'ucisz*|uspokój dziecko|dzieci', 'dziecko|dzieci jest|są za|zbyt głośn*|głośno', 'inni goście|klienci narzekają|skarżą',
    'uciszyć go|ją|je|małego|małą', 'go|ją|je uciszyć', 'uciszy*',
    // Sending the child out or calling it loud: "może wyjdzie Pan z nim na chwilę?", "synek jest dość głośny".
    'wyjdzie|wyjść|wyszedł|wyszła z nim|nią|dzieckiem|synkiem|córką|córeczką|maluchem|dziećmi',
    'dziecko|synek|syn|córka|córeczka|maluch|on|ona jest|bardzo|dość|strasznie|za|zbyt głośn*|hałaśliw*',
    // Rushing: "to szybciutko, bo czas leci".
    'szybciutko|szybko|szybciej bo|gdyż czas|kolejka|mam|mamy|czekają', 'bo|gdyż czas_leci|ucieka|nagli', 'czas_leci|ucieka bo|a',
    // Dismissing the wait or the trouble: "będzie, jak będzie", "co ja mogę zrobić".
    'będzie_jak_będzie', 'przyjdzie_jak_przyjdzie',
    // "Jedzenie będzie, jak będzie gotowe" shrugs; "przyniosę, jak tylko będzie gotowe" promises.
    'będzie_jak_będzie_gotow*', 'będzie_kiedy_będzie_gotow*', 'przyjdzie_jak_będzie_gotow*', 'przyjdzie_kiedy_będzie_gotow*', 'co_ja_mogę_zrobić|poradzić', 'co_ja_poradzę', 'nic_nie_poradzę',
  ),
  irritatedOpeners: phrases('niech pani|pan posłucha', 'proszę_posłuchać', 'proszę_mnie_posłuchać', 'no_wie_pani|pan'),
  impatienceNegative: phrases(
    'to nie_jest długo', 'to_nie_tak|aż długo', 'to_żaden czas', 'sama|sam nie pamięta|pamiętała|pamiętał', 'nawet nie pamięta|pamiętała|pamiętał',
    'nie mam|mamy całego dnia', 'nie mam|mamy na_to czasu', 'czy pani|pan|państwo nie rozumie|rozumieją|słucha|słuchają',
    // What follows carries its own negation or is not reversed by one after it ("…, not run around").
    // Rushing the call: "załatwmy to szybko", "mam kolejkę telefonów".
    'załatwmy|zróbmy|streszczajmy to szybko|krótko|sprawnie',
    // "Tak albo nie": the "nie" asked for is no negator.
    'tylko|wystarczy tak albo|lub|czy nie', 'po_prostu tak albo|lub|czy nie', 'tak_albo_nie', 'tak_lub_nie', 'proszę się streszczać', 'kolejka|kolejkę telefonów|rozmów|dzwoniących',
    // The customer's volume blamed: "krzykiem nic Pani nie przyspieszy", "bo Pani tak głośno mówi".
    'krzykiem|krzycząc|krzyk|krzyki nic|niczego przyspieszy|przyspieszą|załatwi|pomoże|zmieni|przyśpieszy', 'krzyk|krzykiem|krzyki nie przyspieszy|pomoże|załatwi|zmieni',
    'pani|pan|państwo tak|za|bardzo głośno mówi|krzyczy|mówią|krzyczą', 'tak|za głośno pani|pan|państwo mówi|krzyczy',
    // Rules for the child aimed at the parent: "dzieci powinny siedzieć przy stole", "proszę dopilnować, żeby dziecko było ciszej".
    'dziecko|dzieci|syn|córka|maluch powinno|powinny|powinien|powinna|musi|muszą siedzieć|być|zostać przy|na stole|stoliku|miejscu|miejscach', 'dziecko|dzieci|syn|córka|maluch powinno|powinny|powinien|powinna|musi|muszą siedzieć|być|zachowywać cicho|spokojnie|grzecznie|ciszej',
    'dopilnować|pilnować żeby|aby dziecko|dzieci|syn|córka|maluch', 'dziecko|dzieci było|były|był|była ciszej|cicho|spokojniej', 'nie biegało|biegały|biegał|biegała',
    // The wait dismissed as ordinary: "pół godziny to nic nadzwyczajnego".
    'godziny|godzina|godzinę|minut|czekanie|czekania to|jest nic|niczym nadzwyczajnego|niezwykłego|dziwnego|nadzwyczajnym|niezwykłym',
  ),
};
