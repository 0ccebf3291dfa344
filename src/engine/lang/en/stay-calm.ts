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
  ),
  // Praise ("well done!") is left out: said to a child it is sincere wherever it stands.
  sarcasmAlone: phrases('congratulations', 'congrats', 'good_for_you'),
  sarcasticTag: phrases('thank_you very_much', 'thanks very_much'),
  hostility: phrases(
    'leave|write|post whatever review|reviews|feedback|comment|comments', "that's|thats not how it works", 'that|this is not how it works', 'dream on', 'keep dreaming',
    'not my|our problem|concern|issue', "don't|dont care", 'do_not care', 'go elsewhere', 'go somewhere_else', 'take your business elsewhere|somewhere',
    "if you don't|dont like it", 'if you do_not like it', 'shut up', 'leave me|us alone', 'stop complaining|whining|moaning|nagging', 'whining|whine|moaning|nagging',
    'deal with it', 'take_it_or_leave_it', 'customers like you', 'people like you', 'go ahead and leave|write|post',
    'get over it', 'not our job', 'what do|did you expect us to', 'how are|were we supposed_to know', "don't|dont know what you want|mean|expect",
    'no idea what you', 'one-line|oneline email|message|complaint', 'one_line email|message|complaint',
    'what did|do|else you expect', 'not sure what you expected|expect', 'what were you expecting',
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
};
