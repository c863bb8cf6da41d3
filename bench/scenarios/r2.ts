import type { Scenario } from './common';

/**
 * R2 (prepared, not registered in bench/run.ts yet): `coverageSummary(rule, asOf, groupBy: REGION)` as
 * ADMIN against hand-written SQL, issue 10 §8 (≤ 1.5× at the large size). It waits for the coverage
 * engine (branch `coverage`); what is left when it lands:
 *
 * 1. add the operation to schema/operations/bench.graphql (the bench sends no fragment spreads), then
 *    `npm run codegen` and `npm run schema`:
 *
 *      query BenchR2CoverageSummary($rule: String!, $groupBy: ComplianceGroupBy!, $asOf: Date) {
 *        coverageSummary(rule: $rule, groupBy: $groupBy, asOf: $asOf) {
 *          asOf groupBy rule { code kind shareMin }
 *          total { key label population met due overdue green yellow red metShare shareReached }
 *          groups { key label population met due overdue green yellow red metShare shareReached }
 *        }
 *      }
 *
 * 2. write `floor` below: the rule's population (a filter over the cadre attributes the generator fills
 *    since v4: management_level, principal_post, village_role, is_leadership_team_member,
 *    is_soe_leadership_member, civil_service_entry_date, young cadres), each person's last qualifying
 *    training (modes, class kinds, institution levels and kinds of the rule version in force) within
 *    the rule's cycle, per region — by hand, one statement, the rule's numbers as literals, as R1 does;
 * 3. register R2 in ALL_SCENARIOS (bench/run.ts) and in REPORTS (the results' sentence);
 * 4. generator: coverage counts training by class kind and institution level, and the generated
 *    records have no class yet (class_id is null). Add training classes (kinds MAIN, THEMATIC,
 *    ONBOARDING, YOUNG_CADRE, PRINCIPAL_LEADER, SECTOR … at institutions of every level, with the
 *    NATIONAL / TOWNSHIP levels of the coverage migration) and give full-time records a class whose
 *    dates they take; bump GENERATOR_VERSION. Without it every per-person rule is unmet and the
 *    equality check would only compare populations.
 *
 * Variants: a per-person rule over a large population (省管干部 rotation: every PROVINCIAL cadre,
 * ~20 % of cadres) and the share rule (1/5 of SOE leadership-team members a year).
 */
export const R2_VARIANTS = [
  { rule: 'PROVINCIAL_CAPABILITY_ROTATION', asOf: '2026-06-30', groupBy: 'REGION' },
  { rule: 'SOE_LEADERSHIP_SHARE', asOf: '2026-06-30', groupBy: 'REGION' },
];

export const R2: Scenario = {
  id: 'R2',
  title: 'coverageSummary(rule, asOf 2026-06-30, groupBy REGION) vs hand-written SQL',
  operation: 'BenchR2CoverageSummary',
  role: 'ADMIN',
  concurrency: 1,
  optIn: true,
  async variants() {
    return R2_VARIANTS.map((v) => ({ vars: v, key: v }));
  },
};
