<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Hamish::AboutDialog</name>
    <message>
        <source>About Hamish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hamish %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reader and annotator for Arabic news articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence: GPL-3.0-or-later (the GNU General Public License, version 3 or any later version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running on Qt %1 and ICU %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hamish::Agreement</name>
    <message>
        <source>No two annotators annotated the same article: nothing to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2: %3 articles, %4 and %5 annotations, %6 the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kappa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleiss&apos; kappa (%1 annotators, %2 articles all annotated): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hamish::AgreementDialog</name>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement of each pair of annotators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotators / label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kappa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles of the chosen pair, least agreement first (double-click to open):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement per article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No two annotators annotated the same article: nothing to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n annotator(s): %1.</source>
        <translation>
            <numerusform>%n annotator: %1.</numerusform>
            <numerusform>%n annotators: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fleiss&apos; kappa over the %n article(s) all of them annotated: %1.</source>
        <translation>
            <numerusform>Fleiss&apos; kappa over the %n article all of them annotated: %1.</numerusform>
            <numerusform>Fleiss&apos; kappa over the %n articles all of them annotated: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first of a pair is the reference for precision and recall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hamish::Annotating</name>
    <message>
        <source>me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select some text to label first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label All Mentions of “%1” as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept All %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject All %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject All Mentions of “%1” as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject Entity “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept Entity “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label Entity “%1” as %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hamish::AnnotationActions</name>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;vious Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Start Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Start Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move End Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move End Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept All &amp;Suggestions of Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject All Suggestions of Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label the selection as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply &amp;Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject All &amp;Mentions of This Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review &amp;Least Certain First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next and Previous Annotation (J, K) visit the suggestions the engine is least sure of first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hamish::AnnotationPanels</name>
    <message numerus="yes">
        <source>%n mention(s) labelled</source>
        <translation>
            <numerusform>%n mention labelled</numerusform>
            <numerusform>%n mentions labelled</numerusform>
        </translation>
    </message>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label All &amp;Mentions in This Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label All Mentions in All Open &amp;Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Change Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels changed in every article of the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more mention(s) rejected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n More Mention(s) of “%1”</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The other suggestions of “%1” as %2 in this article are still undecided</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>The input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist. It may have been moved, renamed or deleted; open it again from its new place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a file. Choose an article file (.txt or .html) inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, over the %3 limit for one article. Split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. Check that you have permission to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read completely: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is over the %2 limit for one article. Split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: there is no text to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a binary file, not text. Hamish opens plain-text articles (.txt) and web pages (.html).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read as “%2”: that encoding is not known. Choose one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains no readable text%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> outside scripts, menus and footers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the encoding could not be identified with confidence; it was read as %2. If the text looks wrong, use File › Reopen with Encoding.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hamish::ArticleListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Encoding: %2
Annotations: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hamish::ChangeAnnotations</name>
    <message>
        <source>Change Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust Boundaries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hamish::ClipboardImporter</name>
    <message>
        <source>The clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds more than one article can (over %2). Copy a smaller part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no text to read. Select part of an article in a browser or a document, copy it, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a link, not text: Hamish never fetches pages from the network. Open the page in a browser, select the article, and copy or drop that.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hamish::Curation</name>
    <message>
        <source>Take %1&apos;s Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Agreed Spans</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hamish::CurationPanel</name>
    <message>
        <source>Merge All Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds every span all annotators marked alike to the curated layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All annotators agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotators differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an article of a team project to curate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer than two annotators annotated this article: there is nothing to compare. You can still edit the curated layer in the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows: %2 agreed, %3 still differ, %4 curated. = agreed, ≠ differs, ✓ settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take %1&apos;s side on the current row (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take %1&apos;s side on the current row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotators differ; the curated layer settles it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the side of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hamish::DataCredits</name>
    <message>
        <source>The entity model is trained on ANERcorp (Y. Benajiba, P. Rosso, J. M. Benedí Ruiz, CICLing 2007), distributed by CAMeL Lab under CC BY-SA 4.0; the model and the embedded training file are under the same licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name lists read by the model: people&apos;s names from Wikidata (CC0), via Y. Merhav and S. Ash (COLING 2018); places, clubs, people and competitions from ArWikiCats by Ibrahim Qasim (MIT); names annotated in WikiFANE Gold by F. Alotaibi and M. Lee (COLING 2014, text from Arabic Wikipedia, CC BY-SA 3.0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic names of countries, cities and currencies come from ICU and Unicode CLDR (Unicode licence).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word classes read by the model, and the words OCR prefers, come from the news text of the ANT Corpus by A. Chouigui, O. Ben Khiroun and B. Elayeb (AICCSA 2017; Arabian Journal for Science and Engineering 2021; antcorpus.github.io), Apache License 2.0.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hamish::Dialogs</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hamish::DocxImporter</name>
    <message>
        <source>Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a damaged Word document: its text cannot be read (%2, line %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hamish::EditLabels</name>
    <message>
        <source>Edit Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Label</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hamish::EntityPanel</name>
    <message>
        <source>Filter entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous mention of the selected entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next mention of the selected entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label Entity As</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hamish::EpubImporter</name>
    <message>
        <source>EPUB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the chapter “%2” listed in the book is missing; the others were read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hamish::ExportDialog</name>
    <message>
        <source>Export Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hamish JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doccano JSON Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CoNLL BIO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brat standoff folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W3C Web Annotation JSON-LD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accepted only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted and &amp;suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All, &amp;rejected included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current article: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All articles in the &amp;project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to a Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder to write the files into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export into a Folder with Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds files. Export into it, replacing the files of the same names (annotation.conf, article-N.txt, article-N.ann) and keeping the others?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hamish::Exporter</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This format writes a folder: give an output folder with -o.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This format writes a single file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk may be full, or the file too large for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was replaced: free some space or choose another place, then export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export to %1: it is the open project itself, or one of the files it keeps beside it. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file: this format writes a folder. Choose a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds files: choose a new or empty folder, or let the export replace the files of the same names (hamish export --force).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a folder in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move %1 into %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the export: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hamish::FindBar</name>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find (ignores diacritics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hamish::FormatImporter</name>
    <message>
        <source>Opening %1 was cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains no readable text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hamish::HijriDate</name>
    <message>
        <source>≈ %1 AH</source>
        <extracomment>%1 is a Hijri date such as &quot;5 Ramadan 1445&quot;; AH marks the Hijri era, ≈ that it is computed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 AH · ≈ %2</source>
        <extracomment>%1 is a Hijri date as written in the article, %2 its approximate Gregorian equivalent.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 AH, year not given</source>
        <extracomment>%1 is a Hijri month, or a day and month, named in the article without a year, such as &quot;Ramadan&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hamish::ImageImporter</name>
    <message>
        <source>Scanned pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an image: reading its text needs Tesseract&apos;s Arabic language data, which is not installed (Debian package tesseract-ocr-ara).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable image: it is damaged or incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No text could be recognised in %1. If it is a photograph of a page, a straight, sharp scan at 300 dpi reads best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 was read by OCR: %n word(s) it was unsure of are marked; check them against the image.</source>
        <translation>
            <numerusform>%1 was read by OCR: %n word it was unsure of is marked; check it against the image.</numerusform>
            <numerusform>%1 was read by OCR: %n words it was unsure of are marked; check them against the image.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hamish::ImportReport</name>
    <message>
        <source>Would import %1 annotations: %2 new documents, %3 already in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 annotations: %2 new documents, %3 already in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 suggestions accepted or rejected as the file says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 duplicate annotations left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped %1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hamish::Importer</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: import reads .json (a Hamish export) and .jsonl (doccano) files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n unpaired UTF-16 surrogate(s) (a broken \u escape) replaced with “�”.</source>
        <translation>
            <numerusform>%1: %n unpaired UTF-16 surrogate (a broken \u escape) replaced with “�”.</numerusform>
            <numerusform>%1: %n unpaired UTF-16 surrogates (a broken \u escape) replaced with “�”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hamish::Label</name>
    <message>
        <source>PERSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ORGANIZATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MISC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ORDINAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PERCENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MONEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUANTITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the selected label (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shortcut key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut key of the selected label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a label called “%1”. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEW%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut in Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already the shortcut of “%2”. Give it to “%3” instead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” is used by %n annotation(s) in the project. Delete the label and its annotations in every article? This cannot be undone.</source>
        <translation>
            <numerusform>“%1” is used by %n annotation in the project. Delete the label and its annotation in every article? This cannot be undone.</numerusform>
            <numerusform>“%1” is used by %n annotations in the project. Delete the label and its annotations in every article? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>These labels belong to the project: changes reach every article in it and cannot be undone.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Label legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a label to show its highlights, uncheck it to hide them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels: uncheck one to hide its highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide suggestions below confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions the engine is less sure of than this are hidden; accepted annotations always show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide suggestions below:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Hamish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) from your own labels</source>
        <translation>
            <numerusform>%n suggestion from your own labels</numerusform>
            <numerusform>%n suggestions from your own labels</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Sample Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Cop&amp;y of the Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Projec&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move Article from Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Hamish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen with &amp;Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Recent Pro&amp;ject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Hamish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hamish projects (*.hamish)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy of the Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n article(s) to %1</source>
        <translation>
            <numerusform>Exported %n article to %1</numerusform>
            <numerusform>Exported %n articles to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project Opened Read-Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Create Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Add Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1: every change is saved as you make it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Save Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1” and its %2 annotations from the project? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Remove Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading %1 as %2 changes its text, so its %n accepted or rejected annotation(s) will be discarded. Reopen it?</source>
        <translation>
            <numerusform>Reading %1 as %2 changes its text, so its %n accepted or rejected annotation will be discarded. Reopen it?</numerusform>
            <numerusform>Reading %1 as %2 changes its text, so its %n accepted or rejected annotations will be discarded. Reopen it?</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopen with Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop opening the files still being read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1 was stopped; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scratch (kept for you; Save Project As names it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists: choose another name, or open it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your annotations are not kept automatically: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” stays in the scratch project with your annotations; Save Project As names it, Remove Article from Project deletes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Article from C&amp;lipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Team Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone added “%1” to the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in “%2”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;greement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Compute Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Source &amp;Page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hamish::NoteDialog</name>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hamish::OdtImporter</name>
    <message>
        <source>OpenDocument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a damaged OpenDocument file: its text cannot be read (%2, line %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hamish::PdfImporter</name>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable PDF: it is damaged or incomplete. If it came from a download, fetch it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is protected by a password. Open it in a PDF reader with the password and save or print an unprotected copy, then open that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no pages: it is damaged or incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no text layer: its pages are images (a scan). Reading them needs Tesseract&apos;s Arabic language data, which is not installed (Debian package tesseract-ocr-ara).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains no readable text, not even by OCR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: page furniture left out: %2 running header and footer line(s), %3 page number(s), %4 footnote marker(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n word(s) stored backwards in the PDF were put back in order.</source>
        <translation>
            <numerusform>%1: %n word stored backwards in the PDF was put back in order.</numerusform>
            <numerusform>%1: %n words stored backwards in the PDF were put back in order.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s) without a text layer were read by OCR; check the words marked as uncertain.</source>
        <translation>
            <numerusform>%1: %n page without a text layer was read by OCR; check the words marked as uncertain.</numerusform>
            <numerusform>%1: %n pages without a text layer were read by OCR; check the words marked as uncertain.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: page(s) %2 have no text layer and no text could be recognised on them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: page(s) %2 have no text layer and were left out: reading them needs Tesseract&apos;s Arabic language data (Debian package tesseract-ocr-ara).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s) whose text layer lacks most of the letters drawn (the program that wrote the PDF left its glyphs without their characters) were read by OCR; check the words marked as uncertain.</source>
        <translation>
            <numerusform>%1: %n page whose text layer lacks most of the letters drawn (the program that wrote the PDF left its glyphs without their characters) was read by OCR; check the words marked as uncertain.</numerusform>
            <numerusform>%1: %n pages whose text layer lacks most of the letters drawn (the program that wrote the PDF left its glyphs without their characters) were read by OCR; check the words marked as uncertain.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the text layer of %n page(s) lacks most of the letters drawn (the program that wrote the PDF left its glyphs without their characters), so words are missing. Reading the pages instead needs Tesseract&apos;s Arabic language data (Debian package tesseract-ocr-ara).</source>
        <translation>
            <numerusform>%1: the text layer of %n page lacks most of the letters drawn (the program that wrote the PDF left its glyphs without their characters), so words are missing. Reading the page instead needs Tesseract&apos;s Arabic language data (Debian package tesseract-ocr-ara).</numerusform>
            <numerusform>%1: the text layer of %n pages lacks most of the letters drawn (the program that wrote the PDF left its glyphs without their characters), so words are missing. Reading the pages instead needs Tesseract&apos;s Arabic language data (Debian package tesseract-ocr-ara).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n lam-alef ligature(s) drawn without their letters in the PDF were put back, with or without a hamza or madda, whichever makes a word of news.</source>
        <translation>
            <numerusform>%1: %n lam-alef ligature drawn without its letters in the PDF was put back, with or without a hamza or madda, whichever makes a word of news.</numerusform>
            <numerusform>%1: %n lam-alef ligatures drawn without their letters in the PDF were put back, with or without a hamza or madda, whichever makes a word of news.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hamish::PostgresListener</name>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hamish::PostgresProjectStore</name>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the schema %1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a project in %1: the database has no schema to put it in (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a project in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a Hamish project: open it instead, or give another database or ?schema=NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not empty (%2 tables in schema %3): a project needs an empty database, or a schema of its own (add ?schema=NAME to the URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Hamish project in %1: create one with “hamish new %2”, or check the database and schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Hamish project (its version is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Hamish project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Hamish (project format %2, this Hamish reads up to %3). Update Hamish to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by an older Hamish and must be upgraded, which needs write access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upgrade %1 from project format %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot follow the changes others make to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server of %1 was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reconnect in the middle of an edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy is saved to a file: to copy a project to a server, use “hamish copy”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save a copy in the middle of an edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the folder may not be writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2 annotations and %3 blocks lie outside their article&apos;s text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hamish::ProjectCopy</name>
    <message>
        <source>%1 already has articles: copy into a new, empty project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article %1 could not keep its id in the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotation %1 could not keep its id in the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hamish::ProjectDocumentSource</name>
    <message>
        <source>There is no article %1 in the project (`hamish info PROJECT` lists the ids).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hamish::ProjectImporter</name>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the text is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: offsets %2-%3 are not a span inside the text (%4 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the text at %2-%3 is &quot;%4&quot;, not &quot;%5&quot; as the file says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the project has no label &quot;%2&quot; (add it, or import with --create-labels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed and was rolled back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the label is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dry run failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hamish::ProjectMerge</name>
    <message>
        <source>Name the project files to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was merged: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hamish::ProjectRetraining</name>
    <message>
        <source>&amp;Retrain on This Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train the entity model again with the names reviewed in this project, so that the next articles&apos; suggestions learn from them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retraining %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retraining the entity model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrain on This Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a project first: the model learns from the names reviewed in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Retraining the entity model on %n reviewed sentence(s) of the project…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The project was closed before retraining finished; its model is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the retrained model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Retrained on %n reviewed sentence(s): the next articles&apos; suggestions come from the project&apos;s own model.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hamish::ReaderView</name>
    <message>
        <source>Article text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · confidence %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Uncertain OCR reading&lt;/b&gt; &lt;span dir=&quot;rtl&quot;&gt;%1&lt;/span&gt;&lt;br&gt;OCR confidence %2%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hamish::ServerLocation</name>
    <message>
        <source>%1 is not a server location: write postgresql://[user[:password]@]host[:port]/database or postgresql:///database?host=/run/postgresql.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names no database: write the database after the server, as in postgresql://server/news.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a schema name Hamish uses: letters, digits and _ only, at most 63.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 (as %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hamish::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line spacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide diacritics (tashkeel) while reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the display changes: selections, annotations and exports keep the original text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic-Indic (٠١٢٣)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Western (0123)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading &amp;font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font &amp;size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Line spacing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight &amp;opacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Digits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new interface language takes effect when Hamish is started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Annotator name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotator name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who your annotations belong to in a team project. Empty: your login name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hamish::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions and their shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shortcut:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut of the selected action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected action its default shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give every action its default shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut in Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already the shortcut of “%2”. Give it to “%3” instead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is used by: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shortcut is used by more than one action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hamish::SourcePageDialog</name>
    <message>
        <source>Source Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the page before this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the page after this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale the page to the window&apos;s width; unchecked, the page is shown at 150 dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — page %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was changed or replaced after the article was imported; the article&apos;s text is kept in Hamish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article&apos;s text is kept in Hamish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file this article was imported from is not at %1 on this computer: it was moved, renamed or deleted since the import, or imported on another computer (a team project). The article&apos;s text is kept in Hamish; to see its pages, put the file there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hamish::SourcePages</name>
    <message>
        <source>%1 is protected by a password, so its pages cannot be shown. Open it in a PDF reader with the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2 could not be drawn: the PDF is damaged there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to show (%2 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be drawn: it is too large or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither a PDF nor a scanned image: it has no pages to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n page(s): there is no page %2.</source>
        <translation>
            <numerusform>%1 has %n page: there is no page %2.</numerusform>
            <numerusform>%1 has %n pages: there is no page %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a readable PDF: it is damaged or incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no pages: it is damaged or incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable image: it is damaged or incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hamish::Sql</name>
    <message>
        <source>the disk is full (or a file size limit was reached). Free some space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk reported an error (it may be full, removed or failing). Check the disk, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file kept beside it (its -wal or -shm file) cannot be created or opened. Is the folder writable, and is there free space?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file or its folder is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is damaged (%1). Restore it from a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is busy in another program. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hamish::SqlProjectStore</name>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a label named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no label %1 in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 annotations use this label: change or remove them before removing the label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are two labels named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no annotation %1 in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this annotation (%1) while you were editing it: their change is shown now; make yours again if it is still needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the annotator to assign the article to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article %1 is not assigned to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no article %1 in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read or write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server of %1 was lost (%2). Nothing was written: reconnect, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The span %1-%2 is not inside the article&apos;s text (length %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no label named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was moved, renamed or deleted while it was open, so changes can no longer be saved to it: this one was not. Save the project under a new name (File › Save Project As) to keep your work.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hamish::SqliteProjectStore</name>
    <message>
        <source>%1 already exists: choose another name, or open it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder may not be writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Hamish project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Hamish project: it is not an SQLite database, or its beginning is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Hamish (project format %2, this Hamish reads up to %3). Update Hamish to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a read-only file: opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create a lock file beside it (is the folder writable?): opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open in another Hamish (process %2 on %3): opened read-only. Close it there to edit here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open in another Hamish: opened read-only. Close it there to edit here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a Hamish project but its database is damaged (%2). Restore it from a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Hamish: update Hamish to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was saved by an older Hamish and must be upgraded, which needs write access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upgrade %1 from project format %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save a copy in the middle of an edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the folder may not be writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If no Hamish has it open (one stopped on another computer, or the computer restarted), delete %1 and open the project again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another file name: %1 is the project itself or one of the files it keeps beside it, and a copy cannot replace it.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Article information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated at %1 words a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character encoding of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page of the source file the text at the top of the view is on. Click to see the page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hamish::TeamPanels</name>
    <message>
        <source>Curation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nnotators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Curate This Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row still waits for the curator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge All Agreed Spans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assi&amp;gn This Article To…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Article &amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curating: edits go to the curated layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s annotations (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My Annotations (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The curated layer already holds %1&apos;s spans here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took %1&apos;s side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n agreed span(s) added to the curated layer.</source>
        <translation>
            <numerusform>%n agreed span added to the curated layer.</numerusform>
            <numerusform>%n agreed spans added to the curated layer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotator to give “%1” to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Assign Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is assigned to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Mark Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Curated Layer, Everyone Side by Side</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hamish::TeamProjectDialog</name>
    <message>
        <source>Open Team Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project a team shares on a PostgreSQL server. Its address is a URL such as postgresql://server/news or, on this computer, postgresql:///news?host=/run/postgresql.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is used for this session only and never saved. Leave it empty when the server needs none, or when it is in PGPASSWORD or ~/.pgpass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hamish::TeamStatus</name>
    <message>
        <source>Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the server again and commit the edits that wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Waiting Edits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the articles with edits that wait to a Hamish JSON file, to import later</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Disconnected from %1: %n edit(s) waiting</source>
        <translation>
            <numerusform>Disconnected from %1: %n edit waiting</numerusform>
            <numerusform>Disconnected from %1: %n edits waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, annotating as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team project on a server: your edits are saved there as you make them, and others&apos; edits appear here as they make them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1

Your %n waiting edit(s) are kept: try again later, or save them to a file.</source>
        <translation>
            <numerusform>%1

Your waiting edit is kept: try again later, or save it to a file.</numerusform>
            <numerusform>%1

Your %n waiting edits are kept: try again later, or save them to a file.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected again to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected again: %n waiting edit(s) saved.</source>
        <translation>
            <numerusform>Connected again: %n waiting edit saved.</numerusform>
            <numerusform>Connected again: %n waiting edits saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) were dropped: someone else had changed the same annotation first.</source>
        <translation>
            <numerusform>%n edit was dropped: someone else had changed the same annotation first.</numerusform>
            <numerusform>%n edits were dropped: someone else had changed the same annotations first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Waiting Edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hamish JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Save Waiting Edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n article(s) with waiting edits to %1</source>
        <translation>
            <numerusform>Saved %n article with waiting edits to %1</numerusform>
            <numerusform>Saved %n articles with waiting edits to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hamish::TextFormat</name>
    <message>
        <source>Text and web pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hamish::ValueText</name>
    <message>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m³</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 l</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 °F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1°</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n barrel(s)</source>
        <translation>
            <numerusform>%n barrel</numerusform>
            <numerusform>%n barrels</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 barrels</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cup(s)</source>
        <translation>
            <numerusform>%n cup</numerusform>
            <numerusform>%n cups</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cups</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dunam(s)</source>
        <translation>
            <numerusform>%n dunam</numerusform>
            <numerusform>%n dunams</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 dunams</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n foot/feet</source>
        <translation>
            <numerusform>%n foot</numerusform>
            <numerusform>%n feet</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 feet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n gallon(s)</source>
        <translation>
            <numerusform>%n gallon</numerusform>
            <numerusform>%n gallons</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 gallons</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n mile(s)</source>
        <translation>
            <numerusform>%n mile</numerusform>
            <numerusform>%n miles</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 miles</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ounce(s)</source>
        <translation>
            <numerusform>%n ounce</numerusform>
            <numerusform>%n ounces</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ounces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A quantity in a unit Hamish has no name for: the amount, then the unit as the file gives it.
----------
An amount of money: the amount, then the currency&apos;s name (&quot;225,000,000 US dollars&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the article&apos;s day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before the article&apos;s date</source>
        <translation>
            <numerusform>%n day before the article&apos;s date</numerusform>
            <numerusform>%n days before the article&apos;s date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after the article&apos;s date</source>
        <translation>
            <numerusform>%n day after the article&apos;s date</numerusform>
            <numerusform>%n days after the article&apos;s date</numerusform>
        </translation>
    </message>
    <message>
        <source>the article&apos;s week</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) before the article&apos;s week</source>
        <translation>
            <numerusform>%n week before the article&apos;s week</numerusform>
            <numerusform>%n weeks before the article&apos;s week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) after the article&apos;s week</source>
        <translation>
            <numerusform>%n week after the article&apos;s week</numerusform>
            <numerusform>%n weeks after the article&apos;s week</numerusform>
        </translation>
    </message>
    <message>
        <source>the article&apos;s month</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) before the article&apos;s month</source>
        <translation>
            <numerusform>%n month before the article&apos;s month</numerusform>
            <numerusform>%n months before the article&apos;s month</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) after the article&apos;s month</source>
        <translation>
            <numerusform>%n month after the article&apos;s month</numerusform>
            <numerusform>%n months after the article&apos;s month</numerusform>
        </translation>
    </message>
    <message>
        <source>the article&apos;s year</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) before the article&apos;s year</source>
        <translation>
            <numerusform>%n year before the article&apos;s year</numerusform>
            <numerusform>%n years before the article&apos;s year</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) after the article&apos;s year</source>
        <translation>
            <numerusform>%n year after the article&apos;s year</numerusform>
            <numerusform>%n years after the article&apos;s year</numerusform>
        </translation>
    </message>
    <message>
        <source>the last %1 before the article&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the article&apos;s week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the next %1 after the article&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last day of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>%1 is a month (or a day and month) such as &quot;March&quot;, %2 a year such as &quot;the year after the article&apos;s&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the second %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the third %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fourth %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fifth %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week %1 of %2 (%3 – %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (year taken from the article)</source>
        <extracomment>%1 is a Hijri date whose year the article does not say: Hamish took it from the article&apos;s other dates.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the moment the article was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, at %2</source>
        <extracomment>%1 is a day (a date, or a weekday relative to the article&apos;s date), %2 a time of day.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learned from your labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entity model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hamish::WorkKeeper</name>
    <message>
        <source>Project File Moved or Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the project under a new name now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hamish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your annotations in %n article(s) are not saved in a project and would be lost. Save them as a project first?</source>
        <translation>
            <numerusform>Your annotations in %n article are not saved in a project and would be lost. Save them as a project first?</numerusform>
            <numerusform>Your annotations in %n articles are not saved in a project and would be lost. Save them as a project first?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hamish::Workspace</name>
    <message>
        <source>No project is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article is not in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown export format: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file or folder to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no article to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this annotation first: their change is shown now. Make yours again if it is still needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No edit is waiting to be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s own entity model is unusable (%1); the shipped one finds the names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project holds no reviewed sentence yet (one where names were accepted, rejected or added, and no name suggestion is left undecided); review some first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot retrain the entity model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s annotations are shown read-only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hamish::ZipArchive</name>
    <message>
        <source>%1 is not a readable %2 file: its zip container is damaged or incomplete. If it came from a download or a mail, fetch it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a %2 file: it has no “%3” inside. Check that the file has the right extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was refused: its “%2” unpacks to more than %3, far beyond any article (a file built to exhaust memory looks like this). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was refused: its “%2” unpacks to more than the size its header declares, which is how a file built to exhaust memory hides its size. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
