/** One customer line as the player shows it, already in the scenario's language. */
export interface SpokenLine {
  speaker: 'customer' | 'companion';
  name: string;
  text: string;
}

/** What the conversation view lists: the customer's turns and the trainee's replies, in order. */
export type ConversationEntry =
  | { kind: 'customer'; key: string; turnId: string; lines: SpokenLine[] }
  | { kind: 'reply'; key: string; turnId: string; text: string; score: number | null };
