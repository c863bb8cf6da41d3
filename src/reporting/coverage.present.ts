import { toGlobalId } from '../core/read/ids';
import type { ComplianceColour } from '../modules/rules/compliance.enums';
import type { CoverageStatus } from '../modules/rules/coverage.enums';
import type { CoverageRow } from './coverage.repository';
import type { CadreCoverage, CoverageRule } from './coverage.types';

/** A rule version's row (RULE_COLUMNS, from SQL or JSON) as the API type. */
export function presentCoverageRule(r: Record<string, unknown>): CoverageRule {
  const share = r.shareMin;
  return { ...(r as unknown as CoverageRule), id: toGlobalId('CoverageRule', r.id as number), shareMin: share === null || share === undefined ? null : Number(share) };
}

/** The reasons a front end shows for one (cadre, rule): what was found, what is asked, by when. No rule logic here. */
function reasonsOf(row: CoverageRow, rule: CoverageRule): string[] {
  const last = row.lastQualifyingEnd;
  const due = row.dueDate;
  const head = `${rule.name}（${rule.basis}）`;
  const reasons: string[] = [];
  if (row.status === 'MET') {
    reasons.push(
      due
        ? `${head}：本周期已参训，最近一次${last}结束，下次不晚于${due} (trained in this cycle, last on ${last}; next due by ${due})`
        : `${head}：已完成，${last}结束 (done: the qualifying training ended on ${last})`,
    );
  } else if (row.status === 'DUE') {
    const previous = last ? `最近一次${last}结束，` : '尚无合格培训记录，';
    reasons.push(`${head}：本周期尚未参训，${previous}期限${due} (not yet trained in this cycle${last ? `, last on ${last}` : ', none on record'}; due by ${due})`);
  } else {
    reasons.push(`${head}：已逾期，应于${due}前参训，${last ? `最近一次${last}结束` : '尚无合格培训记录'} (overdue since ${due}${last ? `, last on ${last}` : ', none on record'})`);
  }
  if (rule.kind === 'SHARE') {
    reasons.push(`按人群比例考核（不少于${Math.round((rule.shareMin ?? 0) * 1000) / 10}%），个人不分色 (judged as a share of the population: no colour per person)`);
  } else if (row.colour === 'YELLOW') {
    reasons.push(`距期限不足${rule.warnMonths}个月 (due within ${rule.warnMonths} months)`);
  }
  return reasons;
}

/** Shapes the engine's row for the API. */
export function presentCoverage(row: CoverageRow): CadreCoverage {
  const rule = presentCoverageRule(row.rule!);
  return {
    rule,
    lastRecordId: row.lastRecordId,
    status: row.status as CoverageStatus,
    trained: row.met,
    lastQualifyingAt: row.lastQualifyingEnd,
    cycleStart: row.windowStart,
    nextDueBy: row.dueDate,
    colour: row.colour as ComplianceColour | null,
    reasons: reasonsOf(row, rule),
  };
}
