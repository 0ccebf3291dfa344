import type { StayCalmPack } from '../../rules/stay-calm';
import { phrases } from '../../text/pattern';

export const stayCalm: StayCalmPack = {
  acronyms: new Set([
    'OK', 'SMS', 'ID', 'EUR', 'PS', 'NB', 'VAT', 'IBAN', 'PIN', 'PDF', 'URL', 'WC', 'TV', 'EU', 'UK', 'USA', 'CEO', 'IT', 'FAQ', 'GDPR', 'VIP',
    'QR', 'CV', 'AM', 'PM', 'HR', 'ASAP', 'FYI', 'II', 'III', 'IV', 'LTD', 'PLC', 'LLC', 'OÜ', 'AS', 'ETA', 'RSVP', 'TBC', 'DPD', 'USD', 'GBP',
  ]),
  insults: phrases(
    'idiot*', 'stupid*', 'dumb', 'moron*', 'ridiculous', 'pathetic', 'hysterical', 'silly', 'nonsense', 'crazy', 'insane', 'childish',
    'entitled', 'ignorant', 'laughable', 'clueless', 'drama_queen',
  ),
  sarcasm: phrases(
    'so-called', 'so_called', 'yeah|yea right', 'oh|yeah sure', 'sure because', 'what_a surprise', 'big_surprise',
    'how nice of|for you', 'oh well', 'big_deal', 'cry_me_a_river', 'boo_hoo', 'clearly|obviously you',
    // Thanks for detail the complaint did not give: "thank you for such a detailed description".
    'thanks|thank for such_a detailed|thorough|lengthy|long|extensive|comprehensive|informative',
    'thanks|thank for so_much detail',
    "yes|yeah|well_imagine_that",
  ),
  // Praise ("well done!") is left out: said to a child it is sincere wherever it stands.
  sarcasmAlone: phrases('congratulations', 'congrats', 'good_for_you'),
  sarcasticTag: phrases('thank_you very_much', 'thanks very_much'),
  hostility: phrases(
    'leave|write|post whatever review|reviews|feedback|comment|comments', "that's|thats not how it works", 'that|this is not how it works', 'dream on', 'keep dreaming',
    'not my|our problem|concern|issue', "don't|dont care", 'do_not care', 'go elsewhere', 'go somewhere_else', 'take your business elsewhere|somewhere',
    "if you don't|dont like it", 'if you do_not like it', 'shut up', 'leave me|us alone', 'stop complaining|whining|moaning|nagging', 'whining|whine|moaning|nagging',
    'take_it_or_leave_it', 'customers like you', 'people like you', 'go ahead and leave|write|post',
    'not our job', 'what do|did you expect us to', 'how are|were we supposed_to know', "don't|dont know what you want|mean|expect",
    'no idea what you',
    // A plain "what did you expect?" is a cold reproach, which no-blame judges; "what do you expect US to do" dismisses.
    // Told to put up with it: "you'll just have to live with it".
    "you|you'll|you've just|simply have|need|got to_deal|live_with_it",
    "you'll have to_live_with_it", "you'll have to_accept_it", "you'll have to_get_over_it",
    // Calling the customer's message blackmail, or doubting it is a complaint at all: "if you have an actual complaint".
    'blackmail*', 'extort*',
    'if you have|had an|any actual|genuine complaint|problem|issue|concern',
    'if you have|had a_real complaint|problem|issue',
  ),
  // A friendly "Listen, I'll tell you what…" is common; "Look," and "now listen" are impatient.
  hostileOpeners: phrases('look', 'now_look|listen', 'look_here', 'listen_here', 'right|ok|okay_look'),
  echoLinks: new Set(['when', 'what', 'whenever']),
  calmDown: phrases(
    'calm down|yourself', 'relax', 'take it easy', 'chill', 'cool down|off', "no need|reason to get|be upset|angry|worked|mad|excited|emotional",
    "don't|dont get upset|angry|worked|mad|excited|emotional", 'do_not get upset|angry|worked|mad|excited|emotional', 'stay|keep|remain calm', 'settle down', 'deep breath', 'calm_and',
  ),
  calmDownAlone: phrases('easy', 'easy_now', 'whoa'),
  reassurance: phrases('relax and enjoy', 'take it easy on_the'),
  calmingOthers: phrases(
    'calm|calming|settle|settling him|her|them down',
    'calm|calming|settle|settling the|your child|kid|baby|son|daughter|boy|girl|toddler|little|one|ones',
    "he|she|they|he'll|she'll|they'll|child|kid|baby|son|daughter|boy|girl|toddler|one calm|calms|settle|settles",
  ),
  hostileImperatives: phrases('deal_with_it', 'get_over_it', 'live_with_it', 'tough', 'tough_luck', 'too_bad', 'so_be_it'),
  imperativeLead: new Set(['just', 'so', 'then', 'well', 'now', 'please', 'simply', 'and', 'or', 'oh']),
  sarcasticHedges: phrases('i_guess', 'i_suppose', 'or_whatever', 'i_reckon'),
  threats: phrases('threat', 'threats', 'threaten*', 'blackmail*', 'ultimatum*'),
  brevityMocked: phrases('one-line|oneline|one-sentence|two-line email|message|complaint|note', 'one_line|sentence email|message|complaint|note'),
  futile: phrases(
    "won't|wont|not get you",
    'get|gets you nowhere|anywhere|anything',
    "won't|wont|not work|help",
    "won't|wont|not change_anything",
    'lead|leads nowhere',
    'get|gets nowhere',
  ),
};
