import { describe, expect, it } from "vitest";
import { shownVariants } from "./variants-shown";

const variant = (key: string, forms: Record<string, string[]>) => ({
  key,
  forms: Object.entries(forms).map(([form, articles]) => ({ form, articles })),
});

describe("shownVariants", () => {
  it("leaves out a surname's spellings that a full name's variant shows in the same outlets", () => {
    const full = variant("mrk drvc", { "Mirko Dravic": ["a", "c"], "Mirko Dravich": ["b"] });
    const surname = variant("drvc", { Dravic: ["a", "c"], Dravich: ["b"] });
    expect(shownVariants([surname, full])).toEqual([full]);
  });

  it("keeps a surname written alone by an outlet that never writes the full name", () => {
    const full = variant("mrk drvc", { "Mirko Dravic": ["a"], "Mirko Dravich": ["b"] });
    const surname = variant("drvc", { Dravic: ["a", "c"], Dravich: ["b"] });
    expect(shownVariants([surname, full])).toEqual([surname, full]);
  });

  it("keeps variants of other names", () => {
    const a = variant("hzblh", { Hezbollah: ["a"], Hizballah: ["b"] });
    const b = variant("mrk drvc", { "Mirko Dravic": ["a"], "Mirko Dravich": ["b"] });
    expect(shownVariants([a, b])).toEqual([a, b]);
  });
});
