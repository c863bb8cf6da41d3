import { ArrayType, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** 审计日志: append-only; the database refuses UPDATE and DELETE on this table. */
@Entity({ tableName: 'audit_entry' })
@Index({ properties: ['at'] })
export class AuditEntryEntity {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'varchar', length: 100 })
  actor!: string;

  @Property({ type: 'varchar', length: 32 })
  role!: string;

  @Property({ type: 'varchar', length: 64, nullable: true })
  agency?: string | null;

  @Index()
  @Property({ type: 'varchar', length: 12, nullable: true })
  region?: string | null;

  @Property({ type: 'varchar', length: 64 })
  action!: string;

  @Index()
  @Property({ type: 'varchar', length: 64 })
  entity!: string;

  @Property({ type: ArrayType, columnType: 'text[]', default: '{}' })
  entityIds: string[] = [];

  @Property({ type: ArrayType, columnType: 'text[]', default: '{}' })
  fields: string[] = [];

  @Property({ type: ArrayType, columnType: 'text[]', default: '{}' })
  sensitiveFields: string[] = [];

  @Property({ type: 'varchar', length: 64, nullable: true })
  requestId?: string | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  at: Date = new Date();
}
