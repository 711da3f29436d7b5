// WeCom's size limit for one reply message, by channel (UTF-8 bytes).
import type { ChannelName } from './message.ts';

export const MAX_BYTES: Record<ChannelName, number> = { bot: 4096, app: 2048, cli: 4096 };
