import { Field, Float, Int, ObjectType } from 'type-graphql';
import { defineEnum } from '../core/enums';
import { DateScalar } from '../core/scalars';
import { PlanPeriod } from './group-rules.resolver';

/** 目标状态: where an indicator stands against its target. */
export enum PlanTargetStatus {
  MET = 'MET',
  ON_TRACK = 'ON_TRACK',
  BEHIND = 'BEHIND',
  NO_DATA = 'NO_DATA',
  REPORTED = 'REPORTED',
}
defineEnum(PlanTargetStatus, 'PlanTargetStatus', '目标状态 (status of an indicator against its target)', {
  MET: '已达标',
  ON_TRACK: '进度正常（不低于按期均匀推进的应达值）',
  BEHIND: '进度滞后',
  NO_DATA: '暂无数据（占比的基数为0）',
  REPORTED: '仅报告（无量化目标）',
});

/** 指标度量: a count, or a share of a base. */
export enum SelectionMeasure {
  COUNT = 'COUNT',
  SHARE = 'SHARE',
}
defineEnum(SelectionMeasure, 'SelectionMeasure', '指标度量 (how an indicator is measured)', {
  COUNT: '数量',
  SHARE: '占比',
});

/** 比较方式 of a target. */
export enum TargetComparison {
  GE = 'GE',
  GT = 'GT',
}
defineEnum(TargetComparison, 'TargetComparison', '比较方式 (how a value is compared with its target)', {
  GE: '不低于（≥）',
  GT: '高于（>）',
});

@ObjectType('SelectionYear', { description: '年度评选情况 (one award year of an indicator)', simpleResolvers: true })
export class SelectionYear {
  @Field(() => Int, { description: '获奖年度 (award year)' })
  year!: number;

  @Field(() => Int, { description: '当年入选数 (selected that year: courses, textbooks or cases first awarded that year; for a share, those of the kind counted)' })
  numerator!: number;

  @Field(() => Int, { nullable: true, description: '当年基数 (for a share: all selected that year; null for a count)' })
  denominator!: number | null;

  @Field(() => Float, { nullable: true, description: '当年值 (the count, or the share of that year; null for a share without base)' })
  value!: number | null;

  @Field(() => Float, { nullable: true, description: '累计值 (the count or the share from the period\'s first year to this year)' })
  cumulative!: number | null;
}

@ObjectType('SelectionIndicator', { description: '评选目标指标 (one selection target of the plan: value, target, expected by now, status and the years)', simpleResolvers: true })
export class SelectionIndicator {
  @Field(() => String, { description: '指标代码 (GOOD_COURSES, GOOD_TEXTBOOKS, CASE_COURSE_SHARE, CASE_TEXTBOOK_SHARE, FINE_CASES)' })
  code!: string;

  @Field(() => String, { description: '指标名称 (name)' })
  name!: string;

  @Field(() => SelectionMeasure, { description: '度量 (count or share)' })
  measure!: SelectionMeasure;

  @Field(() => Float, { nullable: true, description: '目标值 (target from the plan_target rule in force on asOf; a share as a fraction, 1/3 = 0.333…; null: reported only)' })
  target!: number | null;

  @Field(() => TargetComparison, { nullable: true, description: '比较方式 (≥ or >; null without a target)' })
  comparison!: TargetComparison | null;

  @Field(() => Float, { nullable: true, description: '当前值 (count, or share, over the period\'s award years up to asOf; null for a share without base)' })
  value!: number | null;

  @Field(() => Int, { description: '计数 (selected so far; for a share, those of the kind counted)' })
  numerator!: number;

  @Field(() => Int, { nullable: true, description: '基数 (for a share: all selected so far; null for a count)' })
  denominator!: number | null;

  @Field(() => Float, { nullable: true, description: '应达值 (for a count: target × the share of the period elapsed on asOf, a straight line through the period; for a share: the target itself)' })
  expected!: number | null;

  @Field(() => PlanTargetStatus, { description: '状态 (MET: target reached; ON_TRACK: a count at or above the straight line; BEHIND; NO_DATA: a share of nothing; REPORTED: no target)' })
  status!: PlanTargetStatus;

  @Field(() => [SelectionYear], { description: '按获奖年度 (per award year, from the period\'s first year to asOf\'s year or the last year)' })
  byYear!: SelectionYear[];

  @Field(() => DateScalar, { nullable: true, description: '规则生效日 (the target version\'s valid-from date)' })
  ruleValidFrom!: string | null;

  @Field(() => String, { nullable: true, description: '规则说明 (the target\'s note: the plan text it follows)' })
  ruleNote!: string | null;
}

@ObjectType('SelectionProgress', { description: '好课程好教材评选进度 (selections toward the plan\'s five-year targets, 五(三) and 附件7)', simpleResolvers: true })
export class SelectionProgress {
  @Field(() => String, { description: '规划期代码 (plan period code)' })
  periodCode!: string;

  @Field(() => PlanPeriod, { description: '规划期 (the plan period)' })
  period!: PlanPeriod;

  @Field(() => DateScalar, { description: '统计日期 (as of this day: award years up to its year count)' })
  asOf!: string;

  @Field(() => Float, { description: '时间进度 (share of the period\'s days elapsed by asOf, inclusive, between 0 and 1)' })
  elapsedShare!: number;

  @Field(() => [SelectionIndicator], { description: '指标 (the indicators, in the order of the plan)' })
  indicators!: SelectionIndicator[];
}
