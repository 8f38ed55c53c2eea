import { kebabName, pascalName } from './member.js';

/**
 * The module path of a document from its path inside the seeds folder: each
 * folder and the file name (without its extension) as lower-case ASCII words
 * joined by `-` (`Error_Codes.md` → `error-codes`, `v2/responseStatus.md` →
 * `v2/response-status`); `undefined` when a part has no ASCII word (`错误码.md`).
 */
export function moduleOf(relativePath: string): string | undefined {
  const parts = relativePath.replace(/\.[^./]*$/, '').split('/');
  const kebab = parts.map(kebabName);
  return kebab.every((part) => part !== undefined) ? kebab.join('/') : undefined;
}

/** The export name of a module's last part: `HttpStatus` for `http-status`, `Orders` for `v2/orders`. */
export function baseNameOf(module: string): string {
  return pascalName(module.slice(module.lastIndexOf('/') + 1))!;
}
