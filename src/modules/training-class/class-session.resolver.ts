import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Field, FieldResolver, Mutation, ObjectType, Resolver, Root, Info } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/core';
import type { Context } from '../../access/request-context';
import { BadInputError } from '../../core/errors';
import { ArchiveInput } from '../../core/write/inputs';
import { archiveRecord, assignDefined, auditWrite, inTransaction, loadForUpdate, optionalReference, readBack, reference, validateInput } from '../kit/mutation';
import { Course } from '../course/course.type';
import { CourseModel } from '../course/course.loaders';
import { CourseEntity } from '../course/course.entity';
import { Teacher } from '../teacher/teacher.type';
import { TeacherModel } from '../teacher/teacher.loaders';
import { TeacherEntity } from '../teacher/teacher.entity';
import { OnsiteTeachingSite } from '../onsite-site/onsite-site.type';
import { OnsiteTeachingSiteModel } from '../onsite-site/onsite-site.loaders';
import { OnsiteTeachingSiteEntity } from '../onsite-site/onsite-site.entity';
import { ClassSessionEntity, TrainingClassEntity } from './training-class.entity';
import { SessionVenue } from './training-class.enums';
import { AddClassSessionInput, UpdateClassSessionInput } from './training-class.inputs';
import { ClassSessionModel, TrainingClassModel } from './training-class.loaders';
import { ClassSession, TrainingClass } from './training-class.type';
import { createOnce } from '../kit/idempotency';

@ObjectType('ClassSessionPayload', { description: '课表写操作结果 (result of a class session mutation)', simpleResolvers: true })
class ClassSessionPayload {
  @Field(() => ClassSession, { description: '课表 (the session as stored)' })
  classSession!: ClassSession;
}

const SCALARS = ['title', 'date', 'hours', 'method', 'isLeaderLecture', 'venue'] as const;

/** A live class, or BAD_USER_INPUT at `path`: sessions are added to classes that still run. */
export async function liveClass(em: EntityManager, gid: string, path: string): Promise<TrainingClassEntity> {
  const cls = await reference(em, TrainingClassEntity, 'TrainingClass', gid, path);
  if (cls.archivedAt) throw BadInputError.invalid(path, 'the class is archived');
  return cls;
}

function checkSessionDate(cls: TrainingClassEntity, date: string): void {
  if (date < cls.startDate || date > cls.endDate) {
    throw new BadInputError(`input.date must fall within the class's dates (${cls.startDate} to ${cls.endDate}).`, 'input.date');
  }
}

/** Onsite sessions (现场教学) name their site; classroom and online sessions have none. */
function checkVenue(venue: SessionVenue, hasSite: boolean, path: string): void {
  if (venue === SessionVenue.ONSITE && !hasSite) throw new BadInputError('An onsite session needs its onsite teaching site.', 'input.siteId');
  if (venue !== SessionVenue.ONSITE && hasSite) throw new BadInputError('Only onsite sessions take an onsite teaching site.', path);
}

@Resolver(() => ClassSession)
export class ClassSessionResolver {
  @FieldResolver(() => TrainingClass, { description: '所属班次 (the class this session belongs to)' })
  trainingClass(@Root() session: ClassSession, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.read.loaders.with(info).byPk(TrainingClassModel, session.classId);
  }

  @FieldResolver(() => Course, { nullable: true, description: '课程 (the course taught, when from the course library)' })
  course(@Root() session: ClassSession, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return session.courseId === null ? null : ctx.read.loaders.with(info).byPk(CourseModel, session.courseId);
  }

  @FieldResolver(() => Teacher, { nullable: true, description: '授课教师 (the teacher)' })
  teacher(@Root() session: ClassSession, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return session.teacherId === null ? null : ctx.read.loaders.with(info).byPk(TeacherModel, session.teacherId);
  }

  @FieldResolver(() => OnsiteTeachingSite, { nullable: true, description: '现场教学点 (the onsite teaching site, for onsite sessions)' })
  site(@Root() session: ClassSession, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return session.siteId === null ? null : ctx.read.loaders.with(info).byPk(OnsiteTeachingSiteModel, session.siteId);
  }

  @Mutation(() => ClassSessionPayload, { description: '新增课表 (add a session to a class\'s timetable)' })
  async addClassSession(@Arg('input', () => AddClassSessionInput, { description: '课表内容 (the new session)' }) input: AddClassSessionInput, @Ctx() ctx: Context): Promise<ClassSessionPayload> {
    await validateInput(input);
    const pk = await createOnce(ctx, 'addClassSession', input, async (em) => {
      const trainingClass = await liveClass(em, input.classId, 'input.classId');
      checkSessionDate(trainingClass, input.date);
      const site = input.siteId ? await reference(em, OnsiteTeachingSiteEntity, 'OnsiteTeachingSite', input.siteId, 'input.siteId') : null;
      const venue = input.venue ?? (site ? SessionVenue.ONSITE : SessionVenue.CLASSROOM);
      checkVenue(venue, site !== null, 'input.siteId');
      const session = em.create(ClassSessionEntity, {
        trainingClass,
        title: input.title,
        date: input.date,
        hours: input.hours.toFixed(1),
        method: input.method,
        isLeaderLecture: input.isLeaderLecture ?? false,
        venue,
        course: input.courseId ? await reference(em, CourseEntity, 'Course', input.courseId, 'input.courseId') : null,
        teacher: input.teacherId ? await reference(em, TeacherEntity, 'Teacher', input.teacherId, 'input.teacherId') : null,
        site,
      });
      auditWrite(em, session, { fields: Object.keys(input) });
      await em.flush();
      return session.id;
    });
    return { classSession: await readBack<ClassSession>(ctx, ClassSessionModel, pk) };
  }

  @Mutation(() => ClassSessionPayload, { description: '修改课表 (update a session; a stale version is a CONFLICT)' })
  async updateClassSession(@Arg('input', () => UpdateClassSessionInput, { description: '课表标识、版本及修改内容 (session id, version and the changes)' }) input: UpdateClassSessionInput, @Ctx() ctx: Context): Promise<ClassSessionPayload> {
    await validateInput(input);
    const pk = await inTransaction(ctx, async (em) => {
      const session = await loadForUpdate(em, ClassSessionEntity, 'ClassSession', input.id, input.version);
      const changed = assignDefined(session, input, SCALARS);
      if (input.hours != null) session.hours = input.hours.toFixed(1);
      if (input.date != null) checkSessionDate(await em.findOneOrFail(TrainingClassEntity, { id: session.trainingClass.id }), session.date);
      const links = [
        ['course', await optionalReference(em, CourseEntity, 'Course', input.courseId, 'input.courseId')],
        ['teacher', await optionalReference(em, TeacherEntity, 'Teacher', input.teacherId, 'input.teacherId')],
        ['site', await optionalReference(em, OnsiteTeachingSiteEntity, 'OnsiteTeachingSite', input.siteId, 'input.siteId')],
      ] as const;
      for (const [key, value] of links) {
        if (value === undefined) continue;
        (session as unknown as Record<string, unknown>)[key] = value;
        changed.push(key);
      }
      checkVenue(session.venue, Boolean(session.site), input.siteId === undefined ? 'input.venue' : 'input.siteId');
      auditWrite(em, session, { fields: changed });
      await em.flush();
      return session.id;
    });
    return { classSession: await readBack<ClassSession>(ctx, ClassSessionModel, pk) };
  }

  @Mutation(() => ClassSessionPayload, { description: '删除课表 (remove a session from the timetable; it is archived, not erased)' })
  async removeClassSession(@Arg('input', () => ArchiveInput, { description: '课表标识及版本 (session id and version)' }) input: ArchiveInput, @Ctx() ctx: Context): Promise<ClassSessionPayload> {
    await validateInput(input);
    const pk = await archiveRecord(ctx, ClassSessionEntity, 'ClassSession', input.id, input.version);
    return { classSession: await readBack<ClassSession>(ctx, ClassSessionModel, pk) };
  }
}
