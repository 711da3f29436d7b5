import { describe, expect, it } from 'vitest';
import { decryptBotFile, encryptBotFile, FileCipherError } from '../../src/wecom/file-cipher.ts';

const key = 'jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C';

describe('bot file cipher', () => {
  it('round-trips files of every length around the 32-byte block', () => {
    for (const n of [0, 1, 31, 32, 33, 1000]) {
      const bytes = Buffer.alloc(n, 7);
      const sealed = encryptBotFile(bytes, key);
      expect(sealed.length % 32).toBe(0);
      expect(decryptBotFile(sealed, key).equals(bytes)).toBe(true);
    }
  });

  it('refuses truncated files and bad keys', () => {
    const sealed = encryptBotFile(Buffer.from('计划'), key);
    expect(() => decryptBotFile(sealed.subarray(0, 20), key)).toThrow(FileCipherError);
    expect(() => decryptBotFile(sealed, 'short')).toThrow(FileCipherError);
  });
});
