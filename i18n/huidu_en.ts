<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
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
    <name>ReadingPane</name>
    <message>
        <location filename="../desktop/ui/reading_pane.py" line="+58"/>
        <source>Open a compilation with File › Open… (Ctrl+O)</source>
        <translation>Open a compilation with File › Open… (Ctrl+O)</translation>
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
        <location line="+10"/>
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
