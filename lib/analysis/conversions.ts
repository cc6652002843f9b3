/**
 * Units of one dimension written differently by different outlets: "a depth of six miles" and "10 kilometres",
 * "winds of 120 mph" and "193 km/h", "47 degrees Celsius" and "117 degrees Fahrenheit". Each unit (as
 * `canonicalUnit` gives it) has a scale to its dimension's base unit; two amounts in units of one dimension measure
 * the same thing, and are compared in the base unit at the precision each figure is written to. Durations too: "a
 * 90-minute standoff" is not "three hours".
 *
 * The factors are the units' definitions (a mile is 1,609.344 metres), not fitted values. A "ton" is a short, long
 * or metric ton, so it is the interval between the smallest and the largest.
 */

const DIMENSIONS = ["length", "speed", "mass", "area", "temperature", "duration"] as const;
export type Dimension = (typeof DIMENSIONS)[number];
/** Whether a word is the name of a dimension ("duration"), as measure keys hold it ("n:|duration"). */
export const isDimension = (word: string): word is Dimension => (DIMENSIONS as readonly string[]).includes(word);

interface Scale {
  dimension: Dimension;
  /** Base units per unit, low and high (equal except for a unit that means several sizes). */
  low: number;
  high: number;
  /** Added after scaling: temperatures only (base: degrees Celsius). */
  offset?: number;
}

const scale = (dimension: Dimension, low: number, high = low, offset?: number): Scale => ({
  dimension,
  low,
  high,
  ...(offset === undefined ? {} : { offset }),
});

// A Map, not an object: a unit such as "constructor" must not find Object.prototype's members.
const SCALES = new Map<string, Scale>([
  // Lengths, in metres.
  ["km", scale("length", 1000)],
  ["mile", scale("length", 1609.344)],
  ["metre", scale("length", 1)],
  ["foot", scale("length", 0.3048)],
  ["yard", scale("length", 0.9144)],
  ["inch", scale("length", 0.0254)],
  ["centimetre", scale("length", 0.01)],
  ["millimetre", scale("length", 0.001)],
  ["nautical", scale("length", 1852)],
  // Speeds, in kilometres an hour.
  ["kph", scale("speed", 1)],
  ["mph", scale("speed", 1.609344)],
  ["knot", scale("speed", 1.852)],
  // Masses, in kilograms.
  ["kg", scale("mass", 1)],
  ["gram", scale("mass", 0.001)],
  ["pound", scale("mass", 0.45359237)],
  ["tonne", scale("mass", 1000)],
  ["ton", scale("mass", 907.18474, 1016.0469)],
  // Areas, in hectares.
  ["hectare", scale("area", 1)],
  ["acre", scale("area", 0.40468564)],
  ["square km", scale("area", 100)],
  ["square mile", scale("area", 258.9988110336)],
  ["square metre", scale("area", 1e-4)],
  ["square foot", scale("area", 0.09290304e-4)],
  ["square yard", scale("area", 0.83612736e-4)],
  // Durations, in days: "a 90-minute standoff" / "three hours"; "18 months" / "two years". A month and a year are
  // their average lengths.
  ["second", scale("duration", 1 / 86400)],
  ["minute", scale("duration", 1 / 1440)],
  ["hour", scale("duration", 1 / 24)],
  ["day", scale("duration", 1)],
  ["week", scale("duration", 7)],
  ["month", scale("duration", 30.436875)],
  ["year", scale("duration", 365.2425)],
  ["decade", scale("duration", 3652.425)],
  // Temperatures, in degrees Celsius.
  ["celsius", scale("temperature", 1)],
  ["fahrenheit", scale("temperature", 5 / 9, 5 / 9, -32 * (5 / 9))],
]);

/** The dimension a unit measures, or undefined when it converts to no other unit. */
export const dimensionOf = (unit: string): Dimension | undefined => SCALES.get(unit)?.dimension;

/** Two different units of one dimension ("mile" and "km"). */
export function convertible(a: string, b: string): boolean {
  if (a === b) return false;
  const x = SCALES.get(a);
  return x !== undefined && x.dimension === SCALES.get(b)?.dimension;
}

/**
 * Half the step a figure is written to, the rounding it may carry: "6" ±0.5, "6.1" ±0.05, "320" ±5, "12,000"
 * ±500. A round figure is read to two significant digits at least ("10" is 10 ± 0.5, not ± 5): a converted figure
 * is rounded, rarely to one digit.
 */
export function halfStep(x: number): number {
  const abs = Math.abs(x);
  if (abs === 0) return 0.5;
  if (!Number.isInteger(abs)) return 10 ** -(String(abs).split(".")[1]?.length ?? 0) / 2;
  let step = 1;
  while (abs % (step * 10) === 0) step *= 10;
  while (step > 1 && abs / step < 10) step /= 10;
  return step / 2;
}

/** An amount's interval in its dimension's base unit, widened by the rounding its figures may carry. */
export function inBaseUnits(q: { low: number; high: number; unit: string }): [number, number] | undefined {
  const s = SCALES.get(q.unit);
  if (!s) return undefined;
  const low = (q.low - halfStep(q.low)) * s.low + (s.offset ?? 0);
  const high = (q.high + halfStep(q.high)) * s.high + (s.offset ?? 0);
  return [Math.min(low, high), Math.max(low, high)];
}

/** Whether two amounts in different units of one dimension can state one value. */
export function convertedOverlap(
  a: { low: number; high: number; unit: string },
  b: { low: number; high: number; unit: string },
): boolean {
  const x = inBaseUnits(a);
  const y = inBaseUnits(b);
  return !!x && !!y && x[0] <= y[1] && y[0] <= x[1];
}

/** An amount's midpoint in its dimension's base unit; in its own unit when it has no scale. */
export function baseMid(q: { low: number; high: number; unit: string }): number {
  const s = SCALES.get(q.unit);
  const mid = (q.low + q.high) / 2;
  return s ? mid * ((s.low + s.high) / 2) + (s.offset ?? 0) : mid;
}
