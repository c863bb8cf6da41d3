import { Field, ID, InputType, Int } from 'type-graphql';
import { EvaluationKind } from '../modules/evaluation/evaluation.enums';
import { defineEnum } from '../core/enums';

/** 评估统计排序: how the subjects of an evaluation report are ordered. */
export enum EvaluationStatisticsOrder {
  AVERAGE_DESC = 'AVERAGE_DESC',
  AVERAGE_ASC = 'AVERAGE_ASC',
  COUNT_DESC = 'COUNT_DESC',
  COUNT_ASC = 'COUNT_ASC',
}
defineEnum(EvaluationStatisticsOrder, 'EvaluationStatisticsOrder', '评估统计排序 (order of the subjects; ties by id)', {
  AVERAGE_DESC: '平均分从高到低（即名次）',
  AVERAGE_ASC: '平均分从低到高',
  COUNT_DESC: '评估次数从多到少',
  COUNT_ASC: '评估次数从少到多',
});

@InputType('EvaluationStatisticsFilter', { description: '评估统计筛选条件 (which evaluations are counted; every condition narrows your scope, never widens it)' })
export class EvaluationStatisticsFilter {
  @Field(() => [EvaluationKind], { nullable: true, description: '评估类型，任一 (学员评课 / 督导听课 / 办学质量评估; default: all kinds)' })
  kind?: EvaluationKind[] | null;

  @Field(() => Int, { nullable: true, description: '起始年度，含 (evaluations whose period is in or after this year; the year is the period\'s first four digits)' })
  yearFrom?: number | null;

  @Field(() => Int, { nullable: true, description: '截止年度，含 (evaluations whose period is in or before this year)' })
  yearTo?: number | null;

  @Field(() => [String], { nullable: true, description: '评估期间，任一 (exactly these periods, e.g. 2025-SPRING)' })
  period?: string[] | null;

  @Field(() => ID, { nullable: true, description: '所属机构 (subjects of this institution: the institution itself, or the course, teacher, class or site it owns)' })
  institutionId?: string | null;

  @Field(() => Int, { nullable: true, description: '最少评估次数 (subjects with fewer evaluations are left out of the figures and the ranking; default 1)' })
  minCount?: number | null;
}
