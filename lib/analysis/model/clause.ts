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
    2.305391, -0.889026, 1.813759, 2.793552, -0.011413, -0.011413, 0.923486, -0.571073, 0.920568, 0.058847, 2.305391,
    2.177249, 2.457962, 1.114641, 0.748605,
  ],
  bias: -5.164371,
  scale: [1, 1, 1, 1, 1, 1, 1, 1, 1, 3.044522, 1, 1, 1, 1, 1],
};
