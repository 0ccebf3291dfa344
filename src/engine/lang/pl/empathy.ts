import type { EmpathyPack } from '../../rules/empathy';
import { phrases } from '../../text/pattern';

export const empathy: EmpathyPack = {
  acknowledge: phrases(
    'rozumiem|rozumiemy|zrozumialem|zrozumialam', 'wyobrazam|wyobrazamy|wyobrazic sobie', 'zdaje|zdajemy sobie_sprawe', 'wiem|wiemy jak|jakie|jaki|ze',
    'doskonale|dobrze wiem|wiemy', 'pojmuje|pojmujemy', 'widze|widzimy jak|jakie|jaki|ze',
  ),
  sympathy: phrases(
    'wspolczuj*', 'wspolczuc*',
    'wyobrazam|wyobrazamy sobie jak|co|jakie|jaka|jaki',
    'na pani|pana|panstwa miejscu',
    'jak|coz nieprzyjemn*|przykr*|frustruj*|stresuj*|krepuj*|denerwuj*|irytuj*|rozczarowuj*|zenuj*|okropn*|straszn*',
    'co_za nieprzyjemn*|przykr*|frustruj*|stresuj*|krepuj*|denerwuj*|irytuj*|rozczarowuj*|zenuj*|okropn*|straszn*',
    'tez|rowniez bym|byloby|bylabym|bylbym zdenerwowan*|rozczarowan*|zla|zly|wsciekl*|zirytowan*',
    // A situation acknowledged as hard for anyone: "nikt nie lubi czekać", "to nic przyjemnego".
    'nikt nie lubi|chce',
    'nikomu nie jest|byloby przyjemnie|latwo|milo',
    'nic_przyjemnego|milego',
    // The situation named as hard: "to naprawdę trudna sytuacja".
    'trudna|ciezka|nieprzyjemna|stresujaca|przykra_sytuacja',
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
    'niepok*', 'zaniepokoj*', 'zaniepokoi*', 'zaniepokoic', 'stres*', 'uczuci*', 'emocj*', 'urazon*', 'uraz*', 'obraz*', 'zawiedzion*', 'zawod*', 'rozgorycz*', 'smut*',
    'niezadowol*', 'oburz*', 'okropn*', 'straszn*', 'fataln*', 'nieprzyjemn*', 'przykr*', 'wsciek*', 'upokarz*', 'upokorz*', 'glodn*', 'wkurz*', 'uciazliw*', 'meczac*', 'zmeczon*', 'zagubion*', 'zdezorientow*',
    'niesprawiedliw*', 'zly', 'zla', 'zli',
    'wyczerpujace', 'wyczerpan*', 'bezradn*', 'bezsiln*', 'zawstydz*', 'zmartwi*', 'martwi*', 'rozzal*', 'nerw*', 'obaw*', 'strach*', 'przestraszon*',
    'przeraz*', 'zlekcewaz*', 'zignorowan*', 'pominiet*', 'zdesperowan*', 'rozdraznion*', 'poirytowan*', 'wzburzon*', 'zestresowan*', 'upokorzen*',
    'zdziwi*', 'zaskocz*', 'zaklopota*', 'skonsternow*', 'niezrecz*', 'mylac*', 'dezorientuj*',
  ),
  situations: phrases(
    'sytuacj*', 'niedogodn*', 'doswiadcz*', 'trudn*', 'klopot*', 'problem*', 'niekomfortow*', 'niewygod*', 'czekanie', 'czekac', 'oczekiwanie',
    // What the trouble spoils for the customer: "rozumiem, że to psuje cały przyjazd".
    'psuje|zepsul*|zepsuc|rujnuje|zrujnowal*',
  ),
  // Negated understanding only right before it: "nikt nie uprzedził – rozumiem" is not "nie rozumiem".
  dismissive: phrases('nie_rozumiem|rozumiemy|pojmuje|pojmujemy', 'nie_bardzo|calkiem_rozumiem|rozumiemy', 'nie_do_konca_rozumiem|rozumiemy', 'przesad*', 'nieuzasadnion*', 'wyolbrzymi*', 'bezpodstawn*', 'histeri*'),
  linkers: new Set(['ze', 'iz', 'jak', 'co', 'jakie', 'jaka', 'jaki', 'dlaczego', 'czemu', 'ktora', 'ktory', 'ktore', 'ktorej', 'ktorego', 'ktorym', 'ktorych', 'ktorzy']),
  regretting: phrases('przykro', 'zal_nam|mi'),
  howWords: new Set(['jak', 'jakie', 'jaka', 'jaki', 'jakim', 'jakiej']),
  notAfterHow: new Set(['to', 'sie', 'pani', 'pan', 'panstwo', 'my', 'ja', 'szybko', 'dlugo', 'najszybciej']),
  addresseeEndings: ['sz', 'las', 'les', 'stes', 'scie'],
  copulas: new Set(['jest', 'bylo', 'byla', 'byl', 'bywa', 'byc']),
  ownFeeling: phrases('nam|mi jest|bylo|bardzo|naprawde|tez', 'jest|bylo nam|mi', 'jestesmy|jestem|bylismy|bylam|bylem|czujemy|czuje'),
};
