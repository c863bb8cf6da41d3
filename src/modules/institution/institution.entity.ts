import { Check, Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { BaseEntity } from '../../db/base.entity';
import { RegionEntity } from '../region/region.entity';
import { CountySchoolCategory, InstitutionKind, InstitutionLevel } from './institution.enums';

/** 培训机构: party schools, cadre colleges and other training institutions. */
@Entity({ tableName: 'institution' })
@Check({ name: 'institution_category_only_county', expression: "county_category is null or level = 'COUNTY'" })
export class InstitutionEntity extends BaseEntity {
  @Property({ type: 'varchar', length: 200 })
  name!: string;

  @Property({ type: 'varchar', length: 50, nullable: true })
  shortName?: string | null;

  @Index()
  @Enum({ items: () => InstitutionKind, type: 'varchar', length: 32 })
  kind!: InstitutionKind;

  @Enum({ items: () => InstitutionLevel, type: 'varchar', length: 16 })
  level!: InstitutionLevel;

  @Index()
  @ManyToOne(() => RegionEntity, { deleteRule: 'restrict' })
  region!: RegionEntity;

  @Enum({ items: () => CountySchoolCategory, type: 'varchar', length: 32, nullable: true })
  countyCategory?: CountySchoolCategory | null;

  /** 上级党校业务指导: the school that guides this one. */
  @Index()
  @ManyToOne(() => InstitutionEntity, { nullable: true, deleteRule: 'restrict' })
  supervisor?: InstitutionEntity | null;
}
