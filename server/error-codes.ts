// Every code the product raises, with what each edge makes of it: the HTTP status a route under
// app/api answers with, and what a GraphQL client sees as `extensions.code` (the code itself,
// unless the entry is `internal`). Clients branch on these codes, so a code, once shipped, keeps
// its spelling. `internal` codes describe the server's own setup or bugs: clients get
// INTERNAL_SERVER_ERROR and a generic message, and the full message goes to the log.
// `public` replaces a message that names operator details (keys, buckets) with one for users.
type CodeInfo = { status: number; doc: string; internal?: true; public?: string };

export const ERROR_TABLE = {
  UNAUTHENTICATED: { status: 401, doc: "No session, or it ended (signed out, deactivated, role changed)." },
  FORBIDDEN: { status: 403, doc: "Signed in, but the role (or a rule such as gold labels) does not allow this." },
  BAD_USER_INPUT: { status: 400, doc: "An argument is malformed or out of range; the message names it." },
  BAD_REQUEST: { status: 400, doc: "The request itself is not a GraphQL request we can read (not JSON, wrong method)." },
  "user/email_taken": { status: 409, doc: "Another account already uses this email." },
  "user/not_found": { status: 404, doc: "No user with that id." },
  "user/role_too_high": { status: 403, doc: "Granting a role above your own, or changing an account ranked above yours." },
  "project/not_found": { status: 404, doc: "No project with that id." },
  "project/slug_taken": { status: 409, doc: "Another project already uses this slug." },
  "painting/not_found": { status: 404, doc: "No painting (or painting image) with that id in reach." },
  "image/unsupported_format": { status: 415, doc: "The file is not a JPEG, PNG, WebP, TIFF or GIF image." },
  "image/too_large_bytes": { status: 413, doc: "The file is larger than IMAGE_MAX_BYTES." },
  "image/too_many_pixels": { status: 413, doc: "The image has more pixels (or a longer side) than the limits allow." },
  "image/corrupt": { status: 422, doc: "The image could not be decoded." },
  "image/empty": { status: 400, doc: "The file is empty." },
  "label/invalid_class": { status: 400, doc: "The project has no label class with that key." },
  "label/not_claimed": { status: 409, doc: "Labeling a painting the queue did not hand to you." },
  "label/already_submitted": { status: 409, doc: "You already labeled this painting." },
  "label/painting_closed": { status: 409, doc: "The painting no longer needs labels." },
  "label/nothing_to_undo": { status: 409, doc: "You have no label to undo in this project." },
  "label/undo_too_late": { status: 409, doc: "The painting's labels are already decided." },
  "claim/expired": { status: 409, doc: "Your claim on the painting or review entry ran out." },
  "claim/taken": { status: 409, doc: "Someone else holds the painting right now." },
  "review/not_found": { status: 404, doc: "No review entry with that id." },
  "review/already_resolved": { status: 409, doc: "The review entry has already been decided." },
  "review/claimed_by_other": { status: 409, doc: "Another reviewer holds this entry." },
  "review/not_claimed": { status: 409, doc: "Deciding an entry you have not claimed." },
  "review/invalid_decision": { status: 400, doc: "The decision does not fit the entry (e.g. sending a gold painting back)." },
  "review/own_label": { status: 403, doc: "You labeled this painting yourself, so someone else reviews it." },
  "run/not_found": { status: 404, doc: "No training run with that id." },
  "run/not_cancellable": { status: 409, doc: "The run has already finished." },
  "run/no_training_data": { status: 409, doc: "The project has too few approved labels to train on." },
  "run/preset_unsupported": { status: 409, doc: "No live worker can train this preset; nothing was written." },
  "run/queue_unavailable": { status: 503, doc: "The job queue refused the run; it was marked failed." },
  "evaluation_set/not_found": { status: 404, doc: "No evaluation set with that id in the project." },
  "evaluation_set/name_taken": { status: 409, doc: "Another evaluation set of the project already has this name." },
  "evaluation_set/label_required": { status: 400, doc: "A painting imported into an evaluation set needs its true label (human or ai)." },
  "model/not_found": { status: 404, doc: "No trained model (of that id) in this project." },
  "upload/not_multipart": { status: 415, doc: "An upload that is not (readable) multipart/form-data." },
  "upload/no_files": { status: 400, doc: 'An upload without a "files" field.' },
  "upload/too_many_files": { status: 400, doc: "More files in one upload request than allowed." },
  "upload/request_too_large": { status: 413, doc: "An upload request larger than UPLOAD_MAX_REQUEST_BYTES." },
  "upload/cross_site": { status: 403, doc: "An upload without the header only our own pages send." },
  "import/unsafe_path": { status: 400, doc: "A zip entry whose name escapes the import folder." },
  "import/entry_too_large": { status: 413, doc: "A zip entry (or the zip so far) inflates past its limit." },
  "import/unreadable": { status: 400, doc: "A file or zip entry that could not be read." },
  "import/failed": { status: 500, doc: "One file failed because of a server error; the rest of the batch went on." },
  "request/too_large": { status: 413, doc: "A /api/graphql body larger than GRAPHQL_MAX_BODY_BYTES." },
  "storage/not_found": { status: 404, doc: "No blob under that key.", public: "The file is missing from storage." },
  "storage/unavailable": {
    status: 503,
    doc: "Blob storage could not be reached or refused the request.",
    public: "File storage is unavailable; try again shortly.",
  },
  "storage/invalid_key": { status: 500, doc: "A blob key that is malformed or escapes storage (a bug).", internal: true },
  "storage/content_type_mismatch": { status: 500, doc: "A blob stored under a key of another type (a bug).", internal: true },
  "storage/invalid_config": { status: 500, doc: "STORAGE_DRIVER=s3 without a usable S3_* setting.", internal: true },
  "storage/unknown_driver": { status: 500, doc: "STORAGE_DRIVER names no driver.", internal: true },
  "storage/invalid_root": { status: 500, doc: "STORAGE_DIR inside the web root.", internal: true },
  "config/invalid": { status: 500, doc: "An environment variable is missing or malformed; the message lists each.", internal: true },
  INTERNAL_SERVER_ERROR: { status: 500, doc: "Anything unexpected; the details are logged, never sent.", internal: true },
} as const satisfies Record<string, CodeInfo>;

export type ErrorCode = keyof typeof ERROR_TABLE;

export const ERROR_CODES = Object.keys(ERROR_TABLE) as ErrorCode[];

export const INTERNAL_MESSAGE = "Internal server error";

export type ErrorEdgeInfo = {
  /** What GraphQL clients see as `extensions.code`. */
  graphqlCode: string;
  /** What routes under app/api answer with. */
  status: number;
  /** Whether the error's own message may be shown to the client. */
  exposeMessage: boolean;
  /** The message clients see instead, when the error's own is not for them. */
  publicMessage?: string;
};

export function isKnownCode(code: unknown): code is ErrorCode {
  return typeof code === "string" && Object.hasOwn(ERROR_TABLE, code);
}

export function errorEdgeInfo(code: ErrorCode): ErrorEdgeInfo {
  const info: CodeInfo = ERROR_TABLE[code];
  if (info.internal) return { graphqlCode: "INTERNAL_SERVER_ERROR", status: info.status, exposeMessage: false, publicMessage: INTERNAL_MESSAGE };
  return { graphqlCode: code, status: info.status, exposeMessage: !info.public, publicMessage: info.public };
}
