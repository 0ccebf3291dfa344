import type { AddressPersonPack } from '../../rules/address-person';
import { phrases } from '../../text/pattern';

export const addressPerson: AddressPersonPack = {
  phrases: phrases(),
};
