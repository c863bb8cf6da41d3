import { Check, Entity, Enum, Index, ManyToMany, ManyToOne, Property, Unique, Collection } from '@mikro-orm/core';
import { BaseEntity } from '../../db/base.entity';
import { InstitutionEntity } from '../institution/institution.entity';
import { TeacherEntity } from '../teacher/teacher.entity';
import { TeachingCaseEntity } from '../teaching-case/teaching-case.entity';
import { AwardLevel, CourseCategory, CourseFormat, ReviewStatus, TeachingMethod } from './course.enums';

/** 课程: an entry of the course library. */
@Entity({ tableName: 'course' })
@Check({ name: 'course_hours_check', expression: 'hours >= 0' })
export class CourseEntity extends BaseEntity {
  @Property({ type: 'varchar', length: 200 })
  title!: string;

  @Index()
  @Enum({ items: () => CourseCategory, type: 'varchar', length: 16 })
  category!: CourseCategory;

  @Index()
  @Enum({ items: () => TeachingMethod, type: 'varchar', length: 16 })
  method!: TeachingMethod;

  @Index()
  @Enum({ items: () => CourseFormat, type: 'varchar', length: 16 })
  format!: CourseFormat;

  @Property({ type: 'decimal', precision: 6, scale: 1 })
  hours!: string;

  @Index()
  @ManyToOne(() => InstitutionEntity, { deleteRule: 'restrict' })
  institution!: InstitutionEntity;

  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Index()
  @Enum({ items: () => ReviewStatus, type: 'varchar', length: 16, default: ReviewStatus.DRAFT })
  status: ReviewStatus = ReviewStatus.DRAFT;

  @Property({ type: 'date', nullable: true })
  firstPublishedAt?: string | null;

  @Property({ type: 'date', nullable: true })
  lastRevisedAt?: string | null;

  @ManyToMany({ entity: () => TeacherEntity, pivotTable: 'course_teacher', joinColumn: 'course_id', inverseJoinColumn: 'teacher_id' })
  teachers = new Collection<TeacherEntity>(this);

  @ManyToMany({ entity: () => TeachingCaseEntity, pivotTable: 'course_case', joinColumn: 'course_id', inverseJoinColumn: 'case_id' })
  cases = new Collection<TeachingCaseEntity>(this);
}

/** 好课程: an award won by a course. */
@Entity({ tableName: 'course_award' })
@Unique({ properties: ['course', 'name', 'year'] })
export class CourseAwardEntity extends BaseEntity {
  @Index()
  @ManyToOne(() => CourseEntity, { deleteRule: 'cascade' })
  course!: CourseEntity;

  @Property({ type: 'varchar', length: 200 })
  name!: string;

  @Index()
  @Enum({ items: () => AwardLevel, type: 'varchar', length: 16 })
  level!: AwardLevel;

  @Property({ type: 'integer', check: 'year between 2000 and 2100' })
  year!: number;
}
