import { describe, expect, it } from 'vitest';
import type { Overview } from '../aggregate/index.ts';
import { kpiCards, type KpiCard } from './kpi-cards.ts';

const SOURCE = 'Báo cáo Huyện ủy Pác Nặm 2021';
const overview: Overview = {
  pledges: { value: 15486, qualifier: null, count: 1, period: { start: 2016, end: 2021 }, sources: [SOURCE] },
  targets: { met: 26, total: 33, period: { start: 2018, end: 2018 }, unit: 'Huyện Pác Nặm', sources: [SOURCE] },
  money: { value: 91, qualifier: 'gt', count: 2, period: { start: 2016, end: 2021 }, sources: [SOURCE] },
  workdays: { value: 1138, qualifier: 'approx', count: 3, period: { start: 2016, end: 2021 }, sources: [SOURCE] },
  commendations: { value: 50, qualifier: 'nearly', count: 1, period: { start: 2016, end: 2021 }, sources: [SOURCE], from: 'indicator' },
  criteria: [],
};

const read = (cards: KpiCard[]) => cards.map((c) => [c.id, c.value.map((p) => p.text).join(' '), c.label]);

describe('kpiCards', () => {
  it('words the seed report\'s figures in Vietnamese', () => {
    expect(read(kpiCards(overview, 'vi'))).toEqual([
      ['pledges', '15.486', 'lượt cam kết, 2016–2021'],
      ['targets', '26/33', 'chỉ tiêu KT-XH đạt, 2018'],
      ['money', 'hơn 91 triệu đồng', 'đóng góp bằng tiền'],
      ['workdays', 'khoảng 1.138 ngày công', 'đóng góp bằng ngày công'],
      ['commendations', 'gần 50', 'tập thể, cá nhân được khen thưởng cấp tỉnh, huyện'],
    ]);
  });

  it('words them in English', () => {
    expect(read(kpiCards(overview, 'en')).map(([, value]) => value)).toEqual([
      '15,486', '26/33', 'more than 91 million VND', 'about 1,138 workdays', 'nearly 50',
    ]);
  });

  it('names the source on every card', () => {
    expect(kpiCards(overview, 'vi').map((c) => c.source)).toEqual(Array(5).fill(`Nguồn: ${SOURCE}`));
  });

  it('says "no data yet" on a card whose figure is missing', () => {
    const empty: Overview = { pledges: null, targets: null, money: null, workdays: null, commendations: null, criteria: [] };
    expect(kpiCards(empty, 'vi').map((c) => [c.value[0]?.text, c.source])).toEqual(Array(5).fill(['—', 'Chưa có số liệu']));
  });

  it('labels commendations counted from award rows as such', () => {
    const fromAwards: Overview = { ...overview, commendations: { ...overview.commendations!, from: 'awards' } };
    expect(kpiCards(fromAwards, 'vi')[4]?.label).toBe('lượt khen thưởng');
  });
});
