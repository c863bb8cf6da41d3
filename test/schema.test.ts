import fs from 'node:fs';
import path from 'node:path';
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
  isIntrospectionType,
  type GraphQLSchema,
} from 'graphql';
import { buildHubSchema, printHubSchema } from '../src/server/schema';
import { contractSdl } from '../src/access/contracts';
import { Role } from '../src/access/viewer';
import { buildOperationManifest, renderManifest } from '../src/server/persisted-operations';

const CJK = /[\u4e00-\u9fff]/;

describe('schema artifacts', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildHubSchema();
  });

  it('schema/schema.graphql is exactly what the code builds (run `npm run schema` after changing the API)', async () => {
    const committed = fs.readFileSync(path.join(__dirname, '..', 'schema', 'schema.graphql'), 'utf8');
    expect(committed).toBe(await printHubSchema());
  });

  it.each(Object.values(Role))('schema/contracts/%s.graphql holds exactly what that role can use', (role) => {
    const committed = fs.readFileSync(path.join(__dirname, '..', 'schema', 'contracts', `${role.toLowerCase()}.graphql`), 'utf8');
    expect(committed).toBe(contractSdl(schema, role));
  });

  it('schema/operations.manifest.json holds exactly the documents of schema/operations (run `npm run schema` after changing them)', () => {
    const committed = fs.readFileSync(path.join(__dirname, '..', 'schema', 'operations.manifest.json'), 'utf8');
    expect(committed).toBe(renderManifest(buildOperationManifest()));
  });

  it('every type, field, argument and enum value carries a description with the Chinese term', () => {
    const missing: string[] = [];
    const check = (where: string, description: string | null | undefined) => {
      if (!description || !CJK.test(description)) missing.push(where);
    };
    for (const type of Object.values(schema.getTypeMap())) {
      if (isIntrospectionType(type) || (isScalarType(type) && isSpecifiedScalarType(type))) continue;
      if (['Query', 'Mutation'].includes(type.name)) {
        // root types: their fields are checked below
      } else {
        check(type.name, type.description);
      }
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields())) {
          check(`${type.name}.${field.name}`, field.description);
          for (const arg of field.args) check(`${type.name}.${field.name}(${arg.name})`, arg.description);
        }
      }
      if (isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) check(`${type.name}.${field.name}`, field.description);
      }
      if (isEnumType(type)) {
        for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.description);
      }
    }
    expect(missing).toEqual([]);
  });

  it('every entity has a lookup by id and a connection with totalCount', () => {
    const query = schema.getQueryType()!.getFields();
    const entities = [
      ['region', 'regions'],
      ['unit', 'units'],
      ['cadre', 'cadres'],
      ['institution', 'institutions'],
      ['teacher', 'teachers'],
      ['course', 'courses'],
      ['textbook', 'textbooks'],
      ['teachingCase', 'teachingCases'],
      ['onsiteTeachingSite', 'onsiteTeachingSites'],
      ['trainingClass', 'trainingClasses'],
      ['trainingAssignment', 'trainingAssignments'],
      ['trainingRecord', 'trainingRecords'],
      ['platform', 'platforms'],
      ['evaluation', 'evaluations'],
    ];
    const missing = entities.flatMap(([one, many]) => {
      const problems: string[] = [];
      if (!query[one]) problems.push(one);
      const list = query[many];
      if (!list) problems.push(many);
      else {
        const t = list.type.toString().replace(/!$/, '');
        const conn = schema.getType(t);
        if (!isObjectType(conn) || !conn.getFields().totalCount || !conn.getFields().edges) problems.push(`${many}: not a connection`);
        for (const a of ['filter', 'orderBy', 'first', 'after']) if (!list.args.some((x) => x.name === a)) problems.push(`${many}(${a})`);
      }
      return problems;
    });
    expect(missing).toEqual([]);
    expect(query.auditEntries).toBeDefined();
  });

  it('every entity can be created, updated and archived', () => {
    const mutation = schema.getMutationType()!.getFields();
    const types = [
      'Region', 'Unit', 'Cadre', 'Institution', 'Teacher', 'Course', 'Textbook', 'TeachingCase',
      'OnsiteTeachingSite', 'TrainingClass', 'TrainingAssignment', 'TrainingRecord', 'Platform', 'Evaluation',
    ];
    const missing = types.flatMap((t) => ['create', 'update', 'archive'].map((verb) => `${verb}${t}`)).filter((m) => !mutation[m]);
    expect(missing).toEqual([]);
  });
});
