import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { BaseEntity } from '../../db/base.entity';
import { RegionEntity } from '../region/region.entity';
import { Sector, UnitKind } from './unit.enums';

/** 单位: where cadres work. */
@Entity({ tableName: 'unit' })
export class UnitEntity extends BaseEntity {
  @Property({ type: 'varchar', length: 200 })
  name!: string;

  @Index()
  @Enum({ items: () => UnitKind, type: 'varchar', length: 32 })
  kind!: UnitKind;

  @Index()
  @ManyToOne(() => RegionEntity, { deleteRule: 'restrict' })
  region!: RegionEntity;

  @Index()
  @Enum({ items: () => Sector, type: 'varchar', length: 32 })
  sector: Sector = Sector.PARTY_GOV;
}
