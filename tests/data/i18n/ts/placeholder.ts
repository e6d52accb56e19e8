<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ccedit::Test</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von</translation>
    </message>
    <message>
        <source>%2 before %1</source>
        <translation>%1 nach %2</translation>
    </message>
</context>
</TS>
