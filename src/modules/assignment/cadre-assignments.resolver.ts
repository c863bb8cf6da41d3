import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Int, Resolver, Root, Info } from 'type-graphql';
import type { Context } from '../../access/request-context';
import { nestedLimit } from '../../core/read/nested';
import { Cadre } from '../cadre/cadre.type';
import { TrainingAssignmentModel } from './assignment.loaders';
import { TrainingAssignment } from './assignment.type';

/** Adds `Cadre.assignments` from the assignment module, so the cadre module need not know about it. */
@Resolver(() => Cadre)
export class CadreAssignmentsResolver {
  @FieldResolver(() => [TrainingAssignment], { description: '调训记录 (the cadre\'s training assignments, in nomination order)' })
  assignments(@Root() cadre: Cadre, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg('first', () => Int, { nullable: true, description: '最多条数 (at most; default and maximum 100)' }) first?: number) {
    return ctx.read.loaders.with(info).children(TrainingAssignmentModel, 'cadre_id', cadre.pk, nestedLimit(first));
  }
}
