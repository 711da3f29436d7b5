// Downloads the file of an intelligent-bot file message. WeCom serves it encrypted (document/path/100719):
// AES-256-CBC with the message's aeskey, or the bot's EncodingAESKey when the message names none.
import { UserError } from '../errors.ts';
import { decryptBotFile } from '../wecom/file-cipher.ts';
import { readLimited } from './fetch-page.ts';
import type { IntakeSettings } from './intake-settings.ts';

export interface BotFile { url: string; aesKey?: string; name?: string }

export async function downloadBotFile(file: BotFile, botAesKey: string | null, s: IntakeSettings): Promise<Uint8Array> {
  const key = file.aesKey ?? botAesKey;
  if (!key) throw new UserError('收到了文件，但机器人未配置解密密钥（WECOM_BOT_AES_KEY），无法读取。');
  let res: Response;
  try {
    res = await fetch(file.url, { signal: AbortSignal.timeout(s.timeoutMs) });
  } catch {
    throw new UserError('文件下载失败（链接可能已过期），请重新发送文件。');
  }
  if (!res.ok) {
    await res.body?.cancel();
    throw new UserError(`文件下载失败（${res.status}），请重新发送文件。`);
  }
  // The encrypted file is at most 32 bytes longer than the plain one.
  const cipher = await readLimited(res, s.maxBytes + 32, `文件超过 ${Math.round(s.maxBytes / 1024 / 1024)}MB，不像是工作要点，没有导入。`);
  try {
    return decryptBotFile(cipher, key);
  } catch {
    throw new UserError('文件无法解密，请重新发送。');
  }
}
