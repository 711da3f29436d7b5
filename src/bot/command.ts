// A command is a matcher and a handler. Each module in commands/ exports one; commands/index.ts
// installs them in order, help last. The phrasings a command understands live beside its handler.
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import type { Store } from '../store/store.ts';
import type { Role } from '../store/schema.ts';
import type { Clock } from '../time/china.ts';
import type { BotReply, IncomingMessage } from './message.ts';
import type { PageStore } from './pages.ts';

export interface CommandContext {
  msg: IncomingMessage;
  /** The message text normalised: @mention removed, full-width folded to half-width, spaces trimmed. */
  text: string;
  store: Store;
  config: Config;
  clock: Clock;
  log: Logger;
  /** The sender's role (admin > leader > liaison), or null for an unknown user. */
  role: Role | null;
  /** The unit the sender is bound to as liaison, or null. */
  unit: string | null;
  /** Byte limit of one reply message on this channel (4096 for bot markdown, 2048 for app text). */
  maxBytes: number;
  /** Pages of a long list waiting for 「更多」 in this conversation (set by the bot; absent in bare handler tests). */
  pages?: PageStore;
}

export interface Command {
  name: string;
  /** Phrasings this command understands; the first command with a matching pattern handles the message. */
  patterns: RegExp[];
  handle(ctx: CommandContext, match: RegExpMatchArray): Promise<BotReply>;
}
