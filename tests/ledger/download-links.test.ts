import { describe, expect, it } from 'vitest';
import { createDownloadLinks } from '../../src/ledger/download-links.ts';

const parse = (path: string) => {
  const u = new URL(path, 'http://bot.local');
  const [, , id] = u.pathname.split('/');
  return { id, exp: u.searchParams.get('exp')!, sig: u.searchParams.get('sig')! };
};

describe('signed download links', () => {
  it('serve the file until they expire, and never with a changed id, expiry or signature', () => {
    const links = createDownloadLinks(60_000);
    const path = links.put('工作台账.xlsx', new Uint8Array([1, 2, 3]), 1_000);
    expect(path).toMatch(/^\/download\/[\w-]+\/%E5%B7%A5/);
    const { id, exp, sig } = parse(path);
    expect(links.get(id, exp, sig, 30_000)?.name).toBe('工作台账.xlsx');
    expect(links.get(id, exp, sig, 61_001)).toBeNull();
    expect(links.get(id, String(Number(exp) + 60_000), sig, 30_000)).toBeNull();
    expect(links.get(id, exp, sig.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')), 30_000)).toBeNull();
    expect(links.get('other', exp, sig, 30_000)).toBeNull();
  });

  it('are not valid in another process (another secret)', () => {
    const path = createDownloadLinks().put('a.xlsx', new Uint8Array([1]), 0);
    const { id, exp, sig } = parse(path);
    expect(createDownloadLinks().get(id, exp, sig, 1)).toBeNull();
  });
});
