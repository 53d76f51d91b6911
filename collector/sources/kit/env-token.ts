// API tokens come from the environment, never from the config file: the config names the variable.
import { z } from 'zod';
import { ConfigError } from '../../errors.ts';

/** Schema of a config field that names an environment variable (e.g. "X_BEARER_TOKEN"). */
export const envNameSchema = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,127}$/, 'must be the name of an environment variable, not the token itself');

/** The token in environment variable `name`, or a ConfigError that says which variable to set. */
export function tokenFromEnv(sourceId: string, name: string, env: NodeJS.ProcessEnv = process.env): string {
  const value = env[name]?.trim();
  if (!value) throw new ConfigError(`source ${sourceId}: environment variable ${name} is not set (it must hold the API token)`);
  return value;
}
