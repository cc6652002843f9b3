// Written by scripts/train.ts (npm run train) from the evaluation kit's dev references; do not edit by hand.
import type { LogisticModel } from "../logistic";
import type { PairFeature } from "../pair-features";

export const ALIGN_MODEL: LogisticModel<PairFeature> = {
  features: [
    "cosine",
    "sharedNames",
    "nameOverlap",
    "sharedValues",
    "samePredicate",
    "sharedPredicate",
    "quote",
    "quoteClash",
    "bothLead",
    "lengthRatio",
    "clauseCosine",
    "containment",
    "sharedWeight",
    "vectorCosine",
    "predicateSimilarity",
  ],
  weights: [
    2.683355, -1.558093, 1.578405, 2.895271, 0.244545, 0.304646, 1.482667, -0.542723, -0.070393, -1.213522, 2.587593,
    2.294632, 3.36433, 1.226638, 0.372455,
  ],
  bias: -5.714442,
  scale: [1, 1, 1, 1, 1, 1, 1, 1, 1, 2.043074, 1, 1, 1, 1, 1],
};
