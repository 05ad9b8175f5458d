// The edge checks shared by every evaluation-set service: a set is named by people (and on the
// command line), so its name is trimmed and bounded like a project's.
import { z } from "zod";

export const evaluationSetName = z.string().trim().min(1, "Name the evaluation set.").max(120);
export const evaluationSetDescription = z.string().max(2000);
