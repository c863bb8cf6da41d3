import { Arg, Args, Ctx, Field, FieldResolver, ID, Info, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { EntityManager } from '@mikro-orm/core';
import type { Context } from '../../access/request-context';
import { BadInputError } from '../../core/errors';
import { connectionType } from '../../core/read/connection';
import { refPk } from '../../core/read/ids';
import { listArgs, orderByEnum, type ListArgsShape } from '../../core/read/list-args';
import { nestedLimit } from '../../core/read/nested';
import { ArchiveInput } from '../../core/write/inputs';
import { archiveRecord, assignDefined, auditWrite, inTransaction, loadForUpdate, readBack, reference, validateInput } from '../kit/mutation';
import { Institution } from '../institution/institution.type';
import { InstitutionModel } from '../institution/institution.loaders';
import { InstitutionEntity } from '../institution/institution.entity';
import { CaseCollectionEntity, TeachingCaseEntity } from './teaching-case.entity';
import { CaseCollectionFilter, CreateCaseCollectionInput, UpdateCaseCollectionInput } from './teaching-case.inputs';
import { COLLECTION_CASES, CaseCollectionModel, TeachingCaseModel, caseCollectionFilter } from './teaching-case.loaders';
import { CaseCollection, TeachingCase } from './teaching-case.type';
import { createOnce } from '../kit/idempotency';

export const CaseCollectionOrderBy = orderByEnum(CaseCollectionModel, { YEAR: '年度', TITLE: '名称' });
const CaseCollectionConnection = connectionType(CaseCollection, 'CaseCollection', '案例汇编');
const CaseCollectionListArgs = listArgs(CaseCollectionFilter, CaseCollectionOrderBy, 'CaseCollection');

@ObjectType('CaseCollectionPayload', { description: '案例汇编写操作结果 (result of a case collection mutation)', simpleResolvers: true })
class CaseCollectionPayload {
  @Field(() => CaseCollection, { description: '案例汇编 (the collection as stored)' })
  caseCollection!: CaseCollection;
}

/** The live cases named by `gids`, in order, with one statement; an unknown or archived id is bad input at `path.i`. */
async function liveCases(em: EntityManager, gids: readonly string[], path: string): Promise<TeachingCaseEntity[]> {
  const pks = gids.map((g, i) => refPk(g, 'TeachingCase', `${path}.${i}`));
  const found = pks.length ? await em.find(TeachingCaseEntity, { id: { $in: pks }, archivedAt: null }) : [];
  const byPk = new Map(found.map((c) => [c.id, c]));
  return pks.map((pk, i) => {
    const c = byPk.get(pk);
    if (!c) throw BadInputError.unknownReference(`${path}.${i}`, 'TeachingCase');
    return c;
  });
}

@Resolver(() => CaseCollection)
export class CaseCollectionResolver {
  @Query(() => CaseCollection, { description: '按标识查询案例汇编 (one case collection by id)' })
  caseCollection(@Arg('id', () => ID, { description: '案例汇编标识 (collection id)' }) id: string, @Ctx() ctx: Context): Promise<CaseCollection> {
    return ctx.read.one<CaseCollection>(CaseCollectionModel, id);
  }

  @Query(() => CaseCollectionConnection, { description: '案例汇编列表 (case collections, filtered and paginated)' })
  async caseCollections(@Args(() => CaseCollectionListArgs) args: ListArgsShape<CaseCollectionFilter>, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    if (args.filter) await validateInput(args.filter, 'filter');
    return ctx.read.list<CaseCollection>(CaseCollectionModel, caseCollectionFilter(args.filter).toRequest(args), info);
  }

  @FieldResolver(() => Institution, { description: '编印机构 (institution that compiled the collection)' })
  institution(@Root() collection: CaseCollection, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.read.loaders.with(info).byPk(InstitutionModel, collection.institutionId);
  }

  @FieldResolver(() => [TeachingCase], { description: '收录案例 (the cases in this collection)' })
  cases(@Root() collection: CaseCollection, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg('first', () => Int, { nullable: true, description: '最多条数 (at most; default and maximum 100)' }) first?: number) {
    return ctx.read.loaders.with(info).linked(TeachingCaseModel, COLLECTION_CASES, collection.pk, nestedLimit(first));
  }

  @Mutation(() => CaseCollectionPayload, { description: '新增案例汇编 (create a case collection)' })
  async createCaseCollection(@Arg('input', () => CreateCaseCollectionInput, { description: '案例汇编内容 (the new collection)' }) input: CreateCaseCollectionInput, @Ctx() ctx: Context): Promise<CaseCollectionPayload> {
    await validateInput(input);
    const pk = await createOnce(ctx, 'createCaseCollection', input, async (em) => {
      const institution = await reference(em, InstitutionEntity, 'Institution', input.institutionId, 'input.institutionId');
      const cases = await liveCases(em, input.caseIds ?? [], 'input.caseIds');
      const collection = em.create(CaseCollectionEntity, { title: input.title, year: input.year, institution });
      collection.cases.set(cases);
      auditWrite(em, collection, { fields: Object.keys(input) });
      await em.flush();
      return collection.id;
    });
    return { caseCollection: await readBack<CaseCollection>(ctx, CaseCollectionModel, pk) };
  }

  @Mutation(() => CaseCollectionPayload, { description: '修改案例汇编 (update a case collection; caseIds replaces the whole list; a stale version is a CONFLICT)' })
  async updateCaseCollection(@Arg('input', () => UpdateCaseCollectionInput, { description: '案例汇编标识、版本及修改内容 (collection id, version and the changes)' }) input: UpdateCaseCollectionInput, @Ctx() ctx: Context): Promise<CaseCollectionPayload> {
    await validateInput(input);
    const pk = await inTransaction(ctx, async (em) => {
      const collection = await loadForUpdate(em, CaseCollectionEntity, 'CaseCollection', input.id, input.version);
      const changed = assignDefined(collection, input, ['title', 'year']);
      if (input.institutionId != null) {
        collection.institution = await reference(em, InstitutionEntity, 'Institution', input.institutionId, 'input.institutionId');
        changed.push('institution');
      }
      if (input.caseIds === null) throw new BadInputError('input.caseIds cannot be null; send [] to empty the collection.', 'input.caseIds');
      if (input.caseIds !== undefined) {
        const cases = await liveCases(em, input.caseIds, 'input.caseIds');
        await collection.cases.init();
        collection.cases.set(cases);
        // A change of membership alone touches only the pivot table; the collection's version still moves.
        collection.updatedAt = new Date();
        changed.push('cases');
      }
      auditWrite(em, collection, { fields: changed });
      await em.flush();
      return collection.id;
    });
    return { caseCollection: await readBack<CaseCollection>(ctx, CaseCollectionModel, pk) };
  }

  @Mutation(() => CaseCollectionPayload, { description: '归档案例汇编 (archive a case collection)' })
  async archiveCaseCollection(@Arg('input', () => ArchiveInput, { description: '案例汇编标识及版本 (collection id and version)' }) input: ArchiveInput, @Ctx() ctx: Context): Promise<CaseCollectionPayload> {
    await validateInput(input);
    const pk = await archiveRecord(ctx, CaseCollectionEntity, 'CaseCollection', input.id, input.version);
    return { caseCollection: await readBack<CaseCollection>(ctx, CaseCollectionModel, pk) };
  }
}
