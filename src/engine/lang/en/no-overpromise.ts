import type { NoOverpromisePack } from '../../rules/no-overpromise';
import { phrases } from '../../text/pattern';

export const noOverpromise: NoOverpromisePack = {
  guarantees: phrases(
    'guarantee|guaranteed|guarantees|guaranteeing', 'one_hundred_percent',
    "will|'ll|be perfect|flawless|impeccable|spotless", "it'll|you'll|we'll be perfect|flawless|impeccable|spotless",
  ),
  neverAgain: phrases(
    'never happen|happens|occur|occurs|recur|recurs again', 'never_be repeated', 'never_again', 'will_never happen|occur|recur',
    "won't|wont happen|occur|recur again", 'will_not happen|occur|recur again', "won't|wont be_repeated", 'will_not be_repeated', "won't|wont ever happen|occur",
    'not happen|occur|recur again', 'never ever', 'is_the_last_time', 'was_the_last_time',
    // "Nothing like this will happen again": the negative pronoun holds the "never".
    'nothing|nobody happen|happens|occur|occurs|recur|recurs again', 'nothing_like_this|that ever|again', 'nothing_of_the sort|kind ever|again', 'never see|experience|face this|that|anything|such again',
  ),
  hedges: phrases(
    'do|doing our|my best', 'do|doing everything|all we_can', 'do|doing everything|all i_can', 'everything_in_our_power', 'everything_we_can',
    'try|trying|strive|striving|aim|aiming|hope|hopefully', 'work|working hard', 'take|taking steps|measures|action', 'every_effort',
  ),
  cannotPromise: phrases(
    "can't|cannot|cant|unable guarantee|promise", 'not guarantee|promise', 'no_guarantee', 'not_able_to guarantee|promise',
  ),
  approval: phrases('manager*', "manager's", 'supervisor*', 'management', 'approval'),
  offerCues: phrases('offer|give|could|can|shall|prefer', 'would_you_like', 'how_about', 'what_about'),
  percentWords: new Set(['percent', 'per-cent', 'pct']),
  discountWords: phrases('discount*', 'off', 'cheaper', 'reduction', 'reduced', 'refund*', 'less'),
  halfPrice: phrases('half_price', 'half-price', 'half_off', 'half_the_price|cost', 'fifty_percent'),
  uncertainOutcomes: phrases(
    'food|meal|meals|order|dish|dishes|dinner|lunch ready|here|served|out|arrive|arrives|there|coming|way', 'food|meal|order|dish on the|your table',
    'food|meal|order|dish with_you', 'lift|elevator working|fixed|repaired|running|operational|back|sorted', 'fix|repair the lift|elevator',
  ),
  controllable: phrases(
    'technician*|engineer|engineers|mechanic|repairman', 'first|priority|prioritise|prioritize|prioritised|prioritized|queue|front',
    'bread|crayons|colouring|coloring|drink|drinks|snack|snacks',
  ),
  bothAlternatives: phrases(
    'meal|menu|meals and|plus dessert|desserts|pudding free|complimentary', 'meal|menu|meals and|plus dessert|desserts|pudding on_us',
    'meal|menu|meals and|plus dessert|desserts|pudding on_the_house',
    "dessert|desserts|pudding and|plus children's|child's|kids|kids'|kid's|childrens meal|menu|meals", "free|complimentary children's|child's|kids|kids'|kid's|childrens meal|menu and|plus dessert|desserts",
  ),
};
