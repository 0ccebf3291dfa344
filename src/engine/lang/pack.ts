import type { Lang } from '../languages';
import type { PhraseSet } from '../text/pattern';
import type { ClarifyPack } from '../rules/clarify';
import type { ListenPack } from '../rules/listen';
import type { ThankPack } from '../rules/thank';
import type { EmpathyPack } from '../rules/empathy';
import type { ApologisePack } from '../rules/apologise';
import type { ProposeSolutionPack } from '../rules/propose-solution';
import type { InvolveCustomerPack } from '../rules/involve-customer';
import type { ActNowPack } from '../rules/act-now';
import type { FollowUpPack } from '../rules/follow-up';
import type { GreetAndClosePack } from '../rules/greet-and-close';
import type { StayCalmPack } from '../rules/stay-calm';
import type { NoBlamePack } from '../rules/no-blame';
import type { NoOverpromisePack } from '../rules/no-overpromise';
import type { FormalAddressPack } from '../rules/formal-address';
import type { PatiencePack } from '../rules/patience';
import type { AddressPersonPack } from '../rules/address-person';

/** Words every rule may need: negation, questions, conditions, contrast. Folded (lower case, no diacritics). */
export interface CommonPack {
  /** Words that negate what follows within three words ("ei", "not", "nie"). */
  negators: ReadonlySet<string>;
  /** Words that open a question even without "?" ("kas", "would", "czy"). */
  questionOpeners: ReadonlySet<string>;
  /** Words that make a clause conditional ("kui", "if", "jeśli"). */
  conditionals: ReadonlySet<string>;
  /** Words of contrast that can turn an apology into an excuse ("aga", "but", "ale"). */
  contrast: ReadonlySet<string>;
  /** Words that address the customer as "you", formal or not ("te", "teile", "you", "pani", "państwo"). */
  addressee: ReadonlySet<string>;
  /** Conjunctions and relative words that open a new clause ("et", "kes", "that", "which", "że", "który"). */
  clauseOpeners: ReadonlySet<string>;
  /** Phrases that hold a negator yet negate nothing around them ("at no cost", "ilma lisatasuta", "bez zwłoki"). */
  falseNegations: PhraseSet;
  /** Hypothetical or unfulfilled past: "oleksime pidanud", "could have", "powinniśmy byli" (a duty missed, no commitment). */
  hypothetical: PhraseSet;
  /**
   * The negators that still negate when they follow the words ("allahindlust me pakkuda ei saa"); without it, all.
   * Estonian "ära" after a verb is a particle ("räägin täna ära"), not "don't".
   */
  negatorsAfter?: ReadonlySet<string>;
}

/** Each rule's phrases in one language; the rule file declares the shape of its own section. */
export interface RulePacks {
  'clarify': ClarifyPack;
  'listen': ListenPack;
  'thank': ThankPack;
  'empathy': EmpathyPack;
  'apologise': ApologisePack;
  'propose-solution': ProposeSolutionPack;
  'involve-customer': InvolveCustomerPack;
  'act-now': ActNowPack;
  'follow-up': FollowUpPack;
  'greet-and-close': GreetAndClosePack;
  'stay-calm': StayCalmPack;
  'no-blame': NoBlamePack;
  'no-overpromise': NoOverpromisePack;
  'formal-address': FormalAddressPack;
  'patience': PatiencePack;
  'address-person': AddressPersonPack;
}

/** Everything the engine knows of one language. Adding a language means adding a pack, not touching the rules. */
export interface LanguagePack {
  lang: Lang;
  common: CommonPack;
  rules: RulePacks;
}
