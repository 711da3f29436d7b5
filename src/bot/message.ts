// The one message shape both WeCom callback channels are normalised into before any bot logic runs.
// The bot knows nothing of XML, JSON envelopes or Koa.

export type ChannelName = 'bot' | 'app' | 'cli';

export interface IncomingMessage {
  channel: ChannelName;
  /** msgid / MsgId; for events, sender + CreateTime + event. */
  messageId: string;
  /** Group chat id, or null for one-to-one. */
  chatId: string | null;
  chatType: 'group' | 'single';
  userId: string;
  /** The text as typed, with the leading @mention removed. Empty for non-text messages. */
  text: string;
  /** Attached file, when the message carries one (intelligent bot file messages, one-to-one only). */
  file?: { url: string; aesKey?: string; name?: string };
  /** How to answer later (response_url for the bot, the user id for the app's message API). */
  replyHandle: { kind: 'response_url'; url: string } | { kind: 'app_user'; userId: string } | { kind: 'none' };
}

/** What the bot answers: Markdown text, possibly in several messages (each within WeCom's limits). */
export interface BotReply {
  /** Messages in order; each within the channel's size limit. The first answers the callback itself. */
  markdown: string[];
  /** Slow work (parsing a large plan, building a workbook) finished after the callback was answered;
   *  its reply goes out through response_url or the app message API. */
  followUp?: () => Promise<BotReply>;
  /** A file to deliver where the channel can carry one (ledger export). */
  file?: { name: string; bytes: Uint8Array };
}
