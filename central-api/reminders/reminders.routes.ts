import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams } from '../../domain/api/pagination.js';
import { EmailLogPage, EmailLogQuery, LoanReminderSent, ReminderRun } from '../../domain/api/reminders.js';
import type { RouteOptions } from '../app-context.js';
import { auditActorOf } from '../auth/actor.js';
import { actorOf } from '../auth/authenticate.js';
import { errorResponses, signedInErrors } from '../http/error-responses.js';
import { listEmails } from './email-log.service.js';
import { REMINDER_GAP_MINUTES, remindBorrower } from './loan-reminder.service.js';
import { runReminders } from './reminders.service.js';

export const reminderRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { ctx }) => {
  app.post(
    '/reminders/run',
    {
      config: { access: 'reminders.manage' },
      schema: {
        summary: 'Send the reminders and digests that are due now (the server also does this on a timer)',
        description: 'Each email is sent once, however often this runs and on however many API replicas.',
        tags: ['reminders'],
        response: { 200: ReminderRun, ...errorResponses(...signedInErrors, 503) },
      },
    },
    async (req) => runReminders(ctx, req.log),
  );

  app.post(
    '/loans/:id/remind',
    {
      config: { access: 'reminders.send' },
      schema: {
        summary: 'Email the borrower of an overdue loan its overdue reminder now',
        description:
          `Within ${REMINDER_GAP_MINUTES} minutes of the loan's last overdue reminder (sent by hand or by the ` +
          'timer) it is refused with 409, so a double click sends one email. Each refusal has ' +
          '`details.reason` (ReminderRefusalReason): 404 `loan_not_found`; 409 `loan_returned`, ' +
          '`loan_not_overdue`, `reminded_recently`; 422 `no_email`, `address_refused`; 503 ' +
          '`mail_not_configured`, `mail_unavailable`.',
        tags: ['reminders'],
        params: IdParams,
        response: { 200: LoanReminderSent, ...errorResponses(...signedInErrors, 404, 409, 422, 503) },
      },
    },
    async (req) => remindBorrower(ctx, auditActorOf(actorOf(req)), req.params.id),
  );

  app.get(
    '/reminders/emails',
    {
      config: { access: 'reminders.manage' },
      schema: {
        summary: 'Every email the API has sent, newest first',
        tags: ['reminders'],
        querystring: EmailLogQuery,
        response: { 200: EmailLogPage, ...errorResponses(...signedInErrors) },
      },
    },
    async (req) => listEmails(ctx.db, req.query),
  );
};
