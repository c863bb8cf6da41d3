import type { ComplianceRow } from './compliance.repository';
import type { CadreGroup, ComplianceColour, SatisfiedBy } from '../modules/rules/compliance.enums';
import type { CadreCompliance } from './compliance.types';

/** Hours and days are decimals with one place; sums of them must not show floating-point noise. */
function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

function fmt(n: number): string {
  return String(round1(n));
}

/** Shapes the engine's row for the API and words the reasons a front end shows. No rule logic here. */
export function presentCompliance(row: ComplianceRow, asOf: string): CadreCompliance {
  const reasons: string[] = [];
  let centralized: CadreCompliance['centralized'] = null;
  if (row.cRuleId !== null) {
    const met = row.cMet;
    const remainingHours = met || row.cMinHours === null ? 0 : round1(Math.max(row.cMinHours - row.cHours, 0));
    const remainingDays = met || row.cMinDays === null ? 0 : round1(Math.max(row.cMinDays - row.cDays, 0));
    centralized = {
      requiredHours: row.cMinHours,
      requiredDays: row.cMinDays,
      hours: round1(row.cHours),
      days: round1(row.cDays),
      remainingHours,
      remainingDays,
      satisfiedBy: row.cSatisfiedBy as SatisfiedBy | null,
      met,
      windowStart: row.cWindowStart!,
      windowEnd: row.cWindowEnd!,
      deadline: row.cDeadline!,
      promoted: row.cPromoted,
      colour: row.cColour as ComplianceColour,
    };
    const window = `${row.cWindowStart} 至 ${row.cWindowEnd}`;
    const need = [row.cMinHours !== null ? `${fmt(row.cMinHours)}学时` : null, row.cMinDays !== null ? `${fmt(row.cMinDays)}天` : null].filter(Boolean).join('或');
    if (met) {
      reasons.push(
        `集中培训已达标：${window}累计${fmt(row.cHours)}学时、${fmt(row.cDays)}天，按${row.cSatisfiedBy === 'HOURS' ? '学时' : '天数'}满足${need}的要求 (centralized training met by ${row.cSatisfiedBy === 'HOURS' ? 'hours' : 'days'})`,
      );
    } else {
      reasons.push(
        `集中培训未达标：${window}累计${fmt(row.cHours)}学时、${fmt(row.cDays)}天，要求${need}，尚差${fmt(remainingHours)}学时或${fmt(remainingDays)}天 (centralized training short by ${fmt(remainingHours)} h or ${fmt(remainingDays)} days)`,
      );
      if (row.cPromoted) reasons.push(`新提任干部须在任职后一年内达标，期限${row.cDeadline} (promoted cadre: due within one year of appointment, by ${row.cDeadline})`);
      else reasons.push(`完成期限${row.cDeadline} (deadline ${row.cDeadline})`);
    }
  }

  let selfStudy: CadreCompliance['selfStudy'] = null;
  if (row.sRuleId !== null) {
    const remainingHours = row.sMet || row.sMinHours === null ? 0 : round1(Math.max(row.sMinHours - row.sHours, 0));
    selfStudy = {
      requiredHours: row.sMinHours,
      hours: round1(row.sHours),
      remainingHours,
      met: row.sMet,
      windowStart: row.sWindowStart!,
      windowEnd: row.sWindowEnd!,
      colour: row.sColour as ComplianceColour,
    };
    reasons.push(
      row.sMet
        ? `网络自学已达标：${row.sWindowStart} 至 ${row.sWindowEnd}认可平台${fmt(row.sHours)}学时 (self-study met: ${fmt(row.sHours)} h from recognised platforms)`
        : `网络自学未达标：认可平台${fmt(row.sHours)}学时，要求${fmt(row.sMinHours ?? 0)}学时，尚差${fmt(remainingHours)}学时，期限${row.sWindowEnd}；未认可平台的学时不计入 (self-study short by ${fmt(remainingHours)} h; unrecognised platforms do not count)`,
    );
  }

  let theoryTraining: CadreCompliance['theoryTraining'] = null;
  if (row.tRequired) {
    theoryTraining = { cycleYears: row.tYears!, lastCompletedAt: row.tLast, dueBy: row.tDue, met: row.tMet, colour: row.tColour as ComplianceColour };
    if (row.tMet) reasons.push(`系统理论培训在周期内：最近一次${row.tLast}，下次不晚于${row.tDue} (theory training within the ${row.tYears}-year cycle)`);
    else if (row.tLast) reasons.push(`系统理论培训已超期：最近一次${row.tLast}，应于${row.tDue}前再次参训 (theory training overdue since ${row.tDue})`);
    else reasons.push(`尚无系统理论培训记录，须每${row.tYears}年至少参加1次${row.tDue ? `，期限${row.tDue}` : ''} (no systematic theory training on record)`);
  }

  return {
    cadreId: row.cadreId,
    asOf,
    cadreGroup: row.cadreGroup as CadreGroup,
    colour: row.colour,
    deadline: row.deadline,
    centralized,
    selfStudy,
    theoryTraining,
    reasons,
  };
}
