import type { ThankPack } from '../../rules/thank';
import { phrases } from '../../text/pattern';

// "tana" alone is not here: typed without diacritics it is "täna" (today) as often as a clipped "tänan".
export const thank: ThankPack = {
  thanks: phrases('tanan|tanu|tanud|aitah|aitaeh|taname|tanada|tanades|tanab|tanaksin|tanaksime', 'tanulik*'),
  sarcastic: phrases(
    'tanan|tanu|taname|aitah eriti|vaga pohjaliku|detailse|uksikasjaliku|pika',
    'aitah|tanan|tanu|taname mitte_millegi',
    'no_aitah',
    'aitah|tanan|taname|tanud ahvarduse|ahvarduste|solvangu|solvangute|suudistuse|suudistuste|etteheite|etteheidete eest',
    'aitah|tanan|taname tuletasite|tuletamast meelde mis',
    // Praise for an angry complaint: "Aitäh Teie armsa kirja eest".
    'aitah|tanan|taname|tanud armsa|toreda|meeldiva|voluva|imelise|kena|sobraliku kirja|kirjakese|sonumi|kirjutise',
  ),
  // The conditional "oleksime tänulikud" is a request or a hypothetical, never thanks given.
  notThanks: phrases('tänu_sellele|millele|sellel|selle|mille', 'oleksime|oleksin|oleks|oleksid tänulik*'),
};
