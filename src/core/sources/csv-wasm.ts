/**
 * The few pieces of the WebAssembly binary format the CSV scanner's module needs (one function,
 * its own memory, exported i32 globals), so the module is built from these sources at start-up:
 * no compiler or build step, the same bytes in a clone and in the package.
 */

export const I32 = 0x7f;
export const I64 = 0x7e;
export const V128 = 0x7b;
/** An empty block type: `block`, `loop` and `if` here leave nothing on the stack. */
const VOID = 0x40;

/** Unsigned LEB128. */
function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    const b = n & 0x7f;
    n >>>= 7;
    out.push(n ? b | 0x80 : b);
  } while (n);
  return out;
}

/** Signed LEB128 of a 32-bit integer. */
function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const b = n & 0x7f;
    n >>= 7;
    if ((n === 0 && !(b & 0x40)) || (n === -1 && b & 0x40)) return [...out, b];
    out.push(b | 0x80);
  }
}

const vec = (items: number[][]): number[] => [...uleb(items.length), ...items.flat()];
const name = (s: string): number[] => vec([...Buffer.from(s)].map((b) => [b]));
const section = (id: number, body: number[]): number[] => [id, ...uleb(body.length), ...body];
const simd = (code: number): number[] => [0xfd, ...uleb(code)];

/** Instructions, by their text-format names; each returns its encoding. */
export const wasm = {
  block: (): number[] => [0x02, VOID],
  loop: (): number[] => [0x03, VOID],
  if: (): number[] => [0x04, VOID],
  else: (): number[] => [0x05],
  end: (): number[] => [0x0b],
  br: (depth: number): number[] => [0x0c, ...uleb(depth)],
  brIf: (depth: number): number[] => [0x0d, ...uleb(depth)],
  return: (): number[] => [0x0f],
  localGet: (i: number): number[] => [0x20, ...uleb(i)],
  localSet: (i: number): number[] => [0x21, ...uleb(i)],
  globalGet: (i: number): number[] => [0x23, ...uleb(i)],
  globalSet: (i: number): number[] => [0x24, ...uleb(i)],
  i32Const: (n: number): number[] => [0x41, ...sleb(n)],
  i64Const: (n: number): number[] => [0x42, ...sleb(n)],
  i32Eqz: (): number[] => [0x45],
  i32Ne: (): number[] => [0x47],
  i32LtS: (): number[] => [0x48],
  i32GeU: (): number[] => [0x4f],
  i64Eqz: (): number[] => [0x50],
  i32Add: (): number[] => [0x6a],
  i32And: (): number[] => [0x71],
  i32Or: (): number[] => [0x72],
  i32Shl: (): number[] => [0x74],
  i64Ctz: (): number[] => [0x7a],
  i64Popcnt: (): number[] => [0x7b],
  i64Sub: (): number[] => [0x7d],
  i64And: (): number[] => [0x83],
  i64Or: (): number[] => [0x84],
  i64Xor: (): number[] => [0x85],
  i64Shl: (): number[] => [0x86],
  i64ShrS: (): number[] => [0x87],
  i32WrapI64: (): number[] => [0xa7],
  i64ExtendI32U: (): number[] => [0xad],
  v128Load: (offset: number): number[] => [...simd(0x00), 0, ...uleb(offset)],
  i8x16Splat: (): number[] => simd(0x0f),
  i8x16Eq: (): number[] => simd(0x23),
  i8x16Bitmask: (): number[] => simd(0x64),
  i8x16AllTrue: (): number[] => simd(0x63),
  i8x16MinU: (): number[] => simd(0x77),
};

/** Instructions, grouped as is convenient to write them: flattened when the module is built. */
export type Code = number[] | Code[];

function flatten(code: Code, out: number[] = []): number[] {
  for (const c of code) {
    if (typeof c === 'number') out.push(c);
    else flatten(c, out);
  }
  return out;
}

export interface WasmFunction {
  params: number[];
  result: number;
  /** Types of the locals after the parameters, in index order. */
  locals: number[];
  body: Code;
}

/**
 * A module of one exported function `name`, an exported memory of `pages` 64 KiB pages, and
 * exported mutable i32 globals (initially 0) in the order given: global i is `globals[i]`.
 */
export function wasmModule(
  fn: string,
  f: WasmFunction,
  pages: number,
  globals: readonly string[],
): Uint8Array<ArrayBuffer> {
  const type = [0x60, ...vec(f.params.map((t) => [t])), ...vec([[f.result]])];
  const locals = vec(f.locals.map((t) => [1, t]));
  const code = [...locals, ...flatten(f.body), ...wasm.end()];
  return new Uint8Array([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, vec([type])),
    ...section(3, vec([uleb(0)])),
    ...section(5, vec([[0x00, ...uleb(pages)]])),
    ...section(6, vec(globals.map(() => [I32, 0x01, ...wasm.i32Const(0), ...wasm.end()]))),
    ...section(
      7,
      vec([
        [...name(fn), 0x00, 0],
        [...name('memory'), 0x02, 0],
        ...globals.map((g, i) => [...name(g), 0x03, ...uleb(i)]),
      ]),
    ),
    ...section(10, vec([[...uleb(code.length), ...code]])),
  ]);
}
