import { z } from 'zod';
import { Id, IsoDateTime } from '../ids.js';
import { Group, GroupItem } from '../model/kit.js';
import { pageOf } from './pagination.js';

/** `POST /groups`: a kit. Assets join it through `POST /groups/:id/members` (or by setting their `groupId`). */
export const CreateGroupRequest = Group.omit({ id: true }).partial({ description: true });
export type CreateGroupRequest = z.infer<typeof CreateGroupRequest>;

export const UpdateGroupRequest = Group.omit({ id: true }).partial();
export type UpdateGroupRequest = z.infer<typeof UpdateGroupRequest>;

/** Who has a part of a kit now, so the kit's page can say what is out and with whom. */
export const PartLoan = z.object({ allocationId: Id, borrowerName: z.string(), dueAt: IsoDateTime });
export type PartLoan = z.infer<typeof PartLoan>;

export const GroupMember = z.object({
  id: Id,
  name: z.string(),
  barcode: z.string().nullable(),
  loan: PartLoan.nullable(),
});
export type GroupMember = z.infer<typeof GroupMember>;

export const GroupChecklistItem = GroupItem.extend({ loan: PartLoan.nullable() });
export type GroupChecklistItem = z.infer<typeof GroupChecklistItem>;

/** A kit with its tagged members (by name) and its untagged accessories (in checklist order). */
export const GroupDetail = Group.extend({
  members: z.array(GroupMember),
  items: z.array(GroupChecklistItem),
});
export type GroupDetail = z.infer<typeof GroupDetail>;

export const GroupsPage = pageOf(Group);
export type GroupsPage = z.infer<typeof GroupsPage>;

/** `POST /groups/:id/members`: a tagged asset joins the kit; one already in another kit is refused by name. */
export const AddGroupMemberRequest = z.object({ assetId: Id });
export type AddGroupMemberRequest = z.infer<typeof AddGroupMemberRequest>;

/** `DELETE /groups/:id/members/:assetId`. */
export const GroupMemberParams = z.object({ id: Id, assetId: Id });
export type GroupMemberParams = z.infer<typeof GroupMemberParams>;

/** `POST /groups/:id/items`: an accessory without a tag, ticked on a checklist instead of scanned. */
export const CreateGroupItemRequest = GroupItem.omit({ id: true, groupId: true, position: true }).partial({
  description: true,
});
export type CreateGroupItemRequest = z.infer<typeof CreateGroupItemRequest>;

/** A change of name or description; the place on the checklist changes through `PUT /groups/:id/items/order`. */
export const UpdateGroupItemRequest = GroupItem.omit({ id: true, groupId: true, position: true }).partial();
export type UpdateGroupItemRequest = z.infer<typeof UpdateGroupItemRequest>;

/** `PUT /groups/:id/items/order`: every accessory of the kit, once each, in the checklist's new order. */
export const OrderGroupItemsRequest = z.object({ itemIds: z.array(Id).max(500) });
export type OrderGroupItemsRequest = z.infer<typeof OrderGroupItemsRequest>;
