import type { LanguagePack } from '../pack';
import { common } from './common';
import { clarify } from './clarify';
import { listen } from './listen';
import { thank } from './thank';
import { empathy } from './empathy';
import { apologise } from './apologise';
import { proposeSolution } from './propose-solution';
import { involveCustomer } from './involve-customer';
import { actNow } from './act-now';
import { followUp } from './follow-up';
import { greetAndClose } from './greet-and-close';
import { stayCalm } from './stay-calm';
import { noBlame } from './no-blame';
import { noOverpromise } from './no-overpromise';
import { formalAddress } from './formal-address';
import { patience } from './patience';
import { addressPerson } from './address-person';

export const pl: LanguagePack = {
  lang: 'pl',
  common,
  rules: {
    'clarify': clarify,
    'listen': listen,
    'thank': thank,
    'empathy': empathy,
    'apologise': apologise,
    'propose-solution': proposeSolution,
    'involve-customer': involveCustomer,
    'act-now': actNow,
    'follow-up': followUp,
    'greet-and-close': greetAndClose,
    'stay-calm': stayCalm,
    'no-blame': noBlame,
    'no-overpromise': noOverpromise,
    'formal-address': formalAddress,
    'patience': patience,
    'address-person': addressPerson,
  },
};
