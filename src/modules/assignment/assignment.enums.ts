import { defineEnum } from '../../core/enums';

export enum AssignmentStatus {
  NOMINATED = 'NOMINATED',
  APPROVED = 'APPROVED',
  FILED = 'FILED',
  ATTENDED = 'ATTENDED',
  ABSENT = 'ABSENT',
  MAKEUP_REQUIRED = 'MAKEUP_REQUIRED',
  EXEMPTED = 'EXEMPTED',
}
defineEnum(AssignmentStatus, 'AssignmentStatus', '调训状态 (status of a training assignment)', {
  NOMINATED: '点名调训',
  APPROVED: '已审批',
  FILED: '已报备',
  ATTENDED: '已参训',
  ABSENT: '缺训',
  MAKEUP_REQUIRED: '需补训',
  EXEMPTED: '已免训',
});
