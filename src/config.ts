// Configuration from the environment (or a .env file), validated at start-up: a bad setting stops the
// server with a message naming it, instead of a cryptic failure at the first callback.
// Every setting is documented in .env.example.
import { existsSync, readFileSync } from 'node:fs';
import { parse as parseDotenv } from 'dotenv';
import { z } from 'zod';
import { UserError } from './errors.ts';

export interface Config {
  host: string;
  port: number;
  dataDir: string;
  /** WeCom API base, https://qyapi.weixin.qq.com in production, the stand-in's address in tests and the demo. */
  apiBase: string;
  /** Intelligent bot (智能机器人) callback; receive id is ''. */
  bot: { token: string; aesKey: string } | null;
  /** Self-built app (自建应用) callback and message API. */
  app: { corpId: string; agentId: string; token: string; aesKey: string; secret: string } | null;
  /** User ids with the admin role, and with the leader role (leaders may also be set from chat). */
  admins: string[];
  leaders: string[];
  /** Group webhook keys (消息推送): leaders' groups get summaries, the liaisons' group gets reminders. */
  webhooks: { leaders: string[]; liaisons: string | null };
  schedule: {
    /** Cron expression in China time for the weekly summary; default Monday 09:00. */
    weekly: string;
    /** HH:mm China time for the daily reminder, on working days. */
    reminderTime: string;
    /** Remind assignments due within this many days. */
    reminderDays: number;
  };
  /** Where this server is reachable from users, for signed download links. */
  publicBaseUrl: string | null;
  /** 「导入计划 <网址>」 may fetch only from these hosts (DUBAN_PLAN_URL_HOSTS); see src/intake/. */
  intake?: { allowedHosts: string[] };
}

export type Env = Record<string, string | undefined>;

export class ConfigError extends UserError {
  override name = 'ConfigError';
}

const optional = z.string().optional();
const list = optional.transform((v) => (v ? v.split(/[,，\s]+/).filter(Boolean) : []));
const aesKey = optional.refine((v) => v === undefined || /^[A-Za-z0-9+/]{43}$/.test(v), {
  message: '必须是 43 个字符（企业微信后台生成的 EncodingAESKey，只含字母和数字）',
});
const url = optional.refine((v) => v === undefined || /^https?:\/\/[^\s]+$/.test(v), { message: '必须是 http(s):// 开头的网址' });

const envSchema = z.object({
  DUBAN_HOST: optional.default('0.0.0.0'),
  DUBAN_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DUBAN_DATA_DIR: optional.default('./data'),
  WECOM_API_BASE: url.default('https://qyapi.weixin.qq.com'),
  WECOM_BOT_TOKEN: optional,
  WECOM_BOT_AES_KEY: aesKey,
  WECOM_CORP_ID: optional,
  WECOM_APP_AGENT_ID: optional.refine((v) => v === undefined || /^\d+$/.test(v), { message: '必须是数字（应用的 AgentId）' }),
  WECOM_APP_TOKEN: optional,
  WECOM_APP_AES_KEY: aesKey,
  WECOM_APP_SECRET: optional,
  DUBAN_ADMINS: list,
  DUBAN_LEADERS: list,
  WECOM_WEBHOOK_LEADERS: list,
  WECOM_WEBHOOK_LIAISONS: optional,
  DUBAN_WEEKLY_CRON: optional.default('0 9 * * 1').refine((v) => v.split(/\s+/).length >= 5, { message: '必须是 5 段的 cron 表达式，例如 0 9 * * 1' }),
  DUBAN_REMINDER_TIME: optional.default('09:00').refine((v) => /^([01]\d|2[0-3]):[0-5]\d$/.test(v), { message: '必须是 HH:mm，例如 09:00' }),
  DUBAN_REMINDER_DAYS: z.coerce.number().int().min(0).max(60).default(3),
  DUBAN_PUBLIC_BASE_URL: url,
  DUBAN_PLAN_URL_HOSTS: list,
});

type Parsed = z.infer<typeof envSchema>;

/** A channel is on when any of its settings is given; then all of them are required. */
function requireGroup(p: Parsed, names: (keyof Parsed)[], what: string): string[] {
  const given = names.filter((n) => p[n] !== undefined);
  if (given.length === 0) return [];
  return names.filter((n) => p[n] === undefined).map((n) => `${n}：启用${what}时必须填写`);
}

const BOT_KEYS: (keyof Parsed)[] = ['WECOM_BOT_TOKEN', 'WECOM_BOT_AES_KEY'];
const APP_KEYS: (keyof Parsed)[] = ['WECOM_CORP_ID', 'WECOM_APP_AGENT_ID', 'WECOM_APP_TOKEN', 'WECOM_APP_AES_KEY', 'WECOM_APP_SECRET'];

/** process.env over the values of ./.env (the environment wins, as dotenv does). */
export function readEnv(envFile = '.env'): Env {
  const fromFile = existsSync(envFile) ? parseDotenv(readFileSync(envFile)) : {};
  return { ...fromFile, ...process.env };
}

/** Validates the settings; throws ConfigError listing every bad one by name. */
export function loadConfig(env: Env = readEnv()): Config {
  // An empty value (`DUBAN_HOST=` in .env) means "not set", so the default applies.
  const cleaned = Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v?.trim() || undefined]));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `${String(i.path[0])}：${i.message}`);
    throw new ConfigError(`配置有误，请修改后重新启动：\n${lines.join('\n')}`);
  }
  const p = result.data;
  const missing = [...requireGroup(p, BOT_KEYS, '智能机器人'), ...requireGroup(p, APP_KEYS, '自建应用')];
  if (missing.length) throw new ConfigError(`配置有误，请修改后重新启动：\n${missing.join('\n')}`);
  return {
    host: p.DUBAN_HOST,
    port: p.DUBAN_PORT,
    dataDir: p.DUBAN_DATA_DIR,
    apiBase: p.WECOM_API_BASE.replace(/\/+$/, ''),
    bot: p.WECOM_BOT_TOKEN && p.WECOM_BOT_AES_KEY ? { token: p.WECOM_BOT_TOKEN, aesKey: p.WECOM_BOT_AES_KEY } : null,
    app:
      p.WECOM_CORP_ID && p.WECOM_APP_AGENT_ID && p.WECOM_APP_TOKEN && p.WECOM_APP_AES_KEY && p.WECOM_APP_SECRET
        ? { corpId: p.WECOM_CORP_ID, agentId: p.WECOM_APP_AGENT_ID, token: p.WECOM_APP_TOKEN, aesKey: p.WECOM_APP_AES_KEY, secret: p.WECOM_APP_SECRET }
        : null,
    admins: p.DUBAN_ADMINS,
    leaders: p.DUBAN_LEADERS,
    webhooks: { leaders: p.WECOM_WEBHOOK_LEADERS, liaisons: p.WECOM_WEBHOOK_LIAISONS ?? null },
    schedule: { weekly: p.DUBAN_WEEKLY_CRON, reminderTime: p.DUBAN_REMINDER_TIME, reminderDays: p.DUBAN_REMINDER_DAYS },
    publicBaseUrl: p.DUBAN_PUBLIC_BASE_URL?.replace(/\/+$/, '') ?? null,
    intake: { allowedHosts: p.DUBAN_PLAN_URL_HOSTS },
  };
}
