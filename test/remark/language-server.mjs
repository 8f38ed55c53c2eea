#!/usr/bin/env node
// The remark language server, for the editor tests: remark-language-server
// 3.0.0 (remarkjs/remark-language-server, index.js) is nothing but this call of
// unified-language-server, and that package is not on the npm registry this
// project installs from. The options are the same, one for one: `.remarkrc`
// files and `remarkConfig` in package.json configure it, plugin names get the
// `remark-` prefix tried first, and `remark` is loaded from the workspace,
// else the one given here.
import process from 'node:process';
import { remark } from 'remark';
import { createUnifiedLanguageServer } from 'unified-language-server';

process.title = 'remark-language-server';

createUnifiedLanguageServer({
  configurationSection: 'remark',
  defaultProcessor: remark,
  ignoreName: '.remarkignore',
  packageField: 'remarkConfig',
  pluginPrefix: 'remark',
  processorName: 'remark',
  processorSpecifier: 'remark',
  rcName: '.remarkrc',
});
