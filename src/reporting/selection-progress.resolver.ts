import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../access/request-context';
import { BadInputError } from '../core/errors';
import { DateScalar } from '../core/scalars';
import { todayInChina } from '../core/dates';
import { selectionProgress } from './selection-progress.repository';
import { SelectionProgress } from './selection-progress.types';

@Resolver()
export class SelectionProgressResolver {
  @Query(() => SelectionProgress, {
    description:
      '好课程好教材评选进度 (五(三)、附件7: provincial good courses ~100, good textbooks ~10, case courses and case textbooks ≥ 1/3 of them, 精品案例 — ' +
      'by award year in the plan period, against plan_target rule data and a straight line through the period; a case course is a course taught by the case method, 案例式; one SQL statement over the awards you may see)',
  })
  async selectionProgress(
    @Ctx() ctx: Context,
    @Arg('periodCode', () => String, { nullable: true, description: '规划期代码 (e.g. 2024-2028; default: the period containing asOf)' }) periodCode?: string | null,
    @Arg('asOf', () => DateScalar, { nullable: true, description: '统计日期 (default: today in China)' }) asOf?: string | null,
  ): Promise<SelectionProgress> {
    if (periodCode != null && (periodCode.length < 1 || periodCode.length > 16)) throw new BadInputError('periodCode must be 1 to 16 characters.', 'periodCode');
    return selectionProgress(ctx.read.db, ctx.viewer, periodCode ?? null, asOf ?? todayInChina());
  }
}
