// Configuration from the environment (or a .env file), validated at start-up.
// (Shape fixed here; the loader and its validation are being written: see issue 3.)

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
}
