import { Injectable } from '@nestjs/common';

/**
 * The time as the domains see it: tests move it (jest.spyOn(clock, 'now')) instead of waiting 15 minutes or 7 days.
 * One provider per application (each domain module may list it; Nest makes one instance per module, all reading the
 * same system clock, and a test spies on the one its service was given).
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
