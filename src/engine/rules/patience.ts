import { met, violated, type Rule } from '../rule';
import { matchEvidence } from '../text/context';
import type { AnalysedText } from '../text/analyse';
import type { Match, PhraseSet } from '../text/pattern';
import { matchesOf, mergeOverlapping, negatedInScope } from '../text/scope';

export interface PatiencePack {
  /**
   * Rushing the customer or irritation at them or their child: "kiirustage", "palun kiiremini", "as I already said",
   * "jak już mówiłam", "your child is disturbing everyone". A negator in the clause turns one into patience
   * ("ärge kiirustage", "no need to hurry", "proszę się nie spieszyć").
   */
  impatience: PhraseSet;
  /**
   * Impatience that holds its own negation: "I don't have all day", "mul pole aega", "nie mam całego dnia", and
   * dismissing the wait or the customer's memory: "pool tundi pole mingi aeg", "kui Te ise ei mäleta".
   */
  impatienceNegative: PhraseSet;
  /**
   * Irritated openers, which count only opening a sentence and followed by a comma or "!": "Look, …", "No kuulge, …",
   * "Niech Pani posłucha, …" ("Look into it" is nothing of the kind).
   */
  irritatedOpeners: PhraseSet;
}

/** The match opens its sentence and a comma, "!", colon or dash follows it. */
function opensSentence(reply: AnalysedText, m: Match): boolean {
  const s = reply.sentences[m.sentence];
  if (!s || s.firstToken !== m.firstToken) return false;
  for (let i = m.end; i < reply.text.length && i < m.end + 3; i++) {
    const ch = reply.text[i] as string;
    if (ch === ' ') continue;
    return ',!:–—'.includes(ch);
  }
  return false;
}

/**
 * patience — with the elderly and with families: no rushing and no irritation at the customer or the children.
 * "No rush", "võtke aega", "proszę się nie spieszyć" keep it: negation decides.
 */
export const patience: Rule = {
  id: 'patience',
  judge({ reply, pack }) {
    const { impatience, impatienceNegative, irritatedOpeners } = pack.rules.patience;
    const found = mergeOverlapping([
      ...matchesOf(reply, impatience).filter((m) => !negatedInScope(reply, pack.common, m, { after: 1 })),
      ...matchesOf(reply, impatienceNegative),
      ...matchesOf(reply, irritatedOpeners).filter((m) => opensSentence(reply, m)),
    ]);
    return found.length === 0 ? met() : violated(found.map((m) => matchEvidence(reply, m)));
  },
};
