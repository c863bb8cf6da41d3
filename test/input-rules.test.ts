import { getNamedType, isInputObjectType, type GraphQLSchema } from 'graphql';
import { getMetadataStorage as typeGraphqlMetadata } from 'type-graphql';
import { getMetadataStorage as validatorMetadata, ValidationTypes } from 'class-validator';
import { buildHubSchema } from '../src/server/schema';

/**
 * Create and update inputs declare a record's fields twice: the create field is required where the
 * update field is optional, and their descriptions say different things (a create's defaults, an
 * update's "null clears it"), so type-graphql inheritance cannot share them without changing the
 * SDL. What both must agree on — the field's GraphQL type and its validation rules — is checked here.
 */

/** A field's class-validator rules, without `@IsOptional` (updates skip absent fields). */
function rules(target: Function): Map<string, string[]> {
  const byField = new Map<string, string[]>();
  for (const m of validatorMetadata().getTargetValidationMetadatas(target, '', true, false)) {
    if (m.type === ValidationTypes.CONDITIONAL_VALIDATION) continue;
    const constraints = (m.constraints ?? []).map((c: unknown) => (c instanceof RegExp ? c.toString() : JSON.stringify(c)));
    const rule = `${m.type}:${m.name ?? m.constraintCls?.name ?? ''}(${constraints.join(', ')})${typeof m.message === 'string' ? ` "${m.message}"` : ''}`;
    byField.set(m.propertyName, [...(byField.get(m.propertyName) ?? []), rule].sort());
  }
  return byField;
}

function inputClass(name: string): Function {
  const found = typeGraphqlMetadata().inputTypes.find((t) => t.name === name);
  if (!found) throw new Error(`no input type ${name}`);
  return found.target;
}

describe('create and update inputs', () => {
  let schema: GraphQLSchema;
  let pairs: [string, string][];
  beforeAll(async () => {
    schema = await buildHubSchema();
    pairs = Object.keys(schema.getTypeMap())
      .filter((n) => /^Create\w+Input$/.test(n) && schema.getType(n.replace(/^Create/, 'Update')))
      .map((n) => [n, n.replace(/^Create/, 'Update')]);
  });

  it('pair up', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(14);
  });

  it('give a field the same GraphQL type and the same validation rules in both', () => {
    const disagreements: string[] = [];
    for (const [create, update] of pairs) {
      const c = schema.getType(create);
      const u = schema.getType(update);
      if (!isInputObjectType(c) || !isInputObjectType(u)) throw new Error(`${create} / ${update}`);
      const createRules = rules(inputClass(create));
      const updateRules = rules(inputClass(update));
      for (const [name, field] of Object.entries(c.getFields())) {
        const other = u.getFields()[name];
        if (!other) continue;
        if (String(getNamedType(field.type)) !== String(getNamedType(other.type)) || String(field.type).startsWith('[') !== String(other.type).startsWith('[')) {
          disagreements.push(`${create}.${name}: ${String(field.type)} but ${update}.${name}: ${String(other.type)}`);
        }
        const a = JSON.stringify(createRules.get(name) ?? []);
        const b = JSON.stringify(updateRules.get(name) ?? []);
        if (a !== b) disagreements.push(`${create}.${name} validates ${a} but ${update}.${name} validates ${b}`);
      }
    }
    expect(disagreements).toEqual([]);
  });
});
