import { Field, ID, ObjectType } from 'type-graphql';
import { Role } from '../../access/viewer';
import { DateTimeScalar } from '../../core/scalars';

/**
 * 审计日志: the read type. The table is append-only and has no version, timestamps or archiving,
 * so this type does not extend RecordType.
 */
@ObjectType('AuditEntry', { description: '审计日志条目 (audit log entry: one mutation or one read of restricted fields)', simpleResolvers: true })
export class AuditEntry {
  /** Internal key, never exposed. */
  pk!: number;

  @Field(() => ID, { description: '全局标识 (opaque global id)' })
  id!: string;

  @Field({ description: '操作人 (actor: the token subject)' })
  actor!: string;

  @Field(() => Role, { description: '操作人角色 (role of the actor)' })
  role!: Role;

  @Field(() => String, { nullable: true, description: '操作机构 (agency the actor acted for)' })
  agency!: string | null;

  @Field(() => String, { nullable: true, description: '管辖区划代码 (jurisdiction region code of the actor)' })
  region!: string | null;

  @Field({ description: '操作 (action, e.g. CREATE, UPDATE, ARCHIVE, READ_RESTRICTED)' })
  action!: string;

  @Field({ description: '对象类型 (entity type, e.g. Cadre)' })
  entity!: string;

  @Field(() => [String], { description: '对象标识 (ids of the records concerned)' })
  entityIds!: string[];

  @Field(() => [String], { description: '变更字段 (fields written)' })
  fields!: string[];

  @Field(() => [String], { description: '读取的敏感字段 (sensitive or restricted fields read)' })
  sensitiveFields!: string[];

  @Field(() => String, { nullable: true, description: '请求标识 (request id, to join with the server logs)' })
  requestId!: string | null;

  @Field(() => DateTimeScalar, { description: '时间 (when it happened)' })
  at!: Date;
}
