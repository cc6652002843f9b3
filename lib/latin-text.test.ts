import { describe, expect, it } from "vitest";
import { latinOnly } from "./latin-text";

describe("latinOnly", () => {
  const cases: Array<[string, string, string?]> = [
    ["plain ASCII", "Iran and Syria sign a deal"],
    ["Latin-1 accents stay", "Café in Zürich, señor"],
    ["curly quotes and dashes become ASCII", '"Syria is - getting out" it\'s...', "“Syria is — getting out” it’s…"],
    ["accents outside Latin-1 lose their marks", "Erdogan met Lech Walesa in Lódz", "Erdoğan met Lech Wałęsa in Łódź"],
    ["ligatures and full-width letters decompose", "file ABC", "ﬁle ＡＢＣ"],
    ["another script becomes one ? per run", "Minister ? said", "Minister امیر حاتمی said"],
    ["emoji become ?", "Deal ? signed", "Deal 🤝 signed"],
    ["controls and zero-width characters go", "a b c", "a\u0007b\u200b \u00adc"],
    ["nothing readable left gives the fallback", "Claim", "حاتمی"],
  ];
  for (const [name, want, input] of cases) it(name, () => expect(latinOnly(input ?? want, "Claim")).toBe(want));

  it("never leaves a character outside Latin-1", () => {
    const out = latinOnly("Ελληνικά Русский 中文 עברית “x” — 😀 ﬃ ẞ ǅ");
    expect([...out].every((c) => /[\u0020-\u007e\u00a0-\u00ff]/.test(c))).toBe(true);
  });
});
