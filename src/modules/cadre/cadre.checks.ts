import { todayInChina } from '../../core/dates';
import { BadInputError } from '../../core/errors';
import type { PrincipalPost, VillageRole } from './cadre.enums';

/** The 16th birthday of someone born on `birthDate` (a 29 February birthday falls on 1 March in common years). */
export function sixteenthBirthday(birthDate: string): string {
  const [y, m, d] = birthDate.split('-').map(Number);
  const dt = new Date(Date.UTC(y + 16, m - 1, d));
  return dt.toISOString().slice(0, 10);
}

/** The state of a cadre the attribute rules look at: after the write, not only what the input says. */
export interface CadreAttributeState {
  birthDate: string;
  civilServiceEntryDate?: string | null;
  seniorLevelSince?: string | null;
  principalPost?: PrincipalPost | null;
  villageRole?: VillageRole | null;
}

const CAREER_DATES = ['civilServiceEntryDate', 'seniorLevelSince'] as const;

/**
 * Checks the cadre attributes as they will be stored. `given` names the input fields the caller
 * sent; a violation is blamed on the field the caller sent (the date, or the birth date that moved
 * under a stored date), so an update that changes neither never fails on old data.
 */
export function checkCadreAttributes(state: CadreAttributeState, given: ReadonlySet<string>, today = todayInChina(), path = 'input'): void {
  const earliest = sixteenthBirthday(state.birthDate);
  for (const key of CAREER_DATES) {
    const value = state[key];
    if (!value || !(given.has(key) || given.has('birthDate'))) continue;
    const blame = given.has(key) ? key : 'birthDate';
    if (value < earliest) throw new BadInputError(`${path}.${blame}: ${key} ${value} is before the cadre's 16th birthday (${earliest}).`, `${path}.${blame}`);
    if (value > today) throw new BadInputError(`${path}.${blame}: ${key} ${value} is after today (${today}, Beijing time).`, `${path}.${blame}`);
  }
  if (state.principalPost && state.villageRole && (given.has('principalPost') || given.has('villageRole'))) {
    const blame = given.has('villageRole') ? 'villageRole' : 'principalPost';
    throw new BadInputError(
      `${path}.${blame}: a cadre with a village or community role (${state.villageRole}) cannot also hold a principal post (${state.principalPost}); clear one of them.`,
      `${path}.${blame}`,
    );
  }
}
