<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Colors</name>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="+60"/>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grey</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompilationPane</name>
    <message>
        <location filename="../desktop/ui/compilation_pane.py" line="+125"/>
        <source>No compilation open</source>
        <translation>尚未打开汇编</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
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
    <message>
        <location line="+13"/>
        <source>%1 (+%2 more)</source>
        <translation>%1（另有 %2 条）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/ui/main_window.py" line="+159"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a compilation (.txt, .docx, .pdf)</source>
        <translation>打开一部汇编（.txt、.docx、.pdf）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
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
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
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
        <location line="+17"/>
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
        <location line="+63"/>
        <source>%1 could not be opened because of an unexpected error. Details are in the log.</source>
        <translation>打开 %1 时发生意外错误，未能打开。详细信息已写入日志。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot Open File</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No compilation open</source>
        <translation>尚未打开汇编</translation>
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
        <source>%1 characters</source>
        <translation>%1 字</translation>
    </message>
    <message>
        <location line="+22"/>
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
        <location filename="../desktop/ui/search_panel.py" line="+344"/>
        <source>Mark Every Hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>more than %n hits</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hits</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every hit of “%1” in the library (%2) becomes a mark with this tag and colour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeTagsDialog</name>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="+286"/>
        <source>Merge Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Merge %n tags into one. Their %1 marks will carry the tag chosen here instead.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Merge into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The other tags are deleted. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../desktop/ui/search_panel.py" line="+174"/>
        <location line="+69"/>
        <source>Unexpected error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Type a word or a phrase to search every speech.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the dictionary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marking every hit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Marked %n hits with “%1”.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n were marked already.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing found for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>the first %n hits</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hits</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n speeches</source>
        <translation type="unfinished">
            <numerusform>%n 篇讲话</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words or phrases, all of which must occur; “……” stands for the rest of a line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark &amp;Every Hit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark every hit of this search with a tag and a colour</source>
        <translation type="unfinished"></translation>
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
    <name>SpeechListModel</name>
    <message>
        <location filename="../desktop/ui/speech_list_model.py" line="+46"/>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
</context>
<context>
    <name>TagManagerDialog</name>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="+156"/>
        <source>Tag Exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is already a tag “%1”. Merge “%2” into it? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+90"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Delete the tag “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %n tags?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n marks carry it. They stay in the library, without this tag. This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sub-tags are not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Tag Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n tags</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Filter tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename the tag; “/” places it under another (金句/排比)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge the selected tags into one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No Colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagTreeModel</name>
    <message>
        <location line="-410"/>
        <source>Exists through its sub-tags only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n marks</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colour: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n marks including sub-tags</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>With sub-tags</source>
        <translation type="unfinished"></translation>
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
        <location filename="../desktop/cli.py" line="+60"/>
        <source>declared: {declared}, found: {found}</source>
        <translation>标称 {declared} 篇，识别出 {found} 篇</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <source>speaker</source>
        <translation>讲话人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>occasion</source>
        <translation>场合</translation>
    </message>
    <message>
        <location line="+1"/>
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
</context>
</TS>
