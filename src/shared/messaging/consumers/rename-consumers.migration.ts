import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A migration a module adds when consumer names change (they are derived from handler class names):
 * moves its inbox rows and dead letters to the new names, so no retained event is applied twice and
 * no dead letter loses its owner. `name` ends with the migration's 13-digit timestamp, as TypeORM expects.
 */
export function renameConsumersMigration(
  name: string,
  renames: Readonly<Record<string, string>>,
): new () => MigrationInterface {
  const pairs = Object.entries(renames);
  return class RenameConsumers implements MigrationInterface {
    readonly name = name;

    async up(db: QueryRunner): Promise<void> {
      await rename(db, pairs);
    }

    async down(db: QueryRunner): Promise<void> {
      await rename(
        db,
        pairs.map(([from, to]) => [to, from]),
      );
    }
  };
}

async function rename(db: QueryRunner, pairs: readonly (readonly [string, string])[]): Promise<void> {
  for (const [from, to] of pairs) {
    await db.query(`UPDATE messaging.inbox SET consumer = $2 WHERE consumer = $1`, [from, to]);
    await db.query(`UPDATE messaging.dead_letter SET consumer = $2 WHERE consumer = $1`, [from, to]);
  }
}
