; 简体中文 (the default language).

!insertmacro MUI_LANGUAGE "SimpChinese"

LangString S_PROGRAM ${LANG_SIMPCHINESE} "汇读程序"
LangString S_STARTMENU ${LANG_SIMPCHINESE} "开始菜单快捷方式"
LangString S_DESKTOP ${LANG_SIMPCHINESE} "桌面快捷方式"
LangString D_PROGRAM ${LANG_SIMPCHINESE} "汇读的程序文件（必需）。"
LangString D_STARTMENU ${LANG_SIMPCHINESE} "在开始菜单中添加“${SHORTCUT_NAME}”。"
LangString D_DESKTOP ${LANG_SIMPCHINESE} "在桌面上添加“${SHORTCUT_NAME}”图标。"
LangString MSG_APP_RUNNING ${LANG_SIMPCHINESE} "汇读正在运行。请关闭所有汇读窗口，然后点击“重试”；点击“取消”退出。"
LangString MSG_NEEDS_WINDOWS10_X64 ${LANG_SIMPCHINESE} "汇读需要 64 位 Windows 10 或更高版本。"
LangString UN_KEEPS_LIBRARY ${LANG_SIMPCHINESE} "将从您的计算机中卸载汇读程序。您的文库、摘录、标签和设置不会被删除，重新安装后仍可使用。"

VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "ProductName" "${PRODUCT_NAME}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "FileDescription" "${PRODUCT_NAME} 安装程序"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "LegalCopyright" "MIT License"
