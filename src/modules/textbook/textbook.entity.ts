import { ArrayType, Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../../db/base.entity';
import { InstitutionEntity } from '../institution/institution.entity';
import { AwardLevel } from '../course/course.enums';

/** 教材: a textbook. */
@Entity({ tableName: 'textbook' })
export class TextbookEntity extends BaseEntity {
  @Property({ type: 'varchar', length: 200 })
  title!: string;

  @Property({ type: ArrayType, columnType: 'text[]', default: '{}' })
  authors: string[] = [];

  @Property({ type: 'varchar', length: 100 })
  publisher!: string;

  @Index()
  @Property({ type: 'integer', check: 'year between 1949 and 2100' })
  year!: number;

  @Index()
  @Property({ type: 'boolean', default: false })
  isCaseTextbook: boolean = false;

  /** 编写机构: the institution that compiled it. */
  @Index()
  @ManyToOne(() => InstitutionEntity, { nullable: true, deleteRule: 'restrict' })
  institution?: InstitutionEntity | null;
}

/** 好教材: an award won by a textbook. */
@Entity({ tableName: 'textbook_award' })
@Unique({ properties: ['textbook', 'name', 'year'] })
export class TextbookAwardEntity extends BaseEntity {
  @Index()
  @ManyToOne(() => TextbookEntity, { deleteRule: 'cascade' })
  textbook!: TextbookEntity;

  @Property({ type: 'varchar', length: 200 })
  name!: string;

  @Enum({ items: () => AwardLevel, type: 'varchar', length: 16 })
  level!: AwardLevel;

  @Property({ type: 'integer', check: 'year between 2000 and 2100' })
  year!: number;
}
