import { describe, expect, it } from 'vitest';
import { KINDS, closestKind, kindSpec, matchHeader, recogniseKind } from './schema.ts';

describe('recogniseKind knows each kind from its header', () => {
  it.each([
    [['commune', 'year', 'criteria_met'], 'criteria'],
    [['Xã', 'Năm', 'Số tiêu chí đạt', 'Tổng số tiêu chí'], 'criteria'],
    [['Đơn vị', 'Năm', 'Số lượt cam kết'], 'pledges'],
    [['STT', 'Đơn vị', 'Xã được hỗ trợ', 'Năm', 'Số tiền (triệu đồng)', 'Ngày công', 'Nguồn'], 'contributions'],
    [['unit', 'beneficiary_commune', 'year', 'workdays'], 'contributions'],
    [['Năm', 'Cấp khen', 'Đối tượng', 'Số lượng', 'Hình thức'], 'awards'],
    [['Đơn vị', 'Năm', 'Số chỉ tiêu đạt', 'Tổng số chỉ tiêu'], 'targets'],
    [['Đơn vị', 'Năm', 'Chỉ tiêu', 'Giá trị', 'Đơn vị tính'], 'indicators'],
    [['Tên', 'Cấp', 'Trực thuộc', 'Mã'], 'units'],
    [['XÃ', 'NĂM'.normalize('NFD'), ' tiêu  chí đạt '], 'criteria'],
  ] as const)('%j → %s', (header, kind) => {
    expect(recogniseKind(header)?.kind).toBe(kind);
  });

  it('recognises nothing from a title row', () => {
    expect(recogniseKind(['BÁO CÁO ĐÓNG GÓP XÂY DỰNG NÔNG THÔN MỚI', '', ''])).toBeNull();
  });

  it('needs money or workdays for contributions', () => {
    expect(recogniseKind(['unit', 'beneficiary_commune', 'year'])).toBeNull();
  });
});

describe('matchHeader maps columns and reports what is wrong', () => {
  it('ignores STT, keeps unknown columns as extras and names the missing ones', () => {
    const m = matchHeader(['STT', 'Xã', 'Ghi chú', 'Người lập'], kindSpec('criteria'));
    expect(m.ignored).toEqual([0]);
    expect([...m.extras.values()]).toEqual(['Người lập']);
    expect(m.missing).toEqual(['year', 'criteria_met']);
  });

  it('finds two columns meaning the same field', () => {
    const m = matchHeader(['xã', 'commune', 'năm', 'criteria_met'], kindSpec('criteria'));
    expect(m.duplicates).toEqual([['commune', 0, 1]]);
  });

  it('explains a near miss with the closest kind', () => {
    expect(closestKind(['Xã', 'Năm', 'Ghi chú']).kind).toBe('criteria');
  });
});

describe('the schema itself', () => {
  it('gives every kind a key made of its own fields', () => {
    for (const k of KINDS) {
      const names = k.fields.map((f) => f.name);
      expect(
        k.key.every((f) => names.includes(f)),
        k.kind,
      ).toBe(true);
    }
  });

  it('never maps one header to two fields of the same kind', () => {
    for (const k of KINDS) {
      const seen = new Map<string, string>();
      for (const f of k.fields) {
        for (const n of [f.name, ...f.aliases]) {
          const key = n.toLowerCase();
          expect(seen.get(key) ?? f.name, `${k.kind}: ${n}`).toBe(f.name);
          seen.set(key, f.name);
        }
      }
    }
  });
});

describe('a list of units is not taken for granted', () => {
  it('needs more than a "Đơn vị" column, so a pledges file missing its figures is explained as pledges', () => {
    expect(recogniseKind(['Đơn vị', 'Năm', 'Ghi chú'])).toBeNull();
    expect(closestKind(['Đơn vị', 'Năm', 'Ghi chú']).missing.length).toBeGreaterThan(0);
    expect(recogniseKind(['Tên đơn vị', 'Cấp'])?.kind).toBe('units');
  });
});
