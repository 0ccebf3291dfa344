import type { Channel } from '../../scenario/schema';

/** The channel names the catalogue uses too, so a scenario's channel reads the same everywhere. */
export const CHANNEL_LABEL = {
  email: 'common:channel.email',
  chat: 'common:channel.chat',
  phone: 'common:channel.phone',
  'face-to-face': 'common:channel.face-to-face',
} as const satisfies Record<Channel, string>;
