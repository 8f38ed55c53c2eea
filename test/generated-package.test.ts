// The committed package, imported by its name as any consumer would.
import { createRequire } from 'node:module';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  getHttpStatus,
  getHttpStatusClass,
  getHttpStatusOrThrow,
  HttpStatus,
  type HttpStatusCode,
  type HttpStatusInfo,
  httpStatusByCode,
  httpStatusCodes,
  httpStatusSource,
  isHttpStatusCode,
  isSuccessHttpStatus,
} from '@md-codegen/generated';

describe('@md-codegen/generated', () => {
  it('has the enum values of the seed, with clashes resolved', () => {
    expect([HttpStatus.Ok, HttpStatus.SeeOther, HttpStatus.SeeOther203]).toEqual([200, 303, 203]);
    expect([HttpStatus.ResetContent, HttpStatus.ResetContent206, HttpStatus.ImATeapot]).toEqual([205, 206, 418]);
    expect(Object.keys(HttpStatus).filter((key) => Number.isNaN(Number(key)))).toHaveLength(62);
  });

  it('has the map with the plain description of every row', () => {
    expect(httpStatusByCode[200]).toEqual({ code: 200, name: 'Ok', phrase: 'OK', description: '正常响应' });
    expect(httpStatusByCode[418].phrase).toBe("I'm a teapot");
    expect(httpStatusCodes).toHaveLength(62);
  });

  it('looks codes up without throwing, for any input', () => {
    expect(getHttpStatus(303)?.name).toBe('SeeOther');
    for (const value of [202, 0, -1, 200.5, Number.NaN, Number.POSITIVE_INFINITY, '200', '__proto__', 'constructor', 'toString', null, undefined, {}]) {
      expect(getHttpStatus(value as number)).toBeUndefined();
      expect(isHttpStatusCode(value)).toBe(false);
    }
    expect(() => getHttpStatusOrThrow(202)).toThrow(new RangeError('202 is not a code of seeds/http-status.md'));
  });

  it('has the status classes', () => {
    expect(getHttpStatusClass(404)).toBe('clientError');
    expect(getHttpStatusClass(999)).toBe('nonStandard');
    expect(isSuccessHttpStatus(226)).toBe(true);
    expect(isSuccessHttpStatus(301)).toBe(false);
  });

  it('has the source metadata', () => {
    expect(httpStatusSource).toMatchObject({ path: 'seeds/http-status.md', title: 'HTTP状态码', date: '2024-11-07T14:33', tags: ['api'] });
  });

  it('has the types the document says', () => {
    expectTypeOf<`${HttpStatus.Ok}`>().toEqualTypeOf<"200">();
    expectTypeOf<HttpStatusCode>().toEqualTypeOf<
      | 200 | 201 | 203 | 204 | 205 | 206 | 207 | 208 | 209 | 210 | 226 | 301 | 302 | 303 | 304 | 305 | 307 | 308
      | 400 | 401 | 402 | 403 | 404 | 405 | 406 | 407 | 408 | 409 | 410 | 411 | 412 | 413 | 414 | 415 | 416 | 417
      | 418 | 419 | 421 | 422 | 423 | 424 | 425 | 426 | 428 | 429 | 431 | 451 | 500 | 501 | 502 | 503 | 504 | 505
      | 506 | 507 | 508 | 510 | 511 | 598 | 599 | 999
    >();
    expectTypeOf(getHttpStatus).returns.toEqualTypeOf<HttpStatusInfo | undefined>();
    expectTypeOf(httpStatusByCode[200]).toEqualTypeOf<{ readonly code: 200; readonly name: "Ok"; readonly phrase: "OK"; readonly description: "正常响应" }>();
    expectTypeOf(isHttpStatusCode).guards.toEqualTypeOf<HttpStatusCode>();
  });

  it('is the same package from CommonJS', () => {
    const require = createRequire(import.meta.url);
    const cjs = require('@md-codegen/generated') as typeof import('@md-codegen/generated');
    expect([cjs.HttpStatus.Ok, cjs.HttpStatus.SeeOther, cjs.HttpStatus.SeeOther203]).toEqual([200, 303, 203]);
    expect(require.resolve('@md-codegen/generated')).toMatch(/generated[/\\]dist[/\\]cjs[/\\]index\.js$/);
  });
});
