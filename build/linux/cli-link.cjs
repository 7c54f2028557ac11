// deb/rpm scripts that also put the `patkeeper` executable on PATH as /usr/bin/patkeeper (like `code` or
// `gh`). electron-builder takes ONE after-install/after-remove script per target and a custom one replaces
// its own template (app-builder-lib out/targets/FpmTarget.js `getResource`), which links /usr/bin/<app>,
// sets up chrome-sandbox and the AppArmor profile. So the scripts are composed at build time: the installed
// electron-builder's own template, then our lines; its `${…}` placeholders are filled by electron-builder.
const { mkdtempSync, readFileSync, writeFileSync } = require('node:fs')
const { tmpdir } = require('node:os')
const { dirname, join } = require('node:path')

/** Where the packaged executable lives on Linux (extraResources `bin/` under /opt/<product>/resources). */
const EXECUTABLE = "/opt/${sanitizedProductName}/resources/bin/patkeeper"

/** Lines appended to electron-builder's after-install template. */
const AFTER_INSTALL = `
# PAT Keeper: the patkeeper command (CLI and git credential helper) on PATH.
ln -sf '${EXECUTABLE}' '/usr/bin/patkeeper'
`

/** Lines appended to electron-builder's after-remove template: remove our link only if it is still ours. */
const AFTER_REMOVE = `
# PAT Keeper: remove the patkeeper link this package made.
if [ "$(readlink '/usr/bin/patkeeper')" = '${EXECUTABLE}' ]; then rm -f '/usr/bin/patkeeper'; fi
`

const templates = join(dirname(require.resolve('app-builder-lib/package.json')), 'templates', 'linux')

/** Writes the composed scripts to a temp folder and returns the deb/rpm options that name them. */
const cliLinkScripts = () => {
  const dir = mkdtempSync(join(tmpdir(), 'patkeeper-fpm-'))
  const compose = (template, extra) => {
    const file = join(dir, template)
    writeFileSync(file, readFileSync(join(templates, template), 'utf8') + extra)
    return file
  }
  return { afterInstall: compose('after-install.tpl', AFTER_INSTALL), afterRemove: compose('after-remove.tpl', AFTER_REMOVE) }
}

module.exports = { cliLinkScripts, AFTER_INSTALL, AFTER_REMOVE }
