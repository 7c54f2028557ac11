/**
 * How to get the `patkeeper` command, for every message that tells the user to run it (one rule, one place).
 * The deb/rpm link it into /usr/bin and the Windows installer puts it on the user's PATH
 * (build/windows/cli-path.nsh); Settings installs it for the user elsewhere.
 */
export const GET_PATKEEPER = 'No "patkeeper" command? In PAT Keeper open Settings and choose "Install command-line tool" (the deb and rpm packages put it in /usr/bin; on Windows the installer puts it on your PATH).'

/**
 * Settings' "Command-line tool" on Windows, naming the folder the installer added to the user PATH. Only
 * terminals started after the install see a PATH change (WM_SETTINGCHANGE reaches new processes, not running ones).
 */
export const windowsCliToolMessage = (folder: string): string =>
  `The PAT Keeper installer put "patkeeper" on your PATH (${folder}): terminals opened after installing run it. If a terminal says "patkeeper" is not recognized, open a new terminal; if it is still missing, run the PAT Keeper installer again, or add ${folder} to your user PATH (Settings > System > About > Advanced system settings > Environment Variables).`
