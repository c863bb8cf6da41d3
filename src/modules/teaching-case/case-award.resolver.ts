import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Resolver, Root, Info } from 'type-graphql';
import type { Context } from '../../access/request-context';
import { BadInputError, ConflictError } from '../../core/errors';
import { auditWrite, blameConstraint, inTransaction, loadForUpdate, readBack, reference, validateInput } from '../kit/mutation';
import { CaseAwardEntity, TeachingCaseEntity } from './teaching-case.entity';
import { AddCaseAwardInput, RemoveCaseAwardInput } from './teaching-case.inputs';
import { CaseAwardModel, TeachingCaseModel } from './teaching-case.loaders';
import { CaseAward, TeachingCase } from './teaching-case.type';

blameConstraint('case_award_case_id_name_year_unique', 'input.name');

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

@Resolver(() => CaseAward)
export class CaseAwardResolver {
  @FieldResolver(() => TeachingCase, { description: '获奖案例 (the case that won the award)' })
  teachingCase(@Root() award: CaseAward, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.read.loaders.with(info).byPk(TeachingCaseModel, award.caseId);
  }

  @Mutation(() => CaseAwardPayload, { description: '登记案例获奖 (record an award won by a case; the same award in the same year twice is a CONFLICT)' })
  async addCaseAward(@Arg('input', () => AddCaseAwardInput, { description: '获奖信息 (case, award name, level and year)' }) input: AddCaseAwardInput, @Ctx() ctx: Context): Promise<CaseAwardPayload> {
    await validateInput(input);
    const [awardPk, casePk] = await inTransaction(ctx, async (em) => {
      const teachingCase = await reference(em, TeachingCaseEntity, 'TeachingCase', input.caseId, 'input.caseId');
      if (teachingCase.archivedAt) throw BadInputError.invalid('input.caseId', 'the case is archived');
      if (await em.count(CaseAwardEntity, { teachingCase, name: input.name, year: input.year })) {
        throw ConflictError.duplicate(`The award ${input.name} (${input.year}) of this case`);
      }
      const award = em.create(CaseAwardEntity, { teachingCase, name: input.name, level: input.level, year: input.year });
      auditWrite(em, award, { fields: Object.keys(input) });
      await em.flush();
      return [award.id, teachingCase.id];
    });
    return { caseAward: await readBack<CaseAward>(ctx, CaseAwardModel, awardPk), teachingCase: await readBack<TeachingCase>(ctx, TeachingCaseModel, casePk) };
  }

  @Mutation(() => RemoveCaseAwardPayload, { description: '撤销案例获奖 (remove an award recorded in error; a stale version is a CONFLICT)' })
  async removeCaseAward(@Arg('input', () => RemoveCaseAwardInput, { description: '获奖记录标识及版本 (award id and version)' }) input: RemoveCaseAwardInput, @Ctx() ctx: Context): Promise<RemoveCaseAwardPayload> {
    await validateInput(input);
    const casePk = await inTransaction(ctx, async (em) => {
      const award = await loadForUpdate(em, CaseAwardEntity, 'CaseAward', input.id, input.version);
      // Removed, not archived: the (case, name, year) key stays free for a corrected entry. The audit log keeps the trace.
      em.remove(award);
      auditWrite(em, award, { fields: ['name', 'level', 'year'] });
      await em.flush();
      return award.teachingCase.id;
    });
    return { removedId: input.id, teachingCase: await readBack<TeachingCase>(ctx, TeachingCaseModel, casePk) };
  }
}
