<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ccedit::Test</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>eine Zeile</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
