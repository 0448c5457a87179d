import { describe, expect, it } from 'vitest';
import { ingestText } from '../ingest/index.ts';
import { isStoredTable, tableFromStored, tableToStored } from './table-blob.ts';

const CSV =
  'unit,beneficiary_commune,year,money_million_vnd,workdays,source\nBộc Bố,Bộc Bố,2017,hơn 57,,Báo cáo 2017\nGiáo Hiệu,Bộc Bố,2016-2020,15.486,120,\n';

describe('a table stored as one Blob', () => {
  const table = ingestText(CSV, { fileName: 'dong-gop.csv' }).table!;

  it('reads back equal, typed arrays and all (NaN kept), each array aligned in one buffer', async () => {
    const stored = tableToStored(table);
    expect(isStoredTable(stored)).toBe(true);
    const back = await tableFromStored(stored);
    expect(back).toEqual(table);
    expect(back.length).toBe(2);
    const values = (back.columns.workdays as { values: Float64Array }).values;
    expect(values).toBeInstanceOf(Float64Array);
    expect(Number.isNaN(values[0])).toBe(true);
    expect(values[1]).toBe(120);
    expect(values.byteOffset % 8).toBe(0);
    expect(values.buffer).toBe(back.lines.buffer);
    expect(stored.blob.size % 8).toBe(0);
  });

  it('tells a stored table from a table stored by an earlier version', () => {
    expect(isStoredTable(table)).toBe(false);
    expect(isStoredTable(undefined)).toBe(false);
    expect(isStoredTable({ format: 'blob-1', shape: {}, blob: 'not a blob' })).toBe(false);
  });

  it('refuses a shape that points past its data instead of reading garbage', async () => {
    const stored = tableToStored(table);
    await expect(tableFromStored({ ...stored, blob: new Blob([new Uint8Array(8)]) })).rejects.toThrow(/does not match/);
  });
});
