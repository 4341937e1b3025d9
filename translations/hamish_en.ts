<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Hamish::AnnotationPanels</name>
        <message numerus="yes">
            <source>%n mention(s) labelled</source>
            <translation>
                <numerusform>%n mention labelled</numerusform>
                <numerusform>%n mentions labelled</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Hamish::ArticleImporter</name>
        <message numerus="yes">
            <source>%1: %n byte sequence(s) could not be decoded as %2 and were replaced with “�”. If the text looks wrong, use File › Reopen with Encoding.</source>
            <translation>
                <numerusform>%1: %n byte sequence could not be decoded as %2 and was replaced with “�”. If the text looks wrong, use File › Reopen with Encoding.</numerusform>
                <numerusform>%1: %n byte sequences could not be decoded as %2 and were replaced with “�”. If the text looks wrong, use File › Reopen with Encoding.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Hamish::EntityModel</name>
        <message numerus="yes">
            <source>%n mention(s) labelled %1</source>
            <translation>
                <numerusform>%n mention labelled %1</numerusform>
                <numerusform>%n mentions labelled %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Hamish::LabelsDialog</name>
        <message numerus="yes">
            <source>“%1” is used by %n annotation(s). Delete the label and its annotations? (Undo brings them back.)</source>
            <translation>
                <numerusform>“%1” is used by %n annotation. Delete the label and its annotation? (Undo brings them back.)</numerusform>
                <numerusform>“%1” is used by %n annotations. Delete the label and its annotations? (Undo brings them back.)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Hamish::LegendWidget</name>
        <message numerus="yes">
            <source>%n annotation(s) labelled %1</source>
            <translation>
                <numerusform>%n annotation labelled %1</numerusform>
                <numerusform>%n annotations labelled %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Hamish::MainWindow</name>
        <message numerus="yes">
            <source>%n suggestion(s) found</source>
            <translation>
                <numerusform>%n suggestion found</numerusform>
                <numerusform>%n suggestions found</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Hamish::StatusBarInfo</name>
        <message numerus="yes">
            <source>%n word(s)</source>
            <translation>
                <numerusform>%n word</numerusform>
                <numerusform>%n words</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>about %n minute(s) of reading</source>
            <translation>
                <numerusform>about %n minute of reading</numerusform>
                <numerusform>about %n minutes of reading</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n accepted</source>
            <translation>
                <numerusform>%n accepted</numerusform>
                <numerusform>%n accepted</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n suggested</source>
            <translation>
                <numerusform>%n suggested</numerusform>
                <numerusform>%n suggested</numerusform>
            </translation>
        </message>
    </context>
</TS>
