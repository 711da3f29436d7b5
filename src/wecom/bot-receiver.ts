// The intelligent bot's callback (JSON; document/path/100719, 101031, 101033): verify (401), parse (400),
// answer the URL check, normalise into IncomingMessage, hand over, and answer with an encrypted,
// finished stream whose content is the first Markdown part.
import { hash } from 'node:crypto';
import type { IncomingMessage } from '../bot/message.ts';
import { RecentMap } from '../recent-map.ts';
import type { Clock } from '../time/china.ts';
import { botCallbackSchema, botReplyEnvelope, streamReply, textReply, type BotCallback } from './bot-payload.ts';
import { openCallback, randomNonce, seal, type CallbackKeys } from './crypto.ts';
import {
  base64Param, BadCallbackError, plain, rejection, signedQuery, stripMention,
  type CallbackAnswer, type Receiver,
} from './receiver.ts';
import type { Handover } from './handover.ts';

const WELCOME = '您好，我是督办机器人。发送「帮助」查看我能做什么，例如「我单位还有哪些任务」。';
const ONLY_TEXT = '暂时只能看懂文字消息。发送「帮助」查看用法。';

/** Stream ids are derived from the message id, so a retry gets the same stream. */
const streamId = (msgId: string): string => hash('sha1', msgId, 'base64url').slice(0, 20);

function parseCallback(plaintext: string): BotCallback {
  let json: unknown;
  try {
    json = JSON.parse(plaintext);
  } catch {
    throw new BadCallbackError('decrypted bot callback is not JSON');
  }
  const parsed = botCallbackSchema.safeParse(json);
  if (!parsed.success) throw new BadCallbackError('bot callback lacks msgid, from.userid or msgtype');
  return parsed.data;
}

/** The words the user wrote, for every message type that has some. */
function textOf(cb: BotCallback): string | null {
  if (cb.msgtype === 'text') return stripMention(cb.text?.content ?? '');
  if (cb.msgtype === 'voice') return stripMention(cb.voice?.content ?? '');
  if (cb.msgtype === 'mixed') {
    return stripMention((cb.mixed?.msg_item ?? []).map((i) => i.text?.content ?? '').join(' '));
  }
  if (cb.msgtype === 'file') return '';
  return null;
}

/** The file key travels only when WeCom names one; otherwise the downloader uses the bot's own key,
 *  which therefore never enters the message the bot logic sees. */
export function toIncoming(cb: BotCallback, text = textOf(cb)): IncomingMessage {
  return {
    channel: 'bot',
    messageId: cb.msgid,
    chatId: cb.chattype === 'group' ? (cb.chatid ?? null) : null,
    chatType: cb.chattype === 'group' ? 'group' : 'single',
    userId: cb.from.userid,
    text: text ?? '',
    ...(cb.msgtype === 'file' && cb.file
      ? { file: { url: cb.file.url, ...(cb.file.aeskey ? { aesKey: cb.file.aeskey } : {}), ...(cb.file.filename ? { name: cb.file.filename } : {}) } }
      : {}),
    replyHandle: cb.response_url ? { kind: 'response_url', url: cb.response_url } : { kind: 'none' },
  };
}

export function createBotReceiver(o: { keys: { token: string; aesKey: string }; handover: Handover; clock: Clock }): Receiver {
  const keys: CallbackKeys = { ...o.keys, receiveId: '' };
  // What each recent stream showed, to answer WeCom's refresh callbacks: the last 1,000 to 2,000.
  const streams = new RecentMap<string, string>(1000);

  const answer = (plaintext: string): CallbackAnswer => {
    const sealed = seal(keys, plaintext, String(Math.floor(o.clock().getTime() / 1000)), randomNonce());
    return { status: 200, body: botReplyEnvelope(sealed), contentType: 'application/json' };
  };
  const finished = (msgId: string, content: string): CallbackAnswer => {
    const id = streamId(msgId);
    streams.set(id, content);
    return answer(streamReply(id, content));
  };

  return {
    verifyUrl(query) {
      try {
        const echostr = base64Param(query.echostr);
        return plain(200, openCallback(keys, signedQuery(query), echostr));
      } catch (e) {
        return rejection(e);
      }
    },

    async receive(query, body) {
      let cb: BotCallback;
      try {
        const envelope = JSON.parse(body) as { encrypt?: unknown };
        if (typeof envelope?.encrypt !== 'string') throw new BadCallbackError('no encrypt field');
        cb = parseCallback(openCallback(keys, signedQuery(query), envelope.encrypt));
      } catch (e) {
        return rejection(e);
      }
      if (cb.msgtype === 'stream') {
        const id = cb.stream?.id ?? '';
        return answer(streamReply(id, streams.get(id) ?? '', true));
      }
      if (cb.msgtype === 'event') {
        return cb.event?.eventtype === 'enter_chat' ? answer(textReply(WELCOME)) : plain(200, '');
      }
      const text = textOf(cb);
      if (text === null) return finished(cb.msgid, ONLY_TEXT);
      const msg = toIncoming(cb, text);
      const reply = await o.handover.run(msg);
      o.handover.later(msg, reply);
      return finished(cb.msgid, reply.markdown[0] ?? '');
    },
  };
}
