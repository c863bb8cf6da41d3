import type { EvaluationKindCode, EvaluationTargetKindCode } from '../data/types';
import { addDays } from '../dates';
import type { Rng } from '../random';
import type { EvaluationRow, TeacherRow } from '../rows';
import { AS_OF, stampOn } from './constants';
import type { CourseMeta } from './curriculum';
import type { Reference } from './reference';
import type { ClassMeta, Training } from './training';

const COMMENTS_GOOD = ['理论联系实际，案例鲜活', '内容充实，重点突出', '互动充分，学员参与度高', '现场教学组织有序，体验感强', '授课逻辑清晰，启发性强'];
const COMMENTS_FAIR = ['内容较为宽泛，针对性有待加强', '案例更新不够及时', '讲授为主，互动环节偏少', '课时安排偏紧'];
const COMMENTS_POOR = ['讲解点位设置不合理，需调整', '配套设施不完善，存在安全隐患', '教学内容与主题关联不紧'];

/** A score in [lo, hi] with two decimals, as numeric(5,2) text. */
function score(r: Rng, lo: number, hi: number): string {
  return (r.int(Math.round(lo * 100), Math.round(hi * 100)) / 100).toFixed(2);
}

function comment(r: Rng, s: string): string {
  const v = Number(s);
  return r.pick(v >= 88 ? COMMENTS_GOOD : v >= 75 ? COMMENTS_FAIR : COMMENTS_POOR);
}

export function buildEvaluations(rng: Rng, ref: Reference, courseMeta: readonly CourseMeta[], teachers: readonly TeacherRow[], training: Training): EvaluationRow[] {
  const rows: EvaluationRow[] = [];
  const add = (target: EvaluationTargetKindCode, id: number, kind: EvaluationKindCode, s: string, evaluator: string, period: string, date: string, r: Rng): void => {
    rows.push({
      id: rows.length + 1,
      target_kind: target,
      course_id: target === 'COURSE' ? id : null,
      teacher_id: target === 'TEACHER' ? id : null,
      class_id: target === 'CLASS' ? id : null,
      institution_id: target === 'INSTITUTION' ? id : null,
      site_id: target === 'SITE' ? id : null,
      kind,
      score: s,
      comments: r.chance(0.8) ? comment(r, s) : null,
      evaluator,
      period,
      created_at: stampOn(date > AS_OF ? AS_OF : date),
      updated_at: stampOn(date > AS_OF ? AS_OF : date),
    });
  };
  const r = rng.fork('evaluations');

  // Classes that have finished: the trainees' overall rating, and supervision for some main classes.
  const finished = training.classMeta.filter((cm: ClassMeta) => cm.row.end_date <= AS_OF);
  for (const cm of finished) {
    const end = cm.row.end_date;
    add('CLASS', cm.row.id, 'TRAINEE_RATING', score(r, 84, 98.5), '学员评估汇总', cm.row.semester, addDays(end, 2), r);
    if ((cm.row.kind === 'MAIN' || cm.row.kind === 'YOUNG_CADRE') && r.chance(0.35)) {
      add('CLASS', cm.row.id, 'SUPERVISOR_OBSERVATION', score(r, 78, 96), '中共福建省委组织部干部教育督导组', cm.row.semester, addDays(end, 10), r);
    }
  }

  // Courses taught in those classes: trainee ratings per semester, occasionally a supervisor's observation.
  const taught = new Map<number, Set<string>>();
  const classById = new Map(training.classMeta.map((cm) => [cm.row.id, cm]));
  for (const s of training.sessions) {
    const cm = classById.get(s.class_id)!;
    if (s.course_id === null || cm.row.end_date > AS_OF) continue;
    const set = taught.get(s.course_id) ?? new Set<string>();
    set.add(cm.row.semester);
    taught.set(s.course_id, set);
  }
  for (const c of courseMeta) {
    const semesters = [...(taught.get(c.row.id) ?? [])].sort();
    const base = r.halfStep(80, 95);
    for (const sem of r.sample(semesters, 3).sort()) {
      const date = `${sem.slice(0, 4)}-${sem.endsWith('SPRING') ? '06-30' : '12-20'}`;
      add('COURSE', c.row.id, 'TRAINEE_RATING', score(r, base - 4, Math.min(100, base + 5)), '学员评课', sem, date, r);
      if (r.chance(0.15)) add('COURSE', c.row.id, 'SUPERVISOR_OBSERVATION', score(r, base - 8, Math.min(100, base + 3)), '教学督导听课组', sem, date, r);
    }
  }

  // Teachers: renowned teachers score higher.
  for (const t of teachers) {
    const n = r.int(1, 4);
    const base = t.is_renowned ? 93 : r.halfStep(80, 92);
    for (let i = 0; i < n; i++) {
      const year = 2022 + ((t.id + i) % 4);
      const sem = `${year}-${i % 2 === 0 ? 'SPRING' : 'AUTUMN'}`;
      add('TEACHER', t.id, i === 2 ? 'SUPERVISOR_OBSERVATION' : 'TRAINEE_RATING', score(r, base - 5, Math.min(99.5, base + 5)), i === 2 ? '教学督导听课组' : '学员评教', sem, `${year}-${i % 2 === 0 ? '06-30' : '12-20'}`, r);
    }
  }

  // Institutions: yearly quality assessments (办学质量评估) by the organisation department / supervising school.
  // (Not the national institutions: the province does not assess them.)
  for (const inst of ref.institutions.filter((i) => i.level !== 'NATIONAL')) {
    for (let year = 2022; year <= 2025; year++) {
      const evaluator = inst.level === 'COUNTY' ? ref.institutions[(inst.supervisor_id ?? 1) - 1]!.name : '中共福建省委组织部';
      const lo = inst.county_category === 'CONSOLIDATION' ? 72 : inst.county_category === 'COORDINATED_IMPROVEMENT' ? 78 : 82;
      add('INSTITUTION', inst.id, 'QUALITY_ASSESSMENT', score(r, lo, Math.min(98, lo + 15)), evaluator, String(year), `${year + 1}-01-20`, r);
    }
  }

  // Onsite teaching sites: trainee ratings, plus the assessments behind the adjusted and revoked sites.
  for (const site of ref.sites) {
    for (let year = 2022; year <= 2025; year++) {
      if (site.status === 'REVOKED' && year > 2023) continue;
      const base = site.status === 'ACTIVE' ? 90 : site.status === 'ADJUSTED' ? 82 : 70;
      add('SITE', site.id, 'TRAINEE_RATING', score(r, base - 6, Math.min(99, base + 6)), '学员评估汇总', String(year), `${year}-12-20`, r);
    }
    if (site.status !== 'ACTIVE') {
      const s = site.status === 'REVOKED' ? score(r, 55, 64) : score(r, 70, 76);
      add('SITE', site.id, 'QUALITY_ASSESSMENT', s, '中共福建省委组织部', site.status === 'REVOKED' ? '2023' : '2025', site.status === 'REVOKED' ? '2024-01-15' : '2026-01-15', r);
    }
  }
  return rows;
}
