/**
 * A column table as stored in IndexedDB: its typed arrays in one Blob, the rest (kind, length,
 * dictionaries) as a small object whose arrays name their place in the Blob. Chromium copies a
 * structured-cloned value of typed arrays at about 12 ms a megabyte on the page's thread (a
 * 200,000-row table, 13 MB: ~190 ms of frozen page when an import lands); a Blob is handed to
 * the database by reference after one copy (~3 ms a megabyte). Reading back costs one
 * `arrayBuffer()`, done off the page's thread, and views on it, no copy.
 */
import type { RecordTable } from '../model/index.ts';

const TYPED = { Float64Array, Float32Array, Int32Array, Uint32Array, Int16Array, Uint16Array, Int8Array, Uint8Array } as const;
type TypedName = keyof typeof TYPED;
type Typed = InstanceType<(typeof TYPED)[TypedName]>;

/** Where one typed array lies in the Blob. */
interface TypedRef {
  $typed: TypedName;
  /** Byte offset, a multiple of 8 so any view can start there. */
  offset: number;
  length: number;
}

/** A table as stored: `shape` is the table with each typed array replaced by a `TypedRef`. */
export interface StoredTable {
  format: 'blob-1';
  shape: unknown;
  blob: Blob;
}

/** True for a value `tableToStored` made (a table stored before is the table itself). */
export function isStoredTable(value: unknown): value is StoredTable {
  return !!value && typeof value === 'object' && (value as StoredTable).format === 'blob-1' && (value as StoredTable).blob instanceof Blob;
}

/** The table as stored: its typed arrays in one Blob, 8-byte aligned. */
export function tableToStored(table: RecordTable): StoredTable {
  const parts: BlobPart[] = [];
  let offset = 0;
  const shape = mapTyped(table, (array) => {
    const ref: TypedRef = { $typed: typedName(array), offset, length: array.length };
    parts.push(array as Uint8Array<ArrayBuffer>);
    offset += array.byteLength;
    const pad = (8 - (offset % 8)) % 8;
    if (pad) parts.push(new Uint8Array(pad));
    offset += pad;
    return ref;
  });
  return { format: 'blob-1', shape, blob: new Blob(parts) };
}

/** The table of `tableToStored`, its typed arrays views on one buffer read from the Blob. */
export async function tableFromStored(stored: StoredTable): Promise<RecordTable> {
  const buffer = await stored.blob.arrayBuffer();
  return rebuild(stored.shape, buffer) as RecordTable;
}

function rebuild(value: unknown, buffer: ArrayBuffer): unknown {
  if (Array.isArray(value)) return value.map((v) => rebuild(v, buffer));
  if (!value || typeof value !== 'object') return value;
  if ('$typed' in value) {
    const { $typed, offset, length } = value as TypedRef;
    const Type = TYPED[$typed];
    if (!Type || offset + length * Type.BYTES_PER_ELEMENT > buffer.byteLength) throw new Error('stored table does not match its data');
    return new Type(buffer, offset, length);
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rebuild(v, buffer)]));
}

/** A copy of `value` with each typed array replaced by what `f` gives (objects and arrays walked). */
function mapTyped(value: unknown, f: (array: Typed) => unknown): unknown {
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) return f(value as Typed);
  if (Array.isArray(value)) return value.map((v) => mapTyped(v, f));
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapTyped(v, f)]));
}

function typedName(array: Typed): TypedName {
  const name = array.constructor.name;
  if (!(name in TYPED)) throw new Error(`cannot store a ${name}`);
  return name as TypedName;
}
