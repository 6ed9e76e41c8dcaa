#!/usr/bin/env node
// The CLI; its bundle is dist/cli/index.js.
import './cli/index.js';
