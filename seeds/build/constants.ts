/** The demo's fixed "today": records end by this date, later classes are still ahead. */
export const AS_OF = '2026-11-20';

/** Fixed timestamp for created_at/updated_at of reference rows (dumps must be byte-identical). */
export const SEED_STAMP = '2026-11-20T09:00:00+08:00';

/** The seed label of the PRNG; change it and every generated value changes. */
export const SEED = 'ganxun-demo-v1';

export const FIRST_YEAR = 2021;
export const LAST_YEAR = 2026;

/** A fixed timestamp on a date (Beijing time), e.g. for created_at of dated rows. */
export function stampOn(date: string, time = '09:00:00'): string {
  return `${date}T${time}+08:00`;
}
