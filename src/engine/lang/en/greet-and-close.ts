import type { GreetAndClosePack } from '../../rules/greet-and-close';
import { phrases } from '../../text/pattern';

export const greetAndClose: GreetAndClosePack = {
  greetings: phrases('hello', 'hi', 'hey', 'dear', 'good_morning|afternoon|evening|day', 'greetings'),
  greetingsBeforeName: phrases('ms|mrs|mr|miss'),
  closings: phrases(
    'kind|best|warm|warmest|kindest|many regards', 'regards', 'sincerely', 'yours_sincerely|faithfully|truly', 'best|warm|warmest|kind|kindest_wishes', 'all_the_best',
    'have|wish a nice|good|great|lovely|pleasant day|evening|weekend', 'goodbye', 'bye', 'take_care', 'with_best|kind wishes|regards', 'cheers',
    'speak|talk to_you soon|later', 'speak|talk_soon', 'respectfully', 'bye-bye',
  ),
  lineClosings: phrases('best', 'thanks', 'thank_you', 'many_thanks', 'lots_of_love', 'love', 'warmly', 'yours', 'all_best'),
  introductions: phrases('my_name_is', "i'm from", 'i_am from', 'this_is from|speaking', "you're|youre speaking|talking with|to", 'you_are speaking|talking with|to'),
  nameBefore: phrases("i'm", 'im', 'i_am', 'this_is|was', "it's", 'it_is|was'),
  nameAfter: phrases('speaking', 'here', 'from'),
  honorifics: new Set(['mrs', 'mr', 'ms', 'miss', 'madam', 'sir', 'dear', 'dr']),
  notNames: new Set([
    'i', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june',
    'july', 'august', 'september', 'october', 'november', 'december', 'sorry', 'thanks', 'hello', 'hi', 'we', 'they', 'it', 'please',
    'regards', 'greetings', 'everyone',
  ]),
  nameBeforeCompany: new Set(['from']),
};
