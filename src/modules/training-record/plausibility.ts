import type { RecordRules } from '../../core/config';

/** What a record claims, as it is (create) or will be after the change (update). */
export interface RecordClaim {
  hours: number;
  creditedHours: number;
  days: number;
  startDate: string;
  endDate: string;
}

export interface Implausibility {
  field: 'endDate' | 'days' | 'hours' | 'creditedHours';
  message: string;
}

/** A day has 24 hours, whatever the configured bound says. */
const HOURS_IN_A_DAY = 24;
const DAY_MS = 86_400_000;

/** Calendar days from start to end, both counted (a one-day record is 1). Dates are `YYYY-MM-DD`. */
export function calendarDays(startDate: string, endDate: string): number {
  return Math.round((Date.parse(`${endDate}T00:00:00Z`) - Date.parse(`${startDate}T00:00:00Z`)) / DAY_MS) + 1;
}

/**
 * Training days: the record's `days` when above 0 (full-time training reports them); otherwise
 * (online study, centre-group sessions, lectures report days 0) every calendar day of its span.
 */
export function trainingDays(claim: Pick<RecordClaim, 'days' | 'startDate' | 'endDate'>): number {
  return claim.days > 0 ? claim.days : calendarDays(claim.startDate, claim.endDate);
}

/** Most hours a record may claim: the per-day bound (at most 24) times its training days. */
export function maxHours(claim: Pick<RecordClaim, 'days' | 'startDate' | 'endDate'>, rules: RecordRules): number {
  return Math.round(Math.min(rules.maxHoursPerDay, HOURS_IN_A_DAY) * trainingDays(claim) * 10) / 10;
}

/**
 * The first rule a record breaks, or undefined: the end is not before the start; `days` fit in the
 * calendar days from start to end; reported and credited hours fit in the per-day bound times the
 * training days (issue 10: a one-day record claiming 90 days and 6 hours).
 */
export function implausibility(claim: RecordClaim, rules: RecordRules): Implausibility | undefined {
  if (claim.endDate < claim.startDate) return { field: 'endDate', message: 'must not be before the start date' };
  const span = calendarDays(claim.startDate, claim.endDate);
  if (claim.days > span) return { field: 'days', message: `must not exceed the ${span} calendar day(s) from start to end date` };
  const max = maxHours(claim, rules);
  const per = `${Math.min(rules.maxHoursPerDay, HOURS_IN_A_DAY)} hours per training day`;
  if (claim.hours > max) return { field: 'hours', message: `must not exceed ${max} (${per} × ${trainingDays(claim)} training day(s))` };
  if (claim.creditedHours > max) return { field: 'creditedHours', message: `must not exceed ${max} (${per} × ${trainingDays(claim)} training day(s))` };
  return undefined;
}
