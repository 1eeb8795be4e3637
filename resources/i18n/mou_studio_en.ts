<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgreementList</name>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n version</numerusform>
            <numerusform>%n versions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <source>&amp;Back Up Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from Bac&amp;kup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the current database with the backup %1?

The current database is kept as a backup first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeList</name>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClauseDialog</name>
    <message>
        <source>Edit Clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clause needs its text in at least one language (preferred wording).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClauseResultList</name>
    <message>
        <source>Library clauses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareController</name>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two &amp;Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two &amp;Versions of This Agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the two files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an agreement first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New version:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparePanes</name>
    <message>
        <source>Aligned clauses, old and new</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareSession</name>
    <message>
        <source>Comparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing the two versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blackline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Compare — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore &amp;Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore &amp;Whitespace and Punctuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore &amp;Renumbering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Redline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Blackline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Agreement text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftingController</name>
    <message>
        <source>&amp;New from Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueTimeline</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing due in the next %1 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorController</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Paragraph or Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Item Af&amp;ter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Indent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outdent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge with Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert Cross-&amp;reference…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an article, paragraph or point in the outline first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the paragraph that will hold the reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave failed: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement could not be saved:
%s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the version (e.g. “sent to the partner”):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved version %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %s (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Unsaved Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MoU Studio found unsaved changes to “%1”, autosaved at %2 UTC.

Restore them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved work restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some agreements have unsaved changes. Save them before closing?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Edit Register Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comes into effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice period (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word document (.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (through LibreOffice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One after another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side, in columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One file per language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternat: one original per party, naming that party first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stamp as draft (PROJET / DRAFT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document properties (left empty: nothing recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First page preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install LibreOffice to see a preview (Debian: libreoffice-writer-nogui).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview first page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering the first page…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements (*.txt *.docx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the text with every change accepted, or as it was before the changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject All</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s) imported</source>
        <translation>
            <numerusform>%n agreement imported</numerusform>
            <numerusform>%n agreements imported</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Import report&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 articles, lines %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to report.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <source>Clause Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search Clauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outdated Clauses in Agreements…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Clause Pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Clause Pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s)</source>
        <translation>
            <numerusform>%n clause</numerusform>
            <numerusform>%n clauses</numerusform>
        </translation>
    </message>
    <message>
        <source>Added clause %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause %1 is now at version %2; the old version is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate Clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier of the copy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to the draft clause %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw Clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw %1? Agreements keep their text; the clause is no longer offered in searches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrew clause %1 (version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert Clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value for {%1} (e.g. &apos;3 months&apos;):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an agreement first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause inserted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Clause Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause packs (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n clause(s).</source>
        <translation>
            <numerusform>Wrote %n clause.</numerusform>
            <numerusform>Wrote %n clauses.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Clause Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause packs (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause Pack Imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Search clauses (accents ignored)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wording to insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert into Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainController</name>
    <message>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n agreement</numerusform>
            <numerusform>%n agreements</numerusform>
        </translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MoU Studio databases (*.db *.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the agreement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About MoU Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;MoU Studio %1&lt;/h3&gt;&lt;p&gt;Draft, compare and export cooperation agreements: memoranda of understanding, protocols and exchanges of letters, in French, English and Russian.&lt;/p&gt;&lt;p&gt;Works offline. Your data stays in one local file:&lt;br&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About MoU Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Navigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language &amp;Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewAgreementWizard</name>
    <message>
        <source>New Agreement from Template</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewEntryDialog</name>
    <message>
        <source>New Agreement in the Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its text is the agreement open in the editor:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a partner and give a title.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NodeEditor</name>
    <message>
        <source>Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert Cross-&amp;reference…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Heading:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an article, paragraph or recital to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recital</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NodeTextEdit</name>
    <message>
        <source>Paragraph text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutdatedDialog</name>
    <message>
        <source>Outdated Library Clauses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutlineView</name>
    <message>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerPage</name>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Status and Dates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agreement recorded with this partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the signed text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to save a copy of the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesController</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences saved; they take effect at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes take effect the next time MoU Studio starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsDock</name>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply &amp;Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionField</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(one per line)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionnairePage</name>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load Answers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Answers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> &lt;i&gt;(optional)&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Common gaps:&lt;/i&gt; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers files (*.toml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Answers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferencePicker</name>
    <message>
        <source>Insert Cross-reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterController</name>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Shown Rows as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Agreement in Register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link Entry to Open Agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;dit Status and Dates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach Signed Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rel&amp;oad Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This agreement has no text in MoU Studio; its partner is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an agreement in the register first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an agreement in the editor and select a register entry first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to Open Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register entry saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which version was signed? (0: none yet; versions saved: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterDock</name>
    <message>
        <source>Agreements Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of names and dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due in 90 Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements Re&amp;gister</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterFiles</name>
    <message>
        <source>Import Register CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; the register was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

%2

Import the valid rows and skip these?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Register CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n agreement(s)</source>
        <translation>
            <numerusform>Exported %n agreement</numerusform>
            <numerusform>Exported %n agreements</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an agreement in the register first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach Signed Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed copies (*.pdf *.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Signed Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterLabels</name>
    <message>
        <source>Idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discontinued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customs administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day for notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterTableModel</name>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>Search partner, title, subject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due in %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup to restore. The current database is kept as a backup first, so this can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup of this database yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Unexpected error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateChoicePage</name>
    <message>
        <source>Choose a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language versions:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatePreviewPage</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish creates the agreement; you can edit it afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The linter reports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The linter reports no problem.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionsPanel</name>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the two selected versions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_VariantEditor</name>
    <message>
        <source>When may a negotiator use this wording?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>An unexpected error occurred:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
