import type { EmpathyPack } from '../../rules/empathy';
import { phrases } from '../../text/pattern';

export const empathy: EmpathyPack = {
  acknowledge: phrases(
    'mõistan|mõistame|mõistsin', 'saan|saame|sain aru', 'kujutan|kujutame ette', 'kujutleda|ettekujutada', 'ette_kujutada', 'tean|teame kui|kuidas|kuivõrd',
    'tunnetan|tunnetame', 'näen|näeme|tajun|tajume kui|kuidas|kuivõrd|et',
  ),
  sympathy: phrases(
    'kaasa tunnen|tunneme|tunda|tundes',
    'tunnen|tunneme kaasa',
    'kaastunne|kaastunnet',
    'kui_ebameeldiv*|piinlik*|häiriv*|kurb|kurvastav*|tüütu|frustreeriv*|solvav*|kohutav*|õudne|ärritav*',
    'kui_pettumust_valmistav*',
    'olla teie_olukorras',
    'kujutan|kujutame|kujutlen ette kui|kuidas|mida|milline|millist|kuivõrd',
    'kujutada|kujutleda kui|kuidas|mida|milline|millist|kuivõrd',
    'asemel tunneksin|oleksin',
    // A situation acknowledged as hard for anyone: "kellelegi ei meeldi oodata", "see pole kellelegi meeldiv".
    'kellelegi ei meeldi',
    'pole|ole kellelegi meeldiv|kerge|lihtne|mõnus',
    'keegi ei taha|soovi|armasta',
  ),
  evaluative: phrases(
    'pidi|pidid|pidite|pidanud olema|tundma',
    'kindlasti|tõesti|igati|täiesti|väga mõistetav*|arusaadav*|loomulik*|õigustatud',
    'mõistetav*|arusaadav*|loomulik*|põhjendatud|õigustatud',
    'pole_ime',
    'on|oli|oleks kindlasti|tõesti|eriti|tõeliselt|kahtlemata|äärmiselt',
    'õigus olla|tunda|pahandada|nõuda',
  ),
  feelings: phrases(
    'pettu*', 'frustree*', 'frustrats*', 'ärritu*', 'ärritav*', 'piinlik*', 'solvu*', 'solvav*', 'solvatu*', 'kurb', 'kurva*', 'kurvastav*',
    'vihane', 'vihased', 'vihastav*', 'nördi*', 'ärev*', 'stress*', 'meelepaha*', 'pahameel*', 'häiritud', 'häiriv*', 'ehmat*',
    'tunne', 'tunded', 'tundeid', 'tunnet', 'tunnetest', 'rahulolematu*', 'tüütu*', 'kohutav*', 'õudne', 'jube', 'talumatu*',
    'šokeeri*', 'närvi*', 'närve*', 'tülika*', 'segadusse', 'näljane', 'näljas', 'näljased', 'pahane', 'pahased', 'pahandus*',
    'ehmatav*', 'väsitav*', 'väsinud', 'kurnav*', 'kurnatu*', 'ebaõiglane', 'muret', 'mures', 'murelik*', 'hirmu*', 'hirmutav*', 'alanda*', 'lugupidamatu*',
    'vihastu*', 'vihaseks', 'viha', 'raevu*', 'marus', 'marru', 'haavu*', 'haavav*', 'tüdinu*', 'tüdimus*', 'abitu*', 'jõuetu*', 'õnnetu*', 'kurvaks',
    'häbi', 'häbene*', 'kibestu*', 'meeleheit*', 'ehmu*', 'ärevus*', 'ärevaks', 'ignoreeri*', 'tõrjutu*', 'kõrvale_jäetu*', 'solvang*', 'kannatamatu*',
    'kurb*', 'kurbus*', 'pinge*', 'pingeli*', 'närvesööv*', 'ebakindl*', 'segaduses', 'ärritunud', 'pahandanud', 'pahandas',
    'nõutu*', 'hämming*', 'hämmeld*', 'hämmast*', 'meelehärm*',
  ),
  situations: phrases(
    'ebameeldiv*', 'ebamugav*', 'olukord*', 'olukorra*', 'kogemus*', 'raske', 'keeruli*', 'halb|halva kogemus*', 'mure', 'muret', 'ootamine', 'ootama', 'oodata', 'tülin*', 'jama',
    // What the trouble spoils for the customer: "saan aru, et see rikub kogu saabumise".
    'rikub|rikkus|rikkuda|rikkunud|rikutud|rikkuma',
    // "Vabandame segaduse pärast" is the mix-up, not the customer's feeling; understood, it is their situation.
    'segadus', 'segaduse', 'segadust',
  ),
  // Negated understanding only right before it: "ei saanud tulla – saan aru" is not "ei saa aru".
  dismissive: phrases('ei_saa_aru', 'ei_mõista|mõistnud', 'ei_suuda|saa_mõista', 'põhjendamatu*', 'liialdatud', 'ülepaisutatud', 'liialda*', 'üle reageeri*', 'ülereageeri*', 'asjatu|asjatud|asjatuks|asjatut'),
  linkers: new Set(['et', 'kui', 'kuidas', 'kuivord', 'mida', 'miks', 'milline', 'millist', 'mis', 'kes', 'mille', 'millega']),
  regretting: phrases('kahju'),
  howWords: new Set(['kui', 'kuivord']),
  notAfterHow: new Set(['te', 'teie', 'sa', 'me', 'ma', 'see', 'seda', 'kiiresti', 'palju', 'kaua', 'kiirelt']),
  addresseeEndings: ['ite', 'ete', 'ate', 'sid'],
  copulas: new Set(['on', 'oli', 'oleks', 'olla']),
  ownFeeling: phrases('mul|meil|mulle|meile on|oli|oleks', 'olen|oleme|olin|olime', 'tunneme|tunnen end|ennast|ise'),
};
