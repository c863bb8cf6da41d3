import { defineModel } from '../../app/read/model';

export const TrainingRecordModel = defineModel({
  type: 'TrainingRecord',
  table: 'training_record',
  columns: {
    cadreId: 'cadre_id',
    classId: 'class_id',
    courseId: 'course_id',
    platformId: 'platform_id',
    mode: 'mode',
    title: 'title',
    hours: 'hours',
    creditedHours: 'credited_hours',
    days: 'days',
    startDate: 'start_date',
    endDate: 'end_date',
    externalId: 'external_id',
    recordedBy: 'recorded_by',
    verificationStatus: 'verification_status',
  },
  orderings: {
    START_DATE_ASC: { column: 'start_date', direction: 'ASC' },
    START_DATE_DESC: { column: 'start_date', direction: 'DESC' },
  },
});
