import { Field, ObjectType } from 'type-graphql';
import { RecordType } from '../../core/read/base.type';
import { DateTimeScalar } from '../../core/scalars';
import { AssignmentStatus } from './assignment.enums';

/** 调训: the read type. Cadre and class resolve in TrainingAssignmentResolver. */
@ObjectType('TrainingAssignment', { description: '调训 (a training assignment: a cadre nominated for a class)', simpleResolvers: true })
export class TrainingAssignment extends RecordType {
  cadreId!: number;
  classId!: number;

  @Field(() => AssignmentStatus, { description: '调训状态 (status: nominated, approved, filed, attended…)' })
  status!: AssignmentStatus;

  @Field(() => String, { nullable: true, description: '决定人 (who decided the last status change)' })
  decidedBy!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: '决定时间 (when the last status change was decided)' })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true, description: '备注 (note)' })
  note!: string | null;
}
