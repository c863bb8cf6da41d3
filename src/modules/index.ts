import type { NonEmptyArray } from 'type-graphql';
import { RegionResolver } from './region/region.resolver';
import { UnitResolver } from './unit/unit.resolver';
import { CadreResolver } from './cadre/cadre.resolver';
import { MetaResolver } from './meta/meta.resolver';
import { TrainingRecordResolver } from './training-record/training-record.resolver';
import { PlatformResolver } from './platform/platform.resolver';
import { EvaluationResolver } from './evaluation/evaluation.resolver';
import { AuditEntryResolver } from './audit/audit.resolver';
import { InstitutionResolver } from './institution/institution.resolver';
import { TeacherResolver } from './teacher/teacher.resolver';
import { TeacherPoolMembershipResolver } from './teacher/teacher-pool.resolver';
import { CourseResolver } from './course/course.resolver';
import { CourseAwardResolver } from './course/course-award.resolver';
import { TextbookResolver } from './textbook/textbook.resolver';
import { TextbookAwardResolver } from './textbook/textbook-award.resolver';
import { TeachingCaseResolver } from './teaching-case/teaching-case.resolver';
import { CaseCollectionResolver } from './teaching-case/case-collection.resolver';
import { CaseAwardResolver } from './teaching-case/case-award.resolver';
import { OnsiteTeachingSiteResolver } from './onsite-site/onsite-site.resolver';
import { TrainingClassResolver } from './training-class/training-class.resolver';
import { ClassSessionResolver } from './training-class/class-session.resolver';
import { ClassQuotaResolver } from './training-class/class-quota.resolver';
import { TrainingAssignmentResolver } from './assignment/assignment.resolver';
import { CadreAssignmentsResolver } from './assignment/cadre-assignments.resolver';
import { TrainingRecordImportResolver } from './training-record/import.resolver';

/** The modules' resolvers (reporting adds its own: src/reporting/index.ts). Add one line per module resolver. */
export const MODULE_RESOLVERS: NonEmptyArray<Function> = [
  MetaResolver,
  RegionResolver,
  UnitResolver,
  CadreResolver,
  TrainingRecordResolver,
  PlatformResolver,
  EvaluationResolver,
  AuditEntryResolver,
  InstitutionResolver,
  TeacherResolver,
  TeacherPoolMembershipResolver,
  CourseResolver,
  CourseAwardResolver,
  TextbookResolver,
  TextbookAwardResolver,
  TeachingCaseResolver,
  CaseCollectionResolver,
  CaseAwardResolver,
  OnsiteTeachingSiteResolver,
  TrainingClassResolver,
  ClassSessionResolver,
  ClassQuotaResolver,
  TrainingAssignmentResolver,
  CadreAssignmentsResolver,
  TrainingRecordImportResolver,
];
