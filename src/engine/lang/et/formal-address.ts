import type { FormalAddressPack } from '../../rules/formal-address';
import { phrases } from '../../text/pattern';

export const formalAddress: FormalAddressPack = {
  phrases: phrases(),
};
