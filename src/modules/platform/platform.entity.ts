import { Entity, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../../db/base.entity';

/** 培训平台: a training platform whose records the hub imports. */
@Entity({ tableName: 'platform' })
export class PlatformEntity extends BaseEntity {
  @Unique()
  @Property({ type: 'varchar', length: 32 })
  code!: string;

  @Property({ type: 'varchar', length: 200 })
  name!: string;

  @Property({ type: 'varchar', length: 200 })
  owner!: string;

  /** 组织人事部门认可: only recognised platforms' self-study hours count. */
  @Property({ type: 'boolean', default: false })
  isRecognised: boolean = false;

  @Property({ type: 'varchar', length: 300, nullable: true })
  url?: string | null;
}
