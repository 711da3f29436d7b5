// Tells the admins about a push that finally failed, through the self-built app's message API
// (a group webhook may be the very thing that is broken). Without an app or admins there is no one to
// tell this way; the log and the audit still carry the failure.
import type { Config } from '../config.ts';
import type { WecomApi } from '../wecom/api-client.ts';
import type { NotifyAdmins } from './report-failure.ts';

export function adminNotifier(config: Pick<Config, 'app' | 'admins'>, api: Pick<WecomApi, 'sendAppMarkdown'> | null): NotifyAdmins | null {
  if (!config.app || !api || config.admins.length === 0) return null;
  // message/send accepts several users joined with '|': one call for all admins.
  return (text) => api.sendAppMarkdown(config.admins.join('|'), text);
}
