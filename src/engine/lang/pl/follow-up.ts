import type { FollowUpPack } from '../../rules/follow-up';
import { PhraseSet } from '../../text/pattern';

// What a check afterwards looks for: the customer satisfied, everything in order, the invoice done.
const DONE =
  'porządku|porzadku|zadowolon*|zadowoleni*|rozwiązan*|poprawion*|anulowan*|skorygowan*|gotow*|naprawion*|załatwion*|usunięt*|wysłan*|wystawion*|oczekiwa*|dotarł*|doszedł|doszł*|doręczon*|doręczymy|dostarczon*|przyszł*|działa|zadziała|naprawi|naprawimy|smakował*|udało';

export const followUp: FollowUpPack = {
  promises: new PhraseSet(
    [
      'upewnić|upewnic|upewnimy|upewnię|upewnie|upewnienia|upewniając',
      'zajrzę|zajrzymy|wrócę|wrócimy|podejdę|podejdziemy|przyjdę sprawdzić|zobaczyć|zapytać|sprawdzę|zapytam', 'zajrzę|zajrzymy do państwa|pani|pana', 'do państwa|pani|pana zajrzę|zajrzymy|podejdę|podejdziemy|wrócę',
      'zadzwonię|zadzwonimy|skontaktuję|skontaktujemy|odezwę|odezwiemy|napiszę|napiszemy|zapytam|zapytamy|sprawdzę|sprawdzimy później|następnie|potem|ponownym', 'zadzwonię|zadzwonimy|skontaktuję|skontaktujemy|odezwę|odezwiemy|zapytam|zapytamy po sprzątaniu|wizycie|naprawie|wykonaniu|zakończeniu|usłudze|wszystkim',
      `sprawdzę|sprawdzimy|sprawdzić|zapytam|zapytamy|zapytać|dopilnuję|dopilnujemy|dopilnować|zadzwonię|zadzwonimy ${DONE}`,
      `potwierdzimy|potwierdzę|potwierdzić|potwierdzenie|potwierdzeniem|poinformujemy|poinformuję|powiadomimy|powiadomię ${DONE}`,
      `damy|dam znać|znac ${DONE}`,
      // "W poniedziałek sama sprawdzę, czy do Pani dotarł."
      `sprawdzę|sprawdzimy|sprawdzić|zapytam|zapytamy|upewnię|upewnimy|zobaczyć|zobaczę|zobaczymy czy ${DONE}`, 'sprawdzę|sprawdzimy|sprawdzić|zapytam|zapytamy|zobaczyć|zobaczę|zobaczymy czy wszystko',
      `gdy|kiedy|jak|jeśli ${DONE} dam|damy|zadzwonię|zadzwonimy|poinformuję|poinformujemy|potwierdzę|potwierdzimy`,
      'osobiście dopilnuję|dopilnujemy|sprawdzę|sprawdzimy|skontroluję|skontrolujemy', 'kontrol* jakości', 'kontroln* telefon*|rozmow*|wizyt*',
      'poprosimy|poproszę|zapytamy|zapytam|zapytać|poprosić o opinię|ocenę',
      'po sprzątaniu|wizycie|naprawie|zakończeniu|usłudze zadzwonię|zadzwonimy|skontaktujemy|skontaktuję|odezwiemy|odezwę|zapytamy|zapytam|sprawdzimy|sprawdzę', 'poprosimy|poproszę|zapytamy|zapytam o informację_zwrotną', 'prześlemy|wyślemy|wyślę|przyślemy potwierdzenie*',
    ],
    5,
  ),
  exclusions: new PhraseSet([]),
};
