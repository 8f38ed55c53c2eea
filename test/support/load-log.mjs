// Preloaded with `node --import`: every module the process loads (ES modules
// and CommonJS alike, through the loader hooks) is appended, as its URL, one
// a line, to the file named by MD_CODEGEN_LOAD_LOG.
import { register } from 'node:module';

register('./load-log-hooks.mjs', import.meta.url);
