<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ArchiveMemberDialog</name>
    <message>
        <source>Choose an Export</source>
        <translation>Elegir una exportación</translation>
    </message>
    <message>
        <source>Exports in the archive</source>
        <translation>Exportaciones del archivo comprimido</translation>
    </message>
</context>
<context>
    <name>FieldReferenceDialog</name>
    <message>
        <source>Field Reference</source>
        <translation>Referencia de campos</translation>
    </message>
    <message>
        <source>Fields of a ccimport customer file</source>
        <translation>Campos de un archivo de clientes de ccimport</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <source>Find and Replace</source>
        <translation>Buscar y reemplazar</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Re&amp;place with:</source>
        <translation>Reem&amp;plazar por:</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Reemplazar por</translation>
    </message>
    <message>
        <source>&amp;Search in:</source>
        <translation>Buscar &amp;en:</translation>
    </message>
    <message>
        <source>Search in</source>
        <translation>Buscar en</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>E&amp;xpresión regular</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>Distinguir &amp;mayúsculas</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>Resultado de la búsqueda</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Buscar a&amp;nterior</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Reemplazar</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>Reemplazar &amp;todo</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Cerrar</translation>
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
        <translation>Abra un archivo CSV de ccimport, una exportación de datos de clientes o un archivo comprimido (Archivo ▸ Abrir, Ctrl+O), o suéltelo aquí.</translation>
    </message>
    <message>
        <source>Customer table</source>
        <translation>Tabla de clientes</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <source>Reopen with &amp;Encoding</source>
        <translation>Reabrir con co&amp;dificación</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Quick Fixes</source>
        <translation>Correcciones rá&amp;pidas</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Filter problems</source>
        <translation>Filtrar problemas</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open a ccimport CSV file, a customer data export or an archive of exports</source>
        <translation>Abrir un archivo CSV de ccimport, una exportación de datos de clientes o un archivo comprimido de exportaciones</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the table as a ccimport CSV file</source>
        <translation>Guardar la tabla como archivo CSV de ccimport</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>Save the table as a new ccimport CSV file</source>
        <translation>Guardar la tabla como un nuevo archivo CSV de ccimport</translation>
    </message>
    <message>
        <source>Write only the rows without errors to a new CSV file</source>
        <translation>Escribir solo las filas sin errores en un nuevo archivo CSV</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>C&amp;errar</translation>
    </message>
    <message>
        <source>Close the file</source>
        <translation>Cerrar el archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit ccedit</source>
        <translation>Salir de ccedit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>Copy the selected cells as tab-separated text and clear them</source>
        <translation>Copiar las celdas seleccionadas como texto separado por tabulaciones y vaciarlas</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the selected cells as tab-separated text</source>
        <translation>Copiar las celdas seleccionadas como texto separado por tabulaciones</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Pe&amp;gar</translation>
    </message>
    <message>
        <source>Paste tab-separated text from a spreadsheet at the selection</source>
        <translation>Pegar en la selección texto separado por tabulaciones de una hoja de cálculo</translation>
    </message>
    <message>
        <source>Clear the selected cells</source>
        <translation>Vaciar las celdas seleccionadas</translation>
    </message>
    <message>
        <source>Fill &amp;Down</source>
        <translation>Rellenar hacia a&amp;bajo</translation>
    </message>
    <message>
        <source>Copy the top value of the selection into the cells below it</source>
        <translation>Copiar el valor superior de la selección en las celdas de debajo</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Insert Rows</source>
        <translation>&amp;Insertar filas</translation>
    </message>
    <message>
        <source>Insert blank rows above the selection</source>
        <translation>Insertar filas vacías encima de la selección</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Insert copies of the selected rows below them</source>
        <translation>Insertar copias de las filas seleccionadas debajo de ellas</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>De&amp;lete Rows</source>
        <translation>&amp;Eliminar filas</translation>
    </message>
    <message>
        <source>Delete the selected rows</source>
        <translation>Eliminar las filas seleccionadas</translation>
    </message>
    <message>
        <source>Ctrl+-</source>
        <translation>Ctrl+-</translation>
    </message>
    <message>
        <source>Remove the current column</source>
        <translation>Quitar la columna actual</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Busc&amp;ar…</translation>
    </message>
    <message>
        <source>Find text in the table</source>
        <translation>Buscar texto en la tabla</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>Reemp&amp;lazar…</translation>
    </message>
    <message>
        <source>Find and replace text in the whole table or one column</source>
        <translation>Buscar y reemplazar texto en toda la tabla o en una columna</translation>
    </message>
    <message>
        <source>Sort &amp;Ascending</source>
        <translation>&amp;Ordenar de forma ascendente</translation>
    </message>
    <message>
        <source>Sort the rows by the current column, smallest first</source>
        <translation>Ordenar las filas por la columna actual, de menor a mayor</translation>
    </message>
    <message>
        <source>Sort Descendin&amp;g</source>
        <translation>Ordenar de &amp;forma descendente</translation>
    </message>
    <message>
        <source>Sort the rows by the current column, largest first</source>
        <translation>Ordenar las filas por la columna actual, de mayor a menor</translation>
    </message>
    <message>
        <source>Show &amp;Only Rows With Problems</source>
        <translation>Mostrar &amp;solo las filas con problemas</translation>
    </message>
    <message>
        <source>Hide the rows without errors or warnings</source>
        <translation>Ocultar las filas sin errores ni advertencias</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>&amp;Next Problem</source>
        <translation>Problema &amp;siguiente</translation>
    </message>
    <message>
        <source>Go to the next error or warning</source>
        <translation>Ir al siguiente error o advertencia</translation>
    </message>
    <message>
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <source>&amp;Previous Problem</source>
        <translation>Problema &amp;anterior</translation>
    </message>
    <message>
        <source>Go to the previous error or warning</source>
        <translation>Ir al error o advertencia anterior</translation>
    </message>
    <message>
        <source>Shift+F8</source>
        <translation>Shift+F8</translation>
    </message>
    <message>
        <source>&amp;Field Reference</source>
        <translation>Referencia de &amp;campos</translation>
    </message>
    <message>
        <source>The fields of a ccimport customer file and their rules</source>
        <translation>Los campos de un archivo de clientes de ccimport y sus reglas</translation>
    </message>
    <message>
        <source>&amp;About ccedit</source>
        <translation>&amp;Acerca de ccedit</translation>
    </message>
    <message>
        <source>About ccedit</source>
        <translation>Acerca de ccedit</translation>
    </message>
    <message>
        <source>Add Colum&amp;n</source>
        <translation>A&amp;ñadir columna</translation>
    </message>
    <message>
        <source>E&amp;xport Valid Rows Only…</source>
        <translation>E&amp;xportar solo las filas válidas…</translation>
    </message>
    <message>
        <source>Clear Cell&amp;s</source>
        <translation>&amp;Vaciar celdas</translation>
    </message>
    <message>
        <source>Duplicate Ro&amp;ws</source>
        <translation>D&amp;uplicar filas</translation>
    </message>
    <message>
        <source>Go to Problems &amp;List</source>
        <translation>Ir a la &amp;lista de problemas</translation>
    </message>
    <message>
        <source>Show the Problems panel and move the keyboard focus into it</source>
        <translation>Mostrar el panel de problemas y llevar a él el foco del teclado</translation>
    </message>
    <message>
        <source>F6</source>
        <translation>F6</translation>
    </message>
    <message>
        <source>Go to &amp;Table</source>
        <translation>Ir a la &amp;tabla</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the table</source>
        <translation>Llevar el foco del teclado a la tabla</translation>
    </message>
    <message>
        <source>Shift+F6</source>
        <translation>Shift+F6</translation>
    </message>
    <message>
        <source>Show Quick Fi&amp;xes…</source>
        <translation>Mo&amp;strar correcciones rápidas…</translation>
    </message>
    <message>
        <source>Show the fixes for the problems of the current cell</source>
        <translation>Mostrar las correcciones para los problemas de la celda actual</translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <source>Defaults f&amp;or New Rows…</source>
        <translation>Valores &amp;que reciben las filas nuevas…</translation>
    </message>
    <message>
        <source>Set the values that Insert Rows puts into new rows</source>
        <translation>Establecer los valores que «Insertar filas» pone en las filas nuevas</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>Remo&amp;ve Column</source>
        <translation>Quitar colu&amp;mna</translation>
    </message>
    <message>
        <source>&amp;Update from Export…</source>
        <translation>Ac&amp;tualizar desde una exportación…</translation>
    </message>
    <message>
        <source>Update this customer list from a newer export, an archive or another customer CSV file, keeping every value the update does not provide</source>
        <translation>Actualizar esta lista de clientes a partir de una exportación más reciente, un archivo comprimido u otro archivo CSV de clientes, conservando todos los valores que la actualización no proporciona</translation>
    </message>
    <message>
        <source>Next &amp;Change</source>
        <translation>&amp;Cambio siguiente</translation>
    </message>
    <message>
        <source>Go to the next cell the last update changed</source>
        <translation>Ir a la siguiente celda que cambió la última actualización</translation>
    </message>
    <message>
        <source>F9</source>
        <translation>F9</translation>
    </message>
    <message>
        <source>Previous C&amp;hange</source>
        <translation>Cambio a&amp;nterior</translation>
    </message>
    <message>
        <source>Go to the previous cell the last update changed</source>
        <translation>Ir a la celda anterior que cambió la última actualización</translation>
    </message>
    <message>
        <source>Shift+F9</source>
        <translation>Shift+F9</translation>
    </message>
    <message>
        <source>Site &amp;Profile…</source>
        <translation>&amp;Perfil del sitio…</translation>
    </message>
    <message>
        <source>Choose or make the site profile that rate plans and account IDs are checked against</source>
        <translation>Elegir o crear el perfil del sitio con el que se comprueban los planes de tarifas y los ID de cuenta</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Map Export to ccimport Fields</source>
        <translation>Asignar la exportación a los campos de ccimport</translation>
    </message>
    <message>
        <source>Each ccimport field is filled from a template over the export&apos;s members: {name} inserts a member, {{ and }} are literal braces; {hierarchy_path} and {source_file} are also available. Other fields can be given a constant value.</source>
        <translation>Cada campo de ccimport se rellena con una plantilla sobre los miembros de la exportación: {name} inserta un miembro, {{ y }} son llaves literales; también están disponibles {hierarchy_path} y {source_file}. A los demás campos se les puede dar un valor constante.</translation>
    </message>
    <message>
        <source>Field mapping</source>
        <translation>Asignación de campos</translation>
    </message>
    <message>
        <source>Mapping error</source>
        <translation>Error de asignación</translation>
    </message>
    <message>
        <source>&amp;Preview of the first rows (problems are marked; hover for details):</source>
        <translation>&amp;Vista previa de las primeras filas (los problemas están marcados; pase el ratón por encima para ver detalles):</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Problems in the preview</source>
        <translation>Problemas en la vista previa</translation>
    </message>
</context>
<context>
    <name>NewRowDefaultsDialog</name>
    <message>
        <source>Defaults for New Rows</source>
        <translation>Valores por defecto de las filas nuevas</translation>
    </message>
    <message>
        <source>Insert Rows fills the columns of these fields with the values given here. A field left blank stays blank in a new row, which means the field&apos;s own default.</source>
        <translation>«Insertar filas» rellena las columnas de estos campos con los valores indicados aquí. Un campo que se deja en blanco queda en blanco en una fila nueva, lo que significa el valor por defecto del propio campo.</translation>
    </message>
    <message>
        <source>Default values</source>
        <translation>Valores por defecto</translation>
    </message>
</context>
<context>
    <name>SiteProfileDialog</name>
    <message>
        <source>Site Profile</source>
        <translation>Perfil del sitio</translation>
    </message>
    <message>
        <source>A site profile lists the rate plans and the account structure your Consumption Analytics site knows, so that ccedit can check rate plans and account IDs before ccimport does. A ccedit-profile.json in the folder of the open file comes before the profile chosen here.</source>
        <translation>Un perfil del sitio enumera los planes de tarifas y la estructura de cuentas que conoce su sitio de Consumption Analytics, para que ccedit pueda comprobar los planes de tarifas y los ID de cuenta antes que ccimport. Un ccedit-profile.json en la carpeta del archivo abierto tiene prioridad sobre el perfil elegido aquí.</translation>
    </message>
    <message>
        <source>Profile file</source>
        <translation>Archivo de perfil</translation>
    </message>
    <message>
        <source>No profile: rate plans and account IDs are not checked against the site</source>
        <translation>Sin perfil: los planes de tarifas y los ID de cuenta no se comprueban con el sitio</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>&amp;No Profile</source>
        <translation>&amp;Sin perfil</translation>
    </message>
    <message>
        <source>Make a profile</source>
        <translation>Crear un perfil</translation>
    </message>
    <message>
        <source>&amp;Rate plans, one a line:</source>
        <translation>&amp;Planes de tarifas, uno por línea:</translation>
    </message>
    <message>
        <source>Default
Gold
Silver</source>
        <translation>Default
Oro
Plata</translation>
    </message>
    <message>
        <source>Account structure &amp;levels, one a line, from the top:</source>
        <translation>&amp;Niveles de la estructura de cuentas, uno por línea, de arriba abajo:</translation>
    </message>
    <message>
        <source>Business Unit
Department
Owner</source>
        <translation>Unidad de negocio
Departamento
Propietario</translation>
    </message>
    <message>
        <source>&amp;Save as File…</source>
        <translation>&amp;Guardar como archivo…</translation>
    </message>
</context>
<context>
    <name>ccedit::AcceptRaggedRows</name>
    <message>
        <source>Accept Ragged Rows</source>
        <translation>Aceptar filas irregulares</translation>
    </message>
</context>
<context>
    <name>ccedit::ApplyUpdate</name>
    <message>
        <source>Apply Update</source>
        <translation>Aplicar actualización</translation>
    </message>
</context>
<context>
    <name>ccedit::ArchiveMemberDialog</name>
    <message numerus="yes">
        <source>&quot;%1&quot; holds %n customer data export(s). Choose the one to open; the newest is selected.</source>
        <translation>
            <numerusform>«%1» contiene %n exportación de datos de clientes. Elija la que quiere abrir; la más reciente está seleccionada.</numerusform>
            <numerusform>«%1» contiene %n exportaciones de datos de clientes. Elija la que quiere abrir; la más reciente está seleccionada.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ccedit::CellDelegate</name>
    <message>
        <source>(default: true)</source>
        <translation>(por defecto: true)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>(default: %1)</source>
        <translation>(por defecto: %1)</translation>
    </message>
    <message>
        <source>Fiscal start month</source>
        <translation>Mes de inicio del año fiscal</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Indicador</translation>
    </message>
</context>
<context>
    <name>ccedit::ChangeListModel</name>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Gone</source>
        <translation>Desaparecida</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>Reactivada</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificada</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>Sin correspondencia</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>kept as it is</source>
        <translation>se conserva tal como está</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>se elimina</translation>
    </message>
    <message>
        <source>inactive already</source>
        <translation>ya está inactiva</translation>
    </message>
    <message>
        <source>update %1</source>
        <translation>actualización %1</translation>
    </message>
    <message>
        <source>list %1</source>
        <translation>lista %1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>ID de cuenta</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Old → New</source>
        <translation>Anterior → Nuevo</translation>
    </message>
</context>
<context>
    <name>ccedit::ColumnHeaderActions</name>
    <message>
        <source>Rena&amp;me Column…</source>
        <translation>Cambiar el &amp;nombre de la columna…</translation>
    </message>
    <message>
        <source>Give the current column another name: a field of ccimport or any name</source>
        <translation>Dar otro nombre a la columna actual: un campo de ccimport o cualquier nombre</translation>
    </message>
</context>
<context>
    <name>ccedit::CommandLine</name>
    <message>
        <source>Check each FILE (CSV, customer data export or archive) and print its problems, one a line.</source>
        <translation>Comprobar cada ARCHIVO (CSV, exportación de datos de clientes o archivo comprimido) e imprimir sus problemas, uno por línea.</translation>
    </message>
    <message>
        <source>With --check: print the problems as text (FILE:LINE:COLUMN: SEVERITY: MESSAGE [CODE], the default) or as one JSON array.</source>
        <translation>Con --check: imprimir los problemas como texto (FILE:LINE:COLUMN: SEVERITY: MESSAGE [CODE], por defecto) o como un único array JSON.</translation>
    </message>
    <message>
        <source>With --check: treat warnings as errors for the exit status.</source>
        <translation>Con --check: tratar las advertencias como errores para el estado de salida.</translation>
    </message>
    <message>
        <source>Convert IN (CSV, customer data export or archive) to a ccimport customer CSV file. Nothing is written when IN has errors, unless --valid-only is given.</source>
        <translation>Convertir IN (CSV, exportación de datos de clientes o archivo comprimido) en un archivo CSV de clientes de ccimport. Si IN tiene errores no se escribe nada, salvo con --valid-only.</translation>
    </message>
    <message>
        <source>With --convert: the file to write, or - for standard output. It must not be IN.</source>
        <translation>Con --convert: el archivo que se escribe, o - para la salida estándar. No puede ser IN.</translation>
    </message>
    <message>
        <source>With --convert of an export: fill FIELD from TEMPLATE, where {member} inserts a member of the export record ({customer_name}, {hierarchy_path}, {source_file}, ...). May be repeated.</source>
        <translation>Con --convert de una exportación: rellenar FIELD con TEMPLATE, donde {member} inserta un miembro del registro exportado ({customer_name}, {hierarchy_path}, {source_file}, ...). Se puede repetir.</translation>
    </message>
    <message>
        <source>With --convert of an export: give FIELD the same VALUE in every row (for example active=true). May be repeated.</source>
        <translation>Con --convert de una exportación: dar a FIELD el mismo VALUE en todas las filas (por ejemplo active=true). Se puede repetir.</translation>
    </message>
    <message>
        <source>With --convert of an archive: the export to read (default: the newest).</source>
        <translation>Con --convert de un archivo comprimido: la exportación que se lee (por defecto: la más reciente).</translation>
    </message>
    <message>
        <source>With --convert: write only the rows without errors and say how many were left out.</source>
        <translation>Con --convert: escribir solo las filas sin errores e indicar cuántas se omitieron.</translation>
    </message>
    <message>
        <source>With --convert: end lines with CR LF.</source>
        <translation>Con --convert: terminar las líneas con CR LF.</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Imprimir la versión y salir.</translation>
    </message>
    <message>
        <source>Print this help and exit.</source>
        <translation>Imprimir esta ayuda y salir.</translation>
    </message>
    <message>
        <source>%1 applies to --convert, not to --check.</source>
        <translation>%1 se aplica a --convert, no a --check.</translation>
    </message>
    <message>
        <source>Unknown --format &quot;%1&quot;: use text or json.</source>
        <translation>--format «%1» desconocido: use text o json.</translation>
    </message>
    <message>
        <source>--check needs at least one FILE to check.</source>
        <translation>--check necesita al menos un ARCHIVO que comprobar.</translation>
    </message>
    <message>
        <source>%1 applies to --check, not to --convert.</source>
        <translation>%1 se aplica a --check, no a --convert.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;: --convert reads one file, given as --convert IN.</source>
        <translation>Argumento inesperado «%1»: --convert lee un solo archivo, indicado como --convert IN.</translation>
    </message>
    <message>
        <source>--convert needs -o OUT: the file to write, or - for standard output.</source>
        <translation>--convert necesita -o OUT: el archivo que se escribe, o - para la salida estándar.</translation>
    </message>
    <message>
        <source>The file to open in the editor, or the files to check with --check.</source>
        <translation>El archivo que se abre en el editor, o los archivos que se comprueban con --check.</translation>
    </message>
    <message>
        <source>%1 is given more than once; give it once.</source>
        <translation>%1 se indica más de una vez; indíquelo solo una vez.</translation>
    </message>
    <message>
        <source>--check and --convert cannot be used together; run ccedit once for each.</source>
        <translation>--check y --convert no se pueden usar juntos; ejecute ccedit una vez para cada uno.</translation>
    </message>
    <message>
        <source>%1 applies to --check; give --check and the files to check.</source>
        <translation>%1 se aplica a --check; indique --check y los archivos que comprobar.</translation>
    </message>
    <message>
        <source>%1 applies to --convert; give --convert IN -o OUT.</source>
        <translation>%1 se aplica a --convert; indique --convert IN -o OUT.</translation>
    </message>
    <message>
        <source>%1: %2, %3.</source>
        <comment>files checked: errors, warnings</comment>
        <translation>%1: %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) checked</source>
        <translation>
            <numerusform>%n archivo comprobado</numerusform>
            <numerusform>%n archivos comprobados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read.</source>
        <translation>
            <numerusform>No se pudo leer %n archivo.</numerusform>
            <numerusform>No se pudieron leer %n archivos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run &apos;ccedit --help&apos; to see how to use it.</source>
        <translation>Ejecute «ccedit --help» para ver cómo usarlo.</translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1.</source>
        <translation>No se puede escribir en la salida estándar: %1.</translation>
    </message>
    <message>
        <source>%1 and %2 are the same file. Give another output file: --convert never changes its input.</source>
        <translation>%1 y %2 son el mismo archivo. Indique otro archivo de salida: --convert nunca modifica su entrada.</translation>
    </message>
    <message>
        <source>--map, --set and --member apply to customer data exports, and %1 is a CSV file. Leave them out to convert a CSV file.</source>
        <translation>--map, --set y --member se aplican a exportaciones de datos de clientes, y %1 es un archivo CSV. Omítalos para convertir un archivo CSV.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing written: %1 has %n error(s). Correct them, or give --valid-only to write only the rows without errors.</source>
        <translation>
            <numerusform>No se escribió nada: %1 tiene %n error. Corríjalo, o indique --valid-only para escribir solo las filas sin errores.</numerusform>
            <numerusform>No se escribió nada: %1 tiene %n errores. Corríjalos, o indique --valid-only para escribir solo las filas sin errores.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing written: the errors in the header of %1 leave no row valid. Correct the header first.</source>
        <translation>No se escribió nada: los errores del encabezado de %1 no dejan ninguna fila válida. Corrija primero el encabezado.</translation>
    </message>
    <message numerus="yes">
        <source>Left out %n row(s) with errors.</source>
        <translation>
            <numerusform>Se omitió %n fila con errores.</numerusform>
            <numerusform>Se omitieron %n filas con errores.</numerusform>
        </translation>
    </message>
    <message>
        <source>Update the customer list BASE from UPDATE (a customer data export, an archive or another customer CSV file), keeping every value UPDATE does not provide, and write the result to OUT. The other options of --convert apply to UPDATE.</source>
        <translation>Actualizar la lista de clientes BASE a partir de UPDATE (una exportación de datos de clientes, un archivo comprimido u otro archivo CSV de clientes), conservando todos los valores que UPDATE no proporciona, y escribir el resultado en OUT. Las demás opciones de --convert se aplican a UPDATE.</translation>
    </message>
    <message>
        <source>With --merge: what becomes of customers UPDATE no longer has: keep them (the default), deactivate them (active=false) or remove them.</source>
        <translation>Con --merge: qué se hace con los clientes que UPDATE ya no tiene: conservarlos (por defecto), desactivarlos (active=false) o eliminarlos.</translation>
    </message>
    <message>
        <source>With --merge: write only the new, changed, deactivated and reactivated rows, without comments: the file for ccimport -u.</source>
        <translation>Con --merge: escribir solo las filas nuevas, modificadas, desactivadas y reactivadas, sin comentarios: el archivo para ccimport -u.</translation>
    </message>
    <message>
        <source>With --merge: write every change to FILE as one JSON array.</source>
        <translation>Con --merge: escribir todos los cambios en FILE como un único array JSON.</translation>
    </message>
    <message>
        <source>With --check, --convert or --merge: check rate plans and account IDs against the site profile FILE (default: ccedit-profile.json in the folder of the file read).</source>
        <translation>Con --check, --convert o --merge: comprobar los planes de tarifas y los ID de cuenta con el perfil del sitio FILE (por defecto: ccedit-profile.json en la carpeta del archivo leído).</translation>
    </message>
    <message>
        <source>With --check, --convert or --merge: do not look for ccedit-profile.json beside the files read.</source>
        <translation>Con --check, --convert o --merge: no buscar ccedit-profile.json junto a los archivos leídos.</translation>
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
        <translation>Edita y comprueba archivos CSV de clientes para HPE Consumption Analytics (ccimport -t customer), y convierte a ese formato las exportaciones de datos de clientes de VOSS Automate.

  ccedit [FILE]                abrir el editor, opcionalmente con FILE
  ccedit --check [--format text|json] [--werror] [--profile FILE] [--no-profile] FILE...
  ccedit --convert IN -o OUT [--map FIELD=TEMPLATE]... [--set FIELD=VALUE]...
                             [--member NAME] [--valid-only] [--crlf]
                             [--profile FILE] [--no-profile]
  ccedit --merge BASE UPDATE -o OUT [--gone keep|deactivate|remove] [--changes-only]
                             [--report FILE] [--map FIELD=TEMPLATE]... [--set FIELD=VALUE]...
                             [--member NAME] [--valid-only] [--crlf]
                             [--profile FILE] [--no-profile]
  ccedit --version | --help

Estado de salida: 0 sin errores (se admiten advertencias, salvo con --werror), 1 se encontraron errores o no se escribió nada por ellos, 2 un archivo que no se puede leer o un uso incorrecto.</translation>
    </message>
    <message>
        <source>%1 applies to --merge, not to %2.</source>
        <translation>%1 se aplica a --merge, no a %2.</translation>
    </message>
    <message>
        <source>%1 applies to --check, not to --merge.</source>
        <translation>%1 se aplica a --check, no a --merge.</translation>
    </message>
    <message>
        <source>--merge needs two files, given as --merge BASE UPDATE.</source>
        <translation>--merge necesita dos archivos, indicados como --merge BASE UPDATE.</translation>
    </message>
    <message>
        <source>--merge needs -o OUT: the file to write, or - for standard output.</source>
        <translation>--merge necesita -o OUT: el archivo que se escribe, o - para la salida estándar.</translation>
    </message>
    <message>
        <source>Unknown --gone &quot;%1&quot;: use keep, deactivate or remove.</source>
        <translation>--gone «%1» desconocido: use keep, deactivate o remove.</translation>
    </message>
    <message>
        <source>%1 and --merge cannot be used together; run ccedit once for each.</source>
        <translation>%1 y --merge no se pueden usar juntos; ejecute ccedit una vez para cada uno.</translation>
    </message>
    <message>
        <source>%1 applies to --merge; give --merge BASE UPDATE -o OUT.</source>
        <translation>%1 se aplica a --merge; indique --merge BASE UPDATE -o OUT.</translation>
    </message>
    <message>
        <source>%1 applies to --check, --convert and --merge; give one of them.</source>
        <translation>%1 se aplica a --check, --convert y --merge; indique uno de ellos.</translation>
    </message>
    <message>
        <source>Nothing to do: give --check, --convert, --merge, --version or --help, or only a file name to open the editor.</source>
        <translation>Nada que hacer: indique --check, --convert, --merge, --version o --help, o solo un nombre de archivo para abrir el editor.</translation>
    </message>
    <message>
        <source>kept</source>
        <comment>gone rows</comment>
        <translation>conservadas</translation>
    </message>
    <message>
        <source>deactivated</source>
        <comment>gone rows</comment>
        <translation>desactivadas</translation>
    </message>
    <message>
        <source>removed</source>
        <comment>gone rows</comment>
        <translation>eliminadas</translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 gone (%4), %5 reactivated, %6 unchanged, %7 unmatched</source>
        <translation>%1 nuevas, %2 modificadas, %3 desaparecidas (%4), %5 reactivadas, %6 sin cambios, %7 sin correspondencia</translation>
    </message>
    <message>
        <source>Cannot write the report %1: %2.</source>
        <translation>No se puede escribir el informe %1: %2.</translation>
    </message>
    <message>
        <source>%1 and %2 are the same file. Give another file to write: --merge never changes BASE or UPDATE.</source>
        <translation>%1 y %2 son el mismo archivo. Indique otro archivo que escribir: --merge nunca modifica BASE ni UPDATE.</translation>
    </message>
    <message>
        <source>--map, --set and --member apply to customer data exports, and the update %1 is a CSV file. Leave them out to merge a CSV file.</source>
        <translation>--map, --set y --member se aplican a exportaciones de datos de clientes, y la actualización %1 es un archivo CSV. Omítalos para combinar un archivo CSV.</translation>
    </message>
    <message>
        <source>Site profile: %1 (given with --profile).</source>
        <translation>Perfil del sitio: %1 (indicado con --profile).</translation>
    </message>
    <message>
        <source>Site profile: %1 (found beside %2; --no-profile ignores it).</source>
        <translation>Perfil del sitio: %1 (encontrado junto a %2; --no-profile lo ignora).</translation>
    </message>
</context>
<context>
    <name>ccedit::CsvReader</name>
    <message>
        <source>The file holds %1 bytes, more than the %2 bytes that can be opened. Split it into smaller files.</source>
        <translation>El archivo contiene %1 bytes, más que los %2 bytes que se pueden abrir. Divídalo en archivos más pequeños.</translation>
    </message>
    <message>
        <source>The file is not valid %1 text (an odd number of bytes or an unpaired surrogate). Save it again as UTF-8.</source>
        <translation>El archivo no es texto %1 válido (un número impar de bytes o un sustituto sin pareja). Guárdelo de nuevo como UTF-8.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 on this line. Open it as Windows-1252 or with the encoding detected, or save it again as UTF-8.</source>
        <translation>El archivo no es UTF-8 válido en esta línea. Ábralo como Windows-1252 o con la codificación detectada, o guárdelo de nuevo como UTF-8.</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;. Use UTF-8, Windows-1252, UTF-16LE or UTF-16BE.</source>
        <translation>Codificación «%1» desconocida. Use UTF-8, Windows-1252, UTF-16LE o UTF-16BE.</translation>
    </message>
    <message>
        <source>A quoted name in the header has no closing quote, so it runs to the end of the file. Add the closing &quot; after the name.</source>
        <translation>Un nombre entre comillas del encabezado no tiene comilla de cierre, así que llega hasta el final del archivo. Añada el &quot; de cierre después del nombre.</translation>
    </message>
    <message>
        <source>The file holds nothing but comment lines and blank lines. A ccimport CSV file needs a header row naming its fields, such as account_id,description.</source>
        <translation>El archivo solo contiene líneas de comentario y líneas vacías. Un archivo CSV de ccimport necesita una fila de encabezado que nombre sus campos, como account_id,description.</translation>
    </message>
    <message>
        <source>The file cannot be read (%1). Check that it is readable by you, or copy it somewhere readable.</source>
        <translation>No se puede leer el archivo (%1). Compruebe que tiene permiso para leerlo, o cópielo a un lugar legible.</translation>
    </message>
    <message>
        <source>The file does not exist. Check the name and the folder, or choose another file.</source>
        <translation>El archivo no existe. Compruebe el nombre y la carpeta, o elija otro archivo.</translation>
    </message>
    <message>
        <source>This is a folder, not a file. Choose a CSV file inside it.</source>
        <translation>Es una carpeta, no un archivo. Elija un archivo CSV dentro de ella.</translation>
    </message>
    <message>
        <source>The file is empty. A ccimport CSV file starts with a header row naming its fields, such as account_id,description.</source>
        <translation>El archivo está vacío. Un archivo CSV de ccimport empieza con una fila de encabezado que nombra sus campos, como account_id,description.</translation>
    </message>
    <message>
        <source>The file holds binary data (a NUL byte on this line), so it is not a CSV text file. Choose a CSV file saved as text, preferably UTF-8.</source>
        <translation>El archivo contiene datos binarios (un byte NUL en esta línea), así que no es un archivo de texto CSV. Elija un archivo CSV guardado como texto, preferiblemente en UTF-8.</translation>
    </message>
</context>
<context>
    <name>ccedit::CsvWriter</name>
    <message>
        <source>it is a folder, not a file name</source>
        <translation>es una carpeta, no un nombre de archivo</translation>
    </message>
    <message>
        <source>Cannot save &quot;%1&quot;: %2. %3 The old file, if any, is unchanged.</source>
        <translation>No se puede guardar «%1»: %2. %3 El archivo anterior, si existe, no ha cambiado.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>Free some space on it, or save to another disk.</source>
        <translation>Libere espacio en él o guarde en otro disco.</translation>
    </message>
    <message>
        <source>you may not write in its folder (%1)</source>
        <translation>no puede escribir en su carpeta (%1)</translation>
    </message>
    <message>
        <source>Save to a folder you can write to, or ask for write access.</source>
        <translation>Guarde en una carpeta en la que pueda escribir o solicite permiso de escritura.</translation>
    </message>
    <message>
        <source>its folder no longer exists</source>
        <translation>su carpeta ya no existe</translation>
    </message>
    <message>
        <source>Choose a folder that exists.</source>
        <translation>Elija una carpeta que exista.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to and check that the disk has free space.</source>
        <translation>Elija una carpeta en la que pueda escribir y compruebe que el disco tiene espacio libre.</translation>
    </message>
    <message>
        <source>Choose a file name for the table.</source>
        <translation>Elija un nombre de archivo para la tabla.</translation>
    </message>
</context>
<context>
    <name>ccedit::DocumentStatus</name>
    <message>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop opening the file (Esc)</source>
        <translation>Dejar de abrir el archivo (Esc)</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codificación</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Separador</translation>
    </message>
    <message>
        <source>Line ends</source>
        <translation>Finales de línea</translation>
    </message>
    <message>
        <source>Problem counts</source>
        <translation>Número de problemas</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportación</translation>
    </message>
    <message>
        <source>Read as %1. File ▸ Reopen with Encoding reads it another way.</source>
        <translation>Leído como %1. Archivo ▸ Reabrir con codificación lo lee de otra forma.</translation>
    </message>
    <message>
        <source>Semicolons</source>
        <translation>Puntos y coma</translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation>Tabulaciones</translation>
    </message>
    <message>
        <source>Commas</source>
        <translation>Comas</translation>
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
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Comprobando %1…</translation>
    </message>
</context>
<context>
    <name>ccedit::EditActions</name>
    <message>
        <source>Cut</source>
        <translation>Cortar</translation>
    </message>
    <message>
        <source>Clear Cells</source>
        <translation>Vaciar celdas</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message numerus="yes">
        <source>The pasted range is wider than the table; %n column(s) were left out.</source>
        <translation>
            <numerusform>El rango pegado es más ancho que la tabla; se omitió %n columna.</numerusform>
            <numerusform>El rango pegado es más ancho que la tabla; se omitieron %n columnas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill Down</source>
        <translation>Rellenar hacia abajo</translation>
    </message>
    <message>
        <source>Every field is present</source>
        <translation>Están todos los campos</translation>
    </message>
    <message>
        <source>No quick fix for this problem</source>
        <translation>No hay corrección rápida para este problema</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %Ln row(s)…</source>
        <translation>
            <numerusform>%1 en %Ln fila…</numerusform>
            <numerusform>%1 en %Ln filas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copying %Ln row(s)…</source>
        <translation>
            <numerusform>Copiando %Ln fila…</numerusform>
            <numerusform>Copiando %Ln filas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the pasted cells…</source>
        <translation>Leyendo las celdas pegadas…</translation>
    </message>
    <message numerus="yes">
        <source>Deleting %Ln row(s)…</source>
        <translation>
            <numerusform>Eliminando %Ln fila…</numerusform>
            <numerusform>Eliminando %Ln filas…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ccedit::ExportReader</name>
    <message>
        <source>The compressed data is damaged or cut off. Expected a complete gzip, bzip2 or xz file; fetch the export again.</source>
        <translation>Los datos comprimidos están dañados o cortados. Se esperaba un archivo gzip, bzip2 o xz completo; obtenga de nuevo la exportación.</translation>
    </message>
    <message>
        <source>The export decompresses to more than %1; ccedit reads at most %1 from one export. Split it into smaller exports.</source>
        <translation>La exportación descomprimida ocupa más de %1; ccedit lee como máximo %1 de una exportación. Divídala en exportaciones más pequeñas.</translation>
    </message>
    <message>
        <source>The export is larger than %1; ccedit reads at most %1 from one export. Split it into smaller exports.</source>
        <translation>La exportación ocupa más de %1; ccedit lee como máximo %1 de una exportación. Divídala en exportaciones más pequeñas.</translation>
    </message>
    <message>
        <source>The export could not be unpacked to a temporary file. Check that the disk has free space.</source>
        <translation>No se pudo descomprimir la exportación en un archivo temporal. Compruebe que el disco tiene espacio libre.</translation>
    </message>
    <message>
        <source>The file is empty. Expected a customer export (a JSON array of customer objects, possibly compressed) or an archive of exports.</source>
        <translation>El archivo está vacío. Se esperaba una exportación de clientes (un array JSON de objetos de cliente, quizá comprimido) o un archivo comprimido de exportaciones.</translation>
    </message>
    <message>
        <source>The archive cannot be read (%1). Expected an intact zip or tar archive of customer exports.</source>
        <translation>No se puede leer el archivo comprimido (%1). Se esperaba un archivo zip o tar intacto con exportaciones de clientes.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>The archive holds no customer export. Expected a file named like 2024-05-06_0930_customer.json.gz in it.</source>
        <translation>El archivo comprimido no contiene ninguna exportación de clientes. Se esperaba en él un archivo con un nombre como 2024-05-06_0930_customer.json.gz.</translation>
    </message>
    <message>
        <source>The archive holds several files named &quot;%1&quot;: %2. Name one by its path.</source>
        <translation>El archivo comprimido contiene varios archivos llamados «%1»: %2. Indique uno por su ruta.</translation>
    </message>
    <message>
        <source>The archive has no member &quot;%1&quot;. Its customer exports are: %2.</source>
        <translation>El archivo comprimido no contiene «%1». Sus exportaciones de clientes son: %2.</translation>
    </message>
    <message>
        <source>A customer export cannot be read as %1. Open it as UTF-8 or Windows-1252.</source>
        <translation>Una exportación de clientes no se puede leer como %1. Ábrala como UTF-8 o Windows-1252.</translation>
    </message>
    <message>
        <source>The export is not valid UTF-8 on this line. Open it as Windows-1252, or export it again as UTF-8.</source>
        <translation>La exportación no es UTF-8 válido en esta línea. Ábrala como Windows-1252, o expórtela de nuevo como UTF-8.</translation>
    </message>
    <message>
        <source>it is damaged or cut off</source>
        <translation>está dañado o cortado</translation>
    </message>
    <message>
        <source>The file is not JSON: it starts with &quot;%1&quot;, where a customer export starts with [, a JSON array of customer objects. If it is a CSV file, give it a name ending in .csv.</source>
        <translation>El archivo no es JSON: empieza por «%1», donde una exportación de clientes empieza por [, una matriz JSON de objetos de cliente. Si es un archivo CSV, dele un nombre que termine en .csv.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>names listed, then a count</comment>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ccedit::FieldReferenceDialog</name>
    <message>
        <source>true, false, 1 or 0 (any case)</source>
        <translation>true, false, 1 o 0 (mayúsculas o minúsculas)</translation>
    </message>
    <message>
        <source>levels separated by |, none empty</source>
        <translation>niveles separados por |, ninguno vacío</translation>
    </message>
    <message>
        <source>one character</source>
        <translation>un carácter</translation>
    </message>
    <message>
        <source>whole number from %1 to %2</source>
        <translation>número entero del %1 al %2</translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation>una dirección de correo electrónico</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>also: %1</source>
        <translation>también: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Fields of a ccimport customer file</source>
        <translation>Campos de un archivo de clientes de ccimport</translation>
    </message>
    <message>
        <source>The first line names the fields, in any order. account_id and description are required. A dot may stand for an underscore, and names match in any case. A blank value uses the field&apos;s default.</source>
        <translation>La primera línea nombra los campos, en cualquier orden. account_id y description son obligatorios. Un punto puede sustituir a un guion bajo, y los nombres no distinguen mayúsculas de minúsculas. Un valor vacío usa el valor por defecto del campo.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Por defecto</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Site profile</source>
        <translation>Perfil del sitio</translation>
    </message>
    <message>
        <source>Whether a rate plan exists, and how many levels an account ID may have, depend on the site. A site profile says so: a JSON file with the site&apos;s rate plans and the levels of its account structure, both optional. ccedit uses a %1 in the folder of the file it reads, else the profile chosen in Settings &gt; Site Profile (or given with --profile on the command line).</source>
        <translation>Que un plan de tarifas exista, y cuántos niveles puede tener un ID de cuenta, depende del sitio. Un perfil del sitio lo indica: un archivo JSON con los planes de tarifas del sitio y los niveles de su estructura de cuentas, ambos opcionales. ccedit usa un %1 de la carpeta del archivo que lee o, si no lo hay, el perfil elegido en Configuración &gt; Perfil del sitio (o indicado con --profile en la línea de comandos).</translation>
    </message>
    <message>
        <source>While a profile is in force, a rate_plan that names none of its rate plans (in any case; blank means Default, which always exists) is an unknown-rate-plan error, and an account_id with more levels than the account structure is an account-id-too-deep error.</source>
        <translation>Mientras hay un perfil en vigor, un rate_plan que no nombra ninguno de sus planes de tarifas (sin distinguir mayúsculas de minúsculas; vacío significa Default, que siempre existe) es un error unknown-rate-plan, y un account_id con más niveles que la estructura de cuentas es un error account-id-too-deep.</translation>
    </message>
</context>
<context>
    <name>ccedit::FileController</name>
    <message>
        <source>Cannot Open File</source>
        <translation>No se puede abrir el archivo</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled.</source>
        <translation>Se canceló la apertura de %1.</translation>
    </message>
    <message>
        <source>Export Valid Rows Only</source>
        <translation>Exportar solo las filas válidas</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>No se puede exportar</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1; left out %n row(s) with errors.</source>
        <translation>
            <numerusform>Se escribió %1; se omitió %n fila con errores.</numerusform>
            <numerusform>Se escribió %1; se omitieron %n filas con errores.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation>No se puede guardar</translation>
    </message>
    <message>
        <source>%1 is the customer data export this table was made from; it is never overwritten. Choose another name for the CSV file.</source>
        <translation>%1 es la exportación de datos de clientes de la que procede esta tabla; nunca se sobrescribe. Elija otro nombre para el archivo CSV.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se guardó %1.</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Guardando %1…</translation>
    </message>
    <message>
        <source>Mapping %1…</source>
        <translation>Asignando %1…</translation>
    </message>
    <message>
        <source>Cannot Change Mapping</source>
        <translation>No se puede cambiar la asignación</translation>
    </message>
    <message>
        <source>Change Mapping</source>
        <translation>Cambiar la asignación</translation>
    </message>
</context>
<context>
    <name>ccedit::FindReplace</name>
    <message>
        <source>Enter the text to find.</source>
        <translation>Introduzca el texto que quiere buscar.</translation>
    </message>
    <message>
        <source>The regular expression is not valid at position %1: %2. Correct it or turn off &quot;Regular expression&quot;.</source>
        <translation>La expresión regular no es válida en la posición %1: %2. Corríjala o desactive «Expresión regular».</translation>
    </message>
</context>
<context>
    <name>ccedit::FindReplaceDialog</name>
    <message>
        <source>Whole table</source>
        <translation>Toda la tabla</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Columna %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not found.</source>
        <translation>No se encontró «%1».</translation>
    </message>
    <message>
        <source>A match is in a row hidden by the filter (line %1).</source>
        <translation>Hay una coincidencia en una fila oculta por el filtro (línea %1).</translation>
    </message>
    <message numerus="yes">
        <source>Replace All (%n cell(s))</source>
        <translation>
            <numerusform>Reemplazar todo (%n celda)</numerusform>
            <numerusform>Reemplazar todo (%n celdas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced in %n cell(s).</source>
        <translation>
            <numerusform>Reemplazado en %n celda.</numerusform>
            <numerusform>Reemplazado en %n celdas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>Replacing…</source>
        <translation>Reemplazando…</translation>
    </message>
</context>
<context>
    <name>ccedit::InsertColumn</name>
    <message>
        <source>Insert Column</source>
        <translation>Insertar columna</translation>
    </message>
</context>
<context>
    <name>ccedit::InsertRows</name>
    <message>
        <source>Insert Rows</source>
        <translation>Insertar filas</translation>
    </message>
</context>
<context>
    <name>ccedit::JournalKeeper</name>
    <message>
        <source>Unsaved changes cannot be kept for recovery in %1: %2</source>
        <translation>Los cambios sin guardar no se pueden conservar para su recuperación en %1: %2</translation>
    </message>
    <message>
        <source>another ccedit uses it</source>
        <translation>otro ccedit lo está usando</translation>
    </message>
    <message>
        <source>the lock file cannot be made</source>
        <translation>no se puede crear el archivo de bloqueo</translation>
    </message>
    <message>
        <source>the changes cannot be told apart from the file</source>
        <translation>los cambios no se pueden distinguir del archivo</translation>
    </message>
    <message>
        <source>the folder cannot be made</source>
        <translation>no se puede crear la carpeta</translation>
    </message>
</context>
<context>
    <name>ccedit::JsonRecords</name>
    <message>
        <source>member &quot;%1&quot; in record %2</source>
        <translation>el miembro «%1» del registro %2</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>se esperaba %1 y se encontró %2</translation>
    </message>
    <message>
        <source>the end of the file</source>
        <translation>el final del archivo</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un array</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a JSON array of customer objects ([ {...}, ... ])</source>
        <translation>un array JSON de objetos de cliente ([ {...}, ... ])</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos; after record %1</source>
        <translation>«,» o «]» después del registro %1</translation>
    </message>
    <message>
        <source>the end of the file after the array of customer objects</source>
        <translation>el final del archivo después del array de objetos de cliente</translation>
    </message>
    <message>
        <source>a customer object ({...}) as record %1</source>
        <translation>un objeto de cliente ({...}) como registro %1</translation>
    </message>
    <message>
        <source>a member name in double quotes in record %1</source>
        <translation>un nombre de miembro entre comillas dobles en el registro %1</translation>
    </message>
    <message>
        <source>&apos;:&apos; after member &quot;%1&quot; in record %2</source>
        <translation>«:» después del miembro «%1» del registro %2</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;}&apos; after %1</source>
        <translation>«,» o «}» después de %1</translation>
    </message>
    <message>
        <source>a value for %1</source>
        <translation>un valor para %1</translation>
    </message>
    <message>
        <source>a value in the value of %1</source>
        <translation>un valor dentro del valor de %1</translation>
    </message>
    <message>
        <source>found arrays and objects nested more than %1 deep in the value of %2; expected at most %1</source>
        <translation>se encontraron matrices y objetos anidados a más de %1 niveles en el valor de %2; se esperaban %1 niveles como máximo</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;%1&apos; in the value of %2</source>
        <translation>«,» o «%1» dentro del valor de %2</translation>
    </message>
    <message>
        <source>a member name in double quotes in the value of %1</source>
        <translation>un nombre de miembro entre comillas dobles dentro del valor de %1</translation>
    </message>
    <message>
        <source>&apos;:&apos; after a member name in the value of %1</source>
        <translation>«:» después de un nombre de miembro dentro del valor de %1</translation>
    </message>
    <message>
        <source>the string starting here never ends; expected a closing &quot; before the end of the file</source>
        <translation>la cadena que empieza aquí nunca termina; se esperaba un &quot; de cierre antes del final del archivo</translation>
    </message>
    <message>
        <source>found %1 inside a string; expected it written as an escape such as \n or \u%2</source>
        <translation>se encontró %1 dentro de una cadena; se esperaba escrito como secuencia de escape, como \n o \u%2</translation>
    </message>
    <message>
        <source>the file ends inside an escape; expected a complete string</source>
        <translation>el archivo termina dentro de una secuencia de escape; se esperaba una cadena completa</translation>
    </message>
    <message>
        <source>invalid escape &quot;%1&quot; in a string; expected one of \&quot; \\ \/ \b \f \n \r \t or \u and four hexadecimal digits</source>
        <translation>secuencia de escape «%1» no válida en una cadena; se esperaba una de \&quot; \\ \/ \b \f \n \r \t o \u y cuatro dígitos hexadecimales</translation>
    </message>
    <message>
        <source>invalid escape &quot;%1&quot; in a string; expected \u and four hexadecimal digits</source>
        <translation>secuencia de escape «%1» no válida en una cadena; se esperaba \u y cuatro dígitos hexadecimales</translation>
    </message>
    <message>
        <source>the escape &quot;%1&quot; is half of a UTF-16 surrogate pair; expected a high surrogate (\uD800 to \uDBFF) followed by a low one (\uDC00 to \uDFFF)</source>
        <translation>la secuencia de escape «%1» es la mitad de un par sustituto UTF-16; se esperaba un sustituto alto (\uD800 a \uDBFF) seguido de uno bajo (\uDC00 a \uDFFF)</translation>
    </message>
    <message>
        <source>a digit in the number</source>
        <translation>un dígito en el número</translation>
    </message>
    <message>
        <source>the export has %1 records with %2 different members, more than ccedit can hold; expected the same few members in every record</source>
        <translation>la exportación tiene %1 registros con %2 miembros distintos, más de los que ccedit puede contener; se esperaban los mismos pocos miembros en cada registro</translation>
    </message>
    <message>
        <source>the JSON text is larger than %1 MiB; ccedit reads at most %1 MiB</source>
        <translation>el texto JSON ocupa más de %1 MiB; ccedit lee como máximo %1 MiB</translation>
    </message>
</context>
<context>
    <name>ccedit::Loader</name>
    <message>
        <source>The file does not exist. Check the name and the folder, or choose another file.</source>
        <translation>El archivo no existe. Compruebe el nombre y la carpeta, o elija otro archivo.</translation>
    </message>
    <message>
        <source>This is a folder, not a file. Choose a file inside it.</source>
        <translation>Es una carpeta, no un archivo. Elija un archivo dentro de ella.</translation>
    </message>
    <message>
        <source>The file cannot be opened (%1). Check that you may read it.</source>
        <translation>No se puede abrir el archivo (%1). Compruebe que tiene permiso para leerlo.</translation>
    </message>
    <message>
        <source>The file holds binary data that is neither a CSV file, a customer export (.json, .json.gz) nor an archive of exports (.zip, .tar, .tar.gz, .tar.bz2, .tar.xz). Choose one of those.</source>
        <translation>El archivo contiene datos binarios que no son ni un archivo CSV, ni una exportación de clientes (.json, .json.gz), ni un archivo comprimido de exportaciones (.zip, .tar, .tar.gz, .tar.bz2, .tar.xz). Elija uno de ellos.</translation>
    </message>
    <message>
        <source>Reading was cancelled before the end of the file, so nothing was opened. Open the file again to read all of it.</source>
        <translation>La lectura se canceló antes del final del archivo, así que no se abrió nada. Vuelva a abrir el archivo para leerlo completo.</translation>
    </message>
    <message>
        <source>a customer export (.json)</source>
        <translation>una exportación de clientes (.json)</translation>
    </message>
    <message>
        <source>a gzip-compressed customer export (.json.gz)</source>
        <translation>una exportación de clientes comprimida con gzip (.json.gz)</translation>
    </message>
    <message>
        <source>a zip archive (.zip)</source>
        <translation>un archivo zip (.zip)</translation>
    </message>
    <message>
        <source>a tar archive (.tar)</source>
        <translation>un archivo tar (.tar)</translation>
    </message>
    <message>
        <source>a compressed tar archive (.tar.gz, .tgz, .tar.bz2 or .tar.xz)</source>
        <translation>un archivo tar comprimido (.tar.gz, .tgz, .tar.bz2 o .tar.xz)</translation>
    </message>
    <message>
        <source>a zip archive</source>
        <translation>un archivo zip</translation>
    </message>
    <message>
        <source>a tar archive</source>
        <translation>un archivo tar</translation>
    </message>
    <message>
        <source>a compressed tar archive</source>
        <translation>un archivo tar comprimido</translation>
    </message>
    <message>
        <source>a gzip-compressed file, not an archive</source>
        <translation>un archivo comprimido con gzip, no un archivo de archivos</translation>
    </message>
    <message>
        <source>a file compressed with bzip2 or xz, not gzip</source>
        <translation>un archivo comprimido con bzip2 o xz, no gzip</translation>
    </message>
    <message>
        <source>uncompressed JSON</source>
        <translation>JSON sin comprimir</translation>
    </message>
    <message>
        <source>uncompressed text that is not JSON</source>
        <translation>texto sin comprimir que no es JSON</translation>
    </message>
    <message>
        <source>The file&apos;s name says it is %1, but it is %2. Rename it after what it holds, or choose the file you meant.</source>
        <translation>Según su nombre, el archivo es %1, pero es %2. Cámbiele el nombre según lo que contiene o elija el archivo que quería.</translation>
    </message>
    <message>
        <source>The file is a symbolic link to &quot;%1&quot;, which does not exist. Point the link to the file, or choose the file itself.</source>
        <translation>El archivo es un enlace simbólico a «%1», que no existe. Haga que el enlace apunte al archivo o elija el archivo mismo.</translation>
    </message>
    <message>
        <source>The file is a symbolic link that leads in a circle of links and never to a file. Point the link to the file, or choose the file itself.</source>
        <translation>El archivo es un enlace simbólico que da vueltas entre enlaces y nunca lleva a un archivo. Haga que el enlace apunte al archivo o elija el archivo mismo.</translation>
    </message>
    <message>
        <source>This is not a file but a FIFO, a device or a socket, which ccedit cannot read. Save what it gives to a file and choose that file.</source>
        <translation>No es un archivo sino un FIFO, un dispositivo o un socket, que ccedit no puede leer. Guarde lo que proporciona en un archivo y elija ese archivo.</translation>
    </message>
    <message>
        <source>the system gave no reason</source>
        <translation>el sistema no dio ningún motivo</translation>
    </message>
</context>
<context>
    <name>ccedit::MainToolBar</name>
    <message>
        <source>Main Toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>&amp;Barra de herramientas</translation>
    </message>
</context>
<context>
    <name>ccedit::MainWindow</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer %1</translation>
    </message>
    <message>
        <source>&amp;Problems Panel</source>
        <translation>Panel de &amp;problemas</translation>
    </message>
    <message>
        <source>About ccedit</source>
        <translation>Acerca de ccedit</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ccedit %1&lt;/h3&gt;&lt;p&gt;An editor and checker for Consumption Analytics (Cloud Cruiser 4) ccimport customer CSV files. It also opens VOSS Automate customer data exports and turns them into ccimport files.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ccedit %1&lt;/h3&gt;&lt;p&gt;Un editor y comprobador de archivos CSV de clientes de ccimport para Consumption Analytics (Cloud Cruiser 4). También abre las exportaciones de datos de clientes de VOSS Automate y las convierte en archivos de ccimport.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Change &amp;Mapping…</source>
        <translation>Cambiar la asig&amp;nación…</translation>
    </message>
    <message>
        <source>Map the export this table was made from again</source>
        <translation>Volver a asignar la exportación de la que procede esta tabla</translation>
    </message>
</context>
<context>
    <name>ccedit::Mapping</name>
    <message>
        <source>The &apos;}&apos; at position %1 of template &quot;%2&quot; closes no &apos;{&apos;. Write }} for a literal }.</source>
        <translation>La «}» de la posición %1 de la plantilla «%2» no cierra ninguna «{». Escriba }} para una } literal.</translation>
    </message>
    <message>
        <source>The &apos;{&apos; at position %1 of template &quot;%2&quot; is not closed. Write {member} to insert a member, or {{ for a literal {.</source>
        <translation>La «{» de la posición %1 de la plantilla «%2» no está cerrada. Escriba {member} para insertar un miembro, o {{ para una { literal.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; has an empty {} at position %2. Write a member name in the braces, for example {customer_name}.</source>
        <translation>La plantilla «%1» tiene un {} vacío en la posición %2. Escriba un nombre de miembro entre las llaves, por ejemplo {customer_name}.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not of the form FIELD=VALUE. Write for example description={customer_name} or active=true.</source>
        <translation>«%1» no tiene la forma CAMPO=VALOR. Escriba por ejemplo description={customer_name} o active=true.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ccimport field. Did you mean %2?</source>
        <translation>«%1» no es un campo de ccimport. ¿Quería decir %2?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ccimport field. Use a field such as account_id, description or active.</source>
        <translation>«%1» no es un campo de ccimport. Use un campo como account_id, description o active.</translation>
    </message>
    <message>
        <source>The mapping names &quot;%1&quot;, which is not a canonical ccimport field name. Use a field such as description.</source>
        <translation>La asignación nombra «%1», que no es un nombre canónico de campo de ccimport. Use un campo como description.</translation>
    </message>
    <message>
        <source>The field %1 has both a template and a constant. Give it one of them.</source>
        <translation>El campo %1 tiene a la vez una plantilla y una constante. Dele solo una de ellas.</translation>
    </message>
    <message>
        <source>The template of %1 is wrong: %2</source>
        <translation>La plantilla de %1 es incorrecta: %2</translation>
    </message>
    <message>
        <source>The template of %1, &quot;%2&quot;, uses {hierarchy_path}, which is made from member &quot;hierarchy&quot;, but no record of the export has it. Its members are: %3.</source>
        <translation>La plantilla de %1, «%2», usa {hierarchy_path}, que se forma a partir del miembro «hierarchy», pero ningún registro de la exportación lo tiene. Sus miembros son: %3.</translation>
    </message>
    <message>
        <source>The template of %1, &quot;%2&quot;, names member &quot;%3&quot;, which no record of the export has. Its members are: %4.</source>
        <translation>La plantilla de %1, «%2», nombra el miembro «%3», que ningún registro de la exportación tiene. Sus miembros son: %4.</translation>
    </message>
    <message>
        <source>The mapped rows would hold more than %1 of text; ccedit keeps at most %1 of values. Map fewer or shorter fields, or split the export.</source>
        <translation>Las filas asignadas contendrían más de %1 de texto; ccedit guarda como mucho %1 de valores. Asigne menos campos o campos más cortos, o divida la exportación.</translation>
    </message>
</context>
<context>
    <name>ccedit::MappingDialog</name>
    <message>
        <source>Members in %1: %2</source>
        <translation>Miembros en %1: %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Filled from</source>
        <translation>Se rellena con</translation>
    </message>
    <message>
        <source>Template or value</source>
        <translation>Plantilla o valor</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>Constante</translation>
    </message>
    <message>
        <source>How %1 is filled</source>
        <translation>Cómo se rellena %1</translation>
    </message>
    <message>
        <source>Template or value of %1</source>
        <translation>Plantilla o valor de %1</translation>
    </message>
    <message numerus="yes">
        <source>First %n row(s): </source>
        <translation>
            <numerusform>Primera fila: </numerusform>
            <numerusform>Primeras %n filas: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ccedit::MergePlan</name>
    <message>
        <source>It has no account_id column, so no row could be matched with the other file. Give the file an account_id column.</source>
        <translation>No tiene columna account_id, así que ninguna fila se ha podido emparejar con el otro archivo. Añada al archivo una columna account_id.</translation>
    </message>
    <message>
        <source>This row has no account ID, so it matches no customer of the base and is not added. Give it an account ID.</source>
        <translation>Esta fila no tiene ID de cuenta, así que no corresponde a ningún cliente de la lista base y no se añade. Dele un ID de cuenta.</translation>
    </message>
    <message>
        <source>This row has no account ID, so no row of the update can match it; it is left as it is. Give it an account ID.</source>
        <translation>Esta fila no tiene ID de cuenta, así que ninguna fila de la actualización puede corresponderle; se deja tal como está. Dele un ID de cuenta.</translation>
    </message>
    <message>
        <source>Account ID &quot;%1&quot; occurs more than once in the base, so this row is not matched and is left alone. Make the base&apos;s account IDs unique.</source>
        <translation>El ID de cuenta «%1» aparece más de una vez en la lista base, así que esta fila no se empareja y se deja como está. Haga que los ID de cuenta de la lista base sean únicos.</translation>
    </message>
    <message>
        <source>Account ID &quot;%1&quot; occurs more than once in the update, so this row is not matched and is left alone. Make the update&apos;s account IDs unique.</source>
        <translation>El ID de cuenta «%1» aparece más de una vez en la actualización, así que esta fila no se empareja y se deja como está. Haga que los ID de cuenta de la actualización sean únicos.</translation>
    </message>
</context>
<context>
    <name>ccedit::NewRowDefaultsDialog</name>
    <message>
        <source>Default for %1</source>
        <translation>Valor por defecto de %1</translation>
    </message>
    <message>
        <source>Problem with the default for %1</source>
        <translation>Problema con el valor por defecto de %1</translation>
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
        <translation>Se continúa desde el principio.</translation>
    </message>
    <message>
        <source>Continued from the bottom.</source>
        <translation>Se continúa desde el final.</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>No hay problemas.</translation>
    </message>
    <message>
        <source>The row of this problem is hidden by the filter.</source>
        <translation>La fila de este problema está oculta por el filtro.</translation>
    </message>
</context>
<context>
    <name>ccedit::ProblemStyle</name>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Fatal</source>
        <translation>Grave</translation>
    </message>
</context>
<context>
    <name>ccedit::ProblemsModel</name>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>new, after %1</source>
        <comment>line of a row added in the editor, until it is saved</comment>
        <translation>nueva, después de %1</translation>
    </message>
</context>
<context>
    <name>ccedit::Prompter</name>
    <message>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has changes that are not saved.</source>
        <translation>«%1» tiene cambios sin guardar.</translation>
    </message>
    <message>
        <source>Save them before going on, discard them, or cancel to keep editing.</source>
        <translation>Guárdelos antes de continuar, descártelos o cancele para seguir editando.</translation>
    </message>
    <message>
        <source>Save With Errors</source>
        <translation>Guardar con errores</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; still has %n error(s); ccimport would reject those rows.</source>
        <translation>
            <numerusform>«%1» todavía tiene %n error; ccimport rechazaría esa fila.</numerusform>
            <numerusform>«%1» todavía tiene %n errores; ccimport rechazaría esas filas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix them first (F8 goes to the next problem), save anyway, or write only the rows without errors to another file.</source>
        <translation>Corríjalos primero (F8 va al siguiente problema), guarde de todos modos o escriba solo las filas sin errores en otro archivo.</translation>
    </message>
    <message>
        <source>Save &amp;Anyway</source>
        <translation>Guardar de &amp;todos modos</translation>
    </message>
    <message>
        <source>Export &amp;Valid Rows Only…</source>
        <translation>Exportar solo las filas &amp;válidas…</translation>
    </message>
    <message>
        <source>All supported files (*.csv *.txt *.json *.json.gz *.gz *.zip *.tar *.tar.gz *.tgz *.tar.bz2 *.tar.xz)</source>
        <translation>Todos los archivos admitidos (*.csv *.txt *.json *.json.gz *.gz *.zip *.tar *.tar.gz *.tgz *.tar.bz2 *.tar.xz)</translation>
    </message>
    <message>
        <source>ccimport CSV files (*.csv *.txt)</source>
        <translation>Archivos CSV de ccimport (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Customer data exports (*.json *.json.gz)</source>
        <translation>Exportaciones de datos de clientes (*.json *.json.gz)</translation>
    </message>
    <message>
        <source>Archives of exports (*.zip *.tar *.tar.gz *.tgz *.tar.bz2 *.tar.xz)</source>
        <translation>Archivos comprimidos de exportaciones (*.zip *.tar *.tar.gz *.tgz *.tar.bz2 *.tar.xz)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>ccimport CSV files (*.csv)</source>
        <translation>Archivos CSV de ccimport (*.csv)</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>Recuperar cambios sin guardar</translation>
    </message>
    <message>
        <source>ccedit was not closed normally: &quot;%1&quot; has changes from %2 that were not saved.</source>
        <translation>ccedit no se cerró correctamente: «%1» tiene cambios del %2 que no se guardaron.</translation>
    </message>
    <message>
        <source>Restore them (the file itself stays as it is until you save), discard them, or decide when you open it next time.</source>
        <translation>Restáurelos (el propio archivo no cambia hasta que guarde), descártelos o decida la próxima vez que lo abra.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>Decidir &amp;más tarde</translation>
    </message>
    <message>
        <source>File Changed Since</source>
        <translation>El archivo cambió después</translation>
    </message>
    <message>
        <source>&quot;%1&quot; changed after the unsaved changes were made.</source>
        <translation>«%1» cambió después de que se hicieran los cambios sin guardar.</translation>
    </message>
    <message>
        <source>Every change still applies to the file as it is now. Restore them onto it, or keep them for later?</source>
        <translation>Todos los cambios siguen pudiéndose aplicar al archivo tal como está ahora. ¿Restaurarlos sobre él o conservarlos para más tarde?</translation>
    </message>
    <message>
        <source>&amp;Restore onto the Changed File</source>
        <translation>&amp;Restaurar sobre el archivo modificado</translation>
    </message>
    <message>
        <source>Keep for &amp;Later</source>
        <translation>Conservar para &amp;más tarde</translation>
    </message>
    <message>
        <source>ccimport CSV in UTF-8, line ends as read (*.csv)</source>
        <translation>CSV de ccimport en UTF-8, finales de línea como se leyeron (*.csv)</translation>
    </message>
    <message>
        <source>ccimport CSV in UTF-8, LF line ends for Linux and macOS (*.csv)</source>
        <translation>CSV de ccimport en UTF-8, finales de línea LF para Linux y macOS (*.csv)</translation>
    </message>
    <message>
        <source>ccimport CSV in UTF-8, CRLF line ends for Windows (*.csv)</source>
        <translation>CSV de ccimport en UTF-8, finales de línea CRLF para Windows (*.csv)</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>Change Mapping</source>
        <translation>Cambiar la asignación</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has changes. Mapping the export again makes the table anew from the export, without them.</source>
        <translation>«%1» tiene cambios. Volver a asignar la exportación crea de nuevo la tabla a partir de la exportación, sin ellos.</translation>
    </message>
    <message>
        <source>Edit ▸ Undo brings the table with your changes back.</source>
        <translation>Editar ▸ Deshacer recupera la tabla con sus cambios.</translation>
    </message>
    <message>
        <source>&amp;Map Again…</source>
        <translation>&amp;Volver a asignar…</translation>
    </message>
</context>
<context>
    <name>ccedit::QuickFixes</name>
    <message numerus="yes">
        <source>Accept All %n Ragged Rows</source>
        <translation>
            <numerusform>Aceptar la fila irregular</numerusform>
            <numerusform>Aceptar las %n filas irregulares</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept Ragged Row</source>
        <translation>Aceptar fila irregular</translation>
    </message>
    <message numerus="yes">
        <source>Trim Spaces in All %n Cells</source>
        <translation>
            <numerusform>Quitar los espacios de la celda</numerusform>
            <numerusform>Quitar los espacios de las %n celdas</numerusform>
        </translation>
    </message>
    <message>
        <source>Trim Surrounding Spaces</source>
        <translation>Quitar los espacios del principio y del final</translation>
    </message>
    <message numerus="yes">
        <source>Replace Control Characters in All %n Cells</source>
        <translation>
            <numerusform>Reemplazar los caracteres de control de la celda</numerusform>
            <numerusform>Reemplazar los caracteres de control de las %n celdas</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace Control Characters with Spaces</source>
        <translation>Reemplazar los caracteres de control por espacios</translation>
    </message>
    <message numerus="yes">
        <source>Clear All %n Invalid %1 Values</source>
        <translation>
            <numerusform>Vaciar el valor de %1 no válido</numerusform>
            <numerusform>Vaciar los %n valores de %1 no válidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear Invalid Value</source>
        <translation>Vaciar el valor no válido</translation>
    </message>
    <message numerus="yes">
        <source>Reset All %n Invalid %1 Values to %2</source>
        <translation>
            <numerusform>Restablecer a %2 el valor de %1 no válido</numerusform>
            <numerusform>Restablecer a %2 los %n valores de %1 no válidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset to Default (%1)</source>
        <translation>Restablecer el valor por defecto (%1)</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Rename to %1</source>
        <translation>Cambiar el nombre a %1</translation>
    </message>
    <message>
        <source>Add Column %1</source>
        <translation>Añadir la columna %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove Column %1 (%2) with Its %n Value(s)</source>
        <translation>
            <numerusform>Quitar la columna %1 (%2) con su %n valor</numerusform>
            <numerusform>Quitar la columna %1 (%2) con sus %n valores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace All %n &quot;%1&quot; with &quot;%2&quot;</source>
        <translation>
            <numerusform>Reemplazar %n «%1» por «%2»</numerusform>
            <numerusform>Reemplazar los %n «%1» por «%2»</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace with &quot;%1&quot;</source>
        <translation>Reemplazar por «%1»</translation>
    </message>
</context>
<context>
    <name>ccedit::RecentFiles</name>
    <message>
        <source>No Recent Files</source>
        <translation>No hay archivos recientes</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation>&amp;Borrar la lista</translation>
    </message>
</context>
<context>
    <name>ccedit::RecoveryController</name>
    <message>
        <source>Restoring unsaved changes…</source>
        <translation>Restaurando los cambios sin guardar…</translation>
    </message>
    <message>
        <source>Restored the unsaved changes of %1.</source>
        <translation>Se restauraron los cambios sin guardar de %1.</translation>
    </message>
    <message>
        <source>Cannot Restore</source>
        <translation>No se puede restaurar</translation>
    </message>
    <message>
        <source>&quot;%1&quot; changed after the unsaved changes were made, and not every change applies to it as it is now. The changes are kept: ccedit offers them again when it starts on this file.</source>
        <translation>«%1» cambió después de que se hicieran los cambios sin guardar, y no todos los cambios se pueden aplicar al archivo tal como está ahora. Los cambios se conservan: ccedit los vuelve a ofrecer cuando se inicia con este archivo.</translation>
    </message>
    <message>
        <source>The unsaved changes of &quot;%1&quot; cannot be restored: %2 They are kept: ccedit offers them again when it starts on this file.</source>
        <translation>Los cambios sin guardar de «%1» no se pueden restaurar: %2 Se conservan: ccedit los vuelve a ofrecer cuando se inicia con este archivo.</translation>
    </message>
</context>
<context>
    <name>ccedit::RecoveryJournal</name>
    <message>
        <source>%1 is not a recovery journal of ccedit.</source>
        <translation>%1 no es un diario de recuperación de ccedit.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Change %1 of the unsaved changes does not apply to %2 as it is now.</source>
        <translation>El cambio %1 de los cambios sin guardar no se puede aplicar a %2 tal como está ahora.</translation>
    </message>
</context>
<context>
    <name>ccedit::RemoveColumn</name>
    <message>
        <source>Remove Column</source>
        <translation>Quitar columna</translation>
    </message>
</context>
<context>
    <name>ccedit::RemoveRows</name>
    <message>
        <source>Remove Rows</source>
        <translation>Eliminar filas</translation>
    </message>
</context>
<context>
    <name>ccedit::RenameColumn</name>
    <message>
        <source>Rename Column</source>
        <translation>Cambiar el nombre de la columna</translation>
    </message>
</context>
<context>
    <name>ccedit::RenameColumnDialog</name>
    <message>
        <source>Rename Column</source>
        <translation>Cambiar el nombre de la columna</translation>
    </message>
    <message>
        <source>%1 (short: %2)</source>
        <translation>%1 (abreviado: %2)</translation>
    </message>
    <message>
        <source>&amp;New name of &quot;%1&quot;:</source>
        <translation>&amp;Nuevo nombre de «%1»:</translation>
    </message>
    <message>
        <source>Choose a field of ccimport or type any name.</source>
        <translation>Elija un campo de ccimport o escriba cualquier nombre.</translation>
    </message>
</context>
<context>
    <name>ccedit::Schema</name>
    <message>
        <source>Whether the customer is active: true, false, 1 or 0. The default is true.</source>
        <translation>Si el cliente está activo: true, false, 1 o 0. El valor predeterminado es true.</translation>
    </message>
    <message>
        <source>The name of the rate plan to associate with the customer.</source>
        <translation>El nombre del plan de tarifas que se asocia al cliente.</translation>
    </message>
    <message>
        <source>The customer&apos;s account ID. A pipe character (|) separates the levels of the account structure, for example B|Commercial.</source>
        <translation>El ID de cuenta del cliente. Una barra vertical (|) separa los niveles de la estructura de cuentas, por ejemplo B|Commercial.</translation>
    </message>
    <message>
        <source>An alternate account ID for the customer.</source>
        <translation>Un ID de cuenta alternativo para el cliente.</translation>
    </message>
    <message>
        <source>A description or the full name of the customer.</source>
        <translation>Una descripción o el nombre completo del cliente.</translation>
    </message>
    <message>
        <source>Flag 1: a single character for any purpose.</source>
        <translation>Indicador 1: un único carácter para cualquier fin.</translation>
    </message>
    <message>
        <source>Flag 2: a single character for any purpose.</source>
        <translation>Indicador 2: un único carácter para cualquier fin.</translation>
    </message>
    <message>
        <source>Flag 3: a single character for any purpose.</source>
        <translation>Indicador 3: un único carácter para cualquier fin.</translation>
    </message>
    <message>
        <source>Flag 4: a single character for any purpose.</source>
        <translation>Indicador 4: un único carácter para cualquier fin.</translation>
    </message>
    <message>
        <source>Flag 5: a single character for any purpose.</source>
        <translation>Indicador 5: un único carácter para cualquier fin.</translation>
    </message>
    <message>
        <source>The customer&apos;s accounting day, a whole number from 1 to 30. The default is 1.</source>
        <translation>El día contable del cliente, un número entero del 1 al 30. El valor predeterminado es 1.</translation>
    </message>
    <message>
        <source>The month in which the customer&apos;s fiscal year starts, a whole number from 1 to 12. The default is 1.</source>
        <translation>El mes en que empieza el año fiscal del cliente, un número entero del 1 al 12. El valor predeterminado es 1.</translation>
    </message>
    <message>
        <source>The name of a contact person for the customer.</source>
        <translation>El nombre de una persona de contacto del cliente.</translation>
    </message>
    <message>
        <source>A contact e-mail address for the customer.</source>
        <translation>Una dirección de correo electrónico de contacto del cliente.</translation>
    </message>
    <message>
        <source>The customer&apos;s postal address, line 1.</source>
        <translation>La dirección postal del cliente, línea 1.</translation>
    </message>
    <message>
        <source>The customer&apos;s postal address, line 2.</source>
        <translation>La dirección postal del cliente, línea 2.</translation>
    </message>
    <message>
        <source>The customer&apos;s postal address, line 3.</source>
        <translation>La dirección postal del cliente, línea 3.</translation>
    </message>
    <message>
        <source>The customer&apos;s postal address, line 4.</source>
        <translation>La dirección postal del cliente, línea 4.</translation>
    </message>
    <message>
        <source>The customer&apos;s postal address, line 5.</source>
        <translation>La dirección postal del cliente, línea 5.</translation>
    </message>
</context>
<context>
    <name>ccedit::SetCellValues</name>
    <message>
        <source>Edit Cells</source>
        <translation>Editar celdas</translation>
    </message>
    <message>
        <source>Edit Cell</source>
        <translation>Editar celda</translation>
    </message>
</context>
<context>
    <name>ccedit::SiteProfile</name>
    <message>
        <source>a site profile object ({ &quot;ratePlans&quot;: [...], &quot;accountStructure&quot;: [...] })</source>
        <translation>un objeto de perfil del sitio ({ &quot;ratePlans&quot;: [...], &quot;accountStructure&quot;: [...] })</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;}&apos; after a member of the profile</source>
        <translation>«,» o «}» después de un miembro del perfil</translation>
    </message>
    <message>
        <source>the end of the file after the profile object</source>
        <translation>el final del archivo después del objeto del perfil</translation>
    </message>
    <message>
        <source>a member name in double quotes</source>
        <translation>un nombre de miembro entre comillas dobles</translation>
    </message>
    <message>
        <source>unknown member &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>miembro desconocido «%1»; ¿quería decir «%2»?</translation>
    </message>
    <message>
        <source>unknown member &quot;%1&quot;; a profile has only &quot;%2&quot; and &quot;%3&quot;</source>
        <translation>miembro desconocido «%1»; un perfil solo tiene «%2» y «%3»</translation>
    </message>
    <message>
        <source>member &quot;%1&quot; is given twice; give it once</source>
        <translation>el miembro «%1» aparece dos veces; indíquelo solo una vez</translation>
    </message>
    <message>
        <source>&apos;:&apos; after member &quot;%1&quot;</source>
        <translation>«:» después del miembro «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; lists no level; list the levels of the account structure, or leave the member out</source>
        <translation>«%1» no enumera ningún nivel; enumere los niveles de la estructura de cuentas u omita el miembro</translation>
    </message>
    <message>
        <source>an array of names in double quotes as the value of &quot;%1&quot;</source>
        <translation>un array de nombres entre comillas dobles como valor de «%1»</translation>
    </message>
    <message>
        <source>a name in double quotes in &quot;%1&quot;</source>
        <translation>un nombre entre comillas dobles en «%1»</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos; after a name in &quot;%1&quot;</source>
        <translation>«,» o «]» después de un nombre en «%1»</translation>
    </message>
    <message>
        <source>This is not a site profile (%1).</source>
        <translation>No es un perfil del sitio (%1).</translation>
    </message>
    <message numerus="yes">
        <source>The file is larger than %n MiB, too large for a site profile.</source>
        <translation>
            <numerusform>El archivo ocupa más de %n MiB, demasiado para un perfil del sitio.</numerusform>
            <numerusform>El archivo ocupa más de %n MiB, demasiado para un perfil del sitio.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file cannot be read (%1).</source>
        <translation>No se puede leer el archivo (%1).</translation>
    </message>
    <message>
        <source>the system gave no reason</source>
        <translation>el sistema no dio ningún motivo</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 here; save it as UTF-8</source>
        <translation>el archivo no es UTF-8 válido aquí; guárdelo como UTF-8</translation>
    </message>
</context>
<context>
    <name>ccedit::SiteProfileController</name>
    <message>
        <source>The site profile cannot be read, so rate plans and account IDs are not checked against the site: %1</source>
        <translation>No se puede leer el perfil del sitio, así que los planes de tarifas y los ID de cuenta no se comprueban con el sitio: %1</translation>
    </message>
    <message>
        <source>No site profile</source>
        <translation>Sin perfil del sitio</translation>
    </message>
    <message>
        <source>Rate plans and account IDs are not checked against a site. Choose a profile in Settings &gt; Site Profile, or keep a ccedit-profile.json beside the file.</source>
        <translation>Los planes de tarifas y los ID de cuenta no se comprueban con ningún sitio. Elija un perfil en Configuración &gt; Perfil del sitio, o guarde un ccedit-profile.json junto al archivo.</translation>
    </message>
    <message>
        <source>beside the file</source>
        <translation>junto al archivo</translation>
    </message>
    <message>
        <source>from the settings</source>
        <translation>de la configuración</translation>
    </message>
    <message>
        <source>Site profile %1 (%2) cannot be read</source>
        <translation>No se puede leer el perfil del sitio %1 (%2)</translation>
    </message>
    <message>
        <source>Site profile: %1 (%2)</source>
        <translation>Perfil del sitio: %1 (%2)</translation>
    </message>
    <message>
        <source>Rate plans: %1</source>
        <translation>Planes de tarifas: %1</translation>
    </message>
    <message>
        <source>Rate plans are not checked.</source>
        <translation>Los planes de tarifas no se comprueban.</translation>
    </message>
    <message>
        <source>Account structure: %1</source>
        <translation>Estructura de cuentas: %1</translation>
    </message>
    <message>
        <source>Account ID levels are not checked.</source>
        <translation>Los niveles de los ID de cuenta no se comprueban.</translation>
    </message>
</context>
<context>
    <name>ccedit::SiteProfileDialog</name>
    <message>
        <source>Choose Site Profile</source>
        <translation>Elegir perfil del sitio</translation>
    </message>
    <message>
        <source>Site profiles (*.json);;All files (*)</source>
        <translation>Perfiles del sitio (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save Site Profile</source>
        <translation>Guardar perfil del sitio</translation>
    </message>
    <message>
        <source>No profile is chosen here.</source>
        <translation>No se ha elegido ningún perfil aquí.</translation>
    </message>
    <message>
        <source>This file cannot be used: %1</source>
        <translation>Este archivo no se puede usar: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n rate plan(s)</source>
        <translation>
            <numerusform>%n plan de tarifas</numerusform>
            <numerusform>%n planes de tarifas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account structure level(s)</source>
        <translation>
            <numerusform>%n nivel de estructura de cuentas</numerusform>
            <numerusform>%n niveles de estructura de cuentas</numerusform>
        </translation>
    </message>
    <message>
        <source>The profile cannot be saved as %1: %2</source>
        <translation>El perfil no se puede guardar como %1: %2</translation>
    </message>
</context>
<context>
    <name>ccedit::SortController</name>
    <message>
        <source>Sorting stopped: the table changed while it was being sorted. Sort again to sort the rows as they are now.</source>
        <translation>Ordenación detenida: la tabla cambió mientras se ordenaba. Vuelva a ordenar para ordenar las filas tal como están ahora.</translation>
    </message>
    <message numerus="yes">
        <source>Sorting %Ln rows by “%1”…</source>
        <translation>
            <numerusform>Ordenando %Ln fila por «%1»…</numerusform>
            <numerusform>Ordenando %Ln filas por «%1»…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ccedit::SortRows</name>
    <message>
        <source>Sort Rows</source>
        <translation>Ordenar filas</translation>
    </message>
</context>
<context>
    <name>ccedit::TableModel</name>
    <message>
        <source>new</source>
        <comment>row header of a row added in the editor</comment>
        <translation>nueva</translation>
    </message>
    <message>
        <source>was: %1</source>
        <translation>antes: %1</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>new from the update</source>
        <translation>nueva, de la actualización</translation>
    </message>
</context>
<context>
    <name>ccedit::UpdateController</name>
    <message>
        <source>Cannot Update from Export</source>
        <translation>No se puede actualizar desde la exportación</translation>
    </message>
    <message>
        <source>No change was ticked; the table is as it was.</source>
        <translation>No se marcó ningún cambio; la tabla sigue como estaba.</translation>
    </message>
    <message>
        <source>Update from %1</source>
        <translation>Actualizar desde %1</translation>
    </message>
    <message numerus="yes">
        <source>Updated from %1: %n cell(s) changed, %2 new row(s). Go &gt; Next Change (F9) finds them.</source>
        <translation>
            <numerusform>Actualizado desde %1: %n celda modificada, filas nuevas: %2. Ir &gt; Cambio siguiente (F9) lleva a los cambios.</numerusform>
            <numerusform>Actualizado desde %1: %n celdas modificadas, filas nuevas: %2. Ir &gt; Cambio siguiente (F9) lleva a los cambios.</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes from an update to go to.</source>
        <translation>No hay cambios de una actualización a los que ir.</translation>
    </message>
    <message>
        <source>That change is in a row hidden by the filter.</source>
        <translation>Ese cambio está en una fila oculta por el filtro.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>Comparing with %1…</source>
        <translation>Comparando con %1…</translation>
    </message>
</context>
<context>
    <name>ccedit::UpdateReviewDialog</name>
    <message>
        <source>Update from %1</source>
        <translation>Actualizar desde %1</translation>
    </message>
    <message>
        <source>Keep them as they are</source>
        <translation>Conservarlos tal como están</translation>
    </message>
    <message>
        <source>Deactivate them (active = false)</source>
        <translation>Desactivarlos (active = false)</translation>
    </message>
    <message>
        <source>Remove them</source>
        <translation>Eliminarlos</translation>
    </message>
    <message>
        <source>Filter by account ID, kind or value</source>
        <translation>Filtrar por ID de cuenta, tipo o valor</translation>
    </message>
    <message>
        <source>Customers the update no longer has:</source>
        <translation>Clientes que ya no están en la actualización:</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtrar:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message numerus="yes">
        <source>%1 new, %2 changed, %3 gone, %4 reactivated, %5 unchanged, %6 unmatched. %n change(s) ticked to apply.</source>
        <translation>
            <numerusform>%1 nuevas, %2 modificadas, %3 desaparecidas, %4 reactivadas, %5 sin cambios, %6 sin correspondencia. %n cambio marcado para aplicar.</numerusform>
            <numerusform>%1 nuevas, %2 modificadas, %3 desaparecidas, %4 reactivadas, %5 sin cambios, %6 sin correspondencia. %n cambios marcados para aplicar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ccedit::Validator</name>
    <message>
        <source>the file is not valid UTF-8 (the first invalid byte is on this line) and was read as Windows-1252; check its accented characters, then save it as UTF-8</source>
        <translation>el archivo no es UTF-8 válido (el primer byte no válido está en esta línea) y se leyó como Windows-1252; revise sus caracteres acentuados y guárdelo como UTF-8</translation>
    </message>
    <message>
        <source>the file separates values with %1 instead of commas; ccimport needs commas, and the output will use them</source>
        <translation>el archivo separa los valores con %1 en lugar de comas; ccimport necesita comas, y la salida las usará</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>campo desconocido «%1»; ¿quería decir «%2»?</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;; ccimport accepts only these fields: %2</source>
        <translation>campo desconocido «%1»; ccimport solo acepta estos campos: %2</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is the same field as &quot;%2&quot; in column %3; remove one of the two columns</source>
        <translation>el campo «%1» es el mismo campo que «%2» de la columna %3; quite una de las dos columnas</translation>
    </message>
    <message>
        <source>the header has no &quot;%1&quot; column, which ccimport requires; add a column named %1</source>
        <translation>el encabezado no tiene la columna «%1», que ccimport exige; añada una columna llamada %1</translation>
    </message>
    <message>
        <source>%1 is required but the value &quot;%2&quot; is blank; enter a value</source>
        <translation>%1 es obligatorio pero el valor «%2» está vacío; introduzca un valor</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2 value; use true, false, 1 or 0, or leave it blank for %3</source>
        <translation>«%1» no es un valor válido para %2; use true, false, 1 o 0, o déjelo vacío para %3</translation>
    </message>
    <message>
        <source>account ID &quot;%1&quot; has an empty level; &quot;|&quot; separates levels and each level needs a name, as in B|Commercial</source>
        <translation>el ID de cuenta «%1» tiene un nivel vacío; «|» separa los niveles y cada nivel necesita un nombre, como en B|Commercial</translation>
    </message>
    <message numerus="yes">
        <source>flag &quot;%1&quot; has %n character(s); a flag is a single character, or blank</source>
        <translation>
            <numerusform>el indicador «%1» tiene %n carácter; un indicador es un único carácter, o vacío</numerusform>
            <numerusform>el indicador «%1» tiene %n caracteres; un indicador es un único carácter, o vacío</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number from %2 to %3; %4 must be a whole number from %2 to %3, or blank for %5</source>
        <translation>«%1» no es un número entero del %2 al %3; %4 debe ser un número entero del %2 al %3, o estar vacío para %5</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not look like an e-mail address; use the form name@example.com</source>
        <translation>«%1» no parece una dirección de correo electrónico; use la forma nombre@example.com</translation>
    </message>
    <message>
        <source>&quot;%1&quot; starts or ends with a space, which ccimport keeps as part of the value; remove the space</source>
        <translation>«%1» empieza o termina con un espacio, que ccimport conserva como parte del valor; quite el espacio</translation>
    </message>
    <message>
        <source>&quot;%1&quot; starts with &quot;%2&quot;, so a spreadsheet may run it as a formula; start the value with another character</source>
        <translation>«%1» empieza por «%2», así que una hoja de cálculo puede ejecutarlo como fórmula; empiece el valor con otro carácter</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a line break; keep the value on one line, for example with a space instead</source>
        <translation>«%1» contiene un salto de línea; mantenga el valor en una sola línea, por ejemplo con un espacio en su lugar</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds the control character U+%2; remove it</source>
        <translation>«%1» contiene el carácter de control U+%2; quítelo</translation>
    </message>
    <message numerus="yes">
        <source>the row has %n cell(s) but the header has %1; the missing cells were added as blanks: fill them in, or accept the row as it is</source>
        <translation>
            <numerusform>la fila tiene %n celda pero el encabezado tiene %1; las celdas que faltan se añadieron vacías: rellénelas, o acepte la fila tal como está</numerusform>
            <numerusform>la fila tiene %n celdas pero el encabezado tiene %1; las celdas que faltan se añadieron vacías: rellénelas, o acepte la fila tal como está</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the row has %n cell(s) but the header has %1; the surplus cells are not in the table and will not be saved: move their values into the right columns, or accept the row without them</source>
        <translation>
            <numerusform>la fila tiene %n celda pero el encabezado tiene %1; las celdas sobrantes no están en la tabla y no se guardarán: mueva sus valores a las columnas correctas, o acepte la fila sin ellas</numerusform>
            <numerusform>la fila tiene %n celdas pero el encabezado tiene %1; las celdas sobrantes no están en la tabla y no se guardarán: mueva sus valores a las columnas correctas, o acepte la fila sin ellas</numerusform>
        </translation>
    </message>
    <message>
        <source>a quoted value in this row has no closing quote, so it runs to the end of the file; add the closing &quot; where the value ends</source>
        <translation>un valor entre comillas de esta fila no tiene comilla de cierre, así que llega hasta el final del archivo; añada el &quot; de cierre donde termina el valor</translation>
    </message>
    <message>
        <source>account ID &quot;%1&quot; is already used on line %2; account IDs should be unique</source>
        <translation>el ID de cuenta «%1» ya se usa en la línea %2; los ID de cuenta deberían ser únicos</translation>
    </message>
    <message>
        <source>semicolons (;)</source>
        <translation>puntos y coma (;)</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabulaciones</translation>
    </message>
    <message>
        <source>&quot;%1&quot; characters</source>
        <translation>caracteres «%1»</translation>
    </message>
    <message numerus="yes">
        <source>rate plan &quot;%1&quot; does not exist on the site; use one of the site profile&apos;s %n rate plan(s), or leave it blank for %2</source>
        <translation>
            <numerusform>el plan de tarifas «%1» no existe en el sitio; el perfil del sitio tiene %n plan de tarifas: use ese, o deje el valor vacío para %2</numerusform>
            <numerusform>el plan de tarifas «%1» no existe en el sitio; use uno de los %n planes de tarifas del perfil del sitio, o déjelo vacío para %2</numerusform>
        </translation>
    </message>
    <message>
        <source>rate plan &quot;%1&quot; does not exist on the site; did you mean &quot;%2&quot;?</source>
        <translation>el plan de tarifas «%1» no existe en el sitio; ¿quería decir «%2»?</translation>
    </message>
    <message numerus="yes">
        <source>account ID &quot;%1&quot; has %2 levels but the site&apos;s account structure has %n: %3; remove the levels after the last</source>
        <translation>
            <numerusform>el ID de cuenta «%1» tiene %2 niveles, pero la estructura de cuentas del sitio tiene %n nivel: %3; quite los niveles que siguen a ese</numerusform>
            <numerusform>el ID de cuenta «%1» tiene %2 niveles, pero la estructura de cuentas del sitio tiene %n: %3; quite los niveles que siguen al último</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ccedit::ValueFilterActions</name>
    <message>
        <source>Filter by &amp;Value…</source>
        <translation>Filtrar por &amp;valor…</translation>
    </message>
    <message>
        <source>Show &amp;All Values</source>
        <translation>Mostrar &amp;todos los valores</translation>
    </message>
    <message>
        <source>Show only the rows with some of the values of the current column</source>
        <translation>Mostrar solo las filas con algunos de los valores de la columna actual</translation>
    </message>
    <message>
        <source>Show the rows of every value again</source>
        <translation>Volver a mostrar las filas de todos los valores</translation>
    </message>
    <message>
        <source>Counting the values of “%1”…</source>
        <translation>Contando los valores de «%1»…</translation>
    </message>
</context>
<context>
    <name>ccedit::ValueFilterDialog</name>
    <message>
        <source>Filter by Value</source>
        <translation>Filtrar por valor</translation>
    </message>
    <message>
        <source>Show only the rows whose “%1” is one of the checked &amp;values:</source>
        <translation>Mostrar solo las filas cuyo «%1» sea uno de los &amp;valores marcados:</translation>
    </message>
    <message>
        <source>Search the values</source>
        <translation>Buscar en los valores</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(vacío)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln row(s)</source>
        <translation>
            <numerusform>%1 — %Ln fila</numerusform>
            <numerusform>%1 — %Ln filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The column holds %Ln different values; the %1 most common are listed.</source>
        <translation>
            <numerusform>La columna contiene %Ln valor distinto; se muestran los %1 más frecuentes.</numerusform>
            <numerusform>La columna contiene %Ln valores distintos; se muestran los %1 más frecuentes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check &amp;All</source>
        <translation>&amp;Marcar todos</translation>
    </message>
    <message>
        <source>U&amp;ncheck All</source>
        <translation>&amp;Desmarcar todos</translation>
    </message>
</context>
</TS>
