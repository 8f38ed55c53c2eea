/**
 * Whether to colour the report: off when `NO_COLOR` is set and not empty or
 * `FORCE_COLOR=0`, on when `FORCE_COLOR` is 1 or more, otherwise only on a
 * colour terminal.
 */
export function useColor(env: NodeJS.ProcessEnv, stream: { isTTY?: boolean; hasColors?: () => boolean }): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') {
    if (force === 'true') return true;
    if (force === 'false') return false;
    const level = Number(force);
    if (Number.isInteger(level)) return level >= 1;
  }
  return stream.isTTY === true && (stream.hasColors?.() ?? false);
}
