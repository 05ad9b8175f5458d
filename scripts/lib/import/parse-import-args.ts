// `npm run import -- <folder or zip> [--label human|ai] [--project slug-or-id] [--gold]`
import { ImportUsageError } from "./import-usage-error";

export type ImportArgs = { path: string; label: string | null; project: string | null; gold: boolean } | { help: true };

export const IMPORT_USAGE = `usage: npm run import -- <folder or .zip> [--label human|ai] [--project slug-or-id] [--gold]

  Imports every image in the folder (recursively) or zip. Files under a folder named human/ or ai/
  (any depth, any case) get that label as approved; --label gives every file one label instead.
  --gold makes labeled files gold items (hidden answers for checking annotators).
  --project is needed when there is more than one project.`;

export function parseImportArgs(argv: string[]): ImportArgs {
  let path: string | null = null;
  let label: string | null = null;
  let project: string | null = null;
  let gold = false;
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
    else throw new ImportUsageError(`Unknown option ${flag}.`);
  }
  if (!path) throw new ImportUsageError("Name a folder or a .zip file to import.");
  return { path, label, project, gold };
}

function splitFlag(arg: string): [string, string | null] {
  const equals = arg.indexOf("=");
  return equals < 0 ? [arg, null] : [arg.slice(0, equals), arg.slice(equals + 1)];
}
