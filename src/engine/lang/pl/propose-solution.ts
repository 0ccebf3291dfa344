import type { ProposeSolutionPack } from '../../rules/propose-solution';
import { phrases } from '../../text/pattern';

export const proposeSolution: ProposeSolutionPack = {
  remedies: phrases(
    // A re-clean.
    'ponown* sprzątani*|wizyt*|usług*', 'sprzątani* ponown*', 'sprzątani* jeszcze_raz', 'sprzątani* od_nowa', 'dodatkow*|kolejn*|nowe|bezpłatn*|darmow* sprzątani*|wizyt*',
    'posprząta*|wysprząta*|sprzątn*|sprzątać|sprzątamy ponownie|poprawi*', 'posprząta*|wysprząta*|sprzątn*|sprzątać|sprzątamy jeszcze_raz', 'posprząta*|wysprząta*|sprzątn*|sprzątać|sprzątamy od_nowa',
    'ponownie posprząta*|wysprząta*|sprzątn*|przyjedzie*|przyjdzie*|przyślemy', 'jeszcze_raz posprząta*|wysprząta*|sprzątn*|przyjedzie*|przyjdzie*|przyślemy',
    'wyślemy|wysłać|przyślemy|przysłać|skierujemy|skierować|przyjedzie|przyjdzie doświadczon*|inn*|now*|najlepsz* sprzątacz*|ekip*|osob*|pracowni*|pani',
    // An experienced cleaner sent or coming; not the genitive of a comparison ("tyle, co od doświadczonej osoby").
    'doświadczoną|doświadczona|doświadczony|doświadczonego|doświadczonym sprzątacz*|pracowni*|osob*|ekip*', 'poprawi* błęd*|niedociągnię*|usterk*|braki',
    'przyślemy|przysłać|wyślemy|wysłać|przyjedzie|przyjdzie|przyjedziemy|przyjdziemy|przyjechać|przyjść ponownie|znowu',
    'przyślemy|przysłać|wyślemy|wysłać|przyjedzie|przyjdzie|przyjedziemy|przyjdziemy|przyjechać|przyjść jeszcze_raz',
    // Money.
    'rabat*', 'zniżk*', 'upust*', 'obniżk*', 'obniżymy|obniżyć|obniżona|obniżamy|obniżę cen*|kwot*|rachun*|opłat*|należnoś*', 'na_nasz_koszt', 'bonifikat*', 'zwrot|zwrotu|zwrocie|zwrotem', 'zwrócimy|zwrócić|oddamy pieniądze|koszt*|opłat*|należność',
    'rekompensat*', 'za_darmo', 'znies*|zniesiemy|znosimy|znieść opłat*|koszt*|należnoś*', 'zadośćuczyni*', 'bezpłatn*', 'darmow*', 'gratis*', 'nieodpłatn*', 'na_koszt firmy|lokalu|hotelu|restauracji',
    'bon|bonu|bony|voucher*|kupon*', 'prezent*', 'upominek', 'upomink*',
    // The invoice.
    'anulujemy|anuluję|anulować|anulowana|anulowanie|anulowaniu|anulujmy faktur*|rachun*|opłat*|należnoś*|zamówieni*',
    'faktur*|rachun*|opłat* anul*|skoryg*|korekt*|wycof*|usunięt*|poprawion*|skasow*', 'skasowa*|skasuj* faktur*|rachun*|opłat*', 'korekt* faktur*', 'korygując*',
    'skorygowan*|poprawion*|now*|prawidłow* faktur*|rachun*', 'usuniemy|usunąć|usuwamy|usunę|wykreślimy opłat*|pozycj*|kwot*|mycie|faktur*',
    'z faktury|rachunku',
    // The charge named by a pronoun or its sum, or put in the passive: "usunę to", "skasuję te 35 euro", "zostanie anulowana".
    'usuniemy|usunąć|usunę|usuwamy|anuluję|anulujemy|anulować|skasuję|skasujemy|skasować|wykreślę|wykreślimy|skreślę|skreślimy|odejmę|odejmiemy to|ją|je|go|tę|te',
    'zostanie|zostaną|będzie anulowan*|skorygowan*|usunięt*|wycofan*|skasowan*|zwrócon*',
    // A new time.
    'nowy|nowego|inny|innego|dogodn*|dodatkow* termin*', 'najbliższ* woln*|dostępn* termin*', 'przełoż*|przenie*|umówi*|umówmy|zaproponujemy termin*|wizyt*|sprzątani*',
    'now* wizyt*|termin*',
    // The restaurant.
    'przynies*|przyniosę|przyniesiemy|podamy|podam|przygotujemy|podajemy chleb*|pieczyw*|kredki|kredk*|deser*|napój|napoj*|przekąsk*|coś|bułk*|sok*',
    'kredki', 'kredk*', 'kolorowank*', 'deser*', 'menu dziecięce', 'menu dla_dzieci', 'dani*|porcj* dla_dziecka', 'dani*|porcj* dziecięc*',
    // The lost order placed again: "złożę zamówienie jeszcze raz", "zamówienie od razu przekażę do kuchni".
    'złożę|złożymy|złożyć|wprowadzę|wprowadzimy|przekażę|przekażemy|nabiję|zamówię|zamówimy|puszczę zamówieni*|je|to ponownie|natychmiast',
    'złożę|złożymy|złożyć|wprowadzę|wprowadzimy|przekażę|przekażemy|nabiję|zamówię|zamówimy|puszczę zamówieni*|je|to jeszcze_raz',
    'złożę|złożymy|złożyć|wprowadzę|wprowadzimy|przekażę|przekażemy|nabiję|zamówię|zamówimy|puszczę zamówieni*|je|to od_razu',
    'złożę|złożymy|złożyć|wprowadzę|wprowadzimy|przekażę|przekażemy|nabiję|zamówię|zamówimy|puszczę zamówieni*|je|to od_nowa',
    'ponownie złożę|złożymy|wprowadzę|wprowadzimy|przekażę|zamówię|zamówimy', 'jeszcze_raz złożę|złożymy|wprowadzę|wprowadzimy|przekażę|zamówię|zamówimy',
    'zamówieni* ponownie', 'zamówieni* jeszcze_raz', 'zamówieni* od_nowa',
    'poza_kolejnością', 'pierwsz* w_kolejce', 'pierwsz* w_kolejności', 'w_pierwszej_kolejności', 'jako_pierwsze|pierwszy|pierwsza', 'priorytet*', 'przyspiesz*|przyśpiesz* zamówieni*|przygotowani*',
    // The hotel.
    'pokój|pokoju|pokoi|nr #num', 'przeniesiemy|przenieść|przeniesienie|przeniesieniu|przenosimy|zakwaterujemy|kwaterujemy pokoj*|pokój|parter*|pana|panią|państwa',
    // Not "na parterze" alone, which may only say where rooms are ("pokoje mamy zwykle na parterze").
    'inny|innego|dostosowan*|przystosowan*|nowy pokój|pokoju', 'pokój|pokoju na_parterze',
    'umieścimy|umieszczę|umieścić|ulokujemy|ulokować|zakwaterujemy|zakwaterować|przeniesiemy|przenieść|przeniosę na_parter|parterze',
    'technik*', 'serwisant*', 'konserwator*', 'minibar*', 'parking*', 'pomożemy|pomogę|pomóc wnieść|bagaż*|dostać|wjechać',
    'wniesiemy|wniosę|przeniesiemy wózek|pana|panią', 'pomożemy|pomogę z_wózkiem',
  ),
  negativeRemedies: phrases(
    'nie musi|muszą|będzie|trzeba płacić|zapłacić|opłacać|płaciła|płacił', 'nie_zostanie|zostaną|będzie obciążon*|naliczon*|pobran*|wystawion*', 'faktur*|rachun* nie wystawimy|wystawiamy|wystawi|będzie|zostanie|pobierzemy',
    'nie wystawimy|wystawiamy|wystawi faktur*|rachun*', 'nie obciążymy|pobierzemy|naliczymy|policzymy', 'nie_ma potrzeby płacić|zapłaty|płacenia',
  ),
  refusalPhrases: phrases('więcej_niż', 'to_więcej', 'to_za_dużo', 'za_dużo', 'ponad_nasze|moje', 'przekracza*', 'nie_wchodzi_w_grę', 'wykracza*'),
  refusals: new Set(['niemozliwe', 'niemozliwy', 'odmawiamy', 'odmowic', 'zart', 'wykluczone', 'absurd', 'absurdalne', 'smieszne']),
  waitingFor: new Set(['dopoki', 'az', 'zanim', 'poki']),
  waitsFor: new Set(['czekamy', 'czekam', 'czekac', 'czeka', 'poczekac', 'poczekamy', 'poczekaj', 'oczekujemy', 'czekajac', 'zaczekac', 'zaczekamy']),
  habitual: new Set(['zwykle', 'zazwyczaj', 'przewaznie', 'normalnie', 'standardowo']),
  tentative: phrases('zobaczę|zobaczymy|sprawdzę|sprawdzimy|pomyślimy|rozważymy co|czy|jak', 'rozważymy|rozważę|rozważyć'),
  otherSubjects: new Set(['pani', 'pan', 'panstwo', 'dodatkowo', 'ponadto', 'rowniez', 'takze']),
  reported: phrases(
    'pani|pan|państwo chce|chciałaby|chciałby|chcą|oczekuje|oczekują|żąda|żądają|prosi|prosiła|prosił|sugeruje|proponuje|napisała|napisał|wspomniała|wspomniał|domaga|domagała|uważa',
    'chce|chciałaby|oczekuje|żąda|prosi|domaga|uważa pani|pan|państwo', 'pani|pana|państwa prośb*|żądani*|oczekiwani*|propozycj*|sugesti*|wniosek|życzeni*',
    'prośb*', 'żądani*',
  ),
};
