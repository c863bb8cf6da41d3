import { defineEnum } from '../../core/enums';
import { ConflictError } from '../../core/errors';
import { ReviewStatus } from './course.enums';

/** 审核流程 actions shared by courses and cases: 制作 → 审核 → 发布 → 更新 / 下线. */
export enum ReviewAction {
  SUBMIT = 'SUBMIT',
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
  PUBLISH = 'PUBLISH',
  RETIRE = 'RETIRE',
  REVISE = 'REVISE',
}
defineEnum(ReviewAction, 'ReviewAction', '审核操作 (review workflow action)', {
  SUBMIT: '提交审核',
  APPROVE: '审核通过',
  REJECT: '退回修改',
  PUBLISH: '发布',
  RETIRE: '下线',
  REVISE: '修订(回到制作)',
});

/** The legal transitions, as data: action → (allowed from-statuses, resulting status). */
export const REVIEW_TRANSITIONS: Readonly<Record<ReviewAction, { from: readonly ReviewStatus[]; to: ReviewStatus }>> = {
  [ReviewAction.SUBMIT]: { from: [ReviewStatus.DRAFT], to: ReviewStatus.IN_REVIEW },
  [ReviewAction.APPROVE]: { from: [ReviewStatus.IN_REVIEW], to: ReviewStatus.APPROVED },
  [ReviewAction.REJECT]: { from: [ReviewStatus.IN_REVIEW, ReviewStatus.APPROVED], to: ReviewStatus.DRAFT },
  [ReviewAction.PUBLISH]: { from: [ReviewStatus.APPROVED], to: ReviewStatus.PUBLISHED },
  [ReviewAction.RETIRE]: { from: [ReviewStatus.PUBLISHED], to: ReviewStatus.RETIRED },
  [ReviewAction.REVISE]: { from: [ReviewStatus.PUBLISHED, ReviewStatus.RETIRED], to: ReviewStatus.DRAFT },
};

const PAST_TENSE: Record<ReviewAction, string> = {
  SUBMIT: 'submitted for review',
  APPROVE: 'approved',
  REJECT: 'sent back',
  PUBLISH: 'published',
  RETIRE: 'retired',
  REVISE: 'revised',
};

export interface Reviewable {
  status: ReviewStatus;
  firstPublishedAt?: string | null;
  lastRevisedAt?: string | null;
}

/**
 * Applies a review action to a course or case, or throws CONFLICT naming the current status when
 * the action is not legal from it. Publishing stamps the first-published date once; revising
 * stamps the last-revised date.
 */
export function applyReviewAction(type: string, target: Reviewable, action: ReviewAction, today: string): void {
  const rule = REVIEW_TRANSITIONS[action];
  if (!rule.from.includes(target.status)) throw ConflictError.illegalTransition(type, target.status, PAST_TENSE[action]);
  target.status = rule.to;
  if (action === ReviewAction.PUBLISH) target.firstPublishedAt ??= today;
  if (action === ReviewAction.REVISE) target.lastRevisedAt = today;
}
