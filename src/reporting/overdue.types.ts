import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../core/scalars';
import { ComplianceColour } from '../modules/rules/compliance.enums';
import { CadreCompliance } from './compliance.types';
import { CadreCoverage } from './coverage.types';

/** One cadre of the 提醒通报 list. The cadre resolves in OverdueCadreResolver. */
@ObjectType('OverdueCadre', { description: '提醒通报对象 (a cadre behind on the hours rules or a coverage rule)', simpleResolvers: true })
export class OverdueCadre {
  cadreId!: number;

  @Field(() => ComplianceColour, { description: '综合预警颜色 (the worst colour over the hours rules and the per-person coverage rules)' })
  colour!: ComplianceColour;

  @Field(() => DateScalar, { nullable: true, description: '最近期限 (the nearest deadline among what is behind)' })
  deadline!: string | null;

  @Field(() => [String], { description: '说明 (reasons in words: the hours rules\' and each coverage rule behind)' })
  reasons!: string[];

  @Field(() => CadreCompliance, { nullable: true, description: '学时达标情况 (the hours rules; null for village cadres, outside 附件1\'s table)' })
  compliance!: CadreCompliance | null;

  @Field(() => [CadreCoverage], { description: '未达要求的培训覆盖规则 (the per-person coverage rules that are YELLOW or RED, most urgent first)' })
  coverage!: CadreCoverage[];
}

/** 提醒通报名单. */
@ObjectType('OverdueCadreList', { description: '提醒通报名单 (cadres behind on a requirement, most urgent first)', simpleResolvers: true })
export class OverdueCadreList {
  @Field(() => Int, { description: '总人数 (how many cadres are behind, in your scope)' })
  totalCount!: number;

  @Field(() => [OverdueCadre], { description: '本页 (this page, most urgent first)' })
  nodes!: OverdueCadre[];
}
