import type { StayCalmPack } from '../../rules/stay-calm';
import { phrases } from '../../text/pattern';

export const stayCalm: StayCalmPack = {
  acronyms: new Set([
    'OK', 'SMS', 'ID', 'EUR', 'PLN', 'PS', 'NB', 'VAT', 'NIP', 'REGON', 'KRS', 'RODO', 'PESEL', 'IBAN', 'PIN', 'PDF', 'URL', 'WC', 'TV', 'UE',
    'EU', 'CEO', 'IT', 'FAQ', 'VIP', 'QR', 'CV', 'II', 'III', 'IV', 'SA', 'SP', 'ZOO', 'BLIK', 'OÜ', 'AS', 'DPD', 'AGD', 'RTV',
  ]),
  insults: phrases(
    'idiot*', 'glupi|glupia|glupie|glupich|glupota|glupoty|glupota', 'durn*', 'kretyn*', 'debil*', 'smieszn*', 'zalosn*', 'histery*', 'bzdur*',
    'niedorzeczn*', 'dziecinn*', 'roszczeniow*',
  ),
  sarcasm: phrases('tak_zwan*', 'tzw', 'rzekom*', 'no jasne', 'jasne bo', 'no_brawo', 'no_to_brawo', 'no pieknie', 'ale super', 'oczywiscie ze pani|pan'),
  // "Brawo!" to a child, "gratuluję awansu": sincere with anything else in the clause.
  sarcasmAlone: phrases('gratuluj*', 'gratulacje'),
  sarcasticTag: phrases('dziękuję|dziekuje|dzięki|dzieki bardzo', 'bardzo dziękuję|dziekuje'),
  hostility: phrases(
    'pomarzyć|pomarzyc|marzenia|pomarzy*', 'niech pani|pan pisze co chce', 'proszę|prosze pisać|pisac co', 'to nie tak działa|dziala',
    'nie moj|nasz problem', 'nie obchodzi', 'prosze|moze isc|pojsc gdzie_indziej',
    'prosze|moze isc|pojsc do_konkurencji', 'jesli|jezeli sie nie podoba',
    'jesli|jezeli pani|panu|panstwu sie nie podoba', 'niech pani|pan przestanie', 'prosze przestac narzekac|marudzic', 'marudz*', 'narzekac',
    'czepia|czepiac sie', 'takich klientow', 'prosze bardzo niech pisze|wystawi', 'niech pani|pan sobie pisze|wystawia',
    'nie wiem o_co ci|pani|panu|panstwu chodzi', 'skad mamy|mielismy wiedziec', 'jakis zart', 'chyba zart|zartuje*',
    // A plain "czego Pani oczekiwała?" is a cold reproach, which no-blame judges.
    // Told to put up with it: "musi się Pani z tym pogodzić".
    'musi|musza|musisz z_tym_pogodzic',
    // Calling the customer's message blackmail, or doubting it is a complaint at all: "jeśli ma Pani prawdziwą reklamację".
    'szantaz*',
    'jesli|jezeli|gdyby pani|pan|panstwo ma|maja|miala|mial|mieli prawdziw*|rzeczywist*|faktyczn* reklamacj*|problem*|skarg*|zastrzez*',
    'jesli|jezeli|gdyby ma|maja|miala|mial|mieli pani|pan|panstwo prawdziw*|rzeczywist*|faktyczn* reklamacj*|problem*|skarg*|zastrzez*',
  ),
  // An informal "Słuchaj," is only a discourse marker (formal-address judges it); these are impatient.
  hostileOpeners: phrases('prosze_posluchac', 'niech_pani|pan_poslucha', 'no_sluchaj|prosze', 'sluchaj_no'),
  echoLinks: new Set(['jak', 'kiedy', 'gdy', 'co']),
  calmDown: phrases(
    'uspokoi*', 'uspokoj*', 'zachowac|zachowanie spokoj', 'nie ma powodu|potrzeby nerwow|denerwowac|zdenerwowania|irytacji',
    'nie denerwowac|denerwuj|denerwowal|denerwowala', 'prosze sie nie denerwowac|irytowac|zloscic', 'niech sie pani|pan nie denerwuje|zlosci|irytuje',
    'ochlonac|ochlonie', 'wziac gleboki oddech',
  ),
  // "Spokojnie!", "Spokojnie, proszę pani" — not "spokojnie wszystko ustalimy".
  calmDownAlone: phrases('spokojnie'),
  reassurance: phrases('spokojnie moze|prosze mowic|opowiedziec|zastanowic', 'w_spokoju'),
  // The child, not the customer: "czy mogłaby Pani uspokoić dziecko?", "maluch zaraz się uspokoi".
  calmingOthers: phrases(
    'uspokoi*|uspokoj* dziecko|dzieci|syna|synka|corke|coreczke|malucha|maluszka|malego|mala|go|ja|je',
    'go|ja|je|dziecko|dzieci|syna|synka|corke|coreczke|malucha|maluszka_uspokoi*|uspokoj*',
    'dziecko|dzieci|synek|syn|corka|coreczka|maluch|maluszek|maly|mala|on|ona uspokoi|uspokoja',
    'dziecko|dzieci|synek|syn|corka|coreczka|maluch|maluszek|maly|mala|on|ona sie_uspokoi|uspokoja',
  ),
  hostileImperatives: phrases('trudno', 'tak_bywa', 'prosze sie_z_tym_pogodzic'),
  imperativeLead: new Set(['no', 'to', 'wiec', 'i', 'a', 'coz', 'po', 'prostu']),
  sarcasticHedges: phrases('chyba', 'czy_cos', 'czy_cos_w_tym_stylu'),
  threats: phrases('szantaz*', 'grozb*', 'pogrozk*', 'straszeni*', 'straszy*', 'grozeni*'),
  brevityMocked: phrases('jedno|jednego|jednym|takie|takim zdanie|zdania|zdaniem|linijka|linijki|linijke', 'jednozdaniow*'),
  futile: phrases(
    'nic nie da|daje|zmieni|zmienia|pomoze|pomaga|osiagnie|zdziala|wskora',
    'nigdzie nie zaprowadzi|prowadzi',
    'nie pomoze|pomoga|zadziala|dziala',
  ),
};
