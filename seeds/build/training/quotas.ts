import { addDays } from '../../dates';
import type { Rng } from '../../random';
import type { AssignmentRow, ClassQuotaRow } from '../../rows';
import { stampOn } from '../constants';
import type { CadreMeta } from '../people';
import type { ClassMeta } from './classes';

/** Cadres sent, per class and unit. */
function sentPerClass(assignments: readonly AssignmentRow[], cadreMeta: readonly CadreMeta[]): Map<number, Map<number, number>> {
  const cadreUnit = new Map(cadreMeta.map((m) => [m.row.id, m.unit.id]));
  const perClass = new Map<number, Map<number, number>>();
  for (const a of assignments) {
    const units = perClass.get(a.class_id) ?? new Map<number, number>();
    const u = cadreUnit.get(a.cadre_id)!;
    units.set(u, (units.get(u) ?? 0) + 1);
    perClass.set(a.class_id, units);
  }
  return perClass;
}

/**
 * Seat quotas (名额分配): the units that sent cadres to a classroom class, or one to three eligible
 * units when none did, each with a few spare seats within the capacity (raised if the seats exceed it).
 */
export function buildQuotas(qrng: Rng, classMeta: readonly ClassMeta[], cadreMeta: readonly CadreMeta[], assignments: readonly AssignmentRow[]): ClassQuotaRow[] {
  const quotas: ClassQuotaRow[] = [];
  const perClass = sentPerClass(assignments, cadreMeta);
  for (const cm of classMeta) {
    if (cm.online) continue;
    let units = perClass.get(cm.row.id);
    if (!units || units.size === 0) {
      const eligibleUnits = [...new Set(cadreMeta.filter((m) => cm.audience(m)).map((m) => m.unit.id))].sort((a, b) => a - b);
      units = new Map(qrng.sample(eligibleUnits, qrng.int(1, 3)).map((u) => [u, 0] as const));
    }
    // Seats cover the cadres each unit sent plus a few spare ones, within the class capacity.
    let spare = cm.row.capacity - [...units.values()].reduce((a, b) => a + b, 0);
    let total = 0;
    for (const [unitId, used] of [...units.entries()].sort((a, b) => a[0] - b[0])) {
      const extra = Math.max(used === 0 ? 1 : 0, Math.min(spare, qrng.int(used === 0 ? 2 : 0, 3)));
      spare -= extra;
      const seats = used + extra;
      total += seats;
      quotas.push({ id: quotas.length + 1, class_id: cm.row.id, unit_id: unitId, seats, created_at: stampOn(addDays(cm.row.start_date, -40)), updated_at: stampOn(addDays(cm.row.start_date, -40)) });
    }
    if (total > cm.row.capacity) cm.row.capacity = total;
  }
  return quotas;
}
