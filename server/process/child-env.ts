// The environment handed to a child process (the Prisma CLI, PostgreSQL, a trainer): this
// process's own, read when the child starts so a variable set since (tests do) is passed on, plus
// the child's extras. Besides server/config.ts, the only place that reads process.env.
export function childEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  return { ...process.env, ...extra };
}
