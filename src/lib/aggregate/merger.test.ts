import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestText } from '../ingest/index.ts';
import { predecessorsOf, rollUp, successorOf } from './merger.ts';
import { UnitDirectory } from './units.ts';

const units = UnitDirectory.fromTable(
  ingestText(readFileSync(new URL('../../../data/units.csv', import.meta.url), 'utf8'), { fileName: 'units.csv' }).table!,
);
const old = (name: string) => units.nodes.find((n) => n.name === name && n.until !== null)!;
const current = (name: string) => units.nodes.find((n) => n.name === name && n.until === null && n.level === 'xã')!;

describe('the 2025 merger in the bundled units list', () => {
  it('takes each of the ten communes of Pác Nặm to its new commune in Thái Nguyên', () => {
    const into = (name: string) => {
      const next = successorOf(units, old(name))!;
      return `${next.name} (${units
        .ancestors(next)
        .map((a) => a.name)
        .join()})`;
    };
    for (const name of ['Bằng Thành', 'Bộc Bố', 'Nhạn Môn', 'Giáo Hiệu']) expect(into(name)).toBe('Bằng Thành (Thái Nguyên)');
    for (const name of ['Nghiên Loan', 'Xuân La', 'An Thắng']) expect(into(name)).toBe('Nghiên Loan (Thái Nguyên)');
    for (const name of ['Cổ Linh', 'Công Bằng', 'Cao Tân']) expect(into(name)).toBe('Cao Minh (Thái Nguyên)');
    // The old Bằng Thành goes to the new one of the same name, never to itself.
    expect(successorOf(units, old('Bằng Thành'))!.id).toBe(current('Bằng Thành').id);
  });

  it('lists the old communes of each new one, and none for a unit that still exists', () => {
    const names = (n: string) => predecessorsOf(units, current(n)).map((o) => o.name);
    expect(names('Bằng Thành')).toEqual(['Bằng Thành', 'Bộc Bố', 'Giáo Hiệu', 'Nhạn Môn']);
    expect(names('Nghiên Loan')).toEqual(['An Thắng', 'Nghiên Loan', 'Xuân La']);
    expect(names('Cao Minh')).toEqual(['Cao Tân', 'Cổ Linh', 'Công Bằng']);
    expect(successorOf(units, current('Cao Minh'))).toBeNull();
    // Pác Nặm ended without a successor (the district level was abolished): it leads nowhere.
    expect(
      successorOf(
        units,
        units.nodes.find((n) => n.name === 'Pác Nặm')!,
      ),
    ).toBeNull();
  });

  it('the new codes are those of the reference (a code reused, so never a key alone)', () => {
    expect(['Bằng Thành', 'Nghiên Loan', 'Cao Minh'].map((n) => current(n).code)).toEqual(['01864', '01882', '01879']);
  });
});

describe('rolling figures up into the new commune', () => {
  const all = ['Bằng Thành', 'Bộc Bố', 'Giáo Hiệu', 'Nhạn Môn'];

  it('adds sums (money, workdays), qualifiers kept, and names the old communes without a figure', () => {
    expect(
      rollUp(
        all,
        [
          { name: 'Giáo Hiệu', value: 57, qualifier: 'gt' },
          { name: 'Bằng Thành', value: 34, qualifier: 'gt' },
        ],
        true,
      ),
    ).toEqual({ kind: 'sum', value: 91, qualifier: 'gt', from: ['Giáo Hiệu', 'Bằng Thành'], missing: ['Bộc Bố', 'Nhạn Môn'] });
    const workdays = rollUp(
      all,
      [
        { name: 'Giáo Hiệu', value: 103, qualifier: null },
        { name: 'Nhạn Môn', value: 1000, qualifier: 'nearly' },
        { name: 'Bằng Thành', value: 35, qualifier: null },
      ],
      true,
    );
    expect(workdays).toMatchObject({ kind: 'sum', value: 1138, qualifier: 'approx' });
  });

  it("never adds counts out of each commune's own set (criteria met): each stays its own", () => {
    const r = rollUp(
      all,
      [
        { name: 'Bộc Bố', value: 16, qualifier: null },
        { name: 'Giáo Hiệu', value: 14, qualifier: null },
      ],
      false,
    );
    expect(r.kind).toBe('each');
    expect(r).not.toHaveProperty('value');
    if (r.kind === 'each') expect(r.parts.map((p) => p.value)).toEqual([16, 14]);
    expect(r.missing).toEqual(['Bằng Thành', 'Nhạn Môn']);
  });

  it('says when no old commune has a figure', () => {
    expect(rollUp(all, [], true)).toEqual({ kind: 'none', missing: all });
  });
});
