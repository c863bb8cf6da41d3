import { RegionEntity } from '../modules/region/region.entity';
import { UnitEntity } from '../modules/unit/unit.entity';
import { CadreEntity } from '../modules/cadre/cadre.entity';
import { InstitutionEntity } from '../modules/institution/institution.entity';
import { TeacherEntity, TeacherPoolMembershipEntity } from '../modules/teacher/teacher.entity';
import { CourseAwardEntity, CourseEntity } from '../modules/course/course.entity';
import { TextbookAwardEntity, TextbookEntity } from '../modules/textbook/textbook.entity';
import { CaseAwardEntity, CaseCollectionEntity, TeachingCaseEntity } from '../modules/teaching-case/teaching-case.entity';
import { OnsiteTeachingSiteEntity } from '../modules/onsite-site/onsite-site.entity';
import { ClassQuotaEntity, ClassSessionEntity, TrainingClassEntity } from '../modules/training-class/training-class.entity';
import { TrainingAssignmentEntity } from '../modules/assignment/assignment.entity';
import { TrainingRecordEntity } from '../modules/training-record/training-record.entity';
import { PlatformEntity } from '../modules/platform/platform.entity';
import { EvaluationEntity } from '../modules/evaluation/evaluation.entity';
import { AuditEntryEntity } from '../modules/audit/audit.entity';
import { ComplianceRuleEntity, HoursConversionEntity } from '../reporting/rules.entity';

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
];
