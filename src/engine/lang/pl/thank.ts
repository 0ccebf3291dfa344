import type { ThankPack } from '../../rules/thank';
import { phrases } from '../../text/pattern';

export const thank: ThankPack = {
  thanks: phrases('dziekuj*', 'dzieki', 'dziekówka', 'wdzieczn*', 'podziekowa*', 'podziekowanie*'),
  sarcastic: phrases(
    'dziekuj*|dzieki bardzo|wielkie szczegolow*|wyczerpujac*|obszern*',
    'dziekuj*|dzieki za_nic',
    'no dzieki',
  ),
};
