import { afterAll } from 'vitest';

/** Runs this test file on Paris time, with its changes to and from summer time. */
export function onParisTime(): void {
  const zone = process.env.TZ;
  process.env.TZ = 'Europe/Paris';
  afterAll(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });
}
