import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../access/request-context';
import { BadInputError } from '../core/errors';
import { ENUM_CATALOG } from '../core/enums';
import { DateScalar } from '../core/scalars';
import { Cadre } from '../modules/cadre/cadre.type';
import { ComplianceView } from '../modules/rules/compliance.enums';
import { complianceOf, learningMapsOf, type MapBucketRow } from './compliance.repository';
import { presentCompliance } from './compliance.present';
import { CadreCompliance, LearningMap, type LearningMapBucket } from './compliance.types';
import { reportingLoader } from './request-loaders';
import { todayInChina } from '../core/dates';

const LABEL_ENUMS: Partial<Record<MapBucketRow['dim'], string>> = { MODE: 'TrainingMode', CATEGORY: 'CourseCategory' };

function labelOf(dim: MapBucketRow['dim'], key: string): string {
  if (dim === 'YEAR') return `${key}年`;
  if (dim === 'CATEGORY' && key === 'UNCLASSIFIED') return '未分类';
  const enumName = LABEL_ENUMS[dim];
  return (enumName && ENUM_CATALOG.get(enumName)?.values.find((v) => v.value === key)?.label) || key;
}

function buildMap(cadreId: number, from: string, to: string, rows: MapBucketRow[]): LearningMap {
  const bucket = (dim: MapBucketRow['dim']): LearningMapBucket[] =>
    rows.filter((r) => r.dim === dim).map((r) => ({ key: r.key, label: labelOf(dim, r.key), hours: Math.round(r.hours * 10) / 10, records: r.records }));
  const ids = (dim: MapBucketRow['dim']) => rows.filter((r) => r.dim === dim).map((r) => Number(r.key)).sort((a, b) => a - b);
  const byYear = bucket('YEAR');
  return {
    cadreId,
    from,
    to,
    courseIds: ids('COURSE'),
    institutionIds: ids('INSTITUTION'),
    totalHours: Math.round(byYear.reduce((s, b) => s + b.hours, 0) * 10) / 10,
    byYear,
    byCategory: bucket('CATEGORY'),
    byMode: bucket('MODE'),
    byTheme: bucket('THEME'),
  };
}

/** Adds `Cadre.compliance` and `Cadre.learningMap` from the reporting module; both are batched per request. */
@Resolver(() => Cadre)
export class CadreComplianceResolver {
  @FieldResolver(() => CadreCompliance, { nullable: true, description: '学时达标情况 (training-hours compliance on a date; null when the cadre is outside your scope, or outside the hours table of 附件1: 村(社区)书记, 村(居)委会主任 and other village cadres)' })
  compliance(
    @Root() cadre: Cadre,
    @Ctx() ctx: Context,
    @Arg('asOf', () => DateScalar, { nullable: true, description: '统计日期 (as of this date; default today in China)' }) asOf?: string | null,
    @Arg('view', () => ComplianceView, { nullable: true, description: '统计口径 (PLAN_PERIOD by default; ROLLING for the five years ending on asOf)' }) view?: ComplianceView | null,
  ): Promise<CadreCompliance | null> {
    const day = asOf ?? todayInChina();
    const how = view ?? ComplianceView.PLAN_PERIOD;
    return reportingLoader<CadreCompliance | null>(ctx, `compliance:${day}:${how}`, async (pks) => {
      const rows = await complianceOf(ctx.read.db, ctx.viewer, day, pks, how);
      return pks.map((pk) => {
        const row = rows.get(pk);
        return row ? presentCompliance(row, day, how) : null;
      });
    }).load(cadre.pk);
  }

  @FieldResolver(() => LearningMap, { description: '学习图谱 (learning map: hours by year, course category, mode and theme; courses and institutions)' })
  learningMap(
    @Root() cadre: Cadre,
    @Ctx() ctx: Context,
    @Arg('from', () => DateScalar, { description: '起始日期 (first day of the range)' }) from: string,
    @Arg('to', () => DateScalar, { description: '截止日期 (last day of the range)' }) to: string,
  ): Promise<LearningMap> {
    if (to < from) throw new BadInputError('to must not be before from.', 'to');
    return reportingLoader<LearningMap>(ctx, `learningMap:${from}:${to}`, async (pks) => {
      const rows = await learningMapsOf(ctx.read.db, ctx.viewer, from, to, pks);
      return pks.map((pk) => buildMap(pk, from, to, rows.filter((r) => r.cadreId === pk)));
    }).load(cadre.pk);
  }
}
