import { Injectable } from '@nestjs/common';

/** The time as identity sees it: tests move it (jest.spyOn(clock, 'now')) instead of waiting 15 minutes or 7 days. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
