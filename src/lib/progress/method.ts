/**
 * The thresholds and the plain-language account of how a target's progress status is worked out,
 * kept together so that the methodology page prints exactly what the code does.
 */
import type { Localized } from '../indicators/model.ts';

/** On track when the observed rate is at least this share of the rate still required. */
export const ON_TRACK_RATIO = 0.95;

/** Below ON_TRACK_RATIO but at least this share: needs acceleration; below it: off track. */
export const NEEDS_ACCELERATION_RATIO = 0.5;

/** A year in days: the average Gregorian year, so leap years neither shorten nor stretch a rate. */
export const DAYS_PER_YEAR = 365.25;

/** A year in milliseconds, the unit in which observation times are kept. */
export const MS_PER_YEAR = DAYS_PER_YEAR * 86_400_000;

/** What the methodology page says, in both languages, with the sources it adapts. */
export interface MethodDescription {
  id: 'linear-rate-ratio';
  thresholds: { onTrack: number; needsAcceleration: number };
  /** How a status is reached, step by step. */
  summary: Localized;
  /** Why a straight-line (percentage-point) rate rather than a compound growth rate. */
  whyLinear: Localized;
  /** Targets that name no number ("raise the rank each year"). */
  withoutValue: Localized;
  /**
   * Which figures count, and why a merger starts the count again. `{example}` is where the page
   * names the tracked province's own merger, from data/site.json, or nothing when it had none.
   */
  comparability: Localized;
  /** The methods this one adapts. */
  basedOn: { name: string; url: string | null }[];
}

/** The words filling `{example}` in METHOD.comparability: the tracked province's latest merger, if any. */
export function mergerExample(merger: { province: Localized; date: Localized } | null): Localized {
  if (merger === null) return { vi: '', en: '' };
  return { vi: ` (như tỉnh ${merger.province.vi} từ ${merger.date.vi})`, en: ` (such as ${merger.province.en} from ${merger.date.en})` };
}

export const METHOD: MethodDescription = {
  id: 'linear-rate-ratio',
  thresholds: { onTrack: ON_TRACK_RATIO, needsAcceleration: NEEDS_ACCELERATION_RATIO },
  summary: {
    vi:
      'Nếu số liệu mới nhất đã đạt mục tiêu thì mục tiêu "đã đạt". Nếu chưa, lấy số liệu so sánh được đầu tiên làm gốc: ' +
      'tốc độ quan sát = (số liệu mới nhất − số liệu gốc) / số năm giữa hai số liệu; ' +
      'tốc độ cần = (mục tiêu − số liệu mới nhất) / số năm từ số liệu mới nhất đến hết 31/12 của năm mục tiêu; ' +
      `tỷ lệ = tốc độ quan sát / tốc độ cần. Tỷ lệ từ ${ON_TRACK_RATIO} trở lên: đúng tiến độ; từ ${NEEDS_ACCELERATION_RATIO} đến dưới ${ON_TRACK_RATIO}: cần đẩy nhanh; ` +
      `dưới ${NEEDS_ACCELERATION_RATIO} (kể cả khi số liệu đi ngược hướng mục tiêu): chậm tiến độ. Đã quá hạn mà chưa đạt: chậm tiến độ. ` +
      'Cần ít nhất hai số liệu so sánh được để tính tốc độ.',
    en:
      'If the latest figure already meets the target, the target is "achieved". If not, the first comparable figure is the baseline: ' +
      'observed rate = (latest − baseline) / years between them; ' +
      'required rate = (target − latest) / years from the latest figure to the end of 31 December of the target year; ' +
      `ratio = observed rate / required rate. A ratio of ${ON_TRACK_RATIO} or more: on track; from ${NEEDS_ACCELERATION_RATIO} to below ${ON_TRACK_RATIO}: needs acceleration; ` +
      `below ${NEEDS_ACCELERATION_RATIO} (including a figure moving away from the target): off track. Past the deadline and not achieved: off track. ` +
      'A rate needs at least two comparable figures.',
  },
  whyLinear: {
    vi:
      'Phương pháp này là biến thể tuyến tính (theo điểm phần trăm) của phương pháp tỷ lệ tốc độ tăng trưởng kép (CAGR) mà Cục Thống kê Canada và Open SDG dùng. ' +
      'Chọn tuyến tính vì: CAGR không xác định được khi giá trị gốc bằng 0; CAGR làm sai lệch các tỷ lệ phần trăm gần 100%; ' +
      'và phép tính cộng trừ nhân chia đơn giản cho phép người đọc tự tính lại từ các số in trên trang.',
    en:
      'This is a linear (percentage-point) variant of the compound-growth (CAGR) ratio method used by Statistics Canada and Open SDG. ' +
      'Linear because CAGR is undefined when the baseline is zero, it distorts shares close to 100%, ' +
      'and plain arithmetic lets a reader recompute the status by hand from the numbers printed on the page.',
  },
  withoutValue: {
    vi:
      'Với mục tiêu không nêu con số (ví dụ "nâng thứ hạng hằng năm"), so sánh hai số liệu so sánh được gần nhất: ' +
      'cải thiện (với thứ hạng là giảm) → đúng tiến độ; không đổi → cần đẩy nhanh; xấu đi → chậm tiến độ.',
    en:
      'For a target that sets no number (e.g. "raise the rank every year"), the last two comparable figures are compared: ' +
      'an improvement (for a rank, a fall) → on track; no change → needs acceleration; a worsening → off track.',
  },
  comparability: {
    vi:
      'Chỉ dùng số liệu đo toàn tỉnh. Số liệu của tỉnh sau sáp nhập{example} không so sánh được với số liệu của tỉnh trước sáp nhập, ' +
      'nên tốc độ chỉ tính trên các số liệu từ lần thay đổi địa giới gần nhất; số liệu cũ vẫn được công bố nhưng không dùng để tính. Ô trống (thiếu số liệu) được bỏ qua.',
    en:
      "Only figures for the province as a whole are used. Figures for a province after a merger{example} are not comparable with the former province's, " +
      'so rates use only the figures since the latest change of territory; older figures stay published but are left out of the arithmetic. Missing values are skipped.',
  },
  basedOn: [
    { name: 'Statistics Canada, progress assessment of the Canadian Indicator Framework (CAGR ratio)', url: null },
    { name: 'Open SDG, sdg-build ProgressMeasure', url: 'https://github.com/open-sdg/sdg-build/blob/master/sdg/ProgressMeasure.py' },
  ],
};
