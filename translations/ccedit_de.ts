<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ArchiveMemberDialog</name>
    <message>
        <source>Choose an Export</source>
        <translation>Export auswählen</translation>
    </message>
    <message>
        <source>Exports in the archive</source>
        <translation>Exporte im Archiv</translation>
    </message>
</context>
<context>
    <name>FieldReferenceDialog</name>
    <message>
        <source>Field Reference</source>
        <translation>Feldreferenz</translation>
    </message>
    <message>
        <source>Fields of a ccimport customer file</source>
        <translation>Felder einer ccimport-Kundendatei</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <source>Find and Replace</source>
        <translation>Suchen und Ersetzen</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Re&amp;place with:</source>
        <translation>Ersetzen &amp;durch:</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>&amp;Search in:</source>
        <translation>Suchen &amp;in:</translation>
    </message>
    <message>
        <source>Search in</source>
        <translation>Suchen in</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>Regulärer A&amp;usdruck</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>&amp;Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>Suchergebnis</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>&amp;Alle ersetzen</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>Sch&amp;ließen</translation>
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
        <translation>Öffnen Sie eine ccimport-CSV-Datei, einen Kundendatenexport oder ein Archiv (Datei ▸ Öffnen, Strg+O), oder ziehen Sie eine Datei hierher.</translation>
    </message>
    <message>
        <source>Customer table</source>
        <translation>Kundentabelle</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Reopen with &amp;Encoding</source>
        <translation>Mit &amp;Kodierung erneut öffnen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Quick Fixes</source>
        <translation>Sch&amp;nellkorrekturen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Filter problems</source>
        <translation>Probleme filtern</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open a ccimport CSV file, a customer data export or an archive of exports</source>
        <translation>Eine ccimport-CSV-Datei, einen Kundendatenexport oder ein Archiv mit Exporten öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the table as a ccimport CSV file</source>
        <translation>Die Tabelle als ccimport-CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>Save the table as a new ccimport CSV file</source>
        <translation>Die Tabelle als neue ccimport-CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Write only the rows without errors to a new CSV file</source>
        <translation>Nur die Zeilen ohne Fehler in eine neue CSV-Datei schreiben</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Close the file</source>
        <translation>Die Datei schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit ccedit</source>
        <translation>ccedit beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>Copy the selected cells as tab-separated text and clear them</source>
        <translation>Die ausgewählten Zellen als tabulatorgetrennten Text kopieren und leeren</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected cells as tab-separated text</source>
        <translation>Die ausgewählten Zellen als tabulatorgetrennten Text kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Paste tab-separated text from a spreadsheet at the selection</source>
        <translation>Tabulatorgetrennten Text aus einer Tabellenkalkulation an der Auswahl einfügen</translation>
    </message>
    <message>
        <source>Clear the selected cells</source>
        <translation>Die ausgewählten Zellen leeren</translation>
    </message>
    <message>
        <source>Fill &amp;Down</source>
        <translation>Nach &amp;unten ausfüllen</translation>
    </message>
    <message>
        <source>Copy the top value of the selection into the cells below it</source>
        <translation>Den obersten Wert der Auswahl in die Zellen darunter kopieren</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Insert Rows</source>
        <translation>Zeilen e&amp;infügen</translation>
    </message>
    <message>
        <source>Insert blank rows above the selection</source>
        <translation>Leere Zeilen über der Auswahl einfügen</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Insert copies of the selected rows below them</source>
        <translation>Kopien der ausgewählten Zeilen darunter einfügen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>De&amp;lete Rows</source>
        <translation>Zeilen lö&amp;schen</translation>
    </message>
    <message>
        <source>Delete the selected rows</source>
        <translation>Die ausgewählten Zeilen löschen</translation>
    </message>
    <message>
        <source>Ctrl+-</source>
        <translation>Ctrl+-</translation>
    </message>
    <message>
        <source>Remove the current column</source>
        <translation>Die aktuelle Spalte entfernen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Su&amp;chen …</translation>
    </message>
    <message>
        <source>Find text in the table</source>
        <translation>Text in der Tabelle suchen</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>Erse&amp;tzen …</translation>
    </message>
    <message>
        <source>Find and replace text in the whole table or one column</source>
        <translation>Text in der ganzen Tabelle oder einer Spalte suchen und ersetzen</translation>
    </message>
    <message>
        <source>Sort &amp;Ascending</source>
        <translation>Aufsteigend s&amp;ortieren</translation>
    </message>
    <message>
        <source>Sort the rows by the current column, smallest first</source>
        <translation>Die Zeilen nach der aktuellen Spalte sortieren, kleinste zuerst</translation>
    </message>
    <message>
        <source>Sort Descendin&amp;g</source>
        <translation>A&amp;bsteigend sortieren</translation>
    </message>
    <message>
        <source>Sort the rows by the current column, largest first</source>
        <translation>Die Zeilen nach der aktuellen Spalte sortieren, größte zuerst</translation>
    </message>
    <message>
        <source>Show &amp;Only Rows With Problems</source>
        <translation>&amp;Nur Zeilen mit Problemen anzeigen</translation>
    </message>
    <message>
        <source>Hide the rows without errors or warnings</source>
        <translation>Die Zeilen ohne Fehler und Warnungen ausblenden</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>&amp;Next Problem</source>
        <translation>&amp;Nächstes Problem</translation>
    </message>
    <message>
        <source>Go to the next error or warning</source>
        <translation>Zum nächsten Fehler oder zur nächsten Warnung gehen</translation>
    </message>
    <message>
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <source>&amp;Previous Problem</source>
        <translation>&amp;Vorheriges Problem</translation>
    </message>
    <message>
        <source>Go to the previous error or warning</source>
        <translation>Zum vorherigen Fehler oder zur vorherigen Warnung gehen</translation>
    </message>
    <message>
        <source>Shift+F8</source>
        <translation>Shift+F8</translation>
    </message>
    <message>
        <source>&amp;Field Reference</source>
        <translation>&amp;Feldreferenz</translation>
    </message>
    <message>
        <source>The fields of a ccimport customer file and their rules</source>
        <translation>Die Felder einer ccimport-Kundendatei und ihre Regeln</translation>
    </message>
    <message>
        <source>&amp;About ccedit</source>
        <translation>&amp;Über ccedit</translation>
    </message>
    <message>
        <source>About ccedit</source>
        <translation>Über ccedit</translation>
    </message>
    <message>
        <source>Add Colum&amp;n</source>
        <translation>Spalte &amp;hinzufügen</translation>
    </message>
    <message>
        <source>E&amp;xport Valid Rows Only…</source>
        <translation>Nur gültige Zeilen e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Clear Cell&amp;s</source>
        <translation>Zellen &amp;leeren</translation>
    </message>
    <message>
        <source>Duplicate Ro&amp;ws</source>
        <translation>Zeilen &amp;duplizieren</translation>
    </message>
    <message>
        <source>Go to Problems &amp;List</source>
        <translation>Zur Problem&amp;liste</translation>
    </message>
    <message>
        <source>Show the Problems panel and move the keyboard focus into it</source>
        <translation>Den Bereich „Probleme“ anzeigen und den Tastaturfokus hineinsetzen</translation>
    </message>
    <message>
        <source>F6</source>
        <translation>F6</translation>
    </message>
    <message>
        <source>Go to &amp;Table</source>
        <translation>Zur &amp;Tabelle</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the table</source>
        <translation>Den Tastaturfokus in die Tabelle setzen</translation>
    </message>
    <message>
        <source>Shift+F6</source>
        <translation>Shift+F6</translation>
    </message>
    <message>
        <source>Show Quick Fi&amp;xes…</source>
        <translation>Schnellkorrekturen an&amp;zeigen …</translation>
    </message>
    <message>
        <source>Show the fixes for the problems of the current cell</source>
        <translation>Die Korrekturen für die Probleme der aktuellen Zelle anzeigen</translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <source>Defaults f&amp;or New Rows…</source>
        <translation>&amp;Vorgaben für neue Zeilen …</translation>
    </message>
    <message>
        <source>Set the values that Insert Rows puts into new rows</source>
        <translation>Die Werte festlegen, die „Zeilen einfügen“ in neue Zeilen schreibt</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>Remo&amp;ve Column</source>
        <translation>Spalte ent&amp;fernen</translation>
    </message>
    <message>
        <source>&amp;Update from Export…</source>
        <translation>Aus Export &amp;aktualisieren …</translation>
    </message>
    <message>
        <source>Update this customer list from a newer export, an archive or another customer CSV file, keeping every value the update does not provide</source>
        <translation>Diese Kundenliste aus einem neueren Export, einem Archiv oder einer anderen Kunden-CSV-Datei aktualisieren und dabei jeden Wert behalten, den die Aktualisierung nicht liefert</translation>
    </message>
    <message>
        <source>Next &amp;Change</source>
        <translation>Nächste Änd&amp;erung</translation>
    </message>
    <message>
        <source>Go to the next cell the last update changed</source>
        <translation>Zur nächsten Zelle gehen, die die letzte Aktualisierung geändert hat</translation>
    </message>
    <message>
        <source>F9</source>
        <translation>F9</translation>
    </message>
    <message>
        <source>Previous C&amp;hange</source>
        <translation>Vorherige Än&amp;derung</translation>
    </message>
    <message>
        <source>Go to the previous cell the last update changed</source>
        <translation>Zur vorherigen Zelle gehen, die die letzte Aktualisierung geändert hat</translation>
    </message>
    <message>
        <source>Shift+F9</source>
        <translation>Shift+F9</translation>
    </message>
    <message>
        <source>Site &amp;Profile…</source>
        <translation>&amp;Site-Profil …</translation>
    </message>
    <message>
        <source>Choose or make the site profile that rate plans and account IDs are checked against</source>
        <translation>Das Site-Profil auswählen oder erstellen, gegen das Tarifpläne und Konto-IDs geprüft werden</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Map Export to ccimport Fields</source>
        <translation>Export den ccimport-Feldern zuordnen</translation>
    </message>
    <message>
        <source>Each ccimport field is filled from a template over the export&apos;s members: {name} inserts a member, {{ and }} are literal braces; {hierarchy_path} and {source_file} are also available. Other fields can be given a constant value.</source>
        <translation>Jedes ccimport-Feld wird aus einer Vorlage über die Elemente des Exports gefüllt: {name} fügt ein Element ein, {{ und }} sind wörtliche geschweifte Klammern; außerdem gibt es {hierarchy_path} und {source_file}. Andere Felder können einen festen Wert erhalten.</translation>
    </message>
    <message>
        <source>Field mapping</source>
        <translation>Feldzuordnung</translation>
    </message>
    <message>
        <source>Mapping error</source>
        <translation>Zuordnungsfehler</translation>
    </message>
    <message>
        <source>&amp;Preview of the first rows (problems are marked; hover for details):</source>
        <translation>&amp;Vorschau der ersten Zeilen (Probleme sind markiert; für Details mit der Maus darüberfahren):</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Problems in the preview</source>
        <translation>Probleme in der Vorschau</translation>
    </message>
</context>
<context>
    <name>NewRowDefaultsDialog</name>
    <message>
        <source>Defaults for New Rows</source>
        <translation>Vorgaben für neue Zeilen</translation>
    </message>
    <message>
        <source>Insert Rows fills the columns of these fields with the values given here. A field left blank stays blank in a new row, which means the field&apos;s own default.</source>
        <translation>„Zeilen einfügen“ füllt die Spalten dieser Felder mit den hier angegebenen Werten. Ein leer gelassenes Feld bleibt in einer neuen Zeile leer; dann gilt die Vorgabe des Feldes selbst.</translation>
    </message>
    <message>
        <source>Default values</source>
        <translation>Vorgabewerte</translation>
    </message>
</context>
<context>
    <name>SiteProfileDialog</name>
    <message>
        <source>Site Profile</source>
        <translation>Site-Profil</translation>
    </message>
    <message>
        <source>A site profile lists the rate plans and the account structure your Consumption Analytics site knows, so that ccedit can check rate plans and account IDs before ccimport does. A ccedit-profile.json in the folder of the open file comes before the profile chosen here.</source>
        <translation>Ein Site-Profil listet die Tarifpläne und die Kontostruktur auf, die Ihre Consumption-Analytics-Site kennt, damit ccedit Tarifpläne und Konto-IDs prüfen kann, bevor ccimport es tut. Eine ccedit-profile.json im Ordner der geöffneten Datei hat Vorrang vor dem hier gewählten Profil.</translation>
    </message>
    <message>
        <source>Profile file</source>
        <translation>Profildatei</translation>
    </message>
    <message>
        <source>No profile: rate plans and account IDs are not checked against the site</source>
        <translation>Kein Profil: Tarifpläne und Konto-IDs werden nicht gegen die Site geprüft</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Auswählen …</translation>
    </message>
    <message>
        <source>&amp;No Profile</source>
        <translation>&amp;Kein Profil</translation>
    </message>
    <message>
        <source>Make a profile</source>
        <translation>Profil erstellen</translation>
    </message>
    <message>
        <source>&amp;Rate plans, one a line:</source>
        <translation>&amp;Tarifpläne, einer je Zeile:</translation>
    </message>
    <message>
        <source>Default
Gold
Silver</source>
        <translation>Default
Gold
Silver</translation>
    </message>
    <message>
        <source>Account structure &amp;levels, one a line, from the top:</source>
        <translation>&amp;Ebenen der Kontostruktur, eine je Zeile, von oben:</translation>
    </message>
    <message>
        <source>Business Unit
Department
Owner</source>
        <translation>Geschäftsbereich
Abteilung
Verantwortlicher</translation>
    </message>
    <message>
        <source>&amp;Save as File…</source>
        <translation>Als Datei &amp;speichern …</translation>
    </message>
</context>
<context>
    <name>ccedit::AcceptRaggedRows</name>
    <message>
        <source>Accept Ragged Rows</source>
        <translation>Unvollständige Zeilen übernehmen</translation>
    </message>
</context>
<context>
    <name>ccedit::ApplyUpdate</name>
    <message>
        <source>Apply Update</source>
        <translation>Aktualisierung anwenden</translation>
    </message>
</context>
<context>
    <name>ccedit::ArchiveMemberDialog</name>
    <message numerus="yes">
        <source>&quot;%1&quot; holds %n customer data export(s). Choose the one to open; the newest is selected.</source>
        <translation>
            <numerusform>„%1“ enthält %n Kundendatenexport. Wählen Sie den zu öffnenden; der neueste ist ausgewählt.</numerusform>
            <numerusform>„%1“ enthält %n Kundendatenexporte. Wählen Sie den zu öffnenden; der neueste ist ausgewählt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ccedit::CellDelegate</name>
    <message>
        <source>(default: true)</source>
        <translation>(Vorgabe: true)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>(default: %1)</source>
        <translation>(Vorgabe: %1)</translation>
    </message>
    <message>
        <source>Fiscal start month</source>
        <translation>Beginn des Geschäftsjahrs (Monat)</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Kennzeichen</translation>
    </message>
</context>
<context>
    <name>ccedit::ChangeListModel</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Gone</source>
        <translation>Entfallen</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>Reaktiviert</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>Nicht abgeglichen</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>kept as it is</source>
        <translation>unverändert behalten</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>inactive already</source>
        <translation>bereits inaktiv</translation>
    </message>
    <message>
        <source>update %1</source>
        <translation>Aktualisierung %1</translation>
    </message>
    <message>
        <source>list %1</source>
        <translation>Liste %1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Old → New</source>
        <translation>Alt → Neu</translation>
    </message>
</context>
<context>
    <name>ccedit::ColumnHeaderActions</name>
    <message>
        <source>Rena&amp;me Column…</source>
        <translation>Spalte u&amp;mbenennen …</translation>
    </message>
    <message>
        <source>Give the current column another name: a field of ccimport or any name</source>
        <translation>Der aktuellen Spalte einen anderen Namen geben: ein Feld von ccimport oder einen beliebigen Namen</translation>
    </message>
</context>
<context>
    <name>ccedit::CommandLine</name>
    <message>
        <source>Check each FILE (CSV, customer data export or archive) and print its problems, one a line.</source>
        <translation>Jede DATEI (CSV, Kundendatenexport oder Archiv) prüfen und ihre Probleme ausgeben, eines je Zeile.</translation>
    </message>
    <message>
        <source>With --check: print the problems as text (FILE:LINE:COLUMN: SEVERITY: MESSAGE [CODE], the default) or as one JSON array.</source>
        <translation>Mit --check: die Probleme als Text (FILE:LINE:COLUMN: SEVERITY: MESSAGE [CODE], die Vorgabe) oder als ein JSON-Array ausgeben.</translation>
    </message>
    <message>
        <source>With --check: treat warnings as errors for the exit status.</source>
        <translation>Mit --check: Warnungen für den Exit-Status wie Fehler behandeln.</translation>
    </message>
    <message>
        <source>Convert IN (CSV, customer data export or archive) to a ccimport customer CSV file. Nothing is written when IN has errors, unless --valid-only is given.</source>
        <translation>IN (CSV, Kundendatenexport oder Archiv) in eine ccimport-Kunden-CSV-Datei umwandeln. Hat IN Fehler, wird nichts geschrieben, außer mit --valid-only.</translation>
    </message>
    <message>
        <source>With --convert: the file to write, or - for standard output. It must not be IN.</source>
        <translation>Mit --convert: die zu schreibende Datei, oder - für die Standardausgabe. Sie darf nicht IN sein.</translation>
    </message>
    <message>
        <source>With --convert of an export: fill FIELD from TEMPLATE, where {member} inserts a member of the export record ({customer_name}, {hierarchy_path}, {source_file}, ...). May be repeated.</source>
        <translation>Mit --convert eines Exports: FIELD aus TEMPLATE füllen, wobei {member} ein Element des Exportdatensatzes einfügt ({customer_name}, {hierarchy_path}, {source_file}, ...). Kann wiederholt werden.</translation>
    </message>
    <message>
        <source>With --convert of an export: give FIELD the same VALUE in every row (for example active=true). May be repeated.</source>
        <translation>Mit --convert eines Exports: FIELD in jeder Zeile denselben Wert VALUE geben (zum Beispiel active=true). Kann wiederholt werden.</translation>
    </message>
    <message>
        <source>With --convert of an archive: the export to read (default: the newest).</source>
        <translation>Mit --convert eines Archivs: der zu lesende Export (Vorgabe: der neueste).</translation>
    </message>
    <message>
        <source>With --convert: write only the rows without errors and say how many were left out.</source>
        <translation>Mit --convert: nur die Zeilen ohne Fehler schreiben und angeben, wie viele ausgelassen wurden.</translation>
    </message>
    <message>
        <source>With --convert: end lines with CR LF.</source>
        <translation>Mit --convert: Zeilen mit CR LF beenden.</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Die Version ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Print this help and exit.</source>
        <translation>Diese Hilfe ausgeben und beenden.</translation>
    </message>
    <message>
        <source>%1 applies to --convert, not to --check.</source>
        <translation>%1 gilt für --convert, nicht für --check.</translation>
    </message>
    <message>
        <source>Unknown --format &quot;%1&quot;: use text or json.</source>
        <translation>Unbekanntes --format „%1“: text oder json verwenden.</translation>
    </message>
    <message>
        <source>--check needs at least one FILE to check.</source>
        <translation>--check braucht mindestens eine zu prüfende DATEI.</translation>
    </message>
    <message>
        <source>%1 applies to --check, not to --convert.</source>
        <translation>%1 gilt für --check, nicht für --convert.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;: --convert reads one file, given as --convert IN.</source>
        <translation>Unerwartetes Argument „%1“: --convert liest eine Datei, angegeben als --convert IN.</translation>
    </message>
    <message>
        <source>--convert needs -o OUT: the file to write, or - for standard output.</source>
        <translation>--convert braucht -o OUT: die zu schreibende Datei, oder - für die Standardausgabe.</translation>
    </message>
    <message>
        <source>The file to open in the editor, or the files to check with --check.</source>
        <translation>Die Datei, die im Editor geöffnet wird, oder die Dateien, die mit --check geprüft werden.</translation>
    </message>
    <message>
        <source>%1 is given more than once; give it once.</source>
        <translation>%1 ist mehrfach angegeben; bitte nur einmal angeben.</translation>
    </message>
    <message>
        <source>--check and --convert cannot be used together; run ccedit once for each.</source>
        <translation>--check und --convert können nicht zusammen verwendet werden; rufen Sie ccedit für jedes einzeln auf.</translation>
    </message>
    <message>
        <source>%1 applies to --check; give --check and the files to check.</source>
        <translation>%1 gilt für --check; geben Sie --check und die zu prüfenden Dateien an.</translation>
    </message>
    <message>
        <source>%1 applies to --convert; give --convert IN -o OUT.</source>
        <translation>%1 gilt für --convert; geben Sie --convert IN -o OUT an.</translation>
    </message>
    <message>
        <source>%1: %2, %3.</source>
        <comment>files checked: errors, warnings</comment>
        <translation>%1: %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) checked</source>
        <translation>
            <numerusform>%n Datei geprüft</numerusform>
            <numerusform>%n Dateien geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read.</source>
        <translation>
            <numerusform>%n Datei konnte nicht gelesen werden.</numerusform>
            <numerusform>%n Dateien konnten nicht gelesen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run &apos;ccedit --help&apos; to see how to use it.</source>
        <translation>Mit „ccedit --help“ sehen Sie, wie es verwendet wird.</translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1.</source>
        <translation>Kann nicht in die Standardausgabe schreiben: %1.</translation>
    </message>
    <message>
        <source>%1 and %2 are the same file. Give another output file: --convert never changes its input.</source>
        <translation>%1 und %2 sind dieselbe Datei. Geben Sie eine andere Ausgabedatei an: --convert ändert nie seine Eingabe.</translation>
    </message>
    <message>
        <source>--map, --set and --member apply to customer data exports, and %1 is a CSV file. Leave them out to convert a CSV file.</source>
        <translation>--map, --set und --member gelten für Kundendatenexporte, und %1 ist eine CSV-Datei. Lassen Sie sie weg, um eine CSV-Datei umzuwandeln.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing written: %1 has %n error(s). Correct them, or give --valid-only to write only the rows without errors.</source>
        <translation>
            <numerusform>Nichts geschrieben: %1 hat %n Fehler. Korrigieren Sie ihn, oder geben Sie --valid-only an, um nur die Zeilen ohne Fehler zu schreiben.</numerusform>
            <numerusform>Nichts geschrieben: %1 hat %n Fehler. Korrigieren Sie sie, oder geben Sie --valid-only an, um nur die Zeilen ohne Fehler zu schreiben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing written: the errors in the header of %1 leave no row valid. Correct the header first.</source>
        <translation>Nichts geschrieben: Wegen der Fehler in der Kopfzeile von %1 ist keine Zeile gültig. Korrigieren Sie zuerst die Kopfzeile.</translation>
    </message>
    <message numerus="yes">
        <source>Left out %n row(s) with errors.</source>
        <translation>
            <numerusform>%n Zeile mit Fehlern ausgelassen.</numerusform>
            <numerusform>%n Zeilen mit Fehlern ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Update the customer list BASE from UPDATE (a customer data export, an archive or another customer CSV file), keeping every value UPDATE does not provide, and write the result to OUT. The other options of --convert apply to UPDATE.</source>
        <translation>Die Kundenliste BASE aus UPDATE (einem Kundendatenexport, einem Archiv oder einer anderen Kunden-CSV-Datei) aktualisieren, dabei jeden Wert behalten, den UPDATE nicht liefert, und das Ergebnis nach OUT schreiben. Die übrigen Optionen von --convert gelten für UPDATE.</translation>
    </message>
    <message>
        <source>With --merge: what becomes of customers UPDATE no longer has: keep them (the default), deactivate them (active=false) or remove them.</source>
        <translation>Mit --merge: was mit Kunden geschieht, die UPDATE nicht mehr enthält: behalten (die Vorgabe), deaktivieren (active=false) oder entfernen.</translation>
    </message>
    <message>
        <source>With --merge: write only the new, changed, deactivated and reactivated rows, without comments: the file for ccimport -u.</source>
        <translation>Mit --merge: nur die neuen, geänderten, deaktivierten und reaktivierten Zeilen schreiben, ohne Kommentare: die Datei für ccimport -u.</translation>
    </message>
    <message>
        <source>With --merge: write every change to FILE as one JSON array.</source>
        <translation>Mit --merge: jede Änderung als ein JSON-Array nach FILE schreiben.</translation>
    </message>
    <message>
        <source>With --check, --convert or --merge: check rate plans and account IDs against the site profile FILE (default: ccedit-profile.json in the folder of the file read).</source>
        <translation>Mit --check, --convert oder --merge: Tarifpläne und Konto-IDs gegen das Site-Profil FILE prüfen (Vorgabe: ccedit-profile.json im Ordner der gelesenen Datei).</translation>
    </message>
    <message>
        <source>With --check, --convert or --merge: do not look for ccedit-profile.json beside the files read.</source>
        <translation>Mit --check, --convert oder --merge: nicht nach ccedit-profile.json neben den gelesenen Dateien suchen.</translation>
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
        <translation>Kunden-CSV-Dateien für HPE Consumption Analytics (ccimport -t customer) bearbeiten und prüfen sowie Kundendatenexporte von VOSS Automate in solche Dateien umwandeln.

  ccedit [FILE]                den Editor öffnen, wahlweise mit FILE
  ccedit --check [--format text|json] [--werror] [--profile FILE] [--no-profile] FILE...
  ccedit --convert IN -o OUT [--map FIELD=TEMPLATE]... [--set FIELD=VALUE]...
                             [--member NAME] [--valid-only] [--crlf]
                             [--profile FILE] [--no-profile]
  ccedit --merge BASE UPDATE -o OUT [--gone keep|deactivate|remove] [--changes-only]
                             [--report FILE] [--map FIELD=TEMPLATE]... [--set FIELD=VALUE]...
                             [--member NAME] [--valid-only] [--crlf]
                             [--profile FILE] [--no-profile]
  ccedit --version | --help

Exit-Status: 0 keine Fehler (Warnungen erlaubt, außer mit --werror), 1 Fehler gefunden oder deswegen nichts geschrieben, 2 eine Datei, die nicht gelesen werden kann, oder falsche Verwendung.</translation>
    </message>
    <message>
        <source>%1 applies to --merge, not to %2.</source>
        <translation>%1 gilt für --merge, nicht für %2.</translation>
    </message>
    <message>
        <source>%1 applies to --check, not to --merge.</source>
        <translation>%1 gilt für --check, nicht für --merge.</translation>
    </message>
    <message>
        <source>--merge needs two files, given as --merge BASE UPDATE.</source>
        <translation>--merge braucht zwei Dateien, angegeben als --merge BASE UPDATE.</translation>
    </message>
    <message>
        <source>--merge needs -o OUT: the file to write, or - for standard output.</source>
        <translation>--merge braucht -o OUT: die zu schreibende Datei, oder - für die Standardausgabe.</translation>
    </message>
    <message>
        <source>Unknown --gone &quot;%1&quot;: use keep, deactivate or remove.</source>
        <translation>Unbekanntes --gone „%1“: keep, deactivate oder remove verwenden.</translation>
    </message>
    <message>
        <source>%1 and --merge cannot be used together; run ccedit once for each.</source>
        <translation>%1 und --merge können nicht zusammen verwendet werden; rufen Sie ccedit für jedes einzeln auf.</translation>
    </message>
    <message>
        <source>%1 applies to --merge; give --merge BASE UPDATE -o OUT.</source>
        <translation>%1 gilt für --merge; geben Sie --merge BASE UPDATE -o OUT an.</translation>
    </message>
    <message>
        <source>%1 applies to --check, --convert and --merge; give one of them.</source>
        <translation>%1 gilt für --check, --convert und --merge; geben Sie eine davon an.</translation>
    </message>
    <message>
        <source>Nothing to do: give --check, --convert, --merge, --version or --help, or only a file name to open the editor.</source>
        <translation>Nichts zu tun: Geben Sie --check, --convert, --merge, --version oder --help an, oder nur einen Dateinamen, um den Editor zu öffnen.</translation>
    </message>
    <message>
        <source>kept</source>
        <comment>gone rows</comment>
        <translation>behalten</translation>
    </message>
    <message>
        <source>deactivated</source>
        <comment>gone rows</comment>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>removed</source>
        <comment>gone rows</comment>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 gone (%4), %5 reactivated, %6 unchanged, %7 unmatched</source>
        <translation>%1 neu, %2 geändert, %3 entfallen (%4), %5 reaktiviert, %6 unverändert, %7 nicht abgeglichen</translation>
    </message>
    <message>
        <source>Cannot write the report %1: %2.</source>
        <translation>Der Bericht %1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>%1 and %2 are the same file. Give another file to write: --merge never changes BASE or UPDATE.</source>
        <translation>%1 und %2 sind dieselbe Datei. Geben Sie eine andere zu schreibende Datei an: --merge ändert nie BASE oder UPDATE.</translation>
    </message>
    <message>
        <source>--map, --set and --member apply to customer data exports, and the update %1 is a CSV file. Leave them out to merge a CSV file.</source>
        <translation>--map, --set und --member gelten für Kundendatenexporte, und die Aktualisierung %1 ist eine CSV-Datei. Lassen Sie sie weg, um eine CSV-Datei zusammenzuführen.</translation>
    </message>
    <message>
        <source>Site profile: %1 (given with --profile).</source>
        <translation>Site-Profil: %1 (mit --profile angegeben).</translation>
    </message>
    <message>
        <source>Site profile: %1 (found beside %2; --no-profile ignores it).</source>
        <translation>Site-Profil: %1 (neben %2 gefunden; --no-profile ignoriert es).</translation>
    </message>
</context>
<context>
    <name>ccedit::CsvReader</name>
    <message>
        <source>The file holds %1 bytes, more than the %2 bytes that can be opened. Split it into smaller files.</source>
        <translation>Die Datei enthält %1 Bytes, mehr als die %2 Bytes, die geöffnet werden können. Teilen Sie sie in kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>The file is not valid %1 text (an odd number of bytes or an unpaired surrogate). Save it again as UTF-8.</source>
        <translation>Die Datei ist kein gültiger %1-Text (eine ungerade Anzahl Bytes oder ein einzelnes Surrogat). Speichern Sie sie erneut als UTF-8.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 on this line. Open it as Windows-1252 or with the encoding detected, or save it again as UTF-8.</source>
        <translation>Die Datei ist in dieser Zeile kein gültiges UTF-8. Öffnen Sie sie als Windows-1252 oder mit der erkannten Kodierung, oder speichern Sie sie erneut als UTF-8.</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;. Use UTF-8, Windows-1252, UTF-16LE or UTF-16BE.</source>
        <translation>Unbekannte Kodierung „%1“. Verwenden Sie UTF-8, Windows-1252, UTF-16LE oder UTF-16BE.</translation>
    </message>
    <message>
        <source>A quoted name in the header has no closing quote, so it runs to the end of the file. Add the closing &quot; after the name.</source>
        <translation>Einem Namen in Anführungszeichen in der Kopfzeile fehlt das schließende Anführungszeichen, daher reicht er bis zum Ende der Datei. Fügen Sie das schließende &quot; nach dem Namen ein.</translation>
    </message>
    <message>
        <source>The file holds nothing but comment lines and blank lines. A ccimport CSV file needs a header row naming its fields, such as account_id,description.</source>
        <translation>Die Datei enthält nur Kommentar- und Leerzeilen. Eine ccimport-CSV-Datei braucht eine Kopfzeile, die ihre Felder nennt, etwa account_id,description.</translation>
    </message>
    <message>
        <source>The file cannot be read (%1). Check that it is readable by you, or copy it somewhere readable.</source>
        <translation>Die Datei kann nicht gelesen werden (%1). Prüfen Sie, ob Sie sie lesen dürfen, oder kopieren Sie sie an einen lesbaren Ort.</translation>
    </message>
    <message>
        <source>The file does not exist. Check the name and the folder, or choose another file.</source>
        <translation>Die Datei existiert nicht. Prüfen Sie den Namen und den Ordner, oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>This is a folder, not a file. Choose a CSV file inside it.</source>
        <translation>Das ist ein Ordner, keine Datei. Wählen Sie eine CSV-Datei darin.</translation>
    </message>
    <message>
        <source>The file is empty. A ccimport CSV file starts with a header row naming its fields, such as account_id,description.</source>
        <translation>Die Datei ist leer. Eine ccimport-CSV-Datei beginnt mit einer Kopfzeile, die ihre Felder nennt, etwa account_id,description.</translation>
    </message>
    <message>
        <source>The file holds binary data (a NUL byte on this line), so it is not a CSV text file. Choose a CSV file saved as text, preferably UTF-8.</source>
        <translation>Die Datei enthält Binärdaten (ein NUL-Byte in dieser Zeile) und ist daher keine CSV-Textdatei. Wählen Sie eine als Text gespeicherte CSV-Datei, am besten in UTF-8.</translation>
    </message>
</context>
<context>
    <name>ccedit::CsvWriter</name>
    <message>
        <source>it is a folder, not a file name</source>
        <translation>das ist ein Ordner, kein Dateiname</translation>
    </message>
    <message>
        <source>Cannot save &quot;%1&quot;: %2. %3 The old file, if any, is unchanged.</source>
        <translation>„%1“ kann nicht gespeichert werden: %2. %3 Die alte Datei, falls vorhanden, ist unverändert.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>Free some space on it, or save to another disk.</source>
        <translation>Geben Sie Platz darauf frei oder speichern Sie auf einem anderen Datenträger.</translation>
    </message>
    <message>
        <source>you may not write in its folder (%1)</source>
        <translation>Sie dürfen nicht in ihren Ordner schreiben (%1)</translation>
    </message>
    <message>
        <source>Save to a folder you can write to, or ask for write access.</source>
        <translation>Speichern Sie in einem Ordner, in den Sie schreiben dürfen, oder bitten Sie um Schreibrechte.</translation>
    </message>
    <message>
        <source>its folder no longer exists</source>
        <translation>ihr Ordner existiert nicht mehr</translation>
    </message>
    <message>
        <source>Choose a folder that exists.</source>
        <translation>Wählen Sie einen Ordner, der existiert.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to and check that the disk has free space.</source>
        <translation>Wählen Sie einen Ordner, in den Sie schreiben dürfen, und prüfen Sie, ob der Datenträger freien Platz hat.</translation>
    </message>
    <message>
        <source>Choose a file name for the table.</source>
        <translation>Wählen Sie einen Dateinamen für die Tabelle.</translation>
    </message>
</context>
<context>
    <name>ccedit::DocumentStatus</name>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop opening the file (Esc)</source>
        <translation>Das Öffnen der Datei abbrechen (Esc)</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <source>Line ends</source>
        <translation>Zeilenenden</translation>
    </message>
    <message>
        <source>Problem counts</source>
        <translation>Anzahl der Probleme</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet …</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Read as %1. File ▸ Reopen with Encoding reads it another way.</source>
        <translation>Als %1 gelesen. Datei ▸ Mit Kodierung erneut öffnen liest sie anders.</translation>
    </message>
    <message>
        <source>Semicolons</source>
        <translation>Semikolons</translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation>Tabulatoren</translation>
    </message>
    <message>
        <source>Commas</source>
        <translation>Kommas</translation>
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
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft …</translation>
    </message>
</context>
<context>
    <name>ccedit::EditActions</name>
    <message>
        <source>Cut</source>
        <translation>Ausschneiden</translation>
    </message>
    <message>
        <source>Clear Cells</source>
        <translation>Zellen leeren</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message numerus="yes">
        <source>The pasted range is wider than the table; %n column(s) were left out.</source>
        <translation>
            <numerusform>Der eingefügte Bereich ist breiter als die Tabelle; %n Spalte wurde ausgelassen.</numerusform>
            <numerusform>Der eingefügte Bereich ist breiter als die Tabelle; %n Spalten wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill Down</source>
        <translation>Nach unten ausfüllen</translation>
    </message>
    <message>
        <source>Every field is present</source>
        <translation>Alle Felder sind vorhanden</translation>
    </message>
    <message>
        <source>No quick fix for this problem</source>
        <translation>Keine Schnellkorrektur für dieses Problem</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %Ln row(s)…</source>
        <translation>
            <numerusform>%1 in %Ln Zeile…</numerusform>
            <numerusform>%1 in %Ln Zeilen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copying %Ln row(s)…</source>
        <translation>
            <numerusform>%Ln Zeile wird kopiert…</numerusform>
            <numerusform>%Ln Zeilen werden kopiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the pasted cells…</source>
        <translation>Die eingefügten Zellen werden gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>Deleting %Ln row(s)…</source>
        <translation>
            <numerusform>%Ln Zeile wird gelöscht…</numerusform>
            <numerusform>%Ln Zeilen werden gelöscht…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ccedit::ExportReader</name>
    <message>
        <source>The compressed data is damaged or cut off. Expected a complete gzip, bzip2 or xz file; fetch the export again.</source>
        <translation>Die komprimierten Daten sind beschädigt oder abgeschnitten. Erwartet wurde eine vollständige gzip-, bzip2- oder xz-Datei; holen Sie den Export erneut.</translation>
    </message>
    <message>
        <source>The export decompresses to more than %1; ccedit reads at most %1 from one export. Split it into smaller exports.</source>
        <translation>Der Export ist entpackt größer als %1; ccedit liest höchstens %1 aus einem Export. Teilen Sie ihn in kleinere Exporte auf.</translation>
    </message>
    <message>
        <source>The export is larger than %1; ccedit reads at most %1 from one export. Split it into smaller exports.</source>
        <translation>Der Export ist größer als %1; ccedit liest höchstens %1 aus einem Export. Teilen Sie ihn in kleinere Exporte auf.</translation>
    </message>
    <message>
        <source>The export could not be unpacked to a temporary file. Check that the disk has free space.</source>
        <translation>Der Export konnte nicht in eine temporäre Datei entpackt werden. Prüfen Sie, ob auf dem Datenträger Platz frei ist.</translation>
    </message>
    <message>
        <source>The file is empty. Expected a customer export (a JSON array of customer objects, possibly compressed) or an archive of exports.</source>
        <translation>Die Datei ist leer. Erwartet wurde ein Kundendatenexport (ein JSON-Array von Kundenobjekten, eventuell komprimiert) oder ein Archiv mit Exporten.</translation>
    </message>
    <message>
        <source>The archive cannot be read (%1). Expected an intact zip or tar archive of customer exports.</source>
        <translation>Das Archiv kann nicht gelesen werden (%1). Erwartet wurde ein intaktes zip- oder tar-Archiv mit Kundendatenexporten.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>The archive holds no customer export. Expected a file named like 2024-05-06_0930_customer.json.gz in it.</source>
        <translation>Das Archiv enthält keinen Kundendatenexport. Erwartet wurde darin eine Datei mit einem Namen wie 2024-05-06_0930_customer.json.gz.</translation>
    </message>
    <message>
        <source>The archive holds several files named &quot;%1&quot;: %2. Name one by its path.</source>
        <translation>Das Archiv enthält mehrere Dateien namens „%1“: %2. Geben Sie eine mit ihrem Pfad an.</translation>
    </message>
    <message>
        <source>The archive has no member &quot;%1&quot;. Its customer exports are: %2.</source>
        <translation>Das Archiv enthält kein „%1“. Seine Kundendatenexporte sind: %2.</translation>
    </message>
    <message>
        <source>A customer export cannot be read as %1. Open it as UTF-8 or Windows-1252.</source>
        <translation>Ein Kundendatenexport kann nicht als %1 gelesen werden. Öffnen Sie ihn als UTF-8 oder Windows-1252.</translation>
    </message>
    <message>
        <source>The export is not valid UTF-8 on this line. Open it as Windows-1252, or export it again as UTF-8.</source>
        <translation>Der Export ist in dieser Zeile kein gültiges UTF-8. Öffnen Sie ihn als Windows-1252, oder exportieren Sie ihn erneut als UTF-8.</translation>
    </message>
    <message>
        <source>it is damaged or cut off</source>
        <translation>es ist beschädigt oder abgeschnitten</translation>
    </message>
    <message>
        <source>The file is not JSON: it starts with &quot;%1&quot;, where a customer export starts with [, a JSON array of customer objects. If it is a CSV file, give it a name ending in .csv.</source>
        <translation>Die Datei ist kein JSON: Sie beginnt mit „%1“, wo ein Kundenexport mit [ beginnt, einem JSON-Array von Kundenobjekten. Ist es eine CSV-Datei, geben Sie ihr einen Namen mit der Endung .csv.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>names listed, then a count</comment>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ccedit::FieldReferenceDialog</name>
    <message>
        <source>true, false, 1 or 0 (any case)</source>
        <translation>true, false, 1 oder 0 (beliebige Schreibweise)</translation>
    </message>
    <message>
        <source>levels separated by |, none empty</source>
        <translation>durch | getrennte Ebenen, keine leer</translation>
    </message>
    <message>
        <source>one character</source>
        <translation>ein Zeichen</translation>
    </message>
    <message>
        <source>whole number from %1 to %2</source>
        <translation>ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation>eine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>also: %1</source>
        <translation>auch: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Fields of a ccimport customer file</source>
        <translation>Felder einer ccimport-Kundendatei</translation>
    </message>
    <message>
        <source>The first line names the fields, in any order. account_id and description are required. A dot may stand for an underscore, and names match in any case. A blank value uses the field&apos;s default.</source>
        <translation>Die erste Zeile nennt die Felder, in beliebiger Reihenfolge. account_id und description sind Pflicht. Ein Punkt darf für einen Unterstrich stehen, und bei den Namen spielt die Groß- und Kleinschreibung keine Rolle. Ein leerer Wert steht für die Vorgabe des Felds.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Vorgabe</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Site profile</source>
        <translation>Site-Profil</translation>
    </message>
    <message>
        <source>Whether a rate plan exists, and how many levels an account ID may have, depend on the site. A site profile says so: a JSON file with the site&apos;s rate plans and the levels of its account structure, both optional. ccedit uses a %1 in the folder of the file it reads, else the profile chosen in Settings &gt; Site Profile (or given with --profile on the command line).</source>
        <translation>Ob ein Tarifplan existiert und wie viele Ebenen eine Konto-ID haben darf, hängt von der Site ab. Das legt ein Site-Profil fest: eine JSON-Datei mit den Tarifplänen der Site und den Ebenen ihrer Kontostruktur, beide optional. ccedit verwendet eine %1 im Ordner der gelesenen Datei, sonst das unter Einstellungen &gt; Site-Profil gewählte Profil (oder das auf der Befehlszeile mit --profile angegebene).</translation>
    </message>
    <message>
        <source>While a profile is in force, a rate_plan that names none of its rate plans (in any case; blank means Default, which always exists) is an unknown-rate-plan error, and an account_id with more levels than the account structure is an account-id-too-deep error.</source>
        <translation>Solange ein Profil gilt, ist ein rate_plan, der keinen seiner Tarifpläne nennt (in beliebiger Schreibweise; leer bedeutet Default, der immer existiert), ein Fehler unknown-rate-plan, und eine account_id mit mehr Ebenen als die Kontostruktur ist ein Fehler account-id-too-deep.</translation>
    </message>
</context>
<context>
    <name>ccedit::FileController</name>
    <message>
        <source>Cannot Open File</source>
        <translation>Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled.</source>
        <translation>Das Öffnen von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Export Valid Rows Only</source>
        <translation>Nur gültige Zeilen exportieren</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1; left out %n row(s) with errors.</source>
        <translation>
            <numerusform>%1 geschrieben; %n Zeile mit Fehlern ausgelassen.</numerusform>
            <numerusform>%1 geschrieben; %n Zeilen mit Fehlern ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>%1 is the customer data export this table was made from; it is never overwritten. Choose another name for the CSV file.</source>
        <translation>%1 ist der Kundendatenexport, aus dem diese Tabelle entstand; er wird nie überschrieben. Wählen Sie einen anderen Namen für die CSV-Datei.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert …</translation>
    </message>
    <message>
        <source>Mapping %1…</source>
        <translation>%1 wird zugeordnet …</translation>
    </message>
    <message>
        <source>Cannot Change Mapping</source>
        <translation>Zuordnung kann nicht geändert werden</translation>
    </message>
    <message>
        <source>Change Mapping</source>
        <translation>Zuordnung ändern</translation>
    </message>
</context>
<context>
    <name>ccedit::FindReplace</name>
    <message>
        <source>Enter the text to find.</source>
        <translation>Geben Sie den zu suchenden Text ein.</translation>
    </message>
    <message>
        <source>The regular expression is not valid at position %1: %2. Correct it or turn off &quot;Regular expression&quot;.</source>
        <translation>Der reguläre Ausdruck ist an Position %1 ungültig: %2. Korrigieren Sie ihn oder schalten Sie „Regulärer Ausdruck“ aus.</translation>
    </message>
</context>
<context>
    <name>ccedit::FindReplaceDialog</name>
    <message>
        <source>Whole table</source>
        <translation>Ganze Tabelle</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not found.</source>
        <translation>„%1“ wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>A match is in a row hidden by the filter (line %1).</source>
        <translation>Ein Treffer liegt in einer vom Filter ausgeblendeten Zeile (Zeile %1).</translation>
    </message>
    <message numerus="yes">
        <source>Replace All (%n cell(s))</source>
        <translation>
            <numerusform>Alle ersetzen (%n Zelle)</numerusform>
            <numerusform>Alle ersetzen (%n Zellen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced in %n cell(s).</source>
        <translation>
            <numerusform>In %n Zelle ersetzt.</numerusform>
            <numerusform>In %n Zellen ersetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>Replacing…</source>
        <translation>Ersetzen läuft…</translation>
    </message>
</context>
<context>
    <name>ccedit::InsertColumn</name>
    <message>
        <source>Insert Column</source>
        <translation>Spalte einfügen</translation>
    </message>
</context>
<context>
    <name>ccedit::InsertRows</name>
    <message>
        <source>Insert Rows</source>
        <translation>Zeilen einfügen</translation>
    </message>
</context>
<context>
    <name>ccedit::JournalKeeper</name>
    <message>
        <source>Unsaved changes cannot be kept for recovery in %1: %2</source>
        <translation>Ungespeicherte Änderungen können nicht zur Wiederherstellung in %1 aufbewahrt werden: %2</translation>
    </message>
    <message>
        <source>another ccedit uses it</source>
        <translation>ein anderes ccedit verwendet diese Datei</translation>
    </message>
    <message>
        <source>the lock file cannot be made</source>
        <translation>die Sperrdatei kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the changes cannot be told apart from the file</source>
        <translation>die Änderungen lassen sich nicht von der Datei unterscheiden</translation>
    </message>
    <message>
        <source>the folder cannot be made</source>
        <translation>der Ordner kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>ccedit::JsonRecords</name>
    <message>
        <source>member &quot;%1&quot; in record %2</source>
        <translation>Element „%1“ in Datensatz %2</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>erwartet: %1, gefunden: %2</translation>
    </message>
    <message>
        <source>the end of the file</source>
        <translation>das Dateiende</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a JSON array of customer objects ([ {...}, ... ])</source>
        <translation>ein JSON-Array von Kundenobjekten ([ {...}, ... ])</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos; after record %1</source>
        <translation>„,“ oder „]“ nach Datensatz %1</translation>
    </message>
    <message>
        <source>the end of the file after the array of customer objects</source>
        <translation>das Dateiende nach dem Array der Kundenobjekte</translation>
    </message>
    <message>
        <source>a customer object ({...}) as record %1</source>
        <translation>ein Kundenobjekt ({...}) als Datensatz %1</translation>
    </message>
    <message>
        <source>a member name in double quotes in record %1</source>
        <translation>ein Elementname in doppelten Anführungszeichen in Datensatz %1</translation>
    </message>
    <message>
        <source>&apos;:&apos; after member &quot;%1&quot; in record %2</source>
        <translation>„:“ nach Element „%1“ in Datensatz %2</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;}&apos; after %1</source>
        <translation>„,“ oder „}“ nach %1</translation>
    </message>
    <message>
        <source>a value for %1</source>
        <translation>ein Wert für %1</translation>
    </message>
    <message>
        <source>a value in the value of %1</source>
        <translation>ein Wert im Wert von %1</translation>
    </message>
    <message>
        <source>found arrays and objects nested more than %1 deep in the value of %2; expected at most %1</source>
        <translation>Arrays und Objekte mehr als %1 Ebenen tief verschachtelt im Wert von %2 gefunden; erwartet wurden höchstens %1 Ebenen</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;%1&apos; in the value of %2</source>
        <translation>„,“ oder „%1“ im Wert von %2</translation>
    </message>
    <message>
        <source>a member name in double quotes in the value of %1</source>
        <translation>ein Elementname in doppelten Anführungszeichen im Wert von %1</translation>
    </message>
    <message>
        <source>&apos;:&apos; after a member name in the value of %1</source>
        <translation>„:“ nach einem Elementnamen im Wert von %1</translation>
    </message>
    <message>
        <source>the string starting here never ends; expected a closing &quot; before the end of the file</source>
        <translation>die hier beginnende Zeichenkette endet nie; erwartet wurde ein schließendes &quot; vor dem Dateiende</translation>
    </message>
    <message>
        <source>found %1 inside a string; expected it written as an escape such as \n or \u%2</source>
        <translation>%1 innerhalb einer Zeichenkette gefunden; erwartet wurde eine Escape-Sequenz wie \n oder \u%2</translation>
    </message>
    <message>
        <source>the file ends inside an escape; expected a complete string</source>
        <translation>die Datei endet innerhalb einer Escape-Sequenz; erwartet wurde eine vollständige Zeichenkette</translation>
    </message>
    <message>
        <source>invalid escape &quot;%1&quot; in a string; expected one of \&quot; \\ \/ \b \f \n \r \t or \u and four hexadecimal digits</source>
        <translation>ungültige Escape-Sequenz „%1“ in einer Zeichenkette; erwartet wurde eine von \&quot; \\ \/ \b \f \n \r \t oder \u mit vier Hexadezimalziffern</translation>
    </message>
    <message>
        <source>invalid escape &quot;%1&quot; in a string; expected \u and four hexadecimal digits</source>
        <translation>ungültige Escape-Sequenz „%1“ in einer Zeichenkette; erwartet wurde \u mit vier Hexadezimalziffern</translation>
    </message>
    <message>
        <source>the escape &quot;%1&quot; is half of a UTF-16 surrogate pair; expected a high surrogate (\uD800 to \uDBFF) followed by a low one (\uDC00 to \uDFFF)</source>
        <translation>die Escape-Sequenz „%1“ ist die Hälfte eines UTF-16-Surrogatpaars; erwartet wurde ein hohes Surrogat (\uD800 bis \uDBFF), gefolgt von einem niedrigen (\uDC00 bis \uDFFF)</translation>
    </message>
    <message>
        <source>a digit in the number</source>
        <translation>eine Ziffer in der Zahl</translation>
    </message>
    <message>
        <source>the export has %1 records with %2 different members, more than ccedit can hold; expected the same few members in every record</source>
        <translation>der Export hat %1 Datensätze mit %2 verschiedenen Elementen, mehr als ccedit fassen kann; erwartet wurden dieselben wenigen Elemente in jedem Datensatz</translation>
    </message>
    <message>
        <source>the JSON text is larger than %1 MiB; ccedit reads at most %1 MiB</source>
        <translation>der JSON-Text ist größer als %1 MiB; ccedit liest höchstens %1 MiB</translation>
    </message>
</context>
<context>
    <name>ccedit::Loader</name>
    <message>
        <source>The file does not exist. Check the name and the folder, or choose another file.</source>
        <translation>Die Datei existiert nicht. Prüfen Sie den Namen und den Ordner, oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>This is a folder, not a file. Choose a file inside it.</source>
        <translation>Das ist ein Ordner, keine Datei. Wählen Sie eine Datei darin.</translation>
    </message>
    <message>
        <source>The file cannot be opened (%1). Check that you may read it.</source>
        <translation>Die Datei kann nicht geöffnet werden (%1). Prüfen Sie, ob Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <source>The file holds binary data that is neither a CSV file, a customer export (.json, .json.gz) nor an archive of exports (.zip, .tar, .tar.gz, .tar.bz2, .tar.xz). Choose one of those.</source>
        <translation>Die Datei enthält Binärdaten und ist weder eine CSV-Datei noch ein Kundendatenexport (.json, .json.gz) noch ein Archiv mit Exporten (.zip, .tar, .tar.gz, .tar.bz2, .tar.xz). Wählen Sie eine solche Datei.</translation>
    </message>
    <message>
        <source>Reading was cancelled before the end of the file, so nothing was opened. Open the file again to read all of it.</source>
        <translation>Das Lesen wurde vor dem Ende der Datei abgebrochen, daher wurde nichts geöffnet. Öffnen Sie die Datei erneut, um sie vollständig zu lesen.</translation>
    </message>
    <message>
        <source>a customer export (.json)</source>
        <translation>ein Kundenexport (.json)</translation>
    </message>
    <message>
        <source>a gzip-compressed customer export (.json.gz)</source>
        <translation>ein gzip-komprimierter Kundenexport (.json.gz)</translation>
    </message>
    <message>
        <source>a zip archive (.zip)</source>
        <translation>ein ZIP-Archiv (.zip)</translation>
    </message>
    <message>
        <source>a tar archive (.tar)</source>
        <translation>ein TAR-Archiv (.tar)</translation>
    </message>
    <message>
        <source>a compressed tar archive (.tar.gz, .tgz, .tar.bz2 or .tar.xz)</source>
        <translation>ein komprimiertes TAR-Archiv (.tar.gz, .tgz, .tar.bz2 oder .tar.xz)</translation>
    </message>
    <message>
        <source>a zip archive</source>
        <translation>ein ZIP-Archiv</translation>
    </message>
    <message>
        <source>a tar archive</source>
        <translation>ein TAR-Archiv</translation>
    </message>
    <message>
        <source>a compressed tar archive</source>
        <translation>ein komprimiertes TAR-Archiv</translation>
    </message>
    <message>
        <source>a gzip-compressed file, not an archive</source>
        <translation>eine gzip-komprimierte Datei, kein Archiv</translation>
    </message>
    <message>
        <source>a file compressed with bzip2 or xz, not gzip</source>
        <translation>eine mit bzip2 oder xz komprimierte Datei, nicht gzip</translation>
    </message>
    <message>
        <source>uncompressed JSON</source>
        <translation>unkomprimiertes JSON</translation>
    </message>
    <message>
        <source>uncompressed text that is not JSON</source>
        <translation>unkomprimierter Text, der kein JSON ist</translation>
    </message>
    <message>
        <source>The file&apos;s name says it is %1, but it is %2. Rename it after what it holds, or choose the file you meant.</source>
        <translation>Laut ihrem Namen ist die Datei %1, sie ist aber %2. Benennen Sie sie nach ihrem Inhalt um, oder wählen Sie die gemeinte Datei.</translation>
    </message>
    <message>
        <source>The file is a symbolic link to &quot;%1&quot;, which does not exist. Point the link to the file, or choose the file itself.</source>
        <translation>Die Datei ist ein symbolischer Link auf „%1“, das nicht existiert. Richten Sie den Link auf die Datei, oder wählen Sie die Datei selbst.</translation>
    </message>
    <message>
        <source>The file is a symbolic link that leads in a circle of links and never to a file. Point the link to the file, or choose the file itself.</source>
        <translation>Die Datei ist ein symbolischer Link, der im Kreis über Links und nie zu einer Datei führt. Richten Sie den Link auf die Datei, oder wählen Sie die Datei selbst.</translation>
    </message>
    <message>
        <source>This is not a file but a FIFO, a device or a socket, which ccedit cannot read. Save what it gives to a file and choose that file.</source>
        <translation>Dies ist keine Datei, sondern ein FIFO, ein Gerät oder ein Socket, den ccedit nicht lesen kann. Speichern Sie, was er liefert, in einer Datei und wählen Sie diese Datei.</translation>
    </message>
    <message>
        <source>the system gave no reason</source>
        <translation>das System nannte keinen Grund</translation>
    </message>
</context>
<context>
    <name>ccedit::MainToolBar</name>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>&amp;Symbolleiste</translation>
    </message>
</context>
<context>
    <name>ccedit::MainWindow</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>%1 &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>%1 &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Problems Panel</source>
        <translation>Bereich „&amp;Probleme“</translation>
    </message>
    <message>
        <source>About ccedit</source>
        <translation>Über ccedit</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ccedit %1&lt;/h3&gt;&lt;p&gt;An editor and checker for Consumption Analytics (Cloud Cruiser 4) ccimport customer CSV files. It also opens VOSS Automate customer data exports and turns them into ccimport files.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ccedit %1&lt;/h3&gt;&lt;p&gt;Ein Editor und Prüfprogramm für ccimport-Kunden-CSV-Dateien von Consumption Analytics (Cloud Cruiser 4). Er öffnet auch Kundendatenexporte von VOSS Automate und macht daraus ccimport-Dateien.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Change &amp;Mapping…</source>
        <translation>Zuordnung ä&amp;ndern …</translation>
    </message>
    <message>
        <source>Map the export this table was made from again</source>
        <translation>Den Export, aus dem diese Tabelle entstand, erneut zuordnen</translation>
    </message>
</context>
<context>
    <name>ccedit::Mapping</name>
    <message>
        <source>The &apos;}&apos; at position %1 of template &quot;%2&quot; closes no &apos;{&apos;. Write }} for a literal }.</source>
        <translation>Die „}“ an Position %1 der Vorlage „%2“ schließt keine „{“. Schreiben Sie }} für eine wörtliche }.</translation>
    </message>
    <message>
        <source>The &apos;{&apos; at position %1 of template &quot;%2&quot; is not closed. Write {member} to insert a member, or {{ for a literal {.</source>
        <translation>Die „{“ an Position %1 der Vorlage „%2“ wird nicht geschlossen. Schreiben Sie {member}, um ein Element einzufügen, oder {{ für eine wörtliche {.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; has an empty {} at position %2. Write a member name in the braces, for example {customer_name}.</source>
        <translation>Die Vorlage „%1“ hat an Position %2 ein leeres {}. Schreiben Sie einen Elementnamen in die Klammern, zum Beispiel {customer_name}.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not of the form FIELD=VALUE. Write for example description={customer_name} or active=true.</source>
        <translation>„%1“ hat nicht die Form FELD=WERT. Schreiben Sie zum Beispiel description={customer_name} oder active=true.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ccimport field. Did you mean %2?</source>
        <translation>„%1“ ist kein ccimport-Feld. Meinten Sie %2?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ccimport field. Use a field such as account_id, description or active.</source>
        <translation>„%1“ ist kein ccimport-Feld. Verwenden Sie ein Feld wie account_id, description oder active.</translation>
    </message>
    <message>
        <source>The mapping names &quot;%1&quot;, which is not a canonical ccimport field name. Use a field such as description.</source>
        <translation>Die Zuordnung nennt „%1“, das kein kanonischer ccimport-Feldname ist. Verwenden Sie ein Feld wie description.</translation>
    </message>
    <message>
        <source>The field %1 has both a template and a constant. Give it one of them.</source>
        <translation>Das Feld %1 hat sowohl eine Vorlage als auch einen festen Wert. Geben Sie ihm nur eines davon.</translation>
    </message>
    <message>
        <source>The template of %1 is wrong: %2</source>
        <translation>Die Vorlage von %1 ist fehlerhaft: %2</translation>
    </message>
    <message>
        <source>The template of %1, &quot;%2&quot;, uses {hierarchy_path}, which is made from member &quot;hierarchy&quot;, but no record of the export has it. Its members are: %3.</source>
        <translation>Die Vorlage von %1, „%2“, verwendet {hierarchy_path}, das aus dem Element „hierarchy“ gebildet wird, aber kein Datensatz des Exports hat es. Seine Elemente sind: %3.</translation>
    </message>
    <message>
        <source>The template of %1, &quot;%2&quot;, names member &quot;%3&quot;, which no record of the export has. Its members are: %4.</source>
        <translation>Die Vorlage von %1, „%2“, nennt das Element „%3“, das kein Datensatz des Exports hat. Seine Elemente sind: %4.</translation>
    </message>
    <message>
        <source>The mapped rows would hold more than %1 of text; ccedit keeps at most %1 of values. Map fewer or shorter fields, or split the export.</source>
        <translation>Die zugeordneten Zeilen enthielten mehr als %1 Text; ccedit hält höchstens %1 an Werten. Ordnen Sie weniger oder kürzere Felder zu oder teilen Sie den Export auf.</translation>
    </message>
</context>
<context>
    <name>ccedit::MappingDialog</name>
    <message>
        <source>Members in %1: %2</source>
        <translation>Elemente in %1: %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Filled from</source>
        <translation>Gefüllt aus</translation>
    </message>
    <message>
        <source>Template or value</source>
        <translation>Vorlage oder Wert</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>Fester Wert</translation>
    </message>
    <message>
        <source>How %1 is filled</source>
        <translation>Wie %1 gefüllt wird</translation>
    </message>
    <message>
        <source>Template or value of %1</source>
        <translation>Vorlage oder Wert von %1</translation>
    </message>
    <message numerus="yes">
        <source>First %n row(s): </source>
        <translation>
            <numerusform>Erste Zeile: </numerusform>
            <numerusform>Erste %n Zeilen: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ccedit::MergePlan</name>
    <message>
        <source>It has no account_id column, so no row could be matched with the other file. Give the file an account_id column.</source>
        <translation>Die Datei hat keine Spalte account_id, daher konnte keine Zeile mit der anderen Datei abgeglichen werden. Geben Sie der Datei eine Spalte account_id.</translation>
    </message>
    <message>
        <source>This row has no account ID, so it matches no customer of the base and is not added. Give it an account ID.</source>
        <translation>Diese Zeile hat keine Konto-ID, passt daher zu keinem Kunden der Basis und wird nicht hinzugefügt. Geben Sie ihr eine Konto-ID.</translation>
    </message>
    <message>
        <source>This row has no account ID, so no row of the update can match it; it is left as it is. Give it an account ID.</source>
        <translation>Diese Zeile hat keine Konto-ID, daher kann keine Zeile der Aktualisierung zu ihr passen; sie bleibt, wie sie ist. Geben Sie ihr eine Konto-ID.</translation>
    </message>
    <message>
        <source>Account ID &quot;%1&quot; occurs more than once in the base, so this row is not matched and is left alone. Make the base&apos;s account IDs unique.</source>
        <translation>Die Konto-ID „%1“ kommt in der Basis mehrfach vor, daher wird diese Zeile nicht abgeglichen und bleibt unverändert. Machen Sie die Konto-IDs der Basis eindeutig.</translation>
    </message>
    <message>
        <source>Account ID &quot;%1&quot; occurs more than once in the update, so this row is not matched and is left alone. Make the update&apos;s account IDs unique.</source>
        <translation>Die Konto-ID „%1“ kommt in der Aktualisierung mehrfach vor, daher wird diese Zeile nicht abgeglichen und bleibt unverändert. Machen Sie die Konto-IDs der Aktualisierung eindeutig.</translation>
    </message>
</context>
<context>
    <name>ccedit::NewRowDefaultsDialog</name>
    <message>
        <source>Default for %1</source>
        <translation>Vorgabe für %1</translation>
    </message>
    <message>
        <source>Problem with the default for %1</source>
        <translation>Problem mit der Vorgabe für %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ccedit::ProblemNavigator</name>
    <message>
        <source>Continued from the top.</source>
        <translation>Von oben fortgesetzt.</translation>
    </message>
    <message>
        <source>Continued from the bottom.</source>
        <translation>Von unten fortgesetzt.</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Keine Probleme.</translation>
    </message>
    <message>
        <source>The row of this problem is hidden by the filter.</source>
        <translation>Die Zeile dieses Problems ist durch den Filter ausgeblendet.</translation>
    </message>
</context>
<context>
    <name>ccedit::ProblemStyle</name>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Fatal</source>
        <translation>Schwerwiegend</translation>
    </message>
</context>
<context>
    <name>ccedit::ProblemsModel</name>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>new, after %1</source>
        <comment>line of a row added in the editor, until it is saved</comment>
        <translation>neu, nach %1</translation>
    </message>
</context>
<context>
    <name>ccedit::Prompter</name>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has changes that are not saved.</source>
        <translation>„%1“ hat Änderungen, die nicht gespeichert sind.</translation>
    </message>
    <message>
        <source>Save them before going on, discard them, or cancel to keep editing.</source>
        <translation>Speichern Sie sie, bevor es weitergeht, verwerfen Sie sie, oder brechen Sie ab, um weiter zu bearbeiten.</translation>
    </message>
    <message>
        <source>Save With Errors</source>
        <translation>Mit Fehlern speichern</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; still has %n error(s); ccimport would reject those rows.</source>
        <translation>
            <numerusform>„%1“ hat noch %n Fehler; ccimport würde diese Zeile ablehnen.</numerusform>
            <numerusform>„%1“ hat noch %n Fehler; ccimport würde diese Zeilen ablehnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix them first (F8 goes to the next problem), save anyway, or write only the rows without errors to another file.</source>
        <translation>Korrigieren Sie sie zuerst (F8 springt zum nächsten Problem), speichern Sie trotzdem, oder schreiben Sie nur die Zeilen ohne Fehler in eine andere Datei.</translation>
    </message>
    <message>
        <source>Save &amp;Anyway</source>
        <translation>&amp;Trotzdem speichern</translation>
    </message>
    <message>
        <source>Export &amp;Valid Rows Only…</source>
        <translation>Nur &amp;gültige Zeilen exportieren …</translation>
    </message>
    <message>
        <source>All supported files (*.csv *.txt *.json *.json.gz *.gz *.zip *.tar *.tar.gz *.tgz *.tar.bz2 *.tar.xz)</source>
        <translation>Alle unterstützten Dateien (*.csv *.txt *.json *.json.gz *.gz *.zip *.tar *.tar.gz *.tgz *.tar.bz2 *.tar.xz)</translation>
    </message>
    <message>
        <source>ccimport CSV files (*.csv *.txt)</source>
        <translation>ccimport-CSV-Dateien (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Customer data exports (*.json *.json.gz)</source>
        <translation>Kundendatenexporte (*.json *.json.gz)</translation>
    </message>
    <message>
        <source>Archives of exports (*.zip *.tar *.tar.gz *.tgz *.tar.bz2 *.tar.xz)</source>
        <translation>Archive mit Exporten (*.zip *.tar *.tar.gz *.tgz *.tar.bz2 *.tar.xz)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>ccimport CSV files (*.csv)</source>
        <translation>ccimport-CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>ccedit was not closed normally: &quot;%1&quot; has changes from %2 that were not saved.</source>
        <translation>ccedit wurde nicht normal beendet: „%1“ hat Änderungen vom %2, die nicht gespeichert wurden.</translation>
    </message>
    <message>
        <source>Restore them (the file itself stays as it is until you save), discard them, or decide when you open it next time.</source>
        <translation>Stellen Sie sie wieder her (die Datei selbst bleibt unverändert, bis Sie speichern), verwerfen Sie sie, oder entscheiden Sie beim nächsten Öffnen der Datei.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>&amp;Später entscheiden</translation>
    </message>
    <message>
        <source>File Changed Since</source>
        <translation>Datei inzwischen geändert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; changed after the unsaved changes were made.</source>
        <translation>„%1“ wurde geändert, nachdem die ungespeicherten Änderungen vorgenommen wurden.</translation>
    </message>
    <message>
        <source>Every change still applies to the file as it is now. Restore them onto it, or keep them for later?</source>
        <translation>Jede Änderung lässt sich weiterhin auf die Datei in ihrem jetzigen Zustand anwenden. Sollen die Änderungen darin wiederhergestellt oder für später aufbewahrt werden?</translation>
    </message>
    <message>
        <source>&amp;Restore onto the Changed File</source>
        <translation>In der geänderten Datei &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Keep for &amp;Later</source>
        <translation>Für &amp;später aufbewahren</translation>
    </message>
    <message>
        <source>ccimport CSV in UTF-8, line ends as read (*.csv)</source>
        <translation>ccimport-CSV in UTF-8, Zeilenenden wie gelesen (*.csv)</translation>
    </message>
    <message>
        <source>ccimport CSV in UTF-8, LF line ends for Linux and macOS (*.csv)</source>
        <translation>ccimport-CSV in UTF-8, LF-Zeilenenden für Linux und macOS (*.csv)</translation>
    </message>
    <message>
        <source>ccimport CSV in UTF-8, CRLF line ends for Windows (*.csv)</source>
        <translation>ccimport-CSV in UTF-8, CRLF-Zeilenenden für Windows (*.csv)</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>Change Mapping</source>
        <translation>Zuordnung ändern</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has changes. Mapping the export again makes the table anew from the export, without them.</source>
        <translation>„%1“ hat Änderungen. Wird der Export erneut zugeordnet, entsteht die Tabelle neu aus dem Export, ohne diese Änderungen.</translation>
    </message>
    <message>
        <source>Edit ▸ Undo brings the table with your changes back.</source>
        <translation>Bearbeiten ▸ Rückgängig holt die Tabelle mit Ihren Änderungen zurück.</translation>
    </message>
    <message>
        <source>&amp;Map Again…</source>
        <translation>&amp;Neu zuordnen …</translation>
    </message>
</context>
<context>
    <name>ccedit::QuickFixes</name>
    <message numerus="yes">
        <source>Accept All %n Ragged Rows</source>
        <translation>
            <numerusform>Die unvollständige Zeile übernehmen</numerusform>
            <numerusform>Alle %n unvollständigen Zeilen übernehmen</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept Ragged Row</source>
        <translation>Unvollständige Zeile übernehmen</translation>
    </message>
    <message numerus="yes">
        <source>Trim Spaces in All %n Cells</source>
        <translation>
            <numerusform>Leerzeichen in der Zelle entfernen</numerusform>
            <numerusform>Leerzeichen in allen %n Zellen entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Trim Surrounding Spaces</source>
        <translation>Leerzeichen am Anfang und Ende entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Replace Control Characters in All %n Cells</source>
        <translation>
            <numerusform>Steuerzeichen in der Zelle ersetzen</numerusform>
            <numerusform>Steuerzeichen in allen %n Zellen ersetzen</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace Control Characters with Spaces</source>
        <translation>Steuerzeichen durch Leerzeichen ersetzen</translation>
    </message>
    <message numerus="yes">
        <source>Clear All %n Invalid %1 Values</source>
        <translation>
            <numerusform>Den ungültigen %1-Wert leeren</numerusform>
            <numerusform>Alle %n ungültigen %1-Werte leeren</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear Invalid Value</source>
        <translation>Ungültigen Wert leeren</translation>
    </message>
    <message numerus="yes">
        <source>Reset All %n Invalid %1 Values to %2</source>
        <translation>
            <numerusform>Den ungültigen %1-Wert auf %2 zurücksetzen</numerusform>
            <numerusform>Alle %n ungültigen %1-Werte auf %2 zurücksetzen</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset to Default (%1)</source>
        <translation>Auf Vorgabe zurücksetzen (%1)</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Rename to %1</source>
        <translation>In %1 umbenennen</translation>
    </message>
    <message>
        <source>Add Column %1</source>
        <translation>Spalte %1 hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Remove Column %1 (%2) with Its %n Value(s)</source>
        <translation>
            <numerusform>Spalte %1 (%2) mit ihrem %n Wert entfernen</numerusform>
            <numerusform>Spalte %1 (%2) mit ihren %n Werten entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace All %n &quot;%1&quot; with &quot;%2&quot;</source>
        <translation>
            <numerusform>%n Vorkommen von „%1“ durch „%2“ ersetzen</numerusform>
            <numerusform>Alle %n Vorkommen von „%1“ durch „%2“ ersetzen</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace with &quot;%1&quot;</source>
        <translation>Durch „%1“ ersetzen</translation>
    </message>
</context>
<context>
    <name>ccedit::RecentFiles</name>
    <message>
        <source>No Recent Files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>ccedit::RecoveryController</name>
    <message>
        <source>Restoring unsaved changes…</source>
        <translation>Ungespeicherte Änderungen werden wiederhergestellt …</translation>
    </message>
    <message>
        <source>Restored the unsaved changes of %1.</source>
        <translation>Die ungespeicherten Änderungen von %1 wurden wiederhergestellt.</translation>
    </message>
    <message>
        <source>Cannot Restore</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <source>&quot;%1&quot; changed after the unsaved changes were made, and not every change applies to it as it is now. The changes are kept: ccedit offers them again when it starts on this file.</source>
        <translation>„%1“ wurde geändert, nachdem die ungespeicherten Änderungen vorgenommen wurden, und nicht jede Änderung lässt sich auf die Datei in ihrem jetzigen Zustand anwenden. Die Änderungen bleiben erhalten: ccedit bietet sie erneut an, wenn es mit dieser Datei startet.</translation>
    </message>
    <message>
        <source>The unsaved changes of &quot;%1&quot; cannot be restored: %2 They are kept: ccedit offers them again when it starts on this file.</source>
        <translation>Die ungespeicherten Änderungen von „%1“ können nicht wiederhergestellt werden: %2 Sie bleiben erhalten: ccedit bietet sie erneut an, wenn es mit dieser Datei startet.</translation>
    </message>
</context>
<context>
    <name>ccedit::RecoveryJournal</name>
    <message>
        <source>%1 is not a recovery journal of ccedit.</source>
        <translation>%1 ist kein Wiederherstellungsjournal von ccedit.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Change %1 of the unsaved changes does not apply to %2 as it is now.</source>
        <translation>Änderung %1 der ungespeicherten Änderungen lässt sich nicht auf %2 im jetzigen Zustand anwenden.</translation>
    </message>
</context>
<context>
    <name>ccedit::RemoveColumn</name>
    <message>
        <source>Remove Column</source>
        <translation>Spalte entfernen</translation>
    </message>
</context>
<context>
    <name>ccedit::RemoveRows</name>
    <message>
        <source>Remove Rows</source>
        <translation>Zeilen entfernen</translation>
    </message>
</context>
<context>
    <name>ccedit::RenameColumn</name>
    <message>
        <source>Rename Column</source>
        <translation>Spalte umbenennen</translation>
    </message>
</context>
<context>
    <name>ccedit::RenameColumnDialog</name>
    <message>
        <source>Rename Column</source>
        <translation>Spalte umbenennen</translation>
    </message>
    <message>
        <source>%1 (short: %2)</source>
        <translation>%1 (kurz: %2)</translation>
    </message>
    <message>
        <source>&amp;New name of &quot;%1&quot;:</source>
        <translation>&amp;Neuer Name für „%1“:</translation>
    </message>
    <message>
        <source>Choose a field of ccimport or type any name.</source>
        <translation>Wählen Sie ein Feld von ccimport, oder geben Sie einen beliebigen Namen ein.</translation>
    </message>
</context>
<context>
    <name>ccedit::Schema</name>
    <message>
        <source>Whether the customer is active: true, false, 1 or 0. The default is true.</source>
        <translation>Ob der Kunde aktiv ist: true, false, 1 oder 0. Der Standardwert ist true.</translation>
    </message>
    <message>
        <source>The name of the rate plan to associate with the customer.</source>
        <translation>Der Name des Tarifplans, der dem Kunden zugeordnet wird.</translation>
    </message>
    <message>
        <source>The customer&apos;s account ID. A pipe character (|) separates the levels of the account structure, for example B|Commercial.</source>
        <translation>Die Konto-ID des Kunden. Ein senkrechter Strich (|) trennt die Ebenen der Kontostruktur, zum Beispiel B|Commercial.</translation>
    </message>
    <message>
        <source>An alternate account ID for the customer.</source>
        <translation>Eine alternative Konto-ID für den Kunden.</translation>
    </message>
    <message>
        <source>A description or the full name of the customer.</source>
        <translation>Eine Beschreibung oder der vollständige Name des Kunden.</translation>
    </message>
    <message>
        <source>Flag 1: a single character for any purpose.</source>
        <translation>Kennzeichen 1: ein einzelnes Zeichen für beliebige Zwecke.</translation>
    </message>
    <message>
        <source>Flag 2: a single character for any purpose.</source>
        <translation>Kennzeichen 2: ein einzelnes Zeichen für beliebige Zwecke.</translation>
    </message>
    <message>
        <source>Flag 3: a single character for any purpose.</source>
        <translation>Kennzeichen 3: ein einzelnes Zeichen für beliebige Zwecke.</translation>
    </message>
    <message>
        <source>Flag 4: a single character for any purpose.</source>
        <translation>Kennzeichen 4: ein einzelnes Zeichen für beliebige Zwecke.</translation>
    </message>
    <message>
        <source>Flag 5: a single character for any purpose.</source>
        <translation>Kennzeichen 5: ein einzelnes Zeichen für beliebige Zwecke.</translation>
    </message>
    <message>
        <source>The customer&apos;s accounting day, a whole number from 1 to 30. The default is 1.</source>
        <translation>Der Abrechnungstag des Kunden, eine ganze Zahl von 1 bis 30. Der Standardwert ist 1.</translation>
    </message>
    <message>
        <source>The month in which the customer&apos;s fiscal year starts, a whole number from 1 to 12. The default is 1.</source>
        <translation>Der Monat, in dem das Geschäftsjahr des Kunden beginnt, eine ganze Zahl von 1 bis 12. Der Standardwert ist 1.</translation>
    </message>
    <message>
        <source>The name of a contact person for the customer.</source>
        <translation>Der Name einer Kontaktperson des Kunden.</translation>
    </message>
    <message>
        <source>A contact e-mail address for the customer.</source>
        <translation>Eine E-Mail-Adresse, unter der der Kunde erreichbar ist.</translation>
    </message>
    <message>
        <source>The customer&apos;s postal address, line 1.</source>
        <translation>Die Postanschrift des Kunden, Zeile 1.</translation>
    </message>
    <message>
        <source>The customer&apos;s postal address, line 2.</source>
        <translation>Die Postanschrift des Kunden, Zeile 2.</translation>
    </message>
    <message>
        <source>The customer&apos;s postal address, line 3.</source>
        <translation>Die Postanschrift des Kunden, Zeile 3.</translation>
    </message>
    <message>
        <source>The customer&apos;s postal address, line 4.</source>
        <translation>Die Postanschrift des Kunden, Zeile 4.</translation>
    </message>
    <message>
        <source>The customer&apos;s postal address, line 5.</source>
        <translation>Die Postanschrift des Kunden, Zeile 5.</translation>
    </message>
</context>
<context>
    <name>ccedit::SetCellValues</name>
    <message>
        <source>Edit Cells</source>
        <translation>Zellen bearbeiten</translation>
    </message>
    <message>
        <source>Edit Cell</source>
        <translation>Zelle bearbeiten</translation>
    </message>
</context>
<context>
    <name>ccedit::SiteProfile</name>
    <message>
        <source>a site profile object ({ &quot;ratePlans&quot;: [...], &quot;accountStructure&quot;: [...] })</source>
        <translation>ein Site-Profil-Objekt ({ &quot;ratePlans&quot;: [...], &quot;accountStructure&quot;: [...] })</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;}&apos; after a member of the profile</source>
        <translation>„,“ oder „}“ nach einem Element des Profils</translation>
    </message>
    <message>
        <source>the end of the file after the profile object</source>
        <translation>das Dateiende nach dem Profilobjekt</translation>
    </message>
    <message>
        <source>a member name in double quotes</source>
        <translation>ein Elementname in doppelten Anführungszeichen</translation>
    </message>
    <message>
        <source>unknown member &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>unbekanntes Element „%1“; meinten Sie „%2“?</translation>
    </message>
    <message>
        <source>unknown member &quot;%1&quot;; a profile has only &quot;%2&quot; and &quot;%3&quot;</source>
        <translation>unbekanntes Element „%1“; ein Profil hat nur „%2“ und „%3“</translation>
    </message>
    <message>
        <source>member &quot;%1&quot; is given twice; give it once</source>
        <translation>Element „%1“ ist doppelt angegeben; bitte nur einmal angeben</translation>
    </message>
    <message>
        <source>&apos;:&apos; after member &quot;%1&quot;</source>
        <translation>„:“ nach Element „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; lists no level; list the levels of the account structure, or leave the member out</source>
        <translation>„%1“ nennt keine Ebene; führen Sie die Ebenen der Kontostruktur auf, oder lassen Sie das Element weg</translation>
    </message>
    <message>
        <source>an array of names in double quotes as the value of &quot;%1&quot;</source>
        <translation>ein Array von Namen in doppelten Anführungszeichen als Wert von „%1“</translation>
    </message>
    <message>
        <source>a name in double quotes in &quot;%1&quot;</source>
        <translation>ein Name in doppelten Anführungszeichen in „%1“</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos; after a name in &quot;%1&quot;</source>
        <translation>„,“ oder „]“ nach einem Namen in „%1“</translation>
    </message>
    <message>
        <source>This is not a site profile (%1).</source>
        <translation>Dies ist kein Site-Profil (%1).</translation>
    </message>
    <message numerus="yes">
        <source>The file is larger than %n MiB, too large for a site profile.</source>
        <translation>
            <numerusform>Die Datei ist größer als %n MiB und damit zu groß für ein Site-Profil.</numerusform>
            <numerusform>Die Datei ist größer als %n MiB und damit zu groß für ein Site-Profil.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file cannot be read (%1).</source>
        <translation>Die Datei kann nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>the system gave no reason</source>
        <translation>das System nannte keinen Grund</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 here; save it as UTF-8</source>
        <translation>die Datei ist hier kein gültiges UTF-8; speichern Sie sie als UTF-8</translation>
    </message>
</context>
<context>
    <name>ccedit::SiteProfileController</name>
    <message>
        <source>The site profile cannot be read, so rate plans and account IDs are not checked against the site: %1</source>
        <translation>Das Site-Profil kann nicht gelesen werden, daher werden Tarifpläne und Konto-IDs nicht gegen die Site geprüft: %1</translation>
    </message>
    <message>
        <source>No site profile</source>
        <translation>Kein Site-Profil</translation>
    </message>
    <message>
        <source>Rate plans and account IDs are not checked against a site. Choose a profile in Settings &gt; Site Profile, or keep a ccedit-profile.json beside the file.</source>
        <translation>Tarifpläne und Konto-IDs werden nicht gegen eine Site geprüft. Wählen Sie ein Profil unter Einstellungen &gt; Site-Profil, oder legen Sie eine ccedit-profile.json neben die Datei.</translation>
    </message>
    <message>
        <source>beside the file</source>
        <translation>neben der Datei</translation>
    </message>
    <message>
        <source>from the settings</source>
        <translation>aus den Einstellungen</translation>
    </message>
    <message>
        <source>Site profile %1 (%2) cannot be read</source>
        <translation>Site-Profil %1 (%2) kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Site profile: %1 (%2)</source>
        <translation>Site-Profil: %1 (%2)</translation>
    </message>
    <message>
        <source>Rate plans: %1</source>
        <translation>Tarifpläne: %1</translation>
    </message>
    <message>
        <source>Rate plans are not checked.</source>
        <translation>Tarifpläne werden nicht geprüft.</translation>
    </message>
    <message>
        <source>Account structure: %1</source>
        <translation>Kontostruktur: %1</translation>
    </message>
    <message>
        <source>Account ID levels are not checked.</source>
        <translation>Die Ebenen der Konto-IDs werden nicht geprüft.</translation>
    </message>
</context>
<context>
    <name>ccedit::SiteProfileDialog</name>
    <message>
        <source>Choose Site Profile</source>
        <translation>Site-Profil auswählen</translation>
    </message>
    <message>
        <source>Site profiles (*.json);;All files (*)</source>
        <translation>Site-Profile (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save Site Profile</source>
        <translation>Site-Profil speichern</translation>
    </message>
    <message>
        <source>No profile is chosen here.</source>
        <translation>Hier ist kein Profil gewählt.</translation>
    </message>
    <message>
        <source>This file cannot be used: %1</source>
        <translation>Diese Datei kann nicht verwendet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n rate plan(s)</source>
        <translation>
            <numerusform>%n Tarifplan</numerusform>
            <numerusform>%n Tarifpläne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account structure level(s)</source>
        <translation>
            <numerusform>%n Ebene der Kontostruktur</numerusform>
            <numerusform>%n Ebenen der Kontostruktur</numerusform>
        </translation>
    </message>
    <message>
        <source>The profile cannot be saved as %1: %2</source>
        <translation>Das Profil kann nicht als %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>ccedit::SortController</name>
    <message>
        <source>Sorting stopped: the table changed while it was being sorted. Sort again to sort the rows as they are now.</source>
        <translation>Sortieren abgebrochen: Die Tabelle wurde während des Sortierens geändert. Sortieren Sie erneut, um die Zeilen in ihrem jetzigen Zustand zu sortieren.</translation>
    </message>
    <message numerus="yes">
        <source>Sorting %Ln rows by “%1”…</source>
        <translation>
            <numerusform>%Ln Zeile wird nach „%1“ sortiert…</numerusform>
            <numerusform>%Ln Zeilen werden nach „%1“ sortiert…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ccedit::SortRows</name>
    <message>
        <source>Sort Rows</source>
        <translation>Zeilen sortieren</translation>
    </message>
</context>
<context>
    <name>ccedit::TableModel</name>
    <message>
        <source>new</source>
        <comment>row header of a row added in the editor</comment>
        <translation>neu</translation>
    </message>
    <message>
        <source>was: %1</source>
        <translation>vorher: %1</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>new from the update</source>
        <translation>neu aus der Aktualisierung</translation>
    </message>
</context>
<context>
    <name>ccedit::UpdateController</name>
    <message>
        <source>Cannot Update from Export</source>
        <translation>Aktualisierung aus Export nicht möglich</translation>
    </message>
    <message>
        <source>No change was ticked; the table is as it was.</source>
        <translation>Keine Änderung war angehakt; die Tabelle ist unverändert.</translation>
    </message>
    <message>
        <source>Update from %1</source>
        <translation>Aktualisierung aus %1</translation>
    </message>
    <message numerus="yes">
        <source>Updated from %1: %n cell(s) changed, %2 new row(s). Go &gt; Next Change (F9) finds them.</source>
        <translation>
            <numerusform>Aus %1 aktualisiert: %n Zelle geändert, neue Zeilen: %2. Gehe zu &gt; Nächste Änderung (F9) findet sie.</numerusform>
            <numerusform>Aus %1 aktualisiert: %n Zellen geändert, neue Zeilen: %2. Gehe zu &gt; Nächste Änderung (F9) findet sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes from an update to go to.</source>
        <translation>Es gibt keine Änderungen aus einer Aktualisierung, zu denen gesprungen werden kann.</translation>
    </message>
    <message>
        <source>That change is in a row hidden by the filter.</source>
        <translation>Diese Änderung liegt in einer vom Filter ausgeblendeten Zeile.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Comparing with %1…</source>
        <translation>Vergleich mit %1…</translation>
    </message>
</context>
<context>
    <name>ccedit::UpdateReviewDialog</name>
    <message>
        <source>Update from %1</source>
        <translation>Aktualisierung aus %1</translation>
    </message>
    <message>
        <source>Keep them as they are</source>
        <translation>Unverändert behalten</translation>
    </message>
    <message>
        <source>Deactivate them (active = false)</source>
        <translation>Deaktivieren (active = false)</translation>
    </message>
    <message>
        <source>Remove them</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Filter by account ID, kind or value</source>
        <translation>Nach Konto-ID, Art oder Wert filtern</translation>
    </message>
    <message>
        <source>Customers the update no longer has:</source>
        <translation>Kunden, die die Aktualisierung nicht mehr enthält:</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message numerus="yes">
        <source>%1 new, %2 changed, %3 gone, %4 reactivated, %5 unchanged, %6 unmatched. %n change(s) ticked to apply.</source>
        <translation>
            <numerusform>%1 neu, %2 geändert, %3 entfallen, %4 reaktiviert, %5 unverändert, %6 nicht abgeglichen. %n Änderung zum Anwenden angehakt.</numerusform>
            <numerusform>%1 neu, %2 geändert, %3 entfallen, %4 reaktiviert, %5 unverändert, %6 nicht abgeglichen. %n Änderungen zum Anwenden angehakt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ccedit::Validator</name>
    <message>
        <source>the file is not valid UTF-8 (the first invalid byte is on this line) and was read as Windows-1252; check its accented characters, then save it as UTF-8</source>
        <translation>die Datei ist kein gültiges UTF-8 (das erste ungültige Byte steht in dieser Zeile) und wurde als Windows-1252 gelesen; prüfen Sie ihre Sonderzeichen und speichern Sie sie dann als UTF-8</translation>
    </message>
    <message>
        <source>the file separates values with %1 instead of commas; ccimport needs commas, and the output will use them</source>
        <translation>die Datei trennt Werte mit %1 statt mit Kommas; ccimport braucht Kommas, und die Ausgabe verwendet sie</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>unbekanntes Feld „%1“; meinten Sie „%2“?</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;; ccimport accepts only these fields: %2</source>
        <translation>unbekanntes Feld „%1“; ccimport akzeptiert nur diese Felder: %2</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is the same field as &quot;%2&quot; in column %3; remove one of the two columns</source>
        <translation>Feld „%1“ ist dasselbe Feld wie „%2“ in Spalte %3; entfernen Sie eine der beiden Spalten</translation>
    </message>
    <message>
        <source>the header has no &quot;%1&quot; column, which ccimport requires; add a column named %1</source>
        <translation>der Kopfzeile fehlt die Spalte „%1“, die ccimport verlangt; fügen Sie eine Spalte namens %1 hinzu</translation>
    </message>
    <message>
        <source>%1 is required but the value &quot;%2&quot; is blank; enter a value</source>
        <translation>%1 ist Pflicht, aber der Wert „%2“ ist leer; geben Sie einen Wert ein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2 value; use true, false, 1 or 0, or leave it blank for %3</source>
        <translation>„%1“ ist kein gültiger Wert für %2; verwenden Sie true, false, 1 oder 0, oder lassen Sie ihn leer für %3</translation>
    </message>
    <message>
        <source>account ID &quot;%1&quot; has an empty level; &quot;|&quot; separates levels and each level needs a name, as in B|Commercial</source>
        <translation>die Konto-ID „%1“ hat eine leere Ebene; „|“ trennt die Ebenen, und jede Ebene braucht einen Namen, wie in B|Commercial</translation>
    </message>
    <message numerus="yes">
        <source>flag &quot;%1&quot; has %n character(s); a flag is a single character, or blank</source>
        <translation>
            <numerusform>das Kennzeichen „%1“ hat %n Zeichen; ein Kennzeichen ist ein einzelnes Zeichen oder leer</numerusform>
            <numerusform>das Kennzeichen „%1“ hat %n Zeichen; ein Kennzeichen ist ein einzelnes Zeichen oder leer</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number from %2 to %3; %4 must be a whole number from %2 to %3, or blank for %5</source>
        <translation>„%1“ ist keine ganze Zahl von %2 bis %3; %4 muss eine ganze Zahl von %2 bis %3 sein, oder leer für %5</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not look like an e-mail address; use the form name@example.com</source>
        <translation>„%1“ sieht nicht wie eine E-Mail-Adresse aus; verwenden Sie die Form name@example.com</translation>
    </message>
    <message>
        <source>&quot;%1&quot; starts or ends with a space, which ccimport keeps as part of the value; remove the space</source>
        <translation>„%1“ beginnt oder endet mit einem Leerzeichen, das ccimport als Teil des Werts übernimmt; entfernen Sie das Leerzeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; starts with &quot;%2&quot;, so a spreadsheet may run it as a formula; start the value with another character</source>
        <translation>„%1“ beginnt mit „%2“, daher kann eine Tabellenkalkulation ihn als Formel ausführen; beginnen Sie den Wert mit einem anderen Zeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a line break; keep the value on one line, for example with a space instead</source>
        <translation>„%1“ enthält einen Zeilenumbruch; halten Sie den Wert auf einer Zeile, zum Beispiel mit einem Leerzeichen stattdessen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds the control character U+%2; remove it</source>
        <translation>„%1“ enthält das Steuerzeichen U+%2; entfernen Sie es</translation>
    </message>
    <message numerus="yes">
        <source>the row has %n cell(s) but the header has %1; the missing cells were added as blanks: fill them in, or accept the row as it is</source>
        <translation>
            <numerusform>die Zeile hat %n Zelle, die Kopfzeile aber %1; die fehlenden Zellen wurden leer ergänzt: füllen Sie sie aus, oder übernehmen Sie die Zeile so, wie sie ist</numerusform>
            <numerusform>die Zeile hat %n Zellen, die Kopfzeile aber %1; die fehlenden Zellen wurden leer ergänzt: füllen Sie sie aus, oder übernehmen Sie die Zeile so, wie sie ist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the row has %n cell(s) but the header has %1; the surplus cells are not in the table and will not be saved: move their values into the right columns, or accept the row without them</source>
        <translation>
            <numerusform>die Zeile hat %n Zelle, die Kopfzeile aber %1; die überzähligen Zellen sind nicht in der Tabelle und werden nicht gespeichert: verschieben Sie ihre Werte in die richtigen Spalten, oder übernehmen Sie die Zeile ohne sie</numerusform>
            <numerusform>die Zeile hat %n Zellen, die Kopfzeile aber %1; die überzähligen Zellen sind nicht in der Tabelle und werden nicht gespeichert: verschieben Sie ihre Werte in die richtigen Spalten, oder übernehmen Sie die Zeile ohne sie</numerusform>
        </translation>
    </message>
    <message>
        <source>a quoted value in this row has no closing quote, so it runs to the end of the file; add the closing &quot; where the value ends</source>
        <translation>einem Wert in Anführungszeichen in dieser Zeile fehlt das schließende Anführungszeichen, daher reicht er bis zum Dateiende; fügen Sie das schließende &quot; dort ein, wo der Wert endet</translation>
    </message>
    <message>
        <source>account ID &quot;%1&quot; is already used on line %2; account IDs should be unique</source>
        <translation>die Konto-ID „%1“ wird schon in Zeile %2 verwendet; Konto-IDs sollten eindeutig sein</translation>
    </message>
    <message>
        <source>semicolons (;)</source>
        <translation>Semikolons (;)</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>Tabulatoren</translation>
    </message>
    <message>
        <source>&quot;%1&quot; characters</source>
        <translation>„%1“-Zeichen</translation>
    </message>
    <message numerus="yes">
        <source>rate plan &quot;%1&quot; does not exist on the site; use one of the site profile&apos;s %n rate plan(s), or leave it blank for %2</source>
        <translation>
            <numerusform>der Tarifplan „%1“ existiert auf der Site nicht; verwenden Sie den %n Tarifplan des Site-Profils, oder lassen Sie ihn leer für %2</numerusform>
            <numerusform>der Tarifplan „%1“ existiert auf der Site nicht; verwenden Sie einen der %n Tarifpläne des Site-Profils, oder lassen Sie ihn leer für %2</numerusform>
        </translation>
    </message>
    <message>
        <source>rate plan &quot;%1&quot; does not exist on the site; did you mean &quot;%2&quot;?</source>
        <translation>der Tarifplan „%1“ existiert auf der Site nicht; meinten Sie „%2“?</translation>
    </message>
    <message numerus="yes">
        <source>account ID &quot;%1&quot; has %2 levels but the site&apos;s account structure has %n: %3; remove the levels after the last</source>
        <translation>
            <numerusform>die Konto-ID „%1“ hat %2 Ebenen, die Kontostruktur der Site aber nur %n: %3; entfernen Sie die Ebenen nach der letzten</numerusform>
            <numerusform>die Konto-ID „%1“ hat %2 Ebenen, die Kontostruktur der Site aber nur %n: %3; entfernen Sie die Ebenen nach der letzten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ccedit::ValueFilterActions</name>
    <message>
        <source>Filter by &amp;Value…</source>
        <translation>Nach &amp;Wert filtern …</translation>
    </message>
    <message>
        <source>Show &amp;All Values</source>
        <translation>&amp;Alle Werte anzeigen</translation>
    </message>
    <message>
        <source>Show only the rows with some of the values of the current column</source>
        <translation>Nur die Zeilen mit bestimmten Werten der aktuellen Spalte anzeigen</translation>
    </message>
    <message>
        <source>Show the rows of every value again</source>
        <translation>Die Zeilen aller Werte wieder anzeigen</translation>
    </message>
    <message>
        <source>Counting the values of “%1”…</source>
        <translation>Die Werte von „%1“ werden gezählt …</translation>
    </message>
</context>
<context>
    <name>ccedit::ValueFilterDialog</name>
    <message>
        <source>Filter by Value</source>
        <translation>Nach Wert filtern</translation>
    </message>
    <message>
        <source>Show only the rows whose “%1” is one of the checked &amp;values:</source>
        <translation>Nur die Zeilen anzeigen, deren „%1“ einer der ausgewählten &amp;Werte ist:</translation>
    </message>
    <message>
        <source>Search the values</source>
        <translation>Werte durchsuchen</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(leer)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln row(s)</source>
        <translation>
            <numerusform>%1 — %Ln Zeile</numerusform>
            <numerusform>%1 — %Ln Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The column holds %Ln different values; the %1 most common are listed.</source>
        <translation>
            <numerusform>Die Spalte enthält %Ln verschiedenen Wert; die %1 häufigsten sind aufgeführt.</numerusform>
            <numerusform>Die Spalte enthält %Ln verschiedene Werte; die %1 häufigsten sind aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check &amp;All</source>
        <translation>&amp;Alle auswählen</translation>
    </message>
    <message>
        <source>U&amp;ncheck All</source>
        <translation>Alle a&amp;bwählen</translation>
    </message>
</context>
</TS>
