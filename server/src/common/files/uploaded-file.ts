import { Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';

/**
 * An uploaded file's columns, as `receiveFile` (common/uploads.ts) checked and named it: application and report
 * attachments and resource versions extend it; the bytes are in the file storage under the row's key. An object type
 * only so that theirs inherit its fields; no field returns it, so the schema does not show it.
 */
@ObjectType({ description: 'An uploaded file.' })
export abstract class UploadedFile {
  @Field(() => String, { description: 'The file name as uploaded.' })
  @Property({ type: 'string', length: 255 })
  filename!: string;

  @Field(() => String, { description: 'The type found in the content (not the name).' })
  @Property({ type: 'string', length: 120 })
  mimeType!: string;

  @Field(() => Int, { description: 'Size in bytes.' })
  @Property({ type: 'integer' })
  size!: number;

  @Property({ type: 'string', length: 64 })
  sha256!: string;
}
