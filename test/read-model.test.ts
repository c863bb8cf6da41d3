import fs from 'node:fs';
import path from 'node:path';
import { isObjectType, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { MikroORM, ReferenceKind } from '@mikro-orm/postgresql';
import { buildHubSchema } from '../src/server/schema';
import { MODULE_RESOLVERS } from '../src/modules';
import { REPORTING_RESOLVERS } from '../src/reporting';
import { HUB_ORM_MODEL } from '../src/server/orm';
import { ormConfig } from '../src/db/mikro-orm.config';
import type { ReadModel } from '../src/core/read/model';

const SRC = path.join(__dirname, '..', 'src');

/** Every read model the code base defines: the `defineModel` exports of every `*.loaders.ts`. */
function readModels(): ReadModel[] {
  const files = (fs.readdirSync(SRC, { recursive: true }) as string[]).filter((f) => f.endsWith('.loaders.ts'));
  const models = files.flatMap((f) =>
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    Object.values(require(path.join(SRC, f)) as Record<string, unknown>).filter(
      (v): v is ReadModel => typeof v === 'object' && v !== null && 'selectList' in v && 'columns' in v && 'type' in v,
    ),
  );
  return models;
}

/** Classes of `target` and its base classes. */
function classChain(target: Function): Function[] {
  const chain: Function[] = [];
  for (let c: unknown = target; typeof c === 'function' && c !== Function.prototype; c = Object.getPrototypeOf(c)) chain.push(c as Function);
  return chain;
}

/**
 * The fields of GraphQL type `typeName` that a field resolver serves (type-graphql's `@FieldResolver`
 * in a resolver the app registers, or a resolver method on the type itself), as type-graphql
 * wires them when it builds the schema (schema-generator: `getObjectType() === field.target`).
 */
function resolvedFields(typeName: string): Set<string> {
  const storage = getMetadataStorage();
  const objectType = storage.objectTypes.find((t) => t.name === typeName);
  if (!objectType) throw new Error(`no object type ${typeName}`);
  const classes = classChain(objectType.target);
  const registered: Function[] = [...MODULE_RESOLVERS, ...REPORTING_RESOLVERS];
  return new Set(
    storage.fieldResolvers
      // A registered resolver serves the field resolvers of its own class and of the bases it extends
      // (type-graphql's resolver inheritance: the generic awards resolver).
      .filter((r) => (r.kind === 'internal' || registered.some((c) => c === r.target || c.prototype instanceof r.target)) && classes.includes(r.getObjectType!() as Function))
      .map((r) => r.schemaName),
  );
}

describe('read models', () => {
  let schema: GraphQLSchema;
  let models: ReadModel[];
  beforeAll(async () => {
    schema = await buildHubSchema();
    models = readModels();
  });

  it('finds the read models, one per GraphQL object type', () => {
    expect(models.length).toBeGreaterThanOrEqual(22);
    const types = models.map((m) => m.type);
    expect(new Set(types).size).toBe(types.length);
    expect(types.filter((t) => !isObjectType(schema.getType(t)))).toEqual([]);
  });

  it('every field of a read type is a column of its model or has a field resolver', () => {
    const unserved: string[] = [];
    for (const model of models) {
      const type = schema.getType(model.type);
      if (!isObjectType(type)) throw new Error(`${model.type} is not an object type`);
      const resolved = resolvedFields(model.type);
      for (const field of Object.keys(type.getFields())) {
        // `id` is the global id the kernel makes from the key of every row (finishRows).
        if (field === 'id' || field in model.columns || resolved.has(field)) continue;
        unserved.push(`${model.type}.${field}`);
      }
    }
    expect(unserved).toEqual([]);
  });

  it('every column of a read model is the column MikroORM maps for that property', async () => {
    // Discovery only (connect: false): the app's ORM configuration, no database behind the URL.
    const orm = await MikroORM.init(ormConfig(HUB_ORM_MODEL, 'postgresql://nobody@127.0.0.1:1/none', { connect: false }));
    try {
      const byTable = new Map(Object.values(orm.getMetadata().getAll()).map((meta) => [meta.tableName, meta]));
      const wrong: string[] = [];
      for (const model of models) {
        const meta = byTable.get(model.table);
        if (!meta) {
          wrong.push(`${model.type}: no entity maps table ${model.table}`);
          continue;
        }
        const mapped: Record<string, string> = {};
        for (const prop of meta.props) {
          if (prop.primary || prop.persist === false || !prop.fieldNames?.length) continue;
          if (prop.kind === ReferenceKind.SCALAR) mapped[prop.name] = prop.fieldNames[0];
          if (prop.kind === ReferenceKind.MANY_TO_ONE) mapped[orm.config.getNamingStrategy().columnNameToProperty(prop.fieldNames[0])] = prop.fieldNames[0];
        }
        for (const [prop, column] of Object.entries(model.columns)) {
          if (mapped[prop] !== column) wrong.push(`${model.type}.${prop}: model reads ${column}, the ORM maps ${mapped[prop] ?? 'nothing'}`);
        }
      }
      expect(wrong).toEqual([]);
    } finally {
      await orm.close();
    }
  });
});
