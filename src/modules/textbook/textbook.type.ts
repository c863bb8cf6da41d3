import { Field, Int, ObjectType } from 'type-graphql';
import { RecordType } from '../../core/read/base.type';
import { AwardLevel } from '../course/course.enums';

/** 教材: the read type. Relations (institution, awards) resolve in TextbookResolver. */
@ObjectType('Textbook', { description: '教材 (a textbook for cadre training)', simpleResolvers: true })
export class Textbook extends RecordType {
  institutionId!: number | null;

  @Field({ description: '教材名称 (title)' })
  title!: string;

  @Field(() => [String], { description: '作者 (authors)' })
  authors!: string[];

  @Field({ description: '出版社 (publisher)' })
  publisher!: string;

  @Field(() => Int, { description: '出版年份 (year published)' })
  year!: number;

  @Field({ description: '是否案例教材 (case textbook)' })
  isCaseTextbook!: boolean;
}

/** 好教材: an award a textbook won. */
@ObjectType('TextbookAward', { description: '教材获奖 (an award won by a textbook, e.g. 好教材)', simpleResolvers: true })
export class TextbookAward extends RecordType {
  textbookId!: number;

  @Field({ description: '奖项名称 (award name)' })
  name!: string;

  @Field(() => AwardLevel, { description: '获奖级别 (award level)' })
  level!: AwardLevel;

  @Field(() => Int, { description: '获奖年度 (year awarded)' })
  year!: number;
}
