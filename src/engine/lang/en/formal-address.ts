import type { FormalAddressPack } from '../../rules/formal-address';
import { phrases } from '../../text/pattern';

export const formalAddress: FormalAddressPack = {
  informalWords: new Set([
    'hey', 'heya', 'hiya', 'heyy', 'yo', 'dude', 'mate', 'buddy', 'pal', 'hun', 'hon', 'honey', 'sweetie', 'sweetheart',
    'darling', 'babe', 'bro', 'luv', 'lol', 'lmao', 'rofl', 'omg', 'btw', 'gonna', 'wanna', 'gotta', 'ya', 'u', 'ur', 'yep',
    // Not "cheers": a casual thanks or sign-off, not over-familiar address ("Cheers for letting us know").
    'yeah', 'yup', 'nope', 'xoxo', 'xx', 'sis', 'kiddo', 'okey-dokey', 'whatevs', 'chill', 'ta-ta',
  ]),
  informalPhrases: phrases(
    'you_guys', 'my dear|love|friend', 'sorry_bout', 'my_bad',
    // A pet name right after a greeting or thanks: "Hello love", "Thanks, hun" (not "Dear Ms Kaunis").
    ...['hello', 'hi', 'hey', 'thanks', 'bye', 'morning', 'okay', 'ok'].map((w) => `${w}_love|dear|darling|sweetheart|pet|lovey|hun|honey|guys|folks`),
  ),
  vocatives: new Set(['dear', 'love', 'lovey', 'sugar', 'petal', 'chief', 'boss', 'friend', 'guys', 'folks']),
};
