import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../core/scalars';
import { CadreGroup, ComplianceColour, ComplianceGroupBy, ComplianceView, GroupBasis, SatisfiedBy } from '../modules/rules/compliance.enums';

/** 集中培训达标情况: centralized training in the counting window. */
@ObjectType('CentralizedTrainingStatus', { description: '集中培训达标情况 (centralized training against the requirement)', simpleResolvers: true })
export class CentralizedTrainingStatus {
  @Field(() => Float, { nullable: true, description: '要求学时 (hours required in the window; null when the rule sets none)' })
  requiredHours!: number | null;

  @Field(() => Float, { nullable: true, description: '要求天数 (days required, the alternative to hours; null when the rule sets none)' })
  requiredDays!: number | null;

  @Field(() => Float, { description: '已完成学时 (credited centralized hours in the window)' })
  hours!: number;

  @Field(() => Float, { description: '已完成天数 (centralized training days in the window)' })
  days!: number;

  @Field(() => Float, { description: '尚差学时 (hours still missing; 0 once either alternative is met)' })
  remainingHours!: number;

  @Field(() => Float, { description: '尚差天数 (days still missing; 0 once either alternative is met)' })
  remainingDays!: number;

  @Field(() => SatisfiedBy, { nullable: true, description: '达标方式 (which alternative satisfies it; null while unmet)' })
  satisfiedBy!: SatisfiedBy | null;

  @Field({ description: '是否达标 (whether the requirement is met)' })
  met!: boolean;

  @Field(() => DateScalar, { description: '统计起始日 (first day of the counting window)' })
  windowStart!: string;

  @Field(() => DateScalar, { description: '统计截止日 (last day of the counting window or period)' })
  windowEnd!: string;

  @Field(() => DateScalar, { description: '完成期限 (deadline: the end of the plan period or year; one year after appointment for a newly promoted cadre when later)' })
  deadline!: string;

  @Field(() => String, { nullable: true, description: '规划期 (the plan period the window follows, e.g. 2024-2028; null in the rolling view)' })
  planPeriod!: string | null;

  @Field(() => Float, {
    description: '折算比例 (share of the plan period the cadre is in group A: 1, or for a cadre who reached group A\'s levels within the period the days from then to its end ÷ the period\'s days; the requirement is scaled by it, to one decimal)',
  })
  periodShare!: number;

  @Field(() => Float, { description: '完成进度 (share of the requirement done: the better of hours and days, 0 upwards)' })
  progress!: number;

  @Field(() => Float, { description: '应完成进度 (share due by now on a straight line from paceFrom to the deadline, 0–1)' })
  expectedProgress!: number;

  @Field(() => DateScalar, { description: '进度起算日 (where the pace line starts: the window start, the day the cadre reached group A\'s levels, or the appointment of a promoted cadre)' })
  paceFrom!: string;

  @Field({ description: '新提任未达标 (promoted within the grace period before meeting the requirement)' })
  promoted!: boolean;

  @Field(() => ComplianceColour, { description: '预警颜色 (colour of this requirement)' })
  colour!: ComplianceColour;
}

/** 网络自学达标情况: self-study hours this year from recognised platforms. */
@ObjectType('SelfStudyStatus', { description: '网络自学达标情况 (online self-study against the yearly requirement)', simpleResolvers: true })
export class SelfStudyStatus {
  @Field(() => Float, { nullable: true, description: '要求学时 (hours required this period)' })
  requiredHours!: number | null;

  @Field(() => Float, { description: '已完成学时 (credited self-study hours, recognised platforms only)' })
  hours!: number;

  @Field(() => Float, { description: '尚差学时 (hours still missing)' })
  remainingHours!: number;

  @Field({ description: '是否达标 (whether the requirement is met)' })
  met!: boolean;

  @Field(() => DateScalar, { description: '统计起始日 (first day of the period)' })
  windowStart!: string;

  @Field(() => DateScalar, { description: '统计截止日 (last day of the period, also the deadline)' })
  windowEnd!: string;

  @Field(() => Float, { description: '完成进度 (share of the requirement done)' })
  progress!: number;

  @Field(() => Float, { description: '应完成进度 (share due by now on a straight line through the year, 0–1)' })
  expectedProgress!: number;

  @Field(() => ComplianceColour, { description: '预警颜色 (colour of this requirement)' })
  colour!: ComplianceColour;
}

/** 系统理论培训: principal leaders and young cadres, at least once per cycle. */
@ObjectType('TheoryTrainingStatus', { description: '系统理论培训情况 (systematic theory training of principal leaders and young cadres)', simpleResolvers: true })
export class TheoryTrainingStatus {
  @Field(() => Int, { description: '周期年数 (the cycle: at least once every this many years)' })
  cycleYears!: number;

  @Field(() => DateScalar, { nullable: true, description: '最近一次完成日期 (when the last qualifying training ended)' })
  lastCompletedAt!: string | null;

  @Field(() => DateScalar, { nullable: true, description: '下次应训截止日 (the last day the previous training covers)' })
  dueBy!: string | null;

  @Field({ description: '是否在周期内 (trained within the current cycle)' })
  met!: boolean;

  @Field(() => ComplianceColour, { description: '预警颜色 (colour of this requirement)' })
  colour!: ComplianceColour;
}

/** 学时达标情况 of one cadre on one date. */
@ObjectType('CadreCompliance', { description: '干部学时达标情况 (a cadre\'s training-hours compliance on a date)', simpleResolvers: true })
export class CadreCompliance {
  cadreId!: number;

  @Field(() => DateScalar, { description: '统计日期 (the date it is computed for)' })
  asOf!: string;

  @Field(() => ComplianceView, { description: '统计口径 (plan period or rolling five years)' })
  view!: ComplianceView;

  @Field(() => CadreGroup, { description: '学时要求分组 (the cadre\'s group in the hours table)' })
  cadreGroup!: CadreGroup;

  @Field(() => GroupBasis, { description: '分组依据 (RANK when the rank table placed the cadre in another group than its category would — 附件1\'s notes — else CATEGORY)' })
  groupBasis!: GroupBasis;

  @Field(() => ComplianceColour, { description: '综合预警颜色 (overall colour: the worst of the requirements)' })
  colour!: ComplianceColour;

  @Field(() => DateScalar, { nullable: true, description: '最近期限 (the nearest deadline among unmet requirements)' })
  deadline!: string | null;

  @Field(() => CentralizedTrainingStatus, { nullable: true, description: '集中培训 (centralized training; null when no rule applies)' })
  centralized!: CentralizedTrainingStatus | null;

  @Field(() => SelfStudyStatus, { nullable: true, description: '网络自学 (online self-study; null when no rule applies)' })
  selfStudy!: SelfStudyStatus | null;

  @Field(() => TheoryTrainingStatus, { nullable: true, description: '系统理论培训 (only for principal leaders and young cadres)' })
  theoryTraining!: TheoryTrainingStatus | null;

  @Field(() => [String], { description: '说明 (reasons in words, for display)' })
  reasons!: string[];
}

/** One bucket of a learning map. */
@ObjectType('LearningMapBucket', { description: '学习图谱分项 (hours of one year, mode, category or theme)', simpleResolvers: true })
export class LearningMapBucket {
  @Field({ description: '分项代码 (the year, enum value or theme)' })
  key!: string;

  @Field({ description: '分项名称 (label in Chinese)' })
  label!: string;

  @Field(() => Float, { description: '认定学时 (credited hours)' })
  hours!: number;

  @Field(() => Int, { description: '记录数 (number of training records)' })
  records!: number;
}

/** 学习图谱 of one cadre. Courses and institutions resolve in CadreComplianceResolver. */
@ObjectType('LearningMap', { description: '学习图谱 (a cadre\'s learning map over a date range)', simpleResolvers: true })
export class LearningMap {
  cadreId!: number;
  courseIds!: number[];
  institutionIds!: number[];

  @Field(() => DateScalar, { description: '起始日期 (first day of the range)' })
  from!: string;

  @Field(() => DateScalar, { description: '截止日期 (last day of the range)' })
  to!: string;

  @Field(() => Float, { description: '认定学时合计 (total credited hours)' })
  totalHours!: number;

  @Field(() => [LearningMapBucket], { description: '按年度 (hours by year the training started)' })
  byYear!: LearningMapBucket[];

  @Field(() => [LearningMapBucket], { description: '按课程类别 (hours by course category; UNCLASSIFIED when no course is known)' })
  byCategory!: LearningMapBucket[];

  @Field(() => [LearningMapBucket], { description: '按培训形式 (hours by mode)' })
  byMode!: LearningMapBucket[];

  @Field(() => [LearningMapBucket], { description: '按案例主题 (hours by theme of the cases the courses use)' })
  byTheme!: LearningMapBucket[];
}

/** One group of a compliance summary. */
@ObjectType('ComplianceSummaryGroup', { description: '达标汇总分组 (counts per colour for one group)', simpleResolvers: true })
export class ComplianceSummaryGroup {
  @Field(() => String, { nullable: true, description: '分组代码 (region code, unit id, category or sector; null for the total)' })
  key!: string | null;

  @Field(() => String, { nullable: true, description: '分组名称 (label; null for the total)' })
  label!: string | null;

  @Field(() => Int, { description: '干部数 (cadres counted)' })
  total!: number;

  @Field(() => Int, { description: '绿色人数 (cadres on track)' })
  green!: number;

  @Field(() => Int, { description: '黄色人数 (cadres behind)' })
  yellow!: number;

  @Field(() => Int, { description: '红色人数 (cadres far behind or overdue)' })
  red!: number;

  @Field(() => Float, { description: '绿色占比 (share of green, 0–1; 0 when the group is empty)' })
  greenRate!: number;

  @Field(() => Float, { description: '黄色占比 (share of yellow, 0–1)' })
  yellowRate!: number;

  @Field(() => Float, { description: '红色占比 (share of red, 0–1)' })
  redRate!: number;
}

/** 达标汇总. */
@ObjectType('ComplianceSummary', { description: '学时达标汇总 (compliance counts and rates, in your scope)', simpleResolvers: true })
export class ComplianceSummary {
  @Field(() => DateScalar, { description: '统计日期 (as of)' })
  asOf!: string;

  @Field(() => ComplianceGroupBy, { description: '汇总维度 (dimension grouped by)' })
  groupBy!: ComplianceGroupBy;

  @Field(() => ComplianceSummaryGroup, { description: '合计 (all cadres counted)' })
  total!: ComplianceSummaryGroup;

  @Field(() => [ComplianceSummaryGroup], { description: '分组 (one entry per group, by key)' })
  groups!: ComplianceSummaryGroup[];
}

/** 学时规则 version, as read. */
@ObjectType('ComplianceRule', { description: '学时规则版本 (one version of a compliance rule)', simpleResolvers: true })
export class ComplianceRule {
  @Field(() => ID, { description: '全局标识 (opaque global id)' })
  id!: string;

  @Field({ description: '规则种类 (CENTRALIZED, SELF_STUDY or THEORY_CYCLE)' })
  code!: string;

  @Field(() => CadreGroup, { description: '适用分组 (group it applies to)' })
  cadreGroup!: CadreGroup;

  @Field(() => Float, { nullable: true, description: '最低学时 (minimum hours)' })
  minHours!: number | null;

  @Field(() => Float, { nullable: true, description: '最低天数 (minimum days, the alternative)' })
  minDays!: number | null;

  @Field({ description: '考核周期 (ROLLING_YEARS, CALENDAR_YEAR or PLAN_PERIOD)' })
  periodKind!: string;

  @Field(() => Int, { description: '周期年数 (period length in years)' })
  periodYears!: number;

  @Field(() => [String], { description: '计入的培训形式 (training modes that count)' })
  modes!: string[];

  @Field({ description: '仅认可平台 (only recognised platforms count)' })
  recognisedOnly!: boolean;

  @Field(() => [String], { description: '计入的班次类型 (class kinds that count, theory cycle only)' })
  classKinds!: string[];

  @Field(() => Int, { nullable: true, description: '新提任宽限月数 (months after appointment a promoted cadre has)' })
  promotionGraceMonths!: number | null;

  @Field(() => Float, { description: '黄色阈值 (YELLOW when the share done lags the share due by now by more than this share of the requirement)' })
  yellowBehind!: number;

  @Field(() => Float, { description: '红色阈值 (RED when it lags by more than this share, or the deadline has passed unmet)' })
  redBehind!: number;

  @Field(() => DateScalar, { description: '生效日期 (in force from)' })
  validFrom!: string;

  @Field(() => DateScalar, { nullable: true, description: '失效日期 (in force until, exclusive; null while current)' })
  validTo!: string | null;

  @Field(() => String, { nullable: true, description: '说明 (note)' })
  note!: string | null;
}

/** 学时折算规则 version, as read. */
@ObjectType('HoursConversion', { description: '学时折算规则版本 (one version of an hours conversion rule)', simpleResolvers: true })
export class HoursConversion {
  @Field(() => ID, { description: '全局标识 (opaque global id)' })
  id!: string;

  @Field({ description: '折算项 (FULL_DAY, HALF_DAY or CENTER_GROUP_SESSION)' })
  code!: string;

  @Field(() => Float, { description: '折算学时 (credited hours per unit)' })
  creditedHours!: number;

  @Field(() => Float, { nullable: true, description: '单次上限 (cap per event)' })
  capPerEvent!: number | null;

  @Field(() => DateScalar, { description: '生效日期 (in force from)' })
  validFrom!: string;

  @Field(() => DateScalar, { nullable: true, description: '失效日期 (in force until, exclusive)' })
  validTo!: string | null;
}
