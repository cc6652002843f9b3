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
  ],
  weights: [
    2.419157, -1.480066, 1.431674, 2.88145, 0.281486, 0.531134, 1.575682, -0.495195, -0.025366, -1.303169, 2.725033,
    2.273689, 3.678979,
  ],
  bias: -4.648301,
  scale: [1, 1, 1, 1, 1, 1, 1, 1, 1, 2.043074, 1, 1, 1],
};
