<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ArchiveMemberDialog</name>
    <message>
        <source>Choose an Export</source>
        <translation>Choisir un export</translation>
    </message>
    <message>
        <source>Exports in the archive</source>
        <translation>Exports de l’archive</translation>
    </message>
</context>
<context>
    <name>FieldReferenceDialog</name>
    <message>
        <source>Field Reference</source>
        <translation>Référence des champs</translation>
    </message>
    <message>
        <source>Fields of a ccimport customer file</source>
        <translation>Champs d’un fichier clients ccimport</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <source>Find and Replace</source>
        <translation>Rechercher et remplacer</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Re&amp;place with:</source>
        <translation>Rem&amp;placer par&#xa0;:</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <source>&amp;Search in:</source>
        <translation>Rechercher &amp;dans&#xa0;:</translation>
    </message>
    <message>
        <source>Search in</source>
        <translation>Rechercher dans</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>E&amp;xpression régulière</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>Respecter la &amp;casse</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>Résultat de la recherche</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Rechercher le &amp;suivant</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Rechercher le précéde&amp;nt</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>Re&amp;mplacer</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>Remplacer &amp;tout</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ccedit</source>
        <translation>ccedit</translation>
    </message>
    <message>
        <source>Open a ccimport CSV file, a customer data export or an archive (File ▸ Open, Ctrl+O), or drop one here.</source>
        <translation>Ouvrez un fichier CSV ccimport, un export de données clients ou une archive (Fichier ▸ Ouvrir, Ctrl+O), ou déposez-en un ici.</translation>
    </message>
    <message>
        <source>Customer table</source>
        <translation>Tableau des clients</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>Reopen with &amp;Encoding</source>
        <translation>Rouvrir avec l’enco&amp;dage</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Quick Fixes</source>
        <translation>Corrections rapide&amp;s</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller à</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Filter problems</source>
        <translation>Filtrer les problèmes</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a ccimport CSV file, a customer data export or an archive of exports</source>
        <translation>Ouvrir un fichier CSV ccimport, un export de données clients ou une archive d’exports</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the table as a ccimport CSV file</source>
        <translation>Enregistrer le tableau comme fichier CSV ccimport</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Save the table as a new ccimport CSV file</source>
        <translation>Enregistrer le tableau dans un nouveau fichier CSV ccimport</translation>
    </message>
    <message>
        <source>Write only the rows without errors to a new CSV file</source>
        <translation>Écrire uniquement les lignes sans erreur dans un nouveau fichier CSV</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close the file</source>
        <translation>Fermer le fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit ccedit</source>
        <translation>Quitter ccedit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>Copy the selected cells as tab-separated text and clear them</source>
        <translation>Copier les cellules sélectionnées comme texte séparé par des tabulations, puis les vider</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Co&amp;pier</translation>
    </message>
    <message>
        <source>Copy the selected cells as tab-separated text</source>
        <translation>Copier les cellules sélectionnées comme texte séparé par des tabulations</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Paste tab-separated text from a spreadsheet at the selection</source>
        <translation>Coller à la sélection du texte séparé par des tabulations, venant d’un tableur</translation>
    </message>
    <message>
        <source>Clear the selected cells</source>
        <translation>Vider les cellules sélectionnées</translation>
    </message>
    <message>
        <source>Fill &amp;Down</source>
        <translation>Recopier vers le &amp;bas</translation>
    </message>
    <message>
        <source>Copy the top value of the selection into the cells below it</source>
        <translation>Copier la valeur du haut de la sélection dans les cellules en dessous</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Insert Rows</source>
        <translation>&amp;Insérer des lignes</translation>
    </message>
    <message>
        <source>Insert blank rows above the selection</source>
        <translation>Insérer des lignes vides au-dessus de la sélection</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Insert copies of the selected rows below them</source>
        <translation>Insérer des copies des lignes sélectionnées en dessous</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>De&amp;lete Rows</source>
        <translation>Supprimer les li&amp;gnes</translation>
    </message>
    <message>
        <source>Delete the selected rows</source>
        <translation>Supprimer les lignes sélectionnées</translation>
    </message>
    <message>
        <source>Ctrl+-</source>
        <translation>Ctrl+-</translation>
    </message>
    <message>
        <source>Remove the current column</source>
        <translation>Retirer la colonne courante</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <source>Find text in the table</source>
        <translation>Rechercher du texte dans le tableau</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>R&amp;emplacer…</translation>
    </message>
    <message>
        <source>Find and replace text in the whole table or one column</source>
        <translation>Rechercher et remplacer du texte dans tout le tableau ou dans une colonne</translation>
    </message>
    <message>
        <source>Sort &amp;Ascending</source>
        <translation>Trier par ordre &amp;croissant</translation>
    </message>
    <message>
        <source>Sort the rows by the current column, smallest first</source>
        <translation>Trier les lignes selon la colonne courante, la plus petite valeur d’abord</translation>
    </message>
    <message>
        <source>Sort Descendin&amp;g</source>
        <translation>Trier par ordre décroissan&amp;t</translation>
    </message>
    <message>
        <source>Sort the rows by the current column, largest first</source>
        <translation>Trier les lignes selon la colonne courante, la plus grande valeur d’abord</translation>
    </message>
    <message>
        <source>Show &amp;Only Rows With Problems</source>
        <translation>Afficher &amp;uniquement les lignes avec des problèmes</translation>
    </message>
    <message>
        <source>Hide the rows without errors or warnings</source>
        <translation>Masquer les lignes sans erreur ni avertissement</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>&amp;Next Problem</source>
        <translation>Problème &amp;suivant</translation>
    </message>
    <message>
        <source>Go to the next error or warning</source>
        <translation>Aller à l’erreur ou à l’avertissement suivant</translation>
    </message>
    <message>
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <source>&amp;Previous Problem</source>
        <translation>Problème &amp;précédent</translation>
    </message>
    <message>
        <source>Go to the previous error or warning</source>
        <translation>Aller à l’erreur ou à l’avertissement précédent</translation>
    </message>
    <message>
        <source>Shift+F8</source>
        <translation>Shift+F8</translation>
    </message>
    <message>
        <source>&amp;Field Reference</source>
        <translation>Référence des &amp;champs</translation>
    </message>
    <message>
        <source>The fields of a ccimport customer file and their rules</source>
        <translation>Les champs d’un fichier clients ccimport et leurs règles</translation>
    </message>
    <message>
        <source>&amp;About ccedit</source>
        <translation>À &amp;propos de ccedit</translation>
    </message>
    <message>
        <source>About ccedit</source>
        <translation>À propos de ccedit</translation>
    </message>
    <message>
        <source>Add Colum&amp;n</source>
        <translation>Ajouter une colo&amp;nne</translation>
    </message>
    <message>
        <source>E&amp;xport Valid Rows Only…</source>
        <translation>E&amp;xporter uniquement les lignes valides…</translation>
    </message>
    <message>
        <source>Clear Cell&amp;s</source>
        <translation>&amp;Vider les cellules</translation>
    </message>
    <message>
        <source>Duplicate Ro&amp;ws</source>
        <translation>&amp;Dupliquer les lignes</translation>
    </message>
    <message>
        <source>Go to Problems &amp;List</source>
        <translation>Aller à la &amp;liste des problèmes</translation>
    </message>
    <message>
        <source>Show the Problems panel and move the keyboard focus into it</source>
        <translation>Afficher le panneau des problèmes et y placer le focus du clavier</translation>
    </message>
    <message>
        <source>F6</source>
        <translation>F6</translation>
    </message>
    <message>
        <source>Go to &amp;Table</source>
        <translation>Aller au &amp;tableau</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the table</source>
        <translation>Placer le focus du clavier dans le tableau</translation>
    </message>
    <message>
        <source>Shift+F6</source>
        <translation>Shift+F6</translation>
    </message>
    <message>
        <source>Show Quick Fi&amp;xes…</source>
        <translation>A&amp;fficher les corrections rapides…</translation>
    </message>
    <message>
        <source>Show the fixes for the problems of the current cell</source>
        <translation>Afficher les corrections des problèmes de la cellule courante</translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <source>Defaults f&amp;or New Rows…</source>
        <translation>Valeurs par d&amp;éfaut des nouvelles lignes…</translation>
    </message>
    <message>
        <source>Set the values that Insert Rows puts into new rows</source>
        <translation>Définir les valeurs que « Insérer des lignes » met dans les nouvelles lignes</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>Remo&amp;ve Column</source>
        <translation>Retirer &amp;la colonne</translation>
    </message>
    <message>
        <source>&amp;Update from Export…</source>
        <translation>&amp;Mettre à jour depuis un export…</translation>
    </message>
    <message>
        <source>Update this customer list from a newer export, an archive or another customer CSV file, keeping every value the update does not provide</source>
        <translation>Mettre à jour cette liste de clients à partir d’un export plus récent, d’une archive ou d’un autre fichier CSV clients, en conservant chaque valeur que la mise à jour ne fournit pas</translation>
    </message>
    <message>
        <source>Next &amp;Change</source>
        <translation>&amp;Modification suivante</translation>
    </message>
    <message>
        <source>Go to the next cell the last update changed</source>
        <translation>Aller à la cellule suivante modifiée par la dernière mise à jour</translation>
    </message>
    <message>
        <source>F9</source>
        <translation>F9</translation>
    </message>
    <message>
        <source>Previous C&amp;hange</source>
        <translation>Modification pré&amp;cédente</translation>
    </message>
    <message>
        <source>Go to the previous cell the last update changed</source>
        <translation>Aller à la cellule précédente modifiée par la dernière mise à jour</translation>
    </message>
    <message>
        <source>Shift+F9</source>
        <translation>Shift+F9</translation>
    </message>
    <message>
        <source>Site &amp;Profile…</source>
        <translation>&amp;Profil de site…</translation>
    </message>
    <message>
        <source>Choose or make the site profile that rate plans and account IDs are checked against</source>
        <translation>Choisir ou créer le profil de site par rapport auquel les plans tarifaires et les identifiants de compte sont vérifiés</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Map Export to ccimport Fields</source>
        <translation>Associer l’export aux champs ccimport</translation>
    </message>
    <message>
        <source>Each ccimport field is filled from a template over the export&apos;s members: {name} inserts a member, {{ and }} are literal braces; {hierarchy_path} and {source_file} are also available. Other fields can be given a constant value.</source>
        <translation>Chaque champ ccimport est rempli à partir d’un modèle sur les membres de l’export&#xa0;: {name} insère un membre, {{ et }} sont des accolades littérales&#xa0;; {hierarchy_path} et {source_file} sont aussi disponibles. Les autres champs peuvent recevoir une valeur constante.</translation>
    </message>
    <message>
        <source>Field mapping</source>
        <translation>Correspondance des champs</translation>
    </message>
    <message>
        <source>Mapping error</source>
        <translation>Erreur de correspondance</translation>
    </message>
    <message>
        <source>&amp;Preview of the first rows (problems are marked; hover for details):</source>
        <translation>&amp;Aperçu des premières lignes (les problèmes sont signalés&#xa0;; survolez-les pour les détails)&#xa0;:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Problems in the preview</source>
        <translation>Problèmes dans l’aperçu</translation>
    </message>
</context>
<context>
    <name>NewRowDefaultsDialog</name>
    <message>
        <source>Defaults for New Rows</source>
        <translation>Valeurs par défaut des nouvelles lignes</translation>
    </message>
    <message>
        <source>Insert Rows fills the columns of these fields with the values given here. A field left blank stays blank in a new row, which means the field&apos;s own default.</source>
        <translation>« Insérer des lignes » remplit les colonnes de ces champs avec les valeurs données ici. Un champ laissé vide reste vide dans une nouvelle ligne, ce qui signifie la valeur par défaut du champ.</translation>
    </message>
    <message>
        <source>Default values</source>
        <translation>Valeurs par défaut</translation>
    </message>
</context>
<context>
    <name>SiteProfileDialog</name>
    <message>
        <source>Site Profile</source>
        <translation>Profil de site</translation>
    </message>
    <message>
        <source>A site profile lists the rate plans and the account structure your Consumption Analytics site knows, so that ccedit can check rate plans and account IDs before ccimport does. A ccedit-profile.json in the folder of the open file comes before the profile chosen here.</source>
        <translation>Un profil de site liste les plans tarifaires et la structure des comptes que connaît votre site Consumption Analytics, afin que ccedit puisse vérifier les plans tarifaires et les identifiants de compte avant ccimport. Un ccedit-profile.json dans le dossier du fichier ouvert passe avant le profil choisi ici.</translation>
    </message>
    <message>
        <source>Profile file</source>
        <translation>Fichier de profil</translation>
    </message>
    <message>
        <source>No profile: rate plans and account IDs are not checked against the site</source>
        <translation>Aucun profil&#xa0;: les plans tarifaires et les identifiants de compte ne sont pas vérifiés par rapport au site</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>&amp;No Profile</source>
        <translation>&amp;Sans profil</translation>
    </message>
    <message>
        <source>Make a profile</source>
        <translation>Créer un profil</translation>
    </message>
    <message>
        <source>&amp;Rate plans, one a line:</source>
        <translation>&amp;Plans tarifaires, un par ligne&#xa0;:</translation>
    </message>
    <message>
        <source>Default
Gold
Silver</source>
        <translation>Default
Or
Argent</translation>
    </message>
    <message>
        <source>Account structure &amp;levels, one a line, from the top:</source>
        <translation>&amp;Niveaux de la structure des comptes, un par ligne, en partant du haut&#xa0;:</translation>
    </message>
    <message>
        <source>Business Unit
Department
Owner</source>
        <translation>Unité commerciale
Service
Responsable</translation>
    </message>
    <message>
        <source>&amp;Save as File…</source>
        <translation>&amp;Enregistrer dans un fichier…</translation>
    </message>
</context>
<context>
    <name>ccedit::AcceptRaggedRows</name>
    <message>
        <source>Accept Ragged Rows</source>
        <translation>Accepter les lignes irrégulières</translation>
    </message>
</context>
<context>
    <name>ccedit::ApplyUpdate</name>
    <message>
        <source>Apply Update</source>
        <translation>Appliquer la mise à jour</translation>
    </message>
</context>
<context>
    <name>ccedit::ArchiveMemberDialog</name>
    <message numerus="yes">
        <source>&quot;%1&quot; holds %n customer data export(s). Choose the one to open; the newest is selected.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» contient %n export de données clients. Choisissez celui à ouvrir&#xa0;; le plus récent est sélectionné.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» contient %n exports de données clients. Choisissez celui à ouvrir&#xa0;; le plus récent est sélectionné.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ccedit::CellDelegate</name>
    <message>
        <source>(default: true)</source>
        <translation>(par défaut&#xa0;: true)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>(default: %1)</source>
        <translation>(par défaut&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Fiscal start month</source>
        <translation>Mois de début de l’exercice</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Indicateur</translation>
    </message>
</context>
<context>
    <name>ccedit::ChangeListModel</name>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Gone</source>
        <translation>Disparue</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>Réactivée</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>Non appariée</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>kept as it is</source>
        <translation>conservée telle quelle</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>inactive already</source>
        <translation>déjà inactive</translation>
    </message>
    <message>
        <source>update %1</source>
        <translation>mise à jour %1</translation>
    </message>
    <message>
        <source>list %1</source>
        <translation>liste %1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Identifiant de compte</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Old → New</source>
        <translation>Avant → Après</translation>
    </message>
</context>
<context>
    <name>ccedit::ColumnHeaderActions</name>
    <message>
        <source>Rena&amp;me Column…</source>
        <translation>Reno&amp;mmer la colonne…</translation>
    </message>
    <message>
        <source>Give the current column another name: a field of ccimport or any name</source>
        <translation>Donner un autre nom à la colonne courante&#xa0;: un champ de ccimport ou un nom quelconque</translation>
    </message>
</context>
<context>
    <name>ccedit::CommandLine</name>
    <message>
        <source>Check each FILE (CSV, customer data export or archive) and print its problems, one a line.</source>
        <translation>Vérifier chaque FICHIER (CSV, export de données clients ou archive) et afficher ses problèmes, un par ligne.</translation>
    </message>
    <message>
        <source>With --check: print the problems as text (FILE:LINE:COLUMN: SEVERITY: MESSAGE [CODE], the default) or as one JSON array.</source>
        <translation>Avec --check&#xa0;: afficher les problèmes sous forme de texte (FILE:LINE:COLUMN: SEVERITY: MESSAGE [CODE], par défaut) ou d’un seul tableau JSON.</translation>
    </message>
    <message>
        <source>With --check: treat warnings as errors for the exit status.</source>
        <translation>Avec --check&#xa0;: traiter les avertissements comme des erreurs pour le code de sortie.</translation>
    </message>
    <message>
        <source>Convert IN (CSV, customer data export or archive) to a ccimport customer CSV file. Nothing is written when IN has errors, unless --valid-only is given.</source>
        <translation>Convertir IN (CSV, export de données clients ou archive) en fichier CSV clients ccimport. Rien n’est écrit si IN contient des erreurs, sauf avec --valid-only.</translation>
    </message>
    <message>
        <source>With --convert: the file to write, or - for standard output. It must not be IN.</source>
        <translation>Avec --convert&#xa0;: le fichier à écrire, ou - pour la sortie standard. Ce ne doit pas être IN.</translation>
    </message>
    <message>
        <source>With --convert of an export: fill FIELD from TEMPLATE, where {member} inserts a member of the export record ({customer_name}, {hierarchy_path}, {source_file}, ...). May be repeated.</source>
        <translation>Avec --convert d’un export&#xa0;: remplir FIELD à partir de TEMPLATE, où {member} insère un membre de l’enregistrement exporté ({customer_name}, {hierarchy_path}, {source_file}, ...). Peut être répété.</translation>
    </message>
    <message>
        <source>With --convert of an export: give FIELD the same VALUE in every row (for example active=true). May be repeated.</source>
        <translation>Avec --convert d’un export&#xa0;: donner à FIELD la même valeur VALUE dans chaque ligne (par exemple active=true). Peut être répété.</translation>
    </message>
    <message>
        <source>With --convert of an archive: the export to read (default: the newest).</source>
        <translation>Avec --convert d’une archive&#xa0;: l’export à lire (par défaut&#xa0;: le plus récent).</translation>
    </message>
    <message>
        <source>With --convert: write only the rows without errors and say how many were left out.</source>
        <translation>Avec --convert&#xa0;: n’écrire que les lignes sans erreur et indiquer combien ont été omises.</translation>
    </message>
    <message>
        <source>With --convert: end lines with CR LF.</source>
        <translation>Avec --convert&#xa0;: terminer les lignes par CR LF.</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>Print this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <source>%1 applies to --convert, not to --check.</source>
        <translation>%1 s’applique à --convert, pas à --check.</translation>
    </message>
    <message>
        <source>Unknown --format &quot;%1&quot;: use text or json.</source>
        <translation>--format «&#xa0;%1&#xa0;» inconnu&#xa0;: utilisez text ou json.</translation>
    </message>
    <message>
        <source>--check needs at least one FILE to check.</source>
        <translation>--check a besoin d’au moins un FICHIER à vérifier.</translation>
    </message>
    <message>
        <source>%1 applies to --check, not to --convert.</source>
        <translation>%1 s’applique à --check, pas à --convert.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;: --convert reads one file, given as --convert IN.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;»&#xa0;: --convert lit un seul fichier, donné par --convert IN.</translation>
    </message>
    <message>
        <source>--convert needs -o OUT: the file to write, or - for standard output.</source>
        <translation>--convert a besoin de -o OUT&#xa0;: le fichier à écrire, ou - pour la sortie standard.</translation>
    </message>
    <message>
        <source>The file to open in the editor, or the files to check with --check.</source>
        <translation>Le fichier à ouvrir dans l’éditeur, ou les fichiers à vérifier avec --check.</translation>
    </message>
    <message>
        <source>%1 is given more than once; give it once.</source>
        <translation>%1 est donné plusieurs fois&#xa0;; donnez-le une seule fois.</translation>
    </message>
    <message>
        <source>--check and --convert cannot be used together; run ccedit once for each.</source>
        <translation>--check et --convert ne peuvent pas être utilisés ensemble&#xa0;; lancez ccedit une fois pour chacun.</translation>
    </message>
    <message>
        <source>%1 applies to --check; give --check and the files to check.</source>
        <translation>%1 s’applique à --check&#xa0;; donnez --check et les fichiers à vérifier.</translation>
    </message>
    <message>
        <source>%1 applies to --convert; give --convert IN -o OUT.</source>
        <translation>%1 s’applique à --convert&#xa0;; donnez --convert IN -o OUT.</translation>
    </message>
    <message>
        <source>%1: %2, %3.</source>
        <comment>files checked: errors, warnings</comment>
        <translation>%1&#xa0;: %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) checked</source>
        <translation>
            <numerusform>%n fichier vérifié</numerusform>
            <numerusform>%n fichiers vérifiés</numerusform>
        </translation>
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
        <source>%n file(s) could not be read.</source>
        <translation>
            <numerusform>%n fichier n’a pas pu être lu.</numerusform>
            <numerusform>%n fichiers n’ont pas pu être lus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run &apos;ccedit --help&apos; to see how to use it.</source>
        <translation>Lancez «&#xa0;ccedit --help&#xa0;» pour savoir comment l’utiliser.</translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1.</source>
        <translation>Impossible d’écrire sur la sortie standard&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 and %2 are the same file. Give another output file: --convert never changes its input.</source>
        <translation>%1 et %2 sont le même fichier. Donnez un autre fichier de sortie&#xa0;: --convert ne modifie jamais son entrée.</translation>
    </message>
    <message>
        <source>--map, --set and --member apply to customer data exports, and %1 is a CSV file. Leave them out to convert a CSV file.</source>
        <translation>--map, --set et --member s’appliquent aux exports de données clients, et %1 est un fichier CSV. Omettez-les pour convertir un fichier CSV.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing written: %1 has %n error(s). Correct them, or give --valid-only to write only the rows without errors.</source>
        <translation>
            <numerusform>Rien n’a été écrit&#xa0;: %1 contient %n erreur. Corrigez-la, ou donnez --valid-only pour n’écrire que les lignes sans erreur.</numerusform>
            <numerusform>Rien n’a été écrit&#xa0;: %1 contient %n erreurs. Corrigez-les, ou donnez --valid-only pour n’écrire que les lignes sans erreur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing written: the errors in the header of %1 leave no row valid. Correct the header first.</source>
        <translation>Rien n’a été écrit&#xa0;: les erreurs de la ligne d’en-tête de %1 ne laissent aucune ligne valide. Corrigez d’abord l’en-tête.</translation>
    </message>
    <message numerus="yes">
        <source>Left out %n row(s) with errors.</source>
        <translation>
            <numerusform>%n ligne avec des erreurs a été omise.</numerusform>
            <numerusform>%n lignes avec des erreurs ont été omises.</numerusform>
        </translation>
    </message>
    <message>
        <source>Update the customer list BASE from UPDATE (a customer data export, an archive or another customer CSV file), keeping every value UPDATE does not provide, and write the result to OUT. The other options of --convert apply to UPDATE.</source>
        <translation>Mettre à jour la liste de clients BASE à partir de UPDATE (un export de données clients, une archive ou un autre fichier CSV clients), en conservant chaque valeur que UPDATE ne fournit pas, et écrire le résultat dans OUT. Les autres options de --convert s’appliquent à UPDATE.</translation>
    </message>
    <message>
        <source>With --merge: what becomes of customers UPDATE no longer has: keep them (the default), deactivate them (active=false) or remove them.</source>
        <translation>Avec --merge&#xa0;: ce que deviennent les clients que UPDATE n’a plus&#xa0;: les conserver (par défaut), les désactiver (active=false) ou les supprimer.</translation>
    </message>
    <message>
        <source>With --merge: write only the new, changed, deactivated and reactivated rows, without comments: the file for ccimport -u.</source>
        <translation>Avec --merge&#xa0;: n’écrire que les lignes nouvelles, modifiées, désactivées et réactivées, sans commentaires&#xa0;: le fichier pour ccimport -u.</translation>
    </message>
    <message>
        <source>With --merge: write every change to FILE as one JSON array.</source>
        <translation>Avec --merge&#xa0;: écrire chaque modification dans FILE sous forme d’un seul tableau JSON.</translation>
    </message>
    <message>
        <source>With --check, --convert or --merge: check rate plans and account IDs against the site profile FILE (default: ccedit-profile.json in the folder of the file read).</source>
        <translation>Avec --check, --convert ou --merge&#xa0;: vérifier les plans tarifaires et les identifiants de compte par rapport au profil de site FILE (par défaut&#xa0;: ccedit-profile.json dans le dossier du fichier lu).</translation>
    </message>
    <message>
        <source>With --check, --convert or --merge: do not look for ccedit-profile.json beside the files read.</source>
        <translation>Avec --check, --convert ou --merge&#xa0;: ne pas chercher de ccedit-profile.json à côté des fichiers lus.</translation>
    </message>
    <message>
        <source>Edit and check customer CSV files for HPE Consumption Analytics (ccimport -t customer), and convert VOSS Automate customer data exports to them.

  ccedit [FILE]                open the editor, optionally on FILE
  ccedit --check [--format text|json] [--werror] [--profile FILE] [--no-profile] FILE...
  ccedit --convert IN -o OUT [--map FIELD=TEMPLATE]... [--set FIELD=VALUE]...
                             [--member NAME] [--valid-only] [--crlf]
                             [--profile FILE] [--no-profile]
  ccedit --merge BASE UPDATE -o OUT [--gone keep|deactivate|remove] [--changes-only]
                             [--report FILE] [--map FIELD=TEMPLATE]... [--set FIELD=VALUE]...
                             [--member NAME] [--valid-only] [--crlf]
                             [--profile FILE] [--no-profile]
  ccedit --version | --help

Exit status: 0 no errors (warnings allowed, unless --werror), 1 errors found or nothing written because of them, 2 a file that cannot be read or wrong usage.</source>
        <translation>Modifier et vérifier les fichiers CSV clients de HPE Consumption Analytics (ccimport -t customer), et y convertir les exports de données clients de VOSS Automate.

  ccedit [FILE]                ouvrir l’éditeur, éventuellement sur FILE
  ccedit --check [--format text|json] [--werror] [--profile FILE] [--no-profile] FILE...
  ccedit --convert IN -o OUT [--map FIELD=TEMPLATE]... [--set FIELD=VALUE]...
                             [--member NAME] [--valid-only] [--crlf]
                             [--profile FILE] [--no-profile]
  ccedit --merge BASE UPDATE -o OUT [--gone keep|deactivate|remove] [--changes-only]
                             [--report FILE] [--map FIELD=TEMPLATE]... [--set FIELD=VALUE]...
                             [--member NAME] [--valid-only] [--crlf]
                             [--profile FILE] [--no-profile]
  ccedit --version | --help

Code de sortie&#xa0;: 0 aucune erreur (avertissements permis, sauf avec --werror), 1 erreurs trouvées ou rien n’a été écrit à cause d’elles, 2 un fichier illisible ou une mauvaise utilisation.</translation>
    </message>
    <message>
        <source>%1 applies to --merge, not to %2.</source>
        <translation>%1 s’applique à --merge, pas à %2.</translation>
    </message>
    <message>
        <source>%1 applies to --check, not to --merge.</source>
        <translation>%1 s’applique à --check, pas à --merge.</translation>
    </message>
    <message>
        <source>--merge needs two files, given as --merge BASE UPDATE.</source>
        <translation>--merge a besoin de deux fichiers, donnés par --merge BASE UPDATE.</translation>
    </message>
    <message>
        <source>--merge needs -o OUT: the file to write, or - for standard output.</source>
        <translation>--merge a besoin de -o OUT&#xa0;: le fichier à écrire, ou - pour la sortie standard.</translation>
    </message>
    <message>
        <source>Unknown --gone &quot;%1&quot;: use keep, deactivate or remove.</source>
        <translation>--gone «&#xa0;%1&#xa0;» inconnu&#xa0;: utilisez keep, deactivate ou remove.</translation>
    </message>
    <message>
        <source>%1 and --merge cannot be used together; run ccedit once for each.</source>
        <translation>%1 et --merge ne peuvent pas être utilisés ensemble&#xa0;; lancez ccedit une fois pour chacun.</translation>
    </message>
    <message>
        <source>%1 applies to --merge; give --merge BASE UPDATE -o OUT.</source>
        <translation>%1 s’applique à --merge&#xa0;; donnez --merge BASE UPDATE -o OUT.</translation>
    </message>
    <message>
        <source>%1 applies to --check, --convert and --merge; give one of them.</source>
        <translation>%1 s’applique à --check, --convert et --merge&#xa0;; donnez l’une de ces options.</translation>
    </message>
    <message>
        <source>Nothing to do: give --check, --convert, --merge, --version or --help, or only a file name to open the editor.</source>
        <translation>Rien à faire&#xa0;: donnez --check, --convert, --merge, --version ou --help, ou seulement un nom de fichier pour ouvrir l’éditeur.</translation>
    </message>
    <message>
        <source>kept</source>
        <comment>gone rows</comment>
        <translation>conservées</translation>
    </message>
    <message>
        <source>deactivated</source>
        <comment>gone rows</comment>
        <translation>désactivées</translation>
    </message>
    <message>
        <source>removed</source>
        <comment>gone rows</comment>
        <translation>supprimées</translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 gone (%4), %5 reactivated, %6 unchanged, %7 unmatched</source>
        <translation>nouvelles&#xa0;: %1, modifiées&#xa0;: %2, disparues&#xa0;: %3 (%4), réactivées&#xa0;: %5, inchangées&#xa0;: %6, non appariées&#xa0;: %7</translation>
    </message>
    <message>
        <source>Cannot write the report %1: %2.</source>
        <translation>Impossible d’écrire le rapport %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 and %2 are the same file. Give another file to write: --merge never changes BASE or UPDATE.</source>
        <translation>%1 et %2 sont le même fichier. Donnez un autre fichier à écrire&#xa0;: --merge ne modifie jamais BASE ni UPDATE.</translation>
    </message>
    <message>
        <source>--map, --set and --member apply to customer data exports, and the update %1 is a CSV file. Leave them out to merge a CSV file.</source>
        <translation>--map, --set et --member s’appliquent aux exports de données clients, et la mise à jour %1 est un fichier CSV. Omettez-les pour fusionner un fichier CSV.</translation>
    </message>
    <message>
        <source>Site profile: %1 (given with --profile).</source>
        <translation>Profil de site&#xa0;: %1 (donné avec --profile).</translation>
    </message>
    <message>
        <source>Site profile: %1 (found beside %2; --no-profile ignores it).</source>
        <translation>Profil de site&#xa0;: %1 (trouvé à côté de %2&#xa0;; --no-profile l’ignore).</translation>
    </message>
</context>
<context>
    <name>ccedit::CsvReader</name>
    <message>
        <source>The file holds %1 bytes, more than the %2 bytes that can be opened. Split it into smaller files.</source>
        <translation>Le fichier contient %1 octets, plus que les %2 octets qui peuvent être ouverts. Divisez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>The file is not valid %1 text (an odd number of bytes or an unpaired surrogate). Save it again as UTF-8.</source>
        <translation>Le fichier n’est pas un texte %1 valide (un nombre impair d’octets ou un demi-caractère de substitution isolé). Enregistrez-le de nouveau en UTF-8.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 on this line. Open it as Windows-1252 or with the encoding detected, or save it again as UTF-8.</source>
        <translation>Le fichier n’est pas en UTF-8 valide sur cette ligne. Ouvrez-le en Windows-1252 ou avec l’encodage détecté, ou enregistrez-le de nouveau en UTF-8.</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;. Use UTF-8, Windows-1252, UTF-16LE or UTF-16BE.</source>
        <translation>Encodage «&#xa0;%1&#xa0;» inconnu. Utilisez UTF-8, Windows-1252, UTF-16LE ou UTF-16BE.</translation>
    </message>
    <message>
        <source>A quoted name in the header has no closing quote, so it runs to the end of the file. Add the closing &quot; after the name.</source>
        <translation>Un nom entre guillemets de la ligne d’en-tête n’a pas de guillemet fermant&#xa0;: il court jusqu’à la fin du fichier. Ajoutez le &quot; fermant après le nom.</translation>
    </message>
    <message>
        <source>The file holds nothing but comment lines and blank lines. A ccimport CSV file needs a header row naming its fields, such as account_id,description.</source>
        <translation>Le fichier ne contient que des lignes de commentaire et des lignes vides. Un fichier CSV ccimport a besoin d’une ligne d’en-tête nommant ses champs, par exemple account_id,description.</translation>
    </message>
    <message>
        <source>The file cannot be read (%1). Check that it is readable by you, or copy it somewhere readable.</source>
        <translation>Le fichier ne peut pas être lu (%1). Vérifiez que vous avez le droit de le lire, ou copiez-le dans un endroit lisible.</translation>
    </message>
    <message>
        <source>The file does not exist. Check the name and the folder, or choose another file.</source>
        <translation>Le fichier n’existe pas. Vérifiez le nom et le dossier, ou choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>This is a folder, not a file. Choose a CSV file inside it.</source>
        <translation>C’est un dossier, pas un fichier. Choisissez un fichier CSV à l’intérieur.</translation>
    </message>
    <message>
        <source>The file is empty. A ccimport CSV file starts with a header row naming its fields, such as account_id,description.</source>
        <translation>Le fichier est vide. Un fichier CSV ccimport commence par une ligne d’en-tête nommant ses champs, par exemple account_id,description.</translation>
    </message>
    <message>
        <source>The file holds binary data (a NUL byte on this line), so it is not a CSV text file. Choose a CSV file saved as text, preferably UTF-8.</source>
        <translation>Le fichier contient des données binaires (un octet NUL sur cette ligne)&#xa0;: ce n’est donc pas un fichier texte CSV. Choisissez un fichier CSV enregistré comme texte, de préférence en UTF-8.</translation>
    </message>
</context>
<context>
    <name>ccedit::CsvWriter</name>
    <message>
        <source>it is a folder, not a file name</source>
        <translation>c’est un dossier, pas un nom de fichier</translation>
    </message>
    <message>
        <source>Cannot save &quot;%1&quot;: %2. %3 The old file, if any, is unchanged.</source>
        <translation>Impossible d’enregistrer « %1 » : %2. %3 L’ancien fichier, s’il existe, est inchangé.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>Free some space on it, or save to another disk.</source>
        <translation>Libérez de l’espace sur ce disque, ou enregistrez sur un autre disque.</translation>
    </message>
    <message>
        <source>you may not write in its folder (%1)</source>
        <translation>vous ne pouvez pas écrire dans son dossier (%1)</translation>
    </message>
    <message>
        <source>Save to a folder you can write to, or ask for write access.</source>
        <translation>Enregistrez dans un dossier où vous pouvez écrire, ou demandez l’accès en écriture.</translation>
    </message>
    <message>
        <source>its folder no longer exists</source>
        <translation>son dossier n’existe plus</translation>
    </message>
    <message>
        <source>Choose a folder that exists.</source>
        <translation>Choisissez un dossier qui existe.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to and check that the disk has free space.</source>
        <translation>Choisissez un dossier où vous pouvez écrire et vérifiez que le disque a de l’espace libre.</translation>
    </message>
    <message>
        <source>Choose a file name for the table.</source>
        <translation>Choisissez un nom de fichier pour le tableau.</translation>
    </message>
</context>
<context>
    <name>ccedit::DocumentStatus</name>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop opening the file (Esc)</source>
        <translation>Arrêter l’ouverture du fichier (Échap)</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <source>Line ends</source>
        <translation>Fins de ligne</translation>
    </message>
    <message>
        <source>Problem counts</source>
        <translation>Nombre de problèmes</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Read as %1. File ▸ Reopen with Encoding reads it another way.</source>
        <translation>Lu en %1. Fichier ▸ Rouvrir avec l’encodage le lit autrement.</translation>
    </message>
    <message>
        <source>Semicolons</source>
        <translation>Points-virgules</translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation>Tabulations</translation>
    </message>
    <message>
        <source>Commas</source>
        <translation>Virgules</translation>
    </message>
    <message>
        <source>CRLF</source>
        <comment>Windows line ends</comment>
        <translation>CRLF</translation>
    </message>
    <message>
        <source>CR</source>
        <comment>classic Mac line ends</comment>
        <translation>CR</translation>
    </message>
    <message>
        <source>LF</source>
        <comment>Unix line ends</comment>
        <translation>LF</translation>
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
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
</context>
<context>
    <name>ccedit::EditActions</name>
    <message>
        <source>Cut</source>
        <translation>Couper</translation>
    </message>
    <message>
        <source>Clear Cells</source>
        <translation>Vider les cellules</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message numerus="yes">
        <source>The pasted range is wider than the table; %n column(s) were left out.</source>
        <translation>
            <numerusform>La plage collée est plus large que le tableau&#xa0;; %n colonne a été omise.</numerusform>
            <numerusform>La plage collée est plus large que le tableau&#xa0;; %n colonnes ont été omises.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill Down</source>
        <translation>Recopier vers le bas</translation>
    </message>
    <message>
        <source>Every field is present</source>
        <translation>Tous les champs sont présents</translation>
    </message>
    <message>
        <source>No quick fix for this problem</source>
        <translation>Aucune correction rapide pour ce problème</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %Ln row(s)…</source>
        <translation>
            <numerusform>%1 dans %Ln ligne…</numerusform>
            <numerusform>%1 dans %Ln lignes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copying %Ln row(s)…</source>
        <translation>
            <numerusform>Copie de %Ln ligne…</numerusform>
            <numerusform>Copie de %Ln lignes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the pasted cells…</source>
        <translation>Lecture des cellules collées…</translation>
    </message>
    <message numerus="yes">
        <source>Deleting %Ln row(s)…</source>
        <translation>
            <numerusform>Suppression de %Ln ligne…</numerusform>
            <numerusform>Suppression de %Ln lignes…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ccedit::ExportReader</name>
    <message>
        <source>The compressed data is damaged or cut off. Expected a complete gzip, bzip2 or xz file; fetch the export again.</source>
        <translation>Les données compressées sont endommagées ou tronquées. Un fichier gzip, bzip2 ou xz complet était attendu&#xa0;; récupérez de nouveau l’export.</translation>
    </message>
    <message>
        <source>The export decompresses to more than %1; ccedit reads at most %1 from one export. Split it into smaller exports.</source>
        <translation>L’export décompressé dépasse %1&#xa0;; ccedit lit au plus %1 d’un export. Divisez-le en exports plus petits.</translation>
    </message>
    <message>
        <source>The export is larger than %1; ccedit reads at most %1 from one export. Split it into smaller exports.</source>
        <translation>L’export dépasse %1&#xa0;; ccedit lit au plus %1 d’un export. Divisez-le en exports plus petits.</translation>
    </message>
    <message>
        <source>The export could not be unpacked to a temporary file. Check that the disk has free space.</source>
        <translation>L’export n’a pas pu être décompressé dans un fichier temporaire. Vérifiez qu’il reste de la place sur le disque.</translation>
    </message>
    <message>
        <source>The file is empty. Expected a customer export (a JSON array of customer objects, possibly compressed) or an archive of exports.</source>
        <translation>Le fichier est vide. Un export de clients (un tableau JSON d’objets clients, éventuellement compressé) ou une archive d’exports était attendu.</translation>
    </message>
    <message>
        <source>The archive cannot be read (%1). Expected an intact zip or tar archive of customer exports.</source>
        <translation>L’archive ne peut pas être lue (%1). Une archive zip ou tar intacte d’exports de clients était attendue.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>The archive holds no customer export. Expected a file named like 2024-05-06_0930_customer.json.gz in it.</source>
        <translation>L’archive ne contient aucun export de clients. Un fichier nommé comme 2024-05-06_0930_customer.json.gz y était attendu.</translation>
    </message>
    <message>
        <source>The archive holds several files named &quot;%1&quot;: %2. Name one by its path.</source>
        <translation>L’archive contient plusieurs fichiers nommés «&#xa0;%1&#xa0;»&#xa0;: %2. Désignez-en un par son chemin.</translation>
    </message>
    <message>
        <source>The archive has no member &quot;%1&quot;. Its customer exports are: %2.</source>
        <translation>L’archive ne contient pas «&#xa0;%1&#xa0;». Ses exports de clients sont&#xa0;: %2.</translation>
    </message>
    <message>
        <source>A customer export cannot be read as %1. Open it as UTF-8 or Windows-1252.</source>
        <translation>Un export de clients ne peut pas être lu en %1. Ouvrez-le en UTF-8 ou en Windows-1252.</translation>
    </message>
    <message>
        <source>The export is not valid UTF-8 on this line. Open it as Windows-1252, or export it again as UTF-8.</source>
        <translation>L’export n’est pas en UTF-8 valide sur cette ligne. Ouvrez-le en Windows-1252, ou exportez-le de nouveau en UTF-8.</translation>
    </message>
    <message>
        <source>it is damaged or cut off</source>
        <translation>elle est endommagée ou tronquée</translation>
    </message>
    <message>
        <source>The file is not JSON: it starts with &quot;%1&quot;, where a customer export starts with [, a JSON array of customer objects. If it is a CSV file, give it a name ending in .csv.</source>
        <translation>Le fichier n’est pas du JSON : il commence par « %1 », là où un export de clients commence par [, un tableau JSON d’objets client. S’il s’agit d’un fichier CSV, donnez-lui un nom se terminant par .csv.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>names listed, then a count</comment>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ccedit::FieldReferenceDialog</name>
    <message>
        <source>true, false, 1 or 0 (any case)</source>
        <translation>true, false, 1 ou 0 (majuscules ou minuscules)</translation>
    </message>
    <message>
        <source>levels separated by |, none empty</source>
        <translation>niveaux séparés par |, aucun vide</translation>
    </message>
    <message>
        <source>one character</source>
        <translation>un caractère</translation>
    </message>
    <message>
        <source>whole number from %1 to %2</source>
        <translation>nombre entier de %1 à %2</translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation>une adresse e-mail</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>also: %1</source>
        <translation>aussi&#xa0;: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Fields of a ccimport customer file</source>
        <translation>Champs d’un fichier clients ccimport</translation>
    </message>
    <message>
        <source>The first line names the fields, in any order. account_id and description are required. A dot may stand for an underscore, and names match in any case. A blank value uses the field&apos;s default.</source>
        <translation>La première ligne nomme les champs, dans n’importe quel ordre. account_id et description sont obligatoires. Un point peut remplacer un tiret bas, et les noms ne tiennent pas compte de la casse. Une valeur vide prend la valeur par défaut du champ.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Site profile</source>
        <translation>Profil de site</translation>
    </message>
    <message>
        <source>Whether a rate plan exists, and how many levels an account ID may have, depend on the site. A site profile says so: a JSON file with the site&apos;s rate plans and the levels of its account structure, both optional. ccedit uses a %1 in the folder of the file it reads, else the profile chosen in Settings &gt; Site Profile (or given with --profile on the command line).</source>
        <translation>L’existence d’un plan tarifaire, et le nombre de niveaux qu’un identifiant de compte peut avoir, dépendent du site. Un profil de site les indique&#xa0;: un fichier JSON avec les plans tarifaires du site et les niveaux de sa structure des comptes, tous deux facultatifs. ccedit utilise un %1 du dossier du fichier qu’il lit, sinon le profil choisi dans Paramètres &gt; Profil de site (ou donné avec --profile sur la ligne de commande).</translation>
    </message>
    <message>
        <source>While a profile is in force, a rate_plan that names none of its rate plans (in any case; blank means Default, which always exists) is an unknown-rate-plan error, and an account_id with more levels than the account structure is an account-id-too-deep error.</source>
        <translation>Tant qu’un profil est en vigueur, un rate_plan qui ne nomme aucun de ses plans tarifaires (sans tenir compte de la casse&#xa0;; vide signifie Default, qui existe toujours) est une erreur unknown-rate-plan, et un account_id qui a plus de niveaux que la structure des comptes est une erreur account-id-too-deep.</translation>
    </message>
</context>
<context>
    <name>ccedit::FileController</name>
    <message>
        <source>Cannot Open File</source>
        <translation>Impossible d’ouvrir le fichier</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled.</source>
        <translation>L’ouverture de %1 a été annulée.</translation>
    </message>
    <message>
        <source>Export Valid Rows Only</source>
        <translation>Exporter uniquement les lignes valides</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>Impossible d’exporter</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1; left out %n row(s) with errors.</source>
        <translation>
            <numerusform>%1 a été écrit&#xa0;; %n ligne avec des erreurs a été omise.</numerusform>
            <numerusform>%1 a été écrit&#xa0;; %n lignes avec des erreurs ont été omises.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation>Impossible d’enregistrer</translation>
    </message>
    <message>
        <source>%1 is the customer data export this table was made from; it is never overwritten. Choose another name for the CSV file.</source>
        <translation>%1 est l’export de données clients dont ce tableau est issu&#xa0;; il n’est jamais écrasé. Choisissez un autre nom pour le fichier CSV.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Enregistrement de %1…</translation>
    </message>
    <message>
        <source>Mapping %1…</source>
        <translation>Application de la correspondance à %1…</translation>
    </message>
    <message>
        <source>Cannot Change Mapping</source>
        <translation>Impossible de modifier la correspondance</translation>
    </message>
    <message>
        <source>Change Mapping</source>
        <translation>Modifier la correspondance</translation>
    </message>
</context>
<context>
    <name>ccedit::FindReplace</name>
    <message>
        <source>Enter the text to find.</source>
        <translation>Saisissez le texte à rechercher.</translation>
    </message>
    <message>
        <source>The regular expression is not valid at position %1: %2. Correct it or turn off &quot;Regular expression&quot;.</source>
        <translation>L’expression régulière n’est pas valide à la position %1&#xa0;: %2. Corrigez-la ou désactivez «&#xa0;Expression régulière&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ccedit::FindReplaceDialog</name>
    <message>
        <source>Whole table</source>
        <translation>Tout le tableau</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not found.</source>
        <translation>«&#xa0;%1&#xa0;» est introuvable.</translation>
    </message>
    <message>
        <source>A match is in a row hidden by the filter (line %1).</source>
        <translation>Une correspondance se trouve dans une ligne masquée par le filtre (ligne %1).</translation>
    </message>
    <message numerus="yes">
        <source>Replace All (%n cell(s))</source>
        <translation>
            <numerusform>Tout remplacer (%n cellule)</numerusform>
            <numerusform>Tout remplacer (%n cellules)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced in %n cell(s).</source>
        <translation>
            <numerusform>Remplacé dans %n cellule.</numerusform>
            <numerusform>Remplacé dans %n cellules.</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Replacing…</source>
        <translation>Remplacement…</translation>
    </message>
</context>
<context>
    <name>ccedit::InsertColumn</name>
    <message>
        <source>Insert Column</source>
        <translation>Insérer une colonne</translation>
    </message>
</context>
<context>
    <name>ccedit::InsertRows</name>
    <message>
        <source>Insert Rows</source>
        <translation>Insérer des lignes</translation>
    </message>
</context>
<context>
    <name>ccedit::JournalKeeper</name>
    <message>
        <source>Unsaved changes cannot be kept for recovery in %1: %2</source>
        <translation>Les modifications non enregistrées ne peuvent pas être conservées pour la récupération dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>another ccedit uses it</source>
        <translation>une autre instance de ccedit l’utilise</translation>
    </message>
    <message>
        <source>the lock file cannot be made</source>
        <translation>le fichier de verrou ne peut pas être créé</translation>
    </message>
    <message>
        <source>the changes cannot be told apart from the file</source>
        <translation>les modifications ne peuvent pas être distinguées de l’état du fichier</translation>
    </message>
    <message>
        <source>the folder cannot be made</source>
        <translation>le dossier ne peut pas être créé</translation>
    </message>
</context>
<context>
    <name>ccedit::JsonRecords</name>
    <message>
        <source>member &quot;%1&quot; in record %2</source>
        <translation>le membre «&#xa0;%1&#xa0;» de l’enregistrement %2</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>attendu&#xa0;: %1, trouvé&#xa0;: %2</translation>
    </message>
    <message>
        <source>the end of the file</source>
        <translation>la fin du fichier</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a JSON array of customer objects ([ {...}, ... ])</source>
        <translation>un tableau JSON d’objets clients ([ {...}, ... ])</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos; after record %1</source>
        <translation>«&#xa0;,&#xa0;» ou «&#xa0;]&#xa0;» après l’enregistrement %1</translation>
    </message>
    <message>
        <source>the end of the file after the array of customer objects</source>
        <translation>la fin du fichier après le tableau d’objets clients</translation>
    </message>
    <message>
        <source>a customer object ({...}) as record %1</source>
        <translation>un objet client ({...}) comme enregistrement %1</translation>
    </message>
    <message>
        <source>a member name in double quotes in record %1</source>
        <translation>un nom de membre entre guillemets doubles dans l’enregistrement %1</translation>
    </message>
    <message>
        <source>&apos;:&apos; after member &quot;%1&quot; in record %2</source>
        <translation>«&#xa0;:&#xa0;» après le membre «&#xa0;%1&#xa0;» de l’enregistrement %2</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;}&apos; after %1</source>
        <translation>«&#xa0;,&#xa0;» ou «&#xa0;}&#xa0;» après %1</translation>
    </message>
    <message>
        <source>a value for %1</source>
        <translation>une valeur pour %1</translation>
    </message>
    <message>
        <source>a value in the value of %1</source>
        <translation>une valeur dans la valeur de %1</translation>
    </message>
    <message>
        <source>found arrays and objects nested more than %1 deep in the value of %2; expected at most %1</source>
        <translation>tableaux et objets imbriqués sur plus de %1 niveaux trouvés dans la valeur de %2&#xa0;; %1 niveaux au plus étaient attendus</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;%1&apos; in the value of %2</source>
        <translation>«&#xa0;,&#xa0;» ou «&#xa0;%1&#xa0;» dans la valeur de %2</translation>
    </message>
    <message>
        <source>a member name in double quotes in the value of %1</source>
        <translation>un nom de membre entre guillemets doubles dans la valeur de %1</translation>
    </message>
    <message>
        <source>&apos;:&apos; after a member name in the value of %1</source>
        <translation>«&#xa0;:&#xa0;» après un nom de membre dans la valeur de %1</translation>
    </message>
    <message>
        <source>the string starting here never ends; expected a closing &quot; before the end of the file</source>
        <translation>la chaîne qui commence ici ne se termine jamais&#xa0;; un &quot; fermant était attendu avant la fin du fichier</translation>
    </message>
    <message>
        <source>found %1 inside a string; expected it written as an escape such as \n or \u%2</source>
        <translation>%1 trouvé dans une chaîne&#xa0;; une séquence d’échappement comme \n ou \u%2 était attendue</translation>
    </message>
    <message>
        <source>the file ends inside an escape; expected a complete string</source>
        <translation>le fichier se termine au milieu d’une séquence d’échappement&#xa0;; une chaîne complète était attendue</translation>
    </message>
    <message>
        <source>invalid escape &quot;%1&quot; in a string; expected one of \&quot; \\ \/ \b \f \n \r \t or \u and four hexadecimal digits</source>
        <translation>séquence d’échappement «&#xa0;%1&#xa0;» non valide dans une chaîne&#xa0;; l’une de \&quot; \\ \/ \b \f \n \r \t ou \u suivi de quatre chiffres hexadécimaux était attendue</translation>
    </message>
    <message>
        <source>invalid escape &quot;%1&quot; in a string; expected \u and four hexadecimal digits</source>
        <translation>séquence d’échappement «&#xa0;%1&#xa0;» non valide dans une chaîne&#xa0;; \u suivi de quatre chiffres hexadécimaux était attendu</translation>
    </message>
    <message>
        <source>the escape &quot;%1&quot; is half of a UTF-16 surrogate pair; expected a high surrogate (\uD800 to \uDBFF) followed by a low one (\uDC00 to \uDFFF)</source>
        <translation>la séquence d’échappement «&#xa0;%1&#xa0;» est la moitié d’une paire de substitution UTF-16&#xa0;; un demi-code haut (\uD800 à \uDBFF) suivi d’un demi-code bas (\uDC00 à \uDFFF) était attendu</translation>
    </message>
    <message>
        <source>a digit in the number</source>
        <translation>un chiffre dans le nombre</translation>
    </message>
    <message>
        <source>the export has %1 records with %2 different members, more than ccedit can hold; expected the same few members in every record</source>
        <translation>l’export contient %1 enregistrements avec %2 membres différents, plus que ccedit ne peut en contenir&#xa0;; les mêmes quelques membres étaient attendus dans chaque enregistrement</translation>
    </message>
    <message>
        <source>the JSON text is larger than %1 MiB; ccedit reads at most %1 MiB</source>
        <translation>le texte JSON dépasse %1 Mio&#xa0;; ccedit lit au plus %1 Mio</translation>
    </message>
</context>
<context>
    <name>ccedit::Loader</name>
    <message>
        <source>The file does not exist. Check the name and the folder, or choose another file.</source>
        <translation>Le fichier n’existe pas. Vérifiez le nom et le dossier, ou choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>This is a folder, not a file. Choose a file inside it.</source>
        <translation>C’est un dossier, pas un fichier. Choisissez un fichier à l’intérieur.</translation>
    </message>
    <message>
        <source>The file cannot be opened (%1). Check that you may read it.</source>
        <translation>Le fichier ne peut pas être ouvert (%1). Vérifiez que vous avez le droit de le lire.</translation>
    </message>
    <message>
        <source>The file holds binary data that is neither a CSV file, a customer export (.json, .json.gz) nor an archive of exports (.zip, .tar, .tar.gz, .tar.bz2, .tar.xz). Choose one of those.</source>
        <translation>Le fichier contient des données binaires qui ne sont ni un fichier CSV, ni un export de clients (.json, .json.gz), ni une archive d’exports (.zip, .tar, .tar.gz, .tar.bz2, .tar.xz). Choisissez l’un de ceux-ci.</translation>
    </message>
    <message>
        <source>Reading was cancelled before the end of the file, so nothing was opened. Open the file again to read all of it.</source>
        <translation>La lecture a été annulée avant la fin du fichier, rien n&apos;a donc été ouvert. Ouvrez de nouveau le fichier pour le lire en entier.</translation>
    </message>
    <message>
        <source>a customer export (.json)</source>
        <translation>un export de clients (.json)</translation>
    </message>
    <message>
        <source>a gzip-compressed customer export (.json.gz)</source>
        <translation>un export de clients compressé avec gzip (.json.gz)</translation>
    </message>
    <message>
        <source>a zip archive (.zip)</source>
        <translation>une archive zip (.zip)</translation>
    </message>
    <message>
        <source>a tar archive (.tar)</source>
        <translation>une archive tar (.tar)</translation>
    </message>
    <message>
        <source>a compressed tar archive (.tar.gz, .tgz, .tar.bz2 or .tar.xz)</source>
        <translation>une archive tar compressée (.tar.gz, .tgz, .tar.bz2 ou .tar.xz)</translation>
    </message>
    <message>
        <source>a zip archive</source>
        <translation>une archive zip</translation>
    </message>
    <message>
        <source>a tar archive</source>
        <translation>une archive tar</translation>
    </message>
    <message>
        <source>a compressed tar archive</source>
        <translation>une archive tar compressée</translation>
    </message>
    <message>
        <source>a gzip-compressed file, not an archive</source>
        <translation>un fichier compressé avec gzip, pas une archive</translation>
    </message>
    <message>
        <source>a file compressed with bzip2 or xz, not gzip</source>
        <translation>un fichier compressé avec bzip2 ou xz, pas gzip</translation>
    </message>
    <message>
        <source>uncompressed JSON</source>
        <translation>du JSON non compressé</translation>
    </message>
    <message>
        <source>uncompressed text that is not JSON</source>
        <translation>du texte non compressé qui n’est pas du JSON</translation>
    </message>
    <message>
        <source>The file&apos;s name says it is %1, but it is %2. Rename it after what it holds, or choose the file you meant.</source>
        <translation>D’après son nom, le fichier est %1, mais c’est %2. Renommez-le d’après ce qu’il contient, ou choisissez le fichier voulu.</translation>
    </message>
    <message>
        <source>The file is a symbolic link to &quot;%1&quot;, which does not exist. Point the link to the file, or choose the file itself.</source>
        <translation>Le fichier est un lien symbolique vers « %1 », qui n’existe pas. Faites pointer le lien vers le fichier, ou choisissez le fichier lui-même.</translation>
    </message>
    <message>
        <source>The file is a symbolic link that leads in a circle of links and never to a file. Point the link to the file, or choose the file itself.</source>
        <translation>Le fichier est un lien symbolique qui tourne en rond entre des liens et ne mène jamais à un fichier. Faites pointer le lien vers le fichier, ou choisissez le fichier lui-même.</translation>
    </message>
    <message>
        <source>This is not a file but a FIFO, a device or a socket, which ccedit cannot read. Save what it gives to a file and choose that file.</source>
        <translation>Ce n’est pas un fichier mais un FIFO, un périphérique ou une socket, que ccedit ne peut pas lire. Enregistrez ce qu’il fournit dans un fichier et choisissez ce fichier.</translation>
    </message>
    <message>
        <source>the system gave no reason</source>
        <translation>le système n’a donné aucune raison</translation>
    </message>
</context>
<context>
    <name>ccedit::MainToolBar</name>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>&amp;Barre d’outils</translation>
    </message>
</context>
<context>
    <name>ccedit::MainWindow</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Problems Panel</source>
        <translation>Panneau des &amp;problèmes</translation>
    </message>
    <message>
        <source>About ccedit</source>
        <translation>À propos de ccedit</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ccedit %1&lt;/h3&gt;&lt;p&gt;An editor and checker for Consumption Analytics (Cloud Cruiser 4) ccimport customer CSV files. It also opens VOSS Automate customer data exports and turns them into ccimport files.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ccedit %1&lt;/h3&gt;&lt;p&gt;Un éditeur et vérificateur des fichiers CSV clients ccimport de Consumption Analytics (Cloud Cruiser 4). Il ouvre aussi les exports de données clients de VOSS Automate et les transforme en fichiers ccimport.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Change &amp;Mapping…</source>
        <translation>Modifier la &amp;correspondance…</translation>
    </message>
    <message>
        <source>Map the export this table was made from again</source>
        <translation>Associer de nouveau l’export dont ce tableau est issu</translation>
    </message>
</context>
<context>
    <name>ccedit::Mapping</name>
    <message>
        <source>The &apos;}&apos; at position %1 of template &quot;%2&quot; closes no &apos;{&apos;. Write }} for a literal }.</source>
        <translation>Le «&#xa0;}&#xa0;» à la position %1 du modèle «&#xa0;%2&#xa0;» ne ferme aucun «&#xa0;{&#xa0;». Écrivez }} pour un } littéral.</translation>
    </message>
    <message>
        <source>The &apos;{&apos; at position %1 of template &quot;%2&quot; is not closed. Write {member} to insert a member, or {{ for a literal {.</source>
        <translation>Le «&#xa0;{&#xa0;» à la position %1 du modèle «&#xa0;%2&#xa0;» n’est pas fermé. Écrivez {member} pour insérer un membre, ou {{ pour un { littéral.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; has an empty {} at position %2. Write a member name in the braces, for example {customer_name}.</source>
        <translation>Le modèle «&#xa0;%1&#xa0;» contient un {} vide à la position %2. Écrivez un nom de membre entre les accolades, par exemple {customer_name}.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not of the form FIELD=VALUE. Write for example description={customer_name} or active=true.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas de la forme CHAMP=VALEUR. Écrivez par exemple description={customer_name} ou active=true.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ccimport field. Did you mean %2?</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un champ ccimport. Vouliez-vous dire %2&#xa0;?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ccimport field. Use a field such as account_id, description or active.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un champ ccimport. Utilisez un champ comme account_id, description ou active.</translation>
    </message>
    <message>
        <source>The mapping names &quot;%1&quot;, which is not a canonical ccimport field name. Use a field such as description.</source>
        <translation>La correspondance nomme «&#xa0;%1&#xa0;», qui n’est pas un nom canonique de champ ccimport. Utilisez un champ comme description.</translation>
    </message>
    <message>
        <source>The field %1 has both a template and a constant. Give it one of them.</source>
        <translation>Le champ %1 a à la fois un modèle et une constante. Donnez-lui l’un des deux.</translation>
    </message>
    <message>
        <source>The template of %1 is wrong: %2</source>
        <translation>Le modèle de %1 est incorrect&#xa0;: %2</translation>
    </message>
    <message>
        <source>The template of %1, &quot;%2&quot;, uses {hierarchy_path}, which is made from member &quot;hierarchy&quot;, but no record of the export has it. Its members are: %3.</source>
        <translation>Le modèle de %1, «&#xa0;%2&#xa0;», utilise {hierarchy_path}, formé à partir du membre «&#xa0;hierarchy&#xa0;», mais aucun enregistrement de l’export ne l’a. Ses membres sont&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The template of %1, &quot;%2&quot;, names member &quot;%3&quot;, which no record of the export has. Its members are: %4.</source>
        <translation>Le modèle de %1, «&#xa0;%2&#xa0;», nomme le membre «&#xa0;%3&#xa0;», qu’aucun enregistrement de l’export n’a. Ses membres sont&#xa0;: %4.</translation>
    </message>
    <message>
        <source>The mapped rows would hold more than %1 of text; ccedit keeps at most %1 of values. Map fewer or shorter fields, or split the export.</source>
        <translation>Les lignes mises en correspondance contiendraient plus de %1 de texte&#xa0;; ccedit garde au plus %1 de valeurs. Faites correspondre moins de champs ou des champs plus courts, ou divisez l’export.</translation>
    </message>
</context>
<context>
    <name>ccedit::MappingDialog</name>
    <message>
        <source>Members in %1: %2</source>
        <translation>Membres dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Filled from</source>
        <translation>Rempli à partir de</translation>
    </message>
    <message>
        <source>Template or value</source>
        <translation>Modèle ou valeur</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>Constante</translation>
    </message>
    <message>
        <source>How %1 is filled</source>
        <translation>Comment %1 est rempli</translation>
    </message>
    <message>
        <source>Template or value of %1</source>
        <translation>Modèle ou valeur de %1</translation>
    </message>
    <message numerus="yes">
        <source>First %n row(s): </source>
        <translation>
            <numerusform>Première ligne&#xa0;: </numerusform>
            <numerusform>%n premières lignes&#xa0;: </numerusform>
        </translation>
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
</context>
<context>
    <name>ccedit::MergePlan</name>
    <message>
        <source>It has no account_id column, so no row could be matched with the other file. Give the file an account_id column.</source>
        <translation>Il n’a pas de colonne account_id, donc aucune ligne n’a pu être appariée avec l’autre fichier. Donnez au fichier une colonne account_id.</translation>
    </message>
    <message>
        <source>This row has no account ID, so it matches no customer of the base and is not added. Give it an account ID.</source>
        <translation>Cette ligne n’a pas d’identifiant de compte&#xa0;: elle ne correspond donc à aucun client de la base et n’est pas ajoutée. Donnez-lui un identifiant de compte.</translation>
    </message>
    <message>
        <source>This row has no account ID, so no row of the update can match it; it is left as it is. Give it an account ID.</source>
        <translation>Cette ligne n’a pas d’identifiant de compte&#xa0;: aucune ligne de la mise à jour ne peut donc lui correspondre&#xa0;; elle est laissée telle quelle. Donnez-lui un identifiant de compte.</translation>
    </message>
    <message>
        <source>Account ID &quot;%1&quot; occurs more than once in the base, so this row is not matched and is left alone. Make the base&apos;s account IDs unique.</source>
        <translation>L’identifiant de compte «&#xa0;%1&#xa0;» apparaît plusieurs fois dans la base&#xa0;: cette ligne n’est donc pas appariée et reste inchangée. Rendez uniques les identifiants de compte de la base.</translation>
    </message>
    <message>
        <source>Account ID &quot;%1&quot; occurs more than once in the update, so this row is not matched and is left alone. Make the update&apos;s account IDs unique.</source>
        <translation>L’identifiant de compte «&#xa0;%1&#xa0;» apparaît plusieurs fois dans la mise à jour&#xa0;: cette ligne n’est donc pas appariée et reste inchangée. Rendez uniques les identifiants de compte de la mise à jour.</translation>
    </message>
</context>
<context>
    <name>ccedit::NewRowDefaultsDialog</name>
    <message>
        <source>Default for %1</source>
        <translation>Valeur par défaut de %1</translation>
    </message>
    <message>
        <source>Problem with the default for %1</source>
        <translation>Problème de la valeur par défaut de %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ccedit::ProblemNavigator</name>
    <message>
        <source>Continued from the top.</source>
        <translation>Reprise depuis le haut.</translation>
    </message>
    <message>
        <source>Continued from the bottom.</source>
        <translation>Reprise depuis le bas.</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Aucun problème.</translation>
    </message>
    <message>
        <source>The row of this problem is hidden by the filter.</source>
        <translation>La ligne de ce problème est masquée par le filtre.</translation>
    </message>
</context>
<context>
    <name>ccedit::ProblemStyle</name>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Fatal</source>
        <translation>Fatal</translation>
    </message>
</context>
<context>
    <name>ccedit::ProblemsModel</name>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>new, after %1</source>
        <comment>line of a row added in the editor, until it is saved</comment>
        <translation>nouvelle, après %1</translation>
    </message>
</context>
<context>
    <name>ccedit::Prompter</name>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has changes that are not saved.</source>
        <translation>«&#xa0;%1&#xa0;» contient des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Save them before going on, discard them, or cancel to keep editing.</source>
        <translation>Enregistrez-les avant de continuer, abandonnez-les, ou annulez pour continuer la modification.</translation>
    </message>
    <message>
        <source>Save With Errors</source>
        <translation>Enregistrer avec des erreurs</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; still has %n error(s); ccimport would reject those rows.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» contient encore %n erreur&#xa0;; ccimport refuserait cette ligne.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» contient encore %n erreurs&#xa0;; ccimport refuserait ces lignes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix them first (F8 goes to the next problem), save anyway, or write only the rows without errors to another file.</source>
        <translation>Corrigez-les d’abord (F8 va au problème suivant), enregistrez quand même, ou écrivez uniquement les lignes sans erreur dans un autre fichier.</translation>
    </message>
    <message>
        <source>Save &amp;Anyway</source>
        <translation>Enregistrer &amp;quand même</translation>
    </message>
    <message>
        <source>Export &amp;Valid Rows Only…</source>
        <translation>Exporter uniquement les lignes &amp;valides…</translation>
    </message>
    <message>
        <source>All supported files (*.csv *.txt *.json *.json.gz *.gz *.zip *.tar *.tar.gz *.tgz *.tar.bz2 *.tar.xz)</source>
        <translation>Tous les fichiers pris en charge (*.csv *.txt *.json *.json.gz *.gz *.zip *.tar *.tar.gz *.tgz *.tar.bz2 *.tar.xz)</translation>
    </message>
    <message>
        <source>ccimport CSV files (*.csv *.txt)</source>
        <translation>Fichiers CSV ccimport (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Customer data exports (*.json *.json.gz)</source>
        <translation>Exports de données clients (*.json *.json.gz)</translation>
    </message>
    <message>
        <source>Archives of exports (*.zip *.tar *.tar.gz *.tgz *.tar.bz2 *.tar.xz)</source>
        <translation>Archives d’exports (*.zip *.tar *.tar.gz *.tgz *.tar.bz2 *.tar.xz)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>ccimport CSV files (*.csv)</source>
        <translation>Fichiers CSV ccimport (*.csv)</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>Récupérer les modifications non enregistrées</translation>
    </message>
    <message>
        <source>ccedit was not closed normally: &quot;%1&quot; has changes from %2 that were not saved.</source>
        <translation>ccedit n’a pas été fermé normalement&#xa0;: «&#xa0;%1&#xa0;» contient des modifications du %2 qui n’ont pas été enregistrées.</translation>
    </message>
    <message>
        <source>Restore them (the file itself stays as it is until you save), discard them, or decide when you open it next time.</source>
        <translation>Restaurez-les (le fichier lui-même reste tel quel jusqu’à ce que vous enregistriez), abandonnez-les, ou décidez à sa prochaine ouverture.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>Décider &amp;plus tard</translation>
    </message>
    <message>
        <source>File Changed Since</source>
        <translation>Fichier modifié entre-temps</translation>
    </message>
    <message>
        <source>&quot;%1&quot; changed after the unsaved changes were made.</source>
        <translation>«&#xa0;%1&#xa0;» a été modifié après les modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Every change still applies to the file as it is now. Restore them onto it, or keep them for later?</source>
        <translation>Toutes les modifications s’appliquent encore au fichier dans son état actuel. Les restaurer sur celui-ci, ou les garder pour plus tard&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Restore onto the Changed File</source>
        <translation>&amp;Restaurer sur le fichier modifié</translation>
    </message>
    <message>
        <source>Keep for &amp;Later</source>
        <translation>Garder pour &amp;plus tard</translation>
    </message>
    <message>
        <source>ccimport CSV in UTF-8, line ends as read (*.csv)</source>
        <translation>CSV ccimport en UTF-8, fins de ligne telles que lues (*.csv)</translation>
    </message>
    <message>
        <source>ccimport CSV in UTF-8, LF line ends for Linux and macOS (*.csv)</source>
        <translation>CSV ccimport en UTF-8, fins de ligne LF pour Linux et macOS (*.csv)</translation>
    </message>
    <message>
        <source>ccimport CSV in UTF-8, CRLF line ends for Windows (*.csv)</source>
        <translation>CSV ccimport en UTF-8, fins de ligne CRLF pour Windows (*.csv)</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>Change Mapping</source>
        <translation>Modifier la correspondance</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has changes. Mapping the export again makes the table anew from the export, without them.</source>
        <translation>«&#xa0;%1&#xa0;» contient des modifications. Associer de nouveau l’export refait le tableau à partir de l’export, sans elles.</translation>
    </message>
    <message>
        <source>Edit ▸ Undo brings the table with your changes back.</source>
        <translation>Édition ▸ Annuler ramène le tableau avec vos modifications.</translation>
    </message>
    <message>
        <source>&amp;Map Again…</source>
        <translation>Associer de &amp;nouveau…</translation>
    </message>
</context>
<context>
    <name>ccedit::QuickFixes</name>
    <message numerus="yes">
        <source>Accept All %n Ragged Rows</source>
        <translation>
            <numerusform>Accepter la ligne irrégulière</numerusform>
            <numerusform>Accepter les %n lignes irrégulières</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept Ragged Row</source>
        <translation>Accepter la ligne irrégulière</translation>
    </message>
    <message numerus="yes">
        <source>Trim Spaces in All %n Cells</source>
        <translation>
            <numerusform>Supprimer les espaces de la cellule</numerusform>
            <numerusform>Supprimer les espaces des %n cellules</numerusform>
        </translation>
    </message>
    <message>
        <source>Trim Surrounding Spaces</source>
        <translation>Supprimer les espaces au début et à la fin</translation>
    </message>
    <message numerus="yes">
        <source>Replace Control Characters in All %n Cells</source>
        <translation>
            <numerusform>Remplacer les caractères de contrôle de la cellule</numerusform>
            <numerusform>Remplacer les caractères de contrôle des %n cellules</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace Control Characters with Spaces</source>
        <translation>Remplacer les caractères de contrôle par des espaces</translation>
    </message>
    <message numerus="yes">
        <source>Clear All %n Invalid %1 Values</source>
        <translation>
            <numerusform>Vider la valeur %1 non valide</numerusform>
            <numerusform>Vider les %n valeurs %1 non valides</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear Invalid Value</source>
        <translation>Vider la valeur non valide</translation>
    </message>
    <message numerus="yes">
        <source>Reset All %n Invalid %1 Values to %2</source>
        <translation>
            <numerusform>Remettre la valeur %1 non valide à %2</numerusform>
            <numerusform>Remettre les %n valeurs %1 non valides à %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset to Default (%1)</source>
        <translation>Remettre la valeur par défaut (%1)</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Rename to %1</source>
        <translation>Renommer en %1</translation>
    </message>
    <message>
        <source>Add Column %1</source>
        <translation>Ajouter la colonne %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove Column %1 (%2) with Its %n Value(s)</source>
        <translation>
            <numerusform>Retirer la colonne %1 (%2) avec %n valeur</numerusform>
            <numerusform>Retirer la colonne %1 (%2) avec ses %n valeurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace All %n &quot;%1&quot; with &quot;%2&quot;</source>
        <translation>
            <numerusform>Remplacer %n «&#xa0;%1&#xa0;» par «&#xa0;%2&#xa0;»</numerusform>
            <numerusform>Remplacer les %n «&#xa0;%1&#xa0;» par «&#xa0;%2&#xa0;»</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace with &quot;%1&quot;</source>
        <translation>Remplacer par «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ccedit::RecentFiles</name>
    <message>
        <source>No Recent Files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
</context>
<context>
    <name>ccedit::RecoveryController</name>
    <message>
        <source>Restoring unsaved changes…</source>
        <translation>Restauration des modifications non enregistrées…</translation>
    </message>
    <message>
        <source>Restored the unsaved changes of %1.</source>
        <translation>Modifications non enregistrées de %1 restaurées.</translation>
    </message>
    <message>
        <source>Cannot Restore</source>
        <translation>Impossible de restaurer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; changed after the unsaved changes were made, and not every change applies to it as it is now. The changes are kept: ccedit offers them again when it starts on this file.</source>
        <translation>«&#xa0;%1&#xa0;» a été modifié après les modifications non enregistrées, et elles ne s’y appliquent pas toutes dans son état actuel. Les modifications sont conservées&#xa0;: ccedit les propose de nouveau quand il démarre sur ce fichier.</translation>
    </message>
    <message>
        <source>The unsaved changes of &quot;%1&quot; cannot be restored: %2 They are kept: ccedit offers them again when it starts on this file.</source>
        <translation>Les modifications non enregistrées de «&#xa0;%1&#xa0;» ne peuvent pas être restaurées&#xa0;: %2 Elles sont conservées&#xa0;: ccedit les propose de nouveau quand il démarre sur ce fichier.</translation>
    </message>
</context>
<context>
    <name>ccedit::RecoveryJournal</name>
    <message>
        <source>%1 is not a recovery journal of ccedit.</source>
        <translation>%1 n’est pas un journal de récupération de ccedit.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Change %1 of the unsaved changes does not apply to %2 as it is now.</source>
        <translation>La modification %1 des modifications non enregistrées ne s’applique pas à %2 dans son état actuel.</translation>
    </message>
</context>
<context>
    <name>ccedit::RemoveColumn</name>
    <message>
        <source>Remove Column</source>
        <translation>Retirer la colonne</translation>
    </message>
</context>
<context>
    <name>ccedit::RemoveRows</name>
    <message>
        <source>Remove Rows</source>
        <translation>Supprimer les lignes</translation>
    </message>
</context>
<context>
    <name>ccedit::RenameColumn</name>
    <message>
        <source>Rename Column</source>
        <translation>Renommer la colonne</translation>
    </message>
</context>
<context>
    <name>ccedit::RenameColumnDialog</name>
    <message>
        <source>Rename Column</source>
        <translation>Renommer la colonne</translation>
    </message>
    <message>
        <source>%1 (short: %2)</source>
        <translation>%1 (abrégé&#xa0;: %2)</translation>
    </message>
    <message>
        <source>&amp;New name of &quot;%1&quot;:</source>
        <translation>&amp;Nouveau nom de «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a field of ccimport or type any name.</source>
        <translation>Choisissez un champ de ccimport ou saisissez un nom quelconque.</translation>
    </message>
</context>
<context>
    <name>ccedit::Schema</name>
    <message>
        <source>Whether the customer is active: true, false, 1 or 0. The default is true.</source>
        <translation>Indique si le client est actif&#xa0;: true, false, 1 ou 0. La valeur par défaut est true.</translation>
    </message>
    <message>
        <source>The name of the rate plan to associate with the customer.</source>
        <translation>Le nom du plan tarifaire à associer au client.</translation>
    </message>
    <message>
        <source>The customer&apos;s account ID. A pipe character (|) separates the levels of the account structure, for example B|Commercial.</source>
        <translation>L’identifiant de compte du client. Une barre verticale (|) sépare les niveaux de la structure des comptes, par exemple B|Commercial.</translation>
    </message>
    <message>
        <source>An alternate account ID for the customer.</source>
        <translation>Un identifiant de compte alternatif pour le client.</translation>
    </message>
    <message>
        <source>A description or the full name of the customer.</source>
        <translation>Une description ou le nom complet du client.</translation>
    </message>
    <message>
        <source>Flag 1: a single character for any purpose.</source>
        <translation>Indicateur 1&#xa0;: un seul caractère, à usage libre.</translation>
    </message>
    <message>
        <source>Flag 2: a single character for any purpose.</source>
        <translation>Indicateur 2&#xa0;: un seul caractère, à usage libre.</translation>
    </message>
    <message>
        <source>Flag 3: a single character for any purpose.</source>
        <translation>Indicateur 3&#xa0;: un seul caractère, à usage libre.</translation>
    </message>
    <message>
        <source>Flag 4: a single character for any purpose.</source>
        <translation>Indicateur 4&#xa0;: un seul caractère, à usage libre.</translation>
    </message>
    <message>
        <source>Flag 5: a single character for any purpose.</source>
        <translation>Indicateur 5&#xa0;: un seul caractère, à usage libre.</translation>
    </message>
    <message>
        <source>The customer&apos;s accounting day, a whole number from 1 to 30. The default is 1.</source>
        <translation>Le jour comptable du client, un nombre entier de 1 à 30. La valeur par défaut est 1.</translation>
    </message>
    <message>
        <source>The month in which the customer&apos;s fiscal year starts, a whole number from 1 to 12. The default is 1.</source>
        <translation>Le mois où commence l’exercice fiscal du client, un nombre entier de 1 à 12. La valeur par défaut est 1.</translation>
    </message>
    <message>
        <source>The name of a contact person for the customer.</source>
        <translation>Le nom d’une personne à contacter chez le client.</translation>
    </message>
    <message>
        <source>A contact e-mail address for the customer.</source>
        <translation>Une adresse e-mail de contact pour le client.</translation>
    </message>
    <message>
        <source>The customer&apos;s postal address, line 1.</source>
        <translation>L’adresse postale du client, ligne 1.</translation>
    </message>
    <message>
        <source>The customer&apos;s postal address, line 2.</source>
        <translation>L’adresse postale du client, ligne 2.</translation>
    </message>
    <message>
        <source>The customer&apos;s postal address, line 3.</source>
        <translation>L’adresse postale du client, ligne 3.</translation>
    </message>
    <message>
        <source>The customer&apos;s postal address, line 4.</source>
        <translation>L’adresse postale du client, ligne 4.</translation>
    </message>
    <message>
        <source>The customer&apos;s postal address, line 5.</source>
        <translation>L’adresse postale du client, ligne 5.</translation>
    </message>
</context>
<context>
    <name>ccedit::SetCellValues</name>
    <message>
        <source>Edit Cells</source>
        <translation>Modifier les cellules</translation>
    </message>
    <message>
        <source>Edit Cell</source>
        <translation>Modifier la cellule</translation>
    </message>
</context>
<context>
    <name>ccedit::SiteProfile</name>
    <message>
        <source>a site profile object ({ &quot;ratePlans&quot;: [...], &quot;accountStructure&quot;: [...] })</source>
        <translation>un objet profil de site ({ &quot;ratePlans&quot;: [...], &quot;accountStructure&quot;: [...] })</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;}&apos; after a member of the profile</source>
        <translation>«&#xa0;,&#xa0;» ou «&#xa0;}&#xa0;» après un membre du profil</translation>
    </message>
    <message>
        <source>the end of the file after the profile object</source>
        <translation>la fin du fichier après l’objet profil</translation>
    </message>
    <message>
        <source>a member name in double quotes</source>
        <translation>un nom de membre entre guillemets doubles</translation>
    </message>
    <message>
        <source>unknown member &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>membre «&#xa0;%1&#xa0;» inconnu&#xa0;; vouliez-vous dire «&#xa0;%2&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>unknown member &quot;%1&quot;; a profile has only &quot;%2&quot; and &quot;%3&quot;</source>
        <translation>membre «&#xa0;%1&#xa0;» inconnu&#xa0;; un profil n’a que «&#xa0;%2&#xa0;» et «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>member &quot;%1&quot; is given twice; give it once</source>
        <translation>le membre «&#xa0;%1&#xa0;» est donné deux fois&#xa0;; donnez-le une seule fois</translation>
    </message>
    <message>
        <source>&apos;:&apos; after member &quot;%1&quot;</source>
        <translation>«&#xa0;:&#xa0;» après le membre «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; lists no level; list the levels of the account structure, or leave the member out</source>
        <translation>«&#xa0;%1&#xa0;» ne liste aucun niveau&#xa0;; listez les niveaux de la structure des comptes, ou omettez le membre</translation>
    </message>
    <message>
        <source>an array of names in double quotes as the value of &quot;%1&quot;</source>
        <translation>un tableau de noms entre guillemets doubles comme valeur de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a name in double quotes in &quot;%1&quot;</source>
        <translation>un nom entre guillemets doubles dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos; after a name in &quot;%1&quot;</source>
        <translation>«&#xa0;,&#xa0;» ou «&#xa0;]&#xa0;» après un nom dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>This is not a site profile (%1).</source>
        <translation>Ce n’est pas un profil de site (%1).</translation>
    </message>
    <message numerus="yes">
        <source>The file is larger than %n MiB, too large for a site profile.</source>
        <translation>
            <numerusform>Le fichier dépasse %n Mio, c’est trop pour un profil de site.</numerusform>
            <numerusform>Le fichier dépasse %n Mio, c’est trop pour un profil de site.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file cannot be read (%1).</source>
        <translation>Le fichier ne peut pas être lu (%1).</translation>
    </message>
    <message>
        <source>the system gave no reason</source>
        <translation>le système n’a donné aucune raison</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 here; save it as UTF-8</source>
        <translation>le fichier n’est pas en UTF-8 valide ici&#xa0;; enregistrez-le en UTF-8</translation>
    </message>
</context>
<context>
    <name>ccedit::SiteProfileController</name>
    <message>
        <source>The site profile cannot be read, so rate plans and account IDs are not checked against the site: %1</source>
        <translation>Le profil de site ne peut pas être lu, les plans tarifaires et les identifiants de compte ne sont donc pas vérifiés par rapport au site&#xa0;: %1</translation>
    </message>
    <message>
        <source>No site profile</source>
        <translation>Aucun profil de site</translation>
    </message>
    <message>
        <source>Rate plans and account IDs are not checked against a site. Choose a profile in Settings &gt; Site Profile, or keep a ccedit-profile.json beside the file.</source>
        <translation>Les plans tarifaires et les identifiants de compte ne sont pas vérifiés par rapport à un site. Choisissez un profil dans Paramètres &gt; Profil de site, ou placez un ccedit-profile.json à côté du fichier.</translation>
    </message>
    <message>
        <source>beside the file</source>
        <translation>à côté du fichier</translation>
    </message>
    <message>
        <source>from the settings</source>
        <translation>choisi dans les paramètres</translation>
    </message>
    <message>
        <source>Site profile %1 (%2) cannot be read</source>
        <translation>Le profil de site %1 (%2) ne peut pas être lu</translation>
    </message>
    <message>
        <source>Site profile: %1 (%2)</source>
        <translation>Profil de site&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Rate plans: %1</source>
        <translation>Plans tarifaires&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rate plans are not checked.</source>
        <translation>Les plans tarifaires ne sont pas vérifiés.</translation>
    </message>
    <message>
        <source>Account structure: %1</source>
        <translation>Structure des comptes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Account ID levels are not checked.</source>
        <translation>Les niveaux des identifiants de compte ne sont pas vérifiés.</translation>
    </message>
</context>
<context>
    <name>ccedit::SiteProfileDialog</name>
    <message>
        <source>Choose Site Profile</source>
        <translation>Choisir un profil de site</translation>
    </message>
    <message>
        <source>Site profiles (*.json);;All files (*)</source>
        <translation>Profils de site (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save Site Profile</source>
        <translation>Enregistrer le profil de site</translation>
    </message>
    <message>
        <source>No profile is chosen here.</source>
        <translation>Aucun profil n’est choisi ici.</translation>
    </message>
    <message>
        <source>This file cannot be used: %1</source>
        <translation>Ce fichier ne peut pas être utilisé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n rate plan(s)</source>
        <translation>
            <numerusform>%n plan tarifaire</numerusform>
            <numerusform>%n plans tarifaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account structure level(s)</source>
        <translation>
            <numerusform>%n niveau de structure des comptes</numerusform>
            <numerusform>%n niveaux de structure des comptes</numerusform>
        </translation>
    </message>
    <message>
        <source>The profile cannot be saved as %1: %2</source>
        <translation>Le profil ne peut pas être enregistré sous %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ccedit::SortController</name>
    <message>
        <source>Sorting stopped: the table changed while it was being sorted. Sort again to sort the rows as they are now.</source>
        <translation>Tri interrompu&#xa0;: le tableau a été modifié pendant le tri. Relancez le tri pour trier les lignes telles qu&apos;elles sont maintenant.</translation>
    </message>
    <message numerus="yes">
        <source>Sorting %Ln rows by “%1”…</source>
        <translation>
            <numerusform>Tri de %Ln ligne par «&#xa0;%1&#xa0;»…</numerusform>
            <numerusform>Tri de %Ln lignes par «&#xa0;%1&#xa0;»…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ccedit::SortRows</name>
    <message>
        <source>Sort Rows</source>
        <translation>Trier les lignes</translation>
    </message>
</context>
<context>
    <name>ccedit::TableModel</name>
    <message>
        <source>new</source>
        <comment>row header of a row added in the editor</comment>
        <translation>nouv.</translation>
    </message>
    <message>
        <source>was: %1</source>
        <translation>avant&#xa0;: %1</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>new from the update</source>
        <translation>nouvelle ligne, issue de la mise à jour</translation>
    </message>
</context>
<context>
    <name>ccedit::UpdateController</name>
    <message>
        <source>Cannot Update from Export</source>
        <translation>Impossible de mettre à jour depuis l’export</translation>
    </message>
    <message>
        <source>No change was ticked; the table is as it was.</source>
        <translation>Aucune modification n’a été cochée&#xa0;; le tableau est inchangé.</translation>
    </message>
    <message>
        <source>Update from %1</source>
        <translation>Mise à jour depuis %1</translation>
    </message>
    <message numerus="yes">
        <source>Updated from %1: %n cell(s) changed, %2 new row(s). Go &gt; Next Change (F9) finds them.</source>
        <translation>
            <numerusform>Mis à jour depuis %1&#xa0;: %n cellule modifiée, nouvelles lignes&#xa0;: %2. Aller à &gt; Modification suivante (F9) les retrouve.</numerusform>
            <numerusform>Mis à jour depuis %1&#xa0;: %n cellules modifiées, nouvelles lignes&#xa0;: %2. Aller à &gt; Modification suivante (F9) les retrouve.</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes from an update to go to.</source>
        <translation>Aucune modification issue d’une mise à jour vers laquelle aller.</translation>
    </message>
    <message>
        <source>That change is in a row hidden by the filter.</source>
        <translation>Cette modification se trouve dans une ligne masquée par le filtre.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Comparing with %1…</source>
        <translation>Comparaison avec %1…</translation>
    </message>
</context>
<context>
    <name>ccedit::UpdateReviewDialog</name>
    <message>
        <source>Update from %1</source>
        <translation>Mise à jour depuis %1</translation>
    </message>
    <message>
        <source>Keep them as they are</source>
        <translation>Les garder tels quels</translation>
    </message>
    <message>
        <source>Deactivate them (active = false)</source>
        <translation>Les désactiver (active = false)</translation>
    </message>
    <message>
        <source>Remove them</source>
        <translation>Les supprimer</translation>
    </message>
    <message>
        <source>Filter by account ID, kind or value</source>
        <translation>Filtrer par identifiant de compte, type ou valeur</translation>
    </message>
    <message>
        <source>Customers the update no longer has:</source>
        <translation>Clients que la mise à jour n’a plus&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtrer&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>A&amp;ppliquer</translation>
    </message>
    <message numerus="yes">
        <source>%1 new, %2 changed, %3 gone, %4 reactivated, %5 unchanged, %6 unmatched. %n change(s) ticked to apply.</source>
        <translation>
            <numerusform>Nouvelles&#xa0;: %1, modifiées&#xa0;: %2, disparues&#xa0;: %3, réactivées&#xa0;: %4, inchangées&#xa0;: %5, non appariées&#xa0;: %6. %n modification cochée à appliquer.</numerusform>
            <numerusform>Nouvelles&#xa0;: %1, modifiées&#xa0;: %2, disparues&#xa0;: %3, réactivées&#xa0;: %4, inchangées&#xa0;: %5, non appariées&#xa0;: %6. %n modifications cochées à appliquer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ccedit::Validator</name>
    <message>
        <source>the file is not valid UTF-8 (the first invalid byte is on this line) and was read as Windows-1252; check its accented characters, then save it as UTF-8</source>
        <translation>le fichier n’est pas en UTF-8 valide (le premier octet non valide est sur cette ligne) et a été lu en Windows-1252&#xa0;; vérifiez ses caractères accentués, puis enregistrez-le en UTF-8</translation>
    </message>
    <message>
        <source>the file separates values with %1 instead of commas; ccimport needs commas, and the output will use them</source>
        <translation>le fichier sépare les valeurs par %1 au lieu de virgules&#xa0;; ccimport a besoin de virgules, et la sortie les utilisera</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>champ inconnu «&#xa0;%1&#xa0;»&#xa0;; vouliez-vous dire «&#xa0;%2&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;; ccimport accepts only these fields: %2</source>
        <translation>champ inconnu «&#xa0;%1&#xa0;»&#xa0;; ccimport n’accepte que ces champs&#xa0;: %2</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is the same field as &quot;%2&quot; in column %3; remove one of the two columns</source>
        <translation>le champ «&#xa0;%1&#xa0;» est le même champ que «&#xa0;%2&#xa0;» de la colonne %3&#xa0;; retirez l’une des deux colonnes</translation>
    </message>
    <message>
        <source>the header has no &quot;%1&quot; column, which ccimport requires; add a column named %1</source>
        <translation>la ligne d’en-tête n’a pas de colonne «&#xa0;%1&#xa0;», que ccimport exige&#xa0;; ajoutez une colonne nommée %1</translation>
    </message>
    <message>
        <source>%1 is required but the value &quot;%2&quot; is blank; enter a value</source>
        <translation>%1 est obligatoire mais la valeur «&#xa0;%2&#xa0;» est vide&#xa0;; saisissez une valeur</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2 value; use true, false, 1 or 0, or leave it blank for %3</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une valeur valide pour %2&#xa0;; utilisez true, false, 1 ou 0, ou laissez-la vide pour %3</translation>
    </message>
    <message>
        <source>account ID &quot;%1&quot; has an empty level; &quot;|&quot; separates levels and each level needs a name, as in B|Commercial</source>
        <translation>l’identifiant de compte «&#xa0;%1&#xa0;» a un niveau vide&#xa0;; «&#xa0;|&#xa0;» sépare les niveaux et chaque niveau doit avoir un nom, comme dans B|Commercial</translation>
    </message>
    <message numerus="yes">
        <source>flag &quot;%1&quot; has %n character(s); a flag is a single character, or blank</source>
        <translation>
            <numerusform>l’indicateur «&#xa0;%1&#xa0;» compte %n caractère&#xa0;; un indicateur est un seul caractère, ou vide</numerusform>
            <numerusform>l’indicateur «&#xa0;%1&#xa0;» compte %n caractères&#xa0;; un indicateur est un seul caractère, ou vide</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number from %2 to %3; %4 must be a whole number from %2 to %3, or blank for %5</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre entier de %2 à %3&#xa0;; %4 doit être un nombre entier de %2 à %3, ou vide pour %5</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not look like an e-mail address; use the form name@example.com</source>
        <translation>«&#xa0;%1&#xa0;» ne ressemble pas à une adresse e-mail&#xa0;; utilisez la forme nom@example.com</translation>
    </message>
    <message>
        <source>&quot;%1&quot; starts or ends with a space, which ccimport keeps as part of the value; remove the space</source>
        <translation>«&#xa0;%1&#xa0;» commence ou se termine par une espace, que ccimport garde dans la valeur&#xa0;; supprimez l’espace</translation>
    </message>
    <message>
        <source>&quot;%1&quot; starts with &quot;%2&quot;, so a spreadsheet may run it as a formula; start the value with another character</source>
        <translation>«&#xa0;%1&#xa0;» commence par «&#xa0;%2&#xa0;», un tableur peut donc l’exécuter comme une formule&#xa0;; commencez la valeur par un autre caractère</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a line break; keep the value on one line, for example with a space instead</source>
        <translation>«&#xa0;%1&#xa0;» contient un saut de ligne&#xa0;; gardez la valeur sur une seule ligne, par exemple avec une espace à la place</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds the control character U+%2; remove it</source>
        <translation>«&#xa0;%1&#xa0;» contient le caractère de contrôle U+%2&#xa0;; supprimez-le</translation>
    </message>
    <message numerus="yes">
        <source>the row has %n cell(s) but the header has %1; the missing cells were added as blanks: fill them in, or accept the row as it is</source>
        <translation>
            <numerusform>la ligne a %n cellule mais l’en-tête en a %1&#xa0;; les cellules manquantes ont été ajoutées vides&#xa0;: remplissez-les, ou acceptez la ligne telle quelle</numerusform>
            <numerusform>la ligne a %n cellules mais l’en-tête en a %1&#xa0;; les cellules manquantes ont été ajoutées vides&#xa0;: remplissez-les, ou acceptez la ligne telle quelle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the row has %n cell(s) but the header has %1; the surplus cells are not in the table and will not be saved: move their values into the right columns, or accept the row without them</source>
        <translation>
            <numerusform>la ligne a %n cellule mais l’en-tête en a %1&#xa0;; les cellules en trop ne sont pas dans le tableau et ne seront pas enregistrées&#xa0;: déplacez leurs valeurs dans les bonnes colonnes, ou acceptez la ligne sans elles</numerusform>
            <numerusform>la ligne a %n cellules mais l’en-tête en a %1&#xa0;; les cellules en trop ne sont pas dans le tableau et ne seront pas enregistrées&#xa0;: déplacez leurs valeurs dans les bonnes colonnes, ou acceptez la ligne sans elles</numerusform>
        </translation>
    </message>
    <message>
        <source>a quoted value in this row has no closing quote, so it runs to the end of the file; add the closing &quot; where the value ends</source>
        <translation>une valeur entre guillemets de cette ligne n’a pas de guillemet fermant&#xa0;: elle court jusqu’à la fin du fichier&#xa0;; ajoutez le &quot; fermant là où la valeur se termine</translation>
    </message>
    <message>
        <source>account ID &quot;%1&quot; is already used on line %2; account IDs should be unique</source>
        <translation>l’identifiant de compte «&#xa0;%1&#xa0;» est déjà utilisé à la ligne %2&#xa0;; les identifiants de compte doivent être uniques</translation>
    </message>
    <message>
        <source>semicolons (;)</source>
        <translation>des points-virgules (;)</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>des tabulations</translation>
    </message>
    <message>
        <source>&quot;%1&quot; characters</source>
        <translation>des caractères «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>rate plan &quot;%1&quot; does not exist on the site; use one of the site profile&apos;s %n rate plan(s), or leave it blank for %2</source>
        <translation>
            <numerusform>le plan tarifaire «&#xa0;%1&#xa0;» n’existe pas sur le site&#xa0;; utilisez un plan tarifaire du profil de site (il en a %n), ou laissez-le vide pour %2</numerusform>
            <numerusform>le plan tarifaire «&#xa0;%1&#xa0;» n’existe pas sur le site&#xa0;; utilisez l’un des %n plans tarifaires du profil de site, ou laissez-le vide pour %2</numerusform>
        </translation>
    </message>
    <message>
        <source>rate plan &quot;%1&quot; does not exist on the site; did you mean &quot;%2&quot;?</source>
        <translation>le plan tarifaire «&#xa0;%1&#xa0;» n’existe pas sur le site&#xa0;; vouliez-vous dire «&#xa0;%2&#xa0;»&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>account ID &quot;%1&quot; has %2 levels but the site&apos;s account structure has %n: %3; remove the levels after the last</source>
        <translation>
            <numerusform>l’identifiant de compte «&#xa0;%1&#xa0;» a %2 niveaux mais la structure des comptes du site n’en a que %n&#xa0;: %3&#xa0;; supprimez les niveaux au-delà du dernier</numerusform>
            <numerusform>l’identifiant de compte «&#xa0;%1&#xa0;» a %2 niveaux mais la structure des comptes du site n’en a que %n&#xa0;: %3&#xa0;; supprimez les niveaux au-delà du dernier</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ccedit::ValueFilterActions</name>
    <message>
        <source>Filter by &amp;Value…</source>
        <translation>Filtrer par &amp;valeur…</translation>
    </message>
    <message>
        <source>Show &amp;All Values</source>
        <translation>Afficher &amp;toutes les valeurs</translation>
    </message>
    <message>
        <source>Show only the rows with some of the values of the current column</source>
        <translation>Afficher uniquement les lignes ayant certaines des valeurs de la colonne courante</translation>
    </message>
    <message>
        <source>Show the rows of every value again</source>
        <translation>Afficher de nouveau les lignes de toutes les valeurs</translation>
    </message>
    <message>
        <source>Counting the values of “%1”…</source>
        <translation>Décompte des valeurs de «&#xa0;%1&#xa0;»…</translation>
    </message>
</context>
<context>
    <name>ccedit::ValueFilterDialog</name>
    <message>
        <source>Filter by Value</source>
        <translation>Filtrer par valeur</translation>
    </message>
    <message>
        <source>Show only the rows whose “%1” is one of the checked &amp;values:</source>
        <translation>Afficher uniquement les lignes dont «&#xa0;%1&#xa0;» est l’une des &amp;valeurs cochées&#xa0;:</translation>
    </message>
    <message>
        <source>Search the values</source>
        <translation>Rechercher dans les valeurs</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(vide)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln row(s)</source>
        <translation>
            <numerusform>%1 — %Ln ligne</numerusform>
            <numerusform>%1 — %Ln lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The column holds %Ln different values; the %1 most common are listed.</source>
        <translation>
            <numerusform>La colonne contient %Ln valeur différente&#xa0;; les %1 plus fréquentes sont listées.</numerusform>
            <numerusform>La colonne contient %Ln valeurs différentes&#xa0;; les %1 plus fréquentes sont listées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check &amp;All</source>
        <translation>&amp;Tout cocher</translation>
    </message>
    <message>
        <source>U&amp;ncheck All</source>
        <translation>Tout &amp;décocher</translation>
    </message>
</context>
</TS>
