import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { downloadBotFile } from '../../src/intake/download-file.ts';
import { documentName } from '../../src/intake/file-kind.ts';
import { INTAKE_DEFAULTS } from '../../src/intake/intake-settings.ts';
import { encryptBotFile } from '../../src/wecom/file-cipher.ts';
import { pageServer } from './http-fixture.ts';

const KEY = randomBytes(32).toString('base64').replace(/=+$/, '');
let close: (() => Promise<void>) | undefined;
afterEach(async () => close?.());

describe('downloading a file message', () => {
  it('decrypts the file with the bot key, as WeCom encrypts it', async () => {
    const plain = new TextEncoder().encode('序号\t工作任务\n1\t公开预算');
    const s = await pageServer({ '/f': (_q, res) => res.end(encryptBotFile(plain, KEY)) });
    close = s.close;
    expect(Buffer.from(await downloadBotFile({ url: `${s.base}/f` }, KEY, { ...INTAKE_DEFAULTS, allowedHosts: [] }))).toEqual(Buffer.from(plain));
  });

  it('refuses a file over the size limit and one that does not decrypt', async () => {
    const s = await pageServer({
      '/big': (_q, res) => res.end(encryptBotFile(new Uint8Array(5000), KEY)),
      '/bad': (_q, res) => res.end(randomBytes(64)),
    });
    close = s.close;
    const limits = { ...INTAKE_DEFAULTS, allowedHosts: [], maxBytes: 1000 };
    await expect(downloadBotFile({ url: `${s.base}/big` }, KEY, limits)).rejects.toThrow('文件超过');
    await expect(downloadBotFile({ url: `${s.base}/bad` }, KEY, { ...limits, maxBytes: 10_000 })).rejects.toThrow('无法解密');
  });
});

describe('naming a received document', () => {
  it('keeps a known extension, refuses old and image formats, sniffs a nameless file', () => {
    const html = new TextEncoder().encode('<html><body><table></table></body></html>');
    expect(documentName(html, '要点.docx')).toBe('要点.docx');
    expect(documentName(html)).toBe('plan.html');
    expect(documentName(new TextEncoder().encode('一、总体要求'))).toBe('plan.txt');
    expect(() => documentName(html, '要点.doc')).toThrow('.docx');
    expect(() => documentName(new TextEncoder().encode('%PDF-1.7'))).toThrow('暂不支持 PDF');
    expect(() => documentName(new Uint8Array(0))).toThrow('空的');
  });
});
