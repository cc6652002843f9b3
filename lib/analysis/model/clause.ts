// Written by scripts/train.ts (npm run train) from the evaluation kit's dev references; do not edit by hand.
import type { LogisticModel } from "../logistic";
import type { PairFeature } from "../pair-features";

export const CLAUSE_MODEL: LogisticModel<PairFeature> = {
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
    2.298928, -0.965534, 1.901818, 3.66737, -0.028601, -0.028601, 0.939593, -0.555569, 0.861561, 0.127029, 2.298928,
    2.139909, 2.418967, 1.134197, 0.77317,
  ],
  bias: -5.213428,
  scale: [1, 1, 1, 1, 1, 1, 1, 1, 1, 3.044522, 1, 1, 1, 1, 1],
};
