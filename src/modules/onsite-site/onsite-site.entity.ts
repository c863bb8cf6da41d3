import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { BaseEntity } from '../../db/base.entity';
import { InstitutionEntity } from '../institution/institution.entity';
import { RegionEntity } from '../region/region.entity';
import { SiteStatus } from './onsite-site.enums';

/** 现场教学点: a place where onsite teaching happens. */
@Entity({ tableName: 'onsite_teaching_site' })
export class OnsiteTeachingSiteEntity extends BaseEntity {
  @Property({ type: 'varchar', length: 200 })
  name!: string;

  @Index()
  @ManyToOne(() => RegionEntity, { deleteRule: 'restrict' })
  region!: RegionEntity;

  @Property({ type: 'varchar', length: 100 })
  theme!: string;

  @Index()
  @ManyToOne(() => InstitutionEntity, { deleteRule: 'restrict' })
  institution!: InstitutionEntity;

  @Index()
  @Enum({ items: () => SiteStatus, type: 'varchar', length: 16, default: SiteStatus.ACTIVE })
  status: SiteStatus = SiteStatus.ACTIVE;

  @Property({ type: 'varchar', length: 200, nullable: true })
  address?: string | null;
}
