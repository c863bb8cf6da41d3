import { Field, Float, ObjectType } from 'type-graphql';
import { RecordType } from '../../core/read/base.type';
import { DateScalar } from '../../core/scalars';
import { TrainingMode, VerificationStatus } from './training-record.enums';

@ObjectType('TrainingRecord', { description: '培训记录 (a training record: the unit of training hours)', simpleResolvers: true })
export class TrainingRecord extends RecordType {
  cadreId!: number;
  classId!: number | null;
  courseId!: number | null;
  platformId!: number | null;

  @Field(() => TrainingMode, { description: '培训形式 (mode)' })
  mode!: TrainingMode;

  @Field({ description: '培训名称 (title)' })
  title!: string;

  @Field(() => Float, { description: '报送学时 (hours as reported)' })
  hours!: number;

  @Field(() => Float, { description: '认定学时 (hours credited under the conversion rule)' })
  creditedHours!: number;

  @Field(() => Float, { description: '培训天数 (days)' })
  days!: number;

  @Field(() => DateScalar, { description: '开始日期 (start date)' })
  startDate!: string;

  @Field(() => DateScalar, { description: '结束日期 (end date)' })
  endDate!: string;

  @Field(() => String, { nullable: true, description: '平台记录编号 (the platform\'s own record id)' })
  externalId!: string | null;

  @Field(() => String, { nullable: true, description: '录入单位 (agency that recorded it)' })
  recordedBy!: string | null;

  @Field(() => VerificationStatus, { description: '核验状态 (verification status)' })
  verificationStatus!: VerificationStatus;
}
