// `npm run import -- <folder or zip> [--label human|ai] [--project slug-or-id] [--gold] [--evaluation-set name]`
import { ImportUsageError } from "./import-usage-error";

export type ImportArgs = { path: string; label: string | null; project: string | null; gold: boolean; evaluationSet: string | null } | { help: true };

export const IMPORT_USAGE = `usage: npm run import -- <folder or .zip> [--label human|ai] [--project slug-or-id] [--gold] [--evaluation-set name]

  Imports every image in the folder (recursively) or zip. Files under a folder named human/ or ai/
  (any depth, any case) get that label as approved; --label gives every file one label instead.
  --gold makes labeled files gold items (hidden answers for checking annotators).
  --project is needed when there is more than one project.
  --evaluation-set puts every file in that evaluation set of the project (created if new): never
  trained on, scored by every run. Each file needs its true label (--label or human/ and ai/).`;

export function parseImportArgs(argv: string[]): ImportArgs {
  let path: string | null = null;
  let label: string | null = null;
  let project: string | null = null;
  let gold = false;
  let evaluationSet: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].startsWith("--") ? splitFlag(argv[i]) : [null, null];
    const value = () => {
      const next = inline ?? argv[++i];
      if (next === undefined || next.startsWith("--")) throw new ImportUsageError(`${flag} needs a value.`);
      return next;
    };
    if (flag === null) {
      if (path !== null) throw new ImportUsageError(`Only one folder or zip at a time (got "${path}" and "${argv[i]}").`);
      path = argv[i];
    } else if (flag === "--help" || flag === "-h") return { help: true };
    else if (flag === "--label") label = value().toUpperCase();
    else if (flag === "--project") project = value();
    else if (flag === "--gold") gold = true;
    else if (flag === "--evaluation-set") evaluationSet = value().trim();
    else throw new ImportUsageError(`Unknown option ${flag}.`);
  }
  if (!path) throw new ImportUsageError("Name a folder or a .zip file to import.");
  if (evaluationSet === "") throw new ImportUsageError("--evaluation-set needs a name.");
  // A gold item is approved training data; an evaluation painting must never be.
  if (gold && evaluationSet !== null) throw new ImportUsageError("--gold and --evaluation-set exclude each other: evaluation paintings never train.");
  return { path, label, project, gold, evaluationSet };
}

function splitFlag(arg: string): [string, string | null] {
  const equals = arg.indexOf("=");
  return equals < 0 ? [arg, null] : [arg.slice(0, equals), arg.slice(equals + 1)];
}
