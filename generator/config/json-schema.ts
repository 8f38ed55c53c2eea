import * as z from 'zod';
import { configSchema } from './schema.js';

/**
 * The JSON Schema of the config file, as `schema.json` holds it: written from
 * {@link configSchema} by zod, for what a config may be written as (`io:
 * input`: keys with defaults are optional), in draft-07, which editors
 * support best. What a JSON Schema cannot say (npm's reserved names, SPDX
 * expressions) is checked on loading only.
 */
export function configJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(configSchema, { io: 'input', target: 'draft-07' }) as Record<string, unknown>;
}

/** `schema.json` as committed and shipped: the schema, two-space indented, with a final newline. */
export function configJsonSchemaText(): string {
  return `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
}
