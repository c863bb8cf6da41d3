import { defineEnum } from '../../core/enums';
import { ConflictError } from '../../core/errors';
import { AssignmentStatus } from './assignment.enums';

/** 调训流程 actions: 点名 → 审批 → 报备 → 参训/缺训 → 补训/免训, and undoing a recorded attendance. */
export enum AssignmentAction {
  APPROVE = 'APPROVE',
  FILE = 'FILE',
  MARK_ATTENDED = 'MARK_ATTENDED',
  MARK_ABSENT = 'MARK_ABSENT',
  REQUIRE_MAKEUP = 'REQUIRE_MAKEUP',
  EXEMPT = 'EXEMPT',
  UNDO_ATTENDANCE = 'UNDO_ATTENDANCE',
}
defineEnum(AssignmentAction, 'AssignmentAction', '调训操作 (training assignment workflow action)', {
  APPROVE: '审批同意',
  FILE: '报备',
  MARK_ATTENDED: '登记参训（生成培训记录）',
  MARK_ABSENT: '登记缺训',
  REQUIRE_MAKEUP: '要求补训',
  EXEMPT: '免训',
  UNDO_ATTENDANCE: '撤销参训或缺训登记（删除生成的培训记录）',
});

/**
 * The legal transitions, as data: action → (allowed from-statuses, resulting status). Marking an
 * attended assignment attended again is legal and leaves the status and its record as they are
 * (it is still an accepted action at a version: the version moves).
 */
export const ASSIGNMENT_TRANSITIONS: Readonly<Record<AssignmentAction, { from: readonly AssignmentStatus[]; to: AssignmentStatus }>> = {
  [AssignmentAction.APPROVE]: { from: [AssignmentStatus.NOMINATED], to: AssignmentStatus.APPROVED },
  [AssignmentAction.FILE]: { from: [AssignmentStatus.APPROVED], to: AssignmentStatus.FILED },
  [AssignmentAction.MARK_ATTENDED]: { from: [AssignmentStatus.FILED, AssignmentStatus.ATTENDED], to: AssignmentStatus.ATTENDED },
  [AssignmentAction.MARK_ABSENT]: { from: [AssignmentStatus.FILED], to: AssignmentStatus.ABSENT },
  [AssignmentAction.REQUIRE_MAKEUP]: { from: [AssignmentStatus.ABSENT], to: AssignmentStatus.MAKEUP_REQUIRED },
  [AssignmentAction.EXEMPT]: { from: [AssignmentStatus.ABSENT, AssignmentStatus.MAKEUP_REQUIRED], to: AssignmentStatus.EXEMPTED },
  [AssignmentAction.UNDO_ATTENDANCE]: { from: [AssignmentStatus.ATTENDED, AssignmentStatus.ABSENT], to: AssignmentStatus.FILED },
};

const PAST_TENSE: Record<AssignmentAction, string> = {
  APPROVE: 'approved',
  FILE: 'filed',
  MARK_ATTENDED: 'marked attended',
  MARK_ABSENT: 'marked absent',
  REQUIRE_MAKEUP: 'sent to make-up training',
  EXEMPT: 'exempted',
  UNDO_ATTENDANCE: 'reset to filed',
};

/** Statuses that hold a seat of the class (capacity counts these). */
export const SEAT_HOLDING: readonly AssignmentStatus[] = [AssignmentStatus.NOMINATED, AssignmentStatus.APPROVED, AssignmentStatus.FILED, AssignmentStatus.ATTENDED];

/** The status an action leads to from `from`, or CONFLICT naming the current status when it is not legal. */
export function nextStatus(from: AssignmentStatus, action: AssignmentAction): AssignmentStatus {
  const rule = ASSIGNMENT_TRANSITIONS[action];
  if (!rule.from.includes(from)) throw ConflictError.illegalTransition('TrainingAssignment', from, PAST_TENSE[action]);
  return rule.to;
}
