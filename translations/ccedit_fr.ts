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
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Re&amp;place with:</source>
        <translation>Rem&amp;placer par :</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <source>&amp;Search in:</source>
        <translation>Rechercher &amp;dans :</translation>
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
        <translation>Rechercher le pré&amp;cédent</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>Remplacer &amp;tout</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
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
        <translation>Rouvrir avec l’&amp;encodage</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Quick Fixes</source>
        <translation>Corrections &amp;rapides</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller à</translation>
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
        <translation>&amp;Copier</translation>
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
        <translation>Supprimer &amp;les lignes</translation>
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
        <source>Re&amp;move Column</source>
        <translation>Retirer la colo&amp;nne</translation>
    </message>
    <message>
        <source>Remove the current column</source>
        <translation>Retirer la colonne courante</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
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
        <translation>Trier par ordre &amp;décroissant</translation>
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;xport Valid Rows Only…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear Cell&amp;s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duplicate Ro&amp;ws</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go to Problems &amp;List</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the Problems panel and move the keyboard focus into it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>F6</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go to &amp;Table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move the keyboard focus to the table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shift+F6</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show Quick Fi&amp;xes…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the fixes for the problems of the current cell</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Map Export to ccimport Fields</source>
        <translation>Associer l’export aux champs ccimport</translation>
    </message>
    <message>
        <source>Each ccimport field is filled from a template over the export's members: {name} inserts a member, {{ and }} are literal braces; {hierarchy_path} and {source_file} are also available. Other fields can be given a constant value.</source>
        <translation>Chaque champ ccimport est rempli à partir d’un modèle sur les membres de l’export : {name} insère un membre, {{ et }} sont des accolades littérales ; {hierarchy_path} et {source_file} sont aussi disponibles. Les autres champs peuvent recevoir une valeur constante.</translation>
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
        <translation>&amp;Aperçu des premières lignes (les problèmes sont signalés ; survolez-les pour les détails) :</translation>
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
    <name>ccedit</name>
    <message>
        <source>semicolons (;)</source>
        <translation>des points-virgules (;)</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>des tabulations</translation>
    </message>
    <message>
        <source>"%1" characters</source>
        <translation>des caractères « %1 »</translation>
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
    <name>ccedit::ArchiveMemberDialog</name>
    <message numerus="yes">
        <source>"%1" holds %n customer data export(s). Choose the one to open; the newest is selected.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>ccedit::CellDelegate</name>
    <message>
        <source>(default: true)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(default: %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fiscal start month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished" />
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
        <translation>Avec --check : afficher les problèmes sous forme de texte (FILE:LINE:COLUMN: SEVERITY: MESSAGE [CODE], par défaut) ou d’un seul tableau JSON.</translation>
    </message>
    <message>
        <source>With --check: treat warnings as errors for the exit status.</source>
        <translation>Avec --check : traiter les avertissements comme des erreurs pour le code de sortie.</translation>
    </message>
    <message>
        <source>Convert IN (CSV, customer data export or archive) to a ccimport customer CSV file. Nothing is written when IN has errors, unless --valid-only is given.</source>
        <translation>Convertir IN (CSV, export de données clients ou archive) en fichier CSV clients ccimport. Rien n’est écrit si IN contient des erreurs, sauf avec --valid-only.</translation>
    </message>
    <message>
        <source>With --convert: the file to write, or - for standard output. It must not be IN.</source>
        <translation>Avec --convert : le fichier à écrire, ou - pour la sortie standard. Ce ne doit pas être IN.</translation>
    </message>
    <message>
        <source>With --convert of an export: fill FIELD from TEMPLATE, where {member} inserts a member of the export record ({customer_name}, {hierarchy_path}, {source_file}, ...). May be repeated.</source>
        <translation>Avec --convert d’un export : remplir FIELD à partir de TEMPLATE, où {member} insère un membre de l’enregistrement exporté ({customer_name}, {hierarchy_path}, {source_file}, ...). Peut être répété.</translation>
    </message>
    <message>
        <source>With --convert of an export: give FIELD the same VALUE in every row (for example active=true). May be repeated.</source>
        <translation>Avec --convert d’un export : donner à FIELD la même valeur VALUE dans chaque ligne (par exemple active=true). Peut être répété.</translation>
    </message>
    <message>
        <source>With --convert of an archive: the export to read (default: the newest).</source>
        <translation>Avec --convert d’une archive : l’export à lire (par défaut : le plus récent).</translation>
    </message>
    <message>
        <source>With --convert: write only the rows without errors and say how many were left out.</source>
        <translation>Avec --convert : n’écrire que les lignes sans erreur et indiquer combien ont été omises.</translation>
    </message>
    <message>
        <source>With --convert: end lines with CR LF.</source>
        <translation>Avec --convert : terminer les lignes par CR LF.</translation>
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
        <source>Edit and check customer CSV files for HPE Consumption Analytics (ccimport -t customer), and convert VOSS Automate customer data exports to them.

  ccedit [FILE]                open the editor, optionally on FILE
  ccedit --check [--format text|json] [--werror] FILE...
  ccedit --convert IN -o OUT [--map FIELD=TEMPLATE]... [--set FIELD=VALUE]...
                             [--member NAME] [--valid-only] [--crlf]
  ccedit --version | --help

Exit status: 0 no errors (warnings allowed, unless --werror), 1 errors found or nothing written because of them, 2 a file that cannot be read or wrong usage.</source>
        <translation>Modifier et vérifier les fichiers CSV clients pour HPE Consumption Analytics (ccimport -t customer), et y convertir les exports de données clients de VOSS Automate.

  ccedit [FILE]                ouvrir l’éditeur, éventuellement sur FILE
  ccedit --check [--format text|json] [--werror] FILE...
  ccedit --convert IN -o OUT [--map FIELD=TEMPLATE]... [--set FIELD=VALUE]...
                             [--member NAME] [--valid-only] [--crlf]
  ccedit --version | --help

Code de sortie : 0 aucune erreur (avertissements permis, sauf avec --werror), 1 erreurs trouvées ou rien d’écrit à cause d’elles, 2 un fichier illisible ou une utilisation incorrecte.</translation>
    </message>
    <message>
        <source>%1 applies to --convert, not to --check.</source>
        <translation>%1 s’applique à --convert, pas à --check.</translation>
    </message>
    <message>
        <source>Unknown --format "%1": use text or json.</source>
        <translation>--format « %1 » inconnu : utilisez text ou json.</translation>
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
        <source>Unexpected argument "%1": --convert reads one file, given as --convert IN.</source>
        <translation>Argument inattendu « %1 » : --convert lit un seul fichier, donné par --convert IN.</translation>
    </message>
    <message>
        <source>--convert needs -o OUT: the file to write, or - for standard output.</source>
        <translation>--convert a besoin de -o OUT : le fichier à écrire, ou - pour la sortie standard.</translation>
    </message>
    <message>
        <source>The file to open in the editor, or the files to check with --check.</source>
        <translation>Le fichier à ouvrir dans l’éditeur, ou les fichiers à vérifier avec --check.</translation>
    </message>
    <message>
        <source>%1 is given more than once; give it once.</source>
        <translation>%1 est donné plusieurs fois ; donnez-le une seule fois.</translation>
    </message>
    <message>
        <source>--check and --convert cannot be used together; run ccedit once for each.</source>
        <translation>--check et --convert ne peuvent pas être utilisés ensemble ; lancez ccedit une fois pour chacun.</translation>
    </message>
    <message>
        <source>%1 applies to --check; give --check and the files to check.</source>
        <translation>%1 s’applique à --check ; donnez --check et les fichiers à vérifier.</translation>
    </message>
    <message>
        <source>%1 applies to --convert; give --convert IN -o OUT.</source>
        <translation>%1 s’applique à --convert ; donnez --convert IN -o OUT.</translation>
    </message>
    <message>
        <source>Nothing to do: give --check, --convert, --version or --help, or only a file name to open the editor.</source>
        <translation>Rien à faire : donnez --check, --convert, --version ou --help, ou seulement un nom de fichier pour ouvrir l’éditeur.</translation>
    </message>
    <message>
        <source>%1: %2, %3.</source>
        <comment>files checked: errors, warnings</comment>
        <translation>%1 : %2, %3.</translation>
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
        <source>Run 'ccedit --help' to see how to use it.</source>
        <translation>Lancez « ccedit --help » pour savoir comment l’utiliser.</translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1.</source>
        <translation>Impossible d’écrire sur la sortie standard : %1.</translation>
    </message>
    <message>
        <source>%1 and %2 are the same file. Give another output file: --convert never changes its input.</source>
        <translation>%1 et %2 sont le même fichier. Donnez un autre fichier de sortie : --convert ne modifie jamais son entrée.</translation>
    </message>
    <message>
        <source>--map, --set and --member apply to customer data exports, and %1 is a CSV file. Leave them out to convert a CSV file.</source>
        <translation>--map, --set et --member s’appliquent aux exports de données clients, et %1 est un fichier CSV. Omettez-les pour convertir un fichier CSV.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing written: %1 has %n error(s). Correct them, or give --valid-only to write only the rows without errors.</source>
        <translation>
            <numerusform>Rien n’a été écrit : %1 contient %n erreur. Corrigez-la, ou donnez --valid-only pour n’écrire que les lignes sans erreur.</numerusform>
            <numerusform>Rien n’a été écrit : %1 contient %n erreurs. Corrigez-les, ou donnez --valid-only pour n’écrire que les lignes sans erreur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing written: the errors in the header of %1 leave no row valid. Correct the header first.</source>
        <translation>Rien n’a été écrit : les erreurs de la ligne d’en-tête de %1 ne laissent aucune ligne valide. Corrigez d’abord l’en-tête.</translation>
    </message>
    <message numerus="yes">
        <source>Left out %n row(s) with errors.</source>
        <translation>
            <numerusform>%n ligne avec des erreurs a été omise.</numerusform>
            <numerusform>%n lignes avec des erreurs ont été omises.</numerusform>
        </translation>
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
        <source>Unknown encoding "%1". Use UTF-8, Windows-1252, UTF-16LE or UTF-16BE.</source>
        <translation>Encodage « %1 » inconnu. Utilisez UTF-8, Windows-1252, UTF-16LE ou UTF-16BE.</translation>
    </message>
    <message>
        <source>A quoted name in the header has no closing quote, so it runs to the end of the file. Add the closing " after the name.</source>
        <translation>Un nom entre guillemets de la ligne d’en-tête n’a pas de guillemet fermant : il court jusqu’à la fin du fichier. Ajoutez le " fermant après le nom.</translation>
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
        <translation>Le fichier contient des données binaires (un octet NUL sur cette ligne) : ce n’est donc pas un fichier texte CSV. Choisissez un fichier CSV enregistré comme texte, de préférence en UTF-8.</translation>
    </message>
</context>
<context>
    <name>ccedit::CsvWriter</name>
    <message>
        <source>Cannot save "%1": %2. Choose a folder you can write to and check that the disk has free space; the old file, if any, is unchanged.</source>
        <translation>Impossible d’enregistrer « %1 » : %2. Choisissez un dossier où vous pouvez écrire et vérifiez qu’il reste de la place sur le disque ; l’ancien fichier, s’il existe, est inchangé.</translation>
    </message>
    <message>
        <source>it is a folder, not a file name</source>
        <translation>c’est un dossier, pas un nom de fichier</translation>
    </message>
</context>
<context>
    <name>ccedit::DocumentStatus</name>
    <message>
        <source>Loading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop opening the file (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Encoding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delimiter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line ends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problem counts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read as %1. File ▸ Reopen with Encoding reads it another way.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Semicolons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tabs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Commas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CRLF</source>
        <comment>Windows line ends</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CR</source>
        <comment>classic Mac line ends</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LF</source>
        <comment>Unix line ends</comment>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation><numerusform>%n erreur</numerusform><numerusform>%n erreurs</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation><numerusform>%n avertissement</numerusform><numerusform>%n avertissements</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>ccedit::EditActions</name>
    <message>
        <source>Cut</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear Cells</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The pasted range is wider than the table; %n column(s) were left out.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Fill Down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every field is present</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No quick fix for this problem</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ccedit::ExportReader</name>
    <message>
        <source>The compressed data is damaged or cut off. Expected a complete gzip, bzip2 or xz file; fetch the export again.</source>
        <translation>Les données compressées sont endommagées ou tronquées. Un fichier gzip, bzip2 ou xz complet était attendu ; récupérez de nouveau l’export.</translation>
    </message>
    <message>
        <source>The export decompresses to more than %1; ccedit reads at most %1 from one export. Split it into smaller exports.</source>
        <translation>L’export décompressé dépasse %1 ; ccedit lit au plus %1 d’un export. Divisez-le en exports plus petits.</translation>
    </message>
    <message>
        <source>The export is larger than %1; ccedit reads at most %1 from one export. Split it into smaller exports.</source>
        <translation>L’export dépasse %1 ; ccedit lit au plus %1 d’un export. Divisez-le en exports plus petits.</translation>
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
        <source>The archive holds several files named "%1": %2. Name one by its path.</source>
        <translation>L’archive contient plusieurs fichiers nommés « %1 » : %2. Désignez-en un par son chemin.</translation>
    </message>
    <message>
        <source>The archive has no member "%1". Its customer exports are: %2.</source>
        <translation>L’archive ne contient pas « %1 ». Ses exports de clients sont : %2.</translation>
    </message>
    <message>
        <source>A customer export cannot be read as %1. Open it as UTF-8 or Windows-1252.</source>
        <translation>Un export de clients ne peut pas être lu en %1. Ouvrez-le en UTF-8 ou en Windows-1252.</translation>
    </message>
    <message>
        <source>The export is not valid UTF-8 on this line. Open it as Windows-1252, or export it again as UTF-8.</source>
        <translation>L’export n’est pas en UTF-8 valide sur cette ligne. Ouvrez-le en Windows-1252, ou exportez-le de nouveau en UTF-8.</translation>
    </message>
</context>
<context>
    <name>ccedit::FieldReferenceDialog</name>
    <message>
        <source>true, false, 1 or 0 (any case)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>levels separated by |, none empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>one character</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>whole number from %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an e-mail address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>also: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fields of a ccimport customer file</source>
        <translation>Champs d’un fichier clients ccimport</translation>
    </message>
    <message>
        <source>The first line names the fields, in any order. account_id and description are required. A dot may stand for an underscore, and names match in any case. A blank value uses the field's default.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ccedit::FileController</name>
    <message>
        <source>Cannot Open File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening %1 was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save As</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Valid Rows Only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot Export</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Wrote %1; left out %n row(s) with errors.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is the customer data export this table was made from; it is never overwritten. Choose another name for the CSV file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving %1…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ccedit::FindReplace</name>
    <message>
        <source>Enter the text to find.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The regular expression is not valid at position %1: %2. Correct it or turn off "Regular expression".</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ccedit::FindReplaceDialog</name>
    <message>
        <source>Whole table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" was not found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A match is in a row hidden by the filter (line %1).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Replace All (%n cell(s))</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced in %n cell(s).</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
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
    <name>ccedit::JsonRecords</name>
    <message>
        <source>member "%1" in record %2</source>
        <translation>le membre « %1 » de l’enregistrement %2</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>attendu : %1, trouvé : %2</translation>
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
        <source>',' or ']' after record %1</source>
        <translation>« , » ou « ] » après l’enregistrement %1</translation>
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
        <source>':' after member "%1" in record %2</source>
        <translation>« : » après le membre « %1 » de l’enregistrement %2</translation>
    </message>
    <message>
        <source>',' or '}' after %1</source>
        <translation>« , » ou « } » après %1</translation>
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
        <source>',' or '%1' in the value of %2</source>
        <translation>« , » ou « %1 » dans la valeur de %2</translation>
    </message>
    <message>
        <source>a member name in double quotes in the value of %1</source>
        <translation>un nom de membre entre guillemets doubles dans la valeur de %1</translation>
    </message>
    <message>
        <source>':' after a member name in the value of %1</source>
        <translation>« : » après un nom de membre dans la valeur de %1</translation>
    </message>
    <message>
        <source>the string starting here never ends; expected a closing " before the end of the file</source>
        <translation>la chaîne qui commence ici ne se termine jamais ; un " fermant était attendu avant la fin du fichier</translation>
    </message>
    <message>
        <source>found %1 inside a string; expected it written as an escape such as \n or \u%2</source>
        <translation>%1 trouvé dans une chaîne ; une séquence d’échappement comme \n ou \u%2 était attendue</translation>
    </message>
    <message>
        <source>the file ends inside an escape; expected a complete string</source>
        <translation>le fichier se termine au milieu d’une séquence d’échappement ; une chaîne complète était attendue</translation>
    </message>
    <message>
        <source>invalid escape "%1" in a string; expected one of \" \\ \/ \b \f \n \r \t or \u and four hexadecimal digits</source>
        <translation>séquence d’échappement « %1 » non valide dans une chaîne ; l’une de \" \\ \/ \b \f \n \r \t ou \u suivi de quatre chiffres hexadécimaux était attendue</translation>
    </message>
    <message>
        <source>invalid escape "%1" in a string; expected \u and four hexadecimal digits</source>
        <translation>séquence d’échappement « %1 » non valide dans une chaîne ; \u suivi de quatre chiffres hexadécimaux était attendu</translation>
    </message>
    <message>
        <source>the escape "%1" is half of a UTF-16 surrogate pair; expected a high surrogate (\uD800 to \uDBFF) followed by a low one (\uDC00 to \uDFFF)</source>
        <translation>la séquence d’échappement « %1 » est la moitié d’une paire de substitution UTF-16 ; un demi-code haut (\uD800 à \uDBFF) suivi d’un demi-code bas (\uDC00 à \uDFFF) était attendu</translation>
    </message>
    <message>
        <source>a digit in the number</source>
        <translation>un chiffre dans le nombre</translation>
    </message>
    <message>
        <source>the export has %1 records with %2 different members, more than ccedit can hold; expected the same few members in every record</source>
        <translation>l’export contient %1 enregistrements avec %2 membres différents, plus que ccedit ne peut en contenir ; les mêmes quelques membres étaient attendus dans chaque enregistrement</translation>
    </message>
    <message>
        <source>the JSON text is larger than %1 MiB; ccedit reads at most %1 MiB</source>
        <translation>le texte JSON dépasse %1 Mio ; ccedit lit au plus %1 Mio</translation>
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
</context>
<context>
    <name>ccedit::MainWindow</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Problems Panel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About ccedit</source>
        <translation>À propos de ccedit</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ccedit %1&lt;/h3&gt;&lt;p&gt;An editor and checker for Consumption Analytics (Cloud Cruiser 4) ccimport customer CSV files. It also opens VOSS Automate customer data exports and turns them into ccimport files.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ccedit::Mapping</name>
    <message>
        <source>The '}' at position %1 of template "%2" closes no '{'. Write }} for a literal }.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The '{' at position %1 of template "%2" is not closed. Write {member} to insert a member, or {{ for a literal {.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The template "%1" has an empty {} at position %2. Write a member name in the braces, for example {customer_name}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not of the form FIELD=VALUE. Write for example description={customer_name} or active=true.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a ccimport field. Did you mean %2?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a ccimport field. Use a field such as account_id, description or active.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mapping names "%1", which is not a canonical ccimport field name. Use a field such as description.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The field %1 has both a template and a constant. Give it one of them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The template of %1 is wrong: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The template of %1, "%2", uses {hierarchy_path}, which is made from member "hierarchy", but no record of the export has it. Its members are: %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The template of %1, "%2", names member "%3", which no record of the export has. Its members are: %4.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ccedit::MappingDialog</name>
    <message>
        <source>Members in %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filled from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Template or value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Constant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How %1 is filled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Template or value of %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>First %n row(s): </source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation><numerusform>%n erreur</numerusform><numerusform>%n erreurs</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation><numerusform>%n avertissement</numerusform><numerusform>%n avertissements</numerusform></translation>
    </message>
</context>
<context>
    <name>ccedit::ProblemNavigator</name>
    <message>
        <source>Continued from the top.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Continued from the bottom.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No problems.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The row of this problem is hidden by the filter.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ccedit::ProblemStyle</name>
    <message>
        <source>Warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fatal</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ccedit::ProblemsModel</name>
    <message>
        <source>Severity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ccedit::Prompter</name>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" has changes that are not saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save them before going on, discard them, or cancel to keep editing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save With Errors</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>"%1" still has %n error(s); ccimport would reject those rows.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Fix them first (F8 goes to the next problem), save anyway, or write only the rows without errors to another file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save &amp;Anyway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export &amp;Valid Rows Only…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All supported files (*.csv *.txt *.json *.json.gz *.gz *.zip *.tar *.tar.gz *.tgz *.tar.bz2 *.tar.xz)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ccimport CSV files (*.csv *.txt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer data exports (*.json *.json.gz)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archives of exports (*.zip *.tar *.tar.gz *.tgz *.tar.bz2 *.tar.xz)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ccimport CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ccedit::QuickFixes</name>
    <message numerus="yes">
        <source>Accept All %n Ragged Rows</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Accept Ragged Row</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Trim Spaces in All %n Cells</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Trim Surrounding Spaces</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Replace Control Characters in All %n Cells</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Replace Control Characters with Spaces</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Clear All %n Invalid %1 Values</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Clear Invalid Value</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Reset All %n Invalid %1 Values to %2</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Reset to Default (%1)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ccedit::RecentFiles</name>
    <message>
        <source>No Recent Files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation type="unfinished" />
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
    <name>ccedit::Schema</name>
    <message>
        <source>Whether the customer is active: true, false, 1 or 0. The default is true.</source>
        <translation>Indique si le client est actif : true, false, 1 ou 0. La valeur par défaut est true.</translation>
    </message>
    <message>
        <source>The name of the rate plan to associate with the customer.</source>
        <translation>Le nom du plan tarifaire à associer au client.</translation>
    </message>
    <message>
        <source>The customer's account ID. A pipe character (|) separates the levels of the account structure, for example B|Commercial.</source>
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
        <translation>Indicateur 1 : un seul caractère, à usage libre.</translation>
    </message>
    <message>
        <source>Flag 2: a single character for any purpose.</source>
        <translation>Indicateur 2 : un seul caractère, à usage libre.</translation>
    </message>
    <message>
        <source>Flag 3: a single character for any purpose.</source>
        <translation>Indicateur 3 : un seul caractère, à usage libre.</translation>
    </message>
    <message>
        <source>Flag 4: a single character for any purpose.</source>
        <translation>Indicateur 4 : un seul caractère, à usage libre.</translation>
    </message>
    <message>
        <source>Flag 5: a single character for any purpose.</source>
        <translation>Indicateur 5 : un seul caractère, à usage libre.</translation>
    </message>
    <message>
        <source>The customer's accounting day, a whole number from 1 to 30. The default is 1.</source>
        <translation>Le jour comptable du client, un nombre entier de 1 à 30. La valeur par défaut est 1.</translation>
    </message>
    <message>
        <source>The month in which the customer's fiscal year starts, a whole number from 1 to 12. The default is 1.</source>
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
        <source>The customer's postal address, line 1.</source>
        <translation>L’adresse postale du client, ligne 1.</translation>
    </message>
    <message>
        <source>The customer's postal address, line 2.</source>
        <translation>L’adresse postale du client, ligne 2.</translation>
    </message>
    <message>
        <source>The customer's postal address, line 3.</source>
        <translation>L’adresse postale du client, ligne 3.</translation>
    </message>
    <message>
        <source>The customer's postal address, line 4.</source>
        <translation>L’adresse postale du client, ligne 4.</translation>
    </message>
    <message>
        <source>The customer's postal address, line 5.</source>
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
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ccedit::Validator</name>
    <message>
        <source>the file is not valid UTF-8 (the first invalid byte is on this line) and was read as Windows-1252; check its accented characters, then save it as UTF-8</source>
        <translation>le fichier n’est pas en UTF-8 valide (le premier octet non valide est sur cette ligne) et a été lu en Windows-1252 ; vérifiez ses caractères accentués, puis enregistrez-le en UTF-8</translation>
    </message>
    <message>
        <source>the file separates values with %1 instead of commas; ccimport needs commas, and the output will use them</source>
        <translation>le fichier sépare les valeurs par %1 au lieu de virgules ; ccimport a besoin de virgules, et la sortie les utilisera</translation>
    </message>
    <message>
        <source>unknown field "%1"; did you mean "%2"?</source>
        <translation>champ inconnu « %1 » ; vouliez-vous dire « %2 » ?</translation>
    </message>
    <message>
        <source>unknown field "%1"; ccimport accepts only these fields: %2</source>
        <translation>champ inconnu « %1 » ; ccimport n’accepte que ces champs : %2</translation>
    </message>
    <message>
        <source>field "%1" is the same field as "%2" in column %3; remove one of the two columns</source>
        <translation>le champ « %1 » est le même champ que « %2 » de la colonne %3 ; retirez l’une des deux colonnes</translation>
    </message>
    <message>
        <source>the header has no "%1" column, which ccimport requires; add a column named %1</source>
        <translation>la ligne d’en-tête n’a pas de colonne « %1 », que ccimport exige ; ajoutez une colonne nommée %1</translation>
    </message>
    <message>
        <source>%1 is required but the value "%2" is blank; enter a value</source>
        <translation>%1 est obligatoire mais la valeur « %2 » est vide ; saisissez une valeur</translation>
    </message>
    <message>
        <source>"%1" is not a valid %2 value; use true, false, 1 or 0, or leave it blank for %3</source>
        <translation>« %1 » n’est pas une valeur valide pour %2 ; utilisez true, false, 1 ou 0, ou laissez-la vide pour %3</translation>
    </message>
    <message>
        <source>account ID "%1" has an empty level; "|" separates levels and each level needs a name, as in B|Commercial</source>
        <translation>l’identifiant de compte « %1 » a un niveau vide ; « | » sépare les niveaux et chaque niveau doit avoir un nom, comme dans B|Commercial</translation>
    </message>
    <message>
        <source>flag "%1" has %n character(s); a flag is a single character, or blank</source>
        <translation>l’indicateur « %1 » compte %n caractères ; un indicateur est un seul caractère, ou vide</translation>
    </message>
    <message>
        <source>"%1" is not a whole number from %2 to %3; %4 must be a whole number from %2 to %3, or blank for %5</source>
        <translation>« %1 » n’est pas un nombre entier de %2 à %3 ; %4 doit être un nombre entier de %2 à %3, ou vide pour %5</translation>
    </message>
    <message>
        <source>"%1" does not look like an e-mail address; use the form name@example.com</source>
        <translation>« %1 » ne ressemble pas à une adresse e-mail ; utilisez la forme nom@example.com</translation>
    </message>
    <message>
        <source>"%1" starts or ends with a space, which ccimport keeps as part of the value; remove the space</source>
        <translation>« %1 » commence ou se termine par une espace, que ccimport garde dans la valeur ; supprimez l’espace</translation>
    </message>
    <message>
        <source>"%1" starts with "%2", so a spreadsheet may run it as a formula; start the value with another character</source>
        <translation>« %1 » commence par « %2 », un tableur peut donc l’exécuter comme une formule ; commencez la valeur par un autre caractère</translation>
    </message>
    <message>
        <source>"%1" holds a line break; keep the value on one line, for example with a space instead</source>
        <translation>« %1 » contient un saut de ligne ; gardez la valeur sur une seule ligne, par exemple avec une espace à la place</translation>
    </message>
    <message>
        <source>"%1" holds the control character U+%2; remove it</source>
        <translation>« %1 » contient le caractère de contrôle U+%2 ; supprimez-le</translation>
    </message>
    <message>
        <source>the row has %n cell(s) but the header has %1; the missing cells were added as blanks: fill them in, or accept the row as it is</source>
        <translation>la ligne a %n cellules mais l’en-tête en a %1 ; les cellules manquantes ont été ajoutées vides : remplissez-les, ou acceptez la ligne telle quelle</translation>
    </message>
    <message>
        <source>the row has %n cell(s) but the header has %1; the surplus cells are not in the table and will not be saved: move their values into the right columns, or accept the row without them</source>
        <translation>la ligne a %n cellules mais l’en-tête en a %1 ; les cellules en trop ne sont pas dans le tableau et ne seront pas enregistrées : déplacez leurs valeurs dans les bonnes colonnes, ou acceptez la ligne sans elles</translation>
    </message>
    <message>
        <source>a quoted value in this row has no closing quote, so it runs to the end of the file; add the closing " where the value ends</source>
        <translation>une valeur entre guillemets de cette ligne n’a pas de guillemet fermant : elle court jusqu’à la fin du fichier ; ajoutez le " fermant là où la valeur se termine</translation>
    </message>
    <message>
        <source>account ID "%1" is already used on line %2; account IDs should be unique</source>
        <translation>l’identifiant de compte « %1 » est déjà utilisé à la ligne %2 ; les identifiants de compte doivent être uniques</translation>
    </message>
</context>
</TS>
