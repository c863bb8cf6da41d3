import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length, Max, MaxLength, Min } from 'class-validator';
import { IsDecimal } from '../../core/write/decimal';
import { AwardLevel, CourseCategory, CourseFormat, ReviewStatus, TeachingMethod } from './course.enums';
import { ReviewAction } from './review-workflow';
import { IdempotentInput } from '../../core/write/inputs';
import { inputField } from '../../core/write/input-field';

/** numeric(6,1): one decimal place, below 100000. */
const HOURS_MAX = 99999.9;
const HOURS_MESSAGE = { message: 'must be a number of hours with at most one decimal place (e.g. 1.5)' };

@InputType('CourseFilter', { description: '课程筛选条件 (course library filter)' })
export class CourseFilter {
  @Field(() => [CourseCategory], { nullable: true, description: '课程类别，任一 (any of these categories)' })
  category?: CourseCategory[] | null;

  @Field(() => [TeachingMethod], { nullable: true, description: '教学方式，任一 (any of these methods)' })
  method?: TeachingMethod[] | null;

  @Field(() => [CourseFormat], { nullable: true, description: '授课形式，任一 (any of these formats)' })
  format?: CourseFormat[] | null;

  @Field(() => [ReviewStatus], { nullable: true, description: '审核状态，任一 (any of these review statuses)' })
  status?: ReviewStatus[] | null;

  @Field(() => ID, { nullable: true, description: '所属机构 (owning institution id)' })
  institutionId?: string | null;

  @Field(() => ID, { nullable: true, description: '授课师资 (courses taught by this teacher)' })
  teacherId?: string | null;

  @Field(() => Boolean, { nullable: true, description: '是否获奖 (with at least one award / with none)' })
  hasAward?: boolean | null;

  @Field(() => [AwardLevel], { nullable: true, description: '获奖级别，任一 (won an award of any of these levels)' })
  awardLevel?: AwardLevel[] | null;

  @Field(() => Int, { nullable: true, description: '获奖年度 (won an award in this year; with awardLevel: the same award)' })
  awardYear?: number | null;

  @Field(() => Int, { nullable: true, description: '获奖年度起，含 (won an award in or after this year; with awardLevel: the same award)' })
  awardYearFrom?: number | null;

  @Field(() => Int, { nullable: true, description: '获奖年度止，含 (won an award in or before this year; with awardLevel: the same award)' })
  awardYearTo?: number | null;

  @MaxLength(50)
  @IsOptional()
  @Field(() => String, { nullable: true, description: '名称或简介关键词 (keyword in title or description)' })
  keyword?: string | null;
}

/** The fields CreateCourseInput and UpdateCourseInput share: type and rules, declared once (see inputField). */
const courseFields = {
  title: inputField(() => String, [Length(1, 200)]),
  category: inputField(() => CourseCategory),
  method: inputField(() => TeachingMethod),
  format: inputField(() => CourseFormat),
  hours: inputField(() => Float, [IsDecimal(1, HOURS_MESSAGE), Min(0), Max(HOURS_MAX)]),
  institutionId: inputField(() => ID),
  description: inputField(() => String, [MaxLength(10000)]),
  teacherIds: inputField(() => [ID], [ArrayMaxSize(50)]),
  caseIds: inputField(() => [ID], [ArrayMaxSize(100)]),
};

@InputType('CreateCourseInput', { description: '新增课程 (create a course; it starts as DRAFT)' })
export class CreateCourseInput extends IdempotentInput {
  @courseFields.title.required('课程名称 (title)')
  title!: string;

  @courseFields.category.required('课程类别 (category)')
  category!: CourseCategory;

  @courseFields.method.required('教学方式 (teaching method)')
  method!: TeachingMethod;

  @courseFields.format.required('授课形式 (delivery format)')
  format!: CourseFormat;

  @courseFields.hours.required('学时 (hours, at least 0, one decimal place)')
  hours!: number;

  @courseFields.institutionId.required('所属机构 (owning institution id)')
  institutionId!: string;

  @courseFields.description.optional('课程简介 (description)')
  description?: string | null;

  @courseFields.teacherIds.optional('授课师资 (teacher ids)')
  teacherIds?: string[] | null;

  @courseFields.caseIds.optional('关联案例 (teaching case ids)')
  caseIds?: string[] | null;
}

@InputType('UpdateCourseInput', { description: '修改课程 (update a course; absent fields stay unchanged; status changes go through reviewCourse)' })
export class UpdateCourseInput {
  @Field(() => ID, { description: '课程 (course id)' })
  id!: string;

  @Min(1)
  @Field(() => Int, { description: '版本号 (the version you last read)' })
  version!: number;

  @courseFields.title.optional('课程名称 (title)')
  title?: string;

  @courseFields.category.optional('课程类别 (category)')
  category?: CourseCategory;

  @courseFields.method.optional('教学方式 (teaching method)')
  method?: TeachingMethod;

  @courseFields.format.optional('授课形式 (delivery format)')
  format?: CourseFormat;

  @courseFields.hours.optional('学时 (hours, at least 0, one decimal place)')
  hours?: number;

  @courseFields.institutionId.optional('所属机构 (owning institution id)')
  institutionId?: string;

  @courseFields.description.optional('课程简介 (description; null clears it)')
  description?: string | null;

  @courseFields.teacherIds.optional('授课师资 (teacher ids; replaces the whole list)')
  teacherIds?: string[];

  @courseFields.caseIds.optional('关联案例 (teaching case ids; replaces the whole list)')
  caseIds?: string[];
}

@InputType('ReviewCourseInput', { description: '课程审核操作 (apply a review workflow action to a course)' })
export class ReviewCourseInput {
  @Field(() => ID, { description: '课程 (course id)' })
  id!: string;

  @Min(1)
  @Field(() => Int, { description: '版本号 (the version you last read)' })
  version!: number;

  @Field(() => ReviewAction, { description: '审核操作 (action: SUBMIT, APPROVE, REJECT, PUBLISH, RETIRE, REVISE)' })
  action!: ReviewAction;
}

@InputType('AddCourseAwardInput', { description: '登记课程获奖 (record an award won by a course)' })
export class AddCourseAwardInput {
  @Field(() => ID, { description: '课程 (course id)' })
  courseId!: string;

  @Length(1, 200)
  @Field({ description: '奖项名称 (award name, e.g. 全省干部教育培训好课程)' })
  name!: string;

  @Field(() => AwardLevel, { description: '获奖级别 (award level)' })
  level!: AwardLevel;

  @Min(2000)
  @Max(2100)
  @Field(() => Int, { description: '获奖年度 (year awarded)' })
  year!: number;
}
