import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Field, FieldResolver, Mutation, ObjectType, Resolver, Root, Info } from 'type-graphql';
import type { Context } from '../../access/request-context';
import { ArchiveInput } from '../../core/write/inputs';
import { archiveRecord, auditWrite, blameConstraint, inTransaction, readBack, reference, validateInput, reviveOrCreate } from '../kit/mutation';
import { TextbookAwardEntity, TextbookEntity } from './textbook.entity';
import { AddTextbookAwardInput } from './textbook.inputs';
import { TextbookAwardModel, TextbookModel } from './textbook.loaders';
import { Textbook, TextbookAward } from './textbook.type';

blameConstraint('textbook_award_textbook_id_name_year_unique', 'input.name');

@ObjectType('TextbookAwardPayload', { description: '教材获奖写操作结果 (result of a textbook award mutation)', simpleResolvers: true })
class TextbookAwardPayload {
  @Field(() => TextbookAward, { description: '获奖记录 (the award as stored)' })
  award!: TextbookAward;

  @Field(() => Textbook, { description: '教材 (the textbook, with its awards as they are now)' })
  textbook!: Textbook;
}

/** 好教材: awards won by textbooks. */
@Resolver(() => TextbookAward)
export class TextbookAwardResolver {
  @FieldResolver(() => Textbook, { description: '获奖教材 (the textbook that won it)' })
  textbook(@Root() award: TextbookAward, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.read.loaders.with(info).byPk(TextbookModel, award.textbookId);
  }

  @Mutation(() => TextbookAwardPayload, { description: '登记教材获奖 (record an award won by a textbook; the same award twice is a CONFLICT)' })
  async addTextbookAward(@Arg('input', () => AddTextbookAwardInput, { description: '获奖信息 (textbook, award name, level and year)' }) input: AddTextbookAwardInput, @Ctx() ctx: Context): Promise<TextbookAwardPayload> {
    await validateInput(input);
    const [awardPk, textbookPk] = await inTransaction(ctx, async (em) => {
      const textbook = await reference(em, TextbookEntity, 'Textbook', input.textbookId, 'input.textbookId');
      // A removed award stays as an archived row; recording the same award again revives it.
      const award = await reviveOrCreate(
        em,
        TextbookAwardEntity,
        { textbook, name: input.name, year: input.year },
        'This award of the textbook',
        (a) => void (a.level = input.level),
        () => em.create(TextbookAwardEntity, { textbook, name: input.name, level: input.level, year: input.year }),
      );
      auditWrite(em, award, { action: 'ADD_AWARD', records: [award, textbook], fields: Object.keys(input) });
      await em.flush();
      return [award.id, textbook.id] as const;
    });
    return { award: await readBack<TextbookAward>(ctx, TextbookAwardModel, awardPk), textbook: await readBack<Textbook>(ctx, TextbookModel, textbookPk) };
  }

  @Mutation(() => TextbookAwardPayload, { description: '撤销教材获奖 (remove a textbook award; it is archived)' })
  async removeTextbookAward(@Arg('input', () => ArchiveInput, { description: '获奖记录标识及版本 (award id and version)' }) input: ArchiveInput, @Ctx() ctx: Context): Promise<TextbookAwardPayload> {
    await validateInput(input);
    const pk = await archiveRecord(ctx, TextbookAwardEntity, 'TextbookAward', input.id, input.version);
    const award = await readBack<TextbookAward>(ctx, TextbookAwardModel, pk);
    return { award, textbook: await readBack<Textbook>(ctx, TextbookModel, award.textbookId) };
  }
}
