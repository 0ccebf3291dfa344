import type { ListenPack } from '../../rules/listen';
import { phrases } from '../../text/pattern';

export const listen: ListenPack = {
  restatement: phrases(
    'nagu te|teie kirjutasite|mainisite|kirjeldasite|ütlesite|märkisite|viitasite',
    'te|teie kirjutasite|mainisite|kirjeldasite|märkisite|viitasite et',
    'teie kirjast|kirjas|sõnumist|sõnumis selgub|nähtub|loen|lugesin',
    'teie kirjeldatud|mainitud',
  ),
};
