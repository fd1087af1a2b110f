import { anomalyMessage } from '../checks/anomaly-message.ts';
import type { Lang } from '../errors.ts';
import { isAnomalyCheck } from '../history/metrics.ts';
import { formatCount, formatPercent } from '../toolkit/format.ts';
import type { CheckResult } from '../result/schema.ts';
import { formatValue } from './format.ts';

/**
 * A check's verdict sentence in the reader's language. English is the engine's `message` (the
 * JSON contract keeps it); Korean is rebuilt from the structured fields, so it needs no parsing
 * of English text: row checks as "M행 중 N행(x%)에서 <무엇> 발견", other checks as observed vs
 * expected. Errors keep the engine's English message.
 */
export function checkMessage(c: CheckResult, lang: Lang): string {
  if (lang === 'en' || c.status === 'error') return c.message;
  // Anomaly checks (skipped ones too) phrase their verdict from what they measured.
  if (isAnomalyCheck(c.type)) return anomalyMessage(lang, c) ?? c.message;
  if (c.status === 'skip') return c.message;
  if (c.failingCount !== null && c.judgedCount != null) {
    const what = rowFinding[c.type] ?? '조건에 어긋나는 값';
    const judged = `${formatCount(c.judgedCount)}행`;
    if (c.failingCount === 0) return `${judged}에서 ${what} 없음`;
    const share = `${judged} 중 ${formatCount(c.failingCount)}행(${formatPercent(c.failingFraction ?? 0)})에서 ${what} 발견`;
    return c.mostly === undefined ? share : `${share}; 허용 한도 ${formatPercent(1 - c.mostly)}`;
  }
  const verdict = c.status === 'pass' ? '통과' : '실패';
  return `${verdict}: 관측값 ${formatValue(c.observed) || '없음'}, 기대값 ${formatValue(c.expected) || '없음'}`;
}

/** What a failing row of each row-check type has, in Korean (the engine's `describe`). */
const rowFinding: Record<string, string> = {
  not_null: 'null 값',
  null_fraction_max: 'null 값',
  complete_rows: '빈 값이 있는 행',
  no_blank_strings: '빈 문자열',
  column_compare: '비교 조건을 어긴 행',
  expression: '식이 참이 아닌 행',
  not_in_future: '미래 날짜',
  date_between: '범위를 벗어난 날짜',
  between: '범위를 벗어난 값',
  positive: '0 이하의 값',
  non_negative: '음수 값',
  finite: 'NaN 또는 무한대 값',
  integer_valued: '소수부가 있는 값',
  increasing: '증가 순서를 어긴 값',
  decreasing: '감소 순서를 어긴 값',
  zscore_outliers_max: '이상값',
  iqr_outliers_max: '이상값',
  no_pii: '개인정보로 보이는 값',
  foreign_key: '참조 대상에 없는 값',
  in_set: '허용 집합에 없는 값',
  not_in_set: '금지된 값',
  regex: '패턴과 맞지 않는 값',
  not_regex: '금지 패턴과 맞는 값',
  length_between: '길이가 범위를 벗어난 값',
  email: '이메일 형식이 아닌 값',
  uuid: 'UUID 형식이 아닌 값',
  url: 'URL 형식이 아닌 값',
  ip_address: 'IP 주소 형식이 아닌 값',
  datetime_format: '형식에 맞지 않는 날짜·시간',
  json_parseable: 'JSON으로 읽을 수 없는 값',
  no_surrounding_whitespace: '앞뒤 공백이 있는 값',
  lowercase: '소문자가 아닌 값',
  uppercase: '대문자가 아닌 값',
  starts_with: '접두사가 맞지 않는 값',
  ends_with: '접미사가 맞지 않는 값',
  no_duplicate_rows: '중복 행',
  unique: '중복 값',
  unique_combination: '중복 조합',
  primary_key: 'null 또는 중복 키',
};
