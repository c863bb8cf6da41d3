import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Field, FieldResolver, Mutation, ObjectType, Resolver, Root, Info } from 'type-graphql';
import type { Context } from '../../access/request-context';
import { ArchiveInput } from '../../core/write/inputs';
import { archiveRecord, auditWrite, blameConstraint, inTransaction, readBack, reference, validateInput, reviveOrCreate } from '../kit/mutation';
import { CourseAwardEntity, CourseEntity } from './course.entity';
import { AddCourseAwardInput } from './course.inputs';
import { CourseAwardModel, CourseModel } from './course.loaders';
import { Course, CourseAward } from './course.type';

blameConstraint('course_award_course_id_name_year_unique', 'input.name');

@ObjectType('CourseAwardPayload', { description: '课程获奖写操作结果 (result of a course award mutation)', simpleResolvers: true })
class CourseAwardPayload {
  @Field(() => CourseAward, { description: '获奖记录 (the award as stored)' })
  award!: CourseAward;

  @Field(() => Course, { description: '课程 (the course, with its awards as they are now)' })
  course!: Course;
}

/** 好课程: awards won by courses. */
@Resolver(() => CourseAward)
export class CourseAwardResolver {
  @FieldResolver(() => Course, { description: '获奖课程 (the course that won it)' })
  course(@Root() award: CourseAward, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.read.loaders.with(info).byPk(CourseModel, award.courseId);
  }

  @Mutation(() => CourseAwardPayload, { description: '登记课程获奖 (record an award won by a course; the same award twice is a CONFLICT)' })
  async addCourseAward(@Arg('input', () => AddCourseAwardInput, { description: '获奖信息 (course, award name, level and year)' }) input: AddCourseAwardInput, @Ctx() ctx: Context): Promise<CourseAwardPayload> {
    await validateInput(input);
    const [awardPk, coursePk] = await inTransaction(ctx, async (em) => {
      const course = await reference(em, CourseEntity, 'Course', input.courseId, 'input.courseId');
      // A removed award stays as an archived row; recording the same award again revives it.
      const award = await reviveOrCreate(
        em,
        CourseAwardEntity,
        { course, name: input.name, year: input.year },
        'This award of the course',
        (a) => void (a.level = input.level),
        () => em.create(CourseAwardEntity, { course, name: input.name, level: input.level, year: input.year }),
      );
      auditWrite(em, award, { action: 'ADD_AWARD', records: [award, course], fields: Object.keys(input) });
      await em.flush();
      return [award.id, course.id] as const;
    });
    return { award: await readBack<CourseAward>(ctx, CourseAwardModel, awardPk), course: await readBack<Course>(ctx, CourseModel, coursePk) };
  }

  @Mutation(() => CourseAwardPayload, { description: '撤销课程获奖 (remove a course award; it is archived)' })
  async removeCourseAward(@Arg('input', () => ArchiveInput, { description: '获奖记录标识及版本 (award id and version)' }) input: ArchiveInput, @Ctx() ctx: Context): Promise<CourseAwardPayload> {
    await validateInput(input);
    const pk = await archiveRecord(ctx, CourseAwardEntity, 'CourseAward', input.id, input.version);
    const award = await readBack<CourseAward>(ctx, CourseAwardModel, pk);
    return { award, course: await readBack<Course>(ctx, CourseModel, award.courseId) };
  }
}
