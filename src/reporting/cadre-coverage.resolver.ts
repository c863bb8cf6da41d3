import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../access/request-context';
import { DateScalar } from '../core/scalars';
import { Cadre } from '../modules/cadre/cadre.type';
import { presentCoverage } from './coverage.present';
import { coverageOf } from './coverage.repository';
import { CadreCoverage } from './coverage.types';
import { reportingLoader } from './request-loaders';
import { todayInChina } from '../core/dates';

/** Adds `Cadre.coverage` from the reporting module, batched per request and as-of date (one statement per page). */
@Resolver(() => Cadre)
export class CadreCoverageResolver {
  @FieldResolver(() => [CadreCoverage], {
    nullable: true,
    description: '培训覆盖情况 (every coverage rule applying to the cadre on a date, with status, last qualifying training, next due date and colour; null when the cadre is outside your scope)',
  })
  coverage(
    @Root() cadre: Cadre,
    @Ctx() ctx: Context,
    @Arg('asOf', () => DateScalar, { nullable: true, description: '统计日期 (as of this date; default today in China)' }) asOf?: string | null,
  ): Promise<CadreCoverage[] | null> {
    const day = asOf ?? todayInChina();
    return reportingLoader<CadreCoverage[] | null>(ctx, `coverage:${day}`, async (pks) => {
      const rows = await coverageOf(ctx.read.db, ctx.viewer, day, pks);
      return pks.map((pk) => rows.get(pk)?.map(presentCoverage) ?? null);
    }).load(cadre.pk);
  }
}
