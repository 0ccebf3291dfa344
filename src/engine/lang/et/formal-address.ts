import type { FormalAddressPack } from '../../rules/formal-address';
import { phrases } from '../../text/pattern';

/*
 * Informal address in Estonian: the "sina" pronouns and 2nd-person-singular verbs. The verbs are an explicit list of
 * forms common in replies, not a "-d" rule: "-d" also ends noun plurals ("koristused", "arved", "tunnid"), and some
 * 2nd-singular forms are nouns too ("soovid" wishes, "tuled" lights, "teed" tea, "võid" butter), so those count
 * only beside "kas" or "sa" (informalPhrases).
 */
const INFORMAL_WORDS = [
  // Pronouns.
  'sina', 'sa', 'sind', 'sinu', 'su', 'sulle', 'sul', 'sinult', 'sinust', 'sinuga', 'sinul', 'sinule', 'sinusse', 'sinuni', 'sinuta',
  // Present 2nd singular.
  'oled', 'saad', 'tead', 'pead', 'tahad', 'ootad', 'moistad', 'naed', 'lahed', 'annad', 'votad', 'utled', 'kirjutad', 'helistad',
  'vajad', 'arvad', 'tunned', 'maletad', 'leiad', 'vaatad', 'raagid', 'maksad', 'jouad', 'oskad', 'kuuled', 'loed', 'aitad',
  'muretsed', 'kasutad', 'eelistad', 'tellid', 'palud', 'kusid', 'vastad', 'motled', 'proovid', 'kinnitad', 'noustud',
  'usud', 'nouad', 'kaebad', 'solvud', 'vihastad', 'jaad', 'istud',
  'pidanuksid',
  // Imperative singular.
  'vaata', 'helista', 'kirjuta', 'oota', 'utle', 'muretse', 'rahune', 'vabanda', 'kuula', 'motle', 'proovi', 'andesta', 'vota',
  'tule', 'mine', 'istu', // not "vali": also "loud" ("Teie laps on vali")
  // Greetings, slang and endearments.
  'hei', 'hey', 'tsau', 'tsauki', 'tsaukest', 'moi', 'heihei', 'hellou', 'lol', 'xd', 'kullake', 'kullakene', 'kallike', 'kallikene',
  'musi', 'tibu', 'tibi', 'sobrake', 'vanake', 'memmeke', 'mutike', 'mammi',
];

// Informal forms ending in "-d", which are no plural subject.
const INFORMAL_VERBS_ENDING_D = new Set(INFORMAL_WORDS.filter((w) => w.endsWith('d')));

export const formalAddress: FormalAddressPack = {
  informalWords: new Set(INFORMAL_WORDS),
  informalPhrases: phrases(
    'kas|sa|sina soovid|tuled|teed|võid|said|olid|jäid|pidid|saaksid|võiksid|oleksid|sooviksid|tahaksid|vali', 'soovid|tuled|võid|said|olid|pidid sa|sina',
    'võid meile|mulle helistada|kirjutada|pöörduda', 'anna_teada', 'anna_andeks', 'võta_ühendust', 'ära muretse|pahanda|kurvasta|vihasta|solvu|karda',
    'mu|minu kallis|kullake|armas',
    // "olid", "jäid" take a compound or plural subject as often ("käitumine ja kvaliteet jäid…"); a singular adjective
    // after them shows the "sina": "et olid pahane".
    'olid_pahane|vihane|kurb|rahulolematu|õnnetu|tige', 'jäid_pahane|vihane|kurb|rahulolematu|õnnetu|tige', 'kallis sõber', 'hea_sõber', 'kui soovid|tahad|vajad|eelistad', 'ole_hea', 'ole_lahke',
  ),
  // Past 2nd singular, which is also the 3rd plural: "kirjutasid" to the customer, but "külalised ootasid".
  sharedWithPlural: new Set([
    'kirjutasid', 'tellisid', 'andsid', 'teavitasid', 'palusid', 'mainisid', 'poordusid', 'helistasid', 'ootasid', 'soovisid',
    'tahtsid', 'kogesid', 'markasid', 'tundsid', 'leidsid', 'saatsid', 'maksid', 'kusisid', 'raakisid', 'olidki', 'pidid',
  ]),
  notAfter: new Set(['ei']),
  // A plural noun or pronoun in the nominative: "nad", "need", "külalised", "koristajad" (2nd-singular verbs, which
  // also end in "-d", are told apart by the list above).
  isPluralSubject: (norm) => norm === 'nad' || norm === 'need' || norm === 'koik' || (norm.length >= 5 && /[aeiu]d$/.test(norm) && !INFORMAL_VERBS_ENDING_D.has(norm)),
  formalObjects: new Set(['teid', 'teile', 'teilt', 'teiega', 'teieni', 'teisse']),
  vocatives: new Set(['kallis', 'armas', 'sober', 'memm', 'vanaema', 'tadi', 'kulla']),
};
