<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>Colors</name>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="+60"/>
        <source>Yellow</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green</source>
        <translation>Green</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blue</source>
        <translation>Blue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pink</source>
        <translation>Pink</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purple</source>
        <translation>Purple</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red</source>
        <translation>Red</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grey</source>
        <translation>Grey</translation>
    </message>
</context>
<context>
    <name>CompilationPane</name>
    <message>
        <location filename="../desktop/ui/compilation_pane.py" line="+125"/>
        <source>No compilation open</source>
        <translation>No compilation open</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n speeches found</source>
        <translation>
            <numerusform>%n speech found</numerusform>
            <numerusform>%n speeches found</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Declared %1, found %2</source>
        <translation>Declared %1, found %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (+%2 more)</source>
        <translation>%1 (+%2 more)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/ui/main_window.py" line="+159"/>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a compilation (.txt, .docx, .pdf)</source>
        <translation>Open a compilation (.txt, .docx, .pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next Speech</source>
        <translation>&amp;Next Speech</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous Speech</source>
        <translation>&amp;Previous Speech</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Huidu</source>
        <translation>&amp;About Huidu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Compilations (%1)</source>
        <translation>Compilations (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Compilation</source>
        <translation>Open Compilation</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1 could not be opened because of an unexpected error. Details are in the log.</source>
        <translation>%1 could not be opened because of an unexpected error. Details are in the log.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot Open File</source>
        <translation>Cannot Open File</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No compilation open</source>
        <translation>No compilation open</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n speeches</source>
        <translation>
            <numerusform>%n speech</numerusform>
            <numerusform>%n speeches</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 characters</source>
        <translation>%1 characters</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&lt;b&gt;Huidu %1&lt;/b&gt;&lt;p&gt;A reader and excerpt workbench for Chinese speech compilations.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Huidu %1&lt;/b&gt;&lt;p&gt;A reader and excerpt workbench for Chinese speech compilations.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About Huidu</source>
        <translation>About Huidu</translation>
    </message>
</context>
<context>
    <name>MarkAllDialog</name>
    <message>
        <location filename="../desktop/ui/search_panel.py" line="+344"/>
        <source>Mark Every Hit</source>
        <translation>Mark Every Hit</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>more than %n hits</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hits</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every hit of “%1” in the library (%2) becomes a mark with this tag and colour.</source>
        <translation>Every hit of “%1” in the library (%2) becomes a mark with this tag and colour.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Tag:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour:</source>
        <translation>Colour:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark</source>
        <translation>Mark</translation>
    </message>
</context>
<context>
    <name>MergeTagsDialog</name>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="+286"/>
        <source>Merge Tags</source>
        <translation>Merge Tags</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Merge %n tags into one. Their %1 marks will carry the tag chosen here instead.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Merge into:</source>
        <translation>&amp;Merge into:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The other tags are deleted. This cannot be undone.</source>
        <translation>The other tags are deleted. This cannot be undone.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../desktop/ui/search_panel.py" line="+174"/>
        <location line="+69"/>
        <source>Unexpected error: %1</source>
        <translation>Unexpected error: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Type a word or a phrase to search every speech.</source>
        <translation>Type a word or a phrase to search every speech.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the dictionary…</source>
        <translation>Loading the dictionary…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marking every hit…</source>
        <translation>Marking every hit…</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Marked %n hits with “%1”.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n were marked already.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing found for “%1”.</source>
        <translation>Nothing found for “%1”.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>the first %n hits</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hits</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n speeches</source>
        <translation type="unfinished">
            <numerusform>%n speech</numerusform>
            <numerusform>%n speeches</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search the library</source>
        <translation>Search the library</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words or phrases, all of which must occur; “……” stands for the rest of a line.</source>
        <translation>Words or phrases, all of which must occur; “……” stands for the rest of a line.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark &amp;Every Hit…</source>
        <translation>Mark &amp;Every Hit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark every hit of this search with a tag and a colour</source>
        <translation>Mark every hit of this search with a tag and a colour</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="+75"/>
        <source>Follow the System (%1)</source>
        <translation>Follow the System (%1)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The command line follows this setting too, unless --lang or HUIDU_LANG says otherwise.</source>
        <translation>The command line follows this setting too, unless --lang or HUIDU_LANG says otherwise.</translation>
    </message>
</context>
<context>
    <name>SpeechListModel</name>
    <message>
        <location filename="../desktop/ui/speech_list_model.py" line="+46"/>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
</context>
<context>
    <name>TagManagerDialog</name>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="+156"/>
        <source>Tag Exists</source>
        <translation>Tag Exists</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is already a tag “%1”. Merge “%2” into it? This cannot be undone.</source>
        <translation>There is already a tag “%1”. Merge “%2” into it? This cannot be undone.</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+90"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Delete the tag “%1”?</source>
        <translation>Delete the tag “%1”?</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %n tags?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n marks carry it. They stay in the library, without this tag. This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sub-tags are not deleted.</source>
        <translation>Sub-tags are not deleted.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Tags</source>
        <translation>Delete Tags</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Tag Colour</source>
        <translation>Tag Colour</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n tags</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Filter tags</source>
        <translation>Filter tags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename the tag; “/” places it under another (金句/排比)</source>
        <translation>Rename the tag; “/” places it under another (金句/排比)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Merge…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge the selected tags into one</source>
        <translation>Merge the selected tags into one</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colour</source>
        <translation>&amp;Colour</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other Colour…</source>
        <translation>Other Colour…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No Colour</source>
        <translation>No Colour</translation>
    </message>
</context>
<context>
    <name>TagTreeModel</name>
    <message>
        <location line="-410"/>
        <source>Exists through its sub-tags only</source>
        <translation>Exists through its sub-tags only</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n marks</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colour: %1</source>
        <translation>Colour: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n marks including sub-tags</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Marks</source>
        <translation>Marks</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>With sub-tags</source>
        <translation>With sub-tags</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../desktop/i18n.py" line="+252"/>
        <source>usage: </source>
        <translation>usage: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>positional arguments</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the following arguments are required: %s</source>
        <translation>the following arguments are required: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognized arguments: %s</source>
        <translation>unrecognized arguments: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>invalid %(type)s value: %(value)r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one argument</source>
        <translation>expected one argument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at most one argument</source>
        <translation>expected at most one argument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at least one argument</source>
        <translation>expected at least one argument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected %s argument</source>
        <translation>expected %s argument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected %s arguments</source>
        <translation>expected %s arguments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not allowed with argument %s</source>
        <translation>not allowed with argument %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of the arguments %s is required</source>
        <translation>one of the arguments %s is required</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>ambiguous option: %(option)s could match %(matches)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ignored explicit argument %r</source>
        <translation>ignored explicit argument %r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>can&apos;t open &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../desktop/cli.py" line="+60"/>
        <source>declared: {declared}, found: {found}</source>
        <translation>declared: {declared}, found: {found}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>warning: {warning}</source>
        <translation>warning: {warning}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>({count} chars)</source>
        <translation>({count} chars)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>speaker</source>
        <translation>speaker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>occasion</source>
        <translation>occasion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>removed: {count} pieces (boilerplate, markers, table of contents…)</source>
        <translation>removed: {count} pieces (boilerplate, markers, table of contents…)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Huidu 汇读 — read, mark and excerpt Chinese speech compilations. Without a command, opens the app (with the given files).</source>
        <translation>Huidu 汇读 — read, mark and excerpt Chinese speech compilations. Without a command, opens the app (with the given files).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>commands</source>
        <translation>commands</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>split a compilation file into speeches and print them</source>
        <translation>split a compilation file into speeches and print them</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a .txt, .docx or .pdf file</source>
        <translation>a .txt, .docx or .pdf file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print one JSON object</source>
        <translation>print one JSON object</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>indent the JSON</source>
        <translation>indent the JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text encoding of a .txt file (default: detected)</source>
        <translation>text encoding of a .txt file (default: detected)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>show the version number and exit</source>
        <translation>show the version number and exit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>language of messages and help (default: $HUIDU_LANG, the setting, the system)</source>
        <translation>language of messages and help (default: $HUIDU_LANG, the setting, the system)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open the Huidu app.</source>
        <translation>Open the Huidu app.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>compilation files to open</source>
        <translation>compilation files to open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the library file to use</source>
        <translation>the library file to use</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open the bundled sample compilation</source>
        <translation>open the bundled sample compilation</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>unexpected error; details are in the log: {path}</source>
        <translation>unexpected error; details are in the log: {path}</translation>
    </message>
</context>
</TS>
