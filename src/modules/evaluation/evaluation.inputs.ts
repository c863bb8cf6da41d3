import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { IsDecimal } from '../../core/write/decimal';
import { EvaluationKind, EvaluationTargetKind } from './evaluation.enums';
import { IdempotentInput } from '../../core/write/inputs';
import { inputField } from '../../core/write/input-field';

/** numeric(5,2) between 0 and 100. */
/** `2025`, `2025-SPRING`, `2025-AUTUMN`, `2025-Q1`… (varchar(16)). */
const PERIOD = /^[0-9]{4}(-[A-Z0-9]{1,11})?$/;
const PERIOD_MESSAGE = 'must be a year, optionally followed by "-" and a term such as SPRING, AUTUMN or Q1';
/** Comments are free text; a bound keeps one rating from carrying a document. */
const MAX_COMMENTS = 5000;

@InputType('EvaluationFilter', { description: '评估筛选条件 (evaluation filter)' })
export class EvaluationFilter {
  @Field(() => [EvaluationTargetKind], { nullable: true, description: '评估对象类型，任一 (any of these target kinds)' })
  targetKind?: EvaluationTargetKind[] | null;

  @Field(() => [EvaluationKind], { nullable: true, description: '评估类型，任一 (any of these kinds)' })
  kind?: EvaluationKind[] | null;

  @Field(() => ID, { nullable: true, description: '被评课程 (course id)' })
  courseId?: string | null;

  @Field(() => ID, { nullable: true, description: '被评师资 (teacher id)' })
  teacherId?: string | null;

  @Field(() => ID, { nullable: true, description: '被评班次 (training class id)' })
  classId?: string | null;

  @Field(() => ID, { nullable: true, description: '被评培训机构 (institution id)' })
  institutionId?: string | null;

  @Field(() => ID, { nullable: true, description: '被评现场教学点 (onsite teaching site id)' })
  siteId?: string | null;

  @Field(() => [String], { nullable: true, description: '评估期间，任一 (any of these periods, e.g. 2025-SPRING)' })
  period?: string[] | null;

  @Field(() => Float, { nullable: true, description: '最低评分，含 (minimum score, inclusive)' })
  scoreMin?: number | null;

  @Field(() => Float, { nullable: true, description: '最高评分，含 (maximum score, inclusive)' })
  scoreMax?: number | null;
}

/** The fields CreateEvaluationInput and UpdateEvaluationInput share: type and rules, declared once (see inputField). */
const evaluationFields = {
  kind: inputField(() => EvaluationKind),
  score: inputField(() => Float, [IsDecimal(2), Min(0), Max(100)]),
  comments: inputField(() => String, [MaxLength(MAX_COMMENTS)]),
  evaluator: inputField(() => String, [Length(1, 100)]),
  period: inputField(() => String, [Length(4, 16), Matches(PERIOD, { message: PERIOD_MESSAGE })]),
};

@InputType('CreateEvaluationInput', { description: '新增评估 (create an evaluation of one target)' })
export class CreateEvaluationInput extends IdempotentInput {
  @Field(() => EvaluationTargetKind, { description: '评估对象类型 (what is evaluated)' })
  targetKind!: EvaluationTargetKind;

  @Field(() => ID, {
    description: '评估对象 (id of the target; must be a Course, Teacher, TrainingClass, Institution or OnsiteTeachingSite id matching targetKind)',
  })
  targetId!: string;

  @evaluationFields.kind.required('评估类型 (kind of evaluation)')
  kind!: EvaluationKind;

  @evaluationFields.score.required('评分 (score, 0–100, at most two decimal places)')
  score!: number;

  @evaluationFields.comments.optional('评语 (comments)')
  comments?: string | null;

  @evaluationFields.evaluator.required('评估人 (evaluator)')
  evaluator!: string;

  @evaluationFields.period.required('评估期间 (period, e.g. 2025 or 2025-SPRING)')
  period!: string;
}

@InputType('UpdateEvaluationInput', { description: '修改评估 (update an evaluation; the target is fixed, absent fields stay unchanged)' })
export class UpdateEvaluationInput {
  @Field(() => ID, { description: '评估 (evaluation id)' })
  id!: string;

  @Min(1)
  @Field(() => Int, { description: '版本号 (the version you last read)' })
  version!: number;

  @evaluationFields.kind.optional('评估类型 (kind of evaluation)')
  kind?: EvaluationKind;

  @evaluationFields.score.optional('评分 (score, 0–100)')
  score?: number;

  @evaluationFields.comments.optional('评语 (comments; null clears them)')
  comments?: string | null;

  @evaluationFields.evaluator.optional('评估人 (evaluator)')
  evaluator?: string;

  @evaluationFields.period.optional('评估期间 (period)')
  period?: string;
}
