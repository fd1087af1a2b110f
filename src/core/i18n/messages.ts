/**
 * The catalog of error codes. Codes are part of the public interface: never rename one, only add.
 * `exit` is the CLI exit code the error maps to (2 usage/suite, 3 data source).
 */
interface Entry {
  exit: number;
  en: string;
  ko: string;
  hint?: { en: string; ko: string };
}

export const messages = {
  TG_USAGE: {
    exit: 2,
    en: '{detail}',
    ko: '{detail}',
    hint: { en: 'Run `truthgate --help` for usage.', ko: '사용법은 `truthgate --help`로 확인하세요.' },
  },
  TG_SUITE_NOT_FOUND: {
    exit: 2,
    en: 'Suite file not found: {path}',
    ko: '스위트 파일을 찾을 수 없습니다: {path}',
    hint: {
      en: 'Pass --suite <file>, or create truthgate.yml (try `truthgate learn <data> -o truthgate.yml`).',
      ko: '--suite <파일>을 지정하거나 truthgate.yml을 만드세요 (`truthgate learn <데이터> -o truthgate.yml`).',
    },
  },
  TG_SUITE_YAML: {
    exit: 2,
    en: 'Invalid YAML: {detail}',
    ko: '잘못된 YAML입니다: {detail}',
    hint: {
      en: 'Check indentation and quoting near the position shown.',
      ko: '표시된 위치 근처의 들여쓰기와 따옴표를 확인하세요.',
    },
  },
  TG_SUITE_INVALID: {
    exit: 2,
    en: 'Invalid suite at {path}: {detail}',
    ko: '스위트 설정이 잘못되었습니다 ({path}): {detail}',
    hint: {
      en: 'See docs/suite.md for the suite file format.',
      ko: '스위트 파일 형식은 docs/suite.md를 참고하세요.',
    },
  },
  TG_UNKNOWN_CHECK: {
    exit: 2,
    en: 'Unknown check `{name}`{suggestion}',
    ko: '알 수 없는 검사 `{name}`{suggestion}',
    hint: {
      en: 'Run `truthgate checks` to list every check.',
      ko: '`truthgate checks`로 전체 검사 목록을 볼 수 있습니다.',
    },
  },
  TG_UNKNOWN_SOURCE: {
    exit: 2,
    en: 'Unknown source `{name}`{suggestion}',
    ko: '알 수 없는 소스 `{name}`{suggestion}',
    hint: {
      en: 'Sources are declared under `sources:` in the suite.',
      ko: '소스는 스위트의 `sources:` 아래에 선언합니다.',
    },
  },
  TG_ENV_MISSING: {
    exit: 2,
    en: 'Environment variable {name} is not set (referenced as ${{name}})',
    ko: '환경 변수 {name}이(가) 설정되지 않았습니다 (${{name}}로 참조됨)',
    hint: {
      en: 'Export it, or use ${{name}:-default} for a default.',
      ko: '값을 export하거나 ${{name}:-기본값} 형식을 사용하세요.',
    },
  },
  TG_SOURCE_NOT_FOUND: {
    exit: 3,
    en: 'Data source not found: {path}',
    ko: '데이터 소스를 찾을 수 없습니다: {path}',
    hint: { en: 'Paths are relative to the suite file.', ko: '경로는 스위트 파일 기준 상대 경로입니다.' },
  },
  TG_SOURCE_NO_MATCH: {
    exit: 3,
    en: 'No files match {path}',
    ko: '{path}와(과) 일치하는 파일이 없습니다',
    hint: {
      en: 'Check the glob pattern and the working directory.',
      ko: 'glob 패턴과 작업 디렉터리를 확인하세요.',
    },
  },
  TG_SOURCE_IS_DIRECTORY: {
    exit: 3,
    en: 'Data source is a directory: {path}',
    ko: '데이터 소스가 디렉터리입니다: {path}',
    hint: { en: 'Use a glob such as {path}/*.parquet.', ko: '{path}/*.parquet 같은 glob을 사용하세요.' },
  },
  TG_SOURCE_EMPTY: {
    exit: 3,
    en: 'Data source is empty: {path}',
    ko: '데이터 소스가 비어 있습니다: {path}',
    hint: {
      en: 'The file has no bytes; check the step that produced it.',
      ko: '파일이 비어 있습니다. 파일을 만든 단계를 확인하세요.',
    },
  },
  TG_SOURCE_FORMAT: {
    exit: 3,
    en: 'Cannot tell the format of {path}',
    ko: '{path}의 형식을 알 수 없습니다',
    hint: {
      en: 'Set `format:` (csv, tsv, parquet, json, ndjson, arrow).',
      ko: '`format:`을 지정하세요 (csv, tsv, parquet, json, ndjson, arrow).',
    },
  },
  TG_SOURCE_READ: {
    exit: 3,
    en: 'Cannot read {path}: {detail}',
    ko: '{path}을(를) 읽을 수 없습니다: {detail}',
    hint: {
      en: 'The file may be malformed, truncated or in another format than its extension says.',
      ko: '파일이 손상되었거나 잘렸거나 확장자와 다른 형식일 수 있습니다.',
    },
  },
  TG_SOURCE_ENCODING: {
    exit: 3,
    en: '{path} is not valid UTF-8 (first bad byte at offset {offset})',
    ko: '{path}은(는) 올바른 UTF-8이 아닙니다 (첫 잘못된 바이트 위치 {offset})',
    hint: { en: 'Re-encode the file as UTF-8.', ko: '파일을 UTF-8로 다시 인코딩하세요.' },
  },
  TG_SOURCE_BINARY: {
    exit: 3,
    en: '{path} looks like binary data, not {format}',
    ko: '{path}은(는) {format}이(가) 아닌 바이너리 데이터로 보입니다',
    hint: {
      en: 'Check the file extension or set `format:`.',
      ko: '확장자를 확인하거나 `format:`을 지정하세요.',
    },
  },
  TG_CSV_RAGGED: {
    exit: 3,
    en: '{path}:{line}: row has {found} fields, header has {expected}',
    ko: '{path}:{line}: 행의 필드 수({found})가 헤더({expected})와 다릅니다',
    hint: {
      en: 'Fix the row, or set `options: { ragged: true }` to pad short rows with nulls.',
      ko: '행을 고치거나 `options: { ragged: true }`로 짧은 행을 null로 채우세요.',
    },
  },
  TG_CSV_QUOTE: {
    exit: 3,
    en: '{path}:{line}: unterminated quoted field',
    ko: '{path}:{line}: 닫히지 않은 따옴표 필드',
    hint: {
      en: 'A field opened with a quote is never closed.',
      ko: '따옴표로 시작한 필드가 닫히지 않았습니다.',
    },
  },
  TG_COLUMN_NOT_FOUND: {
    exit: 2,
    en: 'Column `{column}` not found in source `{source}`{suggestion}',
    ko: '소스 `{source}`에 `{column}` 열이 없습니다{suggestion}',
    hint: { en: 'Columns: {available}', ko: '열 목록: {available}' },
  },
  TG_CHECK_ERROR: {
    exit: 2,
    en: 'Check `{check}` failed to run: {detail}',
    ko: '검사 `{check}` 실행 실패: {detail}',
  },
  TG_PROFILE_VERSION: {
    exit: 2,
    en: 'Profile {path} has schemaVersion {found}; this Truthgate reads up to {supported}',
    ko: '프로파일 {path}의 schemaVersion은 {found}입니다. 이 버전은 {supported}까지 읽습니다',
    hint: {
      en: 'Upgrade Truthgate or regenerate the profile.',
      ko: 'Truthgate를 업그레이드하거나 프로파일을 다시 만드세요.',
    },
  },
  TG_OUTPUT_WRITE: {
    exit: 2,
    en: 'Cannot write {path}: {detail}',
    ko: '{path}에 쓸 수 없습니다: {detail}',
  },
  TG_INTERNAL: {
    exit: 2,
    en: 'Internal error: {detail}',
    ko: '내부 오류: {detail}',
    hint: {
      en: 'Re-run with --debug and report the output.',
      ko: '--debug로 다시 실행한 뒤 결과를 알려 주세요.',
    },
  },
} satisfies Record<string, Entry>;

export type ErrorCode = keyof typeof messages;
