/**
 * Row shapes of the seeded tables (snake_case, as in the migration) and the column lists used to insert
 * them. Every table with `created_at`/`updated_at` gets fixed timestamps so dumps are byte-identical.
 */
import type { Column } from './sql';
import type {
  AssignmentStatusCode,
  AwardLevelCode,
  CadreCategoryCode,
  CadreRankCode,
  CadreStatusCode,
  ClassKindCode,
  CourseCategoryCode,
  CourseFormatCode,
  EvaluationKindCode,
  EvaluationTargetKindCode,
  ReviewStatusCode,
  SessionVenueCode,
  SiteStatusCode,
  TeacherKindCode,
  TeacherSourceCode,
  TeachingMethodCode,
  TrainingModeCode,
  VerificationStatusCode,
} from './data/types';
import type { RegionLevelCode } from './data/regions';
import type { SectorCode, UnitKindCode } from './data/units';
import type { CountyCategoryCode, InstitutionKindCode, InstitutionLevelCode } from './data/institutions';

interface Stamped {
  created_at: string;
  updated_at: string;
}

const STAMPS: readonly Column<Stamped>[] = [
  ['created_at', 'timestamptz'],
  ['updated_at', 'timestamptz'],
];

function withStamps<R extends Stamped>(cols: readonly Column<R>[]): readonly Column<R>[] {
  return [...cols, ...(STAMPS as readonly Column<R>[])];
}

export interface RegionRow extends Stamped {
  id: number;
  code: string;
  name: string;
  level: RegionLevelCode;
  parent_id: number | null;
  path: string;
}
export const REGION_COLUMNS = withStamps<RegionRow>([
  ['id', 'int'], ['code', 'text'], ['name', 'text'], ['level', 'text'], ['parent_id', 'int'], ['path', 'text'],
]);

export interface UnitRow extends Stamped {
  id: number;
  name: string;
  kind: UnitKindCode;
  region_id: number;
  sector: SectorCode;
}
export const UNIT_COLUMNS = withStamps<UnitRow>([
  ['id', 'int'], ['name', 'text'], ['kind', 'text'], ['region_id', 'int'], ['sector', 'text'],
]);

export interface InstitutionRow extends Stamped {
  id: number;
  name: string;
  short_name: string | null;
  kind: InstitutionKindCode;
  level: InstitutionLevelCode;
  region_id: number;
  county_category: CountyCategoryCode | null;
  supervisor_id: number | null;
}
export const INSTITUTION_COLUMNS = withStamps<InstitutionRow>([
  ['id', 'int'], ['name', 'text'], ['short_name', 'text'], ['kind', 'text'], ['level', 'text'], ['region_id', 'int'],
  ['county_category', 'text'], ['supervisor_id', 'int'],
]);

export interface PlatformRow extends Stamped {
  id: number;
  code: string;
  name: string;
  owner: string;
  is_recognised: boolean;
  url: string | null;
}
export const PLATFORM_COLUMNS = withStamps<PlatformRow>([
  ['id', 'int'], ['code', 'text'], ['name', 'text'], ['owner', 'text'], ['is_recognised', 'bool'], ['url', 'text'],
]);

export interface SiteRow extends Stamped {
  id: number;
  name: string;
  region_id: number;
  theme: string;
  institution_id: number;
  status: SiteStatusCode;
  address: string | null;
}
export const SITE_COLUMNS = withStamps<SiteRow>([
  ['id', 'int'], ['name', 'text'], ['region_id', 'int'], ['theme', 'text'], ['institution_id', 'int'], ['status', 'text'],
  ['address', 'text'],
]);

export interface CadreRow extends Stamped {
  id: number;
  name: string;
  gender: 'MALE' | 'FEMALE';
  birth_date: string;
  id_card_number: string;
  phone: string | null;
  unit_id: number;
  region_id: number;
  sector: SectorCode;
  category: CadreCategoryCode;
  rank: CadreRankCode;
  position: string;
  is_principal_leader: boolean;
  is_young_cadre: boolean;
  appointed_at: string | null;
  status: CadreStatusCode;
  management_level: ManagementLevelCode;
  is_leadership_team_member: boolean;
  principal_post: PrincipalPostCode | null;
  is_soe_leadership_member: boolean;
  village_role: VillageRoleCode | null;
  is_selected_graduate: boolean;
  is_party_affairs_cadre: boolean;
  civil_service_entry_date: string | null;
  senior_level_since: string | null;
}
/** The cadre attributes the plan's annexes select on (src/modules/cadre/cadre.enums.ts). */
export type ManagementLevelCode = 'PROVINCIAL' | 'CITY' | 'COUNTY' | 'OTHER';
export type PrincipalPostCode = 'CITY_COUNTY_PRINCIPAL' | 'TOWNSHIP_PRINCIPAL' | 'TOWNSHIP_PARTY_BUILDING_DEPUTY' | 'TOWNSHIP_ORGANIZATION_MEMBER' | 'UNIT_PRINCIPAL';
export type VillageRoleCode = 'PARTY_SECRETARY' | 'COMMITTEE_DIRECTOR' | 'FIRST_SECRETARY' | 'WORK_TEAM_MEMBER' | 'OTHER_VILLAGE_CADRE';
export const CADRE_COLUMNS = withStamps<CadreRow>([
  ['id', 'int'], ['name', 'text'], ['gender', 'text'], ['birth_date', 'date'], ['id_card_number', 'text'], ['phone', 'text'],
  ['unit_id', 'int'], ['region_id', 'int'], ['sector', 'text'], ['category', 'text'], ['rank', 'text'], ['position', 'text'],
  ['is_principal_leader', 'bool'], ['is_young_cadre', 'bool'], ['appointed_at', 'date'], ['status', 'text'],
  ['management_level', 'text'], ['is_leadership_team_member', 'bool'], ['principal_post', 'text'], ['is_soe_leadership_member', 'bool'],
  ['village_role', 'text'], ['is_selected_graduate', 'bool'], ['is_party_affairs_cadre', 'bool'], ['civil_service_entry_date', 'date'],
  ['senior_level_since', 'date'],
]);

export interface TeacherRow extends Stamped {
  id: number;
  name: string;
  kind: TeacherKindCode;
  source: TeacherSourceCode;
  institution_id: number | null;
  title: string | null;
  specialties: string[];
  is_renowned: boolean;
  cadre_id: number | null;
  phone: string | null;
  email: string | null;
  biography: string | null;
}
export const TEACHER_COLUMNS = withStamps<TeacherRow>([
  ['id', 'int'], ['name', 'text'], ['kind', 'text'], ['source', 'text'], ['institution_id', 'int'], ['title', 'text'],
  ['specialties', 'text[]'], ['is_renowned', 'bool'], ['cadre_id', 'int'], ['phone', 'text'], ['email', 'text'], ['biography', 'text'],
]);

export interface PoolMembershipRow extends Stamped {
  id: number;
  teacher_id: number;
  publisher_id: number;
  year: number;
  pool_name: string | null;
}
export const POOL_MEMBERSHIP_COLUMNS = withStamps<PoolMembershipRow>([
  ['id', 'int'], ['teacher_id', 'int'], ['publisher_id', 'int'], ['year', 'int'], ['pool_name', 'text'],
]);

export interface CourseRow extends Stamped {
  id: number;
  title: string;
  category: CourseCategoryCode;
  method: TeachingMethodCode;
  format: CourseFormatCode;
  hours: number;
  institution_id: number;
  description: string | null;
  status: ReviewStatusCode;
  first_published_at: string | null;
  last_revised_at: string | null;
}
export const COURSE_COLUMNS = withStamps<CourseRow>([
  ['id', 'int'], ['title', 'text'], ['category', 'text'], ['method', 'text'], ['format', 'text'], ['hours', 'numeric'],
  ['institution_id', 'int'], ['description', 'text'], ['status', 'text'], ['first_published_at', 'date'], ['last_revised_at', 'date'],
]);

export interface CourseTeacherRow {
  course_id: number;
  teacher_id: number;
}
export const COURSE_TEACHER_COLUMNS: readonly Column<CourseTeacherRow>[] = [['course_id', 'int'], ['teacher_id', 'int']];

export interface AwardRow extends Stamped {
  id: number;
  name: string;
  level: AwardLevelCode;
  year: number;
}
export interface CourseAwardRow extends AwardRow {
  course_id: number;
}
export const COURSE_AWARD_COLUMNS = withStamps<CourseAwardRow>([
  ['id', 'int'], ['course_id', 'int'], ['name', 'text'], ['level', 'text'], ['year', 'int'],
]);

export interface TextbookRow extends Stamped {
  id: number;
  title: string;
  authors: string[];
  publisher: string;
  year: number;
  is_case_textbook: boolean;
  institution_id: number | null;
}
export const TEXTBOOK_COLUMNS = withStamps<TextbookRow>([
  ['id', 'int'], ['title', 'text'], ['authors', 'text[]'], ['publisher', 'text'], ['year', 'int'], ['is_case_textbook', 'bool'],
  ['institution_id', 'int'],
]);

export interface TextbookAwardRow extends AwardRow {
  textbook_id: number;
}
export const TEXTBOOK_AWARD_COLUMNS = withStamps<TextbookAwardRow>([
  ['id', 'int'], ['textbook_id', 'int'], ['name', 'text'], ['level', 'text'], ['year', 'int'],
]);

export interface CaseRow extends Stamped {
  id: number;
  title: string;
  themes: string[];
  region_id: number | null;
  summary: string;
  body: string;
  institution_id: number;
  authors: string[];
  year: number;
  status: ReviewStatusCode;
  first_published_at: string | null;
  last_revised_at: string | null;
}
export const CASE_COLUMNS = withStamps<CaseRow>([
  ['id', 'int'], ['title', 'text'], ['themes', 'text[]'], ['region_id', 'int'], ['summary', 'text'], ['body', 'text'],
  ['institution_id', 'int'], ['authors', 'text[]'], ['year', 'int'], ['status', 'text'], ['first_published_at', 'date'],
  ['last_revised_at', 'date'],
]);

export interface CourseCaseRow {
  course_id: number;
  case_id: number;
}
export const COURSE_CASE_COLUMNS: readonly Column<CourseCaseRow>[] = [['course_id', 'int'], ['case_id', 'int']];

export interface CaseAwardRow extends AwardRow {
  case_id: number;
}
export const CASE_AWARD_COLUMNS = withStamps<CaseAwardRow>([
  ['id', 'int'], ['case_id', 'int'], ['name', 'text'], ['level', 'text'], ['year', 'int'],
]);

export interface CaseCollectionRow extends Stamped {
  id: number;
  title: string;
  year: number;
  institution_id: number;
}
export const CASE_COLLECTION_COLUMNS = withStamps<CaseCollectionRow>([
  ['id', 'int'], ['title', 'text'], ['year', 'int'], ['institution_id', 'int'],
]);

export interface CaseCollectionItemRow {
  collection_id: number;
  case_id: number;
}
export const CASE_COLLECTION_ITEM_COLUMNS: readonly Column<CaseCollectionItemRow>[] = [['collection_id', 'int'], ['case_id', 'int']];

export interface TrainingClassRow extends Stamped {
  id: number;
  institution_id: number;
  name: string;
  kind: ClassKindCode;
  semester: string;
  start_date: string;
  end_date: string;
  days: number;
  capacity: number;
}
export const TRAINING_CLASS_COLUMNS = withStamps<TrainingClassRow>([
  ['id', 'int'], ['institution_id', 'int'], ['name', 'text'], ['kind', 'text'], ['semester', 'text'], ['start_date', 'date'],
  ['end_date', 'date'], ['days', 'numeric'], ['capacity', 'int'],
]);

export interface ClassSessionRow extends Stamped {
  id: number;
  class_id: number;
  course_id: number | null;
  teacher_id: number | null;
  title: string;
  date: string;
  hours: number;
  method: TeachingMethodCode;
  is_leader_lecture: boolean;
  venue: SessionVenueCode;
  site_id: number | null;
}
export const CLASS_SESSION_COLUMNS = withStamps<ClassSessionRow>([
  ['id', 'int'], ['class_id', 'int'], ['course_id', 'int'], ['teacher_id', 'int'], ['title', 'text'], ['date', 'date'],
  ['hours', 'numeric'], ['method', 'text'], ['is_leader_lecture', 'bool'], ['venue', 'text'], ['site_id', 'int'],
]);

export interface ClassQuotaRow extends Stamped {
  id: number;
  class_id: number;
  unit_id: number;
  seats: number;
}
export const CLASS_QUOTA_COLUMNS = withStamps<ClassQuotaRow>([
  ['id', 'int'], ['class_id', 'int'], ['unit_id', 'int'], ['seats', 'int'],
]);

export interface AssignmentRow extends Stamped {
  id: number;
  cadre_id: number;
  class_id: number;
  status: AssignmentStatusCode;
  decided_by: string | null;
  decided_at: string | null;
  note: string | null;
}
export const ASSIGNMENT_COLUMNS = withStamps<AssignmentRow>([
  ['id', 'int'], ['cadre_id', 'int'], ['class_id', 'int'], ['status', 'text'], ['decided_by', 'text'], ['decided_at', 'timestamptz'],
  ['note', 'text'],
]);

export interface TrainingRecordRow extends Stamped {
  id: number;
  cadre_id: number;
  mode: TrainingModeCode;
  title: string;
  hours: number;
  credited_hours: number;
  days: number;
  start_date: string;
  end_date: string;
  class_id: number | null;
  course_id: number | null;
  platform_id: number | null;
  external_id: string | null;
  recorded_by: string | null;
  verification_status: VerificationStatusCode;
}
export const TRAINING_RECORD_COLUMNS = withStamps<TrainingRecordRow>([
  ['id', 'int'], ['cadre_id', 'int'], ['mode', 'text'], ['title', 'text'], ['hours', 'numeric'], ['credited_hours', 'numeric'],
  ['days', 'numeric'], ['start_date', 'date'], ['end_date', 'date'], ['class_id', 'int'], ['course_id', 'int'], ['platform_id', 'int'],
  ['external_id', 'text'], ['recorded_by', 'text'], ['verification_status', 'text'],
]);

export interface EvaluationRow extends Stamped {
  id: number;
  target_kind: EvaluationTargetKindCode;
  course_id: number | null;
  teacher_id: number | null;
  class_id: number | null;
  institution_id: number | null;
  site_id: number | null;
  kind: EvaluationKindCode;
  score: string;
  comments: string | null;
  evaluator: string;
  period: string;
}
export const EVALUATION_COLUMNS = withStamps<EvaluationRow>([
  ['id', 'int'], ['target_kind', 'text'], ['course_id', 'int'], ['teacher_id', 'int'], ['class_id', 'int'], ['institution_id', 'int'],
  ['site_id', 'int'], ['kind', 'text'], ['score', 'numeric'], ['comments', 'text'], ['evaluator', 'text'], ['period', 'text'],
]);
