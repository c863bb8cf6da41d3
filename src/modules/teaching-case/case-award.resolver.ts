import { Field, ID, ObjectType, Resolver } from 'type-graphql';
import { awardResolver } from '../award/award.resolver';
import { CaseAwardEntity, TeachingCaseEntity } from './teaching-case.entity';
import { AddCaseAwardInput, RemoveCaseAwardInput } from './teaching-case.inputs';
import { CaseAwardModel, TeachingCaseModel } from './teaching-case.loaders';
import { CaseAward, TeachingCase } from './teaching-case.type';

@ObjectType('CaseAwardPayload', { description: '案例获奖写操作结果 (result of recording a case award)', simpleResolvers: true })
class CaseAwardPayload {
  @Field(() => CaseAward, { description: '获奖记录 (the award as stored)' })
  caseAward!: CaseAward;

  @Field(() => TeachingCase, { description: '案例 (the case, with its awards)' })
  teachingCase!: TeachingCase;
}

@ObjectType('RemoveCaseAwardPayload', { description: '撤销案例获奖结果 (result of removing a case award)', simpleResolvers: true })
class RemoveCaseAwardPayload {
  @Field(() => ID, { description: '已撤销的获奖记录标识 (id of the removed award)' })
  removedId!: string;

  @Field(() => TeachingCase, { description: '案例 (the case, with its remaining awards)' })
  teachingCase!: TeachingCase;
}

/** 精品案例: awards won by teaching cases. A removed award is deleted (recorded in error), not archived. */
@Resolver(() => CaseAward)
export class CaseAwardResolver extends awardResolver({
  award: { type: 'CaseAward', read: CaseAward, model: CaseAwardModel, entity: CaseAwardEntity },
  owner: {
    type: 'TeachingCase',
    read: TeachingCase,
    model: TeachingCaseModel,
    entity: TeachingCaseEntity,
    field: 'teachingCase',
    description: '获奖案例 (the case that won the award)',
    key: 'caseId',
    inputKey: 'caseId',
    noun: 'case',
  },
  uniqueConstraint: 'case_award_case_id_name_year_unique',
  removal: 'delete',
  payloadField: 'caseAward',
  add: {
    description: '登记案例获奖 (record an award won by a case; the same award in the same year twice is a CONFLICT)',
    input: AddCaseAwardInput,
    inputDescription: '获奖信息 (case, award name, level and year)',
    payload: CaseAwardPayload,
  },
  remove: {
    description: '撤销案例获奖 (remove an award recorded in error; a stale version is a CONFLICT)',
    input: RemoveCaseAwardInput,
    inputDescription: '获奖记录标识及版本 (award id and version)',
    payload: RemoveCaseAwardPayload,
  },
}) {}
