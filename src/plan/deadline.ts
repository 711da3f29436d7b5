// Understands deadline texts. (Stub; implementation follows.)
import type { Deadline } from './types.ts';

export function parseDeadline(text: string, year: number | null): Deadline {
  void text;
  void year;
  return { kind: 'none' };
}

export function findDeadlineInText(
  text: string,
  year: number | null,
): { text: string; deadline: Deadline } | null {
  void text;
  void year;
  return null;
}
