import type { ComplianceRow, ComplianceViewName } from './compliance.repository';
import { ENUM_CATALOG } from '../core/enums';
import type { CadreGroup, ComplianceColour, ComplianceView, GroupBasis, SatisfiedBy } from '../modules/rules/compliance.enums';
import type { CadreCompliance } from './compliance.types';

/** Hours and days are decimals with one place; sums of them must not show floating-point noise. */
function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

function fmt(n: number): string {
  return String(round1(n));
}

/** A share as a percentage with at most one decimal. */
function pct(n: number): string {
  return `${Math.round(n * 1000) / 10}%`;
}

function share(n: number | null): number {
  return n === null ? 0 : Math.round(n * 10000) / 10000;
}

function enumLabel(enumName: string, value: string): string {
  return ENUM_CATALOG.get(enumName)?.values.find((v) => v.value === value)?.label ?? value;
}

/** Why the cadre is in its group: the rank table (附件1's notes) or the category. */
function groupReason(row: ComplianceRow): string {
  const group = row.cadreGroup === 'A' ? '甲类' : '乙类';
  if (row.groupBasis === 'RANK') {
    return `分组：职级“${enumLabel('CadreRank', row.rank)}”归${group}（附件1注：四级调研员及相当层次以上职级，含同时担任乡科级党政领导职务的干部） (group ${row.cadreGroup} by rank)`;
  }
  return `分组：干部类别“${enumLabel('CadreCategory', row.category)}”归${group} (group ${row.cadreGroup} by category)`;
}

/** Where the cadre stands against the pace line, for an unmet requirement. */
function paceReason(progress: number | null, expected: number | null, from: string | null, to: string | null): string {
  return `按进度（${from} 至 ${to}）截至统计日应完成${pct(expected ?? 0)}，已完成${pct(Math.min(progress ?? 0, 1))} (pace: ${pct(expected ?? 0)} due by now, ${pct(Math.min(progress ?? 0, 1))} done)`;
}

/** The centralized requirement (集中培训) and its reasons; null when no rule applies to the cadre's group. */
function presentCentralized(row: ComplianceRow, reasons: string[]): CadreCompliance['centralized'] {
  if (row.centralizedRuleId === null) return null;
  const met = row.centralizedMet;
  const remainingHours = met || row.centralizedMinHours === null ? 0 : round1(Math.max(row.centralizedMinHours - row.centralizedHours, 0));
  const remainingDays = met || row.centralizedMinDays === null ? 0 : round1(Math.max(row.centralizedMinDays - row.centralizedDays, 0));
  const period = row.planPeriodCode ? `规划期（${row.planPeriodCode}）` : '';
  const done = `${period}${row.centralizedWindowStart} 至 ${row.centralizedWindowEnd}累计${fmt(row.centralizedHours)}学时、${fmt(row.centralizedDays)}天`;
  const need = [row.centralizedMinHours !== null ? `${fmt(row.centralizedMinHours)}学时` : null, row.centralizedMinDays !== null ? `${fmt(row.centralizedMinDays)}天` : null]
    .filter(Boolean)
    .join('或');
  const periodShare = share(row.centralizedShare ?? 1);
  if (periodShare < 1) {
    reasons.push(`${row.centralizedPaceFrom}起进入甲类，规划期要求按${pct(periodShare)}折算为${need} (entered group A within the plan period: requirement prorated to ${pct(periodShare)})`);
  }
  if (met) {
    const byHours = row.centralizedSatisfiedBy === 'HOURS';
    reasons.push(`集中培训已达标：${done}，按${byHours ? '学时' : '天数'}满足${need}的要求 (centralized training met by ${byHours ? 'hours' : 'days'})`);
  } else {
    reasons.push(
      `集中培训未达标：${done}，要求${need}，尚差${fmt(remainingHours)}学时或${fmt(remainingDays)}天 (centralized training short by ${fmt(remainingHours)} h or ${fmt(remainingDays)} days)`,
    );
    reasons.push(paceReason(row.centralizedProgress, row.centralizedExpected, row.centralizedPaceFrom, row.centralizedDeadline));
    if (row.centralizedPromoted) {
      reasons.push(`新提任干部须在任职后一年内达标，期限${row.centralizedDeadline} (promoted cadre: due within one year of appointment, by ${row.centralizedDeadline})`);
    } else reasons.push(`完成期限${row.centralizedDeadline} (deadline ${row.centralizedDeadline})`);
  }
  return {
    requiredHours: row.centralizedMinHours,
    requiredDays: row.centralizedMinDays,
    hours: round1(row.centralizedHours),
    days: round1(row.centralizedDays),
    remainingHours,
    remainingDays,
    satisfiedBy: row.centralizedSatisfiedBy as SatisfiedBy | null,
    met,
    windowStart: row.centralizedWindowStart!,
    windowEnd: row.centralizedWindowEnd!,
    deadline: row.centralizedDeadline!,
    planPeriod: row.planPeriodCode,
    periodShare,
    progress: share(row.centralizedProgress),
    expectedProgress: share(row.centralizedExpected),
    paceFrom: row.centralizedPaceFrom!,
    promoted: row.centralizedPromoted,
    colour: row.centralizedColour as ComplianceColour,
  };
}

/** The online self-study requirement (网络自学) and its reason; null when no rule applies. */
function presentSelfStudy(row: ComplianceRow, reasons: string[]): CadreCompliance['selfStudy'] {
  if (row.selfStudyRuleId === null) return null;
  const remainingHours = row.selfStudyMet || row.selfStudyMinHours === null ? 0 : round1(Math.max(row.selfStudyMinHours - row.selfStudyHours, 0));
  reasons.push(
    row.selfStudyMet
      ? `网络自学已达标：${row.selfStudyWindowStart} 至 ${row.selfStudyWindowEnd}认可平台${fmt(row.selfStudyHours)}学时 (self-study met: ${fmt(row.selfStudyHours)} h from recognised platforms)`
      : `网络自学未达标：认可平台${fmt(row.selfStudyHours)}学时，要求${fmt(row.selfStudyMinHours ?? 0)}学时，尚差${fmt(remainingHours)}学时，期限${row.selfStudyWindowEnd}；未认可平台的学时不计入 (self-study short by ${fmt(remainingHours)} h; unrecognised platforms do not count)`,
  );
  if (!row.selfStudyMet) reasons.push(paceReason(row.selfStudyProgress, row.selfStudyExpected, row.selfStudyWindowStart, row.selfStudyWindowEnd));
  return {
    requiredHours: row.selfStudyMinHours,
    hours: round1(row.selfStudyHours),
    remainingHours,
    met: row.selfStudyMet,
    windowStart: row.selfStudyWindowStart!,
    windowEnd: row.selfStudyWindowEnd!,
    progress: share(row.selfStudyProgress),
    expectedProgress: share(row.selfStudyExpected),
    colour: row.selfStudyColour as ComplianceColour,
  };
}

/** The theory-training cycle (系统理论培训) and its reason; null when the cadre is not required to take it. */
function presentTheory(row: ComplianceRow, reasons: string[]): CadreCompliance['theoryTraining'] {
  if (!row.theoryRequired) return null;
  const { theoryCycleYears: years, theoryLastCompletedAt: last, theoryDueBy: due } = row;
  if (row.theoryMet) reasons.push(`系统理论培训在周期内：最近一次${last}，下次不晚于${due} (theory training within the ${years}-year cycle)`);
  else if (last) reasons.push(`系统理论培训已超期：最近一次${last}，应于${due}前再次参训 (theory training overdue since ${due})`);
  else reasons.push(`尚无系统理论培训记录，须每${years}年至少参加1次${due ? `，期限${due}` : ''} (no systematic theory training on record)`);
  return { cycleYears: years!, lastCompletedAt: last, dueBy: due, met: row.theoryMet, colour: row.theoryColour as ComplianceColour };
}

/** Shapes the engine's row for the API and words the reasons a front end shows. No rule logic here. */
export function presentCompliance(row: ComplianceRow, asOf: string, view: ComplianceViewName = 'PLAN_PERIOD'): CadreCompliance {
  const reasons: string[] = [groupReason(row)];
  const centralized = presentCentralized(row, reasons);
  const selfStudy = presentSelfStudy(row, reasons);
  const theoryTraining = presentTheory(row, reasons);
  return {
    cadreId: row.cadreId,
    asOf,
    view: view as ComplianceView,
    cadreGroup: row.cadreGroup as CadreGroup,
    groupBasis: row.groupBasis as GroupBasis,
    colour: row.colour,
    deadline: row.deadline,
    centralized,
    selfStudy,
    theoryTraining,
    reasons,
  };
}
