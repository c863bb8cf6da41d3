/** Calendar helpers over ISO `YYYY-MM-DD` strings, in integer arithmetic: results never depend on the machine's time zone or clock. */

/** Days since 1970-01-01 (proleptic Gregorian), computed with integers only (H. Hinnant's days_from_civil). */
export function toEpochDay(date: string): number {
  let y = (date.charCodeAt(0) - 48) * 1000 + (date.charCodeAt(1) - 48) * 100 + (date.charCodeAt(2) - 48) * 10 + (date.charCodeAt(3) - 48);
  const m = (date.charCodeAt(5) - 48) * 10 + (date.charCodeAt(6) - 48);
  const d = (date.charCodeAt(8) - 48) * 10 + (date.charCodeAt(9) - 48);
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The ISO date of an epoch day (civil_from_days). */
export function fromEpochDay(day: number): string {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

export function addDays(date: string, n: number): string {
  return fromEpochDay(toEpochDay(date) + n);
}

export function daysBetween(from: string, to: string): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  return (((toEpochDay(date) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** The first Monday on or after `date`. */
export function nextMonday(date: string): string {
  const w = weekday(date);
  return addDays(date, w === 1 ? 0 : (8 - w) % 7);
}

/** The last date of a class of `days` teaching days starting on a Monday (five teaching days a week). */
export function endAfterTeachingDays(start: string, days: number): string {
  const whole = Math.max(1, Math.ceil(days));
  const weeks = Math.floor((whole - 1) / 5);
  return addDays(start, whole - 1 + weeks * 2);
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

export function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
