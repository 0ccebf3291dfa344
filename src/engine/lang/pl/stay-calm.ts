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
  sarcasm: phrases('tak_zwan*', 'tzw', 'rzekom*', 'no jasne', 'jasne bo', 'gratuluj*', 'brawo', 'no pieknie', 'ale super', 'oczywiscie ze pani|pan'),
  hostility: phrases(
    'nie moj|nasz problem', 'nie obchodzi', 'prosze|moze isc|pojsc gdzie_indziej',
    'prosze|moze isc|pojsc do_konkurencji', 'jesli|jezeli sie nie podoba',
    'jesli|jezeli pani|panu|panstwu sie nie podoba', 'niech pani|pan przestanie', 'prosze przestac narzekac|marudzic', 'marudz*', 'narzekac',
    'czepia|czepiac sie', 'takich klientow', 'prosze bardzo niech pisze|wystawi', 'niech pani|pan sobie pisze|wystawia',
    'nie wiem o_co ci|pani|panu|panstwu chodzi', 'skad mamy|mielismy wiedziec', 'jakis zart', 'chyba zart|zartuje*',
  ),
  calmDown: phrases(
    'uspokoi*', 'uspokoj*', 'spokojnie', 'zachowac|zachowanie spokoj', 'nie ma powodu|potrzeby nerwow|denerwowac|zdenerwowania|irytacji',
    'nie denerwowac|denerwuj|denerwowal|denerwowala', 'prosze sie nie denerwowac|irytowac|zloscic', 'niech sie pani|pan nie denerwuje|zlosci|irytuje',
    'ochlonac|ochlonie', 'wziac gleboki oddech',
  ),
  reassurance: phrases('spokojnie moze|prosze mowic|opowiedziec|zastanowic', 'w_spokoju'),
};
