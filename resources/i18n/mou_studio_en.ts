<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgreementList</name>
    <message>
        <source>MoU</source>
        <translation>MoU</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>agreement</translation>
    </message>
    <message>
        <source>protocol</source>
        <translation>protocol</translation>
    </message>
    <message>
        <source>exchange of letters</source>
        <translation>exchange of letters</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n version</numerusform>
            <numerusform>%n versions</numerusform>
        </translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Back Up Now</translation>
    </message>
    <message>
        <source>Restore from Bac&amp;kup…</source>
        <translation>Restore from Bac&amp;kup…</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Backed up to %1</translation>
    </message>
    <message>
        <source>The unsaved changes to these agreements will be discarded:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restore from Backup</translation>
    </message>
    <message>
        <source>Replace the current database with the backup %1?

The current database is kept as a backup first.</source>
        <translation>Replace the current database with the backup %1?

The current database is kept as a backup first.</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>The backup was restored.</translation>
    </message>
</context>
<context>
    <name>ChangeList</name>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>reworded</source>
        <translation>reworded</translation>
    </message>
    <message>
        <source>renumbered only</source>
        <translation>renumbered only</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>moved</translation>
    </message>
    <message>
        <source>moved and reworded</source>
        <translation>moved and reworded</translation>
    </message>
    <message>
        <source>inserted</source>
        <translation>inserted</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
</context>
<context>
    <name>ClauseDialog</name>
    <message>
        <source>Edit Clause</source>
        <translation>Edit Clause</translation>
    </message>
    <message>
        <source>New Clause</source>
        <translation>New Clause</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>comma-separated</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Title (%1)</source>
        <translation>Title (%1)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>A clause needs its text in at least one language (preferred wording).</source>
        <translation>A clause needs its text in at least one language (preferred wording).</translation>
    </message>
    <message>
        <source>this clause</source>
        <translation>this clause</translation>
    </message>
</context>
<context>
    <name>ClauseResultList</name>
    <message>
        <source>Library clauses</source>
        <translation>Library clauses</translation>
    </message>
</context>
<context>
    <name>CompareController</name>
    <message>
        <source>Agreements (*.docx *.txt *.json);;All files (*)</source>
        <translation>Agreements (*.docx *.txt *.json);;All files (*)</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Compare</translation>
    </message>
    <message>
        <source>Two &amp;Files…</source>
        <translation>Two &amp;Files…</translation>
    </message>
    <message>
        <source>Two &amp;Versions of This Agreement…</source>
        <translation>Two &amp;Versions of This Agreement…</translation>
    </message>
    <message>
        <source>Old Version</source>
        <translation>Old Version</translation>
    </message>
    <message>
        <source>New Version</source>
        <translation>New Version</translation>
    </message>
    <message>
        <source>Reading the two files…</source>
        <translation>Reading the two files…</translation>
    </message>
    <message>
        <source>Accept All</source>
        <translation>Accept All</translation>
    </message>
    <message>
        <source>Reject All</source>
        <translation>Reject All</translation>
    </message>
    <message>
        <source>Open an agreement first.</source>
        <translation>Open an agreement first.</translation>
    </message>
    <message>
        <source>Working copy</source>
        <translation>Working copy</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Compare Versions</source>
        <translation>Compare Versions</translation>
    </message>
    <message>
        <source>Old version:</source>
        <translation>Old version:</translation>
    </message>
    <message>
        <source>New version:</source>
        <translation>New version:</translation>
    </message>
</context>
<context>
    <name>ComparePanes</name>
    <message>
        <source>Aligned clauses, old and new</source>
        <translation>Aligned clauses, old and new</translation>
    </message>
    <message>
        <source>&lt;b&gt;Old:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Old:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;New:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;New:&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>CompareSession</name>
    <message>
        <source>Comparing clauses…</source>
        <translation>Comparing clauses…</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparing…</translation>
    </message>
    <message>
        <source>Comparing the two versions…</source>
        <translation>Comparing the two versions…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <source>%n reworded</source>
        <translation>
            <numerusform>%n reworded</numerusform>
            <numerusform>%n reworded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n renumbered only</source>
        <translation>
            <numerusform>%n renumbered only</numerusform>
            <numerusform>%n renumbered only</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%n moved</numerusform>
            <numerusform>%n moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved and reworded</source>
        <translation>
            <numerusform>%n moved and reworded</numerusform>
            <numerusform>%n moved and reworded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inserted</source>
        <translation>
            <numerusform>%n inserted</numerusform>
            <numerusform>%n inserted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n deleted</numerusform>
            <numerusform>%n deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare cancelled.</source>
        <translation>Compare cancelled.</translation>
    </message>
    <message>
        <source>No more changes</source>
        <translation>No more changes</translation>
    </message>
    <message>
        <source>No changes to show</source>
        <translation>No changes to show</translation>
    </message>
    <message>
        <source>Redline</source>
        <translation>Redline</translation>
    </message>
    <message>
        <source>Blackline</source>
        <translation>Blackline</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Export %1</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Written: %1</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Compare — %1</source>
        <translation>Compare — %1</translation>
    </message>
    <message>
        <source>&amp;Next Change</source>
        <translation>&amp;Next Change</translation>
    </message>
    <message>
        <source>&amp;Previous Change</source>
        <translation>&amp;Previous Change</translation>
    </message>
    <message>
        <source>Ignore &amp;Case</source>
        <translation>Ignore &amp;Case</translation>
    </message>
    <message>
        <source>Ignore &amp;Whitespace and Punctuation</source>
        <translation>Ignore &amp;Whitespace and Punctuation</translation>
    </message>
    <message>
        <source>Ignore Ren&amp;umbering</source>
        <translation>Ignore Ren&amp;umbering</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the comparison ignores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Redline…</source>
        <translation>Export &amp;Redline…</translation>
    </message>
    <message>
        <source>Export &amp;Blackline…</source>
        <translation>Export &amp;Blackline…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Compare</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Agreement text</source>
        <translation>Agreement text</translation>
    </message>
</context>
<context>
    <name>DraftingController</name>
    <message>
        <source>&amp;New from Template…</source>
        <translation>&amp;New from Template…</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>&amp;Problems</translation>
    </message>
    <message>
        <source>Creating the agreement…</source>
        <translation>Creating the agreement…</translation>
    </message>
    <message>
        <source>Agreement created</source>
        <translation>Agreement created</translation>
    </message>
</context>
<context>
    <name>DueTimeline</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message numerus="yes">
        <source>Nothing due in the next %n day(s)</source>
        <translation>
            <numerusform>Nothing due in the next %n day</numerusform>
            <numerusform>Nothing due in the next %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditorController</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save &amp;Version…</source>
        <translation>Save &amp;Version…</translation>
    </message>
    <message>
        <source>New &amp;Article</source>
        <translation>New &amp;Article</translation>
    </message>
    <message>
        <source>New &amp;Paragraph or Point</source>
        <translation>New &amp;Paragraph or Point</translation>
    </message>
    <message>
        <source>New Item Af&amp;ter</source>
        <translation>New Item Af&amp;ter</translation>
    </message>
    <message>
        <source>&amp;Delete Item</source>
        <translation>&amp;Delete Item</translation>
    </message>
    <message>
        <source>&amp;Indent</source>
        <translation>&amp;Indent</translation>
    </message>
    <message>
        <source>&amp;Outdent</source>
        <translation>&amp;Outdent</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Move &amp;Up</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Move Do&amp;wn</translation>
    </message>
    <message>
        <source>&amp;Merge with Next</source>
        <translation>&amp;Merge with Next</translation>
    </message>
    <message>
        <source>Insert Cross-&amp;reference…</source>
        <translation>Insert Cross-&amp;reference…</translation>
    </message>
    <message>
        <source>&amp;Structure</source>
        <translation>&amp;Structure</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>Editing</translation>
    </message>
    <message>
        <source>Edit Text</source>
        <translation>Edit Text</translation>
    </message>
    <message>
        <source>&amp;Edit Text</source>
        <translation>&amp;Edit Text</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished">Parties</translation>
    </message>
    <message>
        <source>Par&amp;ties and Short Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement could not be saved:
%1</source>
        <translation>The agreement could not be saved:
%1</translation>
    </message>
    <message>
        <source>Saved version %1.</source>
        <translation>Saved version %1.</translation>
    </message>
    <message>
        <source>Version %1 (read-only)</source>
        <translation>Version %1 (read-only)</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Undo History</translation>
    </message>
    <message>
        <source>Undo &amp;History</source>
        <translation>Undo &amp;History</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Ver&amp;sions</source>
        <translation>Ver&amp;sions</translation>
    </message>
    <message>
        <source>Select an article, paragraph or point in the outline first.</source>
        <translation>Select an article, paragraph or point in the outline first.</translation>
    </message>
    <message>
        <source>Select the paragraph that will hold the reference.</source>
        <translation>Select the paragraph that will hold the reference.</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Autosave failed: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Save Version</source>
        <translation>Save Version</translation>
    </message>
    <message>
        <source>Name of the version (e.g. “sent to the partner”):</source>
        <translation>Name of the version (e.g. “sent to the partner”):</translation>
    </message>
    <message>
        <source>Unsaved work from the last session could not be read:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Unsaved Work</source>
        <translation>Restore Unsaved Work</translation>
    </message>
    <message>
        <source>MoU Studio found unsaved changes to “%1”, autosaved at %2 UTC.

Restore them?</source>
        <translation>MoU Studio found unsaved changes to “%1”, autosaved at %2 UTC.

Restore them?</translation>
    </message>
    <message>
        <source>Unsaved work restored.</source>
        <translation>Unsaved work restored.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some agreements have unsaved changes. Save them before closing?</source>
        <translation>Some agreements have unsaved changes. Save them before closing?</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Edit Register Entry</source>
        <translation>Edit Register Entry</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Comes into effect</source>
        <translation>Comes into effect</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Notice period (days)</source>
        <translation>Notice period (days)</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished">Signatures</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Export cancelled: no file was written.</translation>
    </message>
    <message>
        <source>Exported: %1</source>
        <translation>Exported: %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Word document (.docx)</source>
        <translation>Word document (.docx)</translation>
    </message>
    <message>
        <source>PDF (through LibreOffice)</source>
        <translation>PDF (through LibreOffice)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Languages:</translation>
    </message>
    <message>
        <source>One after another</source>
        <translation>One after another</translation>
    </message>
    <message>
        <source>Side by side, in columns</source>
        <translation>Side by side, in columns</translation>
    </message>
    <message>
        <source>One file per language</source>
        <translation>One file per language</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Layout:</translation>
    </message>
    <message>
        <source>Alternat: one original per party, naming that party first</source>
        <translation>Alternat: one original per party, naming that party first</translation>
    </message>
    <message>
        <source>Stamp as draft (PROJET / DRAFT)</source>
        <translation>Stamp as draft (PROJET / DRAFT)</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Save as:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Document properties (left empty: nothing recorded)</source>
        <translation>Document properties (left empty: nothing recorded)</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Author:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Company:</translation>
    </message>
    <message>
        <source>Keywords:</source>
        <translation>Keywords:</translation>
    </message>
    <message>
        <source>First page preview</source>
        <translation>First page preview</translation>
    </message>
    <message>
        <source>Install LibreOffice to see a preview (Debian: libreoffice-writer-nogui).</source>
        <translation>Install LibreOffice to see a preview (Debian: libreoffice-writer-nogui).</translation>
    </message>
    <message>
        <source>&amp;Preview first page</source>
        <translation>&amp;Preview first page</translation>
    </message>
    <message>
        <source>Export as</source>
        <translation>Export as</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Rendering the first page…</source>
        <translation>Rendering the first page…</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Import an Agreement</source>
        <translation>Import an Agreement</translation>
    </message>
    <message>
        <source>Agreements (*.txt *.docx);;All files (*)</source>
        <translation>Agreements (*.txt *.docx);;All files (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Import the text with every change accepted, or as it was before the changes?</source>
        <translation>Import the text with every change accepted, or as it was before the changes?</translation>
    </message>
    <message>
        <source>&amp;Accept All</source>
        <translation>&amp;Accept All</translation>
    </message>
    <message>
        <source>&amp;Reject All</source>
        <translation>&amp;Reject All</translation>
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
        <translation>Import cancelled; nothing was stored.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>MoU</source>
        <translation>MoU</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>agreement</translation>
    </message>
    <message>
        <source>protocol</source>
        <translation>protocol</translation>
    </message>
    <message>
        <source>exchange of letters</source>
        <translation>exchange of letters</translation>
    </message>
    <message>
        <source>regulation</source>
        <translation>regulation</translation>
    </message>
    <message>
        <source>directive</source>
        <translation>directive</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>decision</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>recommendation</translation>
    </message>
    <message>
        <source>other text</source>
        <translation>other text</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <source>Detected structure</source>
        <translation>Detected structure</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&lt;b&gt;Import report&lt;/b&gt;</source>
        <translation>&lt;b&gt;Import report&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s), lines %1–%2</source>
        <translation>
            <numerusform>%n article, lines %1–%2</numerusform>
            <numerusform>%n articles, lines %1–%2</numerusform>
        </translation>
    </message>
    <message>
        <source>dropped line %1 (%2): %3</source>
        <translation>dropped line %1 (%2): %3</translation>
    </message>
    <message>
        <source>unresolved reference: %1</source>
        <translation>unresolved reference: %1</translation>
    </message>
    <message>
        <source>Nothing to report.</source>
        <translation>Nothing to report.</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Recitals</source>
        <translation>Recitals</translation>
    </message>
    <message>
        <source>Operative text</source>
        <translation>Operative text</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Annexes</source>
        <translation>Annexes</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <source>Clause Library</source>
        <translation>Clause Library</translation>
    </message>
    <message>
        <source>Clause &amp;Library</source>
        <translation>Clause &amp;Library</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Library</translation>
    </message>
    <message>
        <source>&amp;Search Clauses</source>
        <translation>&amp;Search Clauses</translation>
    </message>
    <message>
        <source>&amp;Outdated Clauses in Agreements…</source>
        <translation>&amp;Outdated Clauses in Agreements…</translation>
    </message>
    <message>
        <source>Lin&amp;k Clauses from Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Clause Pack…</source>
        <translation>&amp;Export Clause Pack…</translation>
    </message>
    <message>
        <source>&amp;Import Clause Pack…</source>
        <translation>&amp;Import Clause Pack…</translation>
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
        <translation>Added clause %1.</translation>
    </message>
    <message>
        <source>Clause %1 is now at version %2; the old version is kept.</source>
        <translation>Clause %1 is now at version %2; the old version is kept.</translation>
    </message>
    <message>
        <source>Duplicate Clause</source>
        <translation>Duplicate Clause</translation>
    </message>
    <message>
        <source>Identifier of the copy:</source>
        <translation>Identifier of the copy:</translation>
    </message>
    <message>
        <source>Copied to the draft clause %1.</source>
        <translation>Copied to the draft clause %1.</translation>
    </message>
    <message>
        <source>Withdraw Clause</source>
        <translation>Withdraw Clause</translation>
    </message>
    <message>
        <source>Withdraw %1? Agreements keep their text; the clause is no longer offered in searches.</source>
        <translation>Withdraw %1? Agreements keep their text; the clause is no longer offered in searches.</translation>
    </message>
    <message>
        <source>Withdrew clause %1 (version %2).</source>
        <translation>Withdrew clause %1 (version %2).</translation>
    </message>
    <message>
        <source>Insert Clause</source>
        <translation>Insert Clause</translation>
    </message>
    <message>
        <source>Value for {%1} (e.g. &apos;3 months&apos;):</source>
        <translation>Value for {%1} (e.g. &apos;3 months&apos;):</translation>
    </message>
    <message>
        <source>Open an agreement first.</source>
        <translation>Open an agreement first.</translation>
    </message>
    <message>
        <source>Clause inserted.</source>
        <translation>Clause inserted.</translation>
    </message>
    <message>
        <source>Matching the articles with the library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <source>Linking cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement changed while its clauses were being matched; link them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Linked %n article(s) or paragraph(s) to library clauses.</source>
        <translation>
            <numerusform>Linked %n article or paragraph to library clauses.</numerusform>
            <numerusform>Linked %n articles or paragraphs to library clauses.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close to a library clause but not linked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link Clauses from Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Clause Pack</source>
        <translation>Export Clause Pack</translation>
    </message>
    <message>
        <source>Clause packs (*.json)</source>
        <translation>Clause packs (*.json)</translation>
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
        <translation>Import Clause Pack</translation>
    </message>
    <message>
        <source>Clause packs (*.json);;All files (*)</source>
        <translation>Clause packs (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Clause Pack Imported</source>
        <translation>Clause Pack Imported</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Search clauses (accents ignored)…</source>
        <translation>Search clauses (accents ignored)…</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>All topics</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>All languages</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>The wording to insert</source>
        <translation>The wording to insert</translation>
    </message>
    <message>
        <source>&amp;Insert into Agreement</source>
        <translation>&amp;Insert into Agreement</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>New…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Duplicate…</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>v%1 · %2 · %3</source>
        <translation>v%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>MainController</name>
    <message>
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
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
        <translation>The database could not be opened.</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Open Database</translation>
    </message>
    <message>
        <source>MoU Studio databases (*.db *.sqlite);;All files (*)</source>
        <translation>MoU Studio databases (*.db *.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Find in the agreement:</source>
        <translation>Find in the agreement:</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Not found: %1</translation>
    </message>
    <message>
        <source>About MoU Studio</source>
        <translation>About MoU Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MoU Studio %1&lt;/h3&gt;&lt;p&gt;Draft, compare and export cooperation agreements: memoranda of understanding, protocols and exchanges of letters, in French, English and Russian.&lt;/p&gt;&lt;p&gt;Works offline. Your data stays in one local file:&lt;br&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MoU Studio %1&lt;/h3&gt;&lt;p&gt;Draft, compare and export cooperation agreements: memoranda of understanding, protocols and exchanges of letters, in French, English and Russian.&lt;/p&gt;&lt;p&gt;Works offline. Your data stays in one local file:&lt;br&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Outline</translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation>Navigator</translation>
    </message>
    <message>
        <source>Open &amp;Database…</source>
        <translation>Open &amp;Database…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Select &amp;All</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Find &amp;Next</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Find Pre&amp;vious</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Actual Size</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>&amp;About MoU Studio</source>
        <translation>&amp;About MoU Studio</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Navigator</source>
        <translation>&amp;Navigator</translation>
    </message>
    <message>
        <source>Language &amp;Version</source>
        <translation>Language &amp;Version</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>NewAgreementWizard</name>
    <message>
        <source>New Agreement from Template</source>
        <translation>New Agreement from Template</translation>
    </message>
</context>
<context>
    <name>NewEntryDialog</name>
    <message>
        <source>New Agreement in the Register</source>
        <translation>New Agreement in the Register</translation>
    </message>
    <message>
        <source>Its text is the agreement open in the editor:
%1</source>
        <translation>Its text is the agreement open in the editor:
%1</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Choose a partner and give a title.</source>
        <translation>Choose a partner and give a title.</translation>
    </message>
</context>
<context>
    <name>NodeEditor</name>
    <message>
        <source>Heading</source>
        <translation>Heading</translation>
    </message>
    <message>
        <source>Insert Cross-&amp;reference…</source>
        <translation>Insert Cross-&amp;reference…</translation>
    </message>
    <message>
        <source>&amp;Heading:</source>
        <translation>&amp;Heading:</translation>
    </message>
    <message>
        <source>Select an article, paragraph or recital to edit it.</source>
        <translation>Select an article, paragraph or recital to edit it.</translation>
    </message>
    <message>
        <source>Recital</source>
        <translation>Recital</translation>
    </message>
</context>
<context>
    <name>NodeTextEdit</name>
    <message>
        <source>Paragraph text</source>
        <translation>Paragraph text</translation>
    </message>
</context>
<context>
    <name>OutdatedDialog</name>
    <message>
        <source>Outdated Library Clauses</source>
        <translation>Outdated Library Clauses</translation>
    </message>
    <message>
        <source>No agreement uses an outdated library clause.</source>
        <translation>No agreement uses an outdated library clause.</translation>
    </message>
    <message>
        <source>%1: version %2 → %3 (%4)</source>
        <translation>%1: version %2 → %3 (%4)</translation>
    </message>
</context>
<context>
    <name>OutlineView</name>
    <message>
        <source>Outline</source>
        <translation>Outline</translation>
    </message>
</context>
<context>
    <name>PartiesPanel</name>
    <message>
        <source>Parties and defined short names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished">Full name</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished">Short name</translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>New Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short identifier, e.g. oecd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K&amp;ind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acronym in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerPage</name>
    <message>
        <source>Partner</source>
        <translation type="unfinished">Partner</translation>
    </message>
    <message>
        <source>Choose a partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Open in Editor</source>
        <translation>Open in Editor</translation>
    </message>
    <message>
        <source>Edit Status and Dates…</source>
        <translation>Edit Status and Dates…</translation>
    </message>
    <message>
        <source>Edit Partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agreement recorded with this partner</source>
        <translation>No agreement recorded with this partner</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>date unknown</translation>
    </message>
    <message>
        <source>Signed by %1</source>
        <translation>Signed by %1</translation>
    </message>
    <message>
        <source> (the signed text)</source>
        <translation> (the signed text)</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Signed copy: %1</source>
        <translation>Signed copy: %1</translation>
    </message>
    <message>
        <source>Double-click to save a copy of the file</source>
        <translation>Double-click to save a copy of the file</translation>
    </message>
</context>
<context>
    <name>PreferencesController</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>Preferences saved; they take effect at the next start.</source>
        <translation>Preferences saved; they take effect at the next start.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>Interface &amp;language:</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Appearance:</translation>
    </message>
    <message>
        <source>Changes take effect the next time MoU Studio starts.</source>
        <translation>Changes take effect the next time MoU Studio starts.</translation>
    </message>
</context>
<context>
    <name>ProblemsDock</name>
    <message>
        <source>✖ error</source>
        <translation>✖ error</translation>
    </message>
    <message>
        <source>⚠ warning</source>
        <translation>⚠ warning</translation>
    </message>
    <message>
        <source>ℹ note</source>
        <translation>ℹ note</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>&amp;Problems</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Apply &amp;Fix</source>
        <translation>Apply &amp;Fix</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>Check &amp;Again</translation>
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
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Its article (la, the…)</source>
        <translation>Its article (la, the…)</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Short name&apos;s article</source>
        <translation>Short name&apos;s article</translation>
    </message>
    <message>
        <source>Signatory&apos;s title</source>
        <translation>Signatory&apos;s title</translation>
    </message>
    <message>
        <source>Place of signature</source>
        <translation>Place of signature</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation>Date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>(one per line)</source>
        <translation>(one per line)</translation>
    </message>
</context>
<context>
    <name>QuestionnairePage</name>
    <message>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>&amp;Load Answers…</source>
        <translation>&amp;Load Answers…</translation>
    </message>
    <message>
        <source>&amp;Save Answers…</source>
        <translation>&amp;Save Answers…</translation>
    </message>
    <message>
        <source> &lt;i&gt;(optional)&lt;/i&gt;</source>
        <translation> &lt;i&gt;(optional)&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Common gaps:&lt;/i&gt; </source>
        <translation>&lt;i&gt;Common gaps:&lt;/i&gt; </translation>
    </message>
    <message>
        <source>Load Answers</source>
        <translation>Load Answers</translation>
    </message>
    <message>
        <source>Answers files (*.toml)</source>
        <translation>Answers files (*.toml)</translation>
    </message>
    <message>
        <source>Save Answers</source>
        <translation>Save Answers</translation>
    </message>
</context>
<context>
    <name>ReferencePicker</name>
    <message>
        <source>Insert Cross-reference</source>
        <translation>Insert Cross-reference</translation>
    </message>
    <message>
        <source>Reference target</source>
        <translation>Reference target</translation>
    </message>
</context>
<context>
    <name>RegisterController</name>
    <message>
        <source>Agreements Re&amp;gister</source>
        <translation>Agreements Re&amp;gister</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <source>Show &amp;Register</source>
        <translation>Show &amp;Register</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Import CSV…</translation>
    </message>
    <message>
        <source>&amp;Export Shown Rows as CSV…</source>
        <translation>&amp;Export Shown Rows as CSV…</translation>
    </message>
    <message>
        <source>&amp;New Agreement in Register…</source>
        <translation>&amp;New Agreement in Register…</translation>
    </message>
    <message>
        <source>&amp;Link Entry to Open Agreement…</source>
        <translation>&amp;Link Entry to Open Agreement…</translation>
    </message>
    <message>
        <source>E&amp;dit Status and Dates…</source>
        <translation>E&amp;dit Status and Dates…</translation>
    </message>
    <message>
        <source>&amp;Attach Signed Copy…</source>
        <translation>&amp;Attach Signed Copy…</translation>
    </message>
    <message>
        <source>Rel&amp;oad Register</source>
        <translation>Rel&amp;oad Register</translation>
    </message>
    <message>
        <source>Delete Entr&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w Partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dele&amp;te Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This agreement has no text in MoU Studio; its partner is shown.</source>
        <translation>This agreement has no text in MoU Studio; its partner is shown.</translation>
    </message>
    <message>
        <source>Delete Entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Which version was signed? (0: none yet; %n version(s) saved)</source>
        <translation>
            <numerusform>Which version was signed? (0: none yet; %n version saved)</numerusform>
            <numerusform>Which version was signed? (0: none yet; %n versions saved)</numerusform>
        </translation>
    </message>
    <message>
        <source>Link Entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Partner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a partner&apos;s agreement in the register first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Partner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 still has agreements in the register; delete them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Partner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an agreement in the register first.</source>
        <translation>Select an agreement in the register first.</translation>
    </message>
    <message>
        <source>Open an agreement in the editor and select a register entry first.</source>
        <translation>Open an agreement in the editor and select a register entry first.</translation>
    </message>
    <message>
        <source>Link to Open Agreement</source>
        <translation>Link to Open Agreement</translation>
    </message>
</context>
<context>
    <name>RegisterDock</name>
    <message>
        <source>Agreements Register</source>
        <translation>Agreements Register</translation>
    </message>
    <message>
        <source>Language of names and dates</source>
        <translation>Language of names and dates</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n Day(s)</source>
        <translation>
            <numerusform>Due in %n Day</numerusform>
            <numerusform>Due in %n Days</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreements Re&amp;gister</source>
        <translation>Agreements Re&amp;gister</translation>
    </message>
</context>
<context>
    <name>RegisterFiles</name>
    <message>
        <source>Import Register CSV</source>
        <translation>Import Register CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Import cancelled; the register was not changed.</source>
        <translation>Import cancelled; the register was not changed.</translation>
    </message>
    <message>
        <source>%1

%2

Import the valid rows and skip these?</source>
        <translation>%1

%2

Import the valid rows and skip these?</translation>
    </message>
    <message>
        <source>Imported: %1, %2.</source>
        <translation>Imported: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n new agreement(s)</source>
        <translation>
            <numerusform>%n new agreement</numerusform>
            <numerusform>%n new agreements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated agreement(s)</source>
        <translation>
            <numerusform>%n updated agreement</numerusform>
            <numerusform>%n updated agreements</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Register CSV</source>
        <translation>Export Register CSV</translation>
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
        <translation>Select an agreement in the register first.</translation>
    </message>
    <message>
        <source>Attach Signed Copy</source>
        <translation>Attach Signed Copy</translation>
    </message>
    <message>
        <source>Signed copies (*.pdf *.docx)</source>
        <translation>Signed copies (*.pdf *.docx)</translation>
    </message>
    <message>
        <source>Save Signed Copy</source>
        <translation>Save Signed Copy</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
</context>
<context>
    <name>RegisterLabels</name>
    <message>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>Drafting</source>
        <translation>Drafting</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Negotiation</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>In effect</source>
        <translation>In effect</translation>
    </message>
    <message>
        <source>Discontinued</source>
        <translation>Discontinued</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>International organisation</translation>
    </message>
    <message>
        <source>Customs administration</source>
        <translation>Customs administration</translation>
    </message>
    <message>
        <source>Police agency</source>
        <translation>Police agency</translation>
    </message>
    <message>
        <source>Regional centre</source>
        <translation>Regional centre</translation>
    </message>
    <message>
        <source>Government body</source>
        <translation>Government body</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Last day for notice</source>
        <translation>Last day for notice</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiry</translation>
    </message>
</context>
<context>
    <name>RegisterTableModel</name>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>Search partner, title, subject…</source>
        <translation>Search partner, title, subject…</translation>
    </message>
    <message>
        <source>Signed before</source>
        <translation>Signed before</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Due in %n day</numerusform>
            <numerusform>Due in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreements register</source>
        <translation>Agreements register</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>Restore from Backup</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Choose the backup to restore. The current database is kept as a backup first, so this can be undone.</source>
        <translation>Choose the backup to restore. The current database is kept as a backup first, so this can be undone.</translation>
    </message>
    <message>
        <source>There is no backup of this database yet.</source>
        <translation>There is no backup of this database yet.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
</context>
<context>
    <name>SignaturesEditor</name>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As precisely as known: YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished">Signatures</translation>
    </message>
    <message>
        <source>&amp;Add Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Unexpected error: %1</translation>
    </message>
</context>
<context>
    <name>TemplateChoicePage</name>
    <message>
        <source>Choose a template</source>
        <translation>Choose a template</translation>
    </message>
    <message>
        <source>Language versions:</source>
        <translation>Language versions:</translation>
    </message>
</context>
<context>
    <name>TemplatePreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Finish creates the agreement; you can edit it afterwards.</source>
        <translation>Finish creates the agreement; you can edit it afterwards.</translation>
    </message>
    <message>
        <source>The linter reports:</source>
        <translation>The linter reports:</translation>
    </message>
    <message>
        <source>The linter reports no problem.</source>
        <translation>The linter reports no problem.</translation>
    </message>
</context>
<context>
    <name>VersionsPanel</name>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Saved (UTC)</source>
        <translation>Saved (UTC)</translation>
    </message>
    <message>
        <source>&amp;Save Version…</source>
        <translation>&amp;Save Version…</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>Sho&amp;w</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Co&amp;mpare</translation>
    </message>
    <message>
        <source>Compare the two selected versions</source>
        <translation>Compare the two selected versions</translation>
    </message>
</context>
<context>
    <name>_VariantEditor</name>
    <message>
        <source>When may a negotiator use this wording?</source>
        <translation>When may a negotiator use this wording?</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>An unexpected error occurred:</source>
        <translation>An unexpected error occurred:</translation>
    </message>
</context>
<context>
    <name>library</name>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>binding (treaty)</source>
        <translation>binding (treaty)</translation>
    </message>
    <message>
        <source>non-binding (MoU)</source>
        <translation>non-binding (MoU)</translation>
    </message>
    <message>
        <source>treaty or MoU</source>
        <translation>treaty or MoU</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>Preferred</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>Fallback</translation>
    </message>
    <message>
        <source>Last resort</source>
        <translation>Last resort</translation>
    </message>
</context>
</TS>
