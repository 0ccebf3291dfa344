import type { Channel } from '../../../scenario/schema';
import type { ChannelViewProps } from './channel-view-props';
import { ChatThread } from './ChatThread';
import { DeskConversation } from './DeskConversation';
import { EmailThread } from './EmailThread';
import { PhoneCall } from './PhoneCall';

const VIEWS = {
  email: EmailThread,
  chat: ChatThread,
  phone: PhoneCall,
  'face-to-face': DeskConversation,
} as const satisfies Record<Channel, unknown>;

/** The conversation as its channel shows it. */
export function ConversationView(props: ChannelViewProps) {
  const View = VIEWS[props.scenario.channel];
  return <View {...props} />;
}
