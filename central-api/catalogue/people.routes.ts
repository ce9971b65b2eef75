import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams } from '../../domain/api/pagination.js';
import {
  CreatePersonRequest,
  PeoplePage,
  PeopleQuery,
  PersonLoans,
  UpdatePersonRequest,
} from '../../domain/api/people.js';
import { Person } from '../../domain/model/person.js';
import type { RouteOptions } from '../app-context.js';
import { actorOf } from '../auth/authenticate.js';
import { errorResponses, signedInErrors } from '../http/error-responses.js';
import { loansOfPerson } from '../lending/person-loans.service.js';
import { createPerson, getPerson, listPeople, updatePerson } from './people.service.js';

export const peopleRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { ctx }) => {
  app.get(
    '/people',
    {
      config: { access: 'people.read' },
      schema: {
        summary: 'Pupils and staff, a page at a time, searched and filtered',
        tags: ['people'],
        querystring: PeopleQuery,
        response: { 200: PeoplePage, ...errorResponses(...signedInErrors) },
      },
    },
    async (req) => listPeople(ctx.db, req.query),
  );

  app.get(
    '/people/:id',
    {
      config: { access: 'people.read' },
      schema: {
        summary: 'One person',
        tags: ['people'],
        params: IdParams,
        response: { 200: Person, ...errorResponses(...signedInErrors, 404) },
      },
    },
    async (req) => getPerson(ctx.db, req.params.id),
  );

  app.get(
    '/people/:id/loans',
    {
      config: { access: 'people.read' },
      schema: {
        summary: "A person's loans: every open one, and the latest past ones",
        tags: ['people'],
        params: IdParams,
        response: { 200: PersonLoans, ...errorResponses(...signedInErrors, 404) },
      },
    },
    async (req) => loansOfPerson(ctx.db, req.params.id),
  );

  app.post(
    '/people',
    {
      config: { access: 'people.write' },
      schema: {
        summary: 'Add a pupil or member of staff',
        tags: ['people'],
        body: CreatePersonRequest,
        response: { 201: Person, ...errorResponses(...signedInErrors, 409) },
      },
    },
    async (req, reply) => reply.status(201).send(await createPerson(ctx, actorOf(req), req.body)),
  );

  app.patch(
    '/people/:id',
    {
      config: { access: 'people.write' },
      schema: {
        summary: 'Change a person (only admins change sign-in and powers)',
        tags: ['people'],
        params: IdParams,
        body: UpdatePersonRequest,
        response: { 200: Person, ...errorResponses(...signedInErrors, 404, 409) },
      },
    },
    async (req) => updatePerson(ctx, actorOf(req), req.params.id, req.body),
  );
};
