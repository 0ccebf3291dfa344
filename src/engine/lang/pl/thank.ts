import type { ThankPack } from '../../rules/thank';
import { phrases } from '../../text/pattern';

export const thank: ThankPack = {
  thanks: phrases('dziekuj*', 'dzieki', 'dziekówka', 'wdzieczn*', 'podziekowa*', 'podziekowanie*'),
  sarcastic: phrases(
    'dziekuj*|dzieki bardzo|wielkie szczegolow*|wyczerpujac*|obszern*',
    'dziekuj*|dzieki tak|bardzo|niezwykle wyczerpujac*|szczegolow*|obszern*|dlug*',
    'dziekuj*|dzieki za grozb*|szantaz*|obelg*|oskarz*|pogrozk*',
    'dziekuj*|dzieki za przypomnienie co',
    // Praise for an angry complaint: "dziękuję za uroczą wiadomość".
    'dziekuj*|dzieki za uroczy|urocza|mily|mila|sympatyczn*|cudown*|przemil* list|liscik|wiadomosc|maila|mail|email',
    'dziekuj*|dzieki za_nic',
    'no dzieki',
  ),
  notThanks: phrases('dzieki_temu|czemu|ktoremu|ktorej|ktorym', 'bylibysmy|bylabym|bylbym|bedziemy|bede wdzieczn* gdyby|jesli|jezeli', 'bylibysmy|bylabym|bylbym wdzieczn*'),
};
