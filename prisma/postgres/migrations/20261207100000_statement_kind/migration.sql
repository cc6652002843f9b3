
-- AlterEnum
ALTER TYPE "DiscrepancyKind" ADD VALUE 'statement';

