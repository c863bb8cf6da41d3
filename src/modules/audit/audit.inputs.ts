import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { DateTimeScalar } from '../../core/scalars';

@InputType('AuditEntryFilter', { description: '审计日志筛选条件 (audit log filter)' })
export class AuditEntryFilter {
  @Field(() => String, { nullable: true, description: '操作人 (actor: token subject, exact)' })
  actor?: string | null;

  @Field(() => String, { nullable: true, description: '操作 (action, exact, e.g. UPDATE)' })
  action?: string | null;

  @Field(() => String, { nullable: true, description: '对象类型 (entity type, exact, e.g. TrainingRecord)' })
  entity?: string | null;

  @Field(() => String, { nullable: true, description: '对象标识 (entries concerning this record id)' })
  entityId?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: '起始时间，含 (at or after this time)' })
  atFrom?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: '截止时间，含 (at or before this time)' })
  atTo?: Date | null;
}

/** The audit log's list arguments: like every list's, but without `includeArchived` (nothing is archived). */
export function auditEntryListArgs(orderBy: object) {
  @ArgsType()
  class AuditEntryListArgs {
    @Field(() => AuditEntryFilter, { nullable: true, description: '筛选条件 (filter)' })
    filter?: AuditEntryFilter | null;

    @Field(() => orderBy, { nullable: true, description: '排序 (ordering; default newest first)' })
    orderBy?: string | null;

    @Field(() => Int, { nullable: true, description: '每页条数 (page size; default 20, at most 100)' })
    first?: number | null;

    @Field(() => String, { nullable: true, description: '从此游标之后开始 (start after this cursor)' })
    after?: string | null;
  }
  return AuditEntryListArgs;
}
