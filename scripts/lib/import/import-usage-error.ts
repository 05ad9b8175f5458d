// A problem with how the import was asked for (arguments, path, project), as opposed to a bad
// file inside it: the command stops before importing anything and exits non-zero.
export class ImportUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ImportUsageError";
  }
}
