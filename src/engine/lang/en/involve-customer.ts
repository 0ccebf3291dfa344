import type { InvolveCustomerPack } from '../../rules/involve-customer';
import { phrases } from '../../text/pattern';

export const involveCustomer: InvolveCustomerPack = {
  phrases: phrases(),
};
