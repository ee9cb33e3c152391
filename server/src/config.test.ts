import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration', () => {
  it('uses the defaults with only a database and secret given', () => {
    const c = loadConfig({ DATABASE_URL: 'postgres://u:p@localhost/db', SESSION_SECRET: 's'.repeat(32) });
    expect(c.port).toBe(4000);
    expect(c.publicUrl).toBe('http://localhost:4000');
    expect(c.logLevel).toBe('info');
  });

  it('lists every invalid variable by name', () => {
    const attempt = () => loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud', SESSION_SECRET: 's'.repeat(32) });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (e) {
      const message = (e as Error).message;
      expect(message).toContain('PORT');
      expect(message).toContain('DATABASE_URL');
      expect(message).toContain('LOG_LEVEL');
    }
  });

  it('requires SESSION_SECRET with an external database', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://u:p@localhost/db' })).toThrow(/SESSION_SECRET/);
  });

  it('treats empty variables as unset', () => {
    const c = loadConfig({ DATABASE_URL: 'postgres://u:p@localhost/db', SESSION_SECRET: 's'.repeat(32), PORT: '', SMTP_URL: '' });
    expect(c.port).toBe(4000);
    expect(c.smtpUrl).toBeUndefined();
  });

  it('takes MAIL_FROM as an address with or without a name, and refuses anything else', () => {
    const base = { DATABASE_URL: 'postgres://u:p@localhost/db', SESSION_SECRET: 's'.repeat(32) };
    expect(loadConfig(base).mailFrom).toBe('Samhandling <no-reply@samhandling.local>');
    expect(loadConfig({ ...base, MAIL_FROM: 'Vestfold fylkeskommune <samhandling@vtfk.no>' }).mailFrom).toBe('Vestfold fylkeskommune <samhandling@vtfk.no>');
    expect(loadConfig({ ...base, MAIL_FROM: 'samhandling@vtfk.no' }).mailFrom).toBe('samhandling@vtfk.no');
    for (const bad of ['samhandling', 'A <b@c>\r\nBcc: x@y', '<a b@c>']) expect(() => loadConfig({ ...base, MAIL_FROM: bad }), bad).toThrow(/MAIL_FROM/);
  });

  it('keeps files on disk by default, and needs a bucket for S3 (path style with an endpoint of its own)', () => {
    const base = { DATABASE_URL: 'postgres://u:p@localhost/db', SESSION_SECRET: 's'.repeat(32) };
    expect(loadConfig(base)).toMatchObject({ fileStorage: 'disk', s3: undefined });
    expect(() => loadConfig({ ...base, FILE_STORAGE: 's3' })).toThrow(/S3_BUCKET/);
    expect(() => loadConfig({ ...base, FILE_STORAGE: 's3', S3_BUCKET: 'filer', S3_ACCESS_KEY_ID: 'a' })).toThrow(/S3_SECRET_ACCESS_KEY/);
    expect(loadConfig({ ...base, FILE_STORAGE: 's3', S3_BUCKET: 'samhandling-filer', S3_ENDPOINT: 'http://minio:9000', S3_ACCESS_KEY_ID: 'a', S3_SECRET_ACCESS_KEY: 'b' }).s3).toEqual({
      endpoint: 'http://minio:9000',
      bucket: 'samhandling-filer',
      region: 'us-east-1',
      accessKeyId: 'a',
      secretAccessKey: 'b',
      forcePathStyle: true,
      prefix: undefined,
    });
    expect(loadConfig({ ...base, FILE_STORAGE: 's3', S3_BUCKET: 'samhandling-filer', S3_REGION: 'eu-north-1' }).s3?.forcePathStyle).toBe(false);
  });
});
