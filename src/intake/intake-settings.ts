// Limits for plans that arrive from the chat. The allowed page hosts come from configuration
// (`intake.allowedHosts`, DUBAN_PLAN_URL_HOSTS); with none configured, 「导入计划 <网址>」 is refused
// rather than fetching from anywhere.
import type { Config } from '../config.ts';

export interface IntakeSettings {
  /** Host names (optionally with :port) a plan page may be fetched from, redirects included. */
  allowedHosts: string[];
  maxBytes: number;
  timeoutMs: number;
  /** How long a previewed import waits for 「确认导入」. */
  pendingTtlMs: number;
}

export const INTAKE_DEFAULTS: Omit<IntakeSettings, 'allowedHosts'> = {
  maxBytes: 20 * 1024 * 1024,
  timeoutMs: 10_000,
  pendingTtlMs: 30 * 60_000,
};

export function intakeSettings(config: Pick<Config, 'intake'>): IntakeSettings {
  return { ...INTAKE_DEFAULTS, allowedHosts: config.intake?.allowedHosts ?? [] };
}
