/**
 * The evaluation kit's dev stories by role. Five of the sixteen non-seed stories were drawn at random once
 * (2026-12-03, Python's secrets.SystemRandom) and are held back: the analysis is developed against the other eleven
 * and the seed, and the held-back five are only scored, to tell progress from fitting
 * (docs/decisions/013-facts-not-sentences.md).
 */
export const SEED_STORY = "iran-syria-2018";

export const HELD_OUT = [
  "comeaux-prison-van-escape-2009",
  "fred-larue-death-2004",
  "ins-sukanya-pirates-2011",
  "kimani-gray-vigil-riot-2013",
  "korea-joint-olympic-march-2018",
];
