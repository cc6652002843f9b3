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
  ],
  weights: [10.919126, -0.306956, 1.452767, 4.041325, -0.048487, 1.126628, 1.813166, -0.523953, 0.479551, -1.047763],
  bias: -4.162215,
  scale: [1, 1, 1, 1, 1, 1, 1, 1, 1, 2.043074],
};
