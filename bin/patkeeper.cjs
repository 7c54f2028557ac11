#!/usr/bin/env node
// Entry of the `patkeeper` CLI (built by `npm run build`).
require("../dist-cli/patkeeper.cjs")
