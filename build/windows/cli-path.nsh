; PAT Keeper's NSIS include (electron-builder `nsis.include`, build/electron-builder.config.cjs): puts the folder
; of the shipped `patkeeper.exe` (extraResources `bin/`, so $INSTDIR\resources\bin) on the user's PATH, like the
; deb/rpm link /usr/bin/patkeeper (build/linux/cli-link.cjs). electron-builder inserts `customInstall` at the end
; of its install section and `customUnInstall` before it deletes the files (app-builder-lib templates/nsis
; installSection.nsh, uninstaller.nsh). An update runs the old uninstaller first, then the new install section, so
; the entry is removed and added again, never doubled.
;
; Only NSIS's bundled headers: WordFunc.nsh `WordAdd` ("Add words to string1 from string2 if not exist or delete
; words if exist", NSIS Users Manual appendix E.3) edits the ';'-separated list; it compares with StrCmp, which
; is case-insensitive like Windows paths. The per-user PATH is the `Path` value of HKCU\Environment, written as
; REG_EXPAND_SZ so entries like %USERPROFILE%\bin keep working; ReadRegStr returns it unexpanded. Programs
; started after WM_SETTINGCHANGE with "Environment" (Win32 docs, WM_SETTINGCHANGE; NSIS wiki "Setting
; Environment Variables") see the new PATH, i.e. new terminals.
;
; Nothing is lost: NSIS strings hold at most ${NSIS_MAX_STRLEN} characters and ReadRegStr fails on a longer
; value (NSIS wiki "Path Manipulation" warning; go-ethereum PR #3419 shows PATHs wiped by writing such a read
; back). So PATH is only rewritten when it was read whole and the result fits; otherwise it is left alone and
; the installer says what to do.

!ifndef PATKEEPER_CLI_PATH_INCLUDED
!define PATKEEPER_CLI_PATH_INCLUDED

!include "LogicLib.nsh"
!include "WinMessages.nsh"
!include "WordFunc.nsh"

!define PATKEEPER_PATH_DIR "$INSTDIR\resources\bin"

; Sets $R9 to the raw user Path, and $R8 to "ok" (read whole or absent) or "unreadable" (too long or not a string).
!macro patkeeperReadUserPath
  ClearErrors
  ReadRegStr $R9 HKCU "Environment" "Path"
  StrCpy $R8 "ok"
  ${If} ${Errors}
    ; An error with the value present means it could not be read whole: never write over it.
    StrCpy $R7 0
    ${Do}
      ClearErrors
      EnumRegValue $R6 HKCU "Environment" $R7
      ${If} ${Errors}
      ${OrIf} $R6 == ""
        ${ExitDo}
      ${EndIf}
      ${If} $R6 == "Path"
        StrCpy $R8 "unreadable"
        ${ExitDo}
      ${EndIf}
      IntOp $R7 $R7 + 1
    ${Loop}
    StrCpy $R9 ""
  ${EndIf}
  StrLen $R7 $R9
  IntOp $R7 $R7 + 1
  ${If} $R7 >= ${NSIS_MAX_STRLEN}
    StrCpy $R8 "unreadable" ; filled the buffer: possibly cut short
  ${EndIf}
!macroend

; Writes $R9 as the user Path (REG_EXPAND_SZ; removed when empty) and tells running programs.
!macro patkeeperWriteUserPath
  ${If} $R9 == ""
    DeleteRegValue HKCU "Environment" "Path"
  ${Else}
    WriteRegExpandStr HKCU "Environment" "Path" $R9
  ${EndIf}
  SendMessage ${HWND_BROADCAST} ${WM_SETTINGCHANGE} 0 "STR:Environment" /TIMEOUT=5000
!macroend

!macro patkeeperSaveRegisters
  Push $R9
  Push $R8
  Push $R7
  Push $R6
!macroend

!macro patkeeperRestoreRegisters
  Pop $R6
  Pop $R7
  Pop $R8
  Pop $R9
!macroend

; Install: add the folder once.
!macro customInstall
  !insertmacro patkeeperSaveRegisters
  !insertmacro patkeeperReadUserPath
  ${If} $R8 == "ok"
    StrCpy $R6 $R9
    ${WordAdd} $R9 ";" "+${PATKEEPER_PATH_DIR}" $R9
    StrLen $R7 $R9
    IntOp $R7 $R7 + 1
    ${If} $R7 >= ${NSIS_MAX_STRLEN}
      StrCpy $R8 "unreadable"
    ${ElseIf} $R9 != $R6
      !insertmacro patkeeperWriteUserPath
      DetailPrint "Added ${PATKEEPER_PATH_DIR} to your PATH (new terminals run patkeeper)."
    ${EndIf}
  ${EndIf}
  ${If} $R8 != "ok"
    DetailPrint "PATH left unchanged: it is too long for this installer to edit safely."
    MessageBox MB_OK|MB_ICONEXCLAMATION "PAT Keeper could not add its command-line tool to your PATH: your user PATH is too long for the installer to edit safely, so it was left unchanged.$\r$\n$\r$\nTo run patkeeper from a terminal, add this folder to your user PATH (Settings > System > About > Advanced system settings > Environment Variables):$\r$\n${PATKEEPER_PATH_DIR}" /SD IDOK
  ${EndIf}
  !insertmacro patkeeperRestoreRegisters
!macroend

; Uninstall: remove exactly that entry, nothing else.
!macro customUnInstall
  !insertmacro patkeeperSaveRegisters
  !insertmacro patkeeperReadUserPath
  ${If} $R8 == "ok"
  ${AndIf} $R9 != ""
    StrCpy $R6 $R9
    ${WordAdd} $R9 ";" "-${PATKEEPER_PATH_DIR}" $R9
    ${If} $R9 != $R6
      !insertmacro patkeeperWriteUserPath
    ${EndIf}
  ${ElseIf} $R8 != "ok"
    DetailPrint "PATH left unchanged: it is too long for this uninstaller to edit safely; remove ${PATKEEPER_PATH_DIR} from it yourself."
  ${EndIf}
  !insertmacro patkeeperRestoreRegisters
!macroend

!endif
