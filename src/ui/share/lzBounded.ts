// lz-string's decompressFromEncodedURIComponent with a ceiling on the output. A link is data from
// a stranger: LZ dictionaries let a short link expand quadratically, so we stop as soon as the text
// would pass the limit instead of building it and measuring afterwards. The bit layout is lz-string
// 1.5's (MIT), so links made by lz-string (and the TypeScript playground) decode the same.

const URI_SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const VALUE_OF = new Map([...URI_SAFE].map((ch, i) => [ch, i]));

export type Decompressed = { ok: true; text: string } | { ok: false; reason: 'corrupt' | 'tooLarge' };

const CORRUPT: Decompressed = { ok: false, reason: 'corrupt' };
const TOO_LARGE: Decompressed = { ok: false, reason: 'tooLarge' };

export function decompressBounded(input: string, maxChars: number): Decompressed {
  const data = input.replace(/ /g, '+');
  if (data === '') return CORRUPT;
  for (const ch of data) if (!VALUE_OF.has(ch)) return CORRUPT;

  const length = data.length;
  let val = VALUE_OF.get(data[0]) ?? 0;
  let position = 32;
  let index = 1;
  // Set once a bit was needed from beyond the last character: the link was cut short. (lz-string
  // reads those as zeros, and a cut link can then decode to a plausible prefix of the text.)
  let truncated = false;
  const readBits = (n: number): number => {
    let bits = 0;
    for (let power = 1; power !== 1 << n; power <<= 1) {
      if (index > length) truncated = true;
      const bit = val & position;
      position >>= 1;
      if (position === 0) {
        position = 32;
        val = index < length ? (VALUE_OF.get(data[index]) ?? 0) : 0;
        index++;
      }
      if (bit > 0) bits |= power;
    }
    return bits;
  };

  const dictionary: string[] = ['', '', ''];
  let enlargeIn = 4;
  let dictSize = 4;
  let numBits = 3;
  const first = readBits(2);
  if (truncated) return CORRUPT;
  if (first === 2) return { ok: true, text: '' };
  const c = String.fromCharCode(readBits(first === 0 ? 8 : 16));
  dictionary[3] = c;
  let w = c;
  const out: string[] = [c];
  let outLength = 1;

  for (;;) {
    if (index > length) return CORRUPT; // ran off the end: a truncated link
    let code = readBits(numBits);
    if (code === 0 || code === 1) {
      dictionary[dictSize++] = String.fromCharCode(readBits(code === 0 ? 8 : 16));
      if (truncated) return CORRUPT;
      code = dictSize - 1;
      enlargeIn--;
    } else if (truncated) {
      return CORRUPT;
    } else if (code === 2) {
      return { ok: true, text: out.join('') };
    }
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
    let entry: string;
    if (code < dictSize && dictionary[code] !== undefined && code >= 3) entry = dictionary[code];
    else if (code === dictSize) entry = w + w.charAt(0);
    else return CORRUPT;
    outLength += entry.length;
    if (outLength > maxChars) return TOO_LARGE;
    out.push(entry);
    dictionary[dictSize++] = w + entry.charAt(0);
    enlargeIn--;
    w = entry;
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  }
}
