import { Check, Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../../db/base.entity';
import { InstitutionEntity } from '../institution/institution.entity';
import { CourseEntity } from '../course/course.entity';
import { TeacherEntity } from '../teacher/teacher.entity';
import { OnsiteTeachingSiteEntity } from '../onsite-site/onsite-site.entity';
import { UnitEntity } from '../unit/unit.entity';
import { TeachingMethod } from '../course/course.enums';
import { ClassKind, SessionVenue } from './training-class.enums';

/** 班次: a training class run by an institution. */
@Entity({ tableName: 'training_class' })
@Check({ name: 'training_class_dates_check', expression: 'end_date >= start_date' })
@Check({ name: 'training_class_semester_check', expression: "semester ~ '^[0-9]{4}-(SPRING|AUTUMN)$'" })
@Index({ properties: ['semester'] })
export class TrainingClassEntity extends BaseEntity {
  @Index()
  @ManyToOne(() => InstitutionEntity, { deleteRule: 'restrict' })
  institution!: InstitutionEntity;

  @Property({ type: 'varchar', length: 200 })
  name!: string;

  @Index()
  @Enum({ items: () => ClassKind, type: 'varchar', length: 32 })
  kind!: ClassKind;

  /** `2025-SPRING` / `2025-AUTUMN`. */
  @Property({ type: 'varchar', length: 12 })
  semester!: string;

  @Property({ type: 'date' })
  startDate!: string;

  @Property({ type: 'date' })
  endDate!: string;

  @Property({ type: 'decimal', precision: 5, scale: 1, check: 'days >= 0' })
  days!: string;

  @Property({ type: 'integer', check: 'capacity > 0' })
  capacity!: number;
}

/** 课表: one session of a class's timetable. */
@Entity({ tableName: 'class_session' })
@Check({ name: 'class_session_hours_check', expression: 'hours >= 0' })
export class ClassSessionEntity extends BaseEntity {
  @Index()
  @ManyToOne(() => TrainingClassEntity, { fieldName: 'class_id', deleteRule: 'cascade' })
  trainingClass!: TrainingClassEntity;

  @Index()
  @ManyToOne(() => CourseEntity, { nullable: true, deleteRule: 'restrict' })
  course?: CourseEntity | null;

  @Index()
  @ManyToOne(() => TeacherEntity, { nullable: true, deleteRule: 'restrict' })
  teacher?: TeacherEntity | null;

  @Property({ type: 'varchar', length: 200 })
  title!: string;

  @Property({ type: 'date' })
  date!: string;

  @Property({ type: 'decimal', precision: 5, scale: 1 })
  hours!: string;

  @Enum({ items: () => TeachingMethod, type: 'varchar', length: 16 })
  method!: TeachingMethod;

  @Property({ type: 'boolean', default: false })
  isLeaderLecture: boolean = false;

  @Enum({ items: () => SessionVenue, type: 'varchar', length: 16, default: SessionVenue.CLASSROOM })
  venue: SessionVenue = SessionVenue.CLASSROOM;

  @Index()
  @ManyToOne(() => OnsiteTeachingSiteEntity, { nullable: true, deleteRule: 'restrict' })
  site?: OnsiteTeachingSiteEntity | null;
}

/** 名额分配: seats of a class allocated to a unit. */
@Entity({ tableName: 'class_quota' })
@Unique({ properties: ['trainingClass', 'unit'] })
export class ClassQuotaEntity extends BaseEntity {
  @Index()
  @ManyToOne(() => TrainingClassEntity, { fieldName: 'class_id', deleteRule: 'cascade' })
  trainingClass!: TrainingClassEntity;

  @Index()
  @ManyToOne(() => UnitEntity, { deleteRule: 'restrict' })
  unit!: UnitEntity;

  @Property({ type: 'integer', check: 'seats > 0' })
  seats!: number;
}
