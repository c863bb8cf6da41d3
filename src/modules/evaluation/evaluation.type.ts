import { Field, Float, ObjectType } from 'type-graphql';
import { RecordType } from '../../core/read/base.type';
import { EvaluationKind, EvaluationTargetKind } from './evaluation.enums';

/** 评估: the read type. Exactly one target id is set, matching `targetKind`; targets resolve in EvaluationResolver. */
@ObjectType('Evaluation', { description: '评估 (a rating of a course, teacher, class, institution or onsite teaching site)', simpleResolvers: true })
export class Evaluation extends RecordType {
  courseId!: number | null;
  teacherId!: number | null;
  classId!: number | null;
  institutionId!: number | null;
  siteId!: number | null;

  @Field(() => EvaluationTargetKind, { description: '评估对象类型 (what is evaluated)' })
  targetKind!: EvaluationTargetKind;

  @Field(() => EvaluationKind, { description: '评估类型 (kind of evaluation)' })
  kind!: EvaluationKind;

  @Field(() => Float, { description: '评分 (score, 0–100)' })
  score!: number;

  @Field(() => String, { nullable: true, description: '评语 (comments)' })
  comments!: string | null;

  @Field({ description: '评估人 (evaluator: a person or a body such as 督导组)' })
  evaluator!: string;

  @Field({ description: '评估期间 (period, e.g. 2025 or 2025-SPRING)' })
  period!: string;
}
