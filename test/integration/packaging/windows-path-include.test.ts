import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../../helpers/test-deps'

const ROOT = resolve(import.meta.dirname, '../../..')
const require = createRequire(import.meta.url)
const config = require('../../../build/electron-builder.config.cjs')
const INCLUDE = resolve(ROOT, config.nsis.include as string)

/**
 * A tiny installer shaped like electron-builder's (app-builder-lib templates/nsis installer.nsi): Unicode, the
 * include pulled in with `!include` before the sections, `customInstall` inside the install section
 * (installSection.nsh) and `customUnInstall` in the "un.install" section (uninstaller.nsh). The include uses
 * none of electron-builder's defines (APP_FILENAME, PRODUCT_NAME, …), so none are stood in for; $INSTDIR is
 * NSIS's own.
 */
const installerScript = (include: string, out: string) => `Unicode true
Name "PAT Keeper include check"
OutFile "${out}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\\Programs\\pat-keeper"
!include "${include}"
Section "install"
  !insertmacro customInstall
  WriteUninstaller "$INSTDIR\\Uninstall PAT Keeper.exe"
SectionEnd
Section "un.install"
  !insertmacro customUnInstall
SectionEnd
`

/** Compiles the script like electron-builder does: `-WX` (warnings are errors, NsisTarget.js) unless told otherwise. */
const makensis = (include: string) => {
  const dir = tempDir('patkeeper-nsis-')
  const script = join(dir, 'installer.nsi')
  const out = join(dir, 'installer.exe')
  writeFileSync(script, installerScript(include, out))
  const run = spawnSync('makensis', ['-WX', '-V2', script], { encoding: 'utf8' })
  if (run.error) throw new Error('makensis is missing: run scripts/setup-test-machine.sh (it installs Debian\'s "nsis" package).')
  return { ...run, out }
}

// The Windows installer's PATH step (build/windows/cli-path.nsh). No Windows here: this proves the include
// compiles in an installer and an uninstaller with NSIS's bundled headers and no plugins, and that it names the
// folder electron-builder ships the executable in; what it does to a real registry is unverified.
describe('the NSIS include that puts patkeeper on the Windows PATH', () => {
  it('is the include electron-builder is told to use', () => {
    expect(existsSync(INCLUDE)).toBe(true)
    expect(config.win.target).toContain('nsis')
  })

  it('adds the folder of the shipped executable (extraResources) to the user PATH, and removes exactly it', () => {
    const text = readFileSync(INCLUDE, 'utf8')
    const bin = config.extraResources.find((r: { filter: string[] }) => r.filter.includes('patkeeper.exe'))
    expect(text).toContain(`!define PATKEEPER_PATH_DIR "$INSTDIR\\resources\\${bin.to}"`)
    expect(text).toMatch(/\$\{WordAdd\} \$R9 ";" "\+\$\{PATKEEPER_PATH_DIR\}"/)
    expect(text).toMatch(/\$\{WordAdd\} \$R9 ";" "-\$\{PATKEEPER_PATH_DIR\}"/)
    expect(text).toContain('WriteRegExpandStr HKCU "Environment" "Path" $R9')
    expect(text).toContain('SendMessage ${HWND_BROADCAST} ${WM_SETTINGCHANGE} 0 "STR:Environment"')
    expect(text).not.toMatch(/::/) // plugin calls (System::Call, EnVar::…) need files electron-builder does not ship
  })

  it('compiles with makensis -WX into an installer and its uninstaller', () => {
    const run = makensis(INCLUDE)
    expect(run.stderr + run.stdout).not.toMatch(/error|warning:/i)
    expect(run.status).toBe(0)
    expect(existsSync(run.out)).toBe(true)
  })

  it('fails the build when the include has a mistake (the check above can fail)', () => {
    const broken = join(tempDir('patkeeper-nsis-bad-'), 'cli-path.nsh')
    writeFileSync(broken, readFileSync(INCLUDE, 'utf8').replace('${EndIf}', '${EndIff}'))
    expect(makensis(broken).status).not.toBe(0)
  })
})
