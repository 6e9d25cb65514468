; What uninstalling removes: what install.nsh put there, and nothing else.
;
; THE USER'S DATA IS NEVER DELETED. The library (library.sqlite3, with every mark, tag and note),
; the settings and the logs live in the user's profile (%LOCALAPPDATA%\Huidu and %APPDATA%\Huidu,
; as platformdirs places them), not in $INSTDIR. Nothing here may name $APPDATA, $LOCALAPPDATA,
; $PROFILE or $DOCUMENTS: tests/test_packaging.py fails if a Delete or RMDir touches anything but
; $INSTDIR, $SMPROGRAMS or $DESKTOP. Reinstalling finds the library as it was.

Function un.onInit
  SetRegView 64
  SetShellVarContext all
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Section "Uninstall"
  !insertmacro DELETE_PROGRAM_FILE "$INSTDIR\${GUI_EXE}"
  !insertmacro DELETE_PROGRAM_FILE "$INSTDIR\${CLI_EXE}"
  ; The contents folder goes whole only if it is PyInstaller's (an uninstaller copied elsewhere must
  ; not empty some other program's folder).
  ${If} ${FileExists} "$INSTDIR\${CONTENTS_DIR}\base_library.zip"
    RMDir /r "$INSTDIR\${CONTENTS_DIR}"
  ${EndIf}
  Delete "$INSTDIR\${UNINSTALLER}"
  RMDir "$INSTDIR"  ; not /r: files the user put in the folder stay, and so does the folder

  Delete "$SMPROGRAMS\${SHORTCUT_NAME}.lnk"
  Delete "$DESKTOP\${SHORTCUT_NAME}.lnk"

  DeleteRegKey HKLM "${UNINSTALL_KEY}"
  DeleteRegKey HKLM "${SETTINGS_KEY}"
SectionEnd
