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
    // "Suur tänu nii põhjaliku kirjelduse eest" to a one-line complaint; "Tänan emotsionaalse kirja eest".
    'tanan|tanu|taname|aitah|tanud nii|sedavord|niivord pohjaliku|detailse|uksikasjaliku|pika|ammendava|sisuka',
    'tanan|tanu|taname|aitah|tanud emotsionaalse|tulise|kirgliku|dramaatilise|varvika|tormilise',
    // Thanks for the scene made: "Aitäh, et kogu saalile teada andsite".
    'aitah|tanan|taname|tanu|tanud kogu|terve|tervele saal*|restoran*|majale|rahvale|ruumi*',
    'aitah|tanan|taname|tanu|tanud koigile|koikidele|ymberkaudsetele teada|kuulutasite|teatasite',
    'aitah|tanan|taname|tanu|tanud karjusite|karjute|larmasite|lärmi|stseeni|skandaali',
    'aitah|tanan|taname|tanud romaani|essee|loengu|jutluse|poeemi eest',
  ),
  // The conditional "oleksime tänulikud" is a request or a hypothetical, never thanks given.
  notThanks: phrases('tänu_sellele|millele|sellel|selle|mille', 'oleksime|oleksin|oleks|oleksid tänulik*'),
  hedges: phrases('vist', 'voi_nii', 'voi_mis'),
  intensifiers: new Set(['vaga', 'vaaga', 'tohutult', 'kohutavalt', 'eriti', 'suur', 'suured', 'nii', 'vagagi', 'ulimalt']),
};
