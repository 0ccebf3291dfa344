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
    'dziekuj*|dzieki za emocjonaln*|barwn*|dramatyczn*|burzliw*|namietn*',
    // Thanks for the scene made: "Dziękuję, że poinformowała Pani całą salę".
    'dziekuj*|dzieki cal*|wszystkim sal*|restauracj*|lokal*|gosciom|gosci',
    'dziekuj*|dzieki ze cal*|cala sala|restauracja|lokal wie|slyszal*',
    'dziekuj*|dzieki za krzyk*|awanture|scene|wypracowanie|referat|powiesc|wyklad|elaborat',
  ),
  notThanks: phrases('dzieki_temu|czemu|ktoremu|ktorej|ktorym', 'bylibysmy|bylabym|bylbym|bedziemy|bede wdzieczn* gdyby|jesli|jezeli', 'bylibysmy|bylabym|bylbym wdzieczn*'),
  hedges: phrases('chyba', 'czy_cos', 'czy_cos_w_tym_stylu'),
  intensifiers: new Set(['bardzo', 'serdecznie', 'naprawde', 'tak', 'wielkie', 'ogromnie', 'niezmiernie', 'stokrotnie']),
};
