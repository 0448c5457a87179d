/**
 * English words of the template help: the same keys as `help-vi.ts` (type-checked).
 */
import { FLAG_WORDS } from '../model/index.ts';
import type { HelpText } from './help-vi.ts';

const QUALIFIERS =
  'may carry: hơn/trên (more than, >), gần/khoảng (about, ~), từ … trở lên (at least, ≥), dưới (less than, <), ≤ (at most)';
const YEAR = 'One year (2018) or a period (2016-2020), between 1990 and 2100';

export const helpEn: HelpText = {
  requirement: { required: 'Required', optional: 'Optional', 'one-of': 'At least one of money and workdays' },
  kinds: {
    criteria: {
      title: 'New-rural criteria by commune',
      summary: 'One row per commune and year: the number of criteria met. One row per commune per year.',
    },
    pledges: {
      title: 'Pledges and registrations',
      summary: 'One row per unit and year or period: the number of pledges and registrations.',
    },
    contributions: {
      title: 'Contributions of money and workdays',
      summary: 'One row per contributing unit, commune helped and year: money and/or workdays.',
    },
    awards: { title: 'Awards', summary: 'One row per year, level, collective or individual, count and form.' },
    targets: { title: 'Socio-economic targets', summary: 'One row per unit and year: targets met out of the total.' },
    indicators: { title: 'Other indicators (long form)', summary: 'One row per unit, year and indicator: its value and unit of measure.' },
    units: { title: 'List of units', summary: 'One row per administrative unit: level and parent; after a merger, its successor.' },
  },
  flags: {
    holds: 'Columns "Tiêu chí 1" … "Tiêu chí 19" (not in the template): whether each criterion is met.',
    allowed: `Met: ${FLAG_WORDS.yes.join(', ')}. Not met: ${FLAG_WORDS.no.join(', ')}. Empty: not recorded (not the same as not met).`,
  },
  fields: {
    commune: { holds: "The commune's name, as the report writes it.", allowed: 'Text; "Bộc Bố" and "Bộc  Bố" count as one.' },
    year: { holds: 'The year or period of the figure.', allowed: YEAR },
    criteria_met: { holds: 'Criteria the commune meets.', allowed: 'A whole number from 0 to the total' },
    criteria_total: { holds: 'Criteria in the set.', allowed: 'A whole number above 0; empty means 19' },
    criteria_set: { holds: 'The set of criteria the year was scored against.', allowed: 'Any text, such as 2021–2025; optional' },
    district: { holds: 'District.', allowed: '' },
    province: { holds: 'Province.', allowed: '' },
    source: { holds: 'The report or document the figure comes from.', allowed: '' },
    note: { holds: 'A note: derived figures, explanations…', allowed: '' },
    unit: { holds: 'The unit, party cell or committee.', allowed: '' },
    pledges: { holds: 'Pledges signed and actions registered.', allowed: `A whole number (15.486 is fifteen thousand); ${QUALIFIERS}` },
    beneficiary_commune: { holds: 'The commune helped.', allowed: '' },
    money_million_vnd: {
      holds: 'Money contributed, in million VND.',
      allowed: `A number with a decimal comma (1.250,5); "57 triệu", "2,3 tỷ" are understood; ${QUALIFIERS}`,
    },
    workdays: { holds: 'Workdays contributed.', allowed: `A number; "103 ngày công" is understood; ${QUALIFIERS}` },
    purpose: { holds: 'What it was for: a road, a house…', allowed: '' },
    quantity: { holds: 'Quantity of work done (e.g. length of road).', allowed: `A number; ${QUALIFIERS}` },
    quantity_uom: { holds: 'Unit of the quantity.', allowed: 'km, m, cái, công trình…' },
    level: { holds: 'Level.', allowed: '' },
    recipient_type: { holds: 'Who was commended.', allowed: 'tập thể (collective), cá nhân (individual)' },
    count: { holds: 'Collectives or individuals commended.', allowed: `A whole number; ${QUALIFIERS}` },
    form: { holds: 'Form of the award.', allowed: 'Free text: bằng khen, giấy khen, thư khen…' },
    targets_met: { holds: 'Targets met or exceeded.', allowed: 'A whole number from 0 to the total' },
    targets_total: { holds: 'Targets in all.', allowed: 'A whole number above 0' },
    indicator: { holds: "The indicator's name.", allowed: '' },
    value: { holds: "The indicator's value.", allowed: `A number, may be negative; ${QUALIFIERS}` },
    uom: { holds: 'Unit of measure of the value.', allowed: '%, xã, người, việc làm…' },
    name: { holds: "The administrative unit's name.", allowed: '' },
    parent: { holds: 'The unit directly above.', allowed: '' },
    code: {
      holds: 'Administrative unit code (General Statistics Office).',
      allowed: 'Keep the leading zero (01864); old codes may be reused after a merger',
    },
    valid_to: { holds: 'Date the unit ceased to exist.', allowed: 'A date, e.g. 2025-06-30' },
    successor: { holds: 'The unit that replaced it after a merger.', allowed: '' },
  },
  byKind: {
    awards: {
      level: { holds: 'Level of the award.', allowed: 'trung ương (central), tỉnh (province), huyện (district), xã/cơ sở (commune)' },
      unit: { holds: 'The unit reporting or commended.', allowed: '' },
    },
    units: {
      level: { holds: 'Administrative level of the unit.', allowed: 'tỉnh, huyện, xã…' },
    },
  },
};
