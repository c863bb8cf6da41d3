import { Rng } from '../random';
import type {
  AssignmentRow,
  CadreRow,
  CaseAwardRow,
  CaseCollectionItemRow,
  CaseCollectionRow,
  CaseRow,
  ClassQuotaRow,
  ClassSessionRow,
  CourseAwardRow,
  CourseCaseRow,
  CourseRow,
  CourseTeacherRow,
  EvaluationRow,
  InstitutionRow,
  PlatformRow,
  PoolMembershipRow,
  RegionRow,
  SiteRow,
  TeacherRow,
  TextbookAwardRow,
  TextbookRow,
  TrainingClassRow,
  TrainingRecordRow,
  UnitRow,
} from '../rows';
import { SEED } from './constants';
import { buildCurriculum } from './curriculum';
import { buildEvaluations } from './evaluations';
import { buildCadres, buildTeachers } from './people';
import { buildReference } from './reference';
import { buildTraining } from './training';

/** Every seeded row, by table; a pure function of the seed label (no clock, no Math.random). */
export interface DemoData {
  region: RegionRow[];
  unit: UnitRow[];
  institution: InstitutionRow[];
  platform: PlatformRow[];
  onsite_teaching_site: SiteRow[];
  cadre: CadreRow[];
  teacher: TeacherRow[];
  teacher_pool_membership: PoolMembershipRow[];
  course: CourseRow[];
  course_teacher: CourseTeacherRow[];
  course_award: CourseAwardRow[];
  textbook: TextbookRow[];
  textbook_award: TextbookAwardRow[];
  teaching_case: CaseRow[];
  course_case: CourseCaseRow[];
  case_collection: CaseCollectionRow[];
  case_collection_item: CaseCollectionItemRow[];
  case_award: CaseAwardRow[];
  training_class: TrainingClassRow[];
  class_session: ClassSessionRow[];
  class_quota: ClassQuotaRow[];
  training_assignment: AssignmentRow[];
  training_record: TrainingRecordRow[];
  evaluation: EvaluationRow[];
}

export function buildDemoData(seed: string = SEED): DemoData {
  const rng = new Rng(seed);
  const ref = buildReference();
  const { cadres, cadreMeta } = buildCadres(rng.fork('cadres'), ref);
  const { teachers, poolMemberships } = buildTeachers(rng.fork('teachers'), ref, cadreMeta);
  const cur = buildCurriculum(rng.fork('curriculum'), ref, teachers);
  const training = buildTraining(rng.fork('training'), ref, cadreMeta, cur.courseMeta, teachers);
  const evaluations = buildEvaluations(rng.fork('evaluations'), ref, cur.courseMeta, teachers, training);
  return {
    region: ref.regions,
    unit: ref.units,
    institution: ref.institutions,
    platform: ref.platforms,
    onsite_teaching_site: ref.sites,
    cadre: cadres,
    teacher: teachers,
    teacher_pool_membership: poolMemberships,
    course: cur.courses,
    course_teacher: cur.courseTeachers,
    course_award: cur.courseAwards,
    textbook: cur.textbooks,
    textbook_award: cur.textbookAwards,
    teaching_case: cur.cases,
    course_case: cur.courseCases,
    case_collection: cur.caseCollections,
    case_collection_item: cur.caseCollectionItems,
    case_award: cur.caseAwards,
    training_class: training.classes,
    class_session: training.sessions,
    class_quota: training.quotas,
    training_assignment: training.assignments,
    training_record: training.records,
    evaluation: evaluations,
  };
}
