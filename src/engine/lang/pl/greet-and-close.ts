import type { GreetAndClosePack } from '../../rules/greet-and-close';
import { phrases } from '../../text/pattern';

export const greetAndClose: GreetAndClosePack = {
  phrases: phrases(),
};
