import { Field, ObjectType, Resolver } from 'type-graphql';
import { ArchiveInput } from '../../core/write/inputs';
import { awardResolver } from '../award/award.resolver';
import { TextbookAwardEntity, TextbookEntity } from './textbook.entity';
import { AddTextbookAwardInput } from './textbook.inputs';
import { TextbookAwardModel, TextbookModel } from './textbook.loaders';
import { Textbook, TextbookAward } from './textbook.type';

@ObjectType('TextbookAwardPayload', { description: '教材获奖写操作结果 (result of a textbook award mutation)', simpleResolvers: true })
class TextbookAwardPayload {
  @Field(() => TextbookAward, { description: '获奖记录 (the award as stored)' })
  award!: TextbookAward;

  @Field(() => Textbook, { description: '教材 (the textbook, with its awards as they are now)' })
  textbook!: Textbook;
}

/** 好教材: awards won by textbooks. */
@Resolver(() => TextbookAward)
export class TextbookAwardResolver extends awardResolver({
  award: { type: 'TextbookAward', read: TextbookAward, model: TextbookAwardModel, entity: TextbookAwardEntity },
  owner: {
    type: 'Textbook',
    read: Textbook,
    model: TextbookModel,
    entity: TextbookEntity,
    field: 'textbook',
    description: '获奖教材 (the textbook that won it)',
    key: 'textbookId',
    inputKey: 'textbookId',
    noun: 'textbook',
  },
  uniqueConstraint: 'textbook_award_textbook_id_name_year_unique',
  removal: 'archive',
  payloadField: 'award',
  add: {
    description: '登记教材获奖 (record an award won by a textbook; the same award twice is a CONFLICT)',
    input: AddTextbookAwardInput,
    inputDescription: '获奖信息 (textbook, award name, level and year)',
    payload: TextbookAwardPayload,
  },
  remove: {
    description: '撤销教材获奖 (remove a textbook award; it is archived)',
    input: ArchiveInput,
    inputDescription: '获奖记录标识及版本 (award id and version)',
    payload: TextbookAwardPayload,
  },
}) {}
