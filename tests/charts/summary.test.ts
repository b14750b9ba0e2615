import { describe, expect, it } from 'vitest';
import { chartSummary } from '../../src/lib/charts/summary.ts';
import { acrossMerger, districts, rank, syntheticIndicator, withTarget } from './synthetic-indicators.ts';

const TODAY = '2026-11-26';
const vi = (indicator: Parameters<typeof chartSummary>[0]) => chartSummary(indicator, 'vi', TODAY);
const en = (indicator: Parameters<typeof chartSummary>[0]) => chartSummary(indicator, 'en', TODAY);

describe('chartSummary with a single figure', () => {
  it('says there is only one, with its value, period and territory, and how far it is from the target', () => {
    expect(vi(withTarget())).toBe(
      'Chỉ số thử: mới có một số liệu được công bố, 7,09% năm 2023, tại tỉnh Thử (trước 01/07/2025). ' +
        'Mục tiêu đến năm 2030 (còn 4 năm) là 15%; số liệu mới nhất (7,09%) còn cách mục tiêu 7,91 điểm phần trăm.',
    );
    expect(en(withTarget())).toBe(
      'Test indicator: only one figure has been published, 7.09% in 2023, for Thử province (before 1 July 2025). ' +
        'The target for 2030, 4 years away, is 15%; the latest figure (7.09%) is 7.91 percentage points short of it.',
    );
  });

  it('says when the target is already met', () => {
    const met = syntheticIndicator({ rows: [{ period: '2024', area: '45', value: 98.5 }], targets: [{ year: 2025, value: 95 }] });
    expect(vi(met)).toMatch(/Mục tiêu đến năm 2025 là 95%; số liệu mới nhất \(98,5%\) đã đạt mục tiêu\.$/);
    expect(en(met)).toMatch(/The target for 2025 is 95%; the latest figure \(98\.5%\) already meets it\.$/);
  });

  it('writes a figure "as of" a day', () => {
    const day = syntheticIndicator({ rows: [{ period: '2025-08-25', area: '44', value: 98.41 }] });
    expect(vi(day)).toContain('98,41% tính đến ngày 25/08/2025, tại tỉnh Thử (từ 01/07/2025)');
    expect(en(day)).toContain('98.41% as of 25 August 2025, for Thử province (from 1 July 2025)');
  });

  it('says so when nothing has been published', () => {
    const none = syntheticIndicator({ rows: [{ period: '2022', area: '45', value: null }] });
    expect(vi(none)).toBe('Chỉ số thử: chưa có số liệu được công bố.');
    expect(en(none)).toBe('Test indicator: no figure has been published yet.');
  });
});

describe('chartSummary through time', () => {
  it('gives the span, the first and latest figure and the rise in percentage points, without float noise', () => {
    const rising = syntheticIndicator({ rows: [{ period: '2022', area: '45', value: 76.43 }, { period: '2023', area: '45', value: 79.46 }] });
    expect(vi(rising)).toBe(
      'Chỉ số thử, từ năm 2022 đến năm 2023, tại tỉnh Thử (trước 01/07/2025): số liệu đầu tiên là 76,43% (2022), mới nhất là 79,46% (2023), tăng 3,03 điểm phần trăm.',
    );
    expect(en(rising)).toBe(
      'Test indicator, from 2022 to 2023, for Thử province (before 1 July 2025): the first figure was 76.43% (2022) and the latest 79.46% (2023), up 3.03 percentage points.',
    );
  });

  it('says a count fell, by how much', () => {
    const falling = syntheticIndicator({ unit: 'count', rows: [{ period: '2022', area: '45', value: 1200 }, { period: '2023', area: '45', value: 950 }] });
    expect(vi(falling)).toMatch(/số liệu đầu tiên là 1\.200 \(2022\), mới nhất là 950 \(2023\), giảm 250\.$/);
    expect(en(falling)).toMatch(/the first figure was 1,200 \(2022\) and the latest 950 \(2023\), down 250\.$/);
  });

  it('counts a rank that fell in number as places gained, and states a target without a number as a direction', () => {
    expect(vi(rank())).toBe(
      'Chỉ số thử, từ năm 2022 đến năm 2023, tại tỉnh Thử (trước 01/07/2025): số liệu đầu tiên là hạng 55/63 (2022), mới nhất là hạng 41/63 (2023), tăng 14 bậc (hạng càng nhỏ càng tốt). ' +
        'Mục tiêu đến năm 2030 (còn 4 năm) không nêu con số, chỉ yêu cầu nâng thứ hạng (về số hạng nhỏ hơn).',
    );
    expect(en(rank())).toBe(
      'Test indicator, from 2022 to 2023, for Thử province (before 1 July 2025): the first figure was 55th of 63 (2022) and the latest 41st of 63 (2023), up 14 places (a lower number is better). ' +
        'The target for 2030, 4 years away, sets no number, only that the rank should improve (towards a lower number).',
    );
  });

  it('counts a rank that rose in number as places lost, and the distance to a ranked target in places', () => {
    const worse = syntheticIndicator({
      unit: 'rank',
      rows: [{ period: '2022', area: '45', out_of: 63, value: 40 }, { period: '2023', area: '45', out_of: 63, value: 41 }],
      targets: [{ year: 2030, value: 30 }],
    });
    expect(vi(worse)).toContain('giảm 1 bậc (hạng càng nhỏ càng tốt). Mục tiêu đến năm 2030 (còn 4 năm) là hạng 30; số liệu mới nhất (hạng 41/63) còn cách mục tiêu 11 bậc.');
    expect(en(worse)).toContain('down 1 place (a lower number is better). The target for 2030, 4 years away, is 30th; the latest figure (41st of 63) is 11 places behind it.');
  });
});

describe('chartSummary across the merger', () => {
  it('describes each territory on its own and says the two are not compared', () => {
    expect(vi(acrossMerger())).toBe(
      'Chỉ số thử: 3 số liệu, từ năm 2022 đến quý I/2026. ' +
        'Tại tỉnh Thử (trước 01/07/2025): số liệu đầu tiên là 3.900 (2022), mới nhất là 4.327 (2023), tăng 427. ' +
        'Tại tỉnh Thử (từ 01/07/2025): 13.600 (quý I/2026). ' +
        'Số liệu trước và sau ngày 01/07/2025 là của hai địa bàn khác nhau nên không so sánh với nhau.',
    );
    expect(en(acrossMerger())).toBe(
      'Test indicator: 3 figures, from 2022 to Q1 2026. ' +
        'For Thử province (before 1 July 2025): the first figure was 3,900 (2022) and the latest 4,327 (2023), up 427. ' +
        'For Thử province (from 1 July 2025): 13,600 (Q1 2026). ' +
        'Figures before and after 1 July 2025 describe different territories and are not compared.',
    );
  });

  it('never computes a change between the two territories', () => {
    expect(vi(acrossMerger())).not.toContain('9.273');
    expect(en(acrossMerger())).not.toContain('9,273');
  });
});

describe('chartSummary comparing series within a period', () => {
  it('lists the figures largest first, with the period and the territory once', () => {
    const level = { name: 'level', categories: [{ value: 'a', label: 'Cấp xã thử', label_en: 'Test commune level' }, { value: 'b', label: 'Cấp thôn thử', label_en: 'Test village level' }] };
    const bars = syntheticIndicator({ unit: 'count', dimensions: [level], rows: [{ period: '2023', area: '45', level: 'a', value: 115 }, { period: '2023', area: '45', level: 'b', value: 715 }] });
    expect(vi(bars)).toBe('Chỉ số thử năm 2023, tại tỉnh Thử (trước 01/07/2025): Cấp thôn thử 715, Cấp xã thử 115.');
    expect(en(bars)).toBe('Test indicator in 2023, for Thử province (before 1 July 2025): Test village level 715, Test commune level 115.');
  });

  it('names districts once, by their own names', () => {
    expect(vi(districts([80.5, 62]))).toBe('Chỉ số thử năm 2024: Huyện Thử A 80,5%, Huyện Thử B 62%.');
    expect(en(districts([80.5, 62]))).toBe('Test indicator in 2024: Thử A district 80.5%, Thử B district 62%.');
  });
});

describe('chartSummary of several series through time', () => {
  it('names the place once when every series is in it, as the parts of one index are', () => {
    const part = { name: 'part', categories: [{ value: 'a', label: 'Gia nhập thị trường', label_en: 'Entry costs' }, { value: 'b', label: 'Tiếp cận đất đai', label_en: 'Land access' }] };
    const rows = ['2019', '2020', '2021'].flatMap((period, i) => [
      { period, area: '45', part: 'a', value: 8 - i / 2 },
      { period, area: '45', part: 'b', value: 5 + i },
    ]);
    const parts = syntheticIndicator({ unit: 'index-points', dimensions: [part], rows });
    const summary = en(parts);
    expect(summary.match(/Thử province/g)).toHaveLength(1);
    expect(summary).toMatch(/^Test indicator: 6 figures, from 2019 to 2021, for Thử province \(before 1 July 2025\)\. Entry costs, from 2019 to 2021: the first figure was 8 \(2019\) and the latest 7 \(2021\), down 1 point\. Land access, from 2019 to 2021: /);
    expect(vi(parts).match(/tỉnh Thử/g)).toHaveLength(1);
  });
});
