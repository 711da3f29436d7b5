export type UnitKind = '镇' | '街道' | '开发区' | '部门' | '其他';

export interface DirectoryUnit {
  /** Canonical full name, e.g. 县卫生健康局. */
  name: string;
  kind: UnitKind;
  /** Other spellings that mean this unit, e.g. 县卫健局, 卫健局. */
  aliases: string[];
}

export interface UnitDirectory {
  version: 1;
  units: DirectoryUnit[];
}
