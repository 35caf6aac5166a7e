// resource.Quantity parsing with the apimachinery error texts (k8s.io/apimachinery/pkg/api/resource).

export const QUANTITY_FORMAT_ERROR =
  "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
export const QUANTITY_NUMERIC_ERROR = "unable to parse quantity's numeric part";
export const QUANTITY_SUFFIX_ERROR = "unable to parse quantity's suffix";

const SHAPE = /^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$/;

const MULTIPLIERS: Record<string, number> = {
  '': 1,
  n: 1e-9,
  u: 1e-6,
  m: 1e-3,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
};

export interface ParsedQuantity {
  /** The value in base units (cores, bytes), as a float: good enough for comparisons. */
  value?: number;
  error?: string;
}

export function parseQuantity(input: string | number): ParsedQuantity {
  if (typeof input === 'number')
    return Number.isFinite(input) ? { value: input } : { error: QUANTITY_FORMAT_ERROR };
  const m = SHAPE.exec(input);
  if (!m) return { error: QUANTITY_FORMAT_ERROR };
  const [, num, suffix] = m;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(num)) return { error: QUANTITY_NUMERIC_ERROR };
  let multiplier = MULTIPLIERS[suffix];
  if (multiplier === undefined) {
    const exp = /^[eE]([-+]?\d+)$/.exec(suffix);
    if (!exp) return { error: QUANTITY_SUFFIX_ERROR };
    multiplier = 10 ** Number(exp[1]);
  }
  return { value: Number(num) * multiplier };
}

/** Quantity.String() for the simple cases learners write; other spellings are kept as written. */
export function quantityString(input: string | number): string {
  return String(input);
}
