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
    2.53601, -1.386847, 1.428013, 2.766923, 0.24336, 0.248992, 1.541406, -0.490903, -0.086119, -1.214875, 2.601134,
    2.214873, 3.430521, 1.25588, 0.46547,
  ],
  bias: -5.727434,
  scale: [1, 1, 1, 1, 1, 1, 1, 1, 1, 2.043074, 1, 1, 1, 1, 1],
};
