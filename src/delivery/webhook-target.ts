import { createHash } from 'node:crypto';

// A configured webhook is a key (or, for convenience, the full URL WeCom shows when adding the robot).
// The key is a secret: logs and the audit only ever see its last four characters.

export function webhookUrl(apiBase: string, keyOrUrl: string): string {
  if (/^https?:\/\//i.test(keyOrUrl)) return keyOrUrl;
  return `${apiBase.replace(/\/+$/, '')}/cgi-bin/webhook/send?key=${encodeURIComponent(keyOrUrl)}`;
}

/** 「…3f9a」: enough to tell groups apart in a log, useless to an attacker. */
export function webhookLabel(keyOrUrl: string): string {
  const key = /[?&]key=([^&]+)/.exec(keyOrUrl)?.[1] ?? keyOrUrl;
  return `…${key.slice(-4)}`;
}

/** A stable id for a webhook that reveals nothing of its key, e.g. to name its step in state.runs. */
export const webhookId = (keyOrUrl: string) => createHash('sha256').update(keyOrUrl).digest('hex').slice(0, 12);
