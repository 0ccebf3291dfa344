import type { NoBlamePack } from '../../rules/no-blame';
import { phrases } from '../../text/pattern';
import { CHILD_SENT_OUT } from './patience';

export const noBlame: NoBlamePack = {
  blame: phrases(
    "you should|could|shouldn't|shouldnt have|of",
    "you should've|could've|shouldn't've|shouldve|couldve",
    'you ought to have',
    // Adjacent: "the kitchen lost your order, totally our fault" admits the fault.
    'your_fault|mistake|responsibility',
    'your own fault|mistake|responsibility',
    'you are|were to_blame',
    "you're|youre to_blame",
    'you did|ordered|booked|requested|asked|agreed it|this|that yourself',
    'you yourself ordered|booked|requested|asked|agreed|said|confirmed',
    // Reminders that shift the blame: "you were informed", "we told you".
    'you were told|informed|warned|notified|advised|aware',
    "you've_been told|informed|warned|notified|advised",
    'you_have_been told|informed|warned|notified|advised',
    'we informed|told|warned|notified|advised you',
    'we did|had inform|tell|warn|notify|informed|told|warned|notified you',
    // "We did let you know in advance": a reminder that the customer was told.
    'we did|had let you know',
    "we'd|wed let|told|informed|warned you",
    'we let you know in_advance|beforehand|earlier|already',
    // Advice to parents in general lands on this one: "when you come with kids you should expect a wait".
    'with kids|children|child|baby|toddler you|one|parents|families should|must|need|have|ought expect|plan|allow|accept',
    'you|one|parents|families should|must|need|have|ought expect|accept a|some|the wait|waiting|delays|delay',
    'you|one|parents|families should|must|need|have|ought expect|accept wait|waiting|delays|delay',
    'you|one|parents|families should|must|need|have|ought expect|accept to_wait',
    'you knew',
    'you failed to',
    // Not "order": "since you didn't order it, I'm taking it off" takes the customer's side.
    "you didn't|didnt|never read|check|tell|inform|call|mention|specify|notice|let|leave|give|provide|answer|open|clear|tidy|say|explain|describe|write|include",
    'you did not read|check|tell|inform|call|mention|specify|notice|let|leave|give|provide|answer|open|clear|tidy|say|explain|describe|write|include',
    // The customer absent: "nobody answered the door", "you weren't home".
    'nobody|noone answered|opened the_door',
    'no_one answered|opened the_door',
    'nobody|noone was|were home',
    'nobody|noone was|were at_home',
    'no_one was|were home',
    'no_one was|were at_home',
    "you weren't|werent home|there",
    "you weren't|werent at_home",
    'you were_not home|there',
    'you were_not at_home',
    'no answer at_the door',
    // The customer's own memory or knowledge as the problem: "if you can't even remember…".
    "you don't|dont|can't|cant|cannot|didn't|didnt even remember|know|recall|understand",
    "yourself don't|dont|can't|cant|cannot|didn't|didnt remember|know|recall",
    'you forgot',
    "if you'd|had told|called|read|mentioned|informed|checked|contacted|let|specified|asked|noticed|said|booked|ordered|chosen|cleared|tidied|left|been",
    'had you told|called|read|mentioned|informed|checked|contacted|let|specified|asked|noticed|booked|ordered|chosen|cleared|tidied',
    // Instructions for next time put the failure on the customer: "next time, please clear the surfaces".
    // Adjacent: farther apart, the sentence-level advice below decides, and "next time you book, please use the code
    // for 20% off" is an offer.
    'next_time_please',
    'next_time_be|tell|check|write|call|read|say|specify|remember|let|ask',
    'write|note things|everything down',
    // Putting the problem on the customer's side: "perhaps the problem is your expectations", "perhaps you should check your phone".
    'perhaps|maybe the problem|issue is|was|lies you|your',
    'perhaps|maybe you should',
    "which|that you did_not|didn't|didnt do",
    'next_time_make_sure',
    'in_future please',
    'in_future_make_sure',
    'book|order|read|clear|tidy|specify|choose|mention one|it|them|the|a|longer next_time',
    'you need|have|must understand|realise|realize|remember|accept',
    "you're|youre exaggerating|overreacting|wrong|mistaken|incorrect|unreasonable",
    'you are exaggerating|overreacting|wrong|mistaken|incorrect|unreasonable',
    // The complaint or the demand dismissed: "your complaint is unfounded", "that's an unreasonable demand".
    'complaint|claim|claims|accusation|accusations|criticism|demand|demands|expectations is|are|was|seems|seem unfounded|groundless|baseless|unjustified|unwarranted|unreasonable|excessive',
    'unfounded|groundless|baseless|unreasonable|excessive|outrageous complaint|claim|claims|accusation|accusations|demand|demands|request|expectations',
    'asking too_much|a_lot',
    'asking|expecting|wanting a bit|little much',
    'asking|expecting|wanting rather|quite much',
    'bit|little much to ask|expect',
    'you want|expect|demand|ask too_much',
    'you expect|demand a_lot',
    "that's|thats|it's|its a_lot|too_much to ask",
    'you misunderstood|misread|misremember',
    'exaggerating|overreacting',
    'you should be grateful|thankful|happy',
    'you cannot|cant expect',
    "you can't expect",
    'you did order|book|request|agree|sign|ask',
    'you must|probably|obviously|clearly forgotten|forgot|misremembered',
    'invoice|charge|bill|amount is|remains correct|valid|right|accurate|due|legitimate|justified',
    'the charge|invoice|bill stands|remains|stays',
    'valid|legitimate|justified|correct|proper charge|fee|payment',
    'charged|billed|invoiced correctly|rightly|properly|legitimately',
    'correctly|rightly|properly charged|billed|invoiced',
    'disturbing|bothering|annoying|upsetting the|other|everyone|everybody',
    'other tables|guests|customers|people|diners waiting',
    'other guests|customers|diners|people|tables want|wanted|trying|complain*|disturbed|bothered|eating',
    'everyone|everybody is|has waiting',
    'not the only one|ones',
    'not just you',
    'how are|were we supposed_to know',
    'how should|would|could we know|known',
    'customers are very|extremely|generally|usually satisfied|happy',
    'customers are satisfied|happy',
    'hundreds|thousands|many|most|other|plenty satisfied|happy customers|clients',
    'our standard|standards|quality|service is|are high|excellent|top',
    // Minimising the wait or the problem: "half an hour isn't long".
    "isn't|isnt|wasn't|wasnt that|so|a|very long",
    "isn't|isnt|wasn't|wasnt_long",
    'is_not that|so|a|very long',
    'was_not that|so|a|very long',
    "it's|its|that's|thats not that|so|a|very long",
    // The website defended: "the website is correct", "the website doesn't promise the lift never breaks".
    'website|site is|was correct|accurate|right|true',
    "website|site doesn't|doesnt|didn't|didnt|never say|promise|claim|state|guarantee",
    'website|site does_not say|promise|claim|state|guarantee',
    'website|site did_not say|promise|claim|state|guarantee',
    // "You must have missed our SMS", "you've probably just forgotten": telling the customer what they did. Acts only,
    // never feelings: "you must have been so embarrassed" is empathy.
    'you must_have|of missed|ordered|booked|requested|received|got|seen|read|forgotten|misread|misheard|misunderstood|overlooked|deleted|ignored|confused|mixed|agreed|called|asked',
    "you must've|mustve missed|ordered|booked|requested|received|got|seen|read|forgotten|misread|misheard|misunderstood|overlooked|deleted|ignored|confused|mixed|agreed|called|asked",
    "you|you've|youve probably|likely|obviously|clearly missed|forgot|forgotten|overlooked|misread|misheard|misunderstood|confused|deleted|ignored|ordered|booked|received|got",
    // Not "just" with "received": "you've just received a confirmation" is news, not a charge.
    "you|you've|youve simply|just missed|forgot|forgotten|overlooked|misread|misheard|misunderstood|confused|ignored",
    'you_have probably|likely|obviously|clearly|simply|just missed|forgotten|overlooked|misread|misheard|misunderstood|confused|deleted|ignored',
    "you've|youve forgotten|misunderstood|misread|misheard|confused",
    'you_have forgotten|misunderstood|misread|misheard|confused',
    "i'm|im|we're|were sure|certain you received|got|saw|read|ordered|booked|knew|agreed|forgot",
    'i|we am|are sure|certain you received|got|saw|read|ordered|booked|knew|agreed|forgot',
    // The customer kept the facts from us: "you haven't told us what the problem is".
    "you haven't|havent|hadn't|hadnt told|mentioned|specified|given|provided|said|explained|described|written|included|sent",
    'you have|had not told|mentioned|specified|given|provided|said|explained|described|written|included|sent',
    // "Actually, the website says…": correcting the customer with what our own information says.
    // Not "clearly says": "our website clearly says it is accessible" takes the customer's side.
    'website|site|page|description|listing|terms actually|only|specifically says|said|states|stated|promises|promised|mentions|mentioned|claims',
    'website|site|page|description|listing|terms in_fact says|said|states|stated|promises|promised|mentions|mentioned|claims',
    'actually the|our website|site|page|description|listing|terms says|said|states|stated|promises|promised|mentions|mentioned',
    'in_fact the|our website|site|page|description|listing|terms says|said|states|stated|promises|promised|mentions|mentioned',
    'website|site|page|description|listing|terms says|said|states|stated|promises|promised|mentions|mentioned only|actually|just|mostly|most',
    // Other customers as the standard the customer fell short of: "guests usually let us know in advance".
    // Customers named: "the cleaners usually let us know in advance" is our staff.
    'guests|customers|clients|people|others|visitors|users|families|parents|most usually|normally|always|generally|typically let|tell|inform|notify|contact|warn|call',
    // The wait or the failure called normal: "half an hour isn't unusual here", "waiting is normal at lunchtime".
    "hour|hours|minutes|wait|waiting|waits isn't|isnt|wasn't|wasnt unusual|uncommon|abnormal|excessive",
    'hour|hours|minutes|wait|waiting|waits is|was not unusual|uncommon|abnormal|excessive',
    'hour|hours|minutes|wait|waiting|waits is|are|was perfectly|quite|completely|totally|pretty normal|usual|expected|standard|unavoidable|inevitable',
    'hour|hours|minutes|wait|waiting|waits is|are|was normal|usual|expected|standard|unavoidable|inevitable|nothing',
    'normal|usual|common|standard|expected to_wait',
    'normal|usual|common|standard|expected to_have_to_wait',
    // Not "you": "it's lunchtime and I'm sorry you have to wait" apologises.
    'lunchtime|lunch|weekend|weekends|peak everyone|people|guests|customers|one has|have|must|need|needs wait',
    // The state blamed on the customer after the visit: "the mess must have been made after she left".
    'made|created|caused|appeared after she|he|they|our|the left|finished',
    // Other tables, not this one: "you're not the only table here".
    'not the_only table|tables|customer|customers|guest|guests|client|clients|family|families|diner|diners|caller|callers',
    'everyone|everybody|others here waits|wait|waiting',
    // The charge concluded correct from the record: "it's in the system, so it must be correct".
    'so|therefore|then it|that|this must be correct|right|valid|accurate|legitimate',
    "we don't|dont|not accept|agree",
    "i don't|dont|not agree",
    'we disagree|reject',
    'write properly|clearly|normally',
    // A chance the customer is told they missed: "you had every chance to check the work".
    'you|you\'ve|youve had every|plenty|ample chance|chances|opportunity|time',
    'you|you\'ve|youve had the|a chance|opportunity to check|inspect|look|tell|call|say|report|complain|mention|raise',
    // The customer's volume blamed: "because you're talking so loudly".
    'you are|were|keep talking|speaking|shouting so|too|very loud|loudly', "you're|youre talking|speaking|shouting so|too|very loud|loudly",
    // Pride set against the complaint: "this is our standard and we are proud of it".
    'proud_of_it|that', 'this|that is our standard|level and',
  ),
  reproaches: phrases(
    "why didn't|didnt you",
    'why did you not',
    'what did|do|else you expect',
    'not sure what you expected|expect',
    'what were you expecting',
    "didn't|didnt you read|know|see|notice|hear|understand",
    "don't|dont you read|know|understand",
    'are you sure|certain',
    'did really not',
    // Adjacent: "she really didn't come?", not "really sorry our cleaner didn't show up".
    "really_didn't|didnt",
    // Asking the parent to quiet the child, however politely: "could you keep him quiet?".
    'keep|get|make him|her|them|the|your|child|kid|baby|son|daughter quiet|quieter',
    'keep|get the|that noise down',
    'quiet|hush|shush him|her|them|the|your down',
    'could|can|would you at_least',
    // Asking the parent to take the child out, or calling it loud (the phrases patience reads too).
    ...CHILD_SENT_OUT,
    // The customer's message called a threat or blackmail.
    'blackmail*', 'threat', 'threats', 'threaten*', 'extort*',
    // Sarcastic retorts: "What do you want me to do, cook it myself?".
    'what do|did you want|expect me|us to do', 'cook|make|bake|clean it|them|this myself|ourselves',
    // Rules for the child aimed at the parent: "children should stay at the table".
    'child|children|kid|kids|son|daughter|toddler should|must|need|needs|have|has stay|sit|be|remain at table',
    'child|children|kid|kids|son|daughter|toddler should|must|need|needs|have|has stay|sit|be|remain seated|quiet|quieter|still',
  ),
  denials: phrases(
    "that's|thats|it's|its|this|that|is not true",
    "isn't|isnt true",
    'untrue',
    'that is|was false|incorrect|inaccurate',
    "that's|thats false|incorrect|inaccurate",
    "that's|thats|that|this|it not what|how happened",
    'not the case',
    "not our|company's fault|problem|responsibility|mistake",
    'not the company fault|problem|responsibility|mistake',
    "we are|we're|were not responsible|liable|accountable",
    "we aren't|arent responsible|liable|accountable",
    "we are|we're|were not to_blame",
    "we are|we're|were not at_fault",
    "we aren't|arent to_blame",
    "we aren't|arent at_fault",
    'we cannot|cant be held responsible',
    'we can_not be held responsible',
    "don't|dont|not blame us|me",
    'nothing to_do with us|me',
    'not up to me|us',
    'out of my|our hands',
    'not in my|our hands',
    // Disbelief in the customer's account: "I find that hard to believe".
    // Not "hard to believe us": that acknowledges the customer's doubt in us.
    'hard|difficult to_believe_that|this|it|you|your',
    'find that|this|it hard|difficult_to_believe',
    // Doubt about what our staff did, not modesty ("I doubt this makes up for it").
    'i|we doubt our|she|he',
    'i|we doubt that_our|she|he',
    // Our record set against the complaint: "we have had no other complaints about her".
    'no|few other complaints|complaint',
    'very_few complaints', 'hardly_any complaints', 'barely_any complaints',
    'never had|received|get|gets a|any complaint|complaints',
    // Doubt about what happened, not modesty about a remedy ("I doubt this makes up for it").
    'i|we doubt that the|she|he|they|anyone|anybody',
    'i|we doubt that_it|this|that_was|happened',
    'i|we doubt the|she|he|they|anyone|anybody cleaner|trainee|staff|waiter|team|was|were|would|did|really|actually',
    'i|we seriously|really doubt',
    'i|we very_much doubt',
    "i|we don't|dont believe that_she|he|our|the|anyone|anybody",
    "i|we don't|dont believe she|he|our|anyone|anybody",
    'i|we do_not believe that_she|he|our|the|anyone|anybody',
    'i|we do_not believe she|he|our|anyone|anybody',
    // "We can't perform miracles": the failure argued away.
    'perform|work|do|expect miracles|magic',
    'miracle workers|worker',
    "we're|were not magicians|wizards",
    'we_are not magicians|wizards',
    // Refusing to give in to the customer's "threat": "we won't be blackmailed".
    "won't|wont|not be|being blackmailed|threatened|pressured|bullied",
    "don't|dont|not|won't|wont give|bow in|to threats|blackmail|pressure",
    // "We can't read minds": sarcasm that carries its own negation.
    'read minds',
    // The customer's message called incomprehensible: "your message makes no sense".
    'your message|letter|email|e-mail|complaint|note|text makes|made no sense',
    "your message|letter|email|e-mail|complaint|note|text doesn't|doesnt|didn't|didnt make sense",
    'your message|letter|email|e-mail|complaint|note|text does|did not make sense',
    'your message|letter|email|e-mail|complaint|note|text is|was unclear|incomprehensible|confusing|unreadable|illegible|impossible|hard|difficult',
    'read_your_mind',
    'mind readers|reader|reading',
    'mind-readers|mind-reader|mind-reading',
    // Our side's word set against the customer's: "the cleaner says otherwise".
    'says|said|claims|claimed|reports|reported|insists|insisted|states|stated otherwise|differently|opposite',
    'tells|told|gives|gave a|quite|completely different story|version|account',
    // Disbelief in the customer's own account: "I don't believe you waited that long".
    "i|we don't|dont believe you", "i|we don't|dont believe that_you", 'i|we do_not believe you', 'i|we do_not believe that_you',
    // Arguing with the customer's volume, which carries its own negation: "shouting won't make the food come faster".
    "shouting|yelling|screaming won't|wont|doesn't|doesnt|not make|help|speed|change|bring",
    // Our record set against the complaint, whatever follows it: "our customers are happy, and one line changes nothing".
    'our customers|clients|guests are|have_been happy|satisfied|pleased|content',
  ),
  innocence: phrases(
    'did|done nothing wrong',
    'did|done|completed|carried everything|all right|correctly|properly|as|according',
    'did everything by_the_book',
    'everything was|were done|completed correctly|properly|right|as|according',
    'all the_work was|were done|completed|carried correctly|properly|right|as|according',
    'did|done exactly what|as',
    'followed the|our|all standard|checklist|procedure|procedures|instructions|protocol|list',
    'did|done her|his|their job|work properly|correctly|well|perfectly|as',
  ),
  notBlame: phrases(
    // The company's failure: "you shouldn't have to ask", "you shouldn't have had to wait".
    "you shouldn't|shouldnt have_to|had",
    // Kindness: "you shouldn't have needed any [patience]".
    "you shouldn't|shouldnt have needed",
    "you shouldn't|shouldnt have_been_made",
    'you should_not have needed',
    // A corrected invoice: "the corrected invoice is correct now".
    'corrected|new|amended|revised|updated invoice|bill|charge',
    // A condition about our own telling: "if we had let you know earlier…".
    'if|unless we had|did|told|let|informed',
    'you should_not have_to|had',
    // A duty we missed: "we should have told you".
    'we|i should|could|ought have|to informed|told|warned|notified|advised|let',
    "we|i should've|shouldve informed|told|warned|notified|advised",
    // A condition, not an accusation: "if you didn't order it, I'll take it off".
    "if|unless|whether you didn't|didnt|never|weren't|werent|forgot",
    'if|unless|whether you did_not',
    'if|unless|whether you were_not',
    // A check of our own: "I'll make sure the corrected invoice is correct".
    'sure|ensure|ensuring|check|checking|verify|confirm|whether invoice|charge|bill|amount',
    'sure|ensure|ensuring|check|checking|verify|confirm|whether|if everything|all',
    // Admitting the failure is shared: "you're not the only customer who has complained".
    'only one|ones|customer|customers|client|clients|guest|guests|family who|that has|have|had|complained|experienced|reported|raised',
    // A condition about forgetting: "if you've forgotten your customer number, I can look it up".
    "if|unless|whether you've|youve forgotten",
    // An invitation, not a reproach: "if anything goes wrong next time, please let us know".
    'please let|tell|contact|call|ring|email us|me',
    // Our promise, not advice: "next time you should get a text from us".
    'you should|will|would receive|get|hear',
    'if|unless|whether you_have forgotten',
    "you should|could|shouldn't|shouldnt have|of been|received|got|gotten|heard|had",
    "you should've|could've been|received|got|gotten|heard|had",
    "you should|could|shouldn't|shouldnt have_a|an|the|your|any|our|one|it|this",
    "you should've|could've_a|an|the|your|any|our|one|it|this",
  ),
  refusedThanks: phrases(
    "can't|cannot|cant say we|i appreciate|thank",
    "can't|cannot|cant say we|i are|am grateful",
    "won't|wont|not thank*",
    "don't|dont|not|won't appreciate|thank",
  ),
  patienceWords: phrases('patience', 'patient', 'wait', 'waiting', 'waited'),
  priorTime: phrases(
    'before she|he|we|they|cleaner|our started|began|arrived|got|came',
    'before the|our cleaning|visit|clean|cleaner',
    'even|already before the|she|he|we|our|they|cleaning|cleaner',
  ),
  poorState: phrases('terrible|awful|bad|dreadful|filthy|appalling|shocking state|condition|mess', 'mess', 'messy', 'filthy', 'dirty', 'chaos', 'cluttered', 'untidy'),
  clutter: phrases('clutter', 'cluttered', 'so_much|many stuff|things|belongings|items', 'stuff|things|belongings everywhere', 'stuff|things|belongings lying_around', 'too much|many stuff|things|belongings'),
  inability: phrases(
    "couldn't|cannot|can't|wasn't|unable|impossible",
    'could_not',
    'was_not',
    'not_everything|all could|was',
    'so not',
    'therefore|consequently',
    "didn't|didnt manage",
    'did_not manage',
  ),
  auxiliaries: new Set(['have', 'of', "should've", "could've"]),
  concessions: phrases(
    "doesn't|doesnt|cannot|can't|cant|didn't|didnt|not justify|excuse|mean",
    'is|was no excuse|justification',
    'no excuse for',
    'nevertheless',
    'regardless',
  ),
  nextTime: phrases('next_time', 'in_future', 'in_the_future', 'from_now_on', 'going_forward'),
  // Advice to the customer, not our own resolve: no "make sure" or "try to", which we promise as often as we advise.
  advice: phrases(
    'please check|read|make|order|book|choose|pick|clear|tidy|write|remember|specify|note|plan|consider|try|keep|look|pay|allow|arrive|come|ask',
    'maybe|perhaps check|read|order|book|choose|pick|clear|tidy|write|remember|specify|note|plan|consider|try|keep|look|pay|ask|go|get',
    'you should|ought|must',
    'you might|may want|wish|consider|prefer',
    "you'd|youd better|best",
    'you_had better|best',
    "it's|its|is|be best|better|wise|advisable to",
    'i|we would suggest|recommend|advise|encourage',
    "i'd|we'd suggest|recommend|advise|encourage",
    'i|we suggest|recommend|advise|encourage',
  ),
  // An offer about next time is a remedy, not advice: "next time you book, please use the code for 50% off".
  offers: phrases('percent', 'discount', 'off', 'free', 'complimentary', 'voucher', 'code', 'rebate'),
  records: phrases('system|systems|records|record|log|logs|invoice|bill|account|database', 'it_says_here'),
  conclusions: phrases(
    'so|therefore|thus|meaning you ordered|booked|requested|added|agreed',
    'which_means you ordered|booked|requested|added|agreed',
    'so|therefore|thus|meaning it_was you',
  ),
  impersonal: phrases(
    'one could|should|might have|of',
    'could|should have|of thought of|about that|this|it before|beforehand|first',
    'could|should have|of checked|read|asked first|beforehand|before',
    'could|should have|of checked|read|asked in_advance',
  ),
  // Our side, or someone the customer is not: "the cleaner could have checked first" is our failure.
  ourSide: new Set(['we', 'i', "we'd", "i'd", 'she', 'he', 'they', 'cleaner', 'trainee', 'staff', 'team', 'kitchen', 'waiter', 'someone', 'somebody', 'nobody', 'company', 'hotel']),
};
