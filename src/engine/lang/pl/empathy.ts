import type { EmpathyPack } from '../../rules/empathy';
import { phrases } from '../../text/pattern';

export const empathy: EmpathyPack = {
  acknowledge: phrases('rozumiem|rozumiemy|zrozumialem|zrozumialam', 'wyobrazam|wyobrazamy|wyobrazic sobie', 'zdaje|zdajemy sobie_sprawe', 'wiem|wiemy jak|jakie|jaki', 'doskonale|dobrze wiem|wiemy', 'pojmuje|pojmujemy'),
  sympathy: phrases(
    'wspolczuj*', 'wspolczuc*',
    'wyobrazam|wyobrazamy sobie jak|co|jakie|jaka|jaki',
    'na pani|pana|panstwa miejscu',
    'jak|coz nieprzyjemn*|przykr*|frustruj*|stresuj*|krepuj*|denerwuj*|irytuj*|rozczarowuj*|zenuj*|okropn*|straszn*',
    'co_za nieprzyjemn*|przykr*|frustruj*|stresuj*|krepuj*|denerwuj*|irytuj*|rozczarowuj*|zenuj*|okropn*|straszn*',
    'tez|rowniez bym|byloby|bylabym|bylbym zdenerwowan*|rozczarowan*|zla|zly|wsciekl*|zirytowan*',
  ),
  evaluative: phrases(
    'musialo|musiala|musial|musi|musza byc|byla|byl|sie',
    'zrozumial*', 'calkowicie|absolutnie|pelni zrozumial*|uzasadnion*|naturaln*',
    'nic_dziwnego', 'pewno|naprawde|pewnoscia bylo|byla|byl|jest',
    'naturalne|naturalnie|oczywiscie', 'uzasadnion*',
    'prawo byc|czuc|sie',
  ),
  feelings: phrases(
    'frustr*', 'rozczarow*', 'zdenerwow*', 'denerwuj*', 'irytuj*', 'irytac*', 'zirytow*', 'wstyd*', 'krepuj*', 'zenuj*', 'zlosc', 'zlosci',
    'niepok*', 'zaniepokoj*', 'stres*', 'uczuci*', 'emocj*', 'urazon*', 'uraz*', 'obraz*', 'zawiedzion*', 'zawod*', 'rozgorycz*', 'smut*',
    'niezadowol*', 'oburz*', 'okropn*', 'straszn*', 'fataln*', 'nieprzyjemn*', 'przykr*', 'wsciek*', 'upokarz*', 'upokorz*', 'glodn*', 'wkurz*', 'uciazliw*', 'meczac*', 'zmeczon*', 'zagubion*', 'zdezorientow*',
    'niesprawiedliw*', 'zly', 'zla', 'zli',
  ),
  situations: phrases('sytuacj*', 'niedogodn*', 'doswiadcz*', 'trudn*', 'klopot*', 'problem*', 'niekomfortow*', 'niewygod*'),
  dismissive: phrases('nie rozumiem|rozumiemy|pojmuje', 'przesad*', 'nieuzasadnion*', 'wyolbrzymi*', 'bezpodstawn*', 'histeri*'),
  linkers: new Set(['ze', 'iz', 'jak', 'co', 'jakie', 'jaka', 'jaki', 'dlaczego', 'czemu']),
  regretting: phrases('przykro', 'zal_nam|mi'),
  howWords: new Set(['jak', 'jakie', 'jaka', 'jaki', 'jakim', 'jakiej']),
  notAfterHow: new Set(['to', 'sie', 'pani', 'pan', 'panstwo', 'my', 'ja', 'szybko', 'dlugo', 'najszybciej']),
  addresseeEndings: ['sz', 'las', 'les', 'stes', 'scie'],
};
