import type { FollowUpPack } from '../../rules/follow-up';
import { PhraseSet } from '../../text/pattern';

// What a check afterwards looks for: the customer satisfied, everything in order, the invoice arrived.
const SATISFIED = 'satisfied|happy|ok|okay|fine|resolved|sorted|expectations|liking|satisfaction|arrived|reached|received';
// A step done: confirming it afterwards is a follow-up, "making sure" it happens is only doing it.
const DONE = `${SATISFIED}|fixed|corrected|cancelled|canceled|removed|completed|finished|repaired|issued`;

export const followUp: FollowUpPack = {
  promises: new PhraseSet(
    [
      'follow_up with|on|afterwards|after|personally|once|to|by', "will|i'll|we'll|personally|shall follow_up", "will|i'll|we'll|personally|shall follow-up",
      'follow-up call|email|check|message', 'check_back', 'check_in with|on|afterwards|after', 'checking_in', 'check_on you',
      `check|checking|confirm|verify ${DONE}`, `make_sure ${SATISFIED}`, `ensure ${SATISFIED}`, 'check|checking|ensure|confirm|verify in_order',
      'make_sure in_order', 'make_sure everything|all|things is|are as', 'check|checking|see how you|everything|things are|is|going|getting',
      'make_sure how you|everything|things are|is|going|getting',
      'after|afterwards|once|when re-clean|reclean|cleaning|visit|technician|it i|we|i’ll|we’ll|will call|phone|ring|contact|email|check',
      'call|contact|email|ring|phone|message you|back after|afterwards|once|following', 'call|ring|phone you again',
      'touch_base after|afterwards|once|following', 'get_in_touch after|afterwards|once|following', 'be_in_touch after|afterwards|once|following',
      'see|hear|ask how it|everything|things went|goes|going', 'how did_it|everything go',
      'come|pop|be|stop back check|see|ask', 'come|pop|stop by check|see|ask',
      `confirm|confirmation|notify|inform|update once|when|that|after ${DONE}|sent|arranged|ready`,
      `confirm|confirmation|notify|inform|update as_soon_as ${DONE}|sent|arranged|ready`,
      `let_you_know once|when|that|after ${DONE}|sent|arranged|ready`, `let_you_know as_soon_as ${DONE}|sent|arranged|ready`,
      'check with you after|afterwards|once|later|again', 'check|checking back|in with you',
      'personally check|oversee|supervise|inspect|monitor', 'personally make_sure', 'quality check|inspection', 'inspect the work|cleaning|room',
    ],
    5,
  ),
  exclusions: new PhraseSet(['follow-up cleaning|clean|visit|service|appointment|session']),
};
