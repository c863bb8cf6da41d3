import { PrimaryKey, Property, OptionalProps } from '@mikro-orm/core';

/**
 * Columns every record shares: a surrogate key, an optimistic-lock `version` (a stale update is a
 * CONFLICT), timestamps, and `archivedAt` for soft archiving (archived rows leave every list).
 */
export abstract class BaseEntity {
  [OptionalProps]?: 'version' | 'createdAt' | 'updatedAt' | 'archivedAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'integer', version: true, default: 1 })
  version: number = 1;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  archivedAt?: Date | null;
}
