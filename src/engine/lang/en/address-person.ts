import type { AddressPersonPack } from '../../rules/address-person';
import { phrases } from '../../text/pattern';

// "He" and "she" never stand for things; the staff a reply mentions may be either.
const STAFF = [
  'technician*', 'engineer*', 'mechanic*', 'colleague*', 'manager*', 'porter*', 'receptionist*', 'concierge', 'assistant*', 'cleaner*',
  'chef', 'waiter', 'waitress', 'staff', 'supervisor*', 'guy', 'guys', 'handyman', 'electrician*', 'specialist*', 'repairer*',
  'maintenance', 'driver*', 'lift_man', 'worker*',
];

export const addressPerson: AddressPersonPack = {
  pronounGroups: [
    { pronouns: new Set(['he', 'him', 'his', 'himself', "he's", "he'll", "he'd", 'hes']), others: phrases(...STAFF, 'repairman', 'repairmen', 'son', 'brother', 'father') },
    {
      pronouns: new Set(['she', 'her', 'hers', 'herself', "she's", "she'll", "she'd"]),
      others: phrases(...STAFF, 'wife', 'daughter', 'sister', 'mother', 'girlfriend', 'companion*', 'friend', 'partner*'),
    },
  ],
  customerReferents: phrases('guest', "guest's", 'customer', "customer's", 'gentleman', "gentleman's", 'mr', 'this_man', 'the_man', 'wheelchair_user'),
  throughCompanion: phrases("your friend|friend's|husband|husband's|boyfriend|boyfriend's"),
  othering: phrases(
    'handicapped', 'handicap', 'wheelchair-bound', 'wheelchair_bound', 'confined to a|his|the wheelchair', 'an_invalid', 'invalids',
    'invalid guest|guests|person|people|customer|room|rooms', 'crippled', 'cripple', 'cripples', 'suffers|suffering from',
    'special_needs', 'the_disabled', 'poor_thing', 'differently_abled', 'man|guy|gentleman|person|one in a|the wheelchair',
  ),
};
