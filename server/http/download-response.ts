// File downloads from the export routes: never cached (reports change while a run trains, and
// datasets as people label), always an attachment, and a filename that cannot break the header.
import { errorResponse } from "./http-responses";

export type ExportFormat = "json" | "csv";

const CONTENT_TYPES: Record<ExportFormat, string> = {
  json: "application/json; charset=utf-8",
  csv: "text/csv; charset=utf-8",
};

/** The ?format= of a request: json when absent, null when it names something else. */
export function exportFormat(request: Request): ExportFormat | null {
  const format = new URL(request.url).searchParams.get("format") ?? "json";
  return format === "json" || format === "csv" ? format : null;
}

export function badFormat(): Response {
  return errorResponse("BAD_USER_INPUT", 'Ask for ?format=json or ?format=csv.');
}

export function downloadResponse(body: string | ReadableStream<Uint8Array>, format: ExportFormat, baseName: string): Response {
  const safeName = baseName.replace(/[^A-Za-z0-9._-]/g, "_");
  return new Response(body, {
    status: 200,
    headers: {
      "content-type": CONTENT_TYPES[format],
      "content-disposition": `attachment; filename="${safeName}.${format}"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
