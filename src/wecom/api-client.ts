// The WeCom calls the bot makes on its own: app messages and files (message/send, media/upload), the
// one active reply a bot message's response_url accepts within an hour, and intelligent-bot file
// downloads. The base URL is configuration, so the same code talks to WeCom or to the local stand-in.
import type { Clock } from '../time/china.ts';
import { createAccessTokenSource, TOKEN_ERRCODES, type AccessTokenSource } from './access-token.ts';
import { decryptBotFile } from './file-cipher.ts';
import { getBytes, postForm, postJson, WecomApiError } from './http.ts';

export interface WecomApi {
  /** Sends Markdown to one user through the self-built app. */
  sendAppMarkdown(userId: string, content: string): Promise<void>;
  /** Sends a file to one user through the self-built app: media/upload, then a file message. */
  sendAppFile(userId: string, name: string, bytes: Uint8Array): Promise<void>;
  /** Answers a bot message later, through its response_url. */
  replyToResponseUrl(url: string, markdown: string): Promise<void>;
  /** Downloads an intelligent-bot file message and returns its decrypted bytes. */
  downloadBotFile(file: { url: string; aesKey?: string }): Promise<Buffer>;
}

export interface WecomApiOptions {
  apiBase: string;
  app: { corpId: string; agentId: string; secret: string } | null;
  /** The bot's EncodingAESKey: files come encrypted with it unless the message names its own key. */
  botAesKey: string | null;
  clock: Clock;
  maxFileBytes?: number;
}

type Answer = { errcode?: number; errmsg?: string };

function check(api: string, answer: unknown): void {
  const a = answer as Answer;
  if (a.errcode) throw new WecomApiError(api, a.errcode, a.errmsg ?? '');
}

export function createWecomApi(o: WecomApiOptions): WecomApi {
  const tokens: AccessTokenSource | null = o.app
    ? createAccessTokenSource({ apiBase: o.apiBase, corpId: o.app.corpId, secret: o.app.secret, clock: o.clock })
    : null;

  /** Calls an access-token API; a token WeCom no longer accepts is replaced and the call retried once. */
  async function withToken(path: string, call: (url: string) => Promise<unknown>): Promise<Answer & Record<string, unknown>> {
    if (!tokens) throw new Error('app channel is not configured (WECOM_CORP_ID …)');
    for (let attempt = 0; ; attempt++) {
      const token = await tokens.get();
      const answer = (await call(`${o.apiBase}${path}${path.includes('?') ? '&' : '?'}access_token=${encodeURIComponent(token)}`)) as Answer;
      if (answer.errcode && TOKEN_ERRCODES.has(answer.errcode) && attempt === 0) {
        tokens.invalidate(token);
        continue;
      }
      check(path.split('?')[0], answer);
      return answer as Answer & Record<string, unknown>;
    }
  }
  const agentid = Number(o.app?.agentId);

  return {
    async sendAppMarkdown(userId, content) {
      await withToken('/cgi-bin/message/send', (url) => postJson(url, { touser: userId, msgtype: 'markdown', agentid, markdown: { content } }));
    },
    async sendAppFile(userId, name, bytes) {
      const form = new FormData();
      form.append('media', new Blob([Buffer.from(bytes)]), name);
      const uploaded = await withToken('/cgi-bin/media/upload?type=file', (url) => postForm(url, form));
      const mediaId = String(uploaded.media_id ?? '');
      await withToken('/cgi-bin/message/send', (url) => postJson(url, { touser: userId, msgtype: 'file', agentid, file: { media_id: mediaId } }));
    },
    async replyToResponseUrl(url, markdown) {
      check('response_url', await postJson(url, { msgtype: 'markdown', markdown: { content: markdown } }));
    },
    async downloadBotFile(file) {
      const key = file.aesKey ?? o.botAesKey;
      if (!key) throw new Error('no key to decrypt the bot file (WECOM_BOT_AES_KEY)');
      return decryptBotFile(await getBytes(file.url, o.maxFileBytes ?? 20 * 1024 * 1024), key);
    },
  };
}
