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
    2.311819, -0.924971, 1.883112, 3.549139, 0.000485, 0.000485, 0.93739, -0.555451, 0.813294, 0.10308, 2.311819,
    2.096027, 2.407509, 1.127508, 0.735956,
  ],
  bias: -5.195768,
  scale: [1, 1, 1, 1, 1, 1, 1, 1, 1, 3.044522, 1, 1, 1, 1, 1],
};
