import type { GreetAndClosePack } from '../../rules/greet-and-close';
import { phrases } from '../../text/pattern';

export const greetAndClose: GreetAndClosePack = {
  greetings: phrases('hello', 'hi', 'hey', 'dear', 'good_morning|afternoon|evening|day', 'greetings'),
  greetingsBeforeName: phrases('ms|mrs|mr|miss'),
  closings: phrases(
    'kind|best|warm|warmest|kindest|many regards', 'regards', 'sincerely', 'yours_sincerely|faithfully|truly', 'best|warm|warmest|kind|kindest_wishes', 'all_the_best',
    'have|wish a nice|good|great|lovely|pleasant day|evening|weekend', 'goodbye', 'bye', 'take_care', 'with_best|kind wishes|regards', 'cheers',
    'speak|talk to_you soon|later', 'respectfully',
  ),
  lineClosings: phrases('best', 'thanks', 'thank_you', 'many_thanks', 'lots_of_love', 'love', 'warmly', 'yours', 'all_best'),
  introductions: phrases('my_name_is', "i'm from", 'i_am from', 'this_is from|speaking', "you're|youre speaking|talking with|to", 'you_are speaking|talking with|to'),
};
