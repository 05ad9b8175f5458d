import { requirePageRole } from "../lib/require-page-role";
import { UserAdmin } from "./user-admin";

export const dynamic = "force-dynamic";

export default async function UsersPage() {
  const viewer = await requirePageRole("MANAGER", "/users");
  return <UserAdmin viewerId={viewer.id} />;
}
