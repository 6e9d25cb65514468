<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Colors</name>
    <message>
        <location filename="../desktop/ui/colors.py" line="+18"/>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pink</source>
        <translation>粉色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purple</source>
        <translation>紫色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red</source>
        <translation>红色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grey</source>
        <translation>灰色</translation>
    </message>
</context>
<context>
    <name>CompilationReport</name>
    <message>
        <location filename="../desktop/ui/library_tree.py" line="+82"/>
        <source>About This Compilation</source>
        <translation>关于这部汇编</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Declared %1, found %2</source>
        <translation>标称 %1 篇，识别出 %2 篇</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n speeches found</source>
        <translation>
            <numerusform>识别出 %n 篇讲话</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warnings:</source>
        <translation>警告：</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Removed while cleaning (%n passages):</source>
        <translation>
            <numerusform>清理时删除的内容（%n 处）：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="+443"/>
        <location line="+67"/>
        <location line="+205"/>
        <source>Excerpts</source>
        <translation>摘录汇编</translation>
    </message>
    <message>
        <location line="-228"/>
        <source>No marks match these filters.</source>
        <translation>没有符合这些条件的标注。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n marks will be exported.</source>
        <translation>
            <numerusform>将导出 %n 条标注。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Export To</source>
        <translation>导出到</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Word Template</source>
        <translation>Word 模板</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Word files (*.docx *.dotx)</source>
        <translation>Word 文件 (*.docx *.dotx)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消，没有写入文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unexpected error: %1</source>
        <translation>意外错误：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Exported %n marks to %1</source>
        <translation>
            <numerusform>已导出 %n 条标注到 %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>All compilations</source>
        <translation>全部汇编</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export Marks</source>
        <translation>导出标注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which marks</source>
        <translation>导出哪些标注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any checked tag</source>
        <translation>带任一勾选的标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All checked tags</source>
        <translation>带全部勾选的标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No tag checked: marks with any tag or none</source>
        <translation>不勾选标签：有无标签的标注都导出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colours:</source>
        <translation>颜色：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>States:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Candidate</source>
        <translation>候选</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected</source>
        <translation>入选</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>弃用</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Rating at least:</source>
        <translation>评分不低于(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ompilation:</source>
        <translation>汇编(&amp;O)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made &amp;between</source>
        <translation>创建于(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>and</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Containing:</source>
        <translation>包含文字(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text in the quote or the note</source>
        <translation>摘录或批注中的文字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrangement</source>
        <translation>编排</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Group:</source>
        <translation>分组(&amp;G)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By tag, then speech</source>
        <translation>按标签，再按讲话</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By speech</source>
        <translation>按讲话</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By compilation, then speech</source>
        <translation>按汇编，再按讲话</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Citation</source>
        <translation>出处</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heading</source>
        <translation>小标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>批注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Word (.docx)</source>
        <translation>Word 文档 (.docx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown (.md)</source>
        <translation>Markdown (.md)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV for Excel (.csv)</source>
        <translation>CSV 表格，供 Excel 使用 (.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON (.json)</source>
        <translation>JSON 数据 (.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Style:</source>
        <translation>样式(&amp;S)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Official document (公文)</source>
        <translation>公文格式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plain</source>
        <translation>简洁格式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From a template</source>
        <translation>使用模板</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use standard Windows fonts (仿宋, 黑体, 楷体)</source>
        <translation>改用 Windows 自带字体（仿宋、黑体、楷体）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Template:</source>
        <translation>模板(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;itle:</source>
        <translation>标题(&amp;I)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save &amp;as:</source>
        <translation>保存为(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Folder</source>
        <translation>打开文件夹(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="+79"/>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import Finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why it was not imported</source>
        <translation>未能导入的原因</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preparing…</source>
        <translation>正在准备…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importing %1 (%2 of %3)…</source>
        <translation>正在导入 %1（第 %2 个，共 %3 个）…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n files imported</source>
        <translation>
            <numerusform>已导入 %n 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n already in the library</source>
        <translation>
            <numerusform>%n 个已在文库中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n could not be imported</source>
        <translation>
            <numerusform>%n 个未能导入</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled. %1</source>
        <translation>已取消。%1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>An unexpected error; details are in the log.</source>
        <translation>意外错误，详情见日志。</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../desktop/ui/library_model.py" line="+281"/>
        <source>%1 (version %2, replaced)</source>
        <translation>%1（第 %2 版，已被替换）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Has warnings: select it to see them</source>
        <translation>有警告：选中后即可查看</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n marks</source>
        <translation>
            <numerusform>%n 条标注</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 characters</source>
        <translation>%1 字</translation>
    </message>
</context>
<context>
    <name>LibraryTreePane</name>
    <message>
        <location filename="../desktop/ui/library_tree.py" line="+134"/>
        <source>Filter by title</source>
        <translation>按标题筛选</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The library is empty.
Open a compilation with File › Open…
or drop files here.</source>
        <translation>文库还是空的。
用“文件 › 打开…”打开一部汇编，
或把文件拖到这里。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rename Speech…</source>
        <translation>重命名讲话(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge into Previous Speech</source>
        <translation>并入上一篇讲话(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Split Here (at the Cursor&apos;s Paragraph)</source>
        <translation>从这里拆分（光标所在段落）(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Warnings and Removed Text…</source>
        <translation>警告和删除的内容(&amp;W)…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No compilation open</source>
        <translation>尚未打开汇编</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n speeches found</source>
        <translation>
            <numerusform>识别出 %n 篇讲话</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Declared %1, found %2</source>
        <translation>标称 %1 篇，识别出 %2 篇</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n warnings</source>
        <translation>
            <numerusform>%n 条警告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n passages removed</source>
        <translation>
            <numerusform>删除了 %n 处内容</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/ui/window_actions.py" line="+302"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark the selected passage (keys 1–5 choose the colour)</source>
        <translation>给选中的文字划线（按 1–5 选颜色）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="+359"/>
        <location line="+162"/>
        <location filename="../desktop/ui/window_actions.py" line="+4"/>
        <source>Mark in %1</source>
        <translation>用%1划线</translation>
    </message>
    <message>
        <location filename="../desktop/ui/window_actions.py" line="+2"/>
        <source>&amp;Tags…</source>
        <translation>标签(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the tags of the mark (T)</source>
        <translation>编辑标注的标签（T）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note</source>
        <translation>批注(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete Mark</source>
        <translation>删除标注(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next Speech</source>
        <translation>下一篇讲话(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous Speech</source>
        <translation>上一篇讲话(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the &amp;Library</source>
        <translation>筛选文库(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next &amp;Pane</source>
        <translation>下一个窗格(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actual Size</source>
        <translation>原始大小(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading &amp;Font…</source>
        <translation>阅读字体(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Line Spacing</source>
        <translation>行距(&amp;L)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show &amp;Older Versions</source>
        <translation>显示旧版本(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tag Manager…</source>
        <translation>标签管理(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Huidu</source>
        <translation>关于汇读(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mark</source>
        <comment>menu</comment>
        <translation>标注(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="-253"/>
        <source>Library</source>
        <translation>文库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marks</source>
        <translation>标注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outline</source>
        <translation>目录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a compilation with File › Open… (Ctrl+O), or drop files on the window</source>
        <translation>用“文件 › 打开…”（Ctrl+O）打开一部汇编，或把文件拖到窗口上</translation>
    </message>
    <message>
        <location filename="../desktop/ui/window_actions.py" line="+10"/>
        <source>&amp;Undo %1</source>
        <translation>撤销“%1”(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo %1</source>
        <translation>重做“%1”(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="+64"/>
        <source>An unexpected error: %1</source>
        <translation>意外错误：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Mark %n passages</source>
        <translation>
            <numerusform>给 %n 处文字划线</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+144"/>
        <location line="+8"/>
        <source>%n marks</source>
        <translation>
            <numerusform>%n 条标注</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>Library: %n compilations</source>
        <translation>
            <numerusform>文库：%n 部汇编</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+27"/>
        <source>Select a passage to mark first</source>
        <translation>先选中要划线的文字</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Recolour Mark</source>
        <translation>更改标注颜色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change Mark Style</source>
        <translation>更改标注样式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit Tags</source>
        <translation>编辑标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit Note</source>
        <translation>编辑批注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change Mark State</source>
        <translation>更改标注状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate Mark</source>
        <translation>给标注评分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit Mark</source>
        <translation>编辑标注</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete Mark</source>
        <translation>删除标注</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+39"/>
        <source>Select a passage or a mark first</source>
        <translation>先选中一段文字或一条标注</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+3"/>
        <location line="+5"/>
        <source>Rename Speech</source>
        <translation>重命名讲话</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>New title:</source>
        <translation>新标题：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Merge Speeches</source>
        <translation>合并讲话</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+7"/>
        <source>Split Speech</source>
        <translation>拆分讲话</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Click in the paragraph where the new speech begins (not the first one), then split.</source>
        <translation>先在新讲话开头的那一段（不能是第一段）里点一下，再拆分。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Compilations (%1)</source>
        <translation>汇编文件 (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Compilation</source>
        <translation>打开汇编</translation>
    </message>
    <message>
        <location line="-218"/>
        <source>No compilation open</source>
        <translation>尚未打开汇编</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n speeches</source>
        <translation>
            <numerusform>%n 篇讲话</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/ui/window_actions.py" line="-33"/>
        <source>%1 characters</source>
        <translation>%1 字</translation>
    </message>
    <message>
        <location filename="../desktop/ui/window_actions.py" line="-34"/>
        <source>Import compilations (.txt, .docx, .pdf) into the library</source>
        <translation>把汇编（.txt、.docx、.pdf）导入文库</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import &amp;Folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear Recent Files</source>
        <translation>清除最近打开的文件(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Mark</source>
        <comment>action: mark the selected passage</comment>
        <translation>划线(&amp;M)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Show O&amp;utline</source>
        <translation>显示目录(&amp;U)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="+216"/>
        <source>Import Folder</source>
        <translation>导入文件夹</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n compilations imported</source>
        <translation>
            <numerusform>已导入 %n 部汇编</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n 个失败</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Reading Font</source>
        <translation>阅读字体</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&lt;b&gt;Huidu %1&lt;/b&gt;&lt;p&gt;A reader and excerpt workbench for Chinese speech compilations.&lt;/p&gt;</source>
        <translation>&lt;b&gt;汇读 Huidu %1&lt;/b&gt;&lt;p&gt;中文讲话汇编的阅读与摘录工作台。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About Huidu</source>
        <translation>关于汇读</translation>
    </message>
</context>
<context>
    <name>MarkAllDialog</name>
    <message>
        <location filename="../desktop/ui/mark_all_dialog.py" line="+102"/>
        <source>Mark Every Hit</source>
        <translation>标注全部结果</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>more than %n hits</source>
        <translation>
            <numerusform>超过 %n 处</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hits</source>
        <translation>
            <numerusform>共 %n 处</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every hit of “%1” in the library (%2) becomes a mark with this tag and colour.</source>
        <translation>文库中“%1”的每一处结果（%2）都将成为一条标注，带上这里选的标签和颜色。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Tag:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour:</source>
        <translation>颜色：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark</source>
        <translation>标注</translation>
    </message>
</context>
<context>
    <name>MarkEditor</name>
    <message numerus="yes">
        <location filename="../desktop/ui/marks_panel.py" line="+345"/>
        <source>%n stars (click again to clear)</source>
        <translation>
            <numerusform>%n 星（再点一次清除）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Style:</source>
        <translation>样式：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating:</source>
        <translation>评分：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the tags (T)</source>
        <translation>编辑标签（T）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note (N):</source>
        <translation>批注(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A note on this passage; saved when you leave the box</source>
        <translation>对这段文字的批注；离开输入框时自动保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Mark</source>
        <translation>删除标注</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>MarksPanel</name>
    <message>
        <location line="-300"/>
        <source>Candidate</source>
        <translation>候选</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected</source>
        <translation>入选</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>弃用</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Underline</source>
        <translation>下划线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wavy Underline</source>
        <translation>波浪线</translation>
    </message>
    <message>
        <location line="+415"/>
        <source>No marks in this speech yet.
Select a passage and press 1–5 to mark it in a colour.</source>
        <translation>这篇讲话还没有标注。
选中一段文字，按 1–5 用不同颜色划线。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Marks (%1)</source>
        <translation>标注（%1）</translation>
    </message>
</context>
<context>
    <name>MergeTagsDialog</name>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="+100"/>
        <source>Merge Tags</source>
        <translation>合并标签</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Merge %n tags into one. Their %1 marks will carry the tag chosen here instead.</source>
        <translation>
            <numerusform>把 %n 个标签合并为一个。它们的 %1 条标注将改用这里选定的标签。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Merge into:</source>
        <translation>合并为(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The other tags are deleted. This cannot be undone.</source>
        <translation>其余标签将被删除，且无法撤销。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <location filename="../desktop/ui/panels.py" line="+72"/>
        <source>Mark every hit of “%1”</source>
        <translation>标注“%1”的全部结果</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggestions</source>
        <translation>推荐</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../desktop/ui/search_panel.py" line="+208"/>
        <location line="+69"/>
        <source>Unexpected error: %1</source>
        <translation>意外错误：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Type a word or a phrase to search every speech.</source>
        <translation>输入字词或短语，在所有讲话中搜索。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the dictionary…</source>
        <translation>正在加载词典…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marking every hit…</source>
        <translation>正在标注全部结果…</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Marked %n hits with “%1”.</source>
        <translation>
            <numerusform>已将 %n 处结果标注为“%1”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n were marked already.</source>
        <translation>
            <numerusform>另有 %n 处此前已标注。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing found for “%1”.</source>
        <translation>没有找到“%1”。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>more than %n hits</source>
        <translation>
            <numerusform>找到超过 %n 处</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hits</source>
        <translation>
            <numerusform>找到 %n 处</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n speeches</source>
        <translation>
            <numerusform>%n 篇讲话</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in %2</source>
        <translation>%1，出自 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search the library</source>
        <translation>在文库中搜索</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words or phrases, all of which must occur; “……” stands for the rest of a line.</source>
        <translation>字词或短语，须全部出现；“……”代表该行余下的文字。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark &amp;Every Hit…</source>
        <translation>标注全部结果(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark every hit of this search with a tag and a colour</source>
        <translation>给本次搜索的每一处结果加上标签和颜色</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="+75"/>
        <source>Follow the System (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The command line follows this setting too, unless --lang or HUIDU_LANG says otherwise.</source>
        <translation>命令行也使用此设置，除非用 --lang 或 HUIDU_LANG 另行指定。</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <location filename="../desktop/ui/suggestion_lists.py" line="+88"/>
        <source>Double-click or press Enter to mark it</source>
        <translation>双击或按回车键即可标注</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Already a tag in the library</source>
        <translation>文库中已有此标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A keyword of this speech</source>
        <translation>本篇讲话的关键词</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Accept</source>
        <translation>采用</translation>
    </message>
    <message>
        <location filename="../desktop/ui/suggestions_panel.py" line="+215"/>
        <source>Unexpected error: %1</source>
        <translation>意外错误：%1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Open a speech to see the quotations it holds.</source>
        <translation>打开一篇讲话，即可看到其中的引语。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking for quotations…</source>
        <translation>正在查找引语…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No quotations left to mark in this speech.</source>
        <translation>本篇讲话已没有待标注的引语。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loading the dictionary…</source>
        <translation>正在加载词典…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding keywords…</source>
        <translation>正在提取关键词…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No keywords found.</source>
        <translation>没有提取到关键词。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quotations (%1)</source>
        <translation>引语（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quotations</source>
        <translation>引语</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click a keyword to use it as a tag</source>
        <translation>双击关键词，把它用作标签</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <location filename="../desktop/ui/tag_editor.py" line="+105"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags, separated by commas</source>
        <translation>标签，用逗号分隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter saves, Esc cancels. Use / to nest: 金句/排比</source>
        <translation>回车保存，Esc 取消。用 / 分层：金句/排比</translation>
    </message>
</context>
<context>
    <name>TagManagerDialog</name>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="+157"/>
        <source>Tag Exists</source>
        <translation>标签已存在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is already a tag “%1”. Merge “%2” into it? This cannot be undone.</source>
        <translation>已有标签“%1”。要把“%2”合并进去吗？此操作无法撤销。</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+99"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Delete the tag “%1”?</source>
        <translation>删除标签“%1”？</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %n tags?</source>
        <translation>
            <numerusform>删除这 %n 个标签？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n marks carry it. They stay in the library, without this tag. This cannot be undone.</source>
        <translation>
            <numerusform>有 %n 条标注带此标签。标注仍留在文库中，只是去掉这个标签。此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n marks carry them. They stay in the library, without these tags. This cannot be undone.</source>
        <translation>
            <numerusform>有 %n 条标注带这些标签。标注仍留在文库中，只是去掉这些标签。此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sub-tags are not deleted.</source>
        <translation>子标签不会被删除。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Tags</source>
        <translation>删除标签</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Tag Colour</source>
        <translation>标签颜色</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n tags</source>
        <translation>
            <numerusform>共 %n 个标签</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Filter tags</source>
        <translation>筛选标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename the tag; “/” places it under another (金句/排比)</source>
        <translation>重命名标签；用“/”可把它放到另一个标签之下（金句/排比）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge…</source>
        <translation>合并(&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge the selected tags into one</source>
        <translation>把选中的标签合并为一个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colour</source>
        <translation>颜色(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other Colour…</source>
        <translation>其他颜色…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No Colour</source>
        <translation>无颜色</translation>
    </message>
</context>
<context>
    <name>TagTreeModel</name>
    <message>
        <location filename="../desktop/ui/tag_tree.py" line="+201"/>
        <source>Exists through its sub-tags only</source>
        <translation>仅作为子标签的上级存在</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n marks</source>
        <translation>
            <numerusform>%n 条标注</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colour: %1</source>
        <translation>颜色：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n marks including sub-tags</source>
        <translation>
            <numerusform>含子标签共 %n 条标注</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Marks</source>
        <translation>标注</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>With sub-tags</source>
        <translation>含子标签</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../desktop/i18n.py" line="+252"/>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>显示此帮助信息并退出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s：错误：%(message)s
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the following arguments are required: %s</source>
        <translation>缺少必需的参数：%s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的取值：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one argument</source>
        <translation>需要一个值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at most one argument</source>
        <translation>最多只能有一个值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at least one argument</source>
        <translation>至少需要一个值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected %s argument</source>
        <translation>需要 %s 个值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected %s arguments</source>
        <translation>需要 %s 个值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not allowed with argument %s</source>
        <translation>不能与参数 %s 同时使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of the arguments %s is required</source>
        <translation>参数 %s 必须提供其中之一</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>有歧义的选项：%(option)s 可能是 %(matches)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ignored explicit argument %r</source>
        <translation>忽略了多余的参数值 %r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>无法打开“%(filename)s”：%(error)s</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../desktop/cli.py" line="+63"/>
        <source>declared: {declared}, found: {found}</source>
        <translation>标称 {declared} 篇，识别出 {found} 篇</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>warning: {warning}</source>
        <translation>警告：{warning}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>({count} chars)</source>
        <translation>（{count} 字）</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../desktop/cli_library.py" line="+227"/>
        <source>speaker</source>
        <translation>讲话人</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/cli_library.py" line="+1"/>
        <source>occasion</source>
        <translation>场合</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/cli_library.py" line="+1"/>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>removed: {count} pieces (boilerplate, markers, table of contents…)</source>
        <translation>已删除 {count} 处（套话样板、标记、目录等）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Huidu 汇读 — read, mark and excerpt Chinese speech compilations. Without a command, opens the app (with the given files).</source>
        <translation>汇读 Huidu —— 阅读、标注、摘录中文讲话汇编。不带命令时打开应用（并打开给出的文件）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>commands</source>
        <translation>命令</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>split a compilation file into speeches and print them</source>
        <translation>把汇编文件拆分成单篇讲话并输出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a .txt, .docx or .pdf file</source>
        <translation>.txt、.docx 或 .pdf 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print one JSON object</source>
        <translation>输出一个 JSON 对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>indent the JSON</source>
        <translation>缩进 JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text encoding of a .txt file (default: detected)</source>
        <translation>.txt 文件的文字编码（默认：自动识别）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>show the version number and exit</source>
        <translation>显示版本号并退出</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>language of messages and help (default: $HUIDU_LANG, the setting, the system)</source>
        <translation>提示和帮助的语言（默认依次取 $HUIDU_LANG、设置、系统语言）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open the Huidu app.</source>
        <translation>打开汇读应用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>compilation files to open</source>
        <translation>要打开的汇编文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the library file to use</source>
        <translation>要使用的文库文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open the bundled sample compilation</source>
        <translation>打开自带的示例汇编</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>unexpected error; details are in the log: {path}</source>
        <translation>发生意外错误，详情见日志：{path}</translation>
    </message>
    <message>
        <location filename="../desktop/cli_export.py" line="+36"/>
        <source>“{text}” is not a date; write it as YYYY-MM-DD.</source>
        <translation>“{text}”不是日期，请写成 YYYY-MM-DD。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>export marks to Word, Markdown, CSV or JSON</source>
        <translation>把标注导出为 Word、Markdown、CSV 或 JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export marks, grouped and cited, to a .docx (公文 or plain style, or your template), Markdown, CSV (for Excel) or JSON. Filters combine; repeated filters match any of their values.</source>
        <translation>把标注分组并注明出处，导出为 .docx（公文或简洁格式，或使用自己的模板）、Markdown、CSV（供 Excel 使用）或 JSON。各项筛选条件同时生效；同一条件给出多次时，符合其中任一值即可。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file to write</source>
        <translation>要写入的文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>default: from the file&apos;s suffix, else docx</source>
        <translation>默认：按文件扩展名判断，否则为 docx</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the library file (default: HUIDU_LIBRARY or the app&apos;s)</source>
        <translation>文库文件（默认：HUIDU_LIBRARY，否则为应用使用的文库）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>which marks</source>
        <translation>选择标注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tag (includes its subtags)</source>
        <translation>标签（含子标签）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a mark needs every --tag, not any</source>
        <translation>标注须带有每个 --tag 给出的标签，而不是其中任一个</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>candidate/selected/rejected</source>
        <translation>candidate/selected/rejected（候选/入选/弃用）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mark colour</source>
        <translation>标注颜色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rating at least N</source>
        <translation>评分不低于 N</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>marks in this compilation</source>
        <translation>此汇编中的标注</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>marks in this speech</source>
        <translation>此篇讲话中的标注</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>marked on or after</source>
        <translation>标注日期不早于此日</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>marked on or before</source>
        <translation>标注日期不晚于此日</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>text in the quote or the note</source>
        <translation>摘录或批注中的文字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>layout</source>
        <translation>版式</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>how the excerpts are grouped (default: tag)</source>
        <translation>摘录的分组方式（默认：tag，按标签）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Word style: gongwen (公文) or plain; default: gongwen</source>
        <translation>Word 样式：gongwen（公文）或 plain（简洁格式）；默认：gongwen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>use this Word template&apos;s styles</source>
        <translation>使用此 Word 模板的样式</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>公文 fonts: 仿宋/楷体/宋体 instead of the _GB2312 faces</source>
        <translation>公文字体改用仿宋/楷体/宋体，而不是 _GB2312 字体</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the document&apos;s title</source>
        <translation>文档标题</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>always add a table of contents</source>
        <translation>总是添加目录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>never add a table of contents</source>
        <translation>从不添加目录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leave out</source>
        <translation>省略</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leave out the quote</source>
        <translation>省略摘录文字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leave out the citation</source>
        <translation>省略出处</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leave out the heading</source>
        <translation>省略小标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leave out the tags</source>
        <translation>省略标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leave out the note</source>
        <translation>省略批注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leave out the state</source>
        <translation>省略状态</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>show the rating (left out by default)</source>
        <translation>显示评分（默认省略）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print the result as JSON</source>
        <translation>以 JSON 输出结果</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>exported {excerpts} excerpts in {groups} groups to {path} ({format})</source>
        <translation>已导出 {excerpts} 条摘录，共 {groups} 组，写入 {path}（{format}）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no marks matched the filters; the file holds no excerpts.</source>
        <translation>没有符合筛选条件的标注；文件中没有摘录。</translation>
    </message>
    <message>
        <location filename="../desktop/cli_library.py" line="-107"/>
        <source>{file}: {done}/{total} speeches</source>
        <translation>{file}：{done}/{total} 篇讲话</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Imported {imported} file(s) and {versions} new version(s) ({speeches} speeches); skipped {duplicates} duplicate(s); {failed} failed.</source>
        <translation>已导入 {imported} 个文件和 {versions} 个新版本（共 {speeches} 篇讲话）；跳过 {duplicates} 个重复文件；{failed} 个失败。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>new version: {path} (compilation {id}, was {previous})</source>
        <translation>新版本：{path}（汇编 {id}，原为 {previous}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duplicate: {path} (already compilation {id})</source>
        <translation>重复：{path}（已是汇编 {id}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed: {path}: {error}</source>
        <translation>失败：{path}：{error}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no supported files found in {paths}</source>
        <translation>在 {paths} 中没有找到支持的文件</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{id}  {chars} chars  {marks} marks  {title}  〔{compilation}〕</source>
        <translation>{id}  {chars} 字  {marks} 条标注  {title}  〔{compilation}〕</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(old version)</source>
        <translation>（旧版本）</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>{hits} hit(s) in {speeches} speech(es)</source>
        <translation>{speeches} 篇讲话中共 {hits} 处结果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(more: raise --limit)</source>
        <translation>（还有更多：请调高 --limit）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>speech {id} {start}-{end}</source>
        <translation>讲话 {id} {start}-{end}</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Removed {count} mark(s).</source>
        <translation>已删除 {count} 条标注。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Marked {count} hit(s) with #{tag}.</source>
        <translation>已将 {count} 处结果标注为 #{tag}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} already had it.</source>
        <translation>另有 {count} 处已带此标签。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Created #{tag}.</source>
        <translation>已创建 #{tag}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Renamed #{old} to #{new}.</source>
        <translation>已将 #{old} 重命名为 #{new}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merged #{source} into #{target} ({count} marks).</source>
        <translation>已将 #{source} 合并到 #{target}（{count} 条标注）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleted #{tag} (it was on {count} marks; they keep their other tags).</source>
        <translation>已删除 #{tag}（原有 {count} 条标注带此标签；它们的其他标签不变）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>#{tag} is now {color}.</source>
        <translation>#{tag} 的颜色现为 {color}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>#{tag} is now without a colour.</source>
        <translation>#{tag} 现在没有颜色。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Added {count} word(s).</source>
        <translation>已添加 {count} 个词。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Index rebuilt.</source>
        <translation>索引已重建。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Speech {id} is now “{title}”.</source>
        <translation>讲话 {id} 的标题现为“{title}”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merged into speech {id} “{title}” ({chars} chars).</source>
        <translation>已并入讲话 {id}“{title}”（{chars} 字）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Split: {first} “{first_title}” and {second} “{second_title}”.</source>
        <translation>已拆分为：{first}“{first_title}”和 {second}“{second_title}”。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the library file (default: $HUIDU_LIBRARY, else library.sqlite3 in the user data folder)</source>
        <translation>文库文件（默认：$HUIDU_LIBRARY，否则为用户数据文件夹中的 library.sqlite3）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a colour: {names} or #rrggbb</source>
        <translation>颜色：{names} 或 #rrggbb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>review state: {states}</source>
        <translation>审阅状态：{states}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print JSON</source>
        <translation>输出 JSON</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>import compilation files and folders into the library</source>
        <translation>把汇编文件和文件夹导入文库</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>files or folders (searched recursively)</source>
        <translation>文件或文件夹（递归查找）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text encoding of .txt files (default: detected)</source>
        <translation>.txt 文件的文字编码（默认：自动识别）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print one result object per file</source>
        <translation>每个文件输出一个结果对象</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list the speeches in the library</source>
        <translation>列出文库中的讲话</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>include old versions of re-imported compilations</source>
        <translation>包括重新导入的汇编的旧版本</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>show one speech</source>
        <translation>显示一篇讲话</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>full-text search (jieba); quotes for phrases, …… for &apos;anything&apos;</source>
        <translation>全文搜索（jieba 分词）；用英文双引号搜索短语，用……代表“任意文字”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>most hits to show (0: all; default 100)</source>
        <translation>最多显示的结果数（0：全部；默认 100）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>search mark quotes and notes instead of texts</source>
        <translation>搜索标注的摘录文字和批注，而不是讲话正文</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add, list, edit and remove marks</source>
        <translation>添加、列出、修改和删除标注</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>mark a passage of a speech</source>
        <translation>标注讲话中的一段文字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>speech id</source>
        <translation>讲话 id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first character offset</source>
        <translation>第一个字的偏移量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offset after the last character</source>
        <translation>最后一个字之后的偏移量</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a tag (repeatable; 金句/排比 nests)</source>
        <translation>标签（可给出多次；金句/排比 表示子标签）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a note (\n for a new line)</source>
        <translation>批注（用 \n 换行）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>0 to 5</source>
        <translation>0 到 5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>change a mark</source>
        <translation>修改一条标注</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>replace the tags with these (repeatable)</source>
        <translation>用这些标签替换原有标签（可给出多次）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>list marks</source>
        <translation>列出标注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a tag; includes its sub-tags</source>
        <translation>标签；包括其子标签</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>remove marks</source>
        <translation>删除标注</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mark every hit of a search with a tag</source>
        <translation>用一个标签标注搜索的全部结果</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>list tags with their mark counts</source>
        <translation>列出标签及各自的标注数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only this tag and its sub-tags</source>
        <translation>只列出此标签及其子标签</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>create, rename, merge, delete or colour a tag</source>
        <translation>创建、重命名、合并、删除标签，或设置标签颜色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>create a tag</source>
        <translation>创建标签</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rename a tag (and its sub-tags)</source>
        <translation>重命名标签（连同其子标签）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>move a tag&apos;s marks to another tag, then delete it</source>
        <translation>把一个标签的标注移到另一个标签，然后删除它</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>delete a tag (marks stay)</source>
        <translation>删除标签（标注保留）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>set a tag&apos;s colour (&apos;none&apos; to clear)</source>
        <translation>设置标签颜色（none 表示清除）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>words the segmenter should keep whole</source>
        <translation>分词时应保持完整的词</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add words to the dictionary</source>
        <translation>向词典添加词语</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>segment the library again with them</source>
        <translation>用这些词重新为文库分词</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list the words added</source>
        <translation>列出已添加的词</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>correct how a compilation was split into speeches</source>
        <translation>更正汇编拆分成讲话的方式</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rename a speech</source>
        <translation>重命名讲话</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>merge a speech into the previous one</source>
        <translation>把一篇讲话并入上一篇</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>do not keep its title as a line of the text</source>
        <translation>不把它的标题保留为正文中的一行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>split a speech at a character offset</source>
        <translation>在某个字的偏移量处拆分讲话</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>title of the second part (default: its first line)</source>
        <translation>后一部分的标题（默认：其第一行）</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../desktop/core/notices.py" line="+50"/>
        <source>{name}: {reason}</source>
        <translation>{name}：{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unexpected error: {error}</source>
        <translation>意外错误：{error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is a folder, not a file</source>
        <translation>是文件夹，不是文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>permission denied: Huidu is not allowed to read this file</source>
        <translation>没有权限：汇读无权读取此文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file could not be read ({error})</source>
        <translation>无法读取文件（{error}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a regular file (a device, pipe or socket)</source>
        <translation>不是普通文件（而是设备、管道或套接字）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is too large ({size} MB); Huidu reads files up to {limit} MB</source>
        <translation>文件太大（{size} MB）；汇读最多读取 {limit} MB 的文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{suffix} files are not supported; {hint}</source>
        <translation>不支持 {suffix} 文件；{hint}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save it as .docx or .txt</source>
        <translation>请另存为 .docx 或 .txt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Huidu cannot read images of text</source>
        <translation>汇读无法识别图片中的文字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Huidu reads .txt, .md, .docx and .pdf files</source>
        <translation>汇读可读取 .txt、.md、.docx 和 .pdf 文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>looks like a binary file, not text</source>
        <translation>看起来是二进制文件，不是文本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>looks like a binary file ({kind}), not text</source>
        <translation>看起来是二进制文件（{kind}），不是文本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{encoding}&apos; is not a known text encoding</source>
        <translation>“{encoding}”不是已知的文字编码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file cannot be decoded as {encoding}: byte 0x{byte} at offset {offset} is not valid in that encoding; choose another encoding or let Huidu detect it</source>
        <translation>无法按 {encoding} 解码文件：偏移量 {offset} 处的字节 0x{byte} 在该编码中无效；请换一种编码，或让汇读自动识别</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>decoding the file as {encoding} does not give readable text; choose another encoding or let Huidu detect it</source>
        <translation>按 {encoding} 解码得不到可读的文字；请换一种编码，或让汇读自动识别</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a ZIP archive</source>
        <translation>ZIP 压缩包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an empty ZIP archive</source>
        <translation>空的 ZIP 压缩包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an old Microsoft Office file (.doc/.xls/.ppt)</source>
        <translation>旧版 Microsoft Office 文件（.doc/.xls/.ppt）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a PNG image</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a JPEG image</source>
        <translation>JPEG 图片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a GIF image</source>
        <translation>GIF 图片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a TIFF image</source>
        <translation>TIFF 图片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a program (ELF executable)</source>
        <translation>程序（ELF 可执行文件）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a RAR archive</source>
        <translation>RAR 压缩包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a 7-Zip archive</source>
        <translation>7-Zip 压缩包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a gzip archive</source>
        <translation>gzip 压缩包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an SQLite database</source>
        <translation>SQLite 数据库</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the PDF has no pages</source>
        <translation>PDF 没有页面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has no text layer (a scanned PDF?); Huidu cannot read images of text</source>
        <translation>没有文字层（是扫描的 PDF 吗？）；汇读无法识别图片中的文字</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>page {page} could not be read ({error})</source>
        <translation>第 {page} 页无法读取（{error}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a valid PDF file (it has no PDF header; it may be damaged or of another kind)</source>
        <translation>不是有效的 PDF 文件（没有 PDF 文件头；文件可能已损坏，或是其他类型的文件）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is encrypted in a way Huidu cannot open ({error})</source>
        <translation>采用了汇读无法打开的加密方式（{error}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is encrypted and could not be opened ({error})</source>
        <translation>已加密，无法打开（{error}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is protected by a password; save an unprotected copy of the PDF and open that</source>
        <translation>受密码保护；请另存一份不带密码的 PDF，再打开它</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is not a valid PDF file or is damaged ({error})</source>
        <translation>不是有效的 PDF 文件，或已损坏（{error}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the document has no text</source>
        <translation>文档中没有文字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a valid .docx file ({why})</source>
        <translation>不是有效的 .docx 文件（{why}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is an old Word 97–2003 .doc file or a password-protected document; save it as .docx</source>
        <translation>这是旧版 Word 97–2003 .doc 文件或受密码保护的文档；请另存为 .docx</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is a PDF document</source>
        <translation>这是 PDF 文档</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not a ZIP package; the file may be damaged or of another kind</source>
        <translation>它不是 ZIP 包；文件可能已损坏，或是其他类型的文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is an Office file of another kind, not a Word document</source>
        <translation>这是其他类型的 Office 文件，不是 Word 文档</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a required part is missing: {part}</source>
        <translation>缺少必需的部件：{part}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no speech text found</source>
        <translation>没有找到讲话正文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>declared {declared} speeches, found {found}</source>
        <translation>标称 {declared} 篇讲话，识别出 {found} 篇</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>table of contents entry not found in the text: {title}</source>
        <translation>目录条目在正文中找不到：{title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{chars} characters before the first speech belong to no speech</source>
        <translation>第一篇讲话之前有 {chars} 字不属于任何讲话</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} was written by a newer Huidu (library version {found}; this Huidu reads up to {supported}).</source>
        <translation>{path} 由更新版本的汇读写入（文库版本 {found}；本版汇读最高只能读取版本 {supported}）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the folder for the library {path}: {error}</source>
        <translation>无法为文库 {path} 创建文件夹：{error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is a folder, not a library file.</source>
        <translation>{path} 是文件夹，不是文库文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot open the library {path}: {error}</source>
        <translation>无法打开文库 {path}：{error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not a Huidu library ({error}).</source>
        <translation>{path} 不是汇读文库（{error}）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library is busy (another program is writing to it): {error}</source>
        <translation>文库正忙（另一个程序正在写入）：{error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not back up {path} before upgrading it: {error}</source>
        <translation>升级前无法备份 {path}：{error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no speech with id {id}.</source>
        <translation>没有 id 为 {id} 的讲话。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no compilation with id {id}.</source>
        <translation>没有 id 为 {id} 的汇编。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no mark {uuid}.</source>
        <translation>没有标注 {uuid}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no tag “{name}”.</source>
        <translation>没有标签“{name}”。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A tag named “{name}” already exists.</source>
        <translation>已有名为“{name}”的标签。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing {path} was cancelled; nothing was added.</source>
        <translation>已取消导入 {path}；没有添加任何内容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{word}” is not a word (empty or containing spaces).</source>
        <translation>“{word}”不是一个词（为空或含有空格）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{color}” is not a colour; use one of {choices} or #rrggbb.</source>
        <translation>“{color}”不是颜色；请使用 {choices} 之一，或 #rrggbb。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” is not a tag name (empty, or an empty level between “/”).</source>
        <translation>“{name}”不是标签名（为空，或“/”之间有空的一级）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A tag cannot be moved inside itself (“{old}” → “{new}”).</source>
        <translation>标签不能移到它自己下面（“{old}” → “{new}”）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{state}” is not a review state; use one of {choices}.</source>
        <translation>“{state}”不是审阅状态；请使用 {choices} 之一。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{style}” is not a mark style; use one of {choices}.</source>
        <translation>“{style}”不是标注样式；请使用 {choices} 之一。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A rating is a whole number from 0 to {max}, not {rating}.</source>
        <translation>评分是 0 到 {max} 之间的整数，不能是 {rating}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{start}..{end} is not a passage of speech {id}, which has {length} characters (need 0 ≤ start &lt; end ≤ {length}).</source>
        <translation>{start}..{end} 不是讲话 {id} 中的一段文字，该讲话共 {length} 字（须满足 0 ≤ start &lt; end ≤ {length}）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark {mark} would no longer quote its passage; nothing was changed.</source>
        <translation>标注 {mark} 将无法再对应原来的文字；未做任何更改。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A speech title cannot be empty.</source>
        <translation>讲话标题不能为空。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speech {id} is the first of its compilation: nothing to merge into.</source>
        <translation>讲话 {id} 是所在汇编的第一篇：没有可并入的上一篇。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offset {offset} is not inside speech {id} (1 to {last} allowed).</source>
        <translation>偏移量 {offset} 不在讲话 {id} 之内（允许 1 到 {last}）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both parts of a split must keep some text.</source>
        <translation>拆分后的两部分都必须留有文字。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} mark(s) cross offset {offset} of speech {id}; remove or shorten them before splitting there.</source>
        <translation>有 {count} 条标注跨过讲话 {id} 的偏移量 {offset}；请先删除或缩短这些标注，再在此处拆分。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消；没有写入文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not an export format; use one of {choices}.</source>
        <translation>“{value}”不是导出格式；请使用 {choices} 之一。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not a grouping; use one of {choices}.</source>
        <translation>“{value}”不是分组方式；请使用 {choices} 之一。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not a Word style; use one of {choices}.</source>
        <translation>“{value}”不是 Word 样式；请使用 {choices} 之一。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The template style needs a template file (.docx).</source>
        <translation>模板样式需要一个模板文件（.docx）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not a Word file (.docx or .dotx).</source>
        <translation>{name} 不是 Word 文件（.docx 或 .dotx）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot read the template {path}: {error}.</source>
        <translation>无法读取模板 {path}：{error}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not a Word document or template that can be read ({error}).</source>
        <translation>{name} 不是可读取的 Word 文档或模板（{error}）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder {folder} does not exist.</source>
        <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is a folder; give a file name to export to.</source>
        <translation>{path} 是文件夹；请给出要导出到的文件名。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write {path}: permission denied (is the file open in another program?).</source>
        <translation>无法写入 {path}：没有权限（文件是否在另一个程序中打开？）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write {path}: {error}.</source>
        <translation>无法写入 {path}：{error}。</translation>
    </message>
</context>
</TS>
