; What installing does: the program folder, its entry in Add/Remove Programs, the shortcuts.

Function .onInit
  ${IfNot} ${RunningX64}
  ${OrIfNot} ${AtLeastBuild} 10240  ; Windows 10: what Qt 6 supports
    MessageBox MB_ICONSTOP "$(MSG_NEEDS_WINDOWS10_X64)" /SD IDOK
    Abort
  ${EndIf}
  SetRegView 64  ; the 64-bit registry, matching $PROGRAMFILES64
  SetShellVarContext all  ; Start menu and desktop of all users
  ; An update goes where the previous version is, unless /D= chose a folder.
  ReadRegStr $0 HKLM "${UNINSTALL_KEY}" "InstallLocation"
  ${If} $0 != ""
  ${AndIf} $INSTDIR == "$PROGRAMFILES64\${PRODUCT_KEY}"
    StrCpy $INSTDIR $0
  ${EndIf}
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

; The finish page's "Run" would start Huidu as administrator, and the app would then keep its library
; in the administrator's profile. Explorer starts it as the user who is logged on instead.
Function LaunchAsUser
  Exec '"$WINDIR\explorer.exe" "$INSTDIR\${GUI_EXE}"'
FunctionEnd

Section "$(S_PROGRAM)" SecProgram
  SectionIn RO
  ; An update first removes the previous program (not the user's data: that is not in $INSTDIR), so
  ; no file of the old version is left beside the new ones.
  !insertmacro DELETE_PROGRAM_FILE "$INSTDIR\${GUI_EXE}"
  !insertmacro DELETE_PROGRAM_FILE "$INSTDIR\${CLI_EXE}"
  RMDir /r "$INSTDIR\${CONTENTS_DIR}"

  SetOutPath "$INSTDIR"
  File /r "${DIST_DIR}\*"
  WriteUninstaller "$INSTDIR\${UNINSTALLER}"

  ; Add/Remove Programs ("Apps & features")
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${PRODUCT_NAME}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${GUI_EXE},0"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\${UNINSTALLER}"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\${UNINSTALLER}" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "EstimatedSize" $0  ; in KB
SectionEnd

Section "$(S_STARTMENU)" SecStartMenu
  CreateShortcut "$SMPROGRAMS\${SHORTCUT_NAME}.lnk" "$INSTDIR\${GUI_EXE}" "" "$INSTDIR\${GUI_EXE}" 0
SectionEnd

Section "$(S_DESKTOP)" SecDesktop
  CreateShortcut "$DESKTOP\${SHORTCUT_NAME}.lnk" "$INSTDIR\${GUI_EXE}" "" "$INSTDIR\${GUI_EXE}" 0
SectionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecProgram} "$(D_PROGRAM)"
  !insertmacro MUI_DESCRIPTION_TEXT ${SecStartMenu} "$(D_STARTMENU)"
  !insertmacro MUI_DESCRIPTION_TEXT ${SecDesktop} "$(D_DESKTOP)"
!insertmacro MUI_FUNCTION_DESCRIPTION_END
