import { Controller, Get, Headers, HttpException, HttpStatus, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ErrorCode, ForumError } from '@forum/core';
import { AuthenticationService, Public, type Viewer } from '@forum/identity';
import { CalendarService } from './calendar.service.js';
import { StacksService } from './stacks.service.js';
import { StandardsService } from './standards.service.js';

const STATUS: Partial<Record<ErrorCode, HttpStatus>> = {
  [ErrorCode.BAD_USER_INPUT]: HttpStatus.BAD_REQUEST,
  [ErrorCode.UNAUTHENTICATED]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.FORBIDDEN]: HttpStatus.FORBIDDEN,
  [ErrorCode.NOT_FOUND]: HttpStatus.NOT_FOUND,
};

/** A ForumError as the HTTP status a plain HTTP client expects, with the same code and message as GraphQL's. */
export function asHttpError(error: unknown): unknown {
  if (!(error instanceof ForumError)) return error;
  return new HttpException(
    { code: error.code, message: error.message, ...(error.details ?? {}) },
    STATUS[error.code] ?? HttpStatus.INTERNAL_SERVER_ERROR,
  );
}

/**
 * The stacks' plain HTTP routes, for clients that are not GraphQL (calendar apps, other offices' tools). Declared
 * public so that the same route serves anonymous callers (PUBLIC stacks only) and members: the viewer is the bearer
 * token's member, or the personal feed token's, resolved here.
 */
@Controller('api')
export class StacksController {
  constructor(
    private readonly authentication: AuthenticationService,
    private readonly calendar: CalendarService,
    private readonly stacks: StacksService,
    private readonly standards: StandardsService,
  ) {}

  /** standardsMatrix's cells as CSV, for spreadsheets: the same rows the query answers the same caller. */
  @Public()
  @Get('standards/matrix.csv')
  async standardsMatrix(
    @Headers('authorization') authorization: string | undefined,
    @Query('region') region: string | undefined,
    @Query('ipRight') ipRight: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    try {
      const viewer = await this.viewerOf(authorization, undefined);
      const csv = await this.standards.matrixCsv(viewer, { region, ipRight });
      res.setHeader('content-type', 'text/csv; charset=utf-8');
      res.setHeader('content-disposition', 'attachment; filename="standards-matrix.csv"');
      res.setHeader('cache-control', 'private, no-store');
      res.send(csv);
    } catch (error) {
      throw asHttpError(error);
    }
  }

  /** The latest stack version the caller may see, as the exchange document; 404 where techStack is NOT_FOUND or null. */
  @Public()
  @Get('offices/:code/tech-stack.json')
  async techStackDocument(
    @Headers('authorization') authorization: string | undefined,
    @Param('code') code: string,
    @Res() res: Response,
  ): Promise<void> {
    try {
      const viewer = await this.viewerOf(authorization, undefined);
      const document = await this.stacks.exportDocument(viewer, code);
      res.setHeader('content-type', 'application/json; charset=utf-8');
      res.setHeader('cache-control', 'private, no-store');
      res.send(JSON.stringify(document, null, 2));
    } catch (error) {
      throw asHttpError(error);
    }
  }

  @Public()
  @Get('calendar/decommissions.ics')
  async decommissions(
    @Headers('authorization') authorization: string | undefined,
    @Query('token') token: string | undefined,
    @Query('from') from: string | undefined,
    @Query('to') to: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    try {
      const viewer = await this.viewerOf(authorization, token);
      const body = await this.calendar.ics(viewer, { from, to }, new Date());
      res.setHeader('content-type', 'text/calendar; charset=utf-8');
      res.setHeader('cache-control', 'private, no-store');
      res.send(body);
    } catch (error) {
      throw asHttpError(error);
    }
  }

  /** The bearer token's member; else the feed token's (a wrong feed token is refused, not taken as anonymous). */
  async viewerOf(authorization: string | undefined, token: string | undefined): Promise<Viewer> {
    if (authorization) return (await this.authentication.authenticate(authorization))?.viewer ?? null;
    if (token === undefined) return null;
    const viewer = await this.calendar.viewerOfFeedToken(token);
    if (!viewer) throw new ForumError(ErrorCode.UNAUTHENTICATED, 'Unknown or revoked feed token');
    return viewer;
  }
}
