import { Arg, Args, Ctx, Field, FieldResolver, ID, Info, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../access/request-context';
import { connectionType } from '../../core/read/connection';
import { listArgs, orderByEnum, type ListArgsShape } from '../../core/read/list-args';
import { nestedLimit } from '../../core/read/nested';
import { ArchiveInput } from '../../core/write/inputs';
import { archiveRecord, assignDefined, auditWrite, inTransaction, loadForUpdate, optionalReference, readBack, validateInput } from '../kit/mutation';
import { Institution } from '../institution/institution.type';
import { InstitutionModel } from '../institution/institution.loaders';
import { InstitutionEntity } from '../institution/institution.entity';
import { TextbookEntity } from './textbook.entity';
import { CreateTextbookInput, TextbookFilter, UpdateTextbookInput } from './textbook.inputs';
import { TextbookAwardModel, TextbookModel, textbookFilter } from './textbook.loaders';
import { Textbook, TextbookAward } from './textbook.type';
import { createOnce } from '../kit/idempotency';

export const TextbookOrderBy = orderByEnum(TextbookModel, { TITLE: '教材名称', YEAR: '出版年份' });
const TextbookConnection = connectionType(Textbook, 'Textbook', '教材');
const TextbookListArgs = listArgs(TextbookFilter, TextbookOrderBy, 'Textbook');

@ObjectType('TextbookPayload', { description: '教材写操作结果 (result of a textbook mutation)', simpleResolvers: true })
export class TextbookPayload {
  @Field(() => Textbook, { description: '教材 (the textbook as stored)' })
  textbook!: Textbook;
}

const SCALARS = ['title', 'authors', 'publisher', 'year', 'isCaseTextbook'] as const;
const FIRST = { nullable: true, description: '最多条数 (at most; default and maximum 100)' } as const;

@Resolver(() => Textbook)
export class TextbookResolver {
  @Query(() => Textbook, { description: '按标识查询教材 (one textbook by id)' })
  textbook(@Arg('id', () => ID, { description: '教材标识 (textbook id)' }) id: string, @Ctx() ctx: Context): Promise<Textbook> {
    return ctx.read.one<Textbook>(TextbookModel, id);
  }

  @Query(() => TextbookConnection, { description: '教材列表 (textbooks, filtered and paginated)' })
  async textbooks(@Args(() => TextbookListArgs) args: ListArgsShape<TextbookFilter>, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    if (args.filter) await validateInput(args.filter, 'filter');
    return ctx.read.list<Textbook>(TextbookModel, textbookFilter(args.filter).toRequest(args), info);
  }

  @FieldResolver(() => Institution, { nullable: true, description: '编写机构 (compiling institution)' })
  institution(@Root() textbook: Textbook, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return textbook.institutionId === null ? null : ctx.read.loaders.with(info).byPk(InstitutionModel, textbook.institutionId);
  }

  @FieldResolver(() => [TextbookAward], { description: '获奖情况 (awards, e.g. 好教材)' })
  awards(@Root() textbook: Textbook, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg('first', () => Int, FIRST) first?: number) {
    return ctx.read.loaders.with(info).children(TextbookAwardModel, 'textbook_id', textbook.pk, nestedLimit(first));
  }

  @Mutation(() => TextbookPayload, { description: '新增教材 (create a textbook)' })
  async createTextbook(@Arg('input', () => CreateTextbookInput, { description: '教材 (the new textbook)' }) input: CreateTextbookInput, @Ctx() ctx: Context): Promise<TextbookPayload> {
    await validateInput(input);
    const pk = await createOnce(ctx, 'createTextbook', input, async (em) => {
      const institution = (await optionalReference(em, InstitutionEntity, 'Institution', input.institutionId, 'input.institutionId')) ?? null;
      const textbook = em.create(TextbookEntity, {
        title: input.title,
        authors: input.authors ?? [],
        publisher: input.publisher,
        year: input.year,
        isCaseTextbook: input.isCaseTextbook ?? false,
        institution,
      });
      auditWrite(em, textbook, { fields: Object.keys(input) });
      await em.flush();
      return textbook.id;
    });
    return { textbook: await readBack<Textbook>(ctx, TextbookModel, pk) };
  }

  @Mutation(() => TextbookPayload, { description: '修改教材 (update a textbook; a stale version is a CONFLICT)' })
  async updateTextbook(@Arg('input', () => UpdateTextbookInput, { description: '修改内容 (the changes)' }) input: UpdateTextbookInput, @Ctx() ctx: Context): Promise<TextbookPayload> {
    await validateInput(input);
    const pk = await inTransaction(ctx, async (em) => {
      const textbook = await loadForUpdate(em, TextbookEntity, 'Textbook', input.id, input.version);
      const institution = await optionalReference(em, InstitutionEntity, 'Institution', input.institutionId, 'input.institutionId');
      const changed = assignDefined(textbook, input, SCALARS);
      if (institution !== undefined) {
        textbook.institution = institution;
        changed.push('institution');
      }
      auditWrite(em, textbook, { fields: changed });
      await em.flush();
      return textbook.id;
    });
    return { textbook: await readBack<Textbook>(ctx, TextbookModel, pk) };
  }

  @Mutation(() => TextbookPayload, { description: '归档教材 (archive a textbook)' })
  async archiveTextbook(@Arg('input', () => ArchiveInput, { description: '归档对象及版本 (id and version to archive)' }) input: ArchiveInput, @Ctx() ctx: Context): Promise<TextbookPayload> {
    await validateInput(input);
    const pk = await archiveRecord(ctx, TextbookEntity, 'Textbook', input.id, input.version);
    return { textbook: await readBack<Textbook>(ctx, TextbookModel, pk) };
  }
}
