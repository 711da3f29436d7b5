// WeCom's published sample (document/path/90968 Sample, the WXBizMsgCrypt libraries) and round trips.
import { describe, expect, it } from 'vitest';
import {
  decryptPayload, encryptPayload, isValidAesKey, openCallback, seal, sign, verifySignature, WecomCryptoError,
} from '../../src/wecom/crypto.ts';

const sample = {
  token: 'QDG6eK',
  aesKey: 'jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C',
  receiveId: 'wx5823bf96d3bd56c7',
};
const verify = {
  signature: '5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3',
  timestamp: '1409659589',
  nonce: '263014780',
  echostr: 'P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ==',
};
const post = {
  signature: '477715d11cdb4164915debcba66cb864d751f3e6',
  timestamp: '1409659813',
  nonce: '1372623149',
  encrypt:
    'RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo+rtK1I9qca6aM/wvqnLSV5zEPeusUiX5L5X/0lWfrf0QADHHhGd3QczcdCUpj911L3vg3W/sYYvuJTs3TUUkSUXxaccAS0qhxchrRYt66wiSpGLYL42aM6A8dTT+6k4aSknmPj48kzJs8qLjvd4Xgpue06DOdnLxAUHzM6+kDZ+HMZfJYuR+LtwGc2hgf5gsijff0ekUNXZiqATP7PF5mZxZ3Izoun1s4zG4LUMnvw2r+KqCKIw+3IQH03v+BCA9nMELNqbSf6tiWSrXJB3LAVGUcallcrw8V2t9EL4EhzJWrQUax5wLVMNS0+rUPA3k22Ncx4XXZS9o0MBH27Bo6BpNelZpS+/uh9KsNlY6bHCmJU9p8g7m3fVKn28H3KDYA5Pl/T8Z1ptDAVe0lXdQ2YoyyH2uyPIGHBZZIs2pDBS8R07+qN+E7Q==',
};

const failure = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    if (e instanceof WecomCryptoError) return e.kind;
    throw e;
  }
  return 'none';
};

describe('WeCom callback crypto', () => {
  it('verifies and decrypts the published URL-verification sample', () => {
    expect(sign(sample.token, verify.timestamp, verify.nonce, verify.echostr)).toBe(verify.signature);
    expect(openCallback(sample, verify, verify.echostr)).toBe('1616140317555161061');
  });

  it('verifies and decrypts the published message sample', () => {
    const xml = openCallback(sample, post, post.encrypt);
    expect(xml).toContain('<Content><![CDATA[hello]]></Content>');
    expect(xml).toContain('<MsgId>4561255354251345929</MsgId>');
  });

  it('round-trips Chinese text for the bot (empty receive id) and the app', () => {
    for (const receiveId of ['', 'ww1234567890']) {
      const keys = { ...sample, receiveId };
      const text = '{"text":"完成 12 https://example.cn/证明"}';
      expect(decryptPayload(keys, encryptPayload(keys, text))).toBe(text);
      const s = seal(keys, text, '1700000000', '42');
      expect(openCallback(keys, { signature: s.signature, timestamp: '1700000000', nonce: '42' }, s.encrypted)).toBe(text);
    }
  });

  it('rejects a wrong signature, a changed timestamp and a foreign receive id', () => {
    expect(failure(() => verifySignature(sample.token, { ...post, signature: '0'.repeat(40) }, post.encrypt))).toBe('signature');
    expect(failure(() => verifySignature(sample.token, { ...post, timestamp: '1409659814' }, post.encrypt))).toBe('signature');
    expect(failure(() => verifySignature(sample.token, { ...post, signature: 'short' }, post.encrypt))).toBe('signature');
    expect(failure(() => decryptPayload({ ...sample, receiveId: 'ww_other' }, post.encrypt))).toBe('receive_id');
    expect(failure(() => decryptPayload({ ...sample, receiveId: '' }, post.encrypt))).toBe('receive_id');
  });

  it('turns every malformed ciphertext into a typed error', () => {
    const keys = { ...sample, receiveId: '' };
    const good = encryptPayload(keys, 'hello');
    const flipped = Buffer.from(good, 'base64');
    flipped[flipped.length - 1] ^= 0xff;
    const otherKey = { ...keys, aesKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG' };
    for (const bad of ['', 'not base64 !!', good.slice(0, 20), 'AAAA', flipped.toString('base64'), encryptPayload(otherKey, 'hello')]) {
      expect(failure(() => decryptPayload(keys, bad))).toBe('malformed');
    }
  });

  it('accepts only 43-character EncodingAESKeys', () => {
    expect(isValidAesKey(sample.aesKey)).toBe(true);
    expect(isValidAesKey(sample.aesKey.slice(1))).toBe(false);
    expect(isValidAesKey(sample.aesKey + '=')).toBe(false);
  });
});
