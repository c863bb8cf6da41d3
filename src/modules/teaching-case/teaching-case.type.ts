import { Field, Int, ObjectType } from 'type-graphql';
import { RecordType } from '../../core/read/base.type';
import { DateScalar } from '../../core/scalars';
import { AwardLevel, ReviewStatus } from '../course/course.enums';

/** 案例: the read type. Region, institution, courses, collections and awards resolve in TeachingCaseResolver. */
@ObjectType('TeachingCase', { description: '案例 (an entry of the teaching case bank)', simpleResolvers: true })
export class TeachingCase extends RecordType {
  regionId!: number | null;
  institutionId!: number;

  @Field({ description: '案例标题 (title)' })
  title!: string;

  @Field(() => [String], { description: '案例主题 (themes, e.g. 四下基层、晋江经验、木兰溪治理、三坊七巷)' })
  themes!: string[];

  @Field({ description: '案例摘要 (summary)' })
  summary!: string;

  @Field({ description: '案例正文 (body)' })
  body!: string;

  @Field(() => [String], { description: '作者 (authors)' })
  authors!: string[];

  @Field(() => Int, { description: '年度 (year written)' })
  year!: number;

  @Field(() => ReviewStatus, { description: '审核状态 (review status: DRAFT → IN_REVIEW → APPROVED → PUBLISHED → RETIRED)' })
  status!: ReviewStatus;

  @Field(() => DateScalar, { nullable: true, description: '首次发布日期 (first published on)' })
  firstPublishedAt!: string | null;

  @Field(() => DateScalar, { nullable: true, description: '最近修订日期 (last revised on)' })
  lastRevisedAt!: string | null;
}

/** 精品案例: an award won by a case. */
@ObjectType('CaseAward', { description: '案例获奖 (an award won by a case, e.g. 精品案例)', simpleResolvers: true })
export class CaseAward extends RecordType {
  caseId!: number;

  @Field({ description: '奖项名称 (award name)' })
  name!: string;

  @Field(() => AwardLevel, { description: '获奖级别 (award level)' })
  level!: AwardLevel;

  @Field(() => Int, { description: '获奖年度 (year awarded)' })
  year!: number;
}

/** 案例汇编: a published collection of cases. */
@ObjectType('CaseCollection', { description: '案例汇编 (a published collection of teaching cases)', simpleResolvers: true })
export class CaseCollection extends RecordType {
  institutionId!: number;

  @Field({ description: '汇编名称 (title)' })
  title!: string;

  @Field(() => Int, { description: '编印年度 (year published)' })
  year!: number;
}
