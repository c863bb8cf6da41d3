import { Arg, Ctx, Float, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../access/request-context';
import { EvaluationTargetKind } from '../modules/evaluation/evaluation.enums';
import { EvaluationStatisticsFilter, EvaluationStatisticsOrder } from './evaluation-statistics.inputs';
import { DEFAULT_FIRST, evaluationStatistics, validateEvaluationStatisticsArgs } from './evaluation-statistics.repository';
import { EvaluationStatistics } from './evaluation-statistics.types';

@Resolver()
export class EvaluationStatisticsResolver {
  @Query(() => EvaluationStatistics, {
    description:
      '评估对比统计 (督导听课、学员评课、质量评估 compared: per teacher, course, class, institution or onsite site — count, average, min, max, ' +
      'dense rank by average, by kind and by period, and the low scorers; over the evaluations you may list, in one SQL statement)',
  })
  async evaluationStatistics(
    @Ctx() ctx: Context,
    @Arg('subject', () => EvaluationTargetKind, { description: '对象类型 (compare evaluations whose target is of this kind)' }) subject: EvaluationTargetKind,
    @Arg('filter', () => EvaluationStatisticsFilter, { nullable: true, description: '筛选条件 (kinds, years, periods, institution, minimum count)' }) filter?: EvaluationStatisticsFilter | null,
    @Arg('lowScoreThreshold', () => Float, { nullable: true, description: '低分阈值 (0–100; an average strictly below it is a low score; default: EVALUATION_LOW_SCORE, 60)' })
    lowScoreThreshold?: number | null,
    @Arg('first', () => Int, { nullable: true, description: '返回条数 (rows to return; default 20, at most 100)' }) first?: number | null,
    @Arg('orderBy', () => EvaluationStatisticsOrder, { nullable: true, description: '排序 (default AVERAGE_DESC, i.e. by rank)' }) orderBy?: EvaluationStatisticsOrder | null,
  ): Promise<EvaluationStatistics> {
    validateEvaluationStatisticsArgs({ first, lowScoreThreshold, filter });
    return evaluationStatistics(ctx.read.db, ctx.viewer, {
      subject,
      filter,
      lowScoreThreshold: lowScoreThreshold ?? ctx.reports.evaluationLowScore,
      first: first ?? DEFAULT_FIRST,
      orderBy: orderBy ?? EvaluationStatisticsOrder.AVERAGE_DESC,
    });
  }
}
