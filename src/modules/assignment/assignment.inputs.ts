import { Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional, MaxLength, Min } from 'class-validator';
import { AssignmentStatus } from './assignment.enums';
import { AssignmentAction } from './assignment-workflow';
import { IdempotentInput } from '../../core/write/inputs';
import { inputField } from '../../core/write/input-field';

@InputType('TrainingAssignmentFilter', { description: '调训筛选条件 (training assignment filter)' })
export class TrainingAssignmentFilter {
  @Field(() => ID, { nullable: true, description: '干部 (cadre id)' })
  cadreId?: string | null;

  @Field(() => ID, { nullable: true, description: '班次 (training class id)' })
  classId?: string | null;

  @Field(() => [AssignmentStatus], { nullable: true, description: '调训状态，任一 (any of these statuses)' })
  status?: AssignmentStatus[] | null;
}

/** The fields CreateTrainingAssignmentInput and UpdateTrainingAssignmentInput share: type and rules, declared once (see inputField). */
const trainingAssignmentFields = {
  note: inputField(() => String, [MaxLength(500)]),
};

@InputType('CreateTrainingAssignmentInput', { description: '点名调训 (nominate a cadre for a class)' })
export class CreateTrainingAssignmentInput extends IdempotentInput {
  @Field(() => ID, { description: '干部 (cadre id)' })
  cadreId!: string;

  @Field(() => ID, { description: '班次 (training class id)' })
  classId!: string;

  @trainingAssignmentFields.note.optional('备注 (note)')
  note?: string | null;
}

@InputType('UpdateTrainingAssignmentInput', { description: '修改调训备注 (update the note of a training assignment)' })
export class UpdateTrainingAssignmentInput {
  @Field(() => ID, { description: '调训 (assignment id)' })
  id!: string;

  @Min(1)
  @Field(() => Int, { description: '版本号 (the version you last read)' })
  version!: number;

  @trainingAssignmentFields.note.optional('备注 (note; null clears it)')
  note?: string | null;
}

@InputType('TransitionTrainingAssignmentInput', { description: '调训流程操作 (move a training assignment through its workflow)' })
export class TransitionTrainingAssignmentInput {
  @Field(() => ID, { description: '调训 (assignment id)' })
  id!: string;

  @Min(1)
  @Field(() => Int, { description: '版本号 (the version you last read)' })
  version!: number;

  @Field(() => AssignmentAction, { description: '操作 (the action: approve, file, mark attended or absent, make-up, exempt, undo)' })
  action!: AssignmentAction;

  @MaxLength(500)
  @IsOptional()
  @Field(() => String, { nullable: true, description: '备注 (note; replaces the current note when given)' })
  note?: string | null;
}
