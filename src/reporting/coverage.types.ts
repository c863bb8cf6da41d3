import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../core/scalars';
import { ComplianceColour, ComplianceGroupBy } from '../modules/rules/compliance.enums';
import { CoverageCycleKind, CoverageKind, CoverageStatus } from '../modules/rules/coverage.enums';

/** 覆盖规则 version, as read. */
@ObjectType('CoverageRule', { description: '培训覆盖规则版本 (one version of a coverage rule: who must be trained how often, where)', simpleResolvers: true })
export class CoverageRule {
  @Field(() => ID, { description: '全局标识 (opaque global id)' })
  id!: string;

  @Field({ description: '规则代码 (stable key across versions, e.g. CITY_COUNTY_PRINCIPAL_THEORY)' })
  code!: string;

  @Field({ description: '规则名称 (name in Chinese)' })
  name!: string;

  @Field({ description: '依据 (the plan annex it comes from, e.g. 附件3.2)' })
  basis!: string;

  @Field(() => CoverageKind, { description: '规则种类 (per person, or a share of the population)' })
  kind!: CoverageKind;

  @Field(() => [String], { description: '干部管理层级，任一 (management levels PROVINCIAL/CITY/COUNTY/OTHER, any of; empty: any)' })
  managementLevels!: string[];

  @Field(() => [String], { description: '主要职务，任一 (principal posts, any of; empty: no condition)' })
  principalPosts!: string[];

  @Field(() => [String], { description: '村(社区)职务，任一 (village/community roles, any of; empty: no condition)' })
  villageRoles!: string[];

  @Field(() => Boolean, { nullable: true, description: '党委领导班子成员 (leadership-team member; null: no condition)' })
  leadershipTeam!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: '年轻干部 (young cadre by flag or age bound; null: no condition)' })
  young!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: '省管企业领导班子成员 (SOE leadership-team member; null: no condition)' })
  soeLeadership!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: '选调生 (selected graduate; null: no condition)' })
  selectedGraduate!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: '党务干部 (party-affairs cadre; null: no condition)' })
  partyAffairs!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: '新录用公务员 (entered the civil service less than two cycles before the date; null: no condition)' })
  newCivilServant!: boolean | null;

  @Field(() => CoverageCycleKind, { description: '周期 (how the cycle is drawn)' })
  cycleKind!: CoverageCycleKind;

  @Field(() => Int, { nullable: true, description: '周期月数 (cycle length in months, ROLLING and FROM_ENTRY)' })
  cycleMonths!: number | null;

  @Field(() => Int, { description: '预警月数 (yellow from this many months before the due date)' })
  warnMonths!: number;

  @Field(() => Float, { nullable: true, description: '最低比例 (SHARE rules: the share of the population to train each cycle, 0–1)' })
  shareMin!: number | null;

  @Field(() => [String], { description: '计入的培训形式 (training modes that qualify; empty: any)' })
  modes!: string[];

  @Field(() => [String], { description: '计入的班次类型 (class kinds that qualify; empty: any, with or without a class)' })
  classKinds!: string[];

  @Field(() => [String], { description: '计入的机构层级 (institution levels that qualify; empty: any)' })
  institutionLevels!: string[];

  @Field(() => [String], { description: '计入的机构类型 (institution kinds that qualify; empty: any)' })
  institutionKinds!: string[];

  @Field(() => DateScalar, { description: '生效日期 (in force from)' })
  validFrom!: string;

  @Field(() => DateScalar, { nullable: true, description: '失效日期 (in force until, exclusive; null while current)' })
  validTo!: string | null;

  @Field(() => String, { nullable: true, description: '说明 (note: the reading of the plan)' })
  note!: string | null;
}

/** One rule applying to a cadre, judged on a date. */
@ObjectType('CadreCoverage', { description: '培训覆盖情况 (a coverage rule applying to the cadre and where the cadre stands)', simpleResolvers: true })
export class CadreCoverage {
  lastRecordId!: number | null;

  @Field(() => CoverageRule, { description: '规则 (the rule version in force on the date)' })
  rule!: CoverageRule;

  @Field(() => CoverageStatus, { description: '状态 (MET, DUE or OVERDUE)' })
  status!: CoverageStatus;

  @Field({ description: '本周期已参训 (trained within the current cycle; for SHARE rules, counted toward the share)' })
  trained!: boolean;

  @Field(() => DateScalar, { nullable: true, description: '最近一次合格培训结束日 (end of the last qualifying training, any cycle)' })
  lastQualifyingAt!: string | null;

  @Field(() => DateScalar, { nullable: true, description: '本周期起始日 (first day a qualifying training counts for the current cycle)' })
  cycleStart!: string | null;

  @Field(() => DateScalar, { nullable: true, description: '下次应训截止日 (last day by which the next qualifying training must end; null once a one-off requirement is met)' })
  nextDueBy!: string | null;

  @Field(() => ComplianceColour, { nullable: true, description: '预警颜色 (GREEN, YELLOW within the warning months, RED overdue; null for SHARE rules, judged over the population)' })
  colour!: ComplianceColour | null;

  @Field(() => [String], { description: '说明 (reasons in words, for display)' })
  reasons!: string[];
}

/** One group of a coverage summary. */
@ObjectType('CoverageSummaryGroup', { description: '覆盖汇总分组 (counts of one rule\'s population for one group)', simpleResolvers: true })
export class CoverageSummaryGroup {
  @Field(() => String, { nullable: true, description: '分组代码 (region code, unit id, category or sector; null for the total)' })
  key!: string | null;

  @Field(() => String, { nullable: true, description: '分组名称 (label; null for the total)' })
  label!: string | null;

  @Field(() => Int, { description: '应训人数 (cadres the rule applies to)' })
  population!: number;

  @Field(() => Int, { description: '本周期已参训 (trained within the current cycle)' })
  met!: number;

  @Field(() => Int, { description: '待参训 (not yet, deadline not passed)' })
  due!: number;

  @Field(() => Int, { description: '逾期未训 (deadline passed)' })
  overdue!: number;

  @Field(() => Int, { description: '绿色人数 (per-person rules; 0 for SHARE rules)' })
  green!: number;

  @Field(() => Int, { description: '黄色人数 (due within the warning months)' })
  yellow!: number;

  @Field(() => Int, { description: '红色人数 (overdue)' })
  red!: number;

  @Field(() => Float, { description: '参训比例 (met ÷ population, 0–1, four places; 0 when empty)' })
  metShare!: number;

  @Field(() => Boolean, { nullable: true, description: '达到比例要求 (SHARE rules: met ≥ shareMin × population, exactly; null for per-person rules or an empty group)' })
  shareReached!: boolean | null;
}

/** 覆盖汇总. */
@ObjectType('CoverageSummary', { description: '培训覆盖汇总 (one rule\'s population, met, due and overdue per group, in your scope)', simpleResolvers: true })
export class CoverageSummary {
  @Field(() => DateScalar, { description: '统计日期 (as of)' })
  asOf!: string;

  @Field(() => ComplianceGroupBy, { description: '汇总维度 (dimension grouped by)' })
  groupBy!: ComplianceGroupBy;

  @Field(() => CoverageRule, { description: '规则 (the version in force on asOf)' })
  rule!: CoverageRule;

  @Field(() => CoverageSummaryGroup, { description: '合计 (everyone the rule applies to in your scope)' })
  total!: CoverageSummaryGroup;

  @Field(() => [CoverageSummaryGroup], { description: '分组 (one entry per group, by key)' })
  groups!: CoverageSummaryGroup[];
}
