import type { EmpathyPack } from '../../rules/empathy';
import { phrases } from '../../text/pattern';

export const empathy: EmpathyPack = {
  phrases: phrases(),
};
