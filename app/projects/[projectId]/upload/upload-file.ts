// One file per request through XMLHttpRequest, because fetch cannot report upload progress. The
// guard header proves the request comes from our pages (a cross-site form cannot set it).
export type UploadOutcome =
  | { status: "created" | "duplicate"; paintingId: string }
  | { status: "failed"; code: string; message: string };

export type UploadOptions = {
  projectId: string; file: File; label?: string; gold?: boolean; evaluationSet?: string; onProgress: (fraction: number) => void;
};

export function uploadFile({ projectId, file, label, gold, evaluationSet, onProgress }: UploadOptions): Promise<UploadOutcome> {
  return new Promise((resolve) => {
    const form = new FormData();
    form.append("files", file, file.name);
    if (label) form.append("label", label);
    if (label && gold && !evaluationSet) form.append("gold", "true");
    if (evaluationSet) form.append("evaluationSet", evaluationSet);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/projects/${encodeURIComponent(projectId)}/uploads`);
    xhr.setRequestHeader("x-provenance-upload", "1");
    xhr.responseType = "json";
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => resolve(readOutcome(xhr.status, xhr.response));
    xhr.onerror = () => resolve({ status: "failed", code: "network", message: "The upload did not reach the server; check the connection and retry." });
    xhr.send(form);
  });
}

type Body = { results?: UploadOutcome[]; error?: { code: string; message: string } } | null;

function readOutcome(httpStatus: number, body: Body): UploadOutcome {
  const result = body?.results?.[0];
  if (httpStatus === 200 && result) return result;
  if (body?.error) return { status: "failed", code: body.error.code, message: body.error.message };
  return { status: "failed", code: `http_${httpStatus}`, message: `The server answered ${httpStatus}.` };
}
