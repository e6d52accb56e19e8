<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ccedit::ArchiveMemberDialog</name>
    <message numerus="yes">
        <source>&quot;%1&quot; holds %n customer data export(s). Choose the one to open; the newest is selected.</source>
        <translation>
            <numerusform>&quot;%1&quot; holds %n customer data export. Choose the one to open; the newest is selected.</numerusform>
            <numerusform>&quot;%1&quot; holds %n customer data exports. Choose the one to open; the newest is selected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ccedit::CommandLine</name>
    <message numerus="yes">
        <source>%n file(s) checked</source>
        <translation>
            <numerusform>%n file checked</numerusform>
            <numerusform>%n files checked</numerusform>
        </translation>
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
        <source>%n file(s) could not be read.</source>
        <translation>
            <numerusform>%n file could not be read.</numerusform>
            <numerusform>%n files could not be read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing written: %1 has %n error(s). Correct them, or give --valid-only to write only the rows without errors.</source>
        <translation>
            <numerusform>Nothing written: %1 has %n error. Correct it, or give --valid-only to write only the rows without errors.</numerusform>
            <numerusform>Nothing written: %1 has %n errors. Correct them, or give --valid-only to write only the rows without errors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n row(s) with errors.</source>
        <translation>
            <numerusform>Left out %n row with errors.</numerusform>
            <numerusform>Left out %n rows with errors.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ccedit::DocumentStatus</name>
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
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ccedit::EditActions</name>
    <message numerus="yes">
        <source>The pasted range is wider than the table; %n column(s) were left out.</source>
        <translation>
            <numerusform>The pasted range is wider than the table; %n column was left out.</numerusform>
            <numerusform>The pasted range is wider than the table; %n columns were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %Ln row(s)…</source>
        <translation>
            <numerusform>%1 in %Ln row…</numerusform>
            <numerusform>%1 in %Ln rows…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copying %Ln row(s)…</source>
        <translation>
            <numerusform>Copying %Ln row…</numerusform>
            <numerusform>Copying %Ln rows…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %Ln row(s)…</source>
        <translation>
            <numerusform>Deleting %Ln row…</numerusform>
            <numerusform>Deleting %Ln rows…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ccedit::ExportReader</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>names listed, then a count</comment>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ccedit::FileController</name>
    <message numerus="yes">
        <source>Wrote %1; left out %n row(s) with errors.</source>
        <translation>
            <numerusform>Wrote %1; left out %n row with errors.</numerusform>
            <numerusform>Wrote %1; left out %n rows with errors.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ccedit::FindReplaceDialog</name>
    <message numerus="yes">
        <source>Replace All (%n cell(s))</source>
        <translation>
            <numerusform>Replace All (%n cell)</numerusform>
            <numerusform>Replace All (%n cells)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced in %n cell(s).</source>
        <translation>
            <numerusform>Replaced in %n cell.</numerusform>
            <numerusform>Replaced in %n cells.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ccedit::MappingDialog</name>
    <message numerus="yes">
        <source>First %n row(s): </source>
        <translation>
            <numerusform>First %n row: </numerusform>
            <numerusform>First %n rows: </numerusform>
        </translation>
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
</context>
<context>
    <name>ccedit::Prompter</name>
    <message numerus="yes">
        <source>&quot;%1&quot; still has %n error(s); ccimport would reject those rows.</source>
        <translation>
            <numerusform>&quot;%1&quot; still has %n error; ccimport would reject that row.</numerusform>
            <numerusform>&quot;%1&quot; still has %n errors; ccimport would reject those rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ccedit::QuickFixes</name>
    <message numerus="yes">
        <source>Accept All %n Ragged Rows</source>
        <translation>
            <numerusform>Accept the Ragged Row</numerusform>
            <numerusform>Accept All %n Ragged Rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trim Spaces in All %n Cells</source>
        <translation>
            <numerusform>Trim Spaces in the Cell</numerusform>
            <numerusform>Trim Spaces in All %n Cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace Control Characters in All %n Cells</source>
        <translation>
            <numerusform>Replace Control Characters in the Cell</numerusform>
            <numerusform>Replace Control Characters in All %n Cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear All %n Invalid %1 Values</source>
        <translation>
            <numerusform>Clear the Invalid %1 Value</numerusform>
            <numerusform>Clear All %n Invalid %1 Values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset All %n Invalid %1 Values to %2</source>
        <translation>
            <numerusform>Reset the Invalid %1 Value to %2</numerusform>
            <numerusform>Reset All %n Invalid %1 Values to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove Column %1 (%2) with Its %n Value(s)</source>
        <translation>
            <numerusform>Remove Column %1 (%2) with Its %n Value</numerusform>
            <numerusform>Remove Column %1 (%2) with Its %n Values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace All %n &quot;%1&quot; with &quot;%2&quot;</source>
        <translation>
            <numerusform>Replace the %n &quot;%1&quot; with &quot;%2&quot;</numerusform>
            <numerusform>Replace All %n &quot;%1&quot; with &quot;%2&quot;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ccedit::SiteProfile</name>
    <message numerus="yes">
        <source>The file is larger than %n MiB, too large for a site profile.</source>
        <translation>
            <numerusform>The file is larger than %n MiB, too large for a site profile.</numerusform>
            <numerusform>The file is larger than %n MiB, too large for a site profile.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ccedit::SiteProfileDialog</name>
    <message numerus="yes">
        <source>%n rate plan(s)</source>
        <translation>
            <numerusform>%n rate plan</numerusform>
            <numerusform>%n rate plans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account structure level(s)</source>
        <translation>
            <numerusform>%n account structure level</numerusform>
            <numerusform>%n account structure levels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ccedit::SortController</name>
    <message numerus="yes">
        <source>Sorting %Ln rows by “%1”…</source>
        <translation>
            <numerusform>Sorting %Ln row by “%1”…</numerusform>
            <numerusform>Sorting %Ln rows by “%1”…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ccedit::UpdateController</name>
    <message numerus="yes">
        <source>Updated from %1: %n cell(s) changed, %2 new row(s). Go &gt; Next Change (F9) finds them.</source>
        <translation>
            <numerusform>Updated from %1: %n cell changed, %2 new row(s). Go &gt; Next Change (F9) finds them.</numerusform>
            <numerusform>Updated from %1: %n cells changed, %2 new row(s). Go &gt; Next Change (F9) finds them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ccedit::UpdateReviewDialog</name>
    <message numerus="yes">
        <source>%1 new, %2 changed, %3 gone, %4 reactivated, %5 unchanged, %6 unmatched. %n change(s) ticked to apply.</source>
        <translation>
            <numerusform>%1 new, %2 changed, %3 gone, %4 reactivated, %5 unchanged, %6 unmatched. %n change ticked to apply.</numerusform>
            <numerusform>%1 new, %2 changed, %3 gone, %4 reactivated, %5 unchanged, %6 unmatched. %n changes ticked to apply.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ccedit::Validator</name>
    <message numerus="yes">
        <source>flag &quot;%1&quot; has %n character(s); a flag is a single character, or blank</source>
        <translation>
            <numerusform>flag &quot;%1&quot; has %n character; a flag is a single character, or blank</numerusform>
            <numerusform>flag &quot;%1&quot; has %n characters; a flag is a single character, or blank</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the row has %n cell(s) but the header has %1; the missing cells were added as blanks: fill them in, or accept the row as it is</source>
        <translation>
            <numerusform>the row has %n cell but the header has %1; the missing cells were added as blanks: fill them in, or accept the row as it is</numerusform>
            <numerusform>the row has %n cells but the header has %1; the missing cells were added as blanks: fill them in, or accept the row as it is</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the row has %n cell(s) but the header has %1; the surplus cells are not in the table and will not be saved: move their values into the right columns, or accept the row without them</source>
        <translation>
            <numerusform>the row has %n cell but the header has %1; the surplus cells are not in the table and will not be saved: move their values into the right columns, or accept the row without them</numerusform>
            <numerusform>the row has %n cells but the header has %1; the surplus cells are not in the table and will not be saved: move their values into the right columns, or accept the row without them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rate plan &quot;%1&quot; does not exist on the site; use one of the site profile&apos;s %n rate plan(s), or leave it blank for %2</source>
        <translation>
            <numerusform>rate plan &quot;%1&quot; does not exist on the site; use the site profile&apos;s %n rate plan, or leave it blank for %2</numerusform>
            <numerusform>rate plan &quot;%1&quot; does not exist on the site; use one of the site profile&apos;s %n rate plans, or leave it blank for %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>account ID &quot;%1&quot; has %2 levels but the site&apos;s account structure has %n: %3; remove the levels after the last</source>
        <translation>
            <numerusform>account ID &quot;%1&quot; has %2 levels but the site&apos;s account structure has %n: %3; remove the levels after it</numerusform>
            <numerusform>account ID &quot;%1&quot; has %2 levels but the site&apos;s account structure has %n: %3; remove the levels after the last</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ccedit::ValueFilterDialog</name>
    <message numerus="yes">
        <source>%1 — %Ln row(s)</source>
        <translation>
            <numerusform>%1 — %Ln row</numerusform>
            <numerusform>%1 — %Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The column holds %Ln different values; the %1 most common are listed.</source>
        <translation>
            <numerusform>The column holds %Ln different value; the %1 most common are listed.</numerusform>
            <numerusform>The column holds %Ln different values; the %1 most common are listed.</numerusform>
        </translation>
    </message>
</context>
</TS>
