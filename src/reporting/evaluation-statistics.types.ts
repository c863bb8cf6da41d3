import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { EvaluationKind, EvaluationTargetKind } from '../modules/evaluation/evaluation.enums';

/** 被评对象: the teacher, course, class, institution or site a row is about. */
@ObjectType('EvaluationSubject', { description: '被评对象 (the subject of a row: its global id, kind and name)', simpleResolvers: true })
export class EvaluationSubject {
  @Field(() => ID, { description: '全局ID (global id of the Teacher, Course, TrainingClass, Institution or OnsiteTeachingSite)' })
  id!: string;

  @Field(() => EvaluationTargetKind, { description: '对象类型 (subject kind)' })
  kind!: EvaluationTargetKind;

  @Field(() => String, { description: '名称 (name or title)' })
  name!: string;
}

/** One group of scores: count, average, lowest and highest. */
@ObjectType('EvaluationScoreBucket', { description: '评分分组 (the scores of one kind or one period of a subject)', simpleResolvers: true })
export class EvaluationScoreBucket {
  @Field(() => EvaluationKind, { nullable: true, description: '评估类型 (the kind; null in byPeriod)' })
  kind!: EvaluationKind | null;

  @Field(() => String, { nullable: true, description: '评估期间 (the period, e.g. 2025-SPRING; null in byKind)' })
  period!: string | null;

  @Field(() => Int, { description: '评估次数 (evaluations)' })
  count!: number;

  @Field(() => Float, { description: '平均分 (average score, rounded to 2 decimals)' })
  average!: number;

  @Field(() => Float, { description: '最低分 (lowest score)' })
  min!: number;

  @Field(() => Float, { description: '最高分 (highest score)' })
  max!: number;
}

/** One subject's figures over the counted evaluations. */
@ObjectType('EvaluationSubjectStatistics', { description: '被评对象评分统计 (one subject: figures over all counted evaluations, its rank, and the same by kind and by period)', simpleResolvers: true })
export class EvaluationSubjectStatistics {
  @Field(() => EvaluationSubject, { description: '被评对象 (the subject)' })
  subject!: EvaluationSubject;

  @Field(() => Int, { description: '名次 (dense rank by average, highest first, among all subjects of the result before `first`; equal averages share a rank)' })
  rank!: number;

  @Field(() => Int, { description: '评估次数 (evaluations counted)' })
  count!: number;

  @Field(() => Float, { description: '平均分 (average score, rounded to 2 decimals; the rank uses this rounded value)' })
  average!: number;

  @Field(() => Float, { description: '最低分 (lowest score)' })
  min!: number;

  @Field(() => Float, { description: '最高分 (highest score)' })
  max!: number;

  @Field(() => [EvaluationScoreBucket], { description: '按评估类型 (by kind, in kind order)' })
  byKind!: EvaluationScoreBucket[];

  @Field(() => [EvaluationScoreBucket], { description: '按评估期间 (by period, in period order)' })
  byPeriod!: EvaluationScoreBucket[];
}

/** 评估对比统计: the answer of `evaluationStatistics`. */
@ObjectType('EvaluationStatistics', { description: '评估对比统计 (evaluation scores compared per subject, in your scope, in one SQL statement)', simpleResolvers: true })
export class EvaluationStatistics {
  @Field(() => EvaluationTargetKind, { description: '对象类型 (the kind of subject compared)' })
  subject!: EvaluationTargetKind;

  @Field(() => Float, { description: '低分阈值 (the threshold used: an average strictly below it is a low score)' })
  lowScoreThreshold!: number;

  @Field(() => Int, { description: '对象总数 (subjects in the result, before `first`)' })
  totalCount!: number;

  @Field(() => [EvaluationSubjectStatistics], { description: '对象列表 (the first `first` subjects in the requested order)' })
  rows!: EvaluationSubjectStatistics[];

  @Field(() => Int, { description: '低分对象数 (subjects whose average is below the threshold)' })
  lowScorerCount!: number;

  @Field(() => [EvaluationSubjectStatistics], { description: '低分对象 (subjects whose average is below the threshold, lowest first; at most 100)' })
  lowScorers!: EvaluationSubjectStatistics[];
}
