import { Entity, Enum, Index, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { BaseEntity } from '../../db/base.entity';
import { RegionEntity } from '../region/region.entity';
import { UnitEntity } from '../unit/unit.entity';
import { Sector } from '../unit/unit.enums';
import { CadreCategory, CadreRank, CadreStatus, Gender, ManagementLevel, PrincipalPost, VillageRole } from './cadre.enums';

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

  /** Recorded designation (列入年轻干部名单); the rules also count a cadre young by age and rank (young_cadre_rule). */
  @Property({ type: 'boolean', default: false })
  isYoungCadre: boolean = false;

  /** 干部管理层级 (省管 / 市管 / 县管 / other). */
  @Index()
  @Enum({ items: () => ManagementLevel, type: 'varchar', length: 16, default: ManagementLevel.OTHER })
  managementLevel: Opt<ManagementLevel> = ManagementLevel.OTHER;

  /** 党委(党组)领导班子成员. */
  @Property({ type: 'boolean', default: false })
  isLeadershipTeamMember: Opt<boolean> = false;

  /** The post an annex selects on (市县党政正职, 乡镇(街道)党政正职, 分管党建副书记, 组织委员…). */
  @Index()
  @Enum({ items: () => PrincipalPost, type: 'varchar', length: 40, nullable: true })
  principalPost?: PrincipalPost | null;

  /** 国有企业领导班子成员 (with managementLevel PROVINCIAL: 省管企业领导班子成员). */
  @Property({ type: 'boolean', default: false })
  isSoeLeadershipMember: Opt<boolean> = false;

  /** 村(社区)职务. */
  @Index()
  @Enum({ items: () => VillageRole, type: 'varchar', length: 32, nullable: true })
  villageRole?: VillageRole | null;

  /** 选调生. */
  @Property({ type: 'boolean', default: false })
  isSelectedGraduate: Opt<boolean> = false;

  /** 党务干部. */
  @Property({ type: 'boolean', default: false })
  isPartyAffairsCadre: Opt<boolean> = false;

  /** 录用为公务员日期 (新录用公务员 take initial training in their first year). */
  @Property({ type: 'date', nullable: true })
  civilServiceEntryDate?: string | null;

  /** 任县处级或四级调研员(及相当层次)以上职务职级时间: when the cadre entered group A's levels (pro rata in a plan period). */
  @Property({ type: 'date', nullable: true })
  seniorLevelSince?: string | null;

  @Property({ type: 'date', nullable: true })
  appointedAt?: string | null;

  @Enum({ items: () => CadreStatus, type: 'varchar', length: 16, default: CadreStatus.ACTIVE })
  status: CadreStatus = CadreStatus.ACTIVE;
}
