import type { NoBlamePack } from '../../rules/no-blame';
import { phrases } from '../../text/pattern';

export const noBlame: NoBlamePack = {
  blame: phrases(
    // "Powinna Pani była zadzwonić", "Pani powinna była", "powinnaś była" (informal), "trzeba było".
    'powinna|powinien|powinni|powinny pani|pan|panstwo byla|byl|byli|byly',
    'pani|pan|panstwo powinna|powinien|powinni|powinny byla|byl|byli|byly',
    'powinna|powinien|powinni|powinny byla|byl|byli|byly pani|pan|panstwo',
    'powinnas|powinienes byla|byl',
    'bylas|byles powinna|powinien',
    'trzeba|nalezalo bylo',
    'mogla|mogl|mogli pani|pan|panstwo byla|byl|byli',
    // Fault: "to Pani wina", "z Pani winy", "sama jest Pani sobie winna".
    // Adjacent: "kuchnia zgubiła Państwa zamówienie, to nasza wina" admits the fault.
    'pani|pana|panstwa|twoja_wina',
    'pani|pana|panstwa|twoja wlasna|sama_wina',
    // The demand called too much: "oczekuje Pani zbyt wiele", "to trochę za dużo żądać".
    'pani|pan|panstwo wymaga|oczekuje|chce|zada|wymagaja|oczekuja|chca|zadaja za|zbyt duzo|wiele',
    'wymaga|oczekuje|chce|zada|wymagaja|oczekuja|chca|zadaja pani|pan|panstwo za|zbyt duzo|wiele',
    'za|zbyt duzo|wiele wymagac|oczekiwac|chciec|zadac',
    'z pani|pana|panstwa|twojej winy',
    'wina lezy po pani|pana|panstwa|twojej stronie',
    'sobie winn*|winien|winna',
    // Reminders that shift the blame: "została Pani poinformowana", "informowaliśmy Panią".
    'zostala|zostal|zostali|zostalas poinformowan*|uprzedzon*|ostrzezon*|powiadomion*',
    'byla|byl|byli pani|pan|panstwo poinformowan*|uprzedzon*|ostrzezon*',
    'informowalismy|poinformowalismy|uprzedzalismy|uprzedzilismy|ostrzegalismy|powiadomilismy pania|pana|panstwa|cie',
    'pani|pan|panstwo wiedziala|wiedzial|wiedzieli',
    'wiedziala|wiedzial|wiedzieli pani|pan|panstwo',
    'wiedzialas|wiedziales',
    // "Sama Pani zamówiła tę usługę".
    'sama|sam|sami pani|pan|panstwo zamowil*|zglosil*|prosil*|zgodzil*|potwierdzil*',
    'zamowila|zamowil|zamowili pani|pan|panstwo sama|sam|sami',
    'zamowilas|zamowiles sama|sam',
    // "Gdyby Pani zadzwoniła wcześniej…".
    'gdyby pani|pan|panstwo zadzwon*|zglosi*|poinformowa*|przeczyta*|sprawdzi*|napisa*|powiedzia*|uprzedzi*|zaznaczy*|zamowi*|wybra*|zarezerwowa*|zostawi*|posprzata*|uprzata*|podal*|byla|byl',
    'gdyby zadzwonil*|zglosil*|poinformowal*|przeczytal*|sprawdzil*|napisal*|powiedzial*|uprzedzil*|zaznaczyl*|zamowil*|wybral*|zarezerwowal*|zostawil*|posprzatal*|uprzatnel*|podal* pani|pan|panstwo',
    'gdybys zadzwon*|zglosi*|poinformowa*|przeczyta*|sprawdzi*|napisa*|powiedzia*',
    // Third person only: "Pani nie przeczytała", never "(my) Pani nie poinformowaliśmy".
    'pani|pan|panstwo_nie_przeczytala|przeczytal|przeczytali|sprawdzila|sprawdzil|sprawdzili|poinformowala|poinformowal|poinformowali|zadzwonila|zadzwonil|zadzwonili|zaznaczyla|zaznaczyl|zaznaczyli|powiedziala|powiedzial|powiedziali|zostawila|zostawil|zostawili|otworzyla|otworzyl|otworzyli|odebrala|odebral|odebrali|zaplacila|zaplacil|zaplacili|podala|podal|podali',
    // The customer absent: "nikt nie otworzył drzwi", "nie było Pani w domu".
    'nikt nie otworzyl|otwieral|odpowiadal|odebral',
    'nikogo nie_bylo|zastal* w_domu',
    'nikogo nie_bylo|zastal*',
    'nie_bylo pani|pana|panstwa w_domu',
    'nie_zastala|zastal|zastalismy pani|pana|panstwa|nikogo',
    // The customer's own memory as the problem: "jeśli sama Pani nie pamięta…".
    'sama|sam pani|pan nie pamieta|wie',
    'pani|pan sama|sam nie pamieta|wie',
    'nawet nie pamieta|wie',
    // Instructions for next time: "następnym razem proszę…".
    'nastepnym razem prosze|prosimy|radze|radzimy|warto|niech|nalezy',
    'na przyszlosc prosze|prosimy|radze|radzimy|warto|nalezy',
    // "Na pewno dostała Pani SMS", "pewnie Pani zapomniała": telling the customer what they did. Past acts only: "na
    // pewno otrzyma Pani" is a promise, "musiała Pani się zdenerwować" empathy.
    'na_pewno dostala|dostal|dostali|otrzymala|otrzymal|otrzymali|zamowila|zamowil|zamowili|zapomniala|zapomnial|zapomnieli|przeoczyla|przeoczyl|przeoczyli|pomylila|pomylil|zgodzila|zgodzil pani|pan|panstwo',
    'pewnie|chyba|zapewne|widocznie|najwyrazniej|najpewniej dostala|dostal|dostali|otrzymala|otrzymal|otrzymali|zamowila|zamowil|zamowili|zapomniala|zapomnial|zapomnieli|przeoczyla|przeoczyl|przeoczyli|pomylila|pomylil|zgodzila|zgodzil pani|pan|panstwo',
    'pani|pan|panstwo na_pewno dostala|dostal|dostali|otrzymala|otrzymal|otrzymali|zamowila|zamowil|zamowili|zapomniala|zapomnial|zapomnieli|przeoczyla|przeoczyl|przeoczyli|pomylila|pomylil|zgodzila|zgodzil',
    'pani|pan|panstwo pewnie|chyba|zapewne|widocznie|najwyrazniej|najpewniej dostala|dostal|dostali|otrzymala|otrzymal|otrzymali|zamowila|zamowil|zamowili|zapomniala|zapomnial|zapomnieli|przeoczyla|przeoczyl|przeoczyli|pomylila|pomylil|zgodzila|zgodzil',
    'musiala|musial|musieli pani|pan|panstwo dostac|otrzymac|zamowic|zapomniec|przeoczyc|pomylic|zgodzic|widziec|zauwazyc|przeczytac',
    'pani|pan|panstwo musiala|musial|musieli dostac|otrzymac|zamowic|zapomniec|przeoczyc|pomylic|zgodzic',
    // The customer kept the facts from us: "Pan nawet nie napisał, o co chodzi" (the other order is in `impersonal`).
    'pani|pan|panstwo_nie_napisala|napisal|napisali|opisala|opisal|opisali|wyjasnila|wyjasnil|wyjasnili|sprecyzowala|sprecyzowal|sprecyzowali|wspomniala|wspomnial',
    'pani|pan|panstwo nawet_nie podala|podal|podali|napisala|napisal|napisali|opisala|opisal|wyjasnila|wyjasnil|sprecyzowala|sprecyzowal|przeczytala|przeczytal|sprawdzila|sprawdzil',
    // "W rzeczywistości na stronie jest napisane…": correcting the customer with what our own information says.
    // Not "wyraźnie": "na stronie jest wyraźnie napisane, że hotel jest dostępny" takes the customer's side.
    'na_stronie jest|bylo|stoi tylko|jedynie napisane|napisano|zapisane|mowa',
    'na_stronie jest|bylo|stoi tak_naprawde napisane|napisano|zapisane|mowa',
    'na_stronie jest|bylo|stoi w_rzeczywistosci napisane|napisano|zapisane|mowa',
    'w_opisie|regulaminie|ofercie jest|bylo|stoi tylko|jedynie napisane|napisano|zapisane|mowa',
    'tak_naprawde na_stronie',
    'w_rzeczywistosci na_stronie',
    'tak_naprawde w_opisie|regulaminie|ofercie',
    'w_rzeczywistosci w_opisie|regulaminie|ofercie',
    'strona|opis|regulamin|oferta tylko|jedynie mowi|mowila|podaje|podawala|obiecuje|obiecywala|informuje',
    'strona|opis|regulamin|oferta tak_naprawde mowi|mowila|podaje|podawala|obiecuje|obiecywala|informuje',
    'strona|opis|regulamin|oferta w_rzeczywistosci mowi|mowila|podaje|podawala|obiecuje|obiecywala|informuje',
    // Customers named: "pracownicy informują nas wcześniej, gdy są chorzy" is our staff, not the customer's duty.
    'goscie|klienci|inni|wiekszosc|ludzie zwykle|zazwyczaj|zawsze|najczesciej informuja|uprzedzaja|zglaszaja|mowia|dzwonia|powiadamiaja|pisza',
    'zwykle|zazwyczaj|zawsze|najczesciej informuja|uprzedzaja|zglaszaja|powiadamiaja goscie|klienci|inni',
    // The wait called normal: "w porze lunchu trzeba trochę poczekać", "czekanie to normalna rzecz".
    'w_porze|czasie|godzinach lunchu|obiadu|szczytu trzeba|musi|musza|nalezy|sie czekac|poczekac|czeka',
    'w_porze|czasie|godzinach lunchu|obiadu|szczytu czeka_sie',
    'czekanie|oczekiwanie jest|to|bylo normaln*|standard*|typow*|zwykl*|naturaln*|nieuniknion*|norma|normalka',
    'czas_oczekiwania jest|to|bylo normaln*|standard*|typow*|zwykl*|naturaln*|nieuniknion*|norma|normalka',
    'to normaln*|norma|normalka|standard ze|iz sie|trzeba czeka|czekac|poczekac',
    'wszyscy|inni|kazdy tu|tutaj czekaja|czeka',
    // The state blamed on the customer after the visit: "bałagan powstał już po jej wyjściu".
    'powstal*|pojawil*|narobion*|zrobion* po wyjsciu|odejsciu|wyjezdzie',
    'musi|musza|musisz pani|pan|panstwo zrozumiec',
    'pani|pan|panstwo musi|musza zrozumiec',
    'myli|mylisz sie',
    'pani|pan sie myli|mylila|mylil',
    'zle pani|pan|panstwo zrozumial*',
    'pani|pan|panstwo zle zrozumial*',
    'przesadza|przesadzasz|przesadzaja',
    'powinna|powinien|powinni pani|pan|panstwo byc wdzieczn*|zadowolon*',
    'nie wiem o_co ci|pani|panu|panstwu chodzi',
    'klienci sa zadowoleni',
    // The complaint or the demand dismissed: "reklamacja jest bezzasadna", "wygórowane żądania".
    'reklamacja|skarga|zarzut|zarzuty|roszczenie|roszczenia|zadanie|zadania|oczekiwania jest|sa|byla|byly nieuzasadnion*|bezpodstawn*|bezzasadn*|wygorowan*|przesadzon*',
    'nieuzasadnion*|bezpodstawn*|bezzasadn*|wygorowan*|przesadzon* reklamacj*|skarg*|zarzut*|roszczeni*|zadani*|oczekiwani*',
    'za_duzo|zbyt_wiele pani|pan|panstwo oczekuje|oczekuja|wymaga|wymagaja|zada|zadaja',
    'klienci zadowoleni',
    'setki|tysiace|wielu|mnostwo zadowolonych klientow',
    'nasz|naszej poziom|standard|jakosc jest|byl bardzo|wysoki|wysoka|swietn*|doskonal*',
    // Minimising the wait or the problem: "pół godziny to nie jest długo".
    'to_nie_jest|bylo|tak dlugo|dlugi|duzo',
    'nie_jest|bylo az_tak dlugo|dlugi',
    // The website defended: "na stronie jest napisane…, a nie że winda nigdy się nie psuje".
    'a_nie_ze',
    'strona|stronie jest|byla prawdziw*|poprawn*|zgodn*|aktualn*',
    'nie zgadzamy|zgadzam sie',
    'zapomniala|zapomnial|zapomnieli pani|pan|panstwo',
    'pani|pan|panstwo zapomniala|zapomnial|zapomnieli',
    'faktura|rachunek|oplata|kwota|pozycja jest|pozostaje|byla prawidlow*|poprawn*|zasadn*|aktualn*|sluszn*|nalezn*',
    'slusznie|prawidlowo|poprawnie|zasadnie naliczon*|doliczon*|policzon*|wpisan*',
    'slusznie|zasadnie na_rachunku|fakturze',
    'naliczon*|doliczon*|policzon* slusznie|prawidlowo|poprawnie|zasadnie',
    'przeszkadza|przeszkadzaja innym|wszystkim|gosciom|klientom',
    'uciszyc dziecko',
    'inni|wszyscy tez|rowniez czekaja',
    'inni|pozostali goscie|klienci|ludzie chca|czekaja|probuja|narzekaj*|skarz*',
    'przeszkadza|przeszkadzaja innym|pozostalym|wszystkim',
    'nie tylko pani|pan|panstwo',
    'mogla|mogl|mogli pani|pan|panstwo zadzwonic|zglosic|poinformowac|napisac|sprawdzic|przyjsc',
    // Informal: "Mogłaś do nas zadzwonić rano", "powinieneś był sprawdzić".
    'moglas|mogles|moglabys|moglbys|mogliscie zadzwonic|zglosic|poinformowac|napisac|sprawdzic|zapytac|przeczytac|uprzedzic|powiedziec',
    'powinnas|powinienes|powinniscie byla|byl|byli zadzwonic|zglosic|poinformowac|napisac|sprawdzic|zapytac|przeczytac|uprzedzic|powiedziec',
    // Advice to parents in general lands on this one: "przychodząc z dzieckiem trzeba się liczyć z czekaniem".
    'dzieckiem|dziecmi|maluchem|dzieciakiem|dzieciakami trzeba|nalezy|warto|musi|musza liczyc|spodziewac|przygotowac',
    'trzeba|nalezy|warto|musi|musza liczyc|spodziewac|przygotowac czekan*|oczekiwan*|opozni*',
    // The charge concluded correct: "więc rachunek się zgadza". A corrected invoice is excused below.
    'wiec|zatem|czyli faktura|rachunek|oplata|kwota|kwoty sie_zgadza|zgadzaja',
    'pani|pan|panstwo mogla|mogl|mogli zadzwonic|zglosic|poinformowac|napisac|sprawdzic',
    'skad mamy|mielismy wiedziec',
    // A chance the customer is told they missed: "miała Pani możliwość sprawdzenia".
    'miala|mial|mieli|mialas|miales pani|pan|panstwo mozliwosc|okazje|szanse|czas',
    'pani|pan|panstwo miala|mial|mieli mozliwosc|okazje|szanse|czas',
    // The customer's volume blamed: "bo Pani tak głośno mówi".
    'pani|pan|panstwo tak|za|bardzo glosno mowi|krzyczy|mowia|krzycza', 'tak|za glosno pani|pan|panstwo mowi|krzyczy',
    // Pride set against the complaint: "to jest nasz poziom i jesteśmy z niego dumni".
    'jestesmy|jestem z niego|tego|niej|nich dumni|dumna|dumny|dumne', 'dumni|dumna|dumny z tego|niego|naszej|naszego', 'to jest nasz poziom|standard', 'to_nasz poziom|standard',
  ),
  reproaches: phrases(
    'dlaczego|czemu pani|pan|panstwo nie',
    'dlaczego|czemu nie zadzwonila|zadzwonil|zglosila|zglosil|poinformowala|poinformowal',
    'czego pani|pan|panstwo oczekiwal*|spodziewal*',
    'czy pani|pan|panstwo nie wiedzial*|czytal*|przeczytal*|widzial*|zauwazyl*|rozumie',
    'czy naprawde nie',
    'czy na_pewno',
    'jest pani|pan pewna|pewien|pewny',
    'czy pani|pan jest pewna|pewien|pewny',
    // Asking the parent to quiet the child, however politely: "czy mogłaby Pani uciszyć dziecko?".
    'uciszy*', 'ucisz', 'uciszac',
    // Asked as a question too: "czy mógłby Pan wyjść z synkiem na chwilę?", "on jest dość głośny".
    'wyjdzie|wyjsc|wyszedl|wyszla z nim|nia|dzieckiem|synkiem|corka|coreczka|maluchem|dziecmi',
    'dziecko|synek|syn|corka|coreczka|maluch|on|ona jest|bardzo|dosc|strasznie|za|zbyt glosn*|halasliw*',
    'zeby|aby|by bylo ciszej',
    'dziecko|synek|coreczka|corka|syn byl|bylo|byla ciszej|cicho',
    // The customer's message called a threat or blackmail: "szantaż opinią nic tu nie zmieni".
    'szantaz*', 'grozb*', 'pogrozk*', 'straszenie|straszyc|straszy|grozenie',
    // Sarcastic retorts: "A co mam zrobić, sam to ugotować?".
    'sam|sama|samemu|sami to|je|go ugotowac|upiec|przygotowac|posprzatac|zrobic', 'co pani|pan|panstwo chce|chcecie|chcialaby|chcialby zebym|zebysmy zrobil|zrobila|zrobili',
    // Rules for the child aimed at the parent: "dzieci powinny siedzieć przy stole".
    'dziecko|dzieci|syn|corka|maluch powinno|powinny|powinien|powinna|musi|musza siedziec|byc|zostac przy|na stole|stoliku|miejscu|miejscach',
    'dziecko|dzieci|syn|corka|maluch powinno|powinny|powinien|powinna|musi|musza siedziec|byc|zachowywac cicho|spokojnie|grzecznie|ciszej',
  ),
  denials: phrases(
    'nieprawda',
    'nie jest prawda',
    'to nie prawda',
    'mija sie z prawda',
    // Adjacent, so a negator of an earlier clause does not turn "to nasza wina" into a denial.
    'nie_nasza|moja_wina',
    // The customer's message called incomprehensible: "z Pana wiadomości nic nie wynika".
    'wiadomosci|listu|maila|pisma|zgloszenia|skargi|reklamacji nic_nie_wynika',
    'wiadomosc|list|mail|pismo|zgloszenie|skarga|reklamacja jest|byla|bylo|byl niezrozumial*|nieczyteln*|chaotyczn*|niejasn*',
    'wiadomosc|list|mail|pismo|zgloszenie|skarga|reklamacja jest|byla|bylo|byl bez_sensu',
    'nie_da_sie zrozumiec wiadomosci|listu|maila|pisma|zgloszenia|skargi|reklamacji',
    'nie_mozna zrozumiec wiadomosci|listu|maila|pisma|zgloszenia|skargi|reklamacji',
    'nie_jest|byla_nasza|moja_wina',
    'nie_jest|byla_to_nasza|moja_wina',
    'nie_z_naszej|mojej_winy',
    'nie ponosimy odpowiedzialnosci|winy',
    'nie odpowiadamy za to',
    'nie zalezy od nas|mnie',
    'nie mamy|mam na_to wplywu',
    // Disbelief in the customer's account: "trudno mi uwierzyć", "nie wierzę, że nasza pracownica…".
    // Not "trudno Pani nam uwierzyć": that acknowledges the customer's doubt in us.
    'trudno|ciezko mi_uwierzyc',
    'trudno|ciezko uwierzyc_ze|w',
    'nie_wierze|wierzymy ze|zeby|aby nasza|nasz|pracownica|sprzataczka|praktykantka|pracownik',
    'watpie|watpimy ze|aby|zeby nasza|nasz|pracownica|sprzataczka|praktykantka|pracownik',
    // Our record set against the complaint: "nie mieliśmy innych skarg na tę pracownicę".
    'nie mielismy|mamy|bylo|otrzymalismy innych|zadnych skarg|reklamacji|zastrzezen|uwag',
    'innych|zadnych skarg|reklamacji|zastrzezen nie mielismy|mamy|bylo|otrzymalismy',
    // Doubt about what happened, not modesty about a remedy ("wątpię, czy to wystarczy").
    'watpie|watpimy|watpliwe ze|zeby|aby|czy ona|on|oni|ktos|ktokolwiek|tak|az|naprawde|rzeczywiscie',
    'watpie|watpimy ze|zeby|aby byla|byl|zachowala|zachowal|powiedziala|powiedzial|zrobila|zrobil',
    'nie_wierze|wierzymy ze|zeby|aby ona|on|oni|ktos|tak',
    // "Cudów nie zdziałamy": the failure argued away.
    'cudow|cudu nie zdzialamy|zdzialac|czynimy|robimy|zrobimy|zrobic|dokonamy',
    'nie zdzialamy|zrobimy|czynimy|robimy cudow|cudu',
    'cudotworc*|czarodziej*|magik*',
    // Not the only table: "nie jest Pani jedyną klientką", "nie jesteście jedynym stolikiem".
    'nie_jest|jestes|jestescie|sa pani|pan|panstwo jedyn*',
    'nie_jest|jestes|jestescie|sa jedyn* klient*|gosc*|stolik*|osob*|rodzin*',
    // The customer's "threat" refused with its own negation: "nie ulegamy szantażom", "nie damy się zastraszyć".
    'nie ulegamy|ulegniemy|ulegam|poddajemy|poddamy szantaz*|grozb*|presji|naciskom',
    'nie_damy|dam_sie szantazowac|zastraszyc|straszyc|szantazem',
    // "Nie czytamy w myślach": sarcasm that carries its own negation.
    'czytac|czytamy|czytam w_myslach',
    'jasnowidz*',
    // Our side's word set against the customer's: "ona twierdzi coś zupełnie innego".
    'twierdzi|twierdzila|twierdzil|mowi|mowila|mowil|zapewnia|zapewniala|zapewnial|utrzymuje cos innego|inaczej|odwrotnie|przeciwnie',
    // Disbelief in the customer's own account: "nie wierzę, że Pani tak długo czekała".
    'nie_wierze|wierzymy ze|zeby|aby pani|pan|panstwo|czekala|czekal|czekali|czekaliscie|czekalas|czekales',
    // Arguing with the customer's volume, which carries its own negation: "krzykiem nic Pani nie przyspieszy".
    'krzykiem|krzyczac|krzyk|krzyki nic|niczego przyspieszy|przyspieszy|zalatwi|pomoze|zmieni', 'krzyk|krzykiem|krzyki nie przyspieszy|pomoze|zalatwi|zmieni',
    // Our record set against the complaint, whatever follows it: "Nasi klienci są zadowoleni".
    'nasi klienci|goscie sa|byli zadowoleni',
  ),
  innocence: phrases(
    'nic zlego nie zrobil*',
    'nie zrobil* nic zlego',
    'zrobil*|wykonal*|wykonano|wykonane wszystko|cale|cala poprawnie|dobrze|prawidlowo|zgodnie|starannie',
    'wykonala|wykonal|wykonali|wykonano|zrobila|zrobil|zrobili wszystkie|wszystkich zlecone|zamowione|czynnosci|prace|zadania',
    'pracowala|pracowal|pracowali|sprzatala|sprzatal|sprzatali zgodnie_z|wedlug',
  ),
  notBlame: phrases(
    // "Nikt Pani nie poinformował": nobody else told the customer, which is our failure.
    'nikt|nikogo|nic_pani|pan|panstwo|pania|panu|pana',
    // A condition, not an accusation: "jeśli Pani tego nie zamawiała, usunę tę pozycję".
    'jesli|jezeli_pani|pan|panstwo nie',
    // A plight described, not a reproach: "…kiedy trzeba było odwołać spotkanie".
    'kiedy|gdy|ze|bo|skoro|az trzeba|nalezalo_bylo',
    // A check of our own: "upewnię się, że nowa faktura jest prawidłowa".
    'upewni*|sprawdz*|sprawdzi*|dopilnuj*|dopilnowa* faktura|rachunek|oplata|kwota|wszystko',
    'powinna|powinien|powinni|powinny|pani|pan|panstwo byla|byl|byli|byly otrzymac|dostac|zostac|byc|uzyskac',
    'trzeba|nalezalo bylo pania|pana|panstwa poinformowac|uprzedzic|powiadomic',
    // A condition: "jeśli nie podał Pan numeru, znajdę go sam".
    'jesli|jezeli|gdyby_nie',
    // Our promise, not advice: "następnym razem powinna Pani otrzymać SMS".
    'powinna|powinien|powinni pani|pan|panstwo otrzymac|dostac|uzyskac',
    // Admitting the failure is shared: "nie jest Pani jedyną klientką, która to zgłosiła".
    'jedyn* ktora|ktory|ktorzy|ktore|ktorej',
    // Our own call, not the customer's duty: "można było do Pani zadzwonić".
    'zadzwonic|napisac|sprawdzic do|u pani|pana|panstwa',
    'do_pani|pana|panstwa zadzwonic|napisac',
    // An invitation, not a reproach: "jeśli coś się stanie następnym razem, proszę od razu dzwonić".
    'prosze|prosimy od_razu|smialo|natychmiast dzwonic|zadzwonic|pisac|napisac|dac|zglosic|informowac',
    'prosze|prosimy o_kontakt',
    // A corrected invoice: "poprawiony rachunek już się zgadza".
    'poprawion*|skorygowan*|nowy|nowa|nowe|korekt* faktura|rachunek|kwota|fakture|faktury',
    // A check of our own: "zadzwonię, aby upewnić się, że wszystko jest w porządku, a faktura się zgadza".
    'upewnic|upewnie|upewnimy|upewniajac|sprawdzic|sprawdze|sprawdzimy|dopilnuje|dopilnujemy faktura|rachunek|oplata|kwota|wszystko',

  ),
  refusedThanks: phrases('nie dziekowac|dziekujemy|dziekuje|podziekujemy|podziekowac|dziekuj*'),
  // Before the cleaning or the cleaner, not before the guests: "bałagan akurat przed przyjściem gości" is our failure.
  patienceWords: phrases('cierpliwos*', 'czekanie', 'czekania', 'czekac', 'oczekiwanie', 'oczekiwania', 'czekala', 'czekal', 'czekali'),
  priorTime: phrases(
    'przed_sprzataniem|rozpoczeciem|naszym|nasza|wizyta',
    'przed_przyjsciem|przyjazdem|wizyta pracownicy|sprzataczki|ekipy|naszej',
    'zanim pracownica|sprzataczka|ekipa|przyszla|przyjechala|zaczela',
    'juz_wczesniej|przedtem',
  ),
  poorState: phrases('stanie', 'balagan*', 'brud*', 'nieporzad*', 'chaos*', 'syf*', 'brudno'),
  clutter: phrases('zagracon*', 'graty', 'gratow', 'rupiec*', 'tyle|duzo|mnostwo|pelno rzeczy', 'rzeczy porozrzucan*|wszedzie'),
  inability: phrases(
    'nie_dalo|udalo_sie',
    'nie_zdazyla|zdazyl|mogla|mogl|zdolala|zdolal',
    'nie_dala|dal|dalismy|dalam_rady',
    'nie_byla|byl_w_stanie',
    'nie_mozna_bylo',
    'niemozliwe|niemozliwym',
    'dlatego', 'wiec', 'przez_co', 'z_tego_powodu',
  ),
  auxiliaries: new Set(['byla', 'byl', 'byli']),
  concessions: phrases(
    'nie usprawiedliwia|tlumaczy|oznacza|zmienia',
    'nie jest usprawiedliwieniem|wymowka',
    'mimo to',
  ),
  nextTime: phrases('nastepnym_razem', 'na_przyszlosc', 'w_przyszlosci', 'kolejnym_razem', 'na_drugi_raz', 'nastepnego_razu'),
  // Advice to the customer. Not an invitation to contact us ("proszę następnym razem od razu dzwonić"), which is
  // courtesy, and no bare infinitive or "lepiej", which our own promises use ("następnym razem postaramy się lepiej").
  advice: phrases(
    'prosze|prosimy sprawdzic|sprawdzac|przeczytac|czytac|zamowic|zamawiac|wybrac|wybierac|uprzatnac|sprzatnac|posprzatac|zaznaczyc|sprecyzowac|zaplanowac|pamietac|uwazac|zwrocic|zwracac|zarezerwowac|rezerwowac|przygotowac|podac',
    'warto|radze|radzimy|polecam|sugeruje|sugerujemy|nalezy',
    // "Lepiej" only before an infinitive: "następnym razem lepiej zamówić…", not "zrobimy to lepiej".
    'lepiej zamowic|wybrac|sprawdzic|przeczytac|zarezerwowac|uprzatnac|posprzatac|zaplanowac|przyjsc',
    'niech pani|pan|panstwo sprawdzi|przeczyta|zamowi|wybierze|uprzatnie|posprzata|zaznaczy|zaplanuje|pamieta|uwaza|zarezerwuje|przygotuje|poda',
    'moze pani|pan|panstwo sprawdzi|przeczyta|zamowi|wybierze|zaplanuje|zarezerwuje',
    'powinna|powinien|powinni pani|pan|panstwo',
    'pani|pan|panstwo powinna|powinien|powinni',
  ),
  offers: phrases('rabat*', 'znizk*', 'gratis', 'bezplatn*', 'darmow*', 'procent*', 'kod', 'kodem', 'voucher*', 'bon', 'bonem', 'upust*'),
  records: phrases('system*', 'faktur*', 'rachun*', 'zapis*', 'dane|danych|danymi', 'historii|historia zamowien'),
  // "Więc Pani je zamówiła": the customer named, not "więc ktoś je zamówił".
  conclusions: phrases(
    'wiec|czyli|zatem|to pani|pan|panstwo zamowil*|zlecil*|zamawial*|zgodzil*|dodal*',
    'wiec|czyli|zatem zamowila|zamowil|zamowili|zlecila|zlecil|zlecili pani|pan|panstwo',
    'skoro pani|pan|panstwo zamowil*|zlecil*',
  ),
  // "Można było zadzwonić wcześniej": no subject, so the customer. "Nie podał Pan szczegółów" leaves it open too:
  // "Pracownica nie podała Pani powodu" has our side as the subject and the customer as the one not told.
  impersonal: phrases(
    'mozna|trzeba|nalezalo bylo zadzwonic|sprawdzic|przeczytac|zapytac|pomyslec|zamowic|wybrac|zglosic|napisac|zarezerwowac',
    'nie podala|podal|podali|napisala|napisal|napisali|opisala|opisal|opisali|wyjasnila|wyjasnil|wyjasnili|sprecyzowala|sprecyzowal|sprecyzowali|wskazala|wskazal|wspomniala|wspomnial pani|pan|panstwo',
  ),
  // Our side, or someone the customer is not: "pracownica mogła zadzwonić" is our failure.
  ourSide: new Set([
    'my', 'ja', 'nam', 'nas', 'mi', 'mnie', 'ona', 'on', 'oni', 'pracownica', 'pracownik', 'sprzataczka', 'praktykantka', 'kuchnia', 'kelner', 'kelnerka', 'firma',
    'hotel', 'ktos', 'nikt', 'obsluga', 'recepcja',
  ]),
};
