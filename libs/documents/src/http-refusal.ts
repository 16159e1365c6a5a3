import { HttpException, HttpStatus } from '@nestjs/common';
import { ErrorCode, ForumError } from '@forum/core';
import { DocumentsReason } from './documents.errors.js';

const BY_CODE: Partial<Record<ErrorCode, HttpStatus>> = {
  [ErrorCode.BAD_USER_INPUT]: HttpStatus.BAD_REQUEST,
  [ErrorCode.UNAUTHENTICATED]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.FORBIDDEN]: HttpStatus.FORBIDDEN,
  [ErrorCode.NOT_FOUND]: HttpStatus.NOT_FOUND,
};

const BY_REASON: Record<string, HttpStatus> = {
  [DocumentsReason.TOO_LARGE]: HttpStatus.PAYLOAD_TOO_LARGE,
  [DocumentsReason.TYPE_NOT_ALLOWED]: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
  [DocumentsReason.QUOTA_EXCEEDED]: HttpStatus.PAYLOAD_TOO_LARGE,
};

/** A ForumError as the status an HTTP client expects, with the code, reason and message GraphQL would give. */
export function httpRefusal(error: unknown): unknown {
  if (!(error instanceof ForumError)) return error;
  const byReason = error.reason === undefined ? undefined : BY_REASON[error.reason];
  const status = byReason ?? BY_CODE[error.code] ?? HttpStatus.INTERNAL_SERVER_ERROR;
  return new HttpException(
    { code: error.code, ...(error.reason ? { reason: error.reason } : {}), message: error.message, ...error.details },
    status,
  );
}
