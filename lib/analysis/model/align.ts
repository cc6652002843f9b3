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
    2.606645, -1.488979, 1.540114, 2.599144, 0.228943, 0.274553, 1.463977, -0.576536, 0.00159, -1.222885, 2.626258,
    2.291575, 3.463766, 1.177677, 0.421981,
  ],
  bias: -5.676539,
  scale: [1, 1, 1, 1, 1, 1, 1, 1, 1, 2.043074, 1, 1, 1, 1, 1],
};
