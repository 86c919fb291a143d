import type { UserSummary } from "@/lib/contracts/user";
import { isRole } from "@/lib/permissions/roles";
import { formatDate } from "@/lib/text/format-date";
import { UserActiveForm } from "./user-active-form";
import { UserRoleForm } from "./user-role-form";

const CELL = "px-3 py-2 align-middle";

/** Everyone with an account, oldest first, each with their role and whether they may sign in. */
export function UsersTable({
  users,
  currentUserId,
}: {
  users: UserSummary[];
  currentUserId: string;
}) {
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">People with an account</caption>
        <thead className="bg-stone-100 text-xs uppercase tracking-wide text-stone-700">
          <tr>
            <th scope="col" className={CELL}>
              Name
            </th>
            <th scope="col" className={CELL}>
              Email
            </th>
            <th scope="col" className={CELL}>
              Role
            </th>
            <th scope="col" className={CELL}>
              Status
            </th>
            <th scope="col" className={CELL}>
              Created
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-200">
          {users.map((user) => {
            const isSelf = user.id === currentUserId;
            return (
              <tr key={user.id} className={user.active ? undefined : "bg-stone-50"}>
                <th scope="row" className={`${CELL} font-medium text-stone-900`}>
                  {user.name}
                  {isSelf && <span className="ml-1 font-normal text-stone-600">(you)</span>}
                </th>
                <td className={`${CELL} break-all text-stone-800`}>{user.email}</td>
                <td className={CELL}>
                  {isRole(user.role) ? (
                    <UserRoleForm userId={user.id} userName={user.name} role={user.role} />
                  ) : (
                    <span className="text-red-800">Unknown role “{user.role}”</span>
                  )}
                </td>
                <td className={CELL}>
                  <UserActiveForm
                    userId={user.id}
                    userName={user.name}
                    active={user.active}
                    invitationPending={user.invitationPending}
                    isSelf={isSelf}
                  />
                </td>
                <td className={`${CELL} whitespace-nowrap text-stone-700`}>
                  <time dateTime={user.createdAt}>{formatDate(user.createdAt)}</time>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
