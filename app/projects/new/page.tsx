import { requirePageRole } from "../../lib/require-page-role";
import { NewProjectForm } from "./new-project-form";

export const dynamic = "force-dynamic";

export default async function NewProjectPage() {
  await requirePageRole("MANAGER", "/projects/new");
  return (
    <>
      <h1>New project</h1>
      <NewProjectForm />
    </>
  );
}
