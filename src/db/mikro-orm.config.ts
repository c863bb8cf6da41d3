import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { OwnershipSubscriber } from '../access/ownership';

/** MikroORM options for the write path. Schema changes only ever come from the committed migrations. */
export function ormConfig(clientUrl: string, extra: Partial<Options> = {}): Options {
  return defineConfig({
    clientUrl,
    entities: ENTITIES,
    extensions: [Migrator],
    subscribers: [new OwnershipSubscriber()],
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
