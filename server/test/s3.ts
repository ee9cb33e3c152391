import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import type { S3Settings } from '../src/common/files/s3.js';
import { freePort } from './server-process.js';

export interface LocalS3 {
  settings: S3Settings;
  /** The server's own folder (s3rver keeps objects as files). */
  directory: string;
  /** Stops the server; `start` brings it back on the same port, with the same objects. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops it and removes its folder. */
  close(): Promise<void>;
}

/** A real S3-compatible server on loopback (s3rver), for the S3 runs of the file tests and `npm run test:prod`.
 * Not a mocked client: the AWS SDK talks HTTP to it, signatures, multipart uploads and all. */
export async function startLocalS3(bucket = 'samhandling-test'): Promise<LocalS3> {
  const port = await freePort();
  const directory = mkdtempSync(join(tmpdir(), 'samhandling-s3-'));
  let server: S3rver | null = null;
  const start = async () => {
    server = new S3rver({ port, address: '127.0.0.1', directory, silent: true, configureBuckets: [{ name: bucket, configs: [] }] });
    await server.run();
  };
  const stop = async () => {
    await server?.close();
    server = null;
  };
  await start();
  return {
    settings: { endpoint: `http://127.0.0.1:${port}`, bucket, region: 'us-east-1', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', forcePathStyle: true },
    directory,
    start,
    stop,
    close: async () => {
      await stop();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
