import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayUnique, IsInt, IsOptional, Length, Max, MaxLength, Min } from 'class-validator';
import { AwardLevel, ReviewStatus } from '../course/course.enums';
import { ReviewAction } from '../course/review-workflow';
import { IdempotentInput } from '../../core/write/inputs';
import { inputField } from '../../core/write/input-field';

/** Column checks: `year between 1949 and 2100` on cases and collections, 2000–2100 on awards. */
const MIN_YEAR = 1949;
const MIN_AWARD_YEAR = 2000;
const MAX_YEAR = 2100;
/** `text` columns have no length of their own; these bounds keep one case a readable document. */
const MAX_SUMMARY = 2000;
const MAX_BODY = 100_000;
const MAX_THEMES = 20;
const MAX_THEME = 50;
const MAX_AUTHORS = 20;
const MAX_AUTHOR = 50;
const MAX_COLLECTION_CASES = 500;

@InputType('TeachingCaseFilter', { description: '案例筛选条件 (teaching case filter)' })
export class TeachingCaseFilter {
  @MaxLength(100)
  @IsOptional()
  @Field(() => String, { nullable: true, description: '关键词，检索标题、摘要、正文，支持中文 (keyword over title, summary and body; works for Chinese text)' })
  keyword?: string | null;

  @ArrayMaxSize(MAX_THEMES)
  @MaxLength(MAX_THEME, { each: true })
  @IsOptional()
  @Field(() => [String], { nullable: true, description: '案例主题，任一 (cases with any of these themes)' })
  theme?: string[] | null;

  @Field(() => String, { nullable: true, description: '行政区划代码，含下级 (region code; the whole subtree)' })
  regionCode?: string | null;

  @Field(() => ID, { nullable: true, description: '来源机构 (source institution id)' })
  institutionId?: string | null;

  @Field(() => ID, { nullable: true, description: '案例汇编 (cases in this collection)' })
  collectionId?: string | null;

  @Field(() => [ReviewStatus], { nullable: true, description: '审核状态，任一 (any of these review statuses)' })
  status?: ReviewStatus[] | null;

  @Field(() => Int, { nullable: true, description: '年度起 (year from, inclusive)' })
  yearFrom?: number | null;

  @Field(() => Int, { nullable: true, description: '年度止 (year to, inclusive)' })
  yearTo?: number | null;

  @Field(() => Boolean, { nullable: true, description: '是否获奖 (true: cases with an award, e.g. 精品案例; false: without)' })
  hasAward?: boolean | null;
}

/** The fields CreateTeachingCaseInput and UpdateTeachingCaseInput share: type and rules, declared once (see inputField). */
const teachingCaseFields = {
  title: inputField(() => String, [Length(1, 200)]),
  themes: inputField(() => [String], [ArrayMaxSize(MAX_THEMES), ArrayUnique(), Length(1, MAX_THEME, { each: true })]),
  summary: inputField(() => String, [Length(1, MAX_SUMMARY)]),
  body: inputField(() => String, [Length(1, MAX_BODY)]),
  regionId: inputField(() => ID),
  institutionId: inputField(() => ID),
  authors: inputField(() => [String], [ArrayMaxSize(MAX_AUTHORS), Length(1, MAX_AUTHOR, { each: true })]),
  year: inputField(() => Int, [IsInt(), Min(MIN_YEAR), Max(MAX_YEAR)]),
};

@InputType('CreateTeachingCaseInput', { description: '新增案例 (create a teaching case; it starts as a draft, 制作中)' })
export class CreateTeachingCaseInput extends IdempotentInput {
  @teachingCaseFields.title.required('案例标题 (title)')
  title!: string;

  @teachingCaseFields.themes.optional('案例主题 (themes, e.g. 木兰溪治理)')
  themes?: string[] | null;

  @teachingCaseFields.summary.required('案例摘要 (summary)')
  summary!: string;

  @teachingCaseFields.body.required('案例正文 (body)')
  body!: string;

  @teachingCaseFields.regionId.optional('案例所在行政区划 (region the case is about)')
  regionId?: string | null;

  @teachingCaseFields.institutionId.required('来源机构 (source institution id)')
  institutionId!: string;

  @teachingCaseFields.authors.optional('作者 (authors)')
  authors?: string[] | null;

  @teachingCaseFields.year.required('年度 (year written, 1949–2100)')
  year!: number;
}

@InputType('UpdateTeachingCaseInput', {
  description: '修改案例 (update a draft case; absent fields stay unchanged. A case under review or published is revised first: reviewTeachingCase REVISE)',
})
export class UpdateTeachingCaseInput {
  @Field(() => ID, { description: '案例 (case id)' })
  id!: string;

  @Min(1)
  @Field(() => Int, { description: '版本号 (the version you last read)' })
  version!: number;

  @teachingCaseFields.title.optional('案例标题 (title)')
  title?: string;

  @teachingCaseFields.themes.optional('案例主题 (themes; replaces the list)')
  themes?: string[];

  @teachingCaseFields.summary.optional('案例摘要 (summary)')
  summary?: string;

  @teachingCaseFields.body.optional('案例正文 (body)')
  body?: string;

  @teachingCaseFields.regionId.optional('案例所在行政区划 (region id; null clears it)')
  regionId?: string | null;

  @teachingCaseFields.institutionId.optional('来源机构 (source institution id)')
  institutionId?: string;

  @teachingCaseFields.authors.optional('作者 (authors; replaces the list)')
  authors?: string[];

  @teachingCaseFields.year.optional('年度 (year written)')
  year?: number;
}

@InputType('ReviewTeachingCaseInput', { description: '案例审核操作 (move a case through the review workflow: 制作 → 审核 → 发布 → 更新/下线)' })
export class ReviewTeachingCaseInput {
  @Field(() => ID, { description: '案例 (case id)' })
  id!: string;

  @Min(1)
  @Field(() => Int, { description: '版本号 (the version you last read)' })
  version!: number;

  @Field(() => ReviewAction, { description: '审核操作 (the action; one not allowed from the current status is a CONFLICT)' })
  action!: ReviewAction;
}

@InputType('AddCaseAwardInput', { description: '登记案例获奖 (record an award won by a case, e.g. 精品案例)' })
export class AddCaseAwardInput {
  @Field(() => ID, { description: '案例 (case id)' })
  caseId!: string;

  @Length(1, 200)
  @Field({ description: '奖项名称 (award name)' })
  name!: string;

  @Field(() => AwardLevel, { description: '获奖级别 (award level)' })
  level!: AwardLevel;

  @IsInt()
  @Min(MIN_AWARD_YEAR)
  @Max(MAX_YEAR)
  @Field(() => Int, { description: '获奖年度 (year awarded, 2000–2100)' })
  year!: number;
}

@InputType('RemoveCaseAwardInput', { description: '撤销案例获奖 (remove an award recorded in error)' })
export class RemoveCaseAwardInput {
  @Field(() => ID, { description: '获奖记录 (award id)' })
  id!: string;

  @Min(1)
  @Field(() => Int, { description: '版本号 (the version you last read)' })
  version!: number;
}

@InputType('CaseCollectionFilter', { description: '案例汇编筛选条件 (case collection filter)' })
export class CaseCollectionFilter {
  @Field(() => ID, { nullable: true, description: '编印机构 (institution id)' })
  institutionId?: string | null;

  @Field(() => ID, { nullable: true, description: '收录案例 (collections containing this case)' })
  caseId?: string | null;

  @Field(() => Int, { nullable: true, description: '年度起 (year from, inclusive)' })
  yearFrom?: number | null;

  @Field(() => Int, { nullable: true, description: '年度止 (year to, inclusive)' })
  yearTo?: number | null;

  @MaxLength(50)
  @IsOptional()
  @Field(() => String, { nullable: true, description: '汇编名称关键词 (title keyword)' })
  keyword?: string | null;
}

/** The fields CreateCaseCollectionInput and UpdateCaseCollectionInput share: type and rules, declared once (see inputField). */
const caseCollectionFields = {
  title: inputField(() => String, [Length(1, 200)]),
  year: inputField(() => Int, [IsInt(), Min(MIN_YEAR), Max(MAX_YEAR)]),
  institutionId: inputField(() => ID),
  caseIds: inputField(() => [ID], [ArrayMaxSize(MAX_COLLECTION_CASES), ArrayUnique({ message: 'must not list a case twice' })]),
};

@InputType('CreateCaseCollectionInput', { description: '新增案例汇编 (create a case collection)' })
export class CreateCaseCollectionInput extends IdempotentInput {
  @caseCollectionFields.title.required('汇编名称 (title)')
  title!: string;

  @caseCollectionFields.year.required('编印年度 (year published)')
  year!: number;

  @caseCollectionFields.institutionId.required('编印机构 (institution id)')
  institutionId!: string;

  @caseCollectionFields.caseIds.optional('收录案例 (case ids)')
  caseIds?: string[] | null;
}

@InputType('UpdateCaseCollectionInput', { description: '修改案例汇编 (update a case collection; absent fields stay unchanged)' })
export class UpdateCaseCollectionInput {
  @Field(() => ID, { description: '案例汇编 (collection id)' })
  id!: string;

  @Min(1)
  @Field(() => Int, { description: '版本号 (the version you last read)' })
  version!: number;

  @caseCollectionFields.title.optional('汇编名称 (title)')
  title?: string;

  @caseCollectionFields.year.optional('编印年度 (year published)')
  year?: number;

  @caseCollectionFields.institutionId.optional('编印机构 (institution id)')
  institutionId?: string;

  @caseCollectionFields.caseIds.optional('收录案例 (case ids; replaces the whole list)')
  caseIds?: string[];
}
