import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { defineEnum } from '../core/enums';
import { DateScalar } from '../core/scalars';
import { InstitutionKind, InstitutionLevel } from '../modules/institution/institution.enums';
import { TargetComparison } from './selection-progress.types';

/** 课程更新的度量: a share of main-class hours, or the online academy's new course hours. */
export enum CourseUpdateMeasure {
  UPDATED_SHARE = 'UPDATED_SHARE',
  NEW_COURSE_HOURS = 'NEW_COURSE_HOURS',
}
defineEnum(CourseUpdateMeasure, 'CourseUpdateMeasure', '课程更新度量 (how an institution\'s course update is measured)', {
  UPDATED_SHARE: '主体班次课程更新率（当年主体班次课时中新开发或修订课程的课时占比）',
  NEW_COURSE_HOURS: '网络学院当年新上线课程学时',
});

@ObjectType('CourseUpdateIndicator', { description: '机构年度课程更新指标 (one institution\'s course update in one year, 附件1第3项)', simpleResolvers: true })
export class CourseUpdateIndicator {
  @Field(() => ID, { description: '机构ID (institution id)' })
  institutionId!: string;

  @Field(() => String, { description: '机构名称 (institution name)' })
  institutionName!: string;

  @Field(() => InstitutionKind, { description: '机构类型 (institution kind)' })
  institutionKind!: InstitutionKind;

  @Field(() => InstitutionLevel, { description: '机构层级 (institution level)' })
  institutionLevel!: InstitutionLevel;

  @Field(() => CourseUpdateMeasure, { description: '度量 (UPDATED_SHARE for schools and colleges; NEW_COURSE_HOURS for an online academy)' })
  measure!: CourseUpdateMeasure;

  @Field(() => Float, {
    nullable: true,
    description: '指标值 (UPDATED_SHARE: updatedHours / baseHours as a fraction, null when baseHours is 0; NEW_COURSE_HOURS: the new course hours)',
  })
  value!: number | null;

  @Field(() => Float, { nullable: true, description: '基数学时 (UPDATED_SHARE: hours of the year\'s main-class sessions that have a course; null for NEW_COURSE_HOURS)' })
  baseHours!: number | null;

  @Field(() => Float, {
    description: '更新学时 (UPDATED_SHARE: hours of those sessions whose course was first published or last revised in the year; NEW_COURSE_HOURS: hours of the academy\'s courses first published in the year)',
  })
  updatedHours!: number;

  @Field(() => Float, { nullable: true, description: '目标值 (from the plan_target rule in force on the year\'s last day that applies to this institution\'s kind and level; null: reported without a threshold)' })
  threshold!: number | null;

  @Field(() => TargetComparison, { nullable: true, description: '比较方式 (≥ or >; null without a threshold)' })
  comparison!: TargetComparison | null;

  @Field(() => Boolean, { nullable: true, description: '是否达标 (null without a threshold, or for a share of no main-class hours)' })
  met!: boolean | null;

  @Field(() => String, { nullable: true, description: '规则代码 (COURSE_UPDATE_SHARE or ONLINE_NEW_COURSE_HOURS; null without a threshold)' })
  ruleCode!: string | null;

  @Field(() => DateScalar, { nullable: true, description: '规则生效日 (the target version\'s valid-from date)' })
  ruleValidFrom!: string | null;

  @Field(() => [ID], { description: '计入的更新课程 (ids of the courses counted in updatedHours, ascending)' })
  courseIds!: string[];
}

@ObjectType('CourseUpdateIndicators', { description: '课程更新指标 (course update per institution for one year, 附件1第3项)', simpleResolvers: true })
export class CourseUpdateIndicators {
  @Field(() => Int, { description: '年度 (calendar year)' })
  year!: number;

  @Field(() => [CourseUpdateIndicator], { description: '各机构 (one row per institution in your row scope, by institution id)' })
  rows!: CourseUpdateIndicator[];
}
