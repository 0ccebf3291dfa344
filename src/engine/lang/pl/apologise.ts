import type { ApologisePack } from '../../rules/apologise';
import { phrases } from '../../text/pattern';

export const apologise: ApologisePack = {
  apologies: phrases('przeprasz*', 'przeprosi*', 'wybacz*', 'ubolewa*', 'sorry|sorki|sory|sorka'),
  regrets: phrases('przykro', 'zal_nam|mi', 'zaluj*', 'wstyd_nam|mi', 'nam|mi wstyd'),
  regretFiller: new Set(['mi', 'nam', 'bardzo', 'jest', 'to', 'tak', 'naprawde', 'slyszec', 'uslyszec', 'czytac', 'przeczytac', 'z', 'tego', 'powodu', 'ze', 'tym', 'bylo', 'jak', 'sie', 'szczerze', 'niezmiernie', 'ogromnie', 'strasznie', 'wstyd']),
  refusals: phrases(
    'przeprosiny|przeprosin nie|niepotrzebne|zbedne',
    'nie_ma za_co przeprasz*',
    // The infinitive first, its negation after: "przepraszać nie będziemy", "przeprosić nie możemy".
    'przepraszac|przeprosic|przeprosin nie_bedziemy|bede|bedzie|zamierzam|zamierzamy|mamy|mozemy|moge|musimy|musze|ma|widze|widzimy',
    // "Nie widzę powodu, żeby przepraszać": the reason denied, the apology in a clause of its own.
    'nie widze|widzimy|ma|mamy|widzi powodu|potrzeby|podstaw przeprosin|przepraszac|przeprosic|przeprosiny',
  ),
  hearing: new Set(['slyszec', 'uslyszec', 'czytac', 'przeczytac', 'dowiedziec']),
  // "niż" compares; "jeśli" never does.
  comparatives: new Set(),
  otherCause: phrases(
    'pozna|pozną|opozniona|opoznienie|zwloke|zwloka|dlugie|dlugi odpowiedz*|odpowiedzi|odpisanie',
    'dopiero teraz odpowiadamy|odpisujemy|odpowiadam|odpisuje',
    'odpowiadamy|odpisujemy|odpowiadam|odpisuje dopiero|pozno|opoznieniem',
    'ze przeszkadzam|przeszkadzamy',
    'odpowiedz|odpowiedzi tyle|dlugo trwala|zajela|trwalo|czekala|czekal',
    'czekala|czekal|czekali pani|pan|panstwo na odpowiedz',
    'zwloke|zwloka|opoznienie w odpowiedzi|odpisaniu',
    // "Przepraszamy, że odpowiedź przychodzi dopiero wieczorem".
    'odpowiedz przychodzi|przyszla|dociera|dotarla dopiero|pozno',
  ),
  perception: new Set(['odczula', 'odczul', 'odczuli', 'odczuwa', 'czuje', 'poczula', 'poczul', 'uwaza', 'uwazaja', 'wydaje', 'wydawalo', 'wrazenie', 'sadzi', 'odebrala', 'odebral', 'ocenia', 'czujesz', 'uwazasz']),
  perceptionByYou: new Set(['czujecie', 'poczuliscie', 'uwazacie', 'odczuwacie', 'odczuliscie', 'odebraliscie']),
  blamedSubjects: new Set(['pani', 'pan', 'panstwo', 'ty', 'przeciez']),
  offeredToYou: new Set(['dostanie', 'otrzyma', 'moze', 'dostana', 'otrzymaja', 'bedzie']),
  arguing: new Set(['przeciez', 'przecie']),
  coordinators: new Set(['i', 'oraz', 'a']),
  customerApology: phrases(
    'nie musi|musiała|musiał|trzeba pani|pan|państwo przeprasz*', 'pani|pan|państwo nie musi|muszą przeprasz*', 'proszę nie przeprasz*',
    'nie_ma pani|pan|państwo za_co przeprasz*', 'niech pani|pan nie przeprasza',
  ),
  phoneWait: phrases('na_połączenie', 'na_linii', 'przy_telefonie', 'odebranie telefonu|połączenia', 'w_kolejce oczekujących', 'połączenia|połączeniu czekać|czekała|czekał|czekali|oczekiwania'),
  pending: phrases('dopóki', 'zanim', 'nie wiemy|wiem jeszcze|dokładnie', 'jeszcze nie wiemy|wiem', 'do_czasu'),
  waiting: phrases('czeka*', 'poczeka*', 'oczekiw*', 'zaczeka*'),
  desk: phrases('recepcj*', 'przy_ladzie', 'w_holu'),
  excuses: phrases(
    'zachorowa*', 'chory', 'chora', 'chorzy', 'choroba', 'chorobie', 'choroby', 'chorobowe*', 'l4',
    'nie mamy|ma|miał|mieliśmy|miała wpływu', 'niezależn* od_nas', 'od_nas nie zależ*', 'siła|siły wyższa|wyższej',
    'obłożon*', 'przeciążon*', 'zawalon*', 'dużo|wiele|mnóstwo zamówień|gości|klientów|pracy', 'godziny|godzinach szczytu', 'duży|wielki ruch',
    'wynikać|wynikało|wynika|wynikła|wynikł|wynikają z', 'spowodowan*', 'z_powodu', 'przez_to_że',
    'zdarza|zdarzają się', 'korki|korków', 'pogod*',
    'pora|porze|godzina|godzinach lunchu|obiadu|obiadowa|obiadowej', 'mamy komplet', 'pełno ludzi|gości', 'wszystkie stoliki zajęte',
    // Helplessness: "przepraszam, ale nic na to nie poradzę", "…sam tego nie naprawię".
    'nic nie poradz*', 'sam|sama|sami naprawi*|naprawię|naprawimy',
    // The customer's message made the cause: "przepraszamy, ale z jednego zdania nie da się zrozumieć…".
    'z_jednego zdania|słowa|linijki', 'czytać|czytamy|czytam w_myślach',
  ),
  notOurFault: phrases('nie moja|nasza wina', 'nie_z mojej|naszej winy', 'nie_ponosimy|ponoszę winy|odpowiedzialności'),
  reassurance: phrases('nie spieszyć|śpieszyć|spieszy|śpieszy', 'mamy_czas', 'proszę mówić powoli|spokojnie', 'nigdzie się nie spieszymy|śpieszymy'),
};
