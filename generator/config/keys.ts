import { configJsonSchema } from './json-schema.js';

interface JsonSchemaNode {
  readonly type?: string;
  readonly description?: string;
  readonly default?: unknown;
  readonly properties?: Readonly<Record<string, JsonSchemaNode>>;
  readonly additionalProperties?: JsonSchemaNode | boolean;
}

/**
 * Keys validated and passed to generate() but not applied yet (the emitters
 * and the seeds and output stages will): the README leaves them out until
 * they are (the schema, and so editors, know them already).
 */
export const notAppliedYet: readonly string[] = [];

/**
 * The README's table of config keys, from the JSON Schema: every key but
 * `omit`, nested ones by their path (`package.name`, `tables[key].kind`),
 * with its default and description.
 */
export function configKeysTable(schema: JsonSchemaNode = configJsonSchema() as JsonSchemaNode, omit: readonly string[] = notAppliedYet): string {
  const rows: string[] = [];
  const visit = (node: JsonSchemaNode, prefix: string) => {
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      if (prefix === '' && omit.includes(key)) continue;
      const path = `${prefix}${key}`;
      const entries = typeof child.additionalProperties === 'object' ? child.additionalProperties : undefined;
      if (child.properties) visit(child, `${path}.`);
      else rows.push(`| \`${path}\` | ${child.default === undefined ? '' : `\`${JSON.stringify(child.default)}\``} | ${child.description ?? ''} |`);
      if (entries?.properties) visit(entries, `${path}[key].`);
    }
  };
  visit(schema, '');
  return ['| Key | Default | What it sets |', '| --- | --- | --- |', ...rows].join('\n');
}
