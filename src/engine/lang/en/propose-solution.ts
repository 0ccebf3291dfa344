import type { ProposeSolutionPack } from '../../rules/propose-solution';
import { phrases } from '../../text/pattern';

export const proposeSolution: ProposeSolutionPack = {
  remedies: phrases(
    // A re-clean.
    're-clean*', 'reclean*', 'clean|cleaning|redo|re-do|repeat again', 'another|new|free|second|complimentary|repeat|follow-up|extra cleaning|clean|visit',
    'send|sending|arrange|book another|new|experienced|different|senior|professional cleaner|cleaners|team|professional',
    'our_best cleaner|cleaners|team', 'experienced|senior|different|another cleaner will|can|is', 'come back clean|finish|fix',
    'fix|correct|rectify mistakes|missed|areas|everything', 'put_right',
    // Money.
    'discount*', '#num off', 'refund*', 'reimburs*', 'money back', 'compensat*', 'credit_note', 'store_credit', 'credit account',
    'voucher*', 'gift card|voucher|certificate', 'free_of_charge', 'for_free', 'complimentary', 'on_the_house', 'waive*',
    'price reduction', 'reduce|reduced price|bill|invoice|fee', 'free next|dessert|meal|cleaning|night|parking|drink|upgrade|visit',
    // The invoice.
    'cancel|cancelling|cancelled|canceling|canceled|void|withdraw invoice|bill|charge|fee|payment',
    'invoice|bill|charge|fee cancelled|canceled|voided|withdrawn|removed|deleted|corrected|waived',
    'corrected|new|amended|revised|updated|adjusted invoice|bill', 'remove|removing|take|taking|delete charge|fee|item|line|window',
    'off the|your invoice|bill|account', 'take|taking|taken|took off', 'half_price', 'half-price', 'send|sending someone|somebody|team|cleaner to fix|clean|finish|redo|sort',
    // A new time.
    'new|another|convenient|suitable|different time|date|slot|appointment|booking', 'reschedul*', 'rebook*', 'book new|another',
    // The restaurant.
    'bring|bringing|get|fetch bread|crayons|drink|drinks|snack|snacks|dessert|food|juice|meal|something|colouring|coloring',
    'crayons', 'colouring|coloring book|books|pencils|sheet', "children's|kids|kid's|child's meal|menu|portion", 'dessert*',
    'priority|prioritise|prioritize', 'first_in_line', 'top_of_the list|queue', 'front_of_the queue|line', 'rush order|food', 'speed_up order|food|kitchen', 'hurry_up order|food|kitchen',
    // The hotel.
    'room #num', 'move|moving|transfer|relocate room|ground|floor', 'another|different|ground-floor room', 'ground_floor room',
    'upgrade*', 'minibar', 'parking', 'technician*', 'engineer', 'repairman', 'ramp', 'carry|help luggage|bags|suitcase',
  ),
  negativeRemedies: phrases(
    "won't|wont be charged|invoiced|billed", 'will_not be charged|invoiced|billed', 'not be charged|invoiced|billed',
    "don't|dont|won't|wont have|need to pay", 'do_not have|need to pay', 'will_not have|need to pay', 'no_need to pay',
    "won't|wont|not charge|invoice|bill you", 'nothing to pay',
  ),
  refusals: new Set(['unable', 'impossible', 'refuse', 'decline', 'joke', 'ridiculous', 'absurd', 'unreasonable']),
  waitingFor: new Set(['until', 'till', 'before', 'while']),
  reported: phrases(
    'you want|wanted|requested|request|asked|ask|demanded|demand|suggested|suggest|mentioned|expect|expected|wish',
    'you would like', "you'd like", 'your request|demand|wish|suggestion|expectation|proposal', 'asking|ask for',
  ),
};
