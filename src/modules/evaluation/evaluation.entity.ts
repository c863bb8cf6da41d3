import { Check, Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { BaseEntity } from '../../db/base.entity';
import { CourseEntity } from '../course/course.entity';
import { TeacherEntity } from '../teacher/teacher.entity';
import { TrainingClassEntity } from '../training-class/training-class.entity';
import { InstitutionEntity } from '../institution/institution.entity';
import { OnsiteTeachingSiteEntity } from '../onsite-site/onsite-site.entity';
import { EvaluationKind, EvaluationTargetKind } from './evaluation.enums';

/**
 * 评估: a rating of a course, teacher, class, institution or site. Exactly one target column is
 * set, and it matches `targetKind` (a CHECK enforces both), so every target keeps a real foreign key.
 */
@Entity({ tableName: 'evaluation' })
@Check({ name: 'evaluation_score_check', expression: 'score >= 0 and score <= 100' })
@Check({
  name: 'evaluation_target_check',
  expression:
    "(target_kind = 'COURSE' and course_id is not null and teacher_id is null and class_id is null and institution_id is null and site_id is null) or " +
    "(target_kind = 'TEACHER' and teacher_id is not null and course_id is null and class_id is null and institution_id is null and site_id is null) or " +
    "(target_kind = 'CLASS' and class_id is not null and course_id is null and teacher_id is null and institution_id is null and site_id is null) or " +
    "(target_kind = 'INSTITUTION' and institution_id is not null and course_id is null and teacher_id is null and class_id is null and site_id is null) or " +
    "(target_kind = 'SITE' and site_id is not null and course_id is null and teacher_id is null and class_id is null and institution_id is null)",
})
export class EvaluationEntity extends BaseEntity {
  @Enum({ items: () => EvaluationTargetKind, type: 'varchar', length: 16 })
  targetKind!: EvaluationTargetKind;

  @Index()
  @ManyToOne(() => CourseEntity, { nullable: true, deleteRule: 'cascade' })
  course?: CourseEntity | null;

  @Index()
  @ManyToOne(() => TeacherEntity, { nullable: true, deleteRule: 'cascade' })
  teacher?: TeacherEntity | null;

  @Index()
  @ManyToOne(() => TrainingClassEntity, { fieldName: 'class_id', nullable: true, deleteRule: 'cascade' })
  trainingClass?: TrainingClassEntity | null;

  @Index()
  @ManyToOne(() => InstitutionEntity, { nullable: true, deleteRule: 'cascade' })
  institution?: InstitutionEntity | null;

  @Index()
  @ManyToOne(() => OnsiteTeachingSiteEntity, { nullable: true, deleteRule: 'cascade' })
  site?: OnsiteTeachingSiteEntity | null;

  @Index()
  @Enum({ items: () => EvaluationKind, type: 'varchar', length: 32 })
  kind!: EvaluationKind;

  @Property({ type: 'decimal', precision: 5, scale: 2 })
  score!: string;

  @Property({ type: 'text', nullable: true })
  comments?: string | null;

  @Property({ type: 'varchar', length: 100 })
  evaluator!: string;

  /** e.g. `2025-SPRING` or `2025`. */
  @Property({ type: 'varchar', length: 16 })
  period!: string;
}
