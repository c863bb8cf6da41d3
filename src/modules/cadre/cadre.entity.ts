import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { BaseEntity } from '../../db/base.entity';
import { RegionEntity } from '../region/region.entity';
import { UnitEntity } from '../unit/unit.entity';
import { Sector } from '../unit/unit.enums';
import { CadreCategory, CadreRank, CadreStatus, Gender } from './cadre.enums';

/** 干部: a cadre in the training plan's scope. */
@Entity({ tableName: 'cadre' })
export class CadreEntity extends BaseEntity {
  @Property({ type: 'varchar', length: 50 })
  name!: string;

  @Enum({ items: () => Gender, type: 'varchar', length: 8 })
  gender!: Gender;

  @Property({ type: 'date' })
  birthDate!: string;

  @Index()
  @Property({ type: 'varchar', length: 18, unique: true })
  idCardNumber!: string;

  @Property({ type: 'varchar', length: 20, nullable: true })
  phone?: string | null;

  @Index()
  @ManyToOne(() => UnitEntity, { deleteRule: 'restrict' })
  unit!: UnitEntity;

  @Index()
  @ManyToOne(() => RegionEntity, { deleteRule: 'restrict' })
  region!: RegionEntity;

  @Index()
  @Enum({ items: () => Sector, type: 'varchar', length: 32 })
  sector: Sector = Sector.PARTY_GOV;

  @Index()
  @Enum({ items: () => CadreCategory, type: 'varchar', length: 32 })
  category!: CadreCategory;

  @Index()
  @Enum({ items: () => CadreRank, type: 'varchar', length: 32 })
  rank!: CadreRank;

  @Property({ type: 'varchar', length: 100 })
  position!: string;

  @Index()
  @Property({ type: 'boolean', default: false })
  isPrincipalLeader: boolean = false;

  @Property({ type: 'boolean', default: false })
  isYoungCadre: boolean = false;

  @Property({ type: 'date', nullable: true })
  appointedAt?: string | null;

  @Enum({ items: () => CadreStatus, type: 'varchar', length: 16, default: CadreStatus.ACTIVE })
  status: CadreStatus = CadreStatus.ACTIVE;
}
