import type { CadreRankCode } from '../../data/types';
import type { Rng } from '../../random';
import type { CadreMeta } from '../people';

/** The first year of the 2024–2028 plan: from it on, each cadre's records follow its diligence. */
export const PLAN_FIRST_YEAR = 2024;

/**
 * How a cadre keeps up with the plan from 2024 on: most are on track, some behind the line, a few far
 * behind, a handful with nothing recorded at all.
 */
export type Diligence = 'ON_TRACK' | 'BEHIND' | 'FAR_BEHIND' | 'NONE';

const ORDER: readonly Diligence[] = ['ON_TRACK', 'BEHIND', 'FAR_BEHIND', 'NONE'];

/**
 * The cadre's diligence, drawn from its own fork (the draws of the years before the plan do not
 * shift): the profile of the older records (people.ts) weighs it, so a cadre who kept up before
 * mostly still does, but not always.
 */
export function diligenceOf(rng: Rng, m: CadreMeta): { centralized: Diligence; selfStudy: Diligence } {
  const r = rng.fork(`diligence-${m.row.id}`);
  const centralized = r.weighted<Diligence>(
    m.profile === 'STRONG'
      ? [['ON_TRACK', 93], ['BEHIND', 6], ['FAR_BEHIND', 1]]
      : m.profile === 'PARTIAL'
        ? [['ON_TRACK', 73], ['BEHIND', 24], ['FAR_BEHIND', 3]]
        : [['ON_TRACK', 51], ['BEHIND', 40], ['FAR_BEHIND', 7], ['NONE', 2]],
  );
  // Self-study is its own habit: a busy cadre may lag on it while attending classes, and the reverse.
  const shift = centralized === 'NONE' ? 0 : r.weighted<number>([[0, 88], [1, 7], [-1, 5]]);
  const selfStudy = ORDER[Math.max(0, Math.min(2, ORDER.indexOf(centralized) + shift))]!;
  return { centralized, selfStudy: centralized === 'NONE' ? 'NONE' : selfStudy };
}

/** Ranks placed in group A whatever the category (附件1's notes; the compliance rank table). */
const GROUP_A_RANKS: ReadonlySet<CadreRankCode> = new Set(['BUREAU_CHIEF', 'BUREAU_DEPUTY', 'DIVISION_CHIEF', 'DIVISION_DEPUTY', 'RESEARCHER']);

/** In group A as the compliance engine places the cadre: by rank, else by category. */
export function planGroupA(m: CadreMeta): boolean {
  return m.groupA || GROUP_A_RANKS.has(m.row.rank);
}

/** Needs a systematic theory course every three years (一把手 and young cadres). */
export function needsTheory(m: CadreMeta): boolean {
  return m.row.is_principal_leader || m.row.is_young_cadre;
}
