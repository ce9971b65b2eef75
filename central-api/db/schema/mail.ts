import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * Every email the API has sent. A row is written in the transaction that sends its email, under a key
 * no two emails share (`loan_due:<loan>`, `loan_overdue:<loan>`, `staff_digest:<day>:<person>`, and
 * `loan_overdue:<loan>:<email>` for each later overdue reminder staff send by hand): the unique index is
 * what stops two API replicas from sending the same reminder. Ids are plain values, as in the audit
 * trail, so the log outlives what it mentions.
 */
export const emailLog = pgTable(
  'email_log',
  {
    id: uuid('id').primaryKey(),
    key: text('key').notNull().unique(),
    kind: text('kind', { enum: ['loan_due', 'loan_overdue', 'staff_digest'] }).notNull(),
    allocationId: uuid('allocation_id'),
    /** Who it went to. */
    personId: uuid('person_id').notNull(),
    /** The address it went to; cleared when that person's data is erased. */
    recipient: text('recipient'),
    /** Subjects name no one, so they stay after an erasure. */
    subject: text('subject').notNull(),
    messageId: text('message_id'),
    sentAt: at('sent_at').notNull(),
  },
  (t) => [
    index('email_log_person_idx').on(t.personId),
    index('email_log_sent_idx').on(t.sentAt),
    // A reminder sent by hand looks up the loan's last one.
    index('email_log_allocation_idx').on(t.allocationId, t.sentAt),
  ],
);
