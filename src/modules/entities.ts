import { RegionEntity } from './region/region.entity';
import { UnitEntity } from './unit/unit.entity';
import { CadreEntity } from './cadre/cadre.entity';
import { InstitutionEntity } from './institution/institution.entity';
import { TeacherEntity, TeacherPoolMembershipEntity } from './teacher/teacher.entity';
import { CourseAwardEntity, CourseEntity } from './course/course.entity';
import { TextbookAwardEntity, TextbookEntity } from './textbook/textbook.entity';
import { CaseAwardEntity, CaseCollectionEntity, TeachingCaseEntity } from './teaching-case/teaching-case.entity';
import { OnsiteTeachingSiteEntity } from './onsite-site/onsite-site.entity';
import { ClassQuotaEntity, ClassSessionEntity, TrainingClassEntity } from './training-class/training-class.entity';
import { TrainingAssignmentEntity } from './assignment/assignment.entity';
import { TrainingRecordEntity } from './training-record/training-record.entity';
import { PlatformEntity } from './platform/platform.entity';
import { EvaluationEntity } from './evaluation/evaluation.entity';
import { AuditEntryEntity } from './audit/audit.entity';
import { ComplianceRuleEntity, HoursConversionEntity } from './rules/rules.entity';
import { CategoryGroupEntity, RankGroupEntity } from './rules/group-rules.entity';
import { CoverageRuleEntity, PlanPeriodEntity } from './rules/coverage.entity';

/** The write model: every MikroORM entity. */
export const ENTITIES = [
  RegionEntity,
  UnitEntity,
  CadreEntity,
  InstitutionEntity,
  TeacherEntity,
  TeacherPoolMembershipEntity,
  CourseEntity,
  CourseAwardEntity,
  TextbookEntity,
  TextbookAwardEntity,
  TeachingCaseEntity,
  CaseCollectionEntity,
  CaseAwardEntity,
  OnsiteTeachingSiteEntity,
  TrainingClassEntity,
  ClassSessionEntity,
  ClassQuotaEntity,
  TrainingAssignmentEntity,
  TrainingRecordEntity,
  PlatformEntity,
  EvaluationEntity,
  AuditEntryEntity,
  ComplianceRuleEntity,
  HoursConversionEntity,
  CategoryGroupEntity,
  RankGroupEntity,
  PlanPeriodEntity,
  CoverageRuleEntity,
];
