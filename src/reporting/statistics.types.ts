import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../core/scalars';
import { AssignmentStatisticsDimension, StatisticsDimension, StatisticsMeasure } from './statistics.enums';

/** 统计分组键: one dimension's value in a statistics row. */
@ObjectType('StatisticsKey', { description: '统计分组键 (the value of one grouped dimension; id and code are null for the "none" group, e.g. a record without a class)', simpleResolvers: true })
export class StatisticsKey {
  @Field(() => ID, { nullable: true, description: '全局ID (global id, for region, unit and institution)' })
  id!: string | null;

  @Field(() => String, { nullable: true, description: '代码 (region code, enum value, year "2025" or quarter "2025-Q1")' })
  code!: string | null;

  @Field(() => String, { description: '中文名称 (Chinese name or label; "（无）" for the none group)' })
  label!: string;
}

/** 培训统计分组键: the grouped dimensions of one row (null where not grouped). */
@ObjectType('TrainingStatisticsKeys', { description: '培训统计分组键 (one key per grouped dimension; null for dimensions not grouped by)', simpleResolvers: true })
export class TrainingStatisticsKeys {
  @Field(() => StatisticsKey, { nullable: true, description: '行政区划 (cadre\'s region)' })
  region?: StatisticsKey | null;

  @Field(() => StatisticsKey, { nullable: true, description: '单位 (cadre\'s unit)' })
  unit?: StatisticsKey | null;

  @Field(() => StatisticsKey, { nullable: true, description: '干部类别 (cadre category)' })
  category?: StatisticsKey | null;

  @Field(() => StatisticsKey, { nullable: true, description: '行业系统 (cadre\'s sector)' })
  sector?: StatisticsKey | null;

  @Field(() => StatisticsKey, { nullable: true, description: '培训形式 (record mode)' })
  mode?: StatisticsKey | null;

  @Field(() => StatisticsKey, { nullable: true, description: '年度 (year of the record\'s end date)' })
  year?: StatisticsKey | null;

  @Field(() => StatisticsKey, { nullable: true, description: '季度 (quarter of the record\'s end date)' })
  quarter?: StatisticsKey | null;

  @Field(() => StatisticsKey, { nullable: true, description: '培训机构 (institution of the record\'s class)' })
  institution?: StatisticsKey | null;

  @Field(() => StatisticsKey, { nullable: true, description: '班次类型 (kind of the record\'s class)' })
  classKind?: StatisticsKey | null;
}

/** 培训统计行: measures of one group (null for measures not asked for). */
@ObjectType('TrainingStatisticsRow', { description: '培训统计行 (the measures of one group; measures not asked for are null)', simpleResolvers: true })
export class TrainingStatisticsRow {
  @Field(() => TrainingStatisticsKeys, { description: '分组键 (the group)' })
  keys!: TrainingStatisticsKeys;

  @Field(() => Float, { nullable: true, description: '认定学时合计 (sum of credited hours)' })
  hours!: number | null;

  @Field(() => Float, { nullable: true, description: '培训天数合计 (sum of days)' })
  days!: number | null;

  @Field(() => Int, { nullable: true, description: '参训人数 (distinct cadres)' })
  people!: number | null;

  @Field(() => Int, { nullable: true, description: '记录条数 (number of records)' })
  records!: number | null;

  @Field(() => Float, { nullable: true, description: '人均认定学时 (credited hours per distinct cadre, 2 decimals; null without cadres)' })
  averageHoursPerCadre!: number | null;
}

/** 培训统计: a pivot-friendly table of training records in the caller's scope. */
@ObjectType('TrainingStatistics', { description: '培训数据统计 (training records aggregated in SQL over the chosen dimensions, in your scope)', simpleResolvers: true })
export class TrainingStatistics {
  @Field(() => [StatisticsMeasure], { description: '统计指标 (the measures computed)' })
  measures!: StatisticsMeasure[];

  @Field(() => [StatisticsDimension], { description: '统计维度 (the dimensions grouped by, in order)' })
  groupBy!: StatisticsDimension[];

  @Field(() => DateScalar, { nullable: true, description: '起始日期 (records ending on or after this date; null: no lower bound)' })
  from!: string | null;

  @Field(() => DateScalar, { nullable: true, description: '截止日期 (records ending on or before this date; null: no upper bound)' })
  to!: string | null;

  @Field(() => [TrainingStatisticsRow], { description: '分组行 (one row per group, ordered by the keys)' })
  rows!: TrainingStatisticsRow[];

  @Field(() => TrainingStatisticsRow, { description: '合计 (the total over all groups; its keys are all null)' })
  total!: TrainingStatisticsRow;
}

/** 调训统计分组键. */
@ObjectType('AssignmentStatisticsKeys', { description: '调训统计分组键 (one key per grouped dimension; null for dimensions not grouped by)', simpleResolvers: true })
export class AssignmentStatisticsKeys {
  @Field(() => StatisticsKey, { nullable: true, description: '行政区划 (cadre\'s region)' })
  region?: StatisticsKey | null;

  @Field(() => StatisticsKey, { nullable: true, description: '单位 (cadre\'s unit)' })
  unit?: StatisticsKey | null;

  @Field(() => StatisticsKey, { nullable: true, description: '年度 (year the class starts)' })
  year?: StatisticsKey | null;

  @Field(() => StatisticsKey, { nullable: true, description: '培训机构 (the class\'s institution)' })
  institution?: StatisticsKey | null;
}

/** 调训统计行. */
@ObjectType('AssignmentStatisticsRow', { description: '调训统计行 (assignment counts of one group)', simpleResolvers: true })
export class AssignmentStatisticsRow {
  @Field(() => AssignmentStatisticsKeys, { description: '分组键 (the group)' })
  keys!: AssignmentStatisticsKeys;

  @Field(() => Int, { description: '点名调训数 (assignments nominated: every assignment, whatever its status now)' })
  nominated!: number;

  @Field(() => Int, { description: '审批通过数 (assignments approved: every status past NOMINATED)' })
  approved!: number;

  @Field(() => Int, { description: '已报备数 (assignments filed or beyond: every status past APPROVED)' })
  filed!: number;

  @Field(() => Int, { description: '参训数 (ATTENDED)' })
  attended!: number;

  @Field(() => Int, { description: '缺训数 (absences: ABSENT, MAKEUP_REQUIRED or EXEMPTED)' })
  absent!: number;

  @Field(() => Int, { description: '需补训数 (MAKEUP_REQUIRED)' })
  makeupRequired!: number;

  @Field(() => Int, { description: '免训数 (EXEMPTED)' })
  exempted!: number;
}

/** 调训统计 (定期通报调训情况). */
@ObjectType('AssignmentStatistics', { description: '调训情况统计 (定期通报调训情况: assignment counts per group, in your scope)', simpleResolvers: true })
export class AssignmentStatistics {
  @Field(() => [AssignmentStatisticsDimension], { description: '统计维度 (the dimensions grouped by, in order)' })
  groupBy!: AssignmentStatisticsDimension[];

  @Field(() => [AssignmentStatisticsRow], { description: '分组行 (one row per group, ordered by the keys)' })
  rows!: AssignmentStatisticsRow[];

  @Field(() => AssignmentStatisticsRow, { description: '合计 (the total over all groups)' })
  total!: AssignmentStatisticsRow;
}
