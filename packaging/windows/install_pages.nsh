; The wizard's pages (included by huidu.nsi before the languages, as Modern UI requires).

!define MUI_ABORTWARNING
!define MUI_UNABORTWARNING
!define MUI_COMPONENTSPAGE_SMALLDESC

; Remember the language chosen at install time; the uninstaller speaks it too.
!define MUI_LANGDLL_REGISTRY_ROOT "HKLM"
!define MUI_LANGDLL_REGISTRY_KEY "${SETTINGS_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"

;--- installer: welcome, what to install, where, progress, finish (with "run Huidu") ----------------

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN
!define MUI_FINISHPAGE_RUN_FUNCTION LaunchAsUser  ; in install.nsh: not as administrator
!insertmacro MUI_PAGE_FINISH

;--- uninstaller: confirm (saying the library stays), progress ---------------------------------------

!define MUI_UNCONFIRMPAGE_TEXT_TOP "$(UN_KEEPS_LIBRARY)"
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
