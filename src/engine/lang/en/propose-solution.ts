import type { ProposeSolutionPack } from '../../rules/propose-solution';
import { phrases } from '../../text/pattern';

export const proposeSolution: ProposeSolutionPack = {
  remedies: phrases(
    // A re-clean.
    're-clean*', 'reclean*', 'clean|cleaning|redo|re-do|repeat again', 'another|new|free|second|complimentary|repeat|follow-up|extra cleaning|clean|visit',
    'send|sending|arrange|book another|new|experienced|different|senior|professional cleaner|cleaners|team|professional',
    'send|sending|get|bring cleaner|cleaners|team|someone|somebody back|again|round|over',
    'our_best cleaner|cleaners|team', 'experienced|senior|different|another cleaner will|can|is', 'come back clean|finish|fix',
    'fix|correct|rectify mistakes|missed|areas|everything', 'put_right', 'put|putting it|this|things|everything|matters right',
    'redo|re-do the|it|everything|job|cleaning|work', 'cleaner|cleaners|team|someone|somebody will|can|could come back|round|over|again',
    // Money.
    'discount*', '#num off', 'refund*', 'reimburs*', 'money back', 'compensat*', 'credit_note', 'store_credit', 'credit account',
    'voucher*', 'gift card|voucher|certificate', 'free_of_charge', 'for_free', 'complimentary', 'on_the_house', 'waive*',
    'price reduction', 'reduce|reduced price|bill|invoice|fee', 'free next|dessert|meal|cleaning|night|parking|drink|upgrade|visit',
    // The invoice.
    'cancel|cancelling|cancelled|canceling|canceled|void|withdraw invoice|bill|charge|fee|payment',
    'invoice|bill|charge|fee cancelled|canceled|voided|withdrawn|removed|deleted|corrected|waived',
    'corrected|new|amended|revised|updated|adjusted invoice|bill', 'remove|removing|take|taking|delete|deduct|deducting charge|fee|item|line|window|euro|euros|eur|amount|sum|#num',
    'off the|your invoice|bill|account', 'take|taking|taken|took off',
    // The charge named by a pronoun ("If it wasn't you, I can remove it") or put in the passive ("will be cancelled").
    'remove|removing|delete|deleting|cancel|cancelling|canceling|waive|waiving|deduct|deducting|void|voiding it|that|this',
    'will|shall|would|can be cancelled|canceled|voided|waived|credited|refunded|removed|withdrawn|corrected',
    // "Your whole meal's free tonight", "tonight's meal is on us".
    "meal|meals|food|dinner|lunch|dessert|drinks|stay|bill|order|cleaning|cleanings|clean|visit|visits|night|parking|minibar is|are|will free|complimentary", "meal|meals|food|dinner|lunch|dessert|drinks|stay|bill|order is|are on_us", "meal|meals|food|dinner|lunch|dessert|drinks|stay|bill|order is|are on_the_house",
    "meal's|food's|stay's|bill's|dessert's free", "meal's|food's|stay's|bill's|dessert's on_us", "meal's|food's|stay's|bill's|dessert's on_the_house", 'half_price', 'half-price', 'send|sending someone|somebody|team|cleaner to fix|clean|finish|redo|sort',
    // A new time.
    'new|another|convenient|suitable|different time|date|slot|appointment|booking', 'reschedul*', 'rebook*', 'book new|another', 'book|booking you in|for',
    // The restaurant.
    'bring|bringing|get|fetch bread|crayons|drink|drinks|snack|snacks|dessert|food|juice|meal|something|colouring|coloring',
    'crayons', 'colouring|coloring book|books|pencils|sheet', "children's|kids|kid's|child's meal|menu|portion", 'dessert*',
    // The lost order placed again: "I'll put it through again", "the kitchen will make it first".
    'put|putting|place|placing|send|sending|enter|entering|get|getting order|it|that|this through|in|again', 're-order*', 'reorder*', 're-place|replace the|your order',
    'cook|prepare|remake|make order|food|meal|dish|it again|first|fresh|straight|immediately',
    'priority|prioritise|prioritize', 'first_in_line', 'top_of_the list|queue', 'front_of_the queue|line', 'rush order|food', 'speed_up order|food|kitchen', 'hurry_up order|food|kitchen',
    // The hotel.
    'room #num', 'move|moving|transfer|relocate room|ground|floor', 'another|different|ground-floor room', 'ground_floor room',
    'upgrade*', 'minibar', 'parking', 'technician*', 'engineer', 'repairman', 'ramp', 'carry|help luggage|bags|suitcase',
    'carry|lift|help the|your wheelchair|chair', 'carry|help you up|upstairs',
  ),
  negativeRemedies: phrases(
    "won't|wont be charged|invoiced|billed", 'will_not be charged|invoiced|billed', 'not be charged|invoiced|billed',
    "don't|dont|won't|wont have|need to pay", 'do_not have|need to pay', 'will_not have|need to pay', 'no_need to pay',
    "won't|wont|not charge|invoice|bill you", 'nothing to pay',
    // "Today's invoice will not be issued", "we won't send you an invoice".
    'invoice|bill|charge not|never be|get issued|sent|raised|charged|applied', "invoice|bill|charge won't|wont be|get issued|sent|raised|charged|applied",
    "not|won't|wont|never send|issue|raise invoice|bill", "no_charge|invoice|bill for today|today's|this|the",
    'there_will_be no invoice|bill|charge', "there'll_be no invoice|bill|charge",
  ),
  refusalPhrases: phrases('more_than offer|give|promise|allowed|do', 'beyond what|our|my', 'too_much', 'out_of_the_question'),
  refusals: new Set(['unable', 'impossible', 'refuse', 'decline', 'joke', 'ridiculous', 'absurd', 'unreasonable']),
  waitingFor: new Set(['until', 'till', 'before', 'while']),
  waitsFor: new Set(['wait', 'waiting', 'await', 'awaiting', 'waited']),
  habitual: new Set(['usually', 'normally', 'generally', 'typically', 'ordinarily']),
  tentative: phrases(
    'see what|whether|if', 'look into|at whether|if', 'find out whether|if', 'check whether|if', 'consider|considering',
    // What the customer should have done: "if you had ordered from the kids' menu".
    "you had|hadn't ordered|chosen|picked|booked|asked",
  ),
  otherSubjects: new Set(['you', 'also', 'plus', 'additionally']),
  reported: phrases(
    'you want|wanted|requested|request|asked|ask|demanded|demand|suggested|suggest|mentioned|expect|expected|wish',
    'you would like', "you'd like", 'your request|demand|wish|suggestion|expectation|proposal', 'asking|ask for',
  ),
};
