import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../access/request-context';
import { AssignmentStatisticsDimension, StatisticsDimension, StatisticsMeasure } from './statistics.enums';
import { AssignmentStatisticsFilter, TrainingStatisticsFilter } from './statistics.inputs';
import { assignmentStatistics, trainingStatistics, validateStatisticsArgs } from './statistics.repository';
import { AssignmentStatistics, TrainingStatistics } from './statistics.types';

@Resolver()
export class StatisticsResolver {
  @Query(() => TrainingStatistics, {
    description: '培训数据统计 (数据分析、趋势分析: counted training records grouped by up to 4 dimensions, one SQL statement, in your scope; dates are record end dates)',
  })
  async trainingStatistics(
    @Ctx() ctx: Context,
    @Arg('measures', () => [StatisticsMeasure], { description: '统计指标 (at least one measure)' }) measures: StatisticsMeasure[],
    @Arg('groupBy', () => [StatisticsDimension], { description: '统计维度 (at most 4, no repeats; empty: the total only)' }) groupBy: StatisticsDimension[],
    @Arg('filter', () => TrainingStatisticsFilter, { nullable: true, description: '筛选条件 (default: verified records, any date)' }) filter?: TrainingStatisticsFilter | null,
  ): Promise<TrainingStatistics> {
    validateStatisticsArgs(measures, groupBy, filter);
    const { rows, total } = await trainingStatistics(ctx.read.db, ctx.viewer, measures, groupBy, filter);
    return { measures, groupBy, from: filter?.from ?? null, to: filter?.to ?? null, rows, total };
  }

  @Query(() => AssignmentStatistics, { description: '调训情况统计 (定期通报调训情况: nominations, approvals, attendance, absences and make-ups per group, in your scope)' })
  async assignmentStatistics(
    @Ctx() ctx: Context,
    @Arg('groupBy', () => [AssignmentStatisticsDimension], { description: '统计维度 (at most 4, no repeats; empty: the total only)' }) groupBy: AssignmentStatisticsDimension[],
    @Arg('filter', () => AssignmentStatisticsFilter, { nullable: true, description: '筛选条件 (which assignments; by the class\'s start date)' }) filter?: AssignmentStatisticsFilter | null,
  ): Promise<AssignmentStatistics> {
    validateStatisticsArgs(null, groupBy, filter);
    const { rows, total } = await assignmentStatistics(ctx.read.db, ctx.viewer, groupBy, filter);
    return { groupBy, rows, total };
  }
}
