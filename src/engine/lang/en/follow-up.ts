import type { FollowUpPack } from '../../rules/follow-up';
import { PhraseSet } from '../../text/pattern';

// What a check afterwards looks for: the customer satisfied, everything in order, the invoice arrived.
const SATISFIED = 'satisfied|happy|ok|okay|fine|resolved|sorted|expectations|liking|satisfaction|arrived|reached|received|alright|suits|suit';
// "Right" and "well" only after a check's "that/whether/if": "make sure our cleaners are trained well" is no check.
const CHECKED = `${SATISFIED}|right|well|works|work`;
// A step done: confirming it afterwards is a follow-up, "making sure" it happens is only doing it.
const DONE = `${SATISFIED}|fixed|corrected|cancelled|canceled|removed|completed|finished|repaired|issued`;
// A past or perfect form that makes "done" a step already taken: "make sure that everything was done properly", not
// "make sure it is done today" (which is doing it).
const WAS = 'was|were|has|have|had|got|been';
const DONE_AFTER_WAS = `done|${DONE}|carried|sorted|working|delivered`;

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
      'come|pop|be|stop back check|see|ask', 'come|pop|stop by check|see|ask', 'come|pop|stop|drop by|round|back make_sure',
      `confirm|confirmation|confirming|notify|notifying|inform|informing|update|updating once|when|that|after ${DONE}|sent|arranged|ready`,
      // "I'll check on Monday myself that it has arrived", "make sure that everything was done properly".
      // A step's participle needs its "has been", "was": "check if the lift can be fixed" is checking now.
      `check|checking|confirm|confirming|verify that|whether|if ${CHECKED}`,
      // "I'll pop by in an hour to see if everything's alright", "call you to ask whether you're happy".
      `see|ask|asking if|whether ${CHECKED}`, "see|ask|asking if|whether everything's|everythings|all's|alls", `make_sure that|whether|if ${SATISFIED}`, `ensure that|whether|if ${SATISFIED}`,
      `check|checking|confirm|verify|ensure ${WAS} ${DONE_AFTER_WAS}`, `make_sure ${WAS} ${DONE_AFTER_WAS}`,
      // The step first, the promise after: "Once the technician has fixed the lift, I'll let you know."
      `once|when|after ${DONE}|done let|call|phone|ring|inform|confirm|update|notify|contact|check|email|text`,
      'keep_an_eye on|out', 'keep_a_close_eye on',
      // A call or visit later that asks: "this evening I'll call you to ask whether everything is all right".
      'call|phone|ring|email|text|contact you|back ask|check|see|hear|find whether|if|how',
      `confirm|confirmation|notify|inform|update as_soon_as ${DONE}|sent|arranged|ready`,
      `let_you_know once|when|that|after ${DONE}|sent|arranged|ready`, `let_you_know as_soon_as ${DONE}|sent|arranged|ready`,
      'check with you after|afterwards|once|later|again', 'check|checking back|in with you',
      // "I'll personally make sure the lift works" is doing it, not checking it afterwards: no "personally make sure".
      'personally check|oversee|supervise|inspect|monitor', 'quality check|inspection', 'inspect the work|cleaning|room',
    ],
    5,
  ),
  exclusions: new PhraseSet(['follow-up cleaning|clean|visit|service|appointment|session']),
};
