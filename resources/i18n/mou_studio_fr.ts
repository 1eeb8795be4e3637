<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AgreementList</name>
    <message>
        <source>MoU</source>
        <translation>protocole d&apos;accord</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>accord</translation>
    </message>
    <message>
        <source>protocol</source>
        <translation>protocole</translation>
    </message>
    <message>
        <source>exchange of letters</source>
        <translation>échange de lettres</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Accords</translation>
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
        <translation>(sans titre)</translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Restore from Bac&amp;kup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Sauvegardé dans %1</translation>
    </message>
    <message>
        <source>The unsaved changes to these agreements will be discarded:
%1</source>
        <translation>Les modifications non enregistrées de ces accords seront abandonnées :
%1</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Replace the current database with the backup %1?

The current database is kept as a backup first.</source>
        <translation>Remplacer la base de données actuelle par la sauvegarde %1 ?

La base actuelle est d&apos;abord conservée comme sauvegarde.</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>La sauvegarde a été restaurée.</translation>
    </message>
</context>
<context>
    <name>ChangeList</name>
    <message>
        <source>unchanged</source>
        <translation>inchangée</translation>
    </message>
    <message>
        <source>reworded</source>
        <translation>reformulée</translation>
    </message>
    <message>
        <source>renumbered only</source>
        <translation>renumérotée seulement</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>déplacée</translation>
    </message>
    <message>
        <source>moved and reworded</source>
        <translation>déplacée et reformulée</translation>
    </message>
    <message>
        <source>inserted</source>
        <translation>insérée</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
</context>
<context>
    <name>ClauseDialog</name>
    <message>
        <source>Edit Clause</source>
        <translation>Modifier la clause</translation>
    </message>
    <message>
        <source>New Clause</source>
        <translation>Nouvelle clause</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>séparés par des virgules</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Portée juridique</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Title (%1)</source>
        <translation>Intitulé (%1)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>A clause needs its text in at least one language (preferred wording).</source>
        <translation>Une clause doit avoir son texte dans au moins une langue (formulation privilégiée).</translation>
    </message>
    <message>
        <source>this clause</source>
        <translation>cette clause</translation>
    </message>
</context>
<context>
    <name>ClauseResultList</name>
    <message>
        <source>Library clauses</source>
        <translation>Clauses de la bibliothèque</translation>
    </message>
</context>
<context>
    <name>CompareController</name>
    <message>
        <source>Agreements (*.docx *.txt *.json);;All files (*)</source>
        <translation>Accords (*.docx *.txt *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <source>Two &amp;Files…</source>
        <translation>Deux &amp;fichiers…</translation>
    </message>
    <message>
        <source>Two &amp;Versions of This Agreement…</source>
        <translation>Deux &amp;versions de cet accord…</translation>
    </message>
    <message>
        <source>Old Version</source>
        <translation>Ancienne version</translation>
    </message>
    <message>
        <source>New Version</source>
        <translation>Nouvelle version</translation>
    </message>
    <message>
        <source>Reading the two files…</source>
        <translation>Lecture des deux fichiers…</translation>
    </message>
    <message>
        <source>Accept All</source>
        <translation>Tout accepter</translation>
    </message>
    <message>
        <source>Reject All</source>
        <translation>Tout refuser</translation>
    </message>
    <message>
        <source>Open an agreement first.</source>
        <translation>Ouvrez d&apos;abord un accord.</translation>
    </message>
    <message>
        <source>Working copy</source>
        <translation>Copie de travail</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Compare Versions</source>
        <translation>Comparer des versions</translation>
    </message>
    <message>
        <source>Old version:</source>
        <translation>Ancienne version :</translation>
    </message>
    <message>
        <source>New version:</source>
        <translation>Nouvelle version :</translation>
    </message>
</context>
<context>
    <name>ComparePanes</name>
    <message>
        <source>Aligned clauses, old and new</source>
        <translation>Clauses alignées, ancienne et nouvelle version</translation>
    </message>
    <message>
        <source>&lt;b&gt;Old:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Ancienne :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;New:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Nouvelle :&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>CompareSession</name>
    <message>
        <source>Comparing clauses…</source>
        <translation>Comparaison des clauses…</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparaison…</translation>
    </message>
    <message>
        <source>Comparing the two versions…</source>
        <translation>Comparaison des deux versions…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>%n reworded</source>
        <translation>
            <numerusform>%n reformulée</numerusform>
            <numerusform>%n reformulées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n renumbered only</source>
        <translation>
            <numerusform>%n seulement renumérotée</numerusform>
            <numerusform>%n seulement renumérotées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%n déplacée</numerusform>
            <numerusform>%n déplacées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved and reworded</source>
        <translation>
            <numerusform>%n déplacée et reformulée</numerusform>
            <numerusform>%n déplacées et reformulées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inserted</source>
        <translation>
            <numerusform>%n insérée</numerusform>
            <numerusform>%n insérées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n supprimée</numerusform>
            <numerusform>%n supprimées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangée</numerusform>
            <numerusform>%n inchangées</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare cancelled.</source>
        <translation>Comparaison annulée.</translation>
    </message>
    <message>
        <source>No more changes</source>
        <translation>Plus de modification</translation>
    </message>
    <message>
        <source>No changes to show</source>
        <translation>Aucune modification à afficher</translation>
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
        <translation>Exporter le %1</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Écrit : %1</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Compare — %1</source>
        <translation>Comparaison — %1</translation>
    </message>
    <message>
        <source>&amp;Next Change</source>
        <translation>Modification &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Previous Change</source>
        <translation>Modification &amp;précédente</translation>
    </message>
    <message>
        <source>Ignore &amp;Case</source>
        <translation>Ignorer la &amp;casse</translation>
    </message>
    <message>
        <source>Ignore &amp;Whitespace and Punctuation</source>
        <translation>Ignorer les &amp;espaces et la ponctuation</translation>
    </message>
    <message>
        <source>Ignore Ren&amp;umbering</source>
        <translation>Ignorer la ren&amp;umérotation</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>What the comparison ignores</source>
        <translation>Ce que la comparaison ignore</translation>
    </message>
    <message>
        <source>Comparison options</source>
        <translation>Options de comparaison</translation>
    </message>
    <message>
        <source>Export &amp;Redline…</source>
        <translation>Exporter le &amp;redline…</translation>
    </message>
    <message>
        <source>Export &amp;Blackline…</source>
        <translation>Exporter le &amp;blackline…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Agreement text</source>
        <translation>Texte de l&apos;accord</translation>
    </message>
</context>
<context>
    <name>DraftingController</name>
    <message>
        <source>&amp;New from Template…</source>
        <translation>&amp;Nouveau à partir d&apos;un modèle…</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>&amp;Problèmes</translation>
    </message>
    <message>
        <source>Creating the agreement…</source>
        <translation>Création de l&apos;accord…</translation>
    </message>
    <message>
        <source>Agreement created</source>
        <translation>Accord créé</translation>
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
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message numerus="yes">
        <source>Nothing due in the next %n day(s)</source>
        <translation>
            <numerusform>Aucune échéance sous %n jour</numerusform>
            <numerusform>Aucune échéance sous %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditorController</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Réta&amp;blir</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;Version…</source>
        <translation>Enregistrer une &amp;version…</translation>
    </message>
    <message>
        <source>New &amp;Article</source>
        <translation>Nouvel &amp;article</translation>
    </message>
    <message>
        <source>New &amp;Paragraph or Point</source>
        <translation>Nouveau &amp;paragraphe ou alinéa</translation>
    </message>
    <message>
        <source>New Item Af&amp;ter</source>
        <translation>Nouvel élément à la s&amp;uite</translation>
    </message>
    <message>
        <source>&amp;Delete Item</source>
        <translation>&amp;Supprimer l&apos;élément</translation>
    </message>
    <message>
        <source>&amp;Indent</source>
        <translation>A&amp;baisser d&apos;un niveau</translation>
    </message>
    <message>
        <source>&amp;Outdent</source>
        <translation>Remon&amp;ter d&apos;un niveau</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>&amp;Merge with Next</source>
        <translation>&amp;Fusionner avec le suivant</translation>
    </message>
    <message>
        <source>Insert Cross-&amp;reference…</source>
        <translation>Insérer un ren&amp;voi…</translation>
    </message>
    <message>
        <source>&amp;Structure</source>
        <translation>&amp;Structure</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>Edit Text</source>
        <translation>Modifier le texte</translation>
    </message>
    <message>
        <source>&amp;Edit Text</source>
        <translation>&amp;Modifier le texte</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Par&amp;ties and Short Names</source>
        <translation>Parties et n&amp;oms abrégés</translation>
    </message>
    <message>
        <source>The agreement could not be saved:
%1</source>
        <translation>L&apos;accord n&apos;a pas pu être enregistré :
%1</translation>
    </message>
    <message>
        <source>Saved version %1.</source>
        <translation>Version %1 enregistrée.</translation>
    </message>
    <message>
        <source>Version %1 (read-only)</source>
        <translation>Version %1 (lecture seule)</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Historique des annulations</translation>
    </message>
    <message>
        <source>Undo &amp;History</source>
        <translation>&amp;Historique des annulations</translation>
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
        <translation>Sélectionnez d&apos;abord un article, un paragraphe ou un alinéa dans le plan.</translation>
    </message>
    <message>
        <source>Select the paragraph that will hold the reference.</source>
        <translation>Sélectionnez le paragraphe qui contiendra le renvoi.</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>L&apos;enregistrement automatique a échoué : %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Save Version</source>
        <translation>Enregistrer une version</translation>
    </message>
    <message>
        <source>Name of the version (e.g. “sent to the partner”):</source>
        <translation>Nom de la version (par ex. « envoyée au partenaire ») :</translation>
    </message>
    <message>
        <source>Unsaved work from the last session could not be read:
%1</source>
        <translation>Le travail non enregistré de la dernière session n&apos;a pas pu être lu :
%1</translation>
    </message>
    <message>
        <source>Restore Unsaved Work</source>
        <translation>Rétablir le travail non enregistré</translation>
    </message>
    <message>
        <source>MoU Studio found unsaved changes to “%1”, autosaved at %2 UTC.

Restore them?</source>
        <translation>MoU Studio a trouvé des modifications non enregistrées de « %1 », enregistrées automatiquement à %2 UTC.

Les rétablir ?</translation>
    </message>
    <message>
        <source>Unsaved work restored.</source>
        <translation>Travail non enregistré rétabli.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Some agreements have unsaved changes. Save them before closing?</source>
        <translation>Certains accords ont des modifications non enregistrées. Les enregistrer avant de fermer ?</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Edit Register Entry</source>
        <translation>Modifier l&apos;entrée du registre</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non renseignée</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Comes into effect</source>
        <translation>Entrée en vigueur</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Réexamen</translation>
    </message>
    <message>
        <source>Notice period (days)</source>
        <translation>Préavis (jours)</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
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
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Exportation annulée : aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Exported: %1</source>
        <translation>Exporté : %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Word document (.docx)</source>
        <translation>Document Word (.docx)</translation>
    </message>
    <message>
        <source>PDF (through LibreOffice)</source>
        <translation>PDF (par LibreOffice)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Langues :</translation>
    </message>
    <message>
        <source>One after another</source>
        <translation>L&apos;une après l&apos;autre</translation>
    </message>
    <message>
        <source>Side by side, in columns</source>
        <translation>Côte à côte, en colonnes</translation>
    </message>
    <message>
        <source>One file per language</source>
        <translation>Un fichier par langue</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Disposition :</translation>
    </message>
    <message>
        <source>Alternat: one original per party, naming that party first</source>
        <translation>Alternat : un original par Partie, qui y est nommée en premier</translation>
    </message>
    <message>
        <source>Stamp as draft (PROJET / DRAFT)</source>
        <translation>Marquer comme projet (PROJET / DRAFT)</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Enregistrer sous :</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Document properties (left empty: nothing recorded)</source>
        <translation>Propriétés du document (laissées vides : rien n&apos;est enregistré)</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Objet :</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Auteur :</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Organisation :</translation>
    </message>
    <message>
        <source>Keywords:</source>
        <translation>Mots-clés :</translation>
    </message>
    <message>
        <source>First page preview</source>
        <translation>Aperçu de la première page</translation>
    </message>
    <message>
        <source>Install LibreOffice to see a preview (Debian: libreoffice-writer-nogui).</source>
        <translation>Installez LibreOffice pour voir un aperçu (Debian : libreoffice-writer-nogui).</translation>
    </message>
    <message>
        <source>&amp;Preview first page</source>
        <translation>&amp;Aperçu de la première page</translation>
    </message>
    <message>
        <source>Export as</source>
        <translation>Exporter sous</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Document Word (*.docx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Rendering the first page…</source>
        <translation>Rendu de la première page…</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import an Agreement</source>
        <translation>Importer un accord</translation>
    </message>
    <message>
        <source>Agreements (*.txt *.docx);;All files (*)</source>
        <translation>Accords (*.txt *.docx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Import the text with every change accepted, or as it was before the changes?</source>
        <translation>Importer le texte avec toutes les modifications acceptées, ou tel qu&apos;il était avant ces modifications ?</translation>
    </message>
    <message>
        <source>&amp;Accept All</source>
        <translation>&amp;Tout accepter</translation>
    </message>
    <message>
        <source>&amp;Reject All</source>
        <translation>Tout &amp;refuser</translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s) imported</source>
        <translation>
            <numerusform>%n accord importé</numerusform>
            <numerusform>%n accords importés</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; nothing was stored.</source>
        <translation>Importation annulée ; rien n&apos;a été enregistré.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>MoU</source>
        <translation>protocole d&apos;accord</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>accord</translation>
    </message>
    <message>
        <source>protocol</source>
        <translation>protocole</translation>
    </message>
    <message>
        <source>exchange of letters</source>
        <translation>échange de lettres</translation>
    </message>
    <message>
        <source>regulation</source>
        <translation>règlement</translation>
    </message>
    <message>
        <source>directive</source>
        <translation>directive</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>décision</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>recommandation</translation>
    </message>
    <message>
        <source>other text</source>
        <translation>autre texte</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <source>Detected structure</source>
        <translation>Structure détectée</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Import report&lt;/b&gt;</source>
        <translation>&lt;b&gt;Rapport d&apos;importation&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s), lines %1–%2</source>
        <translation>
            <numerusform>%n article, lignes %1–%2</numerusform>
            <numerusform>%n articles, lignes %1–%2</numerusform>
        </translation>
    </message>
    <message>
        <source>dropped line %1 (%2): %3</source>
        <translation>ligne %1 écartée (%2) : %3</translation>
    </message>
    <message>
        <source>unresolved reference: %1</source>
        <translation>renvoi non résolu : %1</translation>
    </message>
    <message>
        <source>Nothing to report.</source>
        <translation>Rien à signaler.</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Recitals</source>
        <translation>Considérants</translation>
    </message>
    <message>
        <source>Operative text</source>
        <translation>Dispositif</translation>
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
        <translation>Bibliothèque de clauses</translation>
    </message>
    <message>
        <source>Clause &amp;Library</source>
        <translation>&amp;Bibliothèque de clauses</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothèque</translation>
    </message>
    <message>
        <source>&amp;Search Clauses</source>
        <translation>&amp;Rechercher des clauses</translation>
    </message>
    <message>
        <source>&amp;Outdated Clauses in Agreements…</source>
        <translation>Clauses &amp;périmées dans les accords…</translation>
    </message>
    <message>
        <source>Lin&amp;k Clauses from Library</source>
        <translation>&amp;Lier les clauses de la bibliothèque</translation>
    </message>
    <message>
        <source>&amp;Export Clause Pack…</source>
        <translation>&amp;Exporter un recueil de clauses…</translation>
    </message>
    <message>
        <source>&amp;Import Clause Pack…</source>
        <translation>&amp;Importer un recueil de clauses…</translation>
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
        <translation>Clause %1 ajoutée.</translation>
    </message>
    <message>
        <source>Clause %1 is now at version %2; the old version is kept.</source>
        <translation>La clause %1 passe à la version %2 ; l&apos;ancienne version est conservée.</translation>
    </message>
    <message>
        <source>Duplicate Clause</source>
        <translation>Dupliquer la clause</translation>
    </message>
    <message>
        <source>Identifier of the copy:</source>
        <translation>Identifiant de la copie :</translation>
    </message>
    <message>
        <source>Copied to the draft clause %1.</source>
        <translation>Copiée dans le projet de clause %1.</translation>
    </message>
    <message>
        <source>Withdraw Clause</source>
        <translation>Retirer la clause</translation>
    </message>
    <message>
        <source>Withdraw %1? Agreements keep their text; the clause is no longer offered in searches.</source>
        <translation>Retirer %1 ? Les accords conservent leur texte ; la clause n&apos;est plus proposée dans les recherches.</translation>
    </message>
    <message>
        <source>Withdrew clause %1 (version %2).</source>
        <translation>Clause %1 retirée (version %2).</translation>
    </message>
    <message>
        <source>Insert Clause</source>
        <translation>Insérer une clause</translation>
    </message>
    <message>
        <source>Value for {%1} (e.g. &apos;3 months&apos;):</source>
        <translation>Valeur de {%1} (par ex. « 3 mois ») :</translation>
    </message>
    <message>
        <source>Open an agreement first.</source>
        <translation>Ouvrez d&apos;abord un accord.</translation>
    </message>
    <message>
        <source>Clause inserted.</source>
        <translation>Clause insérée.</translation>
    </message>
    <message>
        <source>Matching the articles with the library…</source>
        <translation>Rapprochement des articles avec la bibliothèque…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Linking cancelled; nothing was changed.</source>
        <translation>Liaison annulée ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The agreement changed while its clauses were being matched; link them again.</source>
        <translation>L&apos;accord a été modifié pendant la recherche des clauses ; relancez la liaison.</translation>
    </message>
    <message numerus="yes">
        <source>Linked %n article(s) or paragraph(s) to library clauses.</source>
        <translation>
            <numerusform>%n article ou paragraphe lié à des clauses de la bibliothèque.</numerusform>
            <numerusform>%n articles ou paragraphes liés à des clauses de la bibliothèque.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close to a library clause but not linked:</source>
        <translation>Proches d&apos;une clause de la bibliothèque, mais non liés :</translation>
    </message>
    <message>
        <source>Link Clauses from Library</source>
        <translation>Lier les clauses de la bibliothèque</translation>
    </message>
    <message>
        <source>Export Clause Pack</source>
        <translation>Exporter un recueil de clauses</translation>
    </message>
    <message>
        <source>Clause packs (*.json)</source>
        <translation>Recueils de clauses (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n clause(s).</source>
        <translation>
            <numerusform>%n clause écrite.</numerusform>
            <numerusform>%n clauses écrites.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Clause Pack</source>
        <translation>Importer un recueil de clauses</translation>
    </message>
    <message>
        <source>Clause packs (*.json);;All files (*)</source>
        <translation>Recueils de clauses (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Clause Pack Imported</source>
        <translation>Recueil de clauses importé</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Search clauses (accents ignored)…</source>
        <translation>Rechercher des clauses (sans tenir compte des accents)…</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>The wording to insert</source>
        <translation>La formulation à insérer</translation>
    </message>
    <message>
        <source>&amp;Insert into Agreement</source>
        <translation>&amp;Insérer dans l&apos;accord</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nouvelle…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Dupliquer…</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirer</translation>
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
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n accord</numerusform>
            <numerusform>%n accords</numerusform>
        </translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>La base de données n&apos;a pas pu être ouverte.</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>MoU Studio databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bases de données MoU Studio (*.db *.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Find in the agreement:</source>
        <translation>Rechercher dans l&apos;accord :</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Introuvable : %1</translation>
    </message>
    <message>
        <source>About MoU Studio</source>
        <translation>À propos de MoU Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MoU Studio %1&lt;/h3&gt;&lt;p&gt;Draft, compare and export cooperation agreements: memoranda of understanding, protocols and exchanges of letters, in French, English and Russian.&lt;/p&gt;&lt;p&gt;Works offline. Your data stays in one local file:&lt;br&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MoU Studio %1&lt;/h3&gt;&lt;p&gt;Rédiger, comparer et exporter des accords de coopération : mémorandums d&apos;entente, protocoles et échanges de lettres, en français, en anglais et en russe.&lt;/p&gt;&lt;p&gt;Fonctionne hors ligne. Vos données restent dans un seul fichier local :&lt;br&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Agreements</source>
        <translation>Accords</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation>Navigateur</translation>
    </message>
    <message>
        <source>Open &amp;Database…</source>
        <translation>Ouvrir une &amp;base de données…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Occurrence &amp;suivante</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Occurrence &amp;précédente</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Zoom avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;arrière</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>&amp;About MoU Studio</source>
        <translation>À &amp;propos de MoU Studio</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Navigator</source>
        <translation>&amp;Navigateur</translation>
    </message>
    <message>
        <source>Language &amp;Version</source>
        <translation>&amp;Version linguistique</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
</context>
<context>
    <name>NewAgreementWizard</name>
    <message>
        <source>New Agreement from Template</source>
        <translation>Nouvel accord à partir d&apos;un modèle</translation>
    </message>
</context>
<context>
    <name>NewEntryDialog</name>
    <message>
        <source>New Agreement in the Register</source>
        <translation>Nouvel accord au registre</translation>
    </message>
    <message>
        <source>Its text is the agreement open in the editor:
%1</source>
        <translation>Son texte est celui de l&apos;accord ouvert dans l&apos;éditeur :
%1</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Choose a partner and give a title.</source>
        <translation>Choisissez un partenaire et indiquez un intitulé.</translation>
    </message>
</context>
<context>
    <name>NodeEditor</name>
    <message>
        <source>Heading</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Insert Cross-&amp;reference…</source>
        <translation>Insérer un ren&amp;voi…</translation>
    </message>
    <message>
        <source>&amp;Heading:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Select an article, paragraph or recital to edit it.</source>
        <translation>Sélectionnez un article, un paragraphe ou un considérant pour le modifier.</translation>
    </message>
    <message>
        <source>Recital</source>
        <translation>Considérant</translation>
    </message>
</context>
<context>
    <name>NodeTextEdit</name>
    <message>
        <source>Paragraph text</source>
        <translation>Texte du paragraphe</translation>
    </message>
</context>
<context>
    <name>OutdatedDialog</name>
    <message>
        <source>Outdated Library Clauses</source>
        <translation>Clauses de bibliothèque périmées</translation>
    </message>
    <message>
        <source>No agreement uses an outdated library clause.</source>
        <translation>Aucun accord n&apos;utilise une clause de bibliothèque périmée.</translation>
    </message>
    <message>
        <source>%1: version %2 → %3 (%4)</source>
        <translation>%1 : version %2 → %3 (%4)</translation>
    </message>
</context>
<context>
    <name>OutlineView</name>
    <message>
        <source>Outline</source>
        <translation>Plan</translation>
    </message>
</context>
<context>
    <name>PartiesPanel</name>
    <message>
        <source>Parties and defined short names</source>
        <translation>Parties et noms abrégés définis</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nom abrégé</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article (l&apos;, le…)</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>New Partner</source>
        <translation>Nouveau partenaire</translation>
    </message>
    <message>
        <source>Edit Partner</source>
        <translation>Modifier le partenaire</translation>
    </message>
    <message>
        <source>short identifier, e.g. oecd</source>
        <translation>identifiant court, p. ex. ocde</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation>&amp;Clé</translation>
    </message>
    <message>
        <source>K&amp;ind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russe</translation>
    </message>
    <message>
        <source>Name in %1</source>
        <translation>Nom en %1</translation>
    </message>
    <message>
        <source>Acronym in %1</source>
        <translation>Sigle en %1</translation>
    </message>
</context>
<context>
    <name>PartnerPage</name>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Choose a partner…</source>
        <translation>Choisir un partenaire…</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Open in Editor</source>
        <translation>Ouvrir dans l&apos;éditeur</translation>
    </message>
    <message>
        <source>Edit Status and Dates…</source>
        <translation>Modifier le statut et les dates…</translation>
    </message>
    <message>
        <source>Edit Partner…</source>
        <translation>Modifier le partenaire…</translation>
    </message>
    <message>
        <source>No agreement recorded with this partner</source>
        <translation>Aucun accord enregistré avec ce partenaire</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>date inconnue</translation>
    </message>
    <message>
        <source>Signed by %1</source>
        <translation>Signé par %1</translation>
    </message>
    <message>
        <source> (the signed text)</source>
        <translation> (le texte signé)</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Signed copy: %1</source>
        <translation>Copie signée : %1</translation>
    </message>
    <message>
        <source>Double-click to save a copy of the file</source>
        <translation>Double-cliquez pour enregistrer une copie du fichier</translation>
    </message>
</context>
<context>
    <name>PreferencesController</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <source>Preferences saved; they take effect at the next start.</source>
        <translation>Préférences enregistrées ; elles prendront effet au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claire</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Langue de l&apos;interface :</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Apparence :</translation>
    </message>
    <message>
        <source>Changes take effect the next time MoU Studio starts.</source>
        <translation>Les modifications prendront effet au prochain démarrage de MoU Studio.</translation>
    </message>
</context>
<context>
    <name>ProblemsDock</name>
    <message>
        <source>✖ error</source>
        <translation>✖ erreur</translation>
    </message>
    <message>
        <source>⚠ warning</source>
        <translation>⚠ avertissement</translation>
    </message>
    <message>
        <source>ℹ note</source>
        <translation>ℹ remarque</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>&amp;Problèmes</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Apply &amp;Fix</source>
        <translation>Appliquer la &amp;correction</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n remarque</numerusform>
            <numerusform>%n remarques</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionField</name>
    <message>
        <source>Full name</source>
        <translation>Dénomination complète</translation>
    </message>
    <message>
        <source>Its article (la, the…)</source>
        <translation>Son article (la, the…)</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Dénomination abrégée</translation>
    </message>
    <message>
        <source>Short name&apos;s article</source>
        <translation>Article de la dénomination abrégée</translation>
    </message>
    <message>
        <source>Signatory&apos;s title</source>
        <translation>Qualité du signataire</translation>
    </message>
    <message>
        <source>Place of signature</source>
        <translation>Lieu de signature</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation>Date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>(one per line)</source>
        <translation>(un par ligne)</translation>
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
        <translation>&amp;Charger des réponses…</translation>
    </message>
    <message>
        <source>&amp;Save Answers…</source>
        <translation>&amp;Enregistrer les réponses…</translation>
    </message>
    <message>
        <source> &lt;i&gt;(optional)&lt;/i&gt;</source>
        <translation> &lt;i&gt;(facultatif)&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Common gaps:&lt;/i&gt; </source>
        <translation>&lt;i&gt;Oublis fréquents :&lt;/i&gt; </translation>
    </message>
    <message>
        <source>Load Answers</source>
        <translation>Charger des réponses</translation>
    </message>
    <message>
        <source>Answers files (*.toml)</source>
        <translation>Fichiers de réponses (*.toml)</translation>
    </message>
    <message>
        <source>Save Answers</source>
        <translation>Enregistrer les réponses</translation>
    </message>
</context>
<context>
    <name>ReferencePicker</name>
    <message>
        <source>Insert Cross-reference</source>
        <translation>Insérer un renvoi</translation>
    </message>
    <message>
        <source>Reference target</source>
        <translation>Cible du renvoi</translation>
    </message>
</context>
<context>
    <name>RegisterController</name>
    <message>
        <source>Agreements Re&amp;gister</source>
        <translation>Re&amp;gistre des accords</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registre</translation>
    </message>
    <message>
        <source>Show &amp;Register</source>
        <translation>Afficher le &amp;registre</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <source>&amp;Export Shown Rows as CSV…</source>
        <translation>&amp;Exporter les lignes affichées en CSV…</translation>
    </message>
    <message>
        <source>&amp;New Agreement in Register…</source>
        <translation>&amp;Nouvel accord au registre…</translation>
    </message>
    <message>
        <source>&amp;Link Entry to Open Agreement…</source>
        <translation>&amp;Lier l&apos;entrée à l&apos;accord ouvert…</translation>
    </message>
    <message>
        <source>E&amp;dit Status and Dates…</source>
        <translation>Modifier le &amp;statut et les dates…</translation>
    </message>
    <message>
        <source>&amp;Attach Signed Copy…</source>
        <translation>&amp;Joindre la copie signée…</translation>
    </message>
    <message>
        <source>Rel&amp;oad Register</source>
        <translation>Rec&amp;harger le registre</translation>
    </message>
    <message>
        <source>Delete Entr&amp;y</source>
        <translation>S&amp;upprimer l&apos;entrée</translation>
    </message>
    <message>
        <source>Ne&amp;w Partner…</source>
        <translation>Nouveau &amp;partenaire…</translation>
    </message>
    <message>
        <source>Edit &amp;Partner…</source>
        <translation>M&amp;odifier le partenaire…</translation>
    </message>
    <message>
        <source>Dele&amp;te Partner</source>
        <translation>Supprimer le par&amp;tenaire</translation>
    </message>
    <message>
        <source>This agreement has no text in MoU Studio; its partner is shown.</source>
        <translation>Cet accord n&apos;a pas de texte dans MoU Studio ; son partenaire est affiché.</translation>
    </message>
    <message>
        <source>Delete Entry %1</source>
        <translation>Supprimer l&apos;entrée %1</translation>
    </message>
    <message>
        <source>Add Entry %1</source>
        <translation>Ajouter l&apos;entrée %1</translation>
    </message>
    <message numerus="yes">
        <source>Which version was signed? (0: none yet; %n version(s) saved)</source>
        <translation>
            <numerusform>Quelle version a été signée ? (0 : aucune encore ; %n version enregistrée)</numerusform>
            <numerusform>Quelle version a été signée ? (0 : aucune encore ; %n versions enregistrées)</numerusform>
        </translation>
    </message>
    <message>
        <source>Link Entry %1</source>
        <translation>Lier l&apos;entrée %1</translation>
    </message>
    <message>
        <source>Edit Entry %1</source>
        <translation>Modifier l&apos;entrée %1</translation>
    </message>
    <message>
        <source>Register saved</source>
        <translation>Registre enregistré</translation>
    </message>
    <message>
        <source>Add Partner %1</source>
        <translation>Ajouter le partenaire %1</translation>
    </message>
    <message>
        <source>Select a partner&apos;s agreement in the register first.</source>
        <translation>Sélectionnez d&apos;abord un accord de ce partenaire dans le registre.</translation>
    </message>
    <message>
        <source>Edit Partner %1</source>
        <translation>Modifier le partenaire %1</translation>
    </message>
    <message>
        <source>%1 still has agreements in the register; delete them first.</source>
        <translation>%1 a encore des accords au registre ; supprimez-les d&apos;abord.</translation>
    </message>
    <message>
        <source>Delete Partner %1</source>
        <translation>Supprimer le partenaire %1</translation>
    </message>
    <message>
        <source>Select an agreement in the register first.</source>
        <translation>Sélectionnez d&apos;abord un accord dans le registre.</translation>
    </message>
    <message>
        <source>Open an agreement in the editor and select a register entry first.</source>
        <translation>Ouvrez d&apos;abord un accord dans l&apos;éditeur et sélectionnez une entrée du registre.</translation>
    </message>
    <message>
        <source>Link to Open Agreement</source>
        <translation>Lier à l&apos;accord ouvert</translation>
    </message>
</context>
<context>
    <name>RegisterDock</name>
    <message>
        <source>Agreements Register</source>
        <translation>Registre des accords</translation>
    </message>
    <message>
        <source>Language of names and dates</source>
        <translation>Langue des noms et des dates</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Accords</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n Day(s)</source>
        <translation>
            <numerusform>Échéances à %n jour</numerusform>
            <numerusform>Échéances à %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreements Re&amp;gister</source>
        <translation>Re&amp;gistre des accords</translation>
    </message>
</context>
<context>
    <name>RegisterFiles</name>
    <message>
        <source>Import Register CSV</source>
        <translation>Importer un CSV dans le registre</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Import cancelled; the register was not changed.</source>
        <translation>Importation annulée ; le registre n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1

%2

Import the valid rows and skip these?</source>
        <translation>%1

%2

Importer les lignes valides et ignorer celles-ci ?</translation>
    </message>
    <message>
        <source>Imported: %1, %2.</source>
        <translation>Importé : %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n new agreement(s)</source>
        <translation>
            <numerusform>%n nouvel accord</numerusform>
            <numerusform>%n nouveaux accords</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated agreement(s)</source>
        <translation>
            <numerusform>%n accord mis à jour</numerusform>
            <numerusform>%n accords mis à jour</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Register CSV</source>
        <translation>Exporter le registre en CSV</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n agreement(s)</source>
        <translation>
            <numerusform>%n accord exporté</numerusform>
            <numerusform>%n accords exportés</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an agreement in the register first.</source>
        <translation>Sélectionnez d&apos;abord un accord dans le registre.</translation>
    </message>
    <message>
        <source>Attach Signed Copy</source>
        <translation>Joindre la copie signée</translation>
    </message>
    <message>
        <source>Signed copies (*.pdf *.docx)</source>
        <translation>Copies signées (*.pdf *.docx)</translation>
    </message>
    <message>
        <source>Save Signed Copy</source>
        <translation>Enregistrer l&apos;exemplaire signé</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
</context>
<context>
    <name>RegisterLabels</name>
    <message>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <source>Drafting</source>
        <translation>Rédaction</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Négociation</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Convenu</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
    <message>
        <source>In effect</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <source>Discontinued</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>Organisation internationale</translation>
    </message>
    <message>
        <source>Customs administration</source>
        <translation>Administration des douanes</translation>
    </message>
    <message>
        <source>Police agency</source>
        <translation>Service de police</translation>
    </message>
    <message>
        <source>Regional centre</source>
        <translation>Centre régional</translation>
    </message>
    <message>
        <source>Government body</source>
        <translation>Organisme public</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Réexamen</translation>
    </message>
    <message>
        <source>Last day for notice</source>
        <translation>Dernier jour de préavis</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiration</translation>
    </message>
</context>
<context>
    <name>RegisterTableModel</name>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Réexamen</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>Search partner, title, subject…</source>
        <translation>Rechercher un partenaire, un intitulé, un objet…</translation>
    </message>
    <message>
        <source>Signed before</source>
        <translation>Signé avant le</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Échéance sous %n jour</numerusform>
            <numerusform>Échéance sous %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreements register</source>
        <translation>Registre des accords</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Choose the backup to restore. The current database is kept as a backup first, so this can be undone.</source>
        <translation>Choisissez la sauvegarde à restaurer. La base de données actuelle est d&apos;abord conservée comme sauvegarde : l&apos;opération peut donc être annulée.</translation>
    </message>
    <message>
        <source>There is no backup of this database yet.</source>
        <translation>Cette base de données n&apos;a encore aucune sauvegarde.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
</context>
<context>
    <name>SignaturesEditor</name>
    <message>
        <source>Party</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>As precisely as known: YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>Aussi précise que connue : AAAA-MM-JJ, AAAA-MM ou AAAA</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>&amp;Add Signature</source>
        <translation>&amp;Ajouter une signature</translation>
    </message>
    <message>
        <source>Re&amp;move Signature</source>
        <translation>&amp;Supprimer la signature</translation>
    </message>
    <message>
        <source>Signature %1</source>
        <translation>Signature %1</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Erreur inattendue : %1</translation>
    </message>
</context>
<context>
    <name>TemplateChoicePage</name>
    <message>
        <source>Choose a template</source>
        <translation>Choisissez un modèle</translation>
    </message>
    <message>
        <source>Language versions:</source>
        <translation>Versions linguistiques :</translation>
    </message>
</context>
<context>
    <name>TemplatePreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Finish creates the agreement; you can edit it afterwards.</source>
        <translation>« Terminer » crée l&apos;accord ; vous pourrez le modifier ensuite.</translation>
    </message>
    <message>
        <source>The linter reports:</source>
        <translation>Le contrôle signale :</translation>
    </message>
    <message>
        <source>The linter reports no problem.</source>
        <translation>Le contrôle ne signale aucun problème.</translation>
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
        <translation>N°</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Saved (UTC)</source>
        <translation>Enregistrée (UTC)</translation>
    </message>
    <message>
        <source>&amp;Save Version…</source>
        <translation>&amp;Enregistrer une version…</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <source>Compare the two selected versions</source>
        <translation>Comparer les deux versions sélectionnées</translation>
    </message>
</context>
<context>
    <name>_VariantEditor</name>
    <message>
        <source>When may a negotiator use this wording?</source>
        <translation>Quand un négociateur peut-il utiliser cette formulation ?</translation>
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
        <translation>Une erreur inattendue s&apos;est produite :</translation>
    </message>
</context>
<context>
    <name>library</name>
    <message>
        <source>draft</source>
        <translation>projet</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approuvée</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirée</translation>
    </message>
    <message>
        <source>binding (treaty)</source>
        <translation>contraignant (traité)</translation>
    </message>
    <message>
        <source>non-binding (MoU)</source>
        <translation>non contraignant (protocole d&apos;accord)</translation>
    </message>
    <message>
        <source>treaty or MoU</source>
        <translation>traité ou protocole d&apos;accord</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>Privilégiée</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>De repli</translation>
    </message>
    <message>
        <source>Last resort</source>
        <translation>En dernier recours</translation>
    </message>
</context>
</TS>
