/**
 * The Vietnamese header the app writes for a field (exports, templates): the field's first
 * Vietnamese alias in schema.ts, capitalised, with its unit in brackets where the cells
 * carry no unit of their own. Reading it back goes through the same aliases.
 */
import type { FieldSpec } from './schema.ts';

// Money is the one field whose unit a reader cannot guess (triệu? nghìn? đồng?).
const HEADER_UNITS: Readonly<Record<string, string>> = { money_million_vnd: 'triệu đồng' };

const NON_ASCII = /[^\x20-\x7e]/;

/**
 * The Vietnamese header of a field.
 * @example viHeader(moneyField) === 'Số tiền (triệu đồng)'
 */
export function viHeader(field: FieldSpec): string {
  // "tc1" is an alias but not Vietnamese: prefer the first alias with Vietnamese letters.
  const alias = field.aliases.find((a) => NON_ASCII.test(a)) ?? field.aliases[0] ?? field.name;
  const header = alias.charAt(0).toLocaleUpperCase('vi') + alias.slice(1);
  const unit = HEADER_UNITS[field.name];
  return unit ? `${header} (${unit})` : header;
}
