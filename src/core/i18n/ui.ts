import type { Lang } from '../errors.ts';
import { formatCount } from '../toolkit/format.ts';

/**
 * Words of the renderers and CLI chrome (headlines, table headers, notes), in English and Korean.
 * Error messages live in messages.ts; check verdicts are phrased by render/check-message.ts.
 */
const strings = {
  pass: { en: 'PASS', ko: '통과' },
  warn: { en: 'WARN', ko: '경고' },
  fail: { en: 'FAIL', ko: '실패' },
  error: { en: 'ERROR', ko: '오류' },
  critical: { en: 'critical', ko: '치명' },
  high: { en: 'high', ko: '높음' },
  medium: { en: 'medium', ko: '중간' },
  low: { en: 'low', ko: '낮음' },
  info: { en: 'info', ko: '정보' },
  checks: { en: '{n} checks', one: '{n} check', ko: '검사 {n}개' },
  passed: { en: '{n} passed', ko: '{n}개 통과' },
  failed: { en: '{n} failed', ko: '{n}개 실패' },
  errored: { en: '{n} errored', ko: '{n}개 오류' },
  skipped: { en: '{n} skipped', ko: '{n}개 건너뜀' },
  issuesBySeverity: { en: 'issues by severity', ko: '심각도별 문제' },
  failOn: { en: 'fail on {level}', ko: '실패 기준 {level}' },
  suite: { en: 'Suite', ko: '스위트' },
  source: { en: 'Source', ko: '소스' },
  rowCount: { en: '{rows} rows', one: '{rows} row', ko: '{rows}행' },
  columnCount: { en: '{n} columns', one: '{n} column', ko: '{n}열' },
  sourceUnreadable: { en: 'source could not be read', ko: '소스를 읽을 수 없습니다' },
  checksNotRun: {
    en: '{n} checks could not run',
    one: '1 check could not run',
    ko: '검사 {n}개를 실행하지 못했습니다',
  },
  hint: { en: 'hint', ko: '힌트' },
  row: { en: 'row', ko: '행' },
  // A failing row of a SQL table without a key: the number is the sample's, not the row's.
  sampleNoKey: { en: 'sample {n} (table has no key)', ko: '샘플 {n} (테이블에 키 없음)' },
  line: { en: 'line', ko: '줄' },
  moreSamples: { en: '… {n} more failing rows', one: '… 1 more failing row', ko: '… 실패 행 {n}개 더 있음' },
  failingSamples: { en: 'Failing samples', ko: '실패 샘플' },
  colStatus: { en: 'Status', ko: '상태' },
  colCheck: { en: 'Check', ko: '검사' },
  colSeverity: { en: 'Severity', ko: '심각도' },
  colObserved: { en: 'Observed', ko: '관측값' },
  colExpected: { en: 'Expected', ko: '기대값' },
  colMessage: { en: 'Message', ko: '메시지' },
  colRow: { en: 'Row', ko: '행' },
  colName: { en: 'Name', ko: '이름' },
  colCategory: { en: 'Category', ko: '분류' },
  colSummary: { en: 'Summary', ko: '설명' },
  colParams: { en: 'Parameters', ko: '매개변수' },
  colExample: { en: 'Example', ko: '예시' },
  colRequired: { en: 'Required', ko: '필수' },
  colType: { en: 'Type', ko: '형식' },
  colDescription: { en: 'Description', ko: '설명' },
  yes: { en: 'yes', ko: '예' },
  no: { en: 'no', ko: '아니요' },
  perColumnNote: {
    en: 'Also accepts `columns: [..]`: one check per column.',
    ko: '`columns: [..]`도 받습니다: 열마다 검사 하나.',
  },
  trimmed: {
    en: 'Detail trimmed to fit {limit} characters',
    ko: '{limit}자에 맞추려고 세부 내용을 줄였습니다',
  },
  trimmedSamples: { en: 'failing samples omitted', ko: '실패 샘플 생략' },
  longValue: { en: '{n} characters', ko: '{n}자' },
  trimmedPassing: {
    en: '{n} passing checks not shown',
    one: '1 passing check not shown',
    ko: '통과한 검사 {n}개 생략',
  },
  trimmedRows: { en: '{n} more checks not shown', one: '1 more check not shown', ko: '검사 {n}개 더 생략' },
  seeFullReport: { en: 'see the full report', ko: '전체 보고서를 확인하세요' },
  suiteOk: {
    en: 'OK {path}: {sources} sources, {checks} checks',
    ko: '정상 {path}: 소스 {sources}개, 검사 {checks}개',
  },
  suiteProblems: { en: '{n} problems in {path}', one: '1 problem in {path}', ko: '{path}에 문제 {n}개' },
  learning: {
    en: 'Learning checks from {n} data files',
    one: 'Learning checks from 1 data file',
    ko: '데이터 파일 {n}개에서 검사를 학습하는 중',
  },
  scanning: { en: 'Scanning {source} ({index}/{total})', ko: '{source} 검사 중 ({index}/{total})' },
  reportWritten: { en: 'Report written to {path}', ko: '보고서를 {path}에 저장했습니다' },
  // drift and diff renderers
  driftFound: { en: 'drift in {n} of {total} columns', ko: '열 {total}개 중 {n}개에서 드리프트' },
  driftNone: { en: 'no drift in {total} columns', ko: '열 {total}개에서 드리프트 없음' },
  driftTitle: { en: 'Drift', ko: '드리프트' },
  baseline: { en: 'baseline', ko: '기준' },
  current: { en: 'current', ko: '현재' },
  method: { en: 'method', ko: '방법' },
  newCategories: { en: 'new categories', ko: '새 범주' },
  colColumn: { en: 'Column', ko: '열' },
  colMetrics: { en: 'Metrics', ko: '지표' },
  nRows: { en: '{n} rows', ko: '{n}행' },
  diffTitle: { en: 'Data diff', ko: '데이터 비교' },
  diffNone: { en: 'no differences', ko: '차이 없음' },
  diffRows: { en: 'Rows', ko: '행' },
  diffColumns: { en: 'Columns', ko: '열' },
  diffSchema: { en: 'Schema', ko: '스키마' },
  diffByKey: { en: 'By key {key}', ko: '키 {key} 기준' },
  diffAdded: { en: 'added', ko: '추가' },
  diffRemoved: { en: 'removed', ko: '삭제' },
  diffChanged: { en: 'changed', ko: '변경' },
  diffUnchanged: { en: 'unchanged', ko: '변경 없음' },
  diffRetyped: { en: 'retyped', ko: '형식 변경' },
  diffDuplicates: {
    en: 'Duplicate keys: {old} rows in old, {new} rows in new; {unpaired} rows with a key on both sides could not be paired and are not compared',
    ko: '중복 키: 이전 {old}행, 새 {new}행. 양쪽에 있는 키 중 {unpaired}행은 짝을 지을 수 없어 비교하지 않았습니다',
  },
  diffHidden: { en: '{n} unchanged columns not shown', ko: '변경 없는 열 {n}개 생략' },
  diffSamples: { en: 'Samples', ko: '샘플' },
  colChangedRows: { en: 'Changed rows', ko: '변경 행' },
  colNulls: { en: 'Nulls', ko: 'null 비율' },
  colDistinct: { en: 'Distinct', ko: '고유값' },
  colMean: { en: 'Mean', ko: '평균' },
  colMin: { en: 'Min', ko: '최소' },
  colMax: { en: 'Max', ko: '최대' },
  // GitHub Action (comment, summary, annotations, job status)
  runLog: { en: 'Run log', ko: '실행 로그' },
  leftOutForSize: { en: 'Left out to fit the size limit', ko: '길이 제한으로 생략됨' },
  hintLabel: { en: 'Hint', ko: '힌트' },
  sources: { en: 'Sources', ko: '소스' },
  topIssues: { en: 'Top issues', ko: '주요 문제' },
  remoteRanAs: {
    en: "Ran as workflow {workflowId} on Temporal {address} (namespace {namespace}). The full report, with failing-row samples, is in the workers' report store at {reportKey}.",
    ko: 'Temporal {address}(네임스페이스 {namespace})의 워크플로 {workflowId}에서 실행했습니다. 전체 보고서(실패 행 샘플 포함)는 워커의 보고서 저장소 {reportKey}에 있습니다.',
  },
  noSourceChanged: {
    en: 'No changed file is read by a source of the suite; nothing to check.',
    ko: '변경된 파일 중 스위트 소스가 읽는 파일이 없어 검사할 것이 없습니다.',
  },
  noneChanged: { en: 'no changed file matches', ko: '일치하는 변경 파일 없음' },
  newFile: {
    en: '{path} has no base-branch version: its checks were learned from the file itself and prove only its shape.',
    ko: '{path}은(는) 기준 브랜치 버전이 없어 파일 자체에서 검사를 학습했으며 형태만 확인합니다.',
  },
  moreInSummary: {
    en: '{n} more findings are not annotated here; the job summary lists them all.',
    ko: '주석으로 표시되지 않은 결과 {n}건이 더 있습니다. 작업 요약에 모두 있습니다.',
  },
  jobFailed: {
    en: 'Truthgate: {failed} checks failed, {errored} errored (fail-on {failOn})',
    ko: 'Truthgate: 검사 {failed}개 실패, {errored}개 오류 (실패 기준 {failOn})',
  },
  // Anomaly checks' verdicts (src/core/checks/anomaly-message.ts), rebuilt from their results.
  anomalyRowCount: { en: 'row count', ko: '행 수' },
  anomalyNullShare: { en: 'null share of {column}', ko: '{column}의 null 비율' },
  anomalyStatistic: { en: '{stat} of {column}', ko: '{column}의 {stat}' },
  anomalyAge: { en: 'age of the newest {column}', ko: '가장 최근 {column}의 경과 시간' },
  anomalyPerBucket: { en: 'rows per {bucket}', ko: '{bucket}별 행 수' },
  anomalyStatMean: { en: 'mean', ko: '평균' },
  anomalyStatMedian: { en: 'median', ko: '중앙값' },
  anomalyStatMin: { en: 'min', ko: '최솟값' },
  anomalyStatMax: { en: 'max', ko: '최댓값' },
  anomalyStatSum: { en: 'sum', ko: '합계' },
  anomalyStatStddev: { en: 'stddev', ko: '표준편차' },
  anomalyStatDistinct: { en: 'distinct', ko: '고유값 수' },
  anomalyDay: { en: 'day', ko: '일' },
  anomalyHour: { en: 'hour', ko: '시간' },
  anomalyNoValue: {
    en: 'no {label} to judge (no non-null values)',
    ko: '판정할 {label}이(가) 없습니다 (null이 아닌 값 없음)',
  },
  anomalySkipped: {
    en: 'not judged: no metric history for this run (give --history-dir or set TRUTHGATE_STORE); {label} {value}',
    ko: '판정하지 않음: 이 실행에는 지표 기록이 없습니다 (--history-dir 또는 TRUTHGATE_STORE 지정); {label} {value}',
  },
  anomalyLearning: {
    en: 'learning: {label} {value}; {points} of {needed} {past} needed before it is judged',
    ko: '학습 중: {label} {value}; 판정에 필요한 {past} {needed}개 중 {points}개',
  },
  anomalyPastRuns: { en: 'past runs', ko: '과거 실행' },
  anomalyEarlier: { en: 'earlier {bucket}s', ko: '이전 {bucket}' },
  anomalyWithin: {
    en: '{label} {value} within the expected {range}',
    ko: '{label} {value}, 기대 범위 {range} 안',
  },
  anomalyAbove: {
    en: '{label} {value} is above the expected {range}',
    ko: '{label} {value}이(가) 기대 범위 {range}보다 높습니다',
  },
  anomalyBelow: {
    en: '{label} {value} is below the expected {range}',
    ko: '{label} {value}이(가) 기대 범위 {range}보다 낮습니다',
  },
  anomalyStuck: {
    en: '{label} {value} is unchanged since the previous run, though it changes on every run',
    ko: '{label} {value}이(가) 매 실행 바뀌는 값인데 이전 실행과 같습니다',
  },
  anomalyLearnedFrom: { en: 'learned from {n} runs', ko: '실행 {n}회에서 학습' },
  anomalyWeekday: { en: 'weekday seasonality', ko: '요일별 계절성' },
  anomalyHourly: { en: 'hour seasonality', ko: '시간대별 계절성' },
  anomalyNewLevel: { en: 'new level since {date}', ko: '{date}부터 새 수준' },
  anomalyVolumeNormal: {
    en: 'rows per {bucket} normal in the last {n} {bucket}s (learned from {points} {bucket}s{season})',
    ko: '최근 {n}{bucket} 동안 {bucket}별 행 수 정상 ({points}{bucket}에서 학습{season})',
  },
  anomalyVolumeFlagged: {
    en: '{n} of the last {recent} {bucket}s have unusual volume: {list}',
    ko: '최근 {recent}{bucket} 중 {n}{bucket}의 행 수가 평소와 다릅니다: {list}',
  },
  anomalyExpected: { en: 'expected {range}', ko: '기대 {range}' },
} satisfies Record<string, Record<Lang, string> & { one?: string }>;

export type UiKey = keyof typeof strings;

/** "3 rows × 1 column": each count with its own plural. */
export function rowsColumns(lang: Lang, rows: number, columns: number): string {
  const r = t(lang, 'rowCount', { n: rows, rows: formatCount(rows) });
  return `${r} × ${t(lang, 'columnCount', { n: columns })}`;
}

/**
 * The UI string for `key` in `lang`, with `{name}` placeholders filled from `params`. English
 * entries may carry a singular `one` form, used when `n` is 1 (Korean has no plural).
 */
export function t(lang: Lang, key: UiKey, params: Record<string, string | number> = {}): string {
  const entry: Record<Lang, string> & { one?: string } = strings[key];
  const text = lang === 'en' && params.n === 1 && entry.one !== undefined ? entry.one : entry[lang];
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

/** A language setting (the Action's `lang` input, a flag): `ko` or `en`, anything else is `fallback`. */
export function parseLang(value: string | undefined, fallback: Lang = 'en'): Lang {
  return value === 'ko' || value === 'en' ? value : fallback;
}
