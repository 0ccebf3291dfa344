import type { EmpathyPack } from '../../rules/empathy';
import { phrases } from '../../text/pattern';

export const empathy: EmpathyPack = {
  acknowledge: phrases('mõistan|mõistame|mõistsin', 'saan|saame|sain aru', 'kujutan|kujutame ette', 'kujutleda|ettekujutada', 'tean|teame kui|kuidas|kuivõrd', 'tunnetan|tunnetame'),
  sympathy: phrases(
    'kaasa tunnen|tunneme|tunda|tundes',
    'tunnen|tunneme kaasa',
    'kaastunne|kaastunnet',
    'kui_ebameeldiv*|piinlik*|häiriv*|kurb|kurvastav*|tüütu|frustreeriv*|solvav*|kohutav*|õudne|ärritav*',
    'kui_pettumust_valmistav*',
    'olla teie_olukorras',
    'kujutan|kujutame|kujutlen ette kui|kuidas|mida|milline|millist|kuivõrd',
    'asemel tunneksin|oleksin',
  ),
  evaluative: phrases(
    'pidi|pidid|pidite|pidanud olema|tundma',
    'kindlasti|tõesti|igati|täiesti|väga mõistetav*|arusaadav*|loomulik*|õigustatud',
    'mõistetav*|arusaadav*|loomulik*|põhjendatud|õigustatud',
    'pole_ime',
    'on|oli|oleks kindlasti|tõesti|eriti',
    'õigus olla|tunda|pahandada|nõuda',
  ),
  feelings: phrases(
    'pettu*', 'frustree*', 'frustrats*', 'ärritu*', 'ärritav*', 'piinlik*', 'solvu*', 'solvav*', 'solvatu*', 'kurb', 'kurva*', 'kurvastav*',
    'vihane', 'vihased', 'vihastav*', 'nördi*', 'ärev*', 'stress*', 'meelepaha*', 'pahameel*', 'häiritud', 'häiriv*', 'ehmat*',
    'tunne', 'tunded', 'tundeid', 'tunnet', 'tunnetest', 'rahulolematu*', 'tüütu*', 'kohutav*', 'õudne', 'jube', 'talumatu*',
    'šokeeri*', 'närvi*', 'närve*', 'tülika*', 'segadus*', 'segadusse', 'näljane', 'näljas', 'näljased', 'pahane', 'pahased', 'pahandus*',
    'ehmatav*', 'väsitav*', 'väsinud', 'kurnav*', 'ebaõiglane', 'muret', 'mures', 'murelik*', 'hirmu*', 'hirmutav*', 'alanda*', 'lugupidamatu*',
  ),
  situations: phrases('ebameeldiv*', 'ebamugav*', 'olukord*', 'olukorra*', 'kogemus*', 'raske', 'keeruli*', 'halb|halva kogemus*', 'mure', 'muret'),
  dismissive: phrases('ei_saa_aru', 'ei mõista|mõistnud', 'põhjendamatu*', 'liialdatud', 'ülepaisutatud', 'liialda*', 'üle reageeri*', 'ülereageeri*', 'asjatu*'),
  linkers: new Set(['et', 'kui', 'kuidas', 'kuivord', 'mida', 'miks', 'milline', 'millist']),
  regretting: phrases('kahju'),
  howWords: new Set(['kui', 'kuivord']),
  notAfterHow: new Set(['te', 'teie', 'sa', 'me', 'ma', 'see', 'seda', 'kiiresti', 'palju', 'kaua', 'kiirelt']),
  addresseeEndings: ['ite', 'ete', 'ate', 'sid'],
};
