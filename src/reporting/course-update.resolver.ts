import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../access/request-context';
import { BadInputError } from '../core/errors';
import { refPk } from '../core/read/ids';
import { courseUpdateIndicators } from './course-update.repository';
import { CourseUpdateIndicators } from './course-update.types';

const YEAR_MIN = 2000;
const YEAR_MAX = 2100;

@Resolver()
export class CourseUpdateResolver {
  @Query(() => CourseUpdateIndicators, {
    description:
      '课程更新指标 (附件1第3项: per institution and calendar year — for schools and colleges the share of main-class (主体班次, kind MAIN) session hours that have a course ' +
      'whose course was first published or last revised in that year (dates: revised on 12-31 counts in that year, on 01-01 in the next; only the last revision is stored, ' +
      'so an earlier year\'s figure can fall when a course is revised again); threshold 20 % for the provincial party school and cadre colleges (古田、谷文昌), ' +
      'none for city and county schools; for the online academy the hours of its courses first published that year, threshold 100. Thresholds are plan_target rule data. ' +
      'One SQL statement; a row appears only when you may see the institution and everything its figure counts)',
  })
  async courseUpdateIndicators(
    @Ctx() ctx: Context,
    @Arg('year', () => Int, { description: `年度 (calendar year, ${YEAR_MIN}–${YEAR_MAX})` }) year: number,
    @Arg('institutionId', () => ID, { nullable: true, description: '机构ID (only this institution; default: every institution in your row scope)' }) institutionId?: string | null,
  ): Promise<CourseUpdateIndicators> {
    if (year < YEAR_MIN || year > YEAR_MAX) throw new BadInputError(`year must be between ${YEAR_MIN} and ${YEAR_MAX}.`, 'year');
    const pk = institutionId == null ? null : refPk(institutionId, 'Institution', 'institutionId');
    return courseUpdateIndicators(ctx.read.db, ctx.viewer, year, pk);
  }
}
