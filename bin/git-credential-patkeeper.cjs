#!/usr/bin/env node
// Entry of git's credential helper (built by `npm run build`).
require("../dist-cli/git-credential-patkeeper.cjs")
