// Splits a responsible-unit cell into units and groups. (Stub; implementation follows.)
import type { UnitRef } from '../plan/types.ts';

export function parseUnitsText(text: string): UnitRef[] {
  void text;
  return [];
}
