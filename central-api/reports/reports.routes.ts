import type { FastifyPluginAsync } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AssetTypeUtilisationReport,
  AssetUtilisationReport,
  AwayFromHomeQuery,
  AwayFromHomeReport,
  LoansOverTimeQuery,
  LoansOverTimeReport,
  MissingAccessoriesQuery,
  MissingAccessoriesReport,
  NeverLentQuery,
  NeverLentReport,
  OverdueQuery,
  OverdueReport,
  TopBorrowersQuery,
  TopBorrowersReport,
  UtilisationQuery,
  type ReportFormat,
} from '../../domain/api/reports.js';
import type { AppContext, RouteOptions } from '../app-context.js';
import { sendCsv, type CsvTable } from '../http/csv-reply.js';
import { errorResponses, signedInErrors } from '../http/error-responses.js';
import { awayFromHomeCsv, awayFromHomeReport } from './away-from-home.service.js';
import { loansOverTimeCsv, loansOverTimeReport } from './loans-over-time.service.js';
import { missingAccessoriesCsv, missingAccessoriesReport } from './missing-accessories.service.js';
import { neverLentCsv, neverLentReport } from './never-lent.service.js';
import { overdueCsv, overdueReport } from './overdue.service.js';
import { topBorrowersCsv, topBorrowersReport } from './top-borrowers.service.js';
import {
  assetTypeUtilisationCsv,
  assetTypeUtilisationReport,
  assetUtilisationCsv,
  assetUtilisationReport,
} from './utilisation.service.js';

type Report<Q extends { format: ReportFormat }, R> = {
  path: string;
  summary: string;
  query: z.ZodType<Q>;
  response: z.ZodType<R>;
  run: (ctx: AppContext, query: Q) => Promise<R>;
  csv: (report: R) => CsvTable;
};

/**
 * A report's route: JSON by default, CSV (a download named after the report) with `?format=csv`. The zod
 * schemas still validate the query and the JSON at run time; only the compile-time typing of the request
 * is set aside, as the type provider cannot follow a generic report.
 */
function reportRoute<Q extends { format: ReportFormat }, R>(
  report: Report<Q, R>,
): FastifyPluginAsync<RouteOptions> {
  const filename = `${report.path.replace(/^\/reports\//, '').replaceAll('/', '-')}.csv`;
  return async (app, { ctx }) => {
    app.get(
      report.path,
      {
        config: { access: 'reports.read' },
        schema: {
          summary: report.summary,
          description:
            'JSON shaped for a chart, or CSV with `?format=csv`. Dates are days in the school’s time zone.',
          tags: ['reports'],
          querystring: report.query,
          response: {
            200: {
              description: 'The report',
              content: {
                'application/json': { schema: report.response },
                'text/csv': { schema: z.string() },
              },
            },
            ...errorResponses(...signedInErrors),
          },
        },
      },
      async (req, reply) => {
        const query = req.query as Q;
        const result = await report.run(ctx, query);
        if (query.format === 'csv') return sendCsv(reply, filename, report.csv(result));
        return reply.type('application/json').send(result);
      },
    );
  };
}

export const reportRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, options) => {
  const reports = [
    reportRoute({
      path: '/reports/overdue',
      summary: 'Overdue loans with their borrower, days overdue and what is still out',
      query: OverdueQuery,
      response: OverdueReport,
      run: overdueReport,
      csv: overdueCsv,
    }),
    reportRoute({
      path: '/reports/loans-over-time',
      summary: 'Loans and items lent per day or week, one series per asset type',
      query: LoansOverTimeQuery,
      response: LoansOverTimeReport,
      run: loansOverTimeReport,
      csv: loansOverTimeCsv,
    }),
    reportRoute({
      path: '/reports/utilisation/assets',
      summary: 'The share of a period each asset spent on loan',
      query: UtilisationQuery,
      response: AssetUtilisationReport,
      run: assetUtilisationReport,
      csv: assetUtilisationCsv,
    }),
    reportRoute({
      path: '/reports/utilisation/asset-types',
      summary: 'The share of a period the assets of each type spent on loan',
      query: UtilisationQuery,
      response: AssetTypeUtilisationReport,
      run: assetTypeUtilisationReport,
      csv: assetTypeUtilisationCsv,
    }),
    reportRoute({
      path: '/reports/top-borrowers',
      summary: 'Who borrowed most, by loans and then items',
      query: TopBorrowersQuery,
      response: TopBorrowersReport,
      run: topBorrowersReport,
      csv: topBorrowersCsv,
    }),
    reportRoute({
      path: '/reports/never-lent',
      summary: 'Assets in service that were never lent (or not in a range)',
      query: NeverLentQuery,
      response: NeverLentReport,
      run: neverLentReport,
      csv: neverLentCsv,
    }),
    reportRoute({
      path: '/reports/away-from-home',
      summary: 'Assets that are in, but away from their home location',
      query: AwayFromHomeQuery,
      response: AwayFromHomeReport,
      run: awayFromHomeReport,
      csv: awayFromHomeCsv,
    }),
    reportRoute({
      path: '/reports/missing-accessories',
      summary: 'Kits that came back with accessories missing',
      query: MissingAccessoriesQuery,
      response: MissingAccessoriesReport,
      run: missingAccessoriesReport,
      csv: missingAccessoriesCsv,
    }),
  ];
  for (const route of reports) await app.register(route, options);
};
