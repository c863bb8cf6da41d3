import { AsyncLocalStorage } from 'node:async_hooks';
import type { EntityManager, EventSubscriber, FlushEventArgs } from '@mikro-orm/core';
import { ErrorCode, ForbiddenError } from '../core/errors';
import { decideField, FIELD_CLASSIFICATION } from './policy';
import { agencyPk } from './agency';
import { Role, type Viewer } from './viewer';

/**
 * Ownership, as data: what each written entity hangs from. An entity is owned by the
 * institution(s), cadre, class or recording agency it names; an organisation department may change
 * it when any owner lies in its jurisdiction, a school when it names the school (directly or
 * through a course, case, class…), an industry bureau only the training records it entered for
 * its sector's cadres. Checked at flush time for every changed row — old and new owner both — so
 * no mutation can forget it, and a refusal rolls the whole transaction back.
 */
type Anchor = 'region' | 'institution' | 'cadre' | 'class' | 'course' | 'case' | 'textbook' | 'teacher' | 'site' | 'collection';

interface OwnerSpec {
  anchors: Partial<Record<Anchor, string>>;
  /** The column-backed property naming the agency that entered the row. */
  recordedBy?: string;
  /** The entity itself is an institution (its own school may update it). */
  isInstitution?: boolean;
  /** The property holding the row's sector (an industry bureau may change its sector's rows). */
  sector?: string;
}

export const OWNERSHIP: Readonly<Record<string, OwnerSpec>> = {
  RegionEntity: { anchors: {} },
  PlatformEntity: { anchors: {} },
  UnitEntity: { anchors: { region: 'region' } },
  CadreEntity: { anchors: { region: 'region' }, sector: 'sector' },
  InstitutionEntity: { anchors: { region: 'region', institution: 'supervisor' }, isInstitution: true },
  TeacherEntity: { anchors: { institution: 'institution', cadre: 'cadre' } },
  TeacherPoolMembershipEntity: { anchors: { institution: 'publisher' } },
  CourseEntity: { anchors: { institution: 'institution' } },
  CourseAwardEntity: { anchors: { course: 'course' } },
  TextbookEntity: { anchors: { institution: 'institution' } },
  TextbookAwardEntity: { anchors: { textbook: 'textbook' } },
  TeachingCaseEntity: { anchors: { institution: 'institution' } },
  CaseCollectionEntity: { anchors: { institution: 'institution' } },
  CaseAwardEntity: { anchors: { case: 'teachingCase' } },
  OnsiteTeachingSiteEntity: { anchors: { institution: 'institution' } },
  TrainingClassEntity: { anchors: { institution: 'institution' } },
  ClassSessionEntity: { anchors: { class: 'trainingClass' } },
  ClassQuotaEntity: { anchors: { class: 'trainingClass' } },
  TrainingAssignmentEntity: { anchors: { cadre: 'cadre', class: 'trainingClass' } },
  TrainingRecordEntity: { anchors: { cadre: 'cadre', class: 'trainingClass' }, recordedBy: 'recordedBy' },
  EvaluationEntity: { anchors: { course: 'course', teacher: 'teacher', class: 'trainingClass', institution: 'institution', site: 'site' } },
};

/** The viewer of the write in progress (set by the write plumbing around each transaction). */
export const writeViewer = new AsyncLocalStorage<Viewer>();

function keyOf(value: unknown): number | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number') return value;
  if (typeof value === 'object' && 'id' in (value as object)) return (value as { id?: number }).id ?? undefined;
  return undefined;
}

interface Owners {
  keys: Partial<Record<Anchor, number>>;
  recordedBy?: string | null;
  self?: number;
  sector?: string;
}

function ownersOf(spec: OwnerSpec, data: Record<string, unknown>, self: number | undefined): Owners {
  const keys: Partial<Record<Anchor, number>> = {};
  for (const [anchor, prop] of Object.entries(spec.anchors) as [Anchor, string][]) {
    const k = keyOf(data[prop]);
    if (k !== undefined) keys[anchor] = k;
  }
  return {
    keys,
    recordedBy: spec.recordedBy ? (data[spec.recordedBy] as string | null | undefined) : undefined,
    self: spec.isInstitution ? self : undefined,
    sector: spec.sector ? (data[spec.sector] as string | undefined) : undefined,
  };
}

/**
 * Resolves owners to the institutions, regions and sectors they stand for, in one statement.
 */
async function resolveOwners(em: EntityManager, o: Owners): Promise<{ institutions: number[]; regions: number[]; sectors: string[] }> {
  const k = o.keys;
  type OwnerRow = { institution_id: number | null; region_id: number | null; sector: string | null };
  const rows: OwnerRow[] = await em.getConnection().execute(
    `with inst as (
       select ?::int as id
       union all select institution_id from course where id = ?::int
       union all select institution_id from teaching_case where id = ?::int
       union all select institution_id from textbook where id = ?::int
       union all select institution_id from training_class where id = ?::int
       union all select institution_id from teacher where id = ?::int
       union all select institution_id from onsite_teaching_site where id = ?::int
       union all select institution_id from case_collection where id = ?::int
     )
     select i.id as institution_id, i.region_id, null::text as sector from institution i where i.id in (select id from inst where id is not null)
     union all select null, ?::int, null where ?::int is not null
     union all select null, c.region_id, c.sector from cadre c where c.id = ?::int`,
    [
      k.institution ?? null,
      k.course ?? null,
      k.case ?? null,
      k.textbook ?? null,
      k.class ?? null,
      k.teacher ?? null,
      k.site ?? null,
      k.collection ?? null,
      k.region ?? null,
      k.region ?? null,
      k.cadre ?? null,
    ],
  );
  return {
    institutions: rows.map((r) => r.institution_id).filter((x): x is number => x !== null),
    regions: rows.map((r) => r.region_id).filter((x): x is number => x !== null),
    sectors: rows.map((r) => r.sector).filter((x): x is string => x !== null),
  };
}

async function regionsWithin(em: EntityManager, root: string, regionIds: number[]): Promise<boolean> {
  if (!regionIds.length) return false;
  const rows = await em
    .getConnection()
    .execute<{ ok: boolean }[]>(
      `select exists(select 1 from region d join region a on d.path like a.path || '%' where a.code = ? and d.id in (select json_array_elements_text(?::json)::int)) as ok`,
      [root, JSON.stringify(regionIds)],
    );
  return rows[0]?.ok === true;
}

/** May `viewer` change a row with these owners? */
async function mayWrite(em: EntityManager, viewer: Viewer, spec: OwnerSpec, o: Owners, existing: boolean): Promise<boolean> {
  if (viewer.role === Role.ADMIN) return true;
  // The agency that entered an existing record owns it. (On create the recording agency comes from
  // the token, so it proves nothing: the anchors must be in reach.)
  if (existing && o.recordedBy && viewer.agency && o.recordedBy === viewer.agency && viewer.role !== Role.INDUSTRY_BUREAU) return true;
  const resolved = await resolveOwners(em, o);
  switch (viewer.role) {
    case Role.ORG_DEPT:
      return Boolean(viewer.region) && (await regionsWithin(em, viewer.region!, resolved.regions));
    case Role.PARTY_SCHOOL: {
      const own = agencyPk(viewer.agency, 'Institution');
      if (own === undefined) return false;
      if (o.self === own) return true;
      // Only the entity's own institution anchors count (a supervisor does not own its subordinate).
      return resolved.institutions.includes(own) && !(spec.isInstitution && o.self !== own);
    }
    case Role.INDUSTRY_BUREAU:
      // Its own sector's cadres; and the training records it entered itself for them.
      if (spec.sector) return Boolean(viewer.sector) && o.sector === viewer.sector;
      return (
        spec.recordedBy !== undefined &&
        o.recordedBy === viewer.agency &&
        Boolean(viewer.sector) &&
        resolved.sectors.length > 0 &&
        resolved.sectors.every((s) => s === viewer.sector)
      );
    default:
      return false;
  }
}

/** The MikroORM subscriber that enforces ownership on every flush made on behalf of a viewer. */
export class OwnershipSubscriber implements EventSubscriber {
  async onFlush(args: FlushEventArgs): Promise<void> {
    const viewer = writeViewer.getStore();
    if (!viewer || viewer.role === Role.ADMIN) return;
    for (const cs of args.uow.getChangeSets()) {
      if (cs.name === 'AuditEntryEntity') continue;
      const spec = OWNERSHIP[cs.name];
      if (!spec) throw ForbiddenError.action(`change ${cs.name.replace(/Entity$/, '')} records`);
      const entity = cs.entity as Record<string, unknown>;
      const self = keyOf(entity.id) ?? undefined;
      const type = cs.name.replace(/Entity$/, '');
      // Input fields above the role's clearance: a role cannot write what it may not read in full.
      for (const prop of Object.keys(cs.payload ?? {})) {
        if (FIELD_CLASSIFICATION[type]?.[prop] !== undefined && !['ALLOW', 'OWN_ROWS'].includes(decideField(viewer.role, type, prop))) {
          throw new ForbiddenError(`Your role may not set ${type}.${prop}.`, ErrorCode.FORBIDDEN, { field: `input.${prop}` });
        }
      }
      const now = ownersOf(spec, entity, self);
      if (!(await mayWrite(args.em as unknown as EntityManager, viewer, spec, now, cs.type !== 'create'))) throw ForbiddenError.action(`change this ${cs.name.replace(/Entity$/, '')}`);
      if (cs.type !== 'create' && cs.originalEntity) {
        const before = ownersOf(spec, cs.originalEntity as Record<string, unknown>, self);
        if (!(await mayWrite(args.em as unknown as EntityManager, viewer, spec, before, true))) throw ForbiddenError.action(`change this ${cs.name.replace(/Entity$/, '')}`);
      }
    }
  }
}
