import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, readEnv } from '../src/config.ts';

const KEY = 'jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C';

const problem = (env: Record<string, string>): string => {
  try {
    loadConfig(env);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
  return '';
};

describe('loadConfig', () => {
  it('gives sensible defaults with nothing configured', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 3000, apiBase: 'https://qyapi.weixin.qq.com', bot: null, app: null, admins: [] });
    expect(c.schedule).toEqual({ weekly: '0 9 * * 1', reminderTime: '09:00', reminderDays: 3 });
  });

  it('reads both channels, lists and webhook keys', () => {
    const c = loadConfig({
      WECOM_BOT_TOKEN: 't', WECOM_BOT_AES_KEY: KEY,
      WECOM_CORP_ID: 'ww1', WECOM_APP_AGENT_ID: '1000002', WECOM_APP_TOKEN: 'a', WECOM_APP_AES_KEY: KEY, WECOM_APP_SECRET: 's',
      DUBAN_ADMINS: 'zhangsan, lisi', WECOM_WEBHOOK_LEADERS: 'k1,k2', DUBAN_PORT: '0', WECOM_API_BASE: 'http://127.0.0.1:9/',
    });
    expect(c.bot).toEqual({ token: 't', aesKey: KEY });
    expect(c.app?.agentId).toBe('1000002');
    expect(c.admins).toEqual(['zhangsan', 'lisi']);
    expect(c.webhooks).toEqual({ leaders: ['k1', 'k2'], liaisons: null });
    expect(c.port).toBe(0);
    expect(c.apiBase).toBe('http://127.0.0.1:9');
  });

  it('names an EncodingAESKey that is not 43 characters', () => {
    const msg = problem({ WECOM_BOT_TOKEN: 't', WECOM_BOT_AES_KEY: KEY.slice(1) });
    expect(msg).toContain('WECOM_BOT_AES_KEY');
    expect(msg).toContain('43');
  });

  it('names the missing half of a channel and every other bad setting', () => {
    expect(problem({ WECOM_BOT_TOKEN: 't' })).toContain('WECOM_BOT_AES_KEY：启用智能机器人时必须填写');
    const msg = problem({ DUBAN_PORT: 'eighty', DUBAN_REMINDER_TIME: '9点' });
    expect(msg).toContain('DUBAN_PORT');
    expect(msg).toContain('DUBAN_REMINDER_TIME');
  });

  it('reads a .env file, with the real environment taking precedence', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'duban-env-')), '.env');
    await writeFile(file, `DUBAN_PORT=4100\nDUBAN_ADMINS=zhangsan\nHOME=/from/file\n`);
    const env = readEnv(file);
    expect(loadConfig(env)).toMatchObject({ port: 4100, admins: ['zhangsan'] });
    expect(env.HOME).toBe(process.env.HOME);
  });
});
