import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { EmailLogPage, EmailLogQuery, ReminderRun } from '../../domain/api/reminders.js';
import type { RouteOptions } from '../app-context.js';
import { errorResponses, signedInErrors } from '../http/error-responses.js';
import { listEmails } from './email-log.service.js';
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
