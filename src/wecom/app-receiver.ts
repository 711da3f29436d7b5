// The self-built app's callback (XML; document/path/90238, 90239): verify (401), parse (400), answer the
// URL check, normalise into IncomingMessage, hand over, and answer with an encrypted text reply.
import type { IncomingMessage } from '../bot/message.ts';
import type { Clock } from '../time/china.ts';
import { appReplyEnvelope, appTextReply, readAppMessage, readXmlFields, type AppMessage } from './app-payload.ts';
import { openCallback, randomNonce, seal, type CallbackKeys } from './crypto.ts';
import {
  base64Param, BadCallbackError, plain, rejection, signedQuery, stripMention,
  type CallbackAnswer, type Receiver,
} from './receiver.ts';
import type { Handover } from './handover.ts';

const WELCOME = '您好，我是督办机器人。发送「帮助」查看我能做什么，例如「我单位还有哪些任务」。';
const ONLY_TEXT = '暂时只能看懂文字消息。发送「帮助」查看用法。';

export function toIncoming(m: AppMessage): IncomingMessage {
  return {
    channel: 'app',
    // Events have no MsgId: WeCom's own dedup key is sender + CreateTime + event.
    messageId: m.msgId || `${m.fromUserName}:${m.createTime}:${m.event}`,
    chatId: null,
    chatType: 'single',
    userId: m.fromUserName,
    text: stripMention(m.content),
    replyHandle: { kind: 'app_user', userId: m.fromUserName },
  };
}

export function createAppReceiver(o: {
  keys: { corpId: string; token: string; aesKey: string };
  handover: Handover;
  clock: Clock;
}): Receiver {
  const keys: CallbackKeys = { token: o.keys.token, aesKey: o.keys.aesKey, receiveId: o.keys.corpId };

  const answer = (userId: string, content: string): CallbackAnswer => {
    const now = Math.floor(o.clock().getTime() / 1000);
    const sealed = seal(keys, appTextReply(o.keys.corpId, userId, content, now), String(now), randomNonce());
    return { status: 200, body: appReplyEnvelope(sealed), contentType: 'application/xml' };
  };

  return {
    verifyUrl(query) {
      try {
        return plain(200, openCallback(keys, signedQuery(query), base64Param(query.echostr)));
      } catch (e) {
        return rejection(e);
      }
    },

    async receive(query, body) {
      let m: AppMessage;
      try {
        const encrypted = readXmlFields(body).Encrypt;
        if (!encrypted) throw new BadCallbackError('no Encrypt element');
        m = readAppMessage(openCallback(keys, signedQuery(query), encrypted));
      } catch (e) {
        return rejection(e);
      }
      if (m.msgType === 'event') {
        return m.event === 'subscribe' ? answer(m.fromUserName, WELCOME) : plain(200, '');
      }
      const isText = m.msgType === 'text' || (m.msgType === 'voice' && m.content !== '');
      if (!isText) return answer(m.fromUserName, ONLY_TEXT);
      const msg = toIncoming(m);
      const reply = await o.handover.run(msg);
      o.handover.later(msg, reply);
      return answer(m.fromUserName, reply.markdown[0] ?? '');
    },
  };
}
