import { describe, expect, it } from 'vitest';
import { botReplyEnvelope, streamReply } from '../../src/wecom/bot-payload.ts';
import { openCallback, seal } from '../../src/wecom/crypto.ts';

const keys = { token: 'QDG6eK', aesKey: 'jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C', receiveId: '' };

describe('the passive reply envelope', () => {
  it('is the JSON WeCom reads, and its reply opens to the stream the user sees', () => {
    const content = '**县测试007局** 共3项\n1. 任务1："引号"、\\反斜杠\\ 与 </b>';
    const sealed = seal(keys, streamReply('s1', content), '1700000000', '0042');
    const envelope = JSON.parse(botReplyEnvelope(sealed));
    expect(envelope).toEqual({ encrypt: sealed.encrypted, msgsignature: sealed.signature, timestamp: 1700000000, nonce: '0042' });
    const query = { signature: envelope.msgsignature, timestamp: String(envelope.timestamp), nonce: envelope.nonce };
    expect(JSON.parse(openCallback(keys, query, envelope.encrypt))).toEqual({ msgtype: 'stream', stream: { id: 's1', finish: true, content } });
  });

  it('writes the stream reply as the JSON of its fields, for long texts said again too', () => {
    const long = `**县测试007局** "引号" \\ \n\t ${'按季度公开相关信息并及时更新。'.repeat(20)} \u2028 </script>`;
    for (const [id, content, finish] of [['s1', long, true], ['s2', long, false], ['s"3', '短', true]] as const) {
      expect(JSON.parse(streamReply(id, content, finish))).toEqual({ msgtype: 'stream', stream: { id, finish, content } });
    }
  });

  it('refuses a timestamp or nonce that is not digits rather than write broken JSON', () => {
    const sealed = seal(keys, 'x', '1700000000', '42');
    expect(() => botReplyEnvelope({ ...sealed, nonce: '4"2' })).toThrow();
    expect(() => botReplyEnvelope({ ...sealed, timestamp: '' })).toThrow();
  });
});
