#!/usr/bin/env node
import { main } from './cli.js';

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // Bad input is reported, never thrown: anything that lands here is a bug.
  const detail = process.env.MD_CODEGEN_DEBUG ? (error as Error).stack : (error as Error).message;
  process.stderr.write(`md-codegen: internal error: ${detail}\nThis is a bug in md-codegen; set MD_CODEGEN_DEBUG=1 for the stack trace.\n`);
  process.exitCode = 1;
}
