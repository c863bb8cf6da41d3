import type { EntityManager } from '@mikro-orm/core';
import { txQuery } from '../../core/write/tx-sql';

/** 学时折算 in force on a date: credited hours per full day, half day and centre-group session. */
export interface Conversion {
  FULL_DAY: number;
  HALF_DAY: number;
  CENTER_GROUP_SESSION: number;
  /** Caps per event, by code (absent: no cap). */
  caps: Partial<Record<'FULL_DAY' | 'HALF_DAY' | 'CENTER_GROUP_SESSION', number>>;
}

export interface ConversionVersion {
  code: 'FULL_DAY' | 'HALF_DAY' | 'CENTER_GROUP_SESSION';
  creditedHours: number;
  capPerEvent: number | null;
  validFrom: string;
  validTo: string | null;
}

/** Every live conversion version (a handful of rows), for picking the one in force per record date. */
export async function loadConversions(em: EntityManager): Promise<ConversionVersion[]> {
  const rows = await txQuery<{ code: ConversionVersion['code']; credited_hours: string; cap_per_event: string | null; valid_from: string; valid_to: string | null }>(
    em,
    `select code, credited_hours, cap_per_event, to_char(valid_from, 'YYYY-MM-DD') as valid_from, to_char(valid_to, 'YYYY-MM-DD') as valid_to
     from hours_conversion where archived_at is null`,
  );
  return rows.map((r) => ({ code: r.code, creditedHours: Number(r.credited_hours), capPerEvent: r.cap_per_event === null ? null : Number(r.cap_per_event), validFrom: r.valid_from, validTo: r.valid_to }));
}

export function conversionOn(versions: readonly ConversionVersion[], date: string): Conversion {
  const out: Conversion = { FULL_DAY: 6, HALF_DAY: 3, CENTER_GROUP_SESSION: 3, caps: {} };
  for (const v of versions) {
    if (v.validFrom <= date && (v.validTo === null || v.validTo > date)) {
      out[v.code] = v.creditedHours;
      if (v.capPerEvent !== null) out.caps[v.code] = v.capPerEvent;
    }
  }
  return out;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Days of full-time training → credited hours: whole days at FULL_DAY, a half day at HALF_DAY. */
export function hoursForDays(c: Conversion, days: number): number {
  const whole = Math.floor(days);
  const frac = round1(days - whole);
  const hours = whole * c.FULL_DAY + (frac === 0.5 ? c.HALF_DAY : frac * c.FULL_DAY);
  return round1(c.caps.FULL_DAY !== undefined ? Math.min(hours, c.caps.FULL_DAY) : hours);
}

/** Centre-group sessions → credited hours. */
export function hoursForSessions(c: Conversion, sessions: number): number {
  const hours = sessions * c.CENTER_GROUP_SESSION;
  return round1(c.caps.CENTER_GROUP_SESSION !== undefined ? Math.min(hours, c.caps.CENTER_GROUP_SESSION) : hours);
}
