// WeCom's published sample callback (the WXBizMsgCrypt sample: token QDG6eK, CorpID wx5823bf96d3bd56c7)
// sent byte for byte to the app route over real HTTP: the URL check and the message both pass.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterEach, expect, it } from 'vitest';
import type { IncomingMessage } from '../../src/bot/message.ts';
import { loadConfig } from '../../src/config.ts';
import { memoryLogger } from '../../src/log.ts';
import { createServer } from '../../src/server.ts';
import { postRaw } from '../../src/stand-in/index.ts';

const ENCRYPT =
  'RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo+rtK1I9qca6aM/wvqnLSV5zEPeusUiX5L5X/0lWfrf0QADHHhGd3QczcdCUpj911L3vg3W/sYYvuJTs3TUUkSUXxaccAS0qhxchrRYt66wiSpGLYL42aM6A8dTT+6k4aSknmPj48kzJs8qLjvd4Xgpue06DOdnLxAUHzM6+kDZ+HMZfJYuR+LtwGc2hgf5gsijff0ekUNXZiqATP7PF5mZxZ3Izoun1s4zG4LUMnvw2r+KqCKIw+3IQH03v+BCA9nMELNqbSf6tiWSrXJB3LAVGUcallcrw8V2t9EL4EhzJWrQUax5wLVMNS0+rUPA3k22Ncx4XXZS9o0MBH27Bo6BpNelZpS+/uh9KsNlY6bHCmJU9p8g7m3fVKn28H3KDYA5Pl/T8Z1ptDAVe0lXdQ2YoyyH2uyPIGHBZZIs2pDBS8R07+qN+E7Q==';

let server: Server | null = null;
afterEach(() => new Promise<void>((ok) => (server ? server.close(() => ok()) : ok())));

it('accepts the published URL verification and message sample on the app route', async () => {
  const seen: IncomingMessage[] = [];
  const config = loadConfig({
    WECOM_CORP_ID: 'wx5823bf96d3bd56c7', WECOM_APP_AGENT_ID: '218', WECOM_APP_TOKEN: 'QDG6eK',
    WECOM_APP_AES_KEY: 'jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C', WECOM_APP_SECRET: 'unused', WECOM_API_BASE: 'http://127.0.0.1:9',
  });
  const app = createServer({ config, log: memoryLogger(), bot: { handle: async (m) => (seen.push(m), { markdown: ['收到'] }) } });
  server = await new Promise<Server>((ok) => { const s = app.listen(0, '127.0.0.1', () => ok(s)); });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/wecom/app`;

  const verify = await postRaw(url, {
    msg_signature: '5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3', timestamp: '1409659589', nonce: '263014780',
    echostr: 'P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ==',
  });
  expect(verify).toEqual({ status: 200, body: '1616140317555161061' });

  const body = `<xml><ToUserName><![CDATA[wx5823bf96d3bd56c7]]></ToUserName><Encrypt><![CDATA[${ENCRYPT}]]></Encrypt><AgentID><![CDATA[218]]></AgentID></xml>`;
  const query = { msg_signature: '477715d11cdb4164915debcba66cb864d751f3e6', timestamp: '1409659813', nonce: '1372623149' };
  const res = await postRaw(url, query, body, 'text/xml');
  expect(res.status).toBe(200);
  expect(res.body).toContain('<Encrypt>');
  expect(seen).toEqual([expect.objectContaining({ channel: 'app', userId: 'mycreate', text: 'hello', messageId: '4561255354251345929' })]);
});
