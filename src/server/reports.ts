import type express from 'express';
import type { Request, RequestHandler, Response } from 'express';
import { QUERY_POLICY } from '../access/policy';
import type { Context } from '../access/request-context';
import type { Viewer } from '../access/viewer';
import { ErrorCode, PublicError } from '../core/errors';
import { parseTrainingStatisticsQuery, trainingStatisticsCsv } from '../reporting/statistics.csv';
import { trainingStatistics, validateStatisticsArgs } from '../reporting/statistics.repository';

/**
 * Report downloads over plain HTTP (`GET /reports/…`), behind the same authentication, rate limit
 * and availability guards as /graphql, and the same query policy: a role that may not run
 * `trainingStatistics` may not download it. Errors answer with the GraphQL error body.
 */
export function mountReports(app: express.Express, contextFor: (viewer: Viewer, requestId?: string) => Context, guards: RequestHandler[]): void {
  app.get('/reports/training-statistics.csv', ...guards, async (req: Request, res: Response) => {
    const r = req as Request & { viewer?: Viewer; requestId?: string };
    const viewer = r.viewer!;
    if (!QUERY_POLICY.trainingStatistics.includes(viewer.role)) {
      res.status(403).json({ errors: [{ message: 'Your role may not run trainingStatistics.', extensions: { code: ErrorCode.FORBIDDEN } }] });
      return;
    }
    try {
      const args = parseTrainingStatisticsQuery(req.query as Record<string, unknown>);
      validateStatisticsArgs(args.measures, args.groupBy, args.filter);
      const ctx = contextFor(viewer, r.requestId);
      const { rows } = await trainingStatistics(ctx.read.db, viewer, args.measures, args.groupBy, args.filter);
      res
        .status(200)
        .type('text/csv; charset=utf-8')
        .set('Content-Disposition', 'attachment; filename=training-statistics.csv')
        .set('Cache-Control', 'no-store')
        .send(trainingStatisticsCsv(args, rows));
    } catch (err) {
      if (err instanceof PublicError && err.extensions.code === ErrorCode.BAD_USER_INPUT) {
        res.status(400).json({ errors: [{ message: err.message, extensions: err.extensions }] });
        return;
      }
      throw err;
    }
  });
}
