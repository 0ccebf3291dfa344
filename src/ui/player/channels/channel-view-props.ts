import type { Lang } from '../../../engine/languages';
import type { Scenario } from '../../../scenario/schema';
import type { ConversationEntry } from '../conversation-entries';

export interface ChannelViewProps {
  scenario: Scenario;
  lang: Lang;
  entries: ConversationEntry[];
  startedAt: string;
  /** For written channels: the subject of the customer's message, in the scenario's language. */
  subject: string;
}
