import type { Channel } from '../../scenario/schema';
import { Icon } from './Icon';
import './common.css';

/** The channel's icon on its tint; `label` names it for screen readers when no text beside it does. */
export function ChannelBadge({ channel, label }: { channel: Channel; label?: string }) {
  return (
    <span className={`channel-badge channel-badge--${channel}`}>
      <Icon name={channel} label={label} size="1.4rem" />
    </span>
  );
}
