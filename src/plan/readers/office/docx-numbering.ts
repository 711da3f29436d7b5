// Word's automatic list numbers are not in the text runs: they live in numbering.xml (and, through
// paragraph styles, in styles.xml). This module replays the counters in document order so a
// paragraph or a 序号 cell gets the label Word would display, e.g. 「（三）」 or 「12」.
import { attr, childrenOf, parseXml, pathOf, tagOf, type XNode } from './xml-tree.ts';
import { formatCounter } from './list-label.ts';

interface Level {
  start: number;
  numFmt: string;
  lvlText: string;
}

interface NumberingDefinitions {
  /** numId → level index → level definition (abstract definition with overrides applied). */
  levels: Map<string, Map<number, Level>>;
  /** numId → the abstract definition whose counters it shares (Word continues such lists). */
  counterKey: Map<string, string>;
  /** numId → level → start value that overrides the abstract one. */
  starts: Map<string, Map<number, number>>;
  /** paragraph style id → its numbering (numId, ilvl), following basedOn. */
  styleNumbering: Map<string, { numId: string; ilvl: number }>;
}

const val = (node: XNode | undefined) => (node ? attr(node, 'val') : undefined);
const rootChildren = (xml: string | undefined, rootTag: string): XNode[] => {
  if (!xml) return [];
  const root = parseXml(xml).find((n) => tagOf(n) === rootTag);
  return root ? childrenOf(root) : [];
};

function readLevels(container: XNode): Map<number, Level> {
  const levels = new Map<number, Level>();
  for (const lvl of childrenOf(container).filter((c) => tagOf(c) === 'lvl')) {
    levels.set(Number(attr(lvl, 'ilvl') ?? 0), {
      start: Number(val(pathOf(lvl, 'start')) ?? 1),
      numFmt: val(pathOf(lvl, 'numFmt')) ?? 'decimal',
      lvlText: val(pathOf(lvl, 'lvlText')) ?? '',
    });
  }
  return levels;
}

function readStyleNumbering(stylesXml: string | undefined): NumberingDefinitions['styleNumbering'] {
  const own = new Map<string, { numId?: string; ilvl?: number; basedOn?: string }>();
  for (const style of rootChildren(stylesXml, 'styles').filter((c) => tagOf(c) === 'style')) {
    const numPr = pathOf(style, 'pPr', 'numPr');
    const ilvl = val(pathOf(numPr, 'ilvl'));
    own.set(attr(style, 'styleId') ?? '', {
      numId: val(pathOf(numPr, 'numId')),
      ilvl: ilvl === undefined ? undefined : Number(ilvl),
      basedOn: val(pathOf(style, 'basedOn')),
    });
  }
  const resolved = new Map<string, { numId: string; ilvl: number }>();
  for (const id of own.keys()) {
    let at = own.get(id);
    for (let hops = 0; at && !at.numId && at.basedOn && hops < 20; hops++) at = own.get(at.basedOn);
    if (at?.numId) resolved.set(id, { numId: at.numId, ilvl: own.get(id)?.ilvl ?? at.ilvl ?? 0 });
  }
  return resolved;
}

export function readNumbering(numberingXml: string | undefined, stylesXml: string | undefined): NumberingDefinitions {
  const children = rootChildren(numberingXml, 'numbering');
  const styleNumbering = readStyleNumbering(stylesXml);
  const abstracts = new Map<string, XNode>(
    children.filter((c) => tagOf(c) === 'abstractNum').map((node) => [attr(node, 'abstractNumId') ?? '', node]),
  );
  const nums = new Map<string, XNode>(children.filter((c) => tagOf(c) === 'num').map((num) => [attr(num, 'numId') ?? '', num]));
  // An abstract definition may hold no levels and only name a numbering style (numStyleLink),
  // whose own numbering instance points at the definition that has them.
  const abstractIdOf = (numId: string, hops = 0): string => {
    const abstractId = val(pathOf(nums.get(numId), 'abstractNumId')) ?? '';
    const link = val(pathOf(abstracts.get(abstractId), 'numStyleLink'));
    const linked = link ? styleNumbering.get(link)?.numId : undefined;
    return linked && linked !== numId && hops < 5 ? abstractIdOf(linked, hops + 1) : abstractId;
  };
  const levels = new Map<string, Map<number, Level>>();
  const starts = new Map<string, Map<number, number>>();
  const counterKey = new Map<string, string>();
  for (const [numId, num] of nums) {
    const abstractId = abstractIdOf(numId);
    const abstract = abstracts.get(abstractId);
    const merged = abstract ? readLevels(abstract) : new Map<number, Level>();
    const overrides = new Map<number, number>();
    for (const o of childrenOf(num).filter((c) => tagOf(c) === 'lvlOverride')) {
      const start = val(pathOf(o, 'startOverride'));
      if (start !== undefined) overrides.set(Number(attr(o, 'ilvl') ?? 0), Number(start));
      for (const [i, level] of readLevels(o)) merged.set(i, level);
    }
    levels.set(numId, merged);
    starts.set(numId, overrides);
    counterKey.set(numId, `a${abstractId}`);
  }
  return { levels, counterKey, starts, styleNumbering };
}

/** Replays list counters; call `labelFor` for every paragraph in document order. */
export function createListCounter(defs: NumberingDefinitions) {
  const counters = new Map<string, number[]>();
  const used = new Set<string>();
  return function labelFor(pPr: XNode | undefined): string {
    const numPr = pathOf(pPr, 'numPr');
    const styled = defs.styleNumbering.get(val(pathOf(pPr, 'pStyle')) ?? '');
    const numId = val(pathOf(numPr, 'numId')) ?? styled?.numId;
    if (!numId || numId === '0') return '';
    const ilvlText = val(pathOf(numPr, 'ilvl'));
    const ilvl = ilvlText === undefined ? (styled?.ilvl ?? 0) : Number(ilvlText);
    const levels = defs.levels.get(numId);
    const level = levels?.get(ilvl);
    if (!levels || !level || level.numFmt === 'bullet') return '';
    const key = defs.counterKey.get(numId) ?? numId;
    const counts = counters.get(key) ?? [];
    if (!used.has(numId)) {
      used.add(numId);
      // A numbering instance with startOverride restarts the shared list where it is first used.
      for (const [i, start] of defs.starts.get(numId) ?? []) {
        counts[i] = start - 1;
        counts.length = i + 1;
      }
    }
    const startOf = (i: number) => levels.get(i)?.start ?? 1;
    counts[ilvl] = counts[ilvl] === undefined ? startOf(ilvl) : counts[ilvl] + 1;
    counts.length = ilvl + 1; // deeper levels restart under a new item
    counters.set(key, counts);
    return level.lvlText.replace(/%(\d)/g, (_, d: string) => {
      const i = Number(d) - 1;
      return formatCounter(counts[i] ?? startOf(i), levels.get(i)?.numFmt ?? 'decimal');
    });
  };
}
