import { Field, Float, Int, ObjectType } from 'type-graphql';
import { RecordType } from '../../core/read/base.type';
import { DateScalar } from '../../core/scalars';
import { AwardLevel, CourseCategory, CourseFormat, ReviewStatus, TeachingMethod } from './course.enums';

/** 课程: the read type. Relations (institution, teachers, cases, awards) resolve in CourseResolver. */
@ObjectType('Course', { description: '课程 (an entry of the course library)', simpleResolvers: true })
export class Course extends RecordType {
  institutionId!: number;

  @Field({ description: '课程名称 (title)' })
  title!: string;

  @Field(() => CourseCategory, { description: '课程类别 (category)' })
  category!: CourseCategory;

  @Field(() => TeachingMethod, { description: '教学方式 (teaching method)' })
  method!: TeachingMethod;

  @Field(() => CourseFormat, { description: '授课形式 (delivery format)' })
  format!: CourseFormat;

  @Field(() => Float, { description: '学时 (hours; 0.5 steps are common)' })
  hours!: number;

  @Field(() => String, { nullable: true, description: '课程简介 (description)' })
  description!: string | null;

  @Field(() => ReviewStatus, { description: '审核状态 (review status: DRAFT → IN_REVIEW → APPROVED → PUBLISHED → RETIRED)' })
  status!: ReviewStatus;

  @Field(() => DateScalar, { nullable: true, description: '首次发布日期 (first published on)' })
  firstPublishedAt!: string | null;

  @Field(() => DateScalar, { nullable: true, description: '最近修订日期 (last revised on)' })
  lastRevisedAt!: string | null;
}

/** 好课程: an award a course won. */
@ObjectType('CourseAward', { description: '课程获奖 (an award won by a course, e.g. 好课程)', simpleResolvers: true })
export class CourseAward extends RecordType {
  courseId!: number;

  @Field({ description: '奖项名称 (award name)' })
  name!: string;

  @Field(() => AwardLevel, { description: '获奖级别 (award level)' })
  level!: AwardLevel;

  @Field(() => Int, { description: '获奖年度 (year awarded)' })
  year!: number;
}
