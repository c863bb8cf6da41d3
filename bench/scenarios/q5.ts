import { cadresFloor, cadreVariants } from './q3';
import type { Scenario } from './common';

/**
 * Q5: Q3 as a provincial organisation department (ORG_DEPT, region 350000) rather than ADMIN. The
 * province sees every cadre, so the data equals Q3's and the difference is the access layer's cost.
 * Reported against the hub's own Q3 (ADMIN) throughput; the peers have no access layer.
 */
export const Q5: Scenario = {
  id: 'Q5',
  title: 'Q3 with an ORG_DEPT token (vs ADMIN)',
  operation: 'BenchQ3Cadres',
  role: 'ORG_DEPT',
  variants: ({ counts }) => cadreVariants(counts),
  floor: cadresFloor,
};
