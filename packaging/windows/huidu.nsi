; 汇读 Huidu: the Windows installer (NSIS 3, Modern UI 2).
;
; Made by `python build/freeze.py --installer`, which passes the version and the folder to package:
;   makensis -DVERSION=0.1.0 [-DVERSION_QUAD=0.1.0.0] [-DDIST_DIR=…\dist\Huidu] [-DOUTFILE=…\Setup.exe]
;            [-DICON=…\huidu.ico] packaging\windows\huidu.nsi
;
; One script split by concern, as qutebrowser's misc/nsis is:
;   install_pages.nsh    the wizard: Modern UI settings and pages, installer and uninstaller
;   language-zh_CN.nsh   Simplified Chinese texts (listed first: the default language)
;   language-en.nsh      English texts
;   install.nsh          what installing does: files, Add/Remove Programs entry, shortcuts
;   uninstall.nsh        what uninstalling removes: exactly what install.nsh put there, never the
;                        user's library, settings or logs (they live in the user's profile)
;
; Per-machine: 64-bit Program Files, HKLM, shortcuts for all users; needs administrator rights.
; The files are UTF-8 with a byte-order mark, so makensis reads the Chinese right on any system.

Unicode true
ManifestDPIAware true
SetCompressor /SOLID lzma
!addincludedir "${__FILEDIR__}"

;--- what is being installed, and from where -------------------------------------------------------

!ifndef VERSION
  !error "pass the version: makensis -DVERSION=x.y.z huidu.nsi (build/freeze.py does)"
!endif
!ifndef VERSION_QUAD  ; Windows version resources want four numbers; fine for plain x.y.z versions
  !searchparse /noerrors "${VERSION}.0.0.0" "" _VERSION_1 "." _VERSION_2 "." _VERSION_3 "."
  !define VERSION_QUAD "${_VERSION_1}.${_VERSION_2}.${_VERSION_3}.0"
!endif
!ifndef DIST_DIR  ; the one-folder build made by packaging/huidu.spec
  !define DIST_DIR "${__FILEDIR__}\..\..\build\out\dist\Huidu"
!endif
!ifndef OUTFILE
  !define OUTFILE "${__FILEDIR__}\..\..\build\out\Huidu-${VERSION}-Setup.exe"
!endif

!define PRODUCT_NAME "汇读 Huidu"
!define PRODUCT_KEY "Huidu"  ; folder and registry names stay ASCII
!define SHORTCUT_NAME "汇读"
!ifndef PUBLISHER
  !define PUBLISHER "Huidu"
!endif
!define GUI_EXE "huidu-gui.exe"  ; windowed: the shortcuts open it
!define CLI_EXE "huidu.exe"      ; console: the huidu command
!define CONTENTS_DIR "_internal"  ; PyInstaller's folder of everything else
!define UNINSTALLER "uninstall.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${PRODUCT_KEY}"
!define SETTINGS_KEY "Software\${PRODUCT_KEY}"  ; the installer's own memory (language); not the app's

!if /FileExists "${DIST_DIR}\${GUI_EXE}"
!else
  !warning "${DIST_DIR} has no ${GUI_EXE}: not a Windows build (fine for checking that this script compiles)"
!endif

Name "${PRODUCT_NAME}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${PRODUCT_KEY}"
RequestExecutionLevel admin
BrandingText "${PRODUCT_NAME} ${VERSION}"
VIProductVersion "${VERSION_QUAD}"
VIFileVersion "${VERSION_QUAD}"

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"
!include "WinVer.nsh"
!include "x64.nsh"

!ifdef ICON  ; rendered from resources/icons/huidu.svg by packaging/make_icon.py during the build
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif

;--- shared by installer and uninstaller -------------------------------------------------------------

; Delete one program file. Windows refuses while the program runs: then ask the user to close Huidu
; and retry, or give up (a silent run gives up). Used before overwriting and when uninstalling.
!macro DELETE_PROGRAM_FILE FILE
  ${Do}
    Delete "${FILE}"
    ${IfNot} ${FileExists} "${FILE}"
      ${Break}
    ${EndIf}
    ${IfNot} ${Cmd} `MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(MSG_APP_RUNNING)" /SD IDCANCEL IDRETRY`
      Abort "$(MSG_APP_RUNNING)"
    ${EndIf}
  ${Loop}
!macroend

;--- the parts ----------------------------------------------------------------------------------------

!include "install_pages.nsh"
!include "language-zh_CN.nsh"  ; the first language is the default
!include "language-en.nsh"
!insertmacro MUI_RESERVEFILE_LANGDLL
!include "install.nsh"
!include "uninstall.nsh"
