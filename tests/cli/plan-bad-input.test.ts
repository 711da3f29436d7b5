// Bad plan files get a clear Chinese message and a non-zero exit, and the data folder is left exactly
// as it was (every file's hash compared), whether it holds a store or does not exist yet.
import { mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.ts';
import { cliCtx, fingerprint, tempDir } from '../store/helpers.ts';
import { cli } from './cli-io.ts';

const files = tempDir('duban-bad-');
const path = (name: string) => join(files, name);

beforeAll(async () => {
  writeFileSync(path('empty.txt'), '');
  // Deterministic "random" bytes, as a file arriving with the wrong extension or damaged in transit.
  let x = 7;
  writeFileSync(path('garbage.docx'), Uint8Array.from({ length: 4096 }, () => ((x = (x * 1103515245 + 12345) % 2 ** 31) >> 16) & 255));
  writeFileSync(path('garbage.txt'), Uint8Array.from({ length: 4096 }, (_, i) => (i * 37) % 256));
  const doc = new Document({ sections: [{ children: [
    new Paragraph('高青县2024年政务公开工作要点'),
    new Table({ rows: [['序号', '工作任务', '责任单位'], ['1', '更新公开目录', '县司法局']].map((r) => new TableRow({ children: r.map((c) => new TableCell({ children: [new Paragraph(c)] })) })) }),
  ] }] });
  const docx = await Packer.toBuffer(doc);
  writeFileSync(path('truncated.docx'), docx.subarray(0, Math.floor(docx.length / 2)));
  writeFileSync(path('no-header.txt'), '水果清单\n| 苹果 | 香蕉 | 橘子 |\n| 1 | 2 | 3 |\n| 4 | 5 | 6 |\n');
  // Sparse: 50 MB by size, no disk needed.
  writeFileSync(path('huge.txt'), '');
  truncateSync(path('huge.txt'), 50 * 1024 * 1024);
  mkdirSync(path('folder.docx'));
});

const CASES: [string, string, RegExp][] = [
  ['an empty file', 'empty.txt', /文件是空的/],
  ['binary garbage named .docx', 'garbage.docx', /错误：/],
  ['binary garbage named .txt', 'garbage.txt', /错误：/],
  ['a truncated docx', 'truncated.docx', /错误：/],
  ['a table with no recognisable header', 'no-header.txt', /错误：/],
  ['a 50 MB file', 'huge.txt', /文件太大（50\.0 MB）.*不能超过 20 MB/],
  ['a missing file', 'missing.docx', /找不到文件/],
  ['a folder', 'folder.docx', /是一个文件夹/],
];

describe('plan import with bad input', () => {
  for (const [what, name, message] of CASES) {
    it(`refuses ${what} and leaves an existing store byte-for-byte unchanged`, async () => {
      const data = tempDir();
      const store = await openStore(data);
      await store.updateState(cliCtx, (s) => (s.leaders.push('leader1'), [{ action: 'leader.add', before: null, after: 'leader1' }]));
      await store.backup();
      const before = fingerprint(data);
      const run = await cli(['plan', 'import', path(name), '--yes'], { DUBAN_DATA_DIR: data });
      expect(run.code).toBe(1);
      expect(run.err).toMatch(/^错误：/);
      expect(run.err).toMatch(message);
      expect(run.out).toBe('');
      expect(fingerprint(data)).toEqual(before);
    });
  }

  it('does not even create the data folder when the file is bad', async () => {
    const data = join(tempDir(), 'data');
    for (const [, name] of CASES) {
      expect((await cli(['plan', 'import', path(name), '--yes'], { DUBAN_DATA_DIR: data })).code).toBe(1);
      expect((await cli(['plan', 'parse', path(name)], { DUBAN_DATA_DIR: data })).code).toBe(1);
    }
    expect(() => fingerprint(data)).toThrow(/ENOENT/);
  });
});
