import 'reflect-metadata';
import { Client } from 'pg';
import { withDatabase } from '../../src/db/embedded-postgres';
import { migrate } from '../../src/db/database';
import { openOrm } from '../../src/server/orm';
import { seedDemo } from '../../seeds/demo';

export const TEMPLATE_DB = 'ganxun_test_template';

/** Creates the template database: every committed migration, then the demo seed. */
export async function buildTemplate(serverUrl: string, name: string): Promise<void> {
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.query(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(serverUrl, name);
  const orm = await openOrm(url);
  try {
    await migrate(orm);
  } finally {
    await orm.close();
  }
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await seedDemo(client);
  } finally {
    await client.end();
  }
}
