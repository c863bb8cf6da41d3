import { defineEnum } from '../core/enums';

/** 统计指标: what a statistics row measures. */
export enum StatisticsMeasure {
  HOURS = 'HOURS',
  DAYS = 'DAYS',
  PEOPLE = 'PEOPLE',
  RECORDS = 'RECORDS',
  AVERAGE_HOURS_PER_CADRE = 'AVERAGE_HOURS_PER_CADRE',
}
defineEnum(StatisticsMeasure, 'StatisticsMeasure', '统计指标 (measure of training statistics)', {
  HOURS: '认定学时合计',
  DAYS: '培训天数合计',
  PEOPLE: '参训人数（去重）',
  RECORDS: '培训记录条数',
  AVERAGE_HOURS_PER_CADRE: '人均认定学时',
});

/** 统计维度: what training statistics are grouped by. */
export enum StatisticsDimension {
  REGION = 'REGION',
  UNIT = 'UNIT',
  CATEGORY = 'CATEGORY',
  SECTOR = 'SECTOR',
  MODE = 'MODE',
  YEAR = 'YEAR',
  QUARTER = 'QUARTER',
  INSTITUTION = 'INSTITUTION',
  CLASS_KIND = 'CLASS_KIND',
}
defineEnum(StatisticsDimension, 'StatisticsDimension', '统计维度 (dimension of training statistics)', {
  REGION: '按干部所在行政区划',
  UNIT: '按干部所在单位',
  CATEGORY: '按干部类别',
  SECTOR: '按行业系统',
  MODE: '按培训形式',
  YEAR: '按年度（结束日期）',
  QUARTER: '按季度（结束日期）',
  INSTITUTION: '按培训机构（班次所属）',
  CLASS_KIND: '按班次类型',
});

/** 调训统计维度: what assignment statistics are grouped by. */
export enum AssignmentStatisticsDimension {
  REGION = 'REGION',
  UNIT = 'UNIT',
  YEAR = 'YEAR',
  INSTITUTION = 'INSTITUTION',
}
defineEnum(AssignmentStatisticsDimension, 'AssignmentStatisticsDimension', '调训统计维度 (dimension of assignment statistics)', {
  REGION: '按干部所在行政区划',
  UNIT: '按干部所在单位',
  YEAR: '按年度（班次开班日期）',
  INSTITUTION: '按培训机构',
});
