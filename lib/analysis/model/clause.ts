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
    2.269325, -0.791993, 1.700119, 3.005719, -0.005391, -0.005391, 0.907999, -0.519726, 0.928647, 0.0083, 2.269325,
    2.108608, 2.432086, 1.10247, 0.774583,
  ],
  bias: -5.129357,
  scale: [1, 1, 1, 1, 1, 1, 1, 1, 1, 3.044522, 1, 1, 1, 1, 1],
};
