// Structured log lines on stderr. Secrets never reach a log: values of keys that look secret are masked.
export interface Logger {
  info(message: string, context?: Record<string, unknown>): void;
  warn(message: string, context?: Record<string, unknown>): void;
  error(message: string, context?: Record<string, unknown>): void;
}

const SECRET_KEY = /(secret|token|aeskey|aes_key|encodingaeskey|key|password|signature)$/i;

function redact(context: Record<string, unknown> = {}): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(context)) {
    if (v instanceof Error) out[k] = { message: v.message, stack: v.stack };
    else out[k] = SECRET_KEY.test(k) && v ? '***' : v;
  }
  return out;
}

/** Masks the value of secret-looking query parameters in a URL (key, access_token, corpsecret …). */
export const redactUrl = (url: string): string =>
  url.replace(/([?&](?:key|access_token|corpsecret|secret)=)[^&]*/gi, '$1***');

export function createLogger(write: (line: string) => void = (l) => process.stderr.write(l + '\n')): Logger {
  const emit = (level: string, message: string, context?: Record<string, unknown>) =>
    write(JSON.stringify({ at: new Date().toISOString(), level, message, ...redact(context) }));
  return {
    info: (m, c) => emit('info', m, c),
    warn: (m, c) => emit('warn', m, c),
    error: (m, c) => emit('error', m, c),
  };
}

/** A logger that keeps lines in memory, for tests. */
export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return Object.assign(createLogger((l) => lines.push(l)), { lines });
}
