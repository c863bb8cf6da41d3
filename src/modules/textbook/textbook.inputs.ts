import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length, Max, MaxLength, Min } from 'class-validator';
import { AwardLevel } from '../course/course.enums';
import { IdempotentInput } from '../../core/write/inputs';
import { inputField } from '../../core/write/input-field';

@InputType('TextbookFilter', { description: '教材筛选条件 (textbook filter)' })
export class TextbookFilter {
  @Field(() => Int, { nullable: true, description: '出版年份起 (published in or after this year)' })
  yearFrom?: number | null;

  @Field(() => Int, { nullable: true, description: '出版年份止 (published in or before this year)' })
  yearTo?: number | null;

  @Field(() => Boolean, { nullable: true, description: '是否案例教材 (case textbooks only / none)' })
  isCaseTextbook?: boolean | null;

  @Field(() => ID, { nullable: true, description: '编写机构 (compiling institution id)' })
  institutionId?: string | null;

  @Field(() => Boolean, { nullable: true, description: '是否获奖 (with at least one award / with none)' })
  hasAward?: boolean | null;

  @Field(() => [AwardLevel], { nullable: true, description: '获奖级别，任一 (won an award of any of these levels)' })
  awardLevel?: AwardLevel[] | null;

  @Field(() => Int, { nullable: true, description: '获奖年度 (won an award in this year; with awardLevel: the same award)' })
  awardYear?: number | null;

  @Field(() => Int, { nullable: true, description: '获奖年度起，含 (won an award in or after this year; with awardLevel: the same award)' })
  awardYearFrom?: number | null;

  @Field(() => Int, { nullable: true, description: '获奖年度止，含 (won an award in or before this year; with awardLevel: the same award)' })
  awardYearTo?: number | null;

  @MaxLength(50)
  @IsOptional()
  @Field(() => String, { nullable: true, description: '名称、作者或出版社关键词 (keyword in title, authors or publisher)' })
  keyword?: string | null;
}

/** The fields CreateTextbookInput and UpdateTextbookInput share: type and rules, declared once (see inputField). */
const textbookFields = {
  title: inputField(() => String, [Length(1, 200)]),
  authors: inputField(() => [String], [ArrayMaxSize(30), Length(1, 50, { each: true })]),
  publisher: inputField(() => String, [Length(1, 100)]),
  year: inputField(() => Int, [Min(1949), Max(2100)]),
  isCaseTextbook: inputField(() => Boolean),
  institutionId: inputField(() => ID),
};

@InputType('CreateTextbookInput', { description: '新增教材 (create a textbook)' })
export class CreateTextbookInput extends IdempotentInput {
  @textbookFields.title.required('教材名称 (title)')
  title!: string;

  @textbookFields.authors.optional('作者 (authors)')
  authors?: string[] | null;

  @textbookFields.publisher.required('出版社 (publisher)')
  publisher!: string;

  @textbookFields.year.required('出版年份 (year published)')
  year!: number;

  @textbookFields.isCaseTextbook.optional('是否案例教材 (case textbook; default false)')
  isCaseTextbook?: boolean | null;

  @textbookFields.institutionId.optional('编写机构 (compiling institution id)')
  institutionId?: string | null;
}

@InputType('UpdateTextbookInput', { description: '修改教材 (update a textbook; absent fields stay unchanged)' })
export class UpdateTextbookInput {
  @Field(() => ID, { description: '教材 (textbook id)' })
  id!: string;

  @Min(1)
  @Field(() => Int, { description: '版本号 (the version you last read)' })
  version!: number;

  @textbookFields.title.optional('教材名称 (title)')
  title?: string;

  @textbookFields.authors.optional('作者 (authors; replaces the list)')
  authors?: string[];

  @textbookFields.publisher.optional('出版社 (publisher)')
  publisher?: string;

  @textbookFields.year.optional('出版年份 (year published)')
  year?: number;

  @textbookFields.isCaseTextbook.optional('是否案例教材 (case textbook)')
  isCaseTextbook?: boolean;

  @textbookFields.institutionId.optional('编写机构 (compiling institution id; null clears it)')
  institutionId?: string | null;
}

@InputType('AddTextbookAwardInput', { description: '登记教材获奖 (record an award won by a textbook)' })
export class AddTextbookAwardInput {
  @Field(() => ID, { description: '教材 (textbook id)' })
  textbookId!: string;

  @Length(1, 200)
  @Field({ description: '奖项名称 (award name, e.g. 全省干部教育培训好教材)' })
  name!: string;

  @Field(() => AwardLevel, { description: '获奖级别 (award level)' })
  level!: AwardLevel;

  @Min(2000)
  @Max(2100)
  @Field(() => Int, { description: '获奖年度 (year awarded)' })
  year!: number;
}
