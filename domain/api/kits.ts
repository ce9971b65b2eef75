import { z } from 'zod';
import { Id } from '../ids.js';
import { Group, GroupItem } from '../model/kit.js';
import { pageOf } from './pagination.js';

/** `POST /groups`: a kit. Assets join it by setting their `groupId`. */
export const CreateGroupRequest = Group.omit({ id: true }).partial({ description: true });
export type CreateGroupRequest = z.infer<typeof CreateGroupRequest>;

export const UpdateGroupRequest = Group.omit({ id: true }).partial();
export type UpdateGroupRequest = z.infer<typeof UpdateGroupRequest>;

/** A kit with its tagged members and its untagged accessories. */
export const GroupDetail = Group.extend({
  members: z.array(z.object({ id: Id, name: z.string() })),
  items: z.array(GroupItem),
});
export type GroupDetail = z.infer<typeof GroupDetail>;

export const GroupsPage = pageOf(Group);
export type GroupsPage = z.infer<typeof GroupsPage>;

/** `POST /groups/:id/items`: an accessory without a tag, ticked on a checklist instead of scanned. */
export const CreateGroupItemRequest = GroupItem.omit({ id: true, groupId: true }).partial({
  description: true,
});
export type CreateGroupItemRequest = z.infer<typeof CreateGroupItemRequest>;

export const UpdateGroupItemRequest = GroupItem.omit({ id: true, groupId: true }).partial();
export type UpdateGroupItemRequest = z.infer<typeof UpdateGroupItemRequest>;
