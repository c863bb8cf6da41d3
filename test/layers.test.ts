import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

/**
 * The floors of src/ (README "Project layout", .dependency-cruiser.cjs): the rule holds for the
 * code, and it bites — an arrow that runs back up, an import cycle or an unknown floor fails it.
 * The failing cases run the same rule file over a small tree of files written for the test.
 */
const ROOT = path.join(__dirname, '..');
const DEPCRUISE = path.join(ROOT, 'node_modules', '.bin', 'depcruise');
const CONFIG = path.join(ROOT, '.dependency-cruiser.cjs');
const run = promisify(execFile);

interface Violation {
  rule: string;
  from: string;
  to: string;
}

async function cruise(cwd: string): Promise<Violation[]> {
  const { stdout } = await run(DEPCRUISE, ['src', '--config', CONFIG, '--output-type', 'json'], { cwd, maxBuffer: 64 * 1024 * 1024 });
  const result = JSON.parse(stdout) as { summary: { violations: { rule: { name: string }; from: string; to: string }[] } };
  return result.summary.violations.map((v) => ({ rule: v.rule.name, from: v.from, to: v.to }));
}

/** A throw-away tree: `files` maps a path under src/ to the modules it imports. */
function tree(files: Record<string, string[]>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ganxun-layers-'));
  fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'commonjs', moduleResolution: 'node' }, include: ['src'] }));
  for (const [file, imports] of Object.entries(files)) {
    const full = path.join(dir, 'src', file);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    const lines = imports.map((target, i) => {
      let rel = path.relative(path.dirname(full), path.join(dir, 'src', target)).replace(/\.ts$/, '');
      if (!rel.startsWith('.')) rel = `./${rel}`;
      return `import { x as x${i} } from '${rel}';\nvoid x${i};`;
    });
    fs.writeFileSync(full, `${lines.join('\n')}\nexport const x = 1;\n`);
  }
  return dir;
}

describe('the floors of src/', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });
  const cruiseTree = (files: Record<string, string[]>) => {
    const dir = tree(files);
    dirs.push(dir);
    return cruise(dir);
  };

  it('hold for the code as it is', async () => {
    expect(await cruise(ROOT)).toEqual([]);
  });

  it('accept every arrow that runs down', async () => {
    expect(
      await cruiseTree({
        'core/errors.ts': [],
        'access/policy.ts': ['core/errors.ts'],
        'db/database.ts': ['core/errors.ts'],
        'modules/cadre/cadre.resolver.ts': ['core/errors.ts', 'access/policy.ts', 'db/database.ts', 'modules/kit/mutation.ts'],
        'modules/kit/mutation.ts': ['core/errors.ts'],
        'reporting/compliance.ts': ['modules/cadre/cadre.resolver.ts', 'access/policy.ts'],
        'server/server.ts': ['reporting/compliance.ts', 'modules/cadre/cadre.resolver.ts', 'db/database.ts'],
        'main.ts': ['server/server.ts'],
      }),
    ).toEqual([]);
  });

  it.each([
    ['core → access', 'core/ids.ts', 'access/viewer.ts', 'core-stands-on-nothing-of-ours'],
    ['access → db', 'access/viewer.ts', 'db/database.ts', 'access-stands-on-core'],
    ['db → modules', 'db/database.ts', 'modules/cadre/cadre.entity.ts', 'db-stands-on-core'],
    ['modules → reporting', 'modules/cadre/cadre.resolver.ts', 'reporting/compliance.ts', 'modules-stands-on-core-access-db'],
    ['reporting → server', 'reporting/compliance.ts', 'server/server.ts', 'reporting-stands-on-core-access-db-modules'],
    ['server → main', 'server/server.ts', 'main.ts', 'only-main-imports-main'],
    ['a floor outside the list', 'modules/cadre/cadre.resolver.ts', 'app/helpers.ts', 'no-floor-outside-the-list'],
  ])('refuse an arrow that runs back up: %s', async (_name, from, to, rule) => {
    const violations = await cruiseTree({ [from]: [to], [to]: [] });
    expect(violations).toContainEqual({ rule, from: `src/${from}`, to: `src/${to}` });
  });

  it('refuse an import cycle, even inside one floor', async () => {
    const violations = await cruiseTree({
      'modules/course/course.resolver.ts': ['modules/teacher/teacher.resolver.ts'],
      'modules/teacher/teacher.resolver.ts': ['modules/course/course.resolver.ts'],
    });
    expect(violations.map((v) => v.rule)).toContain('no-circular');
  });
});
