;; The record scan of a CSV block in WebAssembly SIMD, run over the block piece by piece by
;; csv-scan-simd.ts. `npm run gen` compiles this file with wabt into csv-scan-wasm.generated.ts,
;; which is committed, so nothing compiles it at run time; CI checks that the two agree.
;;
;; Semantics are the byte scan's (scanRecords in csv-scan.ts): a quote toggles quoting wherever it
;; appears; a newline outside quotes ends a record, one inside counts as a line; a delimiter
;; outside quotes separates fields. NUL bytes, comments and skipped lines are left to the byte scan.
;;
;; Each step takes 64 bytes as four 16-byte vectors, compares them at once with the delimiter, the
;; newline and the quote, and turns each comparison into a 64-bit mask (bit k = byte k of the step).
;; Fields are then counted by popcount and records found by walking the newline mask's bits.
(module
  ;; The piece being scanned, copied in by the glue, followed by 64 bytes of padding (a step may
  ;; read up to 63 bytes past the piece's end; the padding is none of the bytes scanned for).
  (memory (export "memory") 2)

  ;; Inputs, set by the glue before the first piece.
  (global $delim (export "delim") (mut i32) (i32.const 0))
  (global $quote (export "quote") (mut i32) (i32.const 0))
  ;; Carried from one piece to the next (read at the start of a call, written at its end).
  ;; Delimiters outside quotes so far in the open record.
  (global $count (export "count") (mut i32) (i32.const 0))
  ;; 1 when the position is inside quotes.
  (global $quoted (export "quoted") (mut i32) (i32.const 0))
  ;; Delimiters per record; -1 until the first record ends and sets it.
  (global $want (export "want") (mut i32) (i32.const 0))
  ;; 1 to stop at the first record whose delimiter count is not $want.
  (global $check (export "check") (mut i32) (i32.const 0))
  ;; Results for the piece (the glue resets $records, $recLine and $recEnd before each call).
  ;; Records ended in this piece.
  (global $records (export "records") (mut i32) (i32.const 0))
  ;; Newlines in this piece.
  (global $lines (export "lines") (mut i32) (i32.const 0))
  ;; Line of the open record's start, relative to the piece's first line.
  (global $recLine (export "recLine") (mut i32) (i32.const 0))
  ;; Offset just past the last record end in this piece, or -1.
  (global $recEnd (export "recEnd") (mut i32) (i32.const 0))
  ;; 1 once a newline inside quotes was seen.
  (global $nlq (export "nlq") (mut i32) (i32.const 0))
  ;; Fields of the record that stopped the scan.
  (global $found (export "found") (mut i32) (i32.const 0))

  ;; The 64-bit mask of the bytes of $v0..$v3 (in that order) equal to the byte splatted in $s.
  ;; i8x16.bitmask gives one bit per lane (16 bits); four of them are packed low to high.
  (func $mask (param $v0 v128) (param $v1 v128) (param $v2 v128) (param $v3 v128) (param $s v128)
    (result i64)
    (i64.or
      (i64.extend_i32_u
        (i32.or
          (i8x16.bitmask (i8x16.eq (local.get $v0) (local.get $s)))
          (i32.shl (i8x16.bitmask (i8x16.eq (local.get $v1) (local.get $s))) (i32.const 16))))
      (i64.shl
        (i64.extend_i32_u
          (i32.or
            (i8x16.bitmask (i8x16.eq (local.get $v2) (local.get $s)))
            (i32.shl (i8x16.bitmask (i8x16.eq (local.get $v3) (local.get $s))) (i32.const 16))))
        (i64.const 32))))

  ;; scan(len): scans memory[0, len); returns the offset of the newline that ends the first record
  ;; with a wrong delimiter count (with $check), -2 at a NUL byte, or -1.
  (func (export "scan") (param $len i32) (result i32)
    ;; Offset of the step; delimiters in the open record; delimiters per record (or -1); newlines
    ;; before the step; delimiters of the record ending at the current newline.
    (local $i i32) (local $cnt i32) (local $want i32) (local $lines i32) (local $c i32)
    ;; Masks of the step: delimiters and newlines (outside quotes once filtered), quotes, all
    ;; newlines, inside-quotes, the lowest newline bit left; $quoted carries inside-quotes from one
    ;; step to the next as all ones or all zeros.
    (local $d i64) (local $n i64) (local $q i64) (local $nAll i64) (local $x i64) (local $quoted i64)
    (local $low i64)
    ;; The step's four vectors, and the delimiter, newline and quote splatted to all lanes.
    (local $v0 v128) (local $v1 v128) (local $v2 v128) (local $v3 v128)
    (local $sd v128) (local $sn v128) (local $sq v128)

    (local.set $sd (i8x16.splat (global.get $delim)))
    (local.set $sn (i8x16.splat (i32.const 10)))
    (local.set $sq (i8x16.splat (global.get $quote)))
    (local.set $cnt (global.get $count))
    (local.set $want (global.get $want))
    ;; 0 - 1 = all ones.
    (local.set $quoted (i64.sub (i64.const 0) (i64.extend_i32_u (global.get $quoted))))

    (block $done
      (loop $step
        (br_if $done (i32.ge_u (local.get $i) (local.get $len)))
        (local.set $v0 (v128.load offset=0 align=1 (local.get $i)))
        (local.set $v1 (v128.load offset=16 align=1 (local.get $i)))
        (local.set $v2 (v128.load offset=32 align=1 (local.get $i)))
        (local.set $v3 (v128.load offset=48 align=1 (local.get $i)))

        ;; A NUL byte anywhere: the lane-wise minimum of the four vectors has a zero lane. Return
        ;; -2; the byte scan reports it with its line.
        (if (i32.eqz
              (i8x16.all_true
                (i8x16.min_u
                  (i8x16.min_u (local.get $v0) (local.get $v1))
                  (i8x16.min_u (local.get $v2) (local.get $v3)))))
          (then (return (i32.const -2))))

        (local.set $d (call $mask (local.get $v0) (local.get $v1) (local.get $v2) (local.get $v3) (local.get $sd)))
        (local.set $n (call $mask (local.get $v0) (local.get $v1) (local.get $v2) (local.get $v3) (local.get $sn)))
        (local.set $nAll (local.get $n))
        (local.set $q (call $mask (local.get $v0) (local.get $v1) (local.get $v2) (local.get $v3) (local.get $sq)))

        ;; Quotes in this step or quoting carried into it: drop the delimiters and newlines that
        ;; lie inside quotes. Without either (most steps of most files) there is nothing to drop.
        (if (i32.eqz (i64.eqz (i64.or (local.get $q) (local.get $quoted))))
          (then
            ;; Prefix XOR of the quote mask: after the six shifts, bit k is the XOR of bits 0..k,
            ;; i.e. set when an odd number of quotes is at or before byte k. XOR with the carried
            ;; state flips it all when the step starts inside quotes. An opening quote's own bit is
            ;; set and a closing one's is not; neither is a delimiter or a newline, so no matter.
            (local.set $x (local.get $q))
            (local.set $x (i64.xor (local.get $x) (i64.shl (local.get $x) (i64.const 1))))
            (local.set $x (i64.xor (local.get $x) (i64.shl (local.get $x) (i64.const 2))))
            (local.set $x (i64.xor (local.get $x) (i64.shl (local.get $x) (i64.const 4))))
            (local.set $x (i64.xor (local.get $x) (i64.shl (local.get $x) (i64.const 8))))
            (local.set $x (i64.xor (local.get $x) (i64.shl (local.get $x) (i64.const 16))))
            (local.set $x (i64.xor (local.get $x) (i64.shl (local.get $x) (i64.const 32))))
            (local.set $x (i64.xor (local.get $x) (local.get $quoted)))
            ;; The last byte's state, spread to all 64 bits by the arithmetic shift, carries on.
            (local.set $quoted (i64.shr_s (local.get $x) (i64.const 63)))
            (if (i32.eqz (i64.eqz (i64.and (local.get $n) (local.get $x))))
              (then (global.set $nlq (i32.const 1))))
            ;; Keep what lies outside quotes ($nAll keeps every newline, for line numbers).
            (local.set $x (i64.xor (local.get $x) (i64.const -1)))
            (local.set $d (i64.and (local.get $d) (local.get $x)))
            (local.set $n (i64.and (local.get $n) (local.get $x)))))

        ;; Each record end, lowest newline bit first: its delimiters are the ones below that bit.
        (block $ends
          (loop $end
            (br_if $ends (i64.eqz (local.get $n)))
            ;; n & -n isolates the lowest set bit; low - 1 masks the bits below it.
            (local.set $low (i64.and (i64.sub (i64.const 0) (local.get $n)) (local.get $n)))
            (local.set $c
              (i32.add
                (local.get $cnt)
                (i32.wrap_i64 (i64.popcnt (i64.and (local.get $d) (i64.sub (local.get $low) (i64.const 1)))))))
            (if (i32.lt_s (local.get $want) (i32.const 0))
              (then (local.set $want (local.get $c)))
              (else
                (if (i32.and (global.get $check) (i32.ne (local.get $c) (local.get $want)))
                  (then
                    (global.set $found (i32.add (local.get $c) (i32.const 1)))
                    (global.set $want (local.get $want))
                    (return (i32.add (local.get $i) (i32.wrap_i64 (i64.ctz (local.get $n)))))))))
            (global.set $records (i32.add (global.get $records) (i32.const 1)))
            ;; The next record starts on the line after this newline: count the newlines up to and
            ;; including it ((low << 1) - 1 masks them; all 64 bits when low is bit 63).
            (global.set $recLine
              (i32.add
                (local.get $lines)
                (i32.wrap_i64
                  (i64.popcnt
                    (i64.and
                      (local.get $nAll)
                      (i64.sub (i64.shl (local.get $low) (i64.const 1)) (i64.const 1)))))))
            (global.set $recEnd
              (i32.add
                (i32.add (local.get $i) (i32.wrap_i64 (i64.ctz (local.get $n))))
                (i32.const 1)))
            ;; Keep only the delimiters after this newline: -(low << 1) masks the bits above it.
            (local.set $d
              (i64.and
                (local.get $d)
                (i64.sub (i64.const 0) (i64.shl (local.get $low) (i64.const 1)))))
            (local.set $cnt (i32.const 0))
            ;; n & (n - 1) clears the lowest set bit.
            (local.set $n (i64.and (local.get $n) (i64.sub (local.get $n) (i64.const 1))))
            (br $end)))

        ;; The delimiters after the step's last record end belong to the open record.
        (local.set $cnt (i32.add (local.get $cnt) (i32.wrap_i64 (i64.popcnt (local.get $d)))))
        (local.set $lines (i32.add (local.get $lines) (i32.wrap_i64 (i64.popcnt (local.get $nAll)))))
        (local.set $i (i32.add (local.get $i) (i32.const 64)))
        (br $step)))

    (global.set $count (local.get $cnt))
    (global.set $want (local.get $want))
    (global.set $lines (local.get $lines))
    (global.set $quoted (i32.and (i32.wrap_i64 (local.get $quoted)) (i32.const 1)))
    (i32.const -1)))
