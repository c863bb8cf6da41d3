import { Entity, Enum, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { CadreCategory, CadreRank } from '../cadre/cadre.enums';
import { CadreGroup } from './compliance.enums';

/**
 * 类别分组: which group of the hours table (附件1) a cadre category belongs to, versioned like the
 * rules (a version ends, `validTo` exclusive, where the next begins).
 */
@Entity({ tableName: 'compliance_category_group' })
@Unique({ name: 'compliance_category_group_from_unique', properties: ['category', 'validFrom'] })
export class CategoryGroupEntity {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Enum({ items: () => CadreCategory, type: 'varchar', length: 32 })
  category!: CadreCategory;

  @Enum({ items: () => CadreGroup, type: 'varchar', length: 8 })
  cadreGroup!: CadreGroup;

  @Property({ type: 'date' })
  validFrom!: string;

  @Property({ type: 'date', nullable: true })
  validTo?: string | null;

  @Property({ type: 'varchar', length: 500, nullable: true })
  note?: string | null;
}

/**
 * 职级分组: a rank that places a cadre in a group whatever its category (附件1's notes: 四级调研员 and
 * above are group A, including those holding a 乡科级 post). Ranks without a version in force leave
 * the group to the category.
 */
@Entity({ tableName: 'compliance_rank_group' })
@Unique({ name: 'compliance_rank_group_from_unique', properties: ['rank', 'validFrom'] })
export class RankGroupEntity {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Enum({ items: () => CadreRank, type: 'varchar', length: 32 })
  rank!: CadreRank;

  @Enum({ items: () => CadreGroup, type: 'varchar', length: 8 })
  cadreGroup!: CadreGroup;

  @Property({ type: 'date' })
  validFrom!: string;

  @Property({ type: 'date', nullable: true })
  validTo?: string | null;

  @Property({ type: 'varchar', length: 500, nullable: true })
  note?: string | null;
}
