// How long the quick start's demo seed takes (five accounts, the demo project, its paintings
// imported through the real pipeline), against one argon2 password hash and a bare import of as
// many generated paintings, measured in the same run. Replaces a timed assertion that failed on
// loaded machines. Prints figures, asserts nothing.
//   npx tsx bench/seed-demo.ts
import os from "node:os";
import { hashPassword } from "@/server/auth/password";
import { importBatch } from "@/server/services/paintings/import-batch";
import { DEMO_PAINTING_COUNT } from "@/prisma/seed-paintings";
import { seedDemoData } from "@/prisma/seed";
import { makeJpeg } from "./import-throughput-pipeline";
import { openBenchEnvironment } from "./lib/bench-database";

const seconds = async (work: () => Promise<unknown>) => {
  const started = performance.now();
  await work();
  return (performance.now() - started) / 1000;
};

async function main() {
  console.log(`${os.cpus().length} CPUs, load average ${os.loadavg()[0].toFixed(2)}`);
  const env = await openBenchEnvironment();
  try {
    const images = await Promise.all(Array.from({ length: DEMO_PAINTING_COUNT }, (_, i) => makeJpeg(i + 1)));
    const project = await env.db.project.create({ data: { slug: "baseline", name: "Baseline" } });
    const hash = await seconds(() => hashPassword("bench-password-1"));
    const bare = await seconds(() => importBatch(env.db, env.storage, images.map((bytes, i) => ({ name: `b-${i}.jpg`, read: async () => bytes })), { projectId: project.id, source: "IMPORT" }));
    const seed = await seconds(() => seedDemoData(env.db, { storage: env.storage }));
    const again = await seconds(() => seedDemoData(env.db, { storage: env.storage }));
    console.log(`demo seed (${DEMO_PAINTING_COUNT} paintings, 5 accounts): ${seed.toFixed(2)} s; run again (nothing to do): ${again.toFixed(2)} s`);
    console.log(`baselines: one password hash ${hash.toFixed(2)} s; importBatch of ${DEMO_PAINTING_COUNT} generated 1024 px JPEGs ${bare.toFixed(2)} s`);
    console.log(`ratio seed / (hash + import): ${(seed / (hash + bare)).toFixed(2)}`);
  } finally {
    await env.close();
  }
}

await main();
