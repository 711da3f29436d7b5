// The conversation: one incoming message in, one reply out. Dedups WeCom's retries, works out who
// the sender is, hands the normalised text to the first command whose phrasing matches (help last),
// and turns any failure into a reply: a UserError's own sentence, or a logged apology for a bug.
import { commands as installedCommands } from '../../commands/index.ts';
import type { Config } from '../config.ts';
import { isUserError } from '../errors.ts';
import type { Logger } from '../log.ts';
import { markdownToPlainText } from '../render/plain-text.ts';
import { splitAtBytes, utf8Bytes } from '../render/split.ts';
import type { Store } from '../store/store.ts';
import type { Clock } from '../time/china.ts';
import { processedKey } from './change-state.ts';
import type { Command, CommandContext } from './command.ts';
import { MAX_BYTES } from './limits.ts';
import type { BotReply, IncomingMessage } from './message.ts';
import { normalizeText } from './normalize-text.ts';
import { createPageStore } from './pages.ts';
import { createRecentReplies, processedReply } from './recent-replies.ts';
import { fitsIn } from './reply.ts';
import { identify } from './roles.ts';

export const BUSY_REPLY = '系统繁忙，请稍后再试';

export interface BotDeps {
  store: Store;
  config: Config;
  clock: Clock;
  log: Logger;
  /** The installed commands (commands/index.ts); tests may pass their own list. */
  commands?: Command[];
}

/** The command a text goes to, and what its phrasing captured. */
interface Route {
  command: Command;
  match: RegExpMatchArray;
}

export interface Bot {
  handle(msg: IncomingMessage): Promise<BotReply>;
}

export function createBot(deps: BotDeps): Bot {
  const { store, config, clock, log } = deps;
  const commands = deps.commands ?? installedCommands;
  const pages = createPageStore();
  const recent = createRecentReplies();

  // Not async itself: the command's promise is the answer (one promise less per message); answer()
  // awaits it, so a handler that throws at once is caught there all the same.
  function dispatch(msg: IncomingMessage): Promise<BotReply> | BotReply {
    const text = normalizeText(msg.text);
    const { role, unit } = identify(msg.userId, config, store.state());
    const ctx: CommandContext = { msg, text, store, config, clock, log, role, unit, maxBytes: MAX_BYTES[msg.channel], pages };
    const route = routeOf(text);
    if (route) return route.command.handle(ctx, route.match);
    return { markdown: ['抱歉，没有听懂。发送「帮助」查看我能做什么。'] };
  }

  // Which command and phrasing a text goes to, and what the phrasing captured, depend on the text
  // alone, and the same phrasings arrive over and over: remember the route and its match instead of
  // trying up to a hundred patterns each time. Handlers only read the match; it is frozen as shared.
  const routes = new Map<string, Route | null>();
  function routeOf(text: string): Route | null {
    let route = routes.get(text);
    if (route === undefined) {
      route = null;
      search: for (const command of commands) {
        for (const pattern of command.patterns) {
          const match = text.match(pattern);
          if (match) {
            route = { command, match: Object.freeze(match) };
            break search;
          }
        }
      }
      if (routes.size >= 5_000) routes.clear();
      routes.set(text, route);
    }
    return route;
  }

  async function answer(msg: IncomingMessage): Promise<BotReply> {
    let reply: BotReply;
    try {
      reply = await dispatch(msg);
    } catch (e) {
      if (!isUserError(e)) {
        log.error('bot handler failed', { messageId: msg.messageId, userId: msg.userId, channel: msg.channel, text: msg.text, error: e });
        throw e;
      }
      reply = { markdown: [e.message] };
    }
    return forChannel(msg, reply);
  }

  // Every message leaves within the channel's byte limit, whichever command built it. Replies cut by
  // bot/reply.ts are known to fit, and a short message needs no measuring (a UTF-16 unit is at most
  // 3 bytes); plain text is never longer than its Markdown, so that holds for the app too.
  function forChannel(msg: IncomingMessage, reply: BotReply): BotReply {
    const max = MAX_BYTES[msg.channel];
    const fits = fitsIn(reply.markdown, max) || reply.markdown.every((m) => m.length * 3 <= max);
    if (msg.channel !== 'app' && fits) return reply;
    const text = msg.channel === 'app' ? reply.markdown.map(markdownToPlainText) : reply.markdown;
    return { ...reply, markdown: fits ? text : text.flatMap((m) => (utf8Bytes(m) > max ? splitAtBytes(m, max) : [m])) };
  }

  return {
    // Not async: chaining on the answer costs less than suspending on it (~0.3 µs per message).
    handle(msg) {
      const key = processedKey(msg);
      const stored = processedReply(store.state(), key);
      if (stored) return Promise.resolve(forChannel(msg, { markdown: stored }));
      const running = recent.get(key);
      // A retry gets the same answer, but slow follow-up work already runs for the first attempt.
      if (running) return running.then(({ followUp: _once, ...same }) => same).catch(() => ({ markdown: [BUSY_REPLY] }));
      const reply = answer(msg);
      recent.set(key, reply);
      return reply.catch(() => {
        // A failed attempt is not remembered: WeCom's retry gets a fresh try.
        recent.delete(key);
        return { markdown: [BUSY_REPLY] };
      });
    },
  };
}
