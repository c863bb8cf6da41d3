import type { GraphQLResolveInfo } from 'graphql';
import type { EntityClass, EntityManager } from '@mikro-orm/core';
import { Arg, Ctx, FieldResolver, Info, Mutation, Resolver, Root, type ClassType } from 'type-graphql';
import type { Context } from '../../access/request-context';
import { BadInputError, ConflictError } from '../../core/errors';
import type { ReadModel, Row } from '../../core/read/model';
import type { BaseEntity } from '../../db/base.entity';
import { archiveRecord, auditWrite, blameConstraint, inTransaction, loadForUpdate, readBack, reference, reviveOrCreate, validateInput } from '../kit/mutation';

/** An award row as every owner's award entity has it: its owner, the award's name, level and year. */
type AwardEntity = BaseEntity & { name: string; level: string; year: number };

/** The input that records an award: the owner's id (under `owner.inputKey`), name, level and year. */
type AddAwardInput = { name: string; level: string; year: number } & Record<string, unknown>;

/** The input that removes one: the award's id and the version last read. */
type RemoveAwardInput = { id: string; version: number };

interface AwardMutation {
  description: string;
  input: ClassType;
  inputDescription: string;
  payload: ClassType;
}

/** What differs between the owners of awards (好课程, 好教材, 精品案例). */
export interface AwardSpec {
  award: { type: string; read: ClassType; model: ReadModel; entity: EntityClass<AwardEntity> };
  owner: {
    type: string;
    read: ClassType;
    model: ReadModel;
    entity: EntityClass<BaseEntity>;
    /** The award's field (and entity property) naming its owner, and that field's description. */
    field: string;
    description: string;
    /** The award read row's column holding the owner's key. */
    key: string;
    /** The add input's field naming the owner. */
    inputKey: string;
    /** The owner as a duplicate award's message names it (`This award of the course`). */
    noun: string;
  };
  /** The unique (owner, name, year) constraint, blamed on `input.name`. */
  uniqueConstraint: string;
  /**
   * `archive`: a removed award stays as an archived row and recording it again revives it (audited
   * ADD_AWARD, naming award and owner). `delete`: a removed award is deleted, so the key is free for a
   * corrected entry; an archived owner takes no new award (audited CREATE and DELETE).
   */
  removal: 'archive' | 'delete';
  /** The payload field holding the award (`award`, `caseAward`). */
  payloadField: string;
  add: AwardMutation;
  remove: AwardMutation;
}

function ownerKeyOf(spec: AwardSpec, award: Row): number {
  return (award as unknown as Record<string, number>)[spec.owner.key];
}

async function recordAward(spec: AwardSpec, em: EntityManager, owner: BaseEntity, input: AddAwardInput): Promise<AwardEntity> {
  const ownerProp = spec.owner.field;
  if (spec.removal === 'archive') {
    // A removed award stays as an archived row; recording the same award again revives it.
    const award = await reviveOrCreate(
      em,
      spec.award.entity,
      { [ownerProp]: owner, name: input.name, year: input.year },
      `This award of the ${spec.owner.noun}`,
      (a) => void (a.level = input.level),
      () => em.create(spec.award.entity, { [ownerProp]: owner, name: input.name, level: input.level, year: input.year } as never),
    );
    auditWrite(em, award, { action: 'ADD_AWARD', records: [award, owner], fields: Object.keys(input) });
    return award;
  }
  if (owner.archivedAt) throw BadInputError.invalid(`input.${spec.owner.inputKey}`, `the ${spec.owner.noun} is archived`);
  if (await em.count(spec.award.entity, { [ownerProp]: owner, name: input.name, year: input.year } as never)) {
    throw ConflictError.duplicate(`The award ${input.name} (${input.year}) of this ${spec.owner.noun}`);
  }
  const award = em.create(spec.award.entity, { [ownerProp]: owner, name: input.name, level: input.level, year: input.year } as never);
  auditWrite(em, award, { fields: Object.keys(input) });
  return award;
}

async function addAward(spec: AwardSpec, input: AddAwardInput, ctx: Context): Promise<object> {
  await validateInput(input);
  const [awardPk, ownerPk] = await inTransaction(ctx, async (em) => {
    const { type, entity, inputKey } = spec.owner;
    const owner = await reference(em, entity, type, input[inputKey] as string, `input.${inputKey}`);
    const award = await recordAward(spec, em, owner, input);
    await em.flush();
    return [award.id, owner.id] as const;
  });
  return { [spec.payloadField]: await readBack(ctx, spec.award.model, awardPk), [spec.owner.field]: await readBack(ctx, spec.owner.model, ownerPk) };
}

async function removeAward(spec: AwardSpec, input: RemoveAwardInput, ctx: Context): Promise<object> {
  await validateInput(input);
  if (spec.removal === 'archive') {
    const pk = await archiveRecord(ctx, spec.award.entity, spec.award.type, input.id, input.version);
    const award = await readBack(ctx, spec.award.model, pk);
    return { [spec.payloadField]: award, [spec.owner.field]: await readBack(ctx, spec.owner.model, ownerKeyOf(spec, award)) };
  }
  const ownerPk = await inTransaction(ctx, async (em) => {
    const award = await loadForUpdate(em, spec.award.entity, spec.award.type, input.id, input.version);
    // Removed, not archived: the (owner, name, year) key stays free for a corrected entry. The audit log keeps the trace.
    em.remove(award);
    auditWrite(em, award, { fields: ['name', 'level', 'year'] });
    await em.flush();
    return ((award as unknown as Record<string, BaseEntity>)[spec.owner.field]).id;
  });
  return { removedId: input.id, [spec.owner.field]: await readBack(ctx, spec.owner.model, ownerPk) };
}

/**
 * The awards of one owning type (课程, 教材, 案例) as a resolver base class (type-graphql's resolver
 * inheritance): the award's owner field and the `add<Award>` / `remove<Award>` mutations. The owner's
 * module extends it with `@Resolver(() => <Award>)` and lists the subclass.
 */
export function awardResolver(spec: AwardSpec) {
  blameConstraint(spec.uniqueConstraint, 'input.name');

  @Resolver(() => spec.award.read)
  abstract class AwardResolver {
    @FieldResolver(() => spec.owner.read, { name: spec.owner.field, description: spec.owner.description })
    owner(@Root() award: Row, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
      return ctx.read.loaders.with(info).byPk(spec.owner.model, ownerKeyOf(spec, award));
    }

    @Mutation(() => spec.add.payload, { name: `add${spec.award.type}`, description: spec.add.description })
    add(@Arg('input', () => spec.add.input, { description: spec.add.inputDescription }) input: AddAwardInput, @Ctx() ctx: Context): Promise<object> {
      return addAward(spec, input, ctx);
    }

    @Mutation(() => spec.remove.payload, { name: `remove${spec.award.type}`, description: spec.remove.description })
    remove(@Arg('input', () => spec.remove.input, { description: spec.remove.inputDescription }) input: RemoveAwardInput, @Ctx() ctx: Context): Promise<object> {
      return removeAward(spec, input, ctx);
    }
  }
  return AwardResolver;
}
