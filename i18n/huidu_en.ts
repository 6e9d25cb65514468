<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>Colors</name>
    <message>
        <location filename="../desktop/ui/colors.py" line="+18"/>
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
    <name>CompilationReport</name>
    <message>
        <location filename="../desktop/ui/library_tree.py" line="+82"/>
        <source>About This Compilation</source>
        <translation>About This Compilation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Declared %1, found %2</source>
        <translation>Declared %1, found %2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n speeches found</source>
        <translation>
            <numerusform>%n speech found</numerusform>
            <numerusform>%n speeches found</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warnings:</source>
        <translation>Warnings:</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Removed while cleaning (%n passages):</source>
        <translation>
            <numerusform>Removed while cleaning (%n passage):</numerusform>
            <numerusform>Removed while cleaning (%n passages):</numerusform>
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
        <translation>Excerpts</translation>
    </message>
    <message>
        <location line="-228"/>
        <source>No marks match these filters.</source>
        <translation>No marks match these filters.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n marks will be exported.</source>
        <translation>
            <numerusform>%n mark will be exported.</numerusform>
            <numerusform>%n marks will be exported.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Export To</source>
        <translation>Export To</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Word Template</source>
        <translation>Word Template</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Word files (*.docx *.dotx)</source>
        <translation>Word files (*.docx *.dotx)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>The export was cancelled; no file was written.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unexpected error: %1</source>
        <translation>Unexpected error: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Exported %n marks to %1</source>
        <translation>
            <numerusform>Exported %n mark to %1</numerusform>
            <numerusform>Exported %n marks to %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>All compilations</source>
        <translation>All compilations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export Marks</source>
        <translation>Export Marks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which marks</source>
        <translation>Which marks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any checked tag</source>
        <translation>Any checked tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All checked tags</source>
        <translation>All checked tags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No tag checked: marks with any tag or none</source>
        <translation>No tag checked: marks with any tag or none</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colours:</source>
        <translation>Colours:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>States:</source>
        <translation>States:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected</source>
        <translation>Selected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Rating at least:</source>
        <translation>&amp;Rating at least:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any</source>
        <translation>Any</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ompilation:</source>
        <translation>C&amp;ompilation:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made &amp;between</source>
        <translation>Made &amp;between</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>and</source>
        <translation>and</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Containing:</source>
        <translation>&amp;Containing:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text in the quote or the note</source>
        <translation>Text in the quote or the note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrangement</source>
        <translation>Arrangement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Group:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By tag, then speech</source>
        <translation>By tag, then speech</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By speech</source>
        <translation>By speech</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By compilation, then speech</source>
        <translation>By compilation, then speech</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Citation</source>
        <translation>Citation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heading</source>
        <translation>Heading</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Word (.docx)</source>
        <translation>Word (.docx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown (.md)</source>
        <translation>Markdown (.md)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV for Excel (.csv)</source>
        <translation>CSV for Excel (.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON (.json)</source>
        <translation>JSON (.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Style:</source>
        <translation>&amp;Style:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Official document (公文)</source>
        <translation>Official document (公文)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plain</source>
        <translation>Plain</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From a template</source>
        <translation>From a template</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use standard Windows fonts (仿宋, 黑体, 楷体)</source>
        <translation>Use standard Windows fonts (仿宋, 黑体, 楷体)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Template:</source>
        <translation>&amp;Template:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;itle:</source>
        <translation>T&amp;itle:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save &amp;as:</source>
        <translation>Save &amp;as:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Folder</source>
        <translation>Open &amp;Folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../desktop/ui/import_dialog.py" line="+79"/>
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import Finished</source>
        <translation>Import Finished</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why it was not imported</source>
        <translation>Why it was not imported</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preparing…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importing %1 (%2 of %3)…</source>
        <translation>Importing %1 (%2 of %3)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n files imported</source>
        <translation>
            <numerusform>%n file imported</numerusform>
            <numerusform>%n files imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n already in the library</source>
        <translation>
            <numerusform>%n already in the library</numerusform>
            <numerusform>%n already in the library</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n could not be imported</source>
        <translation>
            <numerusform>%n could not be imported</numerusform>
            <numerusform>%n could not be imported</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled. %1</source>
        <translation>Cancelled. %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>An unexpected error; details are in the log.</source>
        <translation>An unexpected error; details are in the log.</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../desktop/ui/library_model.py" line="+281"/>
        <source>%1 (version %2, replaced)</source>
        <translation>%1 (version %2, replaced)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Has warnings: select it to see them</source>
        <translation>Has warnings: select it to see them</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n marks</source>
        <translation>
            <numerusform>%n mark</numerusform>
            <numerusform>%n marks</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 characters</source>
        <translation>%1 characters</translation>
    </message>
</context>
<context>
    <name>LibraryTreePane</name>
    <message>
        <location filename="../desktop/ui/library_tree.py" line="+134"/>
        <source>Filter by title</source>
        <translation>Filter by title</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The library is empty.
Open a compilation with File › Open…
or drop files here.</source>
        <translation>The library is empty.
Open a compilation with File › Open…
or drop files here.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rename Speech…</source>
        <translation>&amp;Rename Speech…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge into Previous Speech</source>
        <translation>&amp;Merge into Previous Speech</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Split Here (at the Cursor&apos;s Paragraph)</source>
        <translation>&amp;Split Here (at the Cursor&apos;s Paragraph)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Warnings and Removed Text…</source>
        <translation>&amp;Warnings and Removed Text…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No compilation open</source>
        <translation>No compilation open</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
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
    <message numerus="yes">
        <location line="+11"/>
        <source>%n warnings</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n passages removed</source>
        <translation>
            <numerusform>%n passage removed</numerusform>
            <numerusform>%n passages removed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/ui/window_actions.py" line="+302"/>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark the selected passage (keys 1–5 choose the colour)</source>
        <translation>Mark the selected passage (keys 1–5 choose the colour)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="+359"/>
        <location line="+162"/>
        <location filename="../desktop/ui/window_actions.py" line="+4"/>
        <source>Mark in %1</source>
        <translation>Mark in %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/window_actions.py" line="+2"/>
        <source>&amp;Tags…</source>
        <translation>&amp;Tags…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the tags of the mark (T)</source>
        <translation>Edit the tags of the mark (T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete Mark</source>
        <translation>&amp;Delete Mark</translation>
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
        <source>Filter the &amp;Library</source>
        <translation>Filter the &amp;Library</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next &amp;Pane</source>
        <translation>Next &amp;Pane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Actual Size</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading &amp;Font…</source>
        <translation>Reading &amp;Font…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Line Spacing</source>
        <translation>&amp;Line Spacing</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show &amp;Older Versions</source>
        <translation>Show &amp;Older Versions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tag Manager…</source>
        <translation>&amp;Tag Manager…</translation>
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
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mark</source>
        <comment>menu</comment>
        <translation>&amp;Mark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
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
        <location line="+1"/>
        <source>Toolbar</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="-253"/>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marks</source>
        <translation>Marks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outline</source>
        <translation>Outline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a compilation with File › Open… (Ctrl+O), or drop files on the window</source>
        <translation>Open a compilation with File › Open… (Ctrl+O), or drop files on the window</translation>
    </message>
    <message>
        <location filename="../desktop/ui/window_actions.py" line="+10"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="+64"/>
        <source>An unexpected error: %1</source>
        <translation>An unexpected error: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Mark %n passages</source>
        <translation>
            <numerusform>Mark %n passage</numerusform>
            <numerusform>Mark %n passages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+144"/>
        <location line="+8"/>
        <source>%n marks</source>
        <translation>
            <numerusform>%n mark</numerusform>
            <numerusform>%n marks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>Library: %n compilations</source>
        <translation>
            <numerusform>Library: %n compilation</numerusform>
            <numerusform>Library: %n compilations</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+27"/>
        <source>Select a passage to mark first</source>
        <translation>Select a passage to mark first</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Recolour Mark</source>
        <translation>Recolour Mark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change Mark Style</source>
        <translation>Change Mark Style</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit Tags</source>
        <translation>Edit Tags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit Note</source>
        <translation>Edit Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change Mark State</source>
        <translation>Change Mark State</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate Mark</source>
        <translation>Rate Mark</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit Mark</source>
        <translation>Edit Mark</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete Mark</source>
        <translation>Delete Mark</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+39"/>
        <source>Select a passage or a mark first</source>
        <translation>Select a passage or a mark first</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+3"/>
        <location line="+5"/>
        <source>Rename Speech</source>
        <translation>Rename Speech</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>New title:</source>
        <translation>New title:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Merge Speeches</source>
        <translation>Merge Speeches</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+7"/>
        <source>Split Speech</source>
        <translation>Split Speech</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Click in the paragraph where the new speech begins (not the first one), then split.</source>
        <translation>Click in the paragraph where the new speech begins (not the first one), then split.</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location line="-218"/>
        <source>No compilation open</source>
        <translation>No compilation open</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n speeches</source>
        <translation>
            <numerusform>%n speech</numerusform>
            <numerusform>%n speeches</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/ui/window_actions.py" line="-33"/>
        <source>%1 characters</source>
        <translation>%1 characters</translation>
    </message>
    <message>
        <location filename="../desktop/ui/window_actions.py" line="-34"/>
        <source>Import compilations (.txt, .docx, .pdf) into the library</source>
        <translation>Import compilations (.txt, .docx, .pdf) into the library</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import &amp;Folder…</source>
        <translation>Import &amp;Folder…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear Recent Files</source>
        <translation>&amp;Clear Recent Files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Mark</source>
        <comment>action: mark the selected passage</comment>
        <translation>&amp;Mark</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Show O&amp;utline</source>
        <translation>Show O&amp;utline</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="+216"/>
        <source>Import Folder</source>
        <translation>Import Folder</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n compilations imported</source>
        <translation>
            <numerusform>%n compilation imported</numerusform>
            <numerusform>%n compilations imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Reading Font</source>
        <translation>Reading Font</translation>
    </message>
    <message>
        <location line="+38"/>
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
        <location filename="../desktop/ui/mark_all_dialog.py" line="+102"/>
        <source>Mark Every Hit</source>
        <translation>Mark Every Hit</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>more than %n hits</source>
        <translation>
            <numerusform>more than %n hit</numerusform>
            <numerusform>more than %n hits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hits</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
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
    <name>MarkEditor</name>
    <message numerus="yes">
        <location filename="../desktop/ui/marks_panel.py" line="+345"/>
        <source>%n stars (click again to clear)</source>
        <translation>
            <numerusform>%n star (click again to clear)</numerusform>
            <numerusform>%n stars (click again to clear)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Style:</source>
        <translation>Style:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State:</source>
        <translation>State:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating:</source>
        <translation>Rating:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the tags (T)</source>
        <translation>Edit the tags (T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note (N):</source>
        <translation>&amp;Note (N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A note on this passage; saved when you leave the box</source>
        <translation>A note on this passage; saved when you leave the box</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Mark</source>
        <translation>Delete Mark</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>MarksPanel</name>
    <message>
        <location line="-300"/>
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected</source>
        <translation>Selected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Highlight</source>
        <translation>Highlight</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Underline</source>
        <translation>Underline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wavy Underline</source>
        <translation>Wavy Underline</translation>
    </message>
    <message>
        <location line="+415"/>
        <source>No marks in this speech yet.
Select a passage and press 1–5 to mark it in a colour.</source>
        <translation>No marks in this speech yet.
Select a passage and press 1–5 to mark it in a colour.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Marks (%1)</source>
        <translation>Marks (%1)</translation>
    </message>
</context>
<context>
    <name>MergeTagsDialog</name>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="+100"/>
        <source>Merge Tags</source>
        <translation>Merge Tags</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Merge %n tags into one. Their %1 marks will carry the tag chosen here instead.</source>
        <translation>
            <numerusform>Merge %n tag into one. Its %1 marks will carry the tag chosen here instead.</numerusform>
            <numerusform>Merge %n tags into one. Their %1 marks will carry the tag chosen here instead.</numerusform>
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
    <name>Panels</name>
    <message>
        <location filename="../desktop/ui/panels.py" line="+72"/>
        <source>Mark every hit of “%1”</source>
        <translation>Mark every hit of “%1”</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../desktop/ui/search_panel.py" line="+208"/>
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
        <translation>
            <numerusform>Marked %n hit with “%1”.</numerusform>
            <numerusform>Marked %n hits with “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n were marked already.</source>
        <translation>
            <numerusform>%n was marked already.</numerusform>
            <numerusform>%n were marked already.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing found for “%1”.</source>
        <translation>Nothing found for “%1”.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>more than %n hits</source>
        <translation>
            <numerusform>more than %n hit</numerusform>
            <numerusform>more than %n hits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hits</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
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
    <name>SuggestionsPanel</name>
    <message>
        <location filename="../desktop/ui/suggestion_lists.py" line="+88"/>
        <source>Double-click or press Enter to mark it</source>
        <translation>Double-click or press Enter to mark it</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Already a tag in the library</source>
        <translation>Already a tag in the library</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A keyword of this speech</source>
        <translation>A keyword of this speech</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../desktop/ui/suggestions_panel.py" line="+215"/>
        <source>Unexpected error: %1</source>
        <translation>Unexpected error: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Open a speech to see the quotations it holds.</source>
        <translation>Open a speech to see the quotations it holds.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking for quotations…</source>
        <translation>Looking for quotations…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No quotations left to mark in this speech.</source>
        <translation>No quotations left to mark in this speech.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loading the dictionary…</source>
        <translation>Loading the dictionary…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding keywords…</source>
        <translation>Finding keywords…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No keywords found.</source>
        <translation>No keywords found.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quotations (%1)</source>
        <translation>Quotations (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quotations</source>
        <translation>Quotations</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keywords</source>
        <translation>Keywords</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click a keyword to use it as a tag</source>
        <translation>Double-click a keyword to use it as a tag</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <location filename="../desktop/ui/tag_editor.py" line="+105"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags, separated by commas</source>
        <translation>Tags, separated by commas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter saves, Esc cancels. Use / to nest: 金句/排比</source>
        <translation>Enter saves, Esc cancels. Use / to nest: 金句/排比</translation>
    </message>
</context>
<context>
    <name>TagManagerDialog</name>
    <message>
        <location filename="../desktop/ui/tag_manager.py" line="+157"/>
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
        <location line="+99"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Delete the tag “%1”?</source>
        <translation>Delete the tag “%1”?</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %n tags?</source>
        <translation>
            <numerusform>Delete %n tag?</numerusform>
            <numerusform>Delete %n tags?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n marks carry it. They stay in the library, without this tag. This cannot be undone.</source>
        <translation>
            <numerusform>%n mark carries it. It stays in the library, without this tag. This cannot be undone.</numerusform>
            <numerusform>%n marks carry it. They stay in the library, without this tag. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n marks carry them. They stay in the library, without these tags. This cannot be undone.</source>
        <translation>
            <numerusform>%n mark carries them. It stays in the library, without these tags. This cannot be undone.</numerusform>
            <numerusform>%n marks carry them. They stay in the library, without these tags. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
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
        <translation>
            <numerusform>%n tag</numerusform>
            <numerusform>%n tags</numerusform>
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
        <location filename="../desktop/ui/tag_tree.py" line="+201"/>
        <source>Exists through its sub-tags only</source>
        <translation>Exists through its sub-tags only</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n marks</source>
        <translation>
            <numerusform>%n mark</numerusform>
            <numerusform>%n marks</numerusform>
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
        <translation>
            <numerusform>%n mark including sub-tags</numerusform>
            <numerusform>%n marks including sub-tags</numerusform>
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
        <location filename="../desktop/cli.py" line="+63"/>
        <source>declared: {declared}, found: {found}</source>
        <translation>declared: {declared}, found: {found}</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location filename="../desktop/cli_library.py" line="+227"/>
        <source>speaker</source>
        <translation>speaker</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/cli_library.py" line="+1"/>
        <source>occasion</source>
        <translation>occasion</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/cli_library.py" line="+1"/>
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
    <message>
        <location filename="../desktop/cli_export.py" line="+36"/>
        <source>“{text}” is not a date; write it as YYYY-MM-DD.</source>
        <translation>“{text}” is not a date; write it as YYYY-MM-DD.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>export marks to Word, Markdown, CSV or JSON</source>
        <translation>export marks to Word, Markdown, CSV or JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export marks, grouped and cited, to a .docx (公文 or plain style, or your template), Markdown, CSV (for Excel) or JSON. Filters combine; repeated filters match any of their values.</source>
        <translation>Export marks, grouped and cited, to a .docx (公文 or plain style, or your template), Markdown, CSV (for Excel) or JSON. Filters combine; repeated filters match any of their values.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file to write</source>
        <translation>the file to write</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>default: from the file&apos;s suffix, else docx</source>
        <translation>default: from the file&apos;s suffix, else docx</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the library file (default: HUIDU_LIBRARY or the app&apos;s)</source>
        <translation>the library file (default: HUIDU_LIBRARY or the app&apos;s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>which marks</source>
        <translation>which marks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tag (includes its subtags)</source>
        <translation>tag (includes its subtags)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a mark needs every --tag, not any</source>
        <translation>a mark needs every --tag, not any</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>candidate/selected/rejected</source>
        <translation>candidate/selected/rejected</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mark colour</source>
        <translation>mark colour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rating at least N</source>
        <translation>rating at least N</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>marks in this compilation</source>
        <translation>marks in this compilation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>marks in this speech</source>
        <translation>marks in this speech</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>marked on or after</source>
        <translation>marked on or after</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>marked on or before</source>
        <translation>marked on or before</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>text in the quote or the note</source>
        <translation>text in the quote or the note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>layout</source>
        <translation>layout</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>how the excerpts are grouped (default: tag)</source>
        <translation>how the excerpts are grouped (default: tag)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Word style: gongwen (公文) or plain; default: gongwen</source>
        <translation>Word style: gongwen (公文) or plain; default: gongwen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>use this Word template&apos;s styles</source>
        <translation>use this Word template&apos;s styles</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>公文 fonts: 仿宋/楷体/宋体 instead of the _GB2312 faces</source>
        <translation>公文 fonts: 仿宋/楷体/宋体 instead of the _GB2312 faces</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the document&apos;s title</source>
        <translation>the document&apos;s title</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>always add a table of contents</source>
        <translation>always add a table of contents</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>never add a table of contents</source>
        <translation>never add a table of contents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leave out</source>
        <translation>leave out</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leave out the quote</source>
        <translation>leave out the quote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leave out the citation</source>
        <translation>leave out the citation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leave out the heading</source>
        <translation>leave out the heading</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leave out the tags</source>
        <translation>leave out the tags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leave out the note</source>
        <translation>leave out the note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leave out the state</source>
        <translation>leave out the state</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>show the rating (left out by default)</source>
        <translation>show the rating (left out by default)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print the result as JSON</source>
        <translation>print the result as JSON</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>exported {excerpts} excerpts in {groups} groups to {path} ({format})</source>
        <translation>exported {excerpts} excerpts in {groups} groups to {path} ({format})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no marks matched the filters; the file holds no excerpts.</source>
        <translation>no marks matched the filters; the file holds no excerpts.</translation>
    </message>
    <message>
        <location filename="../desktop/cli_library.py" line="-107"/>
        <source>{file}: {done}/{total} speeches</source>
        <translation>{file}: {done}/{total} speeches</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Imported {imported} file(s) and {versions} new version(s) ({speeches} speeches); skipped {duplicates} duplicate(s); {failed} failed.</source>
        <translation>Imported {imported} file(s) and {versions} new version(s) ({speeches} speeches); skipped {duplicates} duplicate(s); {failed} failed.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>new version: {path} (compilation {id}, was {previous})</source>
        <translation>new version: {path} (compilation {id}, was {previous})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duplicate: {path} (already compilation {id})</source>
        <translation>duplicate: {path} (already compilation {id})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed: {path}: {error}</source>
        <translation>failed: {path}: {error}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no supported files found in {paths}</source>
        <translation>no supported files found in {paths}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{id}  {chars} chars  {marks} marks  {title}  〔{compilation}〕</source>
        <translation>{id}  {chars} chars  {marks} marks  {title}  〔{compilation}〕</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(old version)</source>
        <translation>(old version)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>{hits} hit(s) in {speeches} speech(es)</source>
        <translation>{hits} hit(s) in {speeches} speech(es)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(more: raise --limit)</source>
        <translation>(more: raise --limit)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>speech {id} {start}-{end}</source>
        <translation>speech {id} {start}-{end}</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Removed {count} mark(s).</source>
        <translation>Removed {count} mark(s).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Marked {count} hit(s) with #{tag}.</source>
        <translation>Marked {count} hit(s) with #{tag}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} already had it.</source>
        <translation>{count} already had it.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Created #{tag}.</source>
        <translation>Created #{tag}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Renamed #{old} to #{new}.</source>
        <translation>Renamed #{old} to #{new}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merged #{source} into #{target} ({count} marks).</source>
        <translation>Merged #{source} into #{target} ({count} marks).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleted #{tag} (it was on {count} marks; they keep their other tags).</source>
        <translation>Deleted #{tag} (it was on {count} marks; they keep their other tags).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>#{tag} is now {color}.</source>
        <translation>#{tag} is now {color}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>#{tag} is now without a colour.</source>
        <translation>#{tag} is now without a colour.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Added {count} word(s).</source>
        <translation>Added {count} word(s).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Index rebuilt.</source>
        <translation>Index rebuilt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Speech {id} is now “{title}”.</source>
        <translation>Speech {id} is now “{title}”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merged into speech {id} “{title}” ({chars} chars).</source>
        <translation>Merged into speech {id} “{title}” ({chars} chars).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Split: {first} “{first_title}” and {second} “{second_title}”.</source>
        <translation>Split: {first} “{first_title}” and {second} “{second_title}”.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the library file (default: $HUIDU_LIBRARY, else library.sqlite3 in the user data folder)</source>
        <translation>the library file (default: $HUIDU_LIBRARY, else library.sqlite3 in the user data folder)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a colour: {names} or #rrggbb</source>
        <translation>a colour: {names} or #rrggbb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>review state: {states}</source>
        <translation>review state: {states}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print JSON</source>
        <translation>print JSON</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>import compilation files and folders into the library</source>
        <translation>import compilation files and folders into the library</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>files or folders (searched recursively)</source>
        <translation>files or folders (searched recursively)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text encoding of .txt files (default: detected)</source>
        <translation>text encoding of .txt files (default: detected)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print one result object per file</source>
        <translation>print one result object per file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list the speeches in the library</source>
        <translation>list the speeches in the library</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>include old versions of re-imported compilations</source>
        <translation>include old versions of re-imported compilations</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>show one speech</source>
        <translation>show one speech</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>full-text search (jieba); quotes for phrases, …… for &apos;anything&apos;</source>
        <translation>full-text search (jieba); quotes for phrases, …… for &apos;anything&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>most hits to show (0: all; default 100)</source>
        <translation>most hits to show (0: all; default 100)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>search mark quotes and notes instead of texts</source>
        <translation>search mark quotes and notes instead of texts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add, list, edit and remove marks</source>
        <translation>add, list, edit and remove marks</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>mark a passage of a speech</source>
        <translation>mark a passage of a speech</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>speech id</source>
        <translation>speech id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first character offset</source>
        <translation>first character offset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offset after the last character</source>
        <translation>offset after the last character</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a tag (repeatable; 金句/排比 nests)</source>
        <translation>a tag (repeatable; 金句/排比 nests)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a note (\n for a new line)</source>
        <translation>a note (\n for a new line)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>0 to 5</source>
        <translation>0 to 5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>change a mark</source>
        <translation>change a mark</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>replace the tags with these (repeatable)</source>
        <translation>replace the tags with these (repeatable)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>list marks</source>
        <translation>list marks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a tag; includes its sub-tags</source>
        <translation>a tag; includes its sub-tags</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>remove marks</source>
        <translation>remove marks</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mark every hit of a search with a tag</source>
        <translation>mark every hit of a search with a tag</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>list tags with their mark counts</source>
        <translation>list tags with their mark counts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only this tag and its sub-tags</source>
        <translation>only this tag and its sub-tags</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>create, rename, merge, delete or colour a tag</source>
        <translation>create, rename, merge, delete or colour a tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>create a tag</source>
        <translation>create a tag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rename a tag (and its sub-tags)</source>
        <translation>rename a tag (and its sub-tags)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>move a tag&apos;s marks to another tag, then delete it</source>
        <translation>move a tag&apos;s marks to another tag, then delete it</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>delete a tag (marks stay)</source>
        <translation>delete a tag (marks stay)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>set a tag&apos;s colour (&apos;none&apos; to clear)</source>
        <translation>set a tag&apos;s colour (&apos;none&apos; to clear)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>words the segmenter should keep whole</source>
        <translation>words the segmenter should keep whole</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add words to the dictionary</source>
        <translation>add words to the dictionary</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>segment the library again with them</source>
        <translation>segment the library again with them</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list the words added</source>
        <translation>list the words added</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>correct how a compilation was split into speeches</source>
        <translation>correct how a compilation was split into speeches</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rename a speech</source>
        <translation>rename a speech</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>merge a speech into the previous one</source>
        <translation>merge a speech into the previous one</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>do not keep its title as a line of the text</source>
        <translation>do not keep its title as a line of the text</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>split a speech at a character offset</source>
        <translation>split a speech at a character offset</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>title of the second part (default: its first line)</source>
        <translation>title of the second part (default: its first line)</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../desktop/core/notices.py" line="+50"/>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unexpected error: {error}</source>
        <translation>unexpected error: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file does not exist</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is a folder, not a file</source>
        <translation>is a folder, not a file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>permission denied: Huidu is not allowed to read this file</source>
        <translation>permission denied: Huidu is not allowed to read this file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file could not be read ({error})</source>
        <translation>the file could not be read ({error})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a regular file (a device, pipe or socket)</source>
        <translation>is not a regular file (a device, pipe or socket)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is too large ({size} MB); Huidu reads files up to {limit} MB</source>
        <translation>the file is too large ({size} MB); Huidu reads files up to {limit} MB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{suffix} files are not supported; {hint}</source>
        <translation>{suffix} files are not supported; {hint}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save it as .docx or .txt</source>
        <translation>save it as .docx or .txt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Huidu cannot read images of text</source>
        <translation>Huidu cannot read images of text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Huidu reads .txt, .md, .docx and .pdf files</source>
        <translation>Huidu reads .txt, .md, .docx and .pdf files</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>looks like a binary file, not text</source>
        <translation>looks like a binary file, not text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>looks like a binary file ({kind}), not text</source>
        <translation>looks like a binary file ({kind}), not text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{encoding}&apos; is not a known text encoding</source>
        <translation>&apos;{encoding}&apos; is not a known text encoding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file cannot be decoded as {encoding}: byte 0x{byte} at offset {offset} is not valid in that encoding; choose another encoding or let Huidu detect it</source>
        <translation>the file cannot be decoded as {encoding}: byte 0x{byte} at offset {offset} is not valid in that encoding; choose another encoding or let Huidu detect it</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>decoding the file as {encoding} does not give readable text; choose another encoding or let Huidu detect it</source>
        <translation>decoding the file as {encoding} does not give readable text; choose another encoding or let Huidu detect it</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a PDF document</source>
        <translation>a PDF document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a ZIP archive</source>
        <translation>a ZIP archive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an empty ZIP archive</source>
        <translation>an empty ZIP archive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an old Microsoft Office file (.doc/.xls/.ppt)</source>
        <translation>an old Microsoft Office file (.doc/.xls/.ppt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a PNG image</source>
        <translation>a PNG image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a JPEG image</source>
        <translation>a JPEG image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a GIF image</source>
        <translation>a GIF image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a TIFF image</source>
        <translation>a TIFF image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a program (ELF executable)</source>
        <translation>a program (ELF executable)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a RAR archive</source>
        <translation>a RAR archive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a 7-Zip archive</source>
        <translation>a 7-Zip archive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a gzip archive</source>
        <translation>a gzip archive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an SQLite database</source>
        <translation>an SQLite database</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the PDF has no pages</source>
        <translation>the PDF has no pages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has no text layer (a scanned PDF?); Huidu cannot read images of text</source>
        <translation>has no text layer (a scanned PDF?); Huidu cannot read images of text</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>page {page} could not be read ({error})</source>
        <translation>page {page} could not be read ({error})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a valid PDF file (it has no PDF header; it may be damaged or of another kind)</source>
        <translation>is not a valid PDF file (it has no PDF header; it may be damaged or of another kind)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is encrypted in a way Huidu cannot open ({error})</source>
        <translation>is encrypted in a way Huidu cannot open ({error})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is encrypted and could not be opened ({error})</source>
        <translation>is encrypted and could not be opened ({error})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is protected by a password; save an unprotected copy of the PDF and open that</source>
        <translation>is protected by a password; save an unprotected copy of the PDF and open that</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is not a valid PDF file or is damaged ({error})</source>
        <translation>is not a valid PDF file or is damaged ({error})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the document has no text</source>
        <translation>the document has no text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a valid .docx file ({why})</source>
        <translation>is not a valid .docx file ({why})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is an old Word 97–2003 .doc file or a password-protected document; save it as .docx</source>
        <translation>it is an old Word 97–2003 .doc file or a password-protected document; save it as .docx</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is a PDF document</source>
        <translation>it is a PDF document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not a ZIP package; the file may be damaged or of another kind</source>
        <translation>it is not a ZIP package; the file may be damaged or of another kind</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is an Office file of another kind, not a Word document</source>
        <translation>it is an Office file of another kind, not a Word document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a required part is missing: {part}</source>
        <translation>a required part is missing: {part}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no speech text found</source>
        <translation>no speech text found</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>declared {declared} speeches, found {found}</source>
        <translation>declared {declared} speeches, found {found}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>table of contents entry not found in the text: {title}</source>
        <translation>table of contents entry not found in the text: {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{chars} characters before the first speech belong to no speech</source>
        <translation>{chars} characters before the first speech belong to no speech</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} was written by a newer Huidu (library version {found}; this Huidu reads up to {supported}).</source>
        <translation>{path} was written by a newer Huidu (library version {found}; this Huidu reads up to {supported}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the folder for the library {path}: {error}</source>
        <translation>Cannot create the folder for the library {path}: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is a folder, not a library file.</source>
        <translation>{path} is a folder, not a library file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot open the library {path}: {error}</source>
        <translation>Cannot open the library {path}: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not a Huidu library ({error}).</source>
        <translation>{path} is not a Huidu library ({error}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library is busy (another program is writing to it): {error}</source>
        <translation>The library is busy (another program is writing to it): {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not back up {path} before upgrading it: {error}</source>
        <translation>Could not back up {path} before upgrading it: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no speech with id {id}.</source>
        <translation>There is no speech with id {id}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no compilation with id {id}.</source>
        <translation>There is no compilation with id {id}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no mark {uuid}.</source>
        <translation>There is no mark {uuid}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no tag “{name}”.</source>
        <translation>There is no tag “{name}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A tag named “{name}” already exists.</source>
        <translation>A tag named “{name}” already exists.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing {path} was cancelled; nothing was added.</source>
        <translation>Importing {path} was cancelled; nothing was added.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{word}” is not a word (empty or containing spaces).</source>
        <translation>“{word}” is not a word (empty or containing spaces).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{color}” is not a colour; use one of {choices} or #rrggbb.</source>
        <translation>“{color}” is not a colour; use one of {choices} or #rrggbb.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” is not a tag name (empty, or an empty level between “/”).</source>
        <translation>“{name}” is not a tag name (empty, or an empty level between “/”).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A tag cannot be moved inside itself (“{old}” → “{new}”).</source>
        <translation>A tag cannot be moved inside itself (“{old}” → “{new}”).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{state}” is not a review state; use one of {choices}.</source>
        <translation>“{state}” is not a review state; use one of {choices}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{style}” is not a mark style; use one of {choices}.</source>
        <translation>“{style}” is not a mark style; use one of {choices}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A rating is a whole number from 0 to {max}, not {rating}.</source>
        <translation>A rating is a whole number from 0 to {max}, not {rating}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{start}..{end} is not a passage of speech {id}, which has {length} characters (need 0 ≤ start &lt; end ≤ {length}).</source>
        <translation>{start}..{end} is not a passage of speech {id}, which has {length} characters (need 0 ≤ start &lt; end ≤ {length}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark {mark} would no longer quote its passage; nothing was changed.</source>
        <translation>Mark {mark} would no longer quote its passage; nothing was changed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A speech title cannot be empty.</source>
        <translation>A speech title cannot be empty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speech {id} is the first of its compilation: nothing to merge into.</source>
        <translation>Speech {id} is the first of its compilation: nothing to merge into.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offset {offset} is not inside speech {id} (1 to {last} allowed).</source>
        <translation>Offset {offset} is not inside speech {id} (1 to {last} allowed).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both parts of a split must keep some text.</source>
        <translation>Both parts of a split must keep some text.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} mark(s) cross offset {offset} of speech {id}; remove or shorten them before splitting there.</source>
        <translation>{count} mark(s) cross offset {offset} of speech {id}; remove or shorten them before splitting there.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>The export was cancelled; no file was written.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not an export format; use one of {choices}.</source>
        <translation>“{value}” is not an export format; use one of {choices}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not a grouping; use one of {choices}.</source>
        <translation>“{value}” is not a grouping; use one of {choices}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not a Word style; use one of {choices}.</source>
        <translation>“{value}” is not a Word style; use one of {choices}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The template style needs a template file (.docx).</source>
        <translation>The template style needs a template file (.docx).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not a Word file (.docx or .dotx).</source>
        <translation>{name} is not a Word file (.docx or .dotx).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot read the template {path}: {error}.</source>
        <translation>Cannot read the template {path}: {error}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not a Word document or template that can be read ({error}).</source>
        <translation>{name} is not a Word document or template that can be read ({error}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder {folder} does not exist.</source>
        <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is a folder; give a file name to export to.</source>
        <translation>{path} is a folder; give a file name to export to.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write {path}: permission denied (is the file open in another program?).</source>
        <translation>Cannot write {path}: permission denied (is the file open in another program?).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write {path}: {error}.</source>
        <translation>Cannot write {path}: {error}.</translation>
    </message>
</context>
</TS>
