import { ArrayType, Collection, Entity, Enum, Index, ManyToMany, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../../db/base.entity';
import { InstitutionEntity } from '../institution/institution.entity';
import { RegionEntity } from '../region/region.entity';
import { AwardLevel, ReviewStatus } from '../course/course.enums';

/** 案例: an entry of the case bank. Keyword search runs over title, summary and body (pg_trgm). */
@Entity({ tableName: 'teaching_case' })
export class TeachingCaseEntity extends BaseEntity {
  @Property({ type: 'varchar', length: 200 })
  title!: string;

  @Property({ type: ArrayType, columnType: 'text[]', default: '{}' })
  themes: string[] = [];

  @Index()
  @ManyToOne(() => RegionEntity, { nullable: true, deleteRule: 'restrict' })
  region?: RegionEntity | null;

  @Property({ type: 'text' })
  summary!: string;

  @Property({ type: 'text' })
  body!: string;

  @Index()
  @ManyToOne(() => InstitutionEntity, { deleteRule: 'restrict' })
  institution!: InstitutionEntity;

  @Property({ type: ArrayType, columnType: 'text[]', default: '{}' })
  authors: string[] = [];

  @Index()
  @Property({ type: 'integer', check: 'year between 1949 and 2100' })
  year!: number;

  @Index()
  @Enum({ items: () => ReviewStatus, type: 'varchar', length: 16, default: ReviewStatus.DRAFT })
  status: ReviewStatus = ReviewStatus.DRAFT;

  @Property({ type: 'date', nullable: true })
  firstPublishedAt?: string | null;

  @Property({ type: 'date', nullable: true })
  lastRevisedAt?: string | null;
}

/** 案例汇编: a published collection of cases. */
@Entity({ tableName: 'case_collection' })
export class CaseCollectionEntity extends BaseEntity {
  @Property({ type: 'varchar', length: 200 })
  title!: string;

  @Property({ type: 'integer', check: 'year between 1949 and 2100' })
  year!: number;

  @Index()
  @ManyToOne(() => InstitutionEntity, { deleteRule: 'restrict' })
  institution!: InstitutionEntity;

  @ManyToMany({ entity: () => TeachingCaseEntity, pivotTable: 'case_collection_item', joinColumn: 'collection_id', inverseJoinColumn: 'case_id' })
  cases = new Collection<TeachingCaseEntity>(this);
}

/** 精品案例: an award won by a case. */
@Entity({ tableName: 'case_award' })
@Unique({ properties: ['teachingCase', 'name', 'year'] })
export class CaseAwardEntity extends BaseEntity {
  @Index()
  @ManyToOne(() => TeachingCaseEntity, { fieldName: 'case_id', deleteRule: 'cascade' })
  teachingCase!: TeachingCaseEntity;

  @Property({ type: 'varchar', length: 200 })
  name!: string;

  @Enum({ items: () => AwardLevel, type: 'varchar', length: 16 })
  level!: AwardLevel;

  @Property({ type: 'integer', check: 'year between 2000 and 2100' })
  year!: number;
}
