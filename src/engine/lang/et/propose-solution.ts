import type { ProposeSolutionPack } from '../../rules/propose-solution';
import { phrases } from '../../text/pattern';

export const proposeSolution: ProposeSolutionPack = {
  phrases: phrases(),
};
