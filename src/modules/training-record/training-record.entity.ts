import { Check, Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../../db/base.entity';
import { CadreEntity } from '../cadre/cadre.entity';
import { CourseEntity } from '../course/course.entity';
import { PlatformEntity } from '../platform/platform.entity';
import { TrainingClassEntity } from '../training-class/training-class.entity';
import { TrainingMode, VerificationStatus } from './training-record.enums';

/** 培训记录: the unit of training hours. */
@Entity({ tableName: 'training_record' })
@Unique({ name: 'training_record_platform_external_id_unique', properties: ['platform', 'externalId'] })
@Check({ name: 'training_record_dates_check', expression: 'end_date >= start_date' })
@Check({ name: 'training_record_hours_check', expression: 'hours >= 0 and credited_hours >= 0 and days >= 0' })
// Plausibility (Migration20261203000000RecordPlausibility; the configurable per-day bound is checked on write).
@Check({ name: 'training_record_days_plausible_check', expression: 'days <= end_date - start_date + 1' })
@Check({
  name: 'training_record_hours_plausible_check',
  expression: 'hours <= 24 * (case when days > 0 then days else end_date - start_date + 1 end) and credited_hours <= 24 * (case when days > 0 then days else end_date - start_date + 1 end)',
})
@Index({ name: 'training_record_cadre_start_idx', properties: ['cadre', 'startDate'] })
@Index({ properties: ['startDate'] })
export class TrainingRecordEntity extends BaseEntity {
  @ManyToOne(() => CadreEntity, { deleteRule: 'restrict' })
  cadre!: CadreEntity;

  @Index()
  @Enum({ items: () => TrainingMode, type: 'varchar', length: 32 })
  mode!: TrainingMode;

  @Property({ type: 'varchar', length: 200 })
  title!: string;

  /** 报送学时: hours as reported. */
  @Property({ type: 'decimal', precision: 7, scale: 1 })
  hours!: string;

  /** 认定学时: hours credited under the conversion rule. */
  @Property({ type: 'decimal', precision: 7, scale: 1 })
  creditedHours!: string;

  @Property({ type: 'decimal', precision: 5, scale: 1, default: 0 })
  days: string = '0';

  @Property({ type: 'date' })
  startDate!: string;

  @Property({ type: 'date' })
  endDate!: string;

  @Index()
  @ManyToOne(() => TrainingClassEntity, { fieldName: 'class_id', nullable: true, deleteRule: 'restrict' })
  trainingClass?: TrainingClassEntity | null;

  @Index()
  @ManyToOne(() => CourseEntity, { nullable: true, deleteRule: 'restrict' })
  course?: CourseEntity | null;

  // Served by the unique (platform, externalId) index: see Migration20261129120000ImportLookup.
  @ManyToOne(() => PlatformEntity, { nullable: true, deleteRule: 'restrict' })
  platform?: PlatformEntity | null;

  @Property({ type: 'varchar', length: 64, nullable: true })
  externalId?: string | null;

  /** 录入单位: the agency that recorded it (from the token). */
  @Property({ type: 'varchar', length: 64, nullable: true })
  recordedBy?: string | null;

  @Index()
  @Enum({ items: () => VerificationStatus, type: 'varchar', length: 16, default: VerificationStatus.VERIFIED })
  verificationStatus: VerificationStatus = VerificationStatus.VERIFIED;

  /** 报送次数: sessions as reported (centre-group study), when reported. */
  @Property({ type: 'integer', nullable: true })
  sessions?: number | null;

  /** 折算规则: the conversion rule that produced `creditedHours` (null: credited as reported). */
  @Property({ type: 'varchar', length: 32, nullable: true })
  creditRule?: string | null;

  /** The assignment whose attendance created this record (at most one record per assignment). */
  @Property({ type: 'integer', nullable: true, unique: 'training_record_assignment_id_unique' })
  assignmentId?: number | null;

  /** 重复记录: the record this one duplicates (another platform's report of the same training). */
  @Property({ type: 'integer', nullable: true })
  duplicateOfId?: number | null;
}
