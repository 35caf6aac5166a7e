// lz-string's decompressFromEncodedURIComponent with a ceiling on the output. A link is data from
// a stranger: LZ dictionaries let a short link expand quadratically, so we stop as soon as the text
// would pass the limit instead of building it and measuring afterwards. The bit layout is lz-string
// 1.5's (MIT), so links made by lz-string (and the TypeScript playground) decode the same.

const URI_SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
/** The 6-bit value of each alphabet character by char code, -1 outside the alphabet. */
const VALUE_OF = new Int8Array(128).fill(-1);
for (let i = 0; i < URI_SAFE.length; i++) VALUE_OF[URI_SAFE.charCodeAt(i)] = i;
/** REVERSED[k][v]: the k-bit value v with its bits in reverse order (lz-string packs codes LSB first). */
const REVERSED = Array.from({ length: 7 }, (_, k) =>
  Uint8Array.from({ length: 1 << k }, (_, v) => {
    let r = 0;
    for (let b = 0; b < k; b++) if (v & (1 << b)) r |= 1 << (k - 1 - b);
    return r;
  }),
);

export type Decompressed = { ok: true; text: string } | { ok: false; reason: 'corrupt' | 'tooLarge' };

const CORRUPT: Decompressed = { ok: false, reason: 'corrupt' };
const TOO_LARGE: Decompressed = { ok: false, reason: 'tooLarge' };

export function decompressBounded(input: string, maxChars: number): Decompressed {
  const data = input.replace(/ /g, '+');
  const length = data.length;
  if (length === 0) return CORRUPT;
  const values = new Uint8Array(length + 1); // a zero after the end: lz-string's padding
  for (let i = 0; i < length; i++) {
    const code = data.charCodeAt(i);
    const value = code < 128 ? VALUE_OF[code] : -1;
    if (value < 0) return CORRUPT;
    values[i] = value;
  }

  let val = values[0];
  /** Bits of `val` not read yet (its low ones). */
  let left = 6;
  let index = 1;
  // Set once a bit was needed from beyond the last character: the link was cut short. (lz-string
  // reads those as zeros, and a cut link can then decode to a plausible prefix of the text.)
  let truncated = false;
  // A whole character's bits at a time, not bit by bit: a 2 MB link is 12 million bits, which took
  // a bit-at-a-time loop 170 ms on the page's main thread.
  const readBits = (n: number): number => {
    let bits = 0;
    let got = 0;
    while (got < n) {
      if (index > length) truncated = true;
      const k = Math.min(left, n - got);
      const chunk = (val >> (left - k)) & ((1 << k) - 1);
      bits |= REVERSED[k][chunk] << got;
      got += k;
      left -= k;
      if (left === 0) {
        val = index < length ? values[index] : 0;
        left = 6;
        index++;
      }
    }
    return bits;
  };

  // The dictionary as (prefix entry, last character) pairs, LZW's usual tree, and the text in a
  // character buffer: no string per entry. A hostile link of 2 MB makes about a million entries, and
  // building each as a string (with the garbage collection after it) held the main thread 150-550 ms.
  const dict = new Dictionary();
  let enlargeIn = 4;
  let numBits = 3;
  const first = readBits(2);
  if (truncated) return CORRUPT;
  if (first === 2) return { ok: true, text: '' };
  let w = dict.add(-1, readBits(first === 0 ? 8 : 16));
  const out = new TextBuffer();
  out.write(dict, w);

  for (;;) {
    if (index > length) return CORRUPT; // ran off the end: a truncated link
    let code = readBits(numBits);
    if (code === 0 || code === 1) {
      code = dict.add(-1, readBits(code === 0 ? 8 : 16));
      if (truncated) return CORRUPT;
      enlargeIn--;
    } else if (truncated) {
      return CORRUPT;
    } else if (code === 2) {
      return { ok: true, text: out.text() };
    }
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
    // A code not yet in the dictionary (LZW's "KwKwK" case) is w followed by w's first character:
    // exactly the entry this step adds, so it is added first.
    const known = code >= 3 && code < dict.size;
    if (!known && code !== dict.size) return CORRUPT;
    dict.add(w, dict.firstChar[known ? code : w]);
    if (out.length + dict.length[code] > maxChars) return TOO_LARGE;
    out.write(dict, code);
    enlargeIn--;
    w = code;
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  }
}

/** LZW entries 3, 4, ...: each its prefix entry (-1: none) and last character. 0-2 are lz-string's codes. */
class Dictionary {
  size = 3;
  prefix = new Int32Array(1024);
  lastChar = new Uint16Array(1024);
  firstChar = new Uint16Array(1024);
  length = new Int32Array(1024);

  add(prefix: number, char: number): number {
    if (this.size === this.prefix.length) this.grow();
    const i = this.size++;
    this.prefix[i] = prefix;
    this.lastChar[i] = char;
    this.firstChar[i] = prefix < 0 ? char : this.firstChar[prefix];
    this.length[i] = prefix < 0 ? 1 : this.length[prefix] + 1;
    return i;
  }

  private grow() {
    const n = this.prefix.length * 2;
    const copy = <T extends Int32Array | Uint16Array>(a: T, b: T) => (b.set(a), b);
    this.prefix = copy(this.prefix, new Int32Array(n));
    this.lastChar = copy(this.lastChar, new Uint16Array(n));
    this.firstChar = copy(this.firstChar, new Uint16Array(n));
    this.length = copy(this.length, new Int32Array(n));
  }
}

/** The decoded text as UTF-16 code units (lone surrogates kept, as lz-string keeps them). */
class TextBuffer {
  length = 0;
  private units = new Uint16Array(1024);

  /** Appends entry `i`, written back to front along its prefixes. */
  write(dict: Dictionary, i: number) {
    const n = dict.length[i];
    while (this.length + n > this.units.length) {
      const bigger = new Uint16Array(this.units.length * 2);
      bigger.set(this.units);
      this.units = bigger;
    }
    for (let at = this.length + n - 1, e = i; e >= 0; e = dict.prefix[e], at--)
      this.units[at] = dict.lastChar[e];
    this.length += n;
  }

  text(): string {
    const parts: string[] = [];
    for (let i = 0; i < this.length; i += 8192)
      parts.push(String.fromCharCode(...this.units.subarray(i, Math.min(this.length, i + 8192))));
    return parts.join('');
  }
}
