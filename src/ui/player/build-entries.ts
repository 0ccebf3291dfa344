import type { Lang } from '../../engine/languages';
import { getTurn, localized } from '../../scenario/conversation';
import type { Scenario, Turn } from '../../scenario/schema';
import type { SessionReply } from '../../store/session-store';
import type { ConversationEntry, SpokenLine } from './conversation-entries';

/** A customer turn's lines in the scenario's language, each with the speaker's name. */
export function spokenLines(scenario: Scenario, turn: Turn, lang: Lang): SpokenLine[] {
  const { customer } = scenario;
  return turn.lines.map((line) => ({
    speaker: line.speaker,
    name: line.speaker === 'companion' && customer.companion ? customer.companion.name : customer.name,
    text: localized(line.text, lang, scenario.languages),
  }));
}

/**
 * The conversation so far: each answered turn followed by the reply to it, then the turn being answered.
 * Scores are shown in coach mode only.
 */
export function buildEntries(
  scenario: Scenario,
  history: readonly SessionReply[],
  currentTurnId: string | null,
  lang: Lang,
  showScores: boolean,
): ConversationEntry[] {
  const entries: ConversationEntry[] = [];
  const addTurn = (turnId: string, index: number) => {
    const turn = getTurn(scenario, turnId);
    if (turn) entries.push({ kind: 'customer', key: `turn-${index}`, turnId, lines: spokenLines(scenario, turn, lang) });
  };
  history.forEach((reply, index) => {
    addTurn(reply.turnId, index);
    entries.push({
      kind: 'reply',
      key: `reply-${index}`,
      turnId: reply.turnId,
      text: reply.text,
      score: showScores ? reply.report.score : null,
    });
  });
  if (currentTurnId !== null) addTurn(currentTurnId, history.length);
  return entries;
}
