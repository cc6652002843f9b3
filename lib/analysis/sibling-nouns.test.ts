import { describe, expect, it } from "vitest";
import { siblingKinds } from "./sibling-nouns";

describe("two kinds of one thing (sibling-nouns.siblingKinds)", () => {
  it.each([
    ["arm", "leg", true],
    ["rifle", "shotgun", true],
    ["kitchen", "bedroom", true],
    ["influenza", "pneumonia", true],
    // One step up from one, two from the other: "chest" is a body part, "head" an external body part.
    ["chest", "head", true],
    ["neck", "shoulder", true],
    // A part and its whole, a kind and its kind, one word.
    ["face", "head", false],
    ["revolver", "pistol", false],
    ["arm", "arm", false],
    ["chest", "torso", false],
    ["leg", "thigh", false],
    // An organ is three steps below "body part": too far from the chest to be its sibling.
    ["chest", "heart", false],
    // Kinds outlets use for one thing: vessels, buildings, people, ways.
    ["ship", "boat", false],
    ["hotel", "motel", false],
    ["friend", "neighbor", false],
    ["street", "road", false],
    // Two classes.
    ["arm", "rifle", false],
  ])("%s / %s: %s", (x, y, expected) => {
    expect(siblingKinds(x, y)).toBe(expected);
  });
});
