// The database of a one-shot command (import, train): the server DATABASE_URL names, the embedded
// one `npm start` is running on this data folder (shared, not started twice), or else the embedded
// one started for this command. The embedded database is migrated only when a migration is pending
// (one query; `prisma migrate deploy` itself takes about 16 s). One stderr line says which database,
// and how long the command took to be ready.
import { openProductDatabase } from "./product-database";
import { migrateIfPending } from "./pending-migrations";

export type CommandDatabase = { url: string; stop: () => Promise<void> };

export async function openCommandDatabase({ log = (line: string) => console.error(line) } = {}): Promise<CommandDatabase> {
  const database = await openProductDatabase();
  try {
    let migrations = "";
    // A server of the operator's own is migrated deliberately with `npm run db:migrate`, never as
    // a side effect of a command; the embedded one may predate this checkout.
    if (database.embedded) {
      const applied = await migrateIfPending(database.url, { quiet: true });
      migrations = applied.length ? `, ${applied.length} migration(s) applied` : ", migrations up to date";
    }
    const which = !database.embedded
      ? "DATABASE_URL"
      : database.reused
        ? `the embedded one already running on ${database.dataDir} (port ${new URL(database.url).port})`
        : `the embedded one on ${database.dataDir}, started for this command`;
    // CPU seconds too: on a loaded machine the wall time mostly measures waiting for a core.
    const cpu = process.cpuUsage();
    log(`database: ${which}${migrations}; ready ${(performance.now() / 1000).toFixed(1)} s after start (${((cpu.user + cpu.system) / 1e6).toFixed(1)} s of CPU)`);
    return database;
  } catch (error) {
    await database.stop();
    throw error;
  }
}
