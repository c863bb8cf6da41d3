import { defineEnum } from '../../core/enums';

export enum ComplianceColour {
  GREEN = 'GREEN',
  YELLOW = 'YELLOW',
  RED = 'RED',
}
defineEnum(ComplianceColour, 'ComplianceColour', '分色预警 (colour warning: on track, behind, far behind or overdue)', {
  GREEN: '绿色：进度正常或已达标',
  YELLOW: '黄色：进度滞后',
  RED: '红色：严重滞后或逾期未达标',
});

/** The plan's two groups of cadre categories (附件1). */
export enum CadreGroup {
  A = 'A',
  B = 'B',
  ALL = 'ALL',
}
defineEnum(CadreGroup, 'CadreGroup', '学时要求分组 (cadre group in the hours table)', {
  A: '甲类：县处级以上等，5年累计要求',
  B: '乙类：乡科级及以下等，每年要求',
  ALL: '全部干部',
});

export enum RuleCode {
  CENTRALIZED = 'CENTRALIZED',
  SELF_STUDY = 'SELF_STUDY',
  THEORY_CYCLE = 'THEORY_CYCLE',
}
defineEnum(RuleCode, 'ComplianceRuleCode', '学时规则种类 (kind of compliance rule)', {
  CENTRALIZED: '集中培训学时或天数',
  SELF_STUDY: '网络自学学时',
  THEORY_CYCLE: '一把手和年轻干部系统理论培训周期',
});

export enum PeriodKind {
  ROLLING_YEARS = 'ROLLING_YEARS',
  CALENDAR_YEAR = 'CALENDAR_YEAR',
  PLAN_PERIOD = 'PLAN_PERIOD',
}
defineEnum(PeriodKind, 'CompliancePeriodKind', '考核周期 (how the counting window is drawn)', {
  ROLLING_YEARS: '滚动年限（截至查询日的最近N年）',
  CALENDAR_YEAR: '自然年度',
  PLAN_PERIOD: '规划期（查询日所在的规划期，如2024—2028年；无规划期时按滚动年限）',
});

/** How a query reads PLAN_PERIOD rules. */
export enum ComplianceView {
  PLAN_PERIOD = 'PLAN_PERIOD',
  ROLLING = 'ROLLING',
}
defineEnum(ComplianceView, 'ComplianceView', '统计口径 (how group A\'s five-year requirement is windowed)', {
  PLAN_PERIOD: '按规划期（默认）：2024—2028年累计，规划期内进入甲类的按比例折算',
  ROLLING: '按滚动五年：截至统计日的最近5年',
});

/** What placed a cadre in its group (附件1 and its notes). */
export enum GroupBasis {
  RANK = 'RANK',
  CATEGORY = 'CATEGORY',
}
defineEnum(GroupBasis, 'CadreGroupBasis', '分组依据 (what placed the cadre in its group)', {
  RANK: '按职级（四级调研员及相当层次以上职级、县处级以上职务职级归甲类，附件1注）',
  CATEGORY: '按干部类别',
});

export enum SatisfiedBy {
  HOURS = 'HOURS',
  DAYS = 'DAYS',
}
defineEnum(SatisfiedBy, 'SatisfiedBy', '达标方式 (which alternative satisfies the requirement)', {
  HOURS: '按学时达标',
  DAYS: '按天数达标',
});

export enum ComplianceGroupBy {
  REGION = 'REGION',
  UNIT = 'UNIT',
  CATEGORY = 'CATEGORY',
  SECTOR = 'SECTOR',
}
defineEnum(ComplianceGroupBy, 'ComplianceGroupBy', '汇总维度 (dimension of a compliance summary)', {
  REGION: '按行政区划',
  UNIT: '按单位',
  CATEGORY: '按干部类别',
  SECTOR: '按行业系统',
});

export enum ConversionCode {
  FULL_DAY = 'FULL_DAY',
  HALF_DAY = 'HALF_DAY',
  CENTER_GROUP_SESSION = 'CENTER_GROUP_SESSION',
}
defineEnum(ConversionCode, 'HoursConversionCode', '学时折算规则 (hours conversion rule)', {
  FULL_DAY: '脱产培训1天',
  HALF_DAY: '脱产培训半天',
  CENTER_GROUP_SESSION: '中心组集体学习1次',
});
