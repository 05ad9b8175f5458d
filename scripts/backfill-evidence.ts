// `npx tsx scripts/backfill-evidence.ts`: extracts provenance evidence (C2PA, XMP, EXIF, PNG text)
// for paintings imported before import did it. Safe to run beside `npm start` and to run again.
import fs from "node:fs";
import path from "node:path";
import { createPrismaClient } from "../server/db/client";
import { getStorage } from "../server/storage/get-storage";
import { backfillPaintingEvidence } from "../server/services/paintings/backfill-painting-evidence";
import { ROOT, withProductDatabase } from "./lib/product-database";

if (fs.existsSync(path.join(ROOT, ".env"))) process.loadEnvFile(path.join(ROOT, ".env"));
const code = await withProductDatabase(async (url) => {
  const db = createPrismaClient(url);
  try {
    const { done, missing } = await backfillPaintingEvidence(db, getStorage(), { onProgress: (n) => n % 100 === 0 && process.stderr.write(`${n} paintings read\n`) });
    console.log(`evidence extracted for ${done} painting(s)`);
    if (missing.length > 0) console.log(`${missing.length} painting(s) have no stored upload: ${missing.slice(0, 20).join(", ")}`);
    return 0;
  } finally {
    await db.$disconnect();
  }
});
process.exit(code);
