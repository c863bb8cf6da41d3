import type { AssignmentStatusCode } from '../../data/types';
import { addDays } from '../../dates';
import type { Rng } from '../../random';
import type { AssignmentRow } from '../../rows';
import { AS_OF, stampOn } from '../constants';
import type { CadreMeta } from '../people';
import type { ClassMeta } from './classes';

const ASSIGN_NOTES: Partial<Record<AssignmentStatusCode, string>> = {
  ABSENT: '因重要公务未能参训',
  MAKEUP_REQUIRED: '缺课超过规定学时，需参加下一期补训',
  EXEMPTED: '因病经审批同意免训',
};

/** Classes by the year of their semester, in class order. */
export function classesByYear(classMeta: readonly ClassMeta[]): Map<number, ClassMeta[]> {
  const byYear = new Map<number, ClassMeta[]>();
  for (const cm of classMeta) {
    const y = Number(cm.row.semester.slice(0, 4));
    const list = byYear.get(y);
    if (list) list.push(cm);
    else byYear.set(y, [cm]);
  }
  return byYear;
}

/** Sends a cadre to a class (调训): nominated, or decided by the class's organisation department before it starts; takes a seat. */
export function assign(assignments: AssignmentRow[], r: Rng, m: CadreMeta, cm: ClassMeta, status: AssignmentStatusCode): void {
  const start = cm.row.start_date;
  const decided = status !== 'NOMINATED';
  const decidedAt = decided ? stampOn(addDays(start, -r.int(8, 25)), '10:00:00') : null;
  assignments.push({
    id: 0,
    cadre_id: m.row.id,
    class_id: cm.row.id,
    status,
    decided_by: decided ? cm.decidedBy : null,
    decided_at: decidedAt,
    note: ASSIGN_NOTES[status] ?? null,
    created_at: stampOn(addDays(start, -30)),
    updated_at: decidedAt ?? stampOn(addDays(start, -30)),
  });
  cm.taken++;
}

/**
 * A finished classroom class of the year with a seat left, open to the cadre and not kept for its own
 * step (national rotation, 初任培训), of a programme it has not attended (long ones only, if asked; of the given kinds only, if given; long ones weigh more, if preferred).
 */
export function pickFullTimeClass(
  byYear: ReadonlyMap<number, readonly ClassMeta[]>,
  r: Rng,
  m: CadreMeta,
  year: number,
  longOnly: boolean,
  preferLong: boolean,
  seen: ReadonlySet<string>,
  kinds?: ReadonlySet<string>,
): ClassMeta | undefined {
  const options = (byYear.get(year) ?? []).filter(
    (cm) =>
      !cm.online &&
      !cm.dedicated &&
      cm.row.end_date <= AS_OF &&
      cm.taken < cm.row.capacity &&
      (!longOnly || cm.row.days >= 20) &&
      (!kinds || kinds.has(cm.row.kind)) &&
      !seen.has(cm.series) &&
      cm.audience(m),
  );
  if (options.length === 0) return undefined;
  return r.weighted(options.map((cm) => [cm, cm.weight * (preferLong ? Math.sqrt(Number(cm.row.days)) : 1)] as const));
}

/** Classes still running or ahead on the as-of date: nominations and approvals in progress. */
export function assignUpcoming(assignments: AssignmentRow[], frng: Rng, classMeta: readonly ClassMeta[], cadreMeta: readonly CadreMeta[]): void {
  for (const cm of classMeta) {
    if (cm.online || cm.row.end_date <= AS_OF) continue;
    const eligible = cadreMeta.filter((m) => m.row.status === 'ACTIVE' && cm.audience(m));
    const started = cm.row.start_date <= AS_OF;
    for (const m of frng.sample(eligible, Math.min(30, Math.floor(cm.row.capacity * 0.6))).sort((a, b) => a.row.id - b.row.id)) {
      const status: AssignmentStatusCode = started
        ? frng.weighted<AssignmentStatusCode>([['FILED', 88], ['ABSENT', 6], ['EXEMPTED', 6]])
        : frng.weighted<AssignmentStatusCode>([['NOMINATED', 35], ['APPROVED', 35], ['FILED', 30]]);
      assign(assignments, frng, m, cm, status);
    }
  }
}

/** Stable ids: assignments by class then cadre. */
export function numberAssignments(assignments: AssignmentRow[]): void {
  assignments.sort((a, b) => a.class_id - b.class_id || a.cadre_id - b.cadre_id);
  assignments.forEach((a, i) => (a.id = i + 1));
}
