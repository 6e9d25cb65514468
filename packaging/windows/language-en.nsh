; English.

!insertmacro MUI_LANGUAGE "English"

LangString S_PROGRAM ${LANG_ENGLISH} "Huidu"
LangString S_STARTMENU ${LANG_ENGLISH} "Start menu shortcut"
LangString S_DESKTOP ${LANG_ENGLISH} "Desktop shortcut"
LangString D_PROGRAM ${LANG_ENGLISH} "The program files of Huidu (required)."
LangString D_STARTMENU ${LANG_ENGLISH} "Add ${SHORTCUT_NAME} (Huidu) to the Start menu."
LangString D_DESKTOP ${LANG_ENGLISH} "Put a ${SHORTCUT_NAME} (Huidu) icon on the desktop."
LangString MSG_APP_RUNNING ${LANG_ENGLISH} "Huidu is running. Close all its windows, then click Retry; click Cancel to quit."
LangString MSG_NEEDS_WINDOWS10_X64 ${LANG_ENGLISH} "Huidu needs 64-bit Windows 10 or later."
LangString UN_KEEPS_LIBRARY ${LANG_ENGLISH} "Huidu will be removed from your computer. Your library, excerpts, tags and settings are kept: they are there again if you reinstall."

VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "${PRODUCT_NAME}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "${PRODUCT_NAME} Setup"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "MIT License"
