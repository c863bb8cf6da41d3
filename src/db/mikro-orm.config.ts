import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { EventSubscriber } from '@mikro-orm/core';
import { MIGRATIONS } from './migrations';

/**
 * What the ORM maps, given by the composition root (server/orm.ts): the modules' entities and the
 * subscribers of the floors above (ownership checks, the audit log). The database floor knows
 * neither.
 */
export interface OrmModel {
  entities: NonNullable<Options['entities']>;
  /** Fresh subscribers for one ORM instance. */
  subscribers: () => EventSubscriber[];
}

/** MikroORM options for the write path. Schema changes only ever come from the committed migrations. */
export function ormConfig(model: OrmModel, clientUrl: string, extra: Partial<Options> = {}): Options {
  return defineConfig({
    clientUrl,
    entities: model.entities,
    extensions: [Migrator],
    subscribers: model.subscribers(),
    preferTs: true,
    discovery: { warnWhenNoEntities: true, requireEntitiesArray: true },
    migrations: {
      migrationsList: MIGRATIONS,
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      path: 'src/db/migrations',
      emit: 'ts',
    },
    pool: { min: 0, max: 10 },
    allowGlobalContext: false,
    debug: false,
    ...extra,
  });
}
