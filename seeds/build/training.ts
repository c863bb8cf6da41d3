import type { Rng } from '../random';
import type { AssignmentRow, ClassQuotaRow, ClassSessionRow, TeacherRow, TrainingClassRow, TrainingRecordRow } from '../rows';
import type { CourseMeta } from './curriculum';
import type { CadreMeta } from './people';
import type { Reference } from './reference';
import { assignUpcoming, classesByYear, numberAssignments } from './training/assignments';
import { buildClasses, type ClassMeta } from './training/classes';
import { buildQuotas } from './training/quotas';
import { buildRecords, numberRecords } from './training/records';
import { buildSessions } from './training/sessions';

export type { ClassMeta } from './training/classes';
export { globalId } from './training/records';

export interface Training {
  classes: TrainingClassRow[];
  classMeta: ClassMeta[];
  sessions: ClassSessionRow[];
  quotas: ClassQuotaRow[];
  assignments: AssignmentRow[];
  records: TrainingRecordRow[];
}

/**
 * Classes (training/classes.ts), their timetables (sessions.ts), each cadre's assignments and
 * records (records.ts, assignments.ts), assignments to classes not yet over, then seat quotas
 * (quotas.ts). Each part draws from its own fork of `rng`, so the parts do not shift each other's draws.
 */
export function buildTraining(
  rng: Rng,
  ref: Reference,
  cadreMeta: readonly CadreMeta[],
  courseMeta: readonly CourseMeta[],
  teachers: readonly TeacherRow[],
): Training {
  const { classes, classMeta } = buildClasses(rng.fork('classes'), ref);
  // Online classes' hours come from their timetables, so sessions precede records.
  const sessions = buildSessions(rng.fork('sessions'), ref, classMeta, courseMeta, teachers);
  const assignments: AssignmentRow[] = [];
  const records = buildRecords(rng, ref, cadreMeta, courseMeta, classesByYear(classMeta), assignments);
  assignUpcoming(assignments, rng.fork('upcoming'), classMeta, cadreMeta);
  numberAssignments(assignments);
  numberRecords(records);
  // Quotas cover the seats taken, and may raise a class's capacity: last.
  const quotas = buildQuotas(rng.fork('quotas'), classMeta, cadreMeta, assignments);
  return { classes, classMeta, sessions, quotas, assignments, records };
}
