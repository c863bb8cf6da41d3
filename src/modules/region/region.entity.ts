import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../../db/base.entity';
import { RegionLevel } from './region.enums';

/** 行政区划: a GB/T 2260 region. `path` holds the ancestor codes so a jurisdiction is one prefix match. */
@Entity({ tableName: 'region' })
export class RegionEntity extends BaseEntity {
  @Unique()
  @Property({ type: 'varchar', length: 12 })
  code!: string;

  @Property({ type: 'varchar', length: 100 })
  name!: string;

  @Enum({ items: () => RegionLevel, type: 'varchar', length: 16 })
  level!: RegionLevel;

  @Index()
  @ManyToOne(() => RegionEntity, { nullable: true, deleteRule: 'restrict' })
  parent?: RegionEntity | null;

  /** `/350000/350200/350203/`: ancestor codes, maintained from the parent. */
  @Property({ type: 'varchar', length: 200 })
  path!: string;
}
