import { todayInChina } from '../../core/dates';
import { Arg, Args, Ctx, Field, FieldResolver, ID, Info, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { EntityClass, EntityManager } from '@mikro-orm/core';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../access/request-context';
import { BadInputError } from '../../core/errors';
import { connectionType } from '../../core/read/connection';
import { refPk } from '../../core/read/ids';
import { listArgs, orderByEnum, type ListArgsShape } from '../../core/read/list-args';
import { nestedLimit } from '../../core/read/nested';
import { ArchiveInput } from '../../core/write/inputs';
import { archiveRecord, assignDefined, auditWrite, inTransaction, loadForUpdate, readBack, reference, validateInput } from '../kit/mutation';
import { Institution } from '../institution/institution.type';
import { InstitutionModel } from '../institution/institution.loaders';
import { InstitutionEntity } from '../institution/institution.entity';
import { Teacher } from '../teacher/teacher.type';
import { TeacherModel } from '../teacher/teacher.loaders';
import { TeacherEntity } from '../teacher/teacher.entity';
import { TeachingCaseEntity } from '../teaching-case/teaching-case.entity';
import { TeachingCase } from '../teaching-case/teaching-case.type';
import { TeachingCaseModel } from '../teaching-case/teaching-case.loaders';
import { CourseEntity } from './course.entity';
import { ReviewStatus } from './course.enums';
import { CourseFilter, CreateCourseInput, ReviewCourseInput, UpdateCourseInput } from './course.inputs';
import { CASES_OF_COURSE, CourseAwardModel, CourseModel, TEACHERS_OF_COURSE, courseFilter } from './course.loaders';
import { Course, CourseAward } from './course.type';
import { applyReviewAction } from './review-workflow';
import { createOnce } from '../kit/idempotency';

export const CourseOrderBy = orderByEnum(CourseModel, { TITLE: '课程名称', HOURS: '学时' });
const CourseConnection = connectionType(Course, 'Course', '课程');
const CourseListArgs = listArgs(CourseFilter, CourseOrderBy, 'Course');

@ObjectType('CoursePayload', { description: '课程写操作结果 (result of a course mutation)', simpleResolvers: true })
export class CoursePayload {
  @Field(() => Course, { description: '课程 (the course as stored)' })
  course!: Course;
}

const SCALARS = ['title', 'category', 'method', 'format', 'description'] as const;
const FIRST = { nullable: true, description: '最多条数 (at most; default and maximum 100)' } as const;

/**
 * Resolves a list of input references in one query. A malformed, repeated or unknown id is bad
 * input naming its position (`input.teacherIds.2`).
 */
async function referenceList<E extends { id: number }>(em: EntityManager, entity: EntityClass<E>, type: string, gids: readonly string[], path: string): Promise<E[]> {
  const pks = gids.map((gid, i) => refPk(gid, type, `${path}.${i}`));
  const repeated = pks.findIndex((pk, i) => pks.indexOf(pk) !== i);
  if (repeated >= 0) throw new BadInputError(`The same ${type} is listed twice at ${path}.`, `${path}.${repeated}`);
  const found = pks.length ? ((await em.find(entity, { id: { $in: pks } } as never)) as E[]) : [];
  const byPk = new Map(found.map((e) => [e.id, e]));
  const missing = pks.findIndex((pk) => !byPk.has(pk));
  if (missing >= 0) throw BadInputError.unknownReference(`${path}.${missing}`, type);
  return pks.map((pk) => byPk.get(pk)!);
}

function sameMembers(current: readonly { id: number }[], next: readonly { id: number }[]): boolean {
  const ids = new Set(current.map((e) => e.id));
  return current.length === next.length && next.every((e) => ids.has(e.id));
}

function hoursText(hours: number): string {
  return hours.toFixed(1);
}

@Resolver(() => Course)
export class CourseResolver {
  @Query(() => Course, { description: '按标识查询课程 (one course by id)' })
  course(@Arg('id', () => ID, { description: '课程标识 (course id)' }) id: string, @Ctx() ctx: Context): Promise<Course> {
    return ctx.read.one<Course>(CourseModel, id);
  }

  @Query(() => CourseConnection, { description: '课程列表 (the course library, filtered and paginated)' })
  async courses(@Args(() => CourseListArgs) args: ListArgsShape<CourseFilter>, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    if (args.filter) await validateInput(args.filter, 'filter');
    return ctx.read.list<Course>(CourseModel, courseFilter(args.filter).toRequest(args), info);
  }

  @FieldResolver(() => Institution, { description: '所属机构 (owning institution)' })
  institution(@Root() course: Course, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.read.loaders.with(info).byPk(InstitutionModel, course.institutionId);
  }

  @FieldResolver(() => [Teacher], { description: '授课师资 (teachers of this course)' })
  teachers(@Root() course: Course, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg('first', () => Int, FIRST) first?: number) {
    return ctx.read.loaders.with(info).linked(TeacherModel, TEACHERS_OF_COURSE, course.pk, nestedLimit(first));
  }

  @FieldResolver(() => [TeachingCase], { description: '关联案例 (teaching cases this course uses)' })
  cases(@Root() course: Course, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg('first', () => Int, FIRST) first?: number) {
    return ctx.read.loaders.with(info).linked(TeachingCaseModel, CASES_OF_COURSE, course.pk, nestedLimit(first));
  }

  @FieldResolver(() => [CourseAward], { description: '获奖情况 (awards, e.g. 好课程)' })
  awards(@Root() course: Course, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg('first', () => Int, FIRST) first?: number) {
    return ctx.read.loaders.with(info).children(CourseAwardModel, 'course_id', course.pk, nestedLimit(first));
  }

  @Mutation(() => CoursePayload, { description: '新增课程 (create a course, as DRAFT)' })
  async createCourse(@Arg('input', () => CreateCourseInput, { description: '课程 (the new course)' }) input: CreateCourseInput, @Ctx() ctx: Context): Promise<CoursePayload> {
    await validateInput(input);
    const pk = await createOnce(ctx, 'createCourse', input, async (em) => {
      const institution = await reference(em, InstitutionEntity, 'Institution', input.institutionId, 'input.institutionId');
      const teachers = await referenceList(em, TeacherEntity, 'Teacher', input.teacherIds ?? [], 'input.teacherIds');
      const cases = await referenceList(em, TeachingCaseEntity, 'TeachingCase', input.caseIds ?? [], 'input.caseIds');
      const course = em.create(CourseEntity, {
        title: input.title,
        category: input.category,
        method: input.method,
        format: input.format,
        hours: hoursText(input.hours),
        institution,
        description: input.description ?? null,
        status: ReviewStatus.DRAFT,
      });
      course.teachers.set(teachers);
      course.cases.set(cases);
      auditWrite(em, course, { fields: Object.keys(input) });
      await em.flush();
      return course.id;
    });
    return { course: await readBack<Course>(ctx, CourseModel, pk) };
  }

  @Mutation(() => CoursePayload, { description: '修改课程 (update a course; a stale version is a CONFLICT)' })
  async updateCourse(@Arg('input', () => UpdateCourseInput, { description: '修改内容 (the changes)' }) input: UpdateCourseInput, @Ctx() ctx: Context): Promise<CoursePayload> {
    await validateInput(input);
    for (const key of ['hours', 'institutionId', 'teacherIds', 'caseIds'] as const) {
      if (input[key] === null) throw new BadInputError(`input.${key} cannot be null; leave it out to keep the current value.`, `input.${key}`);
    }
    const pk = await inTransaction(ctx, async (em) => {
      const course = await loadForUpdate(em, CourseEntity, 'Course', input.id, input.version);
      // Resolve every reference before touching the course, so no query auto-flushes it half-changed.
      const institution = input.institutionId === undefined ? undefined : await reference(em, InstitutionEntity, 'Institution', input.institutionId, 'input.institutionId');
      const teachers = input.teacherIds === undefined ? undefined : await referenceList(em, TeacherEntity, 'Teacher', input.teacherIds, 'input.teacherIds');
      const cases = input.caseIds === undefined ? undefined : await referenceList(em, TeachingCaseEntity, 'TeachingCase', input.caseIds, 'input.caseIds');
      if (teachers) await course.teachers.init();
      if (cases) await course.cases.init();
      const changed = assignDefined(course, input, SCALARS, ['description']);
      if (input.hours !== undefined && Number(course.hours) !== input.hours) {
        course.hours = hoursText(input.hours);
        changed.push('hours');
      }
      if (institution) {
        course.institution = institution;
        changed.push('institution');
      }
      if (teachers && !sameMembers(course.teachers.getItems(), teachers)) {
        course.teachers.set(teachers);
        changed.push('teachers');
      }
      if (cases && !sameMembers(course.cases.getItems(), cases)) {
        course.cases.set(cases);
        changed.push('cases');
      }
      // Teachers and cases live in pivot tables; touching the row makes the version move with them.
      if (changed.length) course.updatedAt = new Date();
      auditWrite(em, course, { fields: changed });
      await em.flush();
      return course.id;
    });
    return { course: await readBack<Course>(ctx, CourseModel, pk) };
  }

  @Mutation(() => CoursePayload, { description: '课程审核 (move a course through review: 制作 → 审核 → 发布 → 更新/下线; an illegal step is a CONFLICT)' })
  async reviewCourse(@Arg('input', () => ReviewCourseInput, { description: '审核操作 (course, version and action)' }) input: ReviewCourseInput, @Ctx() ctx: Context): Promise<CoursePayload> {
    await validateInput(input);
    const pk = await inTransaction(ctx, async (em) => {
      const course = await loadForUpdate(em, CourseEntity, 'Course', input.id, input.version);
      const before = { status: course.status, firstPublishedAt: course.firstPublishedAt ?? null, lastRevisedAt: course.lastRevisedAt ?? null };
      applyReviewAction('Course', course, input.action, todayInChina());
      const changed = (Object.keys(before) as (keyof typeof before)[]).filter((k) => (course[k] ?? null) !== before[k]);
      auditWrite(em, course, { action: `REVIEW_${input.action}`, fields: changed });
      await em.flush();
      return course.id;
    });
    return { course: await readBack<Course>(ctx, CourseModel, pk) };
  }

  @Mutation(() => CoursePayload, { description: '归档课程 (archive a course)' })
  async archiveCourse(@Arg('input', () => ArchiveInput, { description: '归档对象及版本 (id and version to archive)' }) input: ArchiveInput, @Ctx() ctx: Context): Promise<CoursePayload> {
    await validateInput(input);
    const pk = await archiveRecord(ctx, CourseEntity, 'Course', input.id, input.version);
    return { course: await readBack<Course>(ctx, CourseModel, pk) };
  }
}
