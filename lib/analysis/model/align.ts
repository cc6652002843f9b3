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
    2.661873, -1.619884, 1.597046, 3.348321, 0.15317, 0.349712, 1.483647, -0.543561, -0.021861, -1.224008, 2.627241,
    2.362011, 3.320281, 1.241007, 0.382418,
  ],
  bias: -5.728143,
  scale: [1, 1, 1, 1, 1, 1, 1, 1, 1, 2.043074, 1, 1, 1, 1, 1],
};
