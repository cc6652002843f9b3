import { describe, expect, it } from "vitest";
import { predict, predictor, type LogisticModel } from "./logistic";

const ORDER = ["a", "b", "c"] as const;
type F = (typeof ORDER)[number];

describe("predictor", () => {
  const models: Array<[string, LogisticModel<F>]> = [
    ["features in the values' order", { features: ["a", "b", "c"], weights: [0.3, -1.7, 2.25], bias: -0.4 }],
    ["features in another order, scaled", { features: ["c", "a"], weights: [1.1, 0.9], bias: 0.2, scale: [3, 0.7] }],
    ["a missing weight", { features: ["b", "a", "c"], weights: [1e-3], bias: 5 }],
  ];
  const rows = [
    [0, 0, 0],
    [1, 0.5, 0.25],
    [0.1, 0.2, 0.3],
    [12.5, -3, 1e-9],
  ];
  it.each(models)("gives predict's probability to the last bit: %s", (_, model) => {
    const p = predictor(model, ORDER);
    for (const [a, b, c] of rows) expect(p([a!, b!, c!])).toBe(predict(model, { a: a!, b: b!, c: c! }));
  });

  it("refuses a model with a feature the values do not have", () => {
    expect(() => predictor({ features: ["a", "d"], weights: [1, 1], bias: 0 }, ["a", "b"])).toThrow(/"d"/);
  });
});
