<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Hamish::AboutDialog</name>
    <message>
        <source>About Hamish</source>
        <translation>عن هامش</translation>
    </message>
    <message>
        <source>Hamish %1</source>
        <translation>هامش %1</translation>
    </message>
    <message>
        <source>A reader and annotator for Arabic news articles.</source>
        <translation>قارئ ومُوسِّم لمقالات الأخبار العربية.</translation>
    </message>
    <message>
        <source>Licence: GPL-3.0-or-later (the GNU General Public License, version 3 or any later version).</source>
        <translation>الرخصة: GPL-3.0-or-later (رخصة جنو العمومية العامة، الإصدار 3 أو أي إصدار لاحق).</translation>
    </message>
    <message>
        <source>Running on Qt %1 and ICU %2.</source>
        <translation>يعمل على Qt %1 وICU %2.</translation>
    </message>
</context>
<context>
    <name>Hamish::Agreement</name>
    <message>
        <source>No two annotators annotated the same article: nothing to compare.</source>
        <translation>لم يوسم مُوسِّمان اثنان المقالَ نفسه: لا شيء للمقارنة.</translation>
    </message>
    <message>
        <source>%1 and %2: %3 articles, %4 and %5 annotations, %6 the same</source>
        <translation>%1 و%2: %3 مقالات، و%4 و%5 وسمًا، المتطابق منها %6</translation>
    </message>
    <message>
        <source>label</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>الدقة</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>الاستدعاء</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>kappa</source>
        <translation>كابا</translation>
    </message>
    <message>
        <source>(all)</source>
        <translation>(الكل)</translation>
    </message>
    <message>
        <source>Fleiss&apos; kappa (%1 annotators, %2 articles all annotated): %3</source>
        <translation>كابا فلايس (%1 مُوسِّمين، و%2 مقالات وسمها الجميع): %3</translation>
    </message>
</context>
<context>
    <name>Hamish::AgreementDialog</name>
    <message>
        <source>Agreement</source>
        <translation>التوافق</translation>
    </message>
    <message>
        <source>Agreement of each pair of annotators</source>
        <translation>التوافق بين كل مُوسِّمَين</translation>
    </message>
    <message>
        <source>Annotators / label</source>
        <translation>المُوسِّمان / الفئة</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>الدقة</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>الاستدعاء</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Kappa</source>
        <translation>كابا</translation>
    </message>
    <message>
        <source>Articles of the chosen pair, least agreement first (double-click to open):</source>
        <translation>مقالات الزوج المختار، الأقل توافقًا أولًا (انقر مرتين للفتح):</translation>
    </message>
    <message>
        <source>Agreement per article</source>
        <translation>التوافق في كل مقال</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>المقال</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>No two annotators annotated the same article: nothing to compare.</source>
        <translation>لم يوسم مُوسِّمان اثنان المقالَ نفسه: لا شيء للمقارنة.</translation>
    </message>
    <message numerus="yes">
        <source>%n annotator(s): %1.</source>
        <translation>
            <numerusform>لا مُوسِّم: %1.</numerusform>
            <numerusform>مُوسِّم واحد: %1.</numerusform>
            <numerusform>مُوسِّمان: %1.</numerusform>
            <numerusform>%Ln مُوسِّمين: %1.</numerusform>
            <numerusform>%Ln مُوسِّمًا: %1.</numerusform>
            <numerusform>%Ln مُوسِّم: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fleiss&apos; kappa over the %n article(s) all of them annotated: %1.</source>
        <translation>
            <numerusform>كابا فلايس على المقالات التي وسمها الجميع (لا مقال): %1.</numerusform>
            <numerusform>كابا فلايس على المقال الذي وسمه الجميع: %1.</numerusform>
            <numerusform>كابا فلايس على المقالين اللذين وسمهما الجميع: %1.</numerusform>
            <numerusform>كابا فلايس على %Ln مقالات وسمها الجميع: %1.</numerusform>
            <numerusform>كابا فلايس على %Ln مقالًا وسمها الجميع: %1.</numerusform>
            <numerusform>كابا فلايس على %Ln مقال وسمها الجميع: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first of a pair is the reference for precision and recall.</source>
        <translation>أول الزوج هو المرجع في حساب الدقة والاستدعاء.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 و%2</translation>
    </message>
</context>
<context>
    <name>Hamish::Annotating</name>
    <message>
        <source>me</source>
        <translation>أنا</translation>
    </message>
    <message>
        <source>Select some text to label first.</source>
        <translation>حدّد نصًا لوسمه أولًا.</translation>
    </message>
    <message>
        <source>Label as %1</source>
        <translation>وسم بفئة «%1»</translation>
    </message>
    <message>
        <source>Label All Mentions of “%1” as %2</source>
        <translation>وسم كل إشارات «%1» بفئة «%2»</translation>
    </message>
    <message>
        <source>Accept All %1</source>
        <translation>قبول كل «%1»</translation>
    </message>
    <message>
        <source>Reject All %1</source>
        <translation>رفض كل «%1»</translation>
    </message>
    <message>
        <source>Reject All Mentions of “%1” as %2</source>
        <translation>رفض كل إشارات «%1» بفئة «%2»</translation>
    </message>
    <message>
        <source>Reject Entity “%1”</source>
        <translation>رفض الكيان «%1»</translation>
    </message>
    <message>
        <source>Accept Entity “%1”</source>
        <translation>قبول الكيان «%1»</translation>
    </message>
    <message>
        <source>Label Entity “%1” as %2</source>
        <translation>وسم الكيان «%1» بفئة «%2»</translation>
    </message>
</context>
<context>
    <name>Hamish::AnnotationActions</name>
    <message>
        <source>Labels</source>
        <translation>الفئات</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>&amp;حذف الوسم</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;قبول</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;رفض</translation>
    </message>
    <message>
        <source>Edit &amp;Note…</source>
        <translation>تحرير الم&amp;لاحظة…</translation>
    </message>
    <message>
        <source>Ne&amp;xt Annotation</source>
        <translation>الوسم ال&amp;تالي</translation>
    </message>
    <message>
        <source>Pre&amp;vious Annotation</source>
        <translation>الوسم ال&amp;سابق</translation>
    </message>
    <message>
        <source>Move Start Earlier</source>
        <translation>تقديم بداية الوسم</translation>
    </message>
    <message>
        <source>Move Start Later</source>
        <translation>تأخير بداية الوسم</translation>
    </message>
    <message>
        <source>Move End Earlier</source>
        <translation>تقديم نهاية الوسم</translation>
    </message>
    <message>
        <source>Move End Later</source>
        <translation>تأخير نهاية الوسم</translation>
    </message>
    <message>
        <source>Label the selection as %1 (%2)</source>
        <translation>وسم التحديد بفئة «%1» (%2)</translation>
    </message>
    <message>
        <source>Apply &amp;Label</source>
        <translation>تطبيق &amp;فئة</translation>
    </message>
    <message>
        <source>Change &amp;Label</source>
        <translation>تغيير ال&amp;فئة</translation>
    </message>
    <message>
        <source>Delete Annotation</source>
        <translation>حذف الوسم</translation>
    </message>
    <message>
        <source>Accept All &amp;Suggestions of Label</source>
        <translation>قبول كل الاقتراحات من &amp;فئة</translation>
    </message>
    <message>
        <source>Re&amp;ject All Suggestions of Label</source>
        <translation>رفض كل الاقتراحات من ف&amp;ئة</translation>
    </message>
    <message>
        <source>Reject All &amp;Mentions of This Text</source>
        <translation>رفض كل إ&amp;شارات هذا النص</translation>
    </message>
    <message>
        <source>Review &amp;Least Certain First</source>
        <translation>مراجعة ال&amp;أقل يقينًا أولًا</translation>
    </message>
    <message>
        <source>Next and Previous Annotation (J, K) visit the suggestions the engine is least sure of first</source>
        <translation>ينتقل أمرا الوسم التالي والسابق إلى الاقتراحات التي يقلّ يقين المحرّك بها أولًا</translation>
    </message>
</context>
<context>
    <name>Hamish::AnnotationPanels</name>
    <message>
        <source>Entities</source>
        <translation>الكيانات</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>مفتاح الفئات</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;بحث…</translation>
    </message>
    <message>
        <source>Label All &amp;Mentions in This Article</source>
        <translation>وسم كل الإ&amp;شارات في هذا المقال</translation>
    </message>
    <message>
        <source>Label All Mentions in All Open &amp;Articles</source>
        <translation>وسم كل الإشارات في كل المقالات ال&amp;مفتوحة</translation>
    </message>
    <message>
        <source>Edit &amp;Labels…</source>
        <translation>تحرير ال&amp;فئات…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;اختصارات لوحة المفاتيح…</translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) labelled</source>
        <translation>
            <numerusform>لم توسم أي إشارة</numerusform>
            <numerusform>وُسمت إشارة واحدة</numerusform>
            <numerusform>وُسمت إشارتان</numerusform>
            <numerusform>وُسمت %Ln إشارات</numerusform>
            <numerusform>وُسمت %Ln إشارةً</numerusform>
            <numerusform>وُسمت %Ln إشارة</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Change Labels</source>
        <translation>تعذّر تغيير الفئات</translation>
    </message>
    <message>
        <source>Labels changed in every article of the project</source>
        <translation>تغيّرت الفئات في كل مقالات المشروع</translation>
    </message>
    <message numerus="yes">
        <source>%n more mention(s) rejected</source>
        <translation>
            <numerusform>لم تُرفض أي إشارة أخرى</numerusform>
            <numerusform>رُفضت إشارة أخرى واحدة</numerusform>
            <numerusform>رُفضت إشارتان أخريان</numerusform>
            <numerusform>رُفضت %Ln إشارات أخرى</numerusform>
            <numerusform>رُفضت %Ln إشارةً أخرى</numerusform>
            <numerusform>رُفضت %Ln إشارة أخرى</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n More Mention(s) of “%1”</source>
        <translation>
            <numerusform>لا إشارات أخرى لـ«%1» لرفضها</numerusform>
            <numerusform>رفض إشارة أخرى لـ«%1»</numerusform>
            <numerusform>رفض إشارتين أخريين لـ«%1»</numerusform>
            <numerusform>رفض %Ln إشارات أخرى لـ«%1»</numerusform>
            <numerusform>رفض %Ln إشارةً أخرى لـ«%1»</numerusform>
            <numerusform>رفض %Ln إشارة أخرى لـ«%1»</numerusform>
        </translation>
    </message>
    <message>
        <source>The other suggestions of “%1” as %2 in this article are still undecided</source>
        <translation>ما زالت اقتراحات «%1» الأخرى بفئة «%2» في هذا المقال بلا قرار</translation>
    </message>
</context>
<context>
    <name>Hamish::ArticleImporter</name>
    <message>
        <source>%1 does not exist. It may have been moved, renamed or deleted; open it again from its new place.</source>
        <translation>%1 غير موجود. ربما نُقل أو أُعيدت تسميته أو حُذف؛ افتحه من جديد من مكانه الجديد.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file. Choose an article file (.txt or .html) inside it.</source>
        <translation>%1 مجلد وليس ملفًا. اختر ملف مقال (‎.txt‎ أو ‎.html‎) داخله.</translation>
    </message>
    <message>
        <source>%1 is %2, over the %3 limit for one article. Split it into smaller files.</source>
        <translation>حجم %1 هو %2، وهذا يتجاوز الحد المسموح للمقال الواحد (%3). قسّمه إلى ملفات أصغر.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. Check that you have permission to read it.</source>
        <translation>تتعذّر قراءة %1: %2. تحقّق من أن لديك إذنًا بقراءته.</translation>
    </message>
    <message>
        <source>%1 could not be read completely: %2.</source>
        <translation>تعذّرت قراءة %1 كاملًا: %2.</translation>
    </message>
    <message>
        <source>%1 is over the %2 limit for one article. Split it into smaller files.</source>
        <translation>يتجاوز %1 الحد المسموح للمقال الواحد (%2). قسّمه إلى ملفات أصغر.</translation>
    </message>
    <message>
        <source>%1 is empty: there is no text to read.</source>
        <translation>%1 فارغ: لا نص فيه للقراءة.</translation>
    </message>
    <message>
        <source>%1 is a binary file, not text. Hamish opens plain-text articles (.txt) and web pages (.html).</source>
        <translation>%1 ملف ثنائي وليس نصًا. يفتح هامش المقالات النصية (‎.txt‎) وصفحات الويب (‎.html‎).</translation>
    </message>
    <message>
        <source>%1 cannot be read as “%2”: that encoding is not known. Choose one of: %3.</source>
        <translation>تتعذّر قراءة %1 بالترميز «%2»: هذا الترميز غير معروف. اختر واحدًا من: %3.</translation>
    </message>
    <message>
        <source>%1 contains no readable text%2.</source>
        <translation>لا يحتوي %1 على نص مقروء%2.</translation>
    </message>
    <message>
        <source> outside scripts, menus and footers</source>
        <translation> خارج النصوص البرمجية والقوائم والتذييلات</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n byte sequence(s) could not be decoded as %2 and were replaced with “�”. If the text looks wrong, use File › Reopen with Encoding.</source>
        <translation>
            <numerusform>%1: لم تتعذّر قراءة أي سلسلة بايتات بالترميز %2.</numerusform>
            <numerusform>%1: تعذّر فكّ سلسلة بايتات واحدة بالترميز %2 فاستُبدل بها الرمز «�». إن بدا النص خاطئًا فاستخدم ملف › إعادة الفتح بترميز.</numerusform>
            <numerusform>%1: تعذّر فكّ سلسلتَي بايتات بالترميز %2 فاستُبدل بهما الرمز «�». إن بدا النص خاطئًا فاستخدم ملف › إعادة الفتح بترميز.</numerusform>
            <numerusform>%1: تعذّر فكّ %Ln سلاسل بايتات بالترميز %2 فاستُبدل بها الرمز «�». إن بدا النص خاطئًا فاستخدم ملف › إعادة الفتح بترميز.</numerusform>
            <numerusform>%1: تعذّر فكّ %Ln سلسلةً من البايتات بالترميز %2 فاستُبدل بها الرمز «�». إن بدا النص خاطئًا فاستخدم ملف › إعادة الفتح بترميز.</numerusform>
            <numerusform>%1: تعذّر فكّ %Ln سلسلة بايتات بالترميز %2 فاستُبدل بها الرمز «�». إن بدا النص خاطئًا فاستخدم ملف › إعادة الفتح بترميز.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the encoding could not be identified with confidence; it was read as %2. If the text looks wrong, use File › Reopen with Encoding.</source>
        <translation>%1: تعذّر تحديد الترميز بثقة، فقُرئ الملف بالترميز %2. إن بدا النص خاطئًا فاستخدم ملف › إعادة الفتح بترميز.</translation>
    </message>
    <message>
        <source>The input</source>
        <translation>المُدخل</translation>
    </message>
</context>
<context>
    <name>Hamish::ArticleListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1
Encoding: %2
Annotations: %3</source>
        <translation>%1
الترميز: %2
الوسوم: %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Assigned to: %1</source>
        <translation>مُسند إلى: %1</translation>
    </message>
</context>
<context>
    <name>Hamish::ChangeAnnotations</name>
    <message>
        <source>Change Label</source>
        <translation>تغيير الفئة</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>قبول</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>Reset to Suggested</source>
        <translation>إعادة إلى مقترح</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>تحرير الملاحظة</translation>
    </message>
    <message>
        <source>Adjust Boundaries</source>
        <translation>ضبط الحدود</translation>
    </message>
</context>
<context>
    <name>Hamish::ClipboardImporter</name>
    <message>
        <source>The clipboard</source>
        <translation>الحافظة</translation>
    </message>
    <message>
        <source>What was dropped</source>
        <translation>المحتوى المُفلَت في النافذة</translation>
    </message>
    <message>
        <source>%1 holds more than one article can (over %2). Copy a smaller part.</source>
        <translation>%1: فيه أكثر مما يتسع له مقال واحد (أكثر من %2). انسخ جزءًا أصغر.</translation>
    </message>
    <message>
        <source>%1 holds no text to read. Select part of an article in a browser or a document, copy it, and try again.</source>
        <translation>%1: لا نص فيه يُقرأ. حدّد جزءًا من مقال في متصفح أو مستند وانسخه، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>%1 holds a link, not text: Hamish never fetches pages from the network. Open the page in a browser, select the article, and copy or drop that.</source>
        <translation>%1: فيه رابط لا نص، وهامش لا يجلب الصفحات من الشبكة أبدًا. افتح الصفحة في متصفح، وحدّد المقال، ثم انسخه أو أفلته هنا.</translation>
    </message>
</context>
<context>
    <name>Hamish::Curation</name>
    <message>
        <source>Take %1&apos;s Side</source>
        <translation>الأخذ برأي %1</translation>
    </message>
    <message>
        <source>Merge Agreed Spans</source>
        <translation>دمج المقاطع المتفق عليها</translation>
    </message>
</context>
<context>
    <name>Hamish::CurationPanel</name>
    <message>
        <source>Merge All Agreed</source>
        <translation>دمج كل المتفق عليه</translation>
    </message>
    <message>
        <source>Adds every span all annotators marked alike to the curated layer</source>
        <translation>يضيف إلى الطبقة المنقّحة كل مقطع وسمه المُوسِّمون جميعًا على نحو واحد</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Curated</source>
        <translation>المنقّح</translation>
    </message>
    <message>
        <source>All annotators agree</source>
        <translation>المُوسِّمون جميعًا متفقون</translation>
    </message>
    <message>
        <source>The annotators differ</source>
        <translation>المُوسِّمون مختلفون</translation>
    </message>
    <message>
        <source>Open an article of a team project to curate it.</source>
        <translation>افتح مقالًا من مشروع فريق لتنقيحه.</translation>
    </message>
    <message>
        <source>Fewer than two annotators annotated this article: there is nothing to compare. You can still edit the curated layer in the reader.</source>
        <translation>وسم هذا المقالَ أقلُّ من مُوسِّمَين: لا شيء للمقارنة. ويمكنك مع ذلك تحرير الطبقة المنقّحة في القارئ.</translation>
    </message>
    <message>
        <source>%1 rows: %2 agreed, %3 still differ, %4 curated. = agreed, ≠ differs, ✓ settled.</source>
        <translation>الصفوف: %1؛ المتفق عليها: %2، والمختلفة بعد: %3، والمنقّحة: %4. ‏= متفق، ≠ مختلف، ✓ محسوم.</translation>
    </message>
    <message>
        <source>Take %1&apos;s side on the current row (%2)</source>
        <translation>الأخذ برأي %1 في الصف الحالي (%2)</translation>
    </message>
    <message>
        <source>Take %1&apos;s side on the current row</source>
        <translation>الأخذ برأي %1 في الصف الحالي</translation>
    </message>
    <message>
        <source>The annotators differ; the curated layer settles it</source>
        <translation>المُوسِّمون مختلفون، والطبقة المنقّحة تحسم ذلك</translation>
    </message>
    <message>
        <source>Take the side of:</source>
        <translation>الأخذ برأي:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Hamish::DataCredits</name>
    <message>
        <source>The entity model is trained on ANERcorp (Y. Benajiba, P. Rosso, J. M. Benedí Ruiz, CICLing 2007), distributed by CAMeL Lab under CC BY-SA 4.0; the model and the embedded training file are under the same licence.</source>
        <translation>نموذج الكيانات مدرَّب على مدوّنة ANERcorp (Y. Benajiba وP. Rosso وJ. M. Benedí Ruiz، مؤتمر CICLing 2007)، التي يوزّعها مختبر CAMeL Lab بترخيص CC BY-SA 4.0؛ والنموذج وملف التدريب المضمَّن موزَّعان بالترخيص نفسه.</translation>
    </message>
    <message>
        <source>Name lists read by the model: people&apos;s names from Wikidata (CC0), via Y. Merhav and S. Ash (COLING 2018); places, clubs, people and competitions from ArWikiCats by Ibrahim Qasim (MIT); names annotated in WikiFANE Gold by F. Alotaibi and M. Lee (COLING 2014, text from Arabic Wikipedia, CC BY-SA 3.0).</source>
        <translation>قوائم الأسماء التي يقرؤها النموذج: أسماء الأشخاص من ويكي بيانات (CC0) عبر Y. Merhav وS. Ash (مؤتمر COLING 2018)؛ والأماكن والأندية والأشخاص والمسابقات من ArWikiCats لإبراهيم قاسم (ترخيص MIT)؛ والأسماء الموسومة في WikiFANE Gold لـ F. Alotaibi وM. Lee (مؤتمر COLING 2014، نصوص من ويكيبيديا العربية، بترخيص CC BY-SA 3.0).</translation>
    </message>
    <message>
        <source>Arabic names of countries, cities and currencies come from ICU and Unicode CLDR (Unicode licence).</source>
        <translation>الأسماء العربية للبلدان والمدن والعملات مأخوذة من ICU وUnicode CLDR (ترخيص Unicode).</translation>
    </message>
    <message>
        <source>Word classes read by the model, and the words OCR prefers, come from the news text of the ANT Corpus by A. Chouigui, O. Ben Khiroun and B. Elayeb (AICCSA 2017; Arabian Journal for Science and Engineering 2021; antcorpus.github.io), Apache License 2.0.</source>
        <translation>فئات الكلمات التي يقرؤها النموذج، والكلمات التي يفضّلها التعرّف الضوئي على الحروف، مأخوذة من نصوص الأخبار في مدوّنة ANT التي أعدّها A. Chouigui وO. Ben Khiroun وB. Elayeb (AICCSA 2017؛ Arabian Journal for Science and Engineering 2021؛ antcorpus.github.io)، بترخيص Apache License 2.0.</translation>
    </message>
</context>
<context>
    <name>Hamish::Dialogs</name>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
</context>
<context>
    <name>Hamish::DocxImporter</name>
    <message>
        <source>Word</source>
        <translation>وورد</translation>
    </message>
    <message>
        <source>%1 is a damaged Word document: its text cannot be read (%2, line %3).</source>
        <translation>%1 مستند وورد تالف: لا يمكن قراءة نصه (%2، السطر %3).</translation>
    </message>
</context>
<context>
    <name>Hamish::EditLabels</name>
    <message>
        <source>Edit Labels</source>
        <translation>تحرير الفئات</translation>
    </message>
    <message>
        <source>Rename Label</source>
        <translation>إعادة تسمية الفئة</translation>
    </message>
    <message>
        <source>Delete Label</source>
        <translation>حذف الفئة</translation>
    </message>
</context>
<context>
    <name>Hamish::EntityModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) labelled %1</source>
        <translation>
            <numerusform>لا إشارات موسومة بفئة %1</numerusform>
            <numerusform>إشارة واحدة موسومة بفئة %1</numerusform>
            <numerusform>إشارتان موسومتان بفئة %1</numerusform>
            <numerusform>%Ln إشارات موسومة بفئة %1</numerusform>
            <numerusform>%Ln إشارةً موسومةً بفئة %1</numerusform>
            <numerusform>%Ln إشارة موسومة بفئة %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hamish::EntityPanel</name>
    <message>
        <source>Filter entities</source>
        <translation>تصفية الكيانات</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>الكيانات</translation>
    </message>
    <message>
        <source>Previous Mention</source>
        <translation>الإشارة السابقة</translation>
    </message>
    <message>
        <source>Previous mention</source>
        <translation>الإشارة السابقة</translation>
    </message>
    <message>
        <source>Previous mention of the selected entity</source>
        <translation>الإشارة السابقة إلى الكيان المحدد</translation>
    </message>
    <message>
        <source>Next Mention</source>
        <translation>الإشارة التالية</translation>
    </message>
    <message>
        <source>Next mention</source>
        <translation>الإشارة التالية</translation>
    </message>
    <message>
        <source>Next mention of the selected entity</source>
        <translation>الإشارة التالية إلى الكيان المحدد</translation>
    </message>
    <message>
        <source>&amp;Reject Entity</source>
        <translation>&amp;رفض الكيان</translation>
    </message>
    <message>
        <source>&amp;Label Entity As</source>
        <translation>&amp;وسم الكيان بفئة</translation>
    </message>
</context>
<context>
    <name>Hamish::EpubImporter</name>
    <message>
        <source>EPUB</source>
        <translation>EPUB</translation>
    </message>
    <message>
        <source>%1: the chapter “%2” listed in the book is missing; the others were read.</source>
        <translation>%1: الفصل «%2» المذكور في الكتاب مفقود؛ قُرئت الفصول الأخرى.</translation>
    </message>
</context>
<context>
    <name>Hamish::ExportDialog</name>
    <message>
        <source>Export Annotations</source>
        <translation>تصدير الوسوم</translation>
    </message>
    <message>
        <source>Hamish JSON</source>
        <translation>هامش بصيغة JSON</translation>
    </message>
    <message>
        <source>doccano JSON Lines</source>
        <translation>doccano بصيغة JSON Lines</translation>
    </message>
    <message>
        <source>CoNLL BIO</source>
        <translation>CoNLL بترميز BIO</translation>
    </message>
    <message>
        <source>brat standoff folder</source>
        <translation>مجلد brat standoff</translation>
    </message>
    <message>
        <source>W3C Web Annotation JSON-LD</source>
        <translation>W3C Web Annotation بصيغة JSON-LD</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>صيغة التصدير</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>ال&amp;صيغة:</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>&amp;Accepted only</source>
        <translation>ال&amp;مقبولة فقط</translation>
    </message>
    <message>
        <source>Accepted and &amp;suggested</source>
        <translation>المقبولة والم&amp;قترحة</translation>
    </message>
    <message>
        <source>All, &amp;rejected included</source>
        <translation>الكل، ومنها الم&amp;رفوضة</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
    <message>
        <source>&amp;Current article</source>
        <translation>المقال ال&amp;حالي</translation>
    </message>
    <message>
        <source>&amp;Current article: “%1”</source>
        <translation>المقال ال&amp;حالي: «%1»</translation>
    </message>
    <message>
        <source>All articles in the &amp;project</source>
        <translation>كل مقالات المشرو&amp;ع</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>الوجهة</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>ا&amp;ستعراض…</translation>
    </message>
    <message>
        <source>Choose the destination</source>
        <translation>اختيار الوجهة</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>الو&amp;جهة:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;تصدير</translation>
    </message>
    <message>
        <source>Export to a Folder</source>
        <translation>التصدير إلى مجلد</translation>
    </message>
    <message>
        <source>A folder to write the files into</source>
        <translation>مجلد تُكتب فيه الملفات</translation>
    </message>
    <message>
        <source>A file to write</source>
        <translation>الملف الذي يُكتب فيه التصدير</translation>
    </message>
    <message>
        <source>Replace File</source>
        <translation>استبدال الملف</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>الملف %1 موجود. أأستبدله؟</translation>
    </message>
    <message>
        <source>Export into a Folder with Files</source>
        <translation>التصدير إلى مجلد فيه ملفات</translation>
    </message>
    <message>
        <source>%1 already holds files. Export into it, replacing the files of the same names (annotation.conf, article-N.txt, article-N.ann) and keeping the others?</source>
        <translation>في %1 ملفات من قبل. أأصدّر إليه، فتُستبدل الملفات التي تحمل الأسماء نفسها (annotation.conf وarticle-N.txt وarticle-N.ann) وتبقى الأخرى؟</translation>
    </message>
</context>
<context>
    <name>Hamish::Exporter</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>تعذّر إنشاء المجلد %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت الكتابة في %1: %2</translation>
    </message>
    <message>
        <source>This format writes a folder: give an output folder with -o.</source>
        <translation>هذه الصيغة تكتب مجلدًا: حدّد مجلد الإخراج بالخيار ‎-o‎.</translation>
    </message>
    <message>
        <source>This format writes a single file.</source>
        <translation>هذه الصيغة تكتب ملفًا واحدًا.</translation>
    </message>
    <message>
        <source>the disk may be full, or the file too large for it</source>
        <translation>قد يكون القرص ممتلئًا، أو الملف أكبر مما يتسع له</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was replaced: free some space or choose another place, then export again.</source>
        <translation>تعذّرت كتابة %1: %2. لم يُستبدل شيء: أفرغ بعض المساحة أو اختر مكانًا آخر، ثم صدّر من جديد.</translation>
    </message>
    <message>
        <source>Cannot export to %1: it is the open project itself, or one of the files it keeps beside it. Choose another name.</source>
        <translation>لا يمكن التصدير إلى %1: فهو المشروع المفتوح نفسه، أو أحد الملفات التي يحفظها بجانبه. اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>%1 is a file: this format writes a folder. Choose a folder.</source>
        <translation>%1 ملف، وهذه الصيغة تكتب مجلدًا. اختر مجلدًا.</translation>
    </message>
    <message>
        <source>%1 already holds files: choose a new or empty folder, or let the export replace the files of the same names (hamish export --force).</source>
        <translation>في %1 ملفات من قبل: اختر مجلدًا جديدًا أو فارغًا، أو اسمح للتصدير باستبدال الملفات التي تحمل الأسماء نفسها (hamish export --force).</translation>
    </message>
    <message>
        <source>Cannot create a folder in %1: %2</source>
        <translation>تعذّر إنشاء مجلد في %1: %2</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>تعذّر إنشاء %1: %2</translation>
    </message>
    <message>
        <source>Cannot move %1 into %2: %3</source>
        <translation>تعذّر نقل %1 إلى %2: %3</translation>
    </message>
    <message>
        <source>Cannot write the export: %1.</source>
        <translation>تعذّرت كتابة التصدير: %1.</translation>
    </message>
</context>
<context>
    <name>Hamish::FindBar</name>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;بحث:</translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation>البحث في المقال</translation>
    </message>
    <message>
        <source>Find (ignores diacritics)</source>
        <translation>بحث (يتجاهل التشكيل)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>النتيجة السابقة</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>النتيجة السابقة (مفتاح التبديل مع الإدخال)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>النتيجة التالية</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>النتيجة التالية (مفتاح الإدخال)</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>إغلاق شريط البحث</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>إغلاق (مفتاح الهروب)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>لا نتائج</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
</context>
<context>
    <name>Hamish::FormatImporter</name>
    <message>
        <source>Opening %1 was cancelled; nothing was imported.</source>
        <translation>أُلغي فتح %1؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>%1 contains no readable text.</source>
        <translation>لا يحوي %1 نصًا مقروءًا.</translation>
    </message>
</context>
<context>
    <name>Hamish::HijriDate</name>
    <message>
        <source>%1 AH · ≈ %2</source>
        <extracomment>%1 is a Hijri date as written in the article, %2 its approximate Gregorian equivalent.</extracomment>
        <translation>%1 هـ · ≈ %2 م</translation>
    </message>
    <message>
        <source>≈ %1 AH</source>
        <extracomment>%1 is a Hijri date such as &quot;5 Ramadan 1445&quot;; AH marks the Hijri era, ≈ that it is computed.</extracomment>
        <translation>≈ %1 هـ</translation>
    </message>
    <message>
        <source>%1 AH, year not given</source>
        <extracomment>%1 is a Hijri month, or a day and month, named in the article without a year, such as &quot;Ramadan&quot;.</extracomment>
        <translation>%1 هـ، دون ذكر السنة</translation>
    </message>
</context>
<context>
    <name>Hamish::ImageImporter</name>
    <message>
        <source>Scanned pages</source>
        <translation>صفحات ممسوحة ضوئيًا</translation>
    </message>
    <message>
        <source>%1 is an image: reading its text needs Tesseract&apos;s Arabic language data, which is not installed (Debian package tesseract-ocr-ara).</source>
        <translation>%1 صورة: قراءة نصها تحتاج إلى بيانات اللغة العربية لبرنامج Tesseract، وهي غير مثبّتة (حزمة دبيان tesseract-ocr-ara).</translation>
    </message>
    <message>
        <source>%1 is not a readable image: it is damaged or incomplete.</source>
        <translation>%1 ليس صورة مقروءة: إنه تالف أو ناقص.</translation>
    </message>
    <message>
        <source>No text could be recognised in %1. If it is a photograph of a page, a straight, sharp scan at 300 dpi reads best.</source>
        <translation>تعذّر التعرّف على أي نص في %1. إن كان صورة لصفحة، فالمسح المستقيم الواضح بدقة 300 نقطة في البوصة يُقرأ أفضل.</translation>
    </message>
    <message numerus="yes">
        <source>%1 was read by OCR: %n word(s) it was unsure of are marked; check them against the image.</source>
        <translation>
            <numerusform>قُرئ %1 بالتعرّف الضوئي على الحروف، ولم تُعلَّم أي كلمة مشكوك فيها.</numerusform>
            <numerusform>قُرئ %1 بالتعرّف الضوئي على الحروف: عُلّمت كلمة واحدة لم يتيقّن منها؛ راجعها على الصورة.</numerusform>
            <numerusform>قُرئ %1 بالتعرّف الضوئي على الحروف: عُلّمت كلمتان لم يتيقّن منهما؛ راجعهما على الصورة.</numerusform>
            <numerusform>قُرئ %1 بالتعرّف الضوئي على الحروف: عُلّمت %Ln كلمات لم يتيقّن منها؛ راجعها على الصورة.</numerusform>
            <numerusform>قُرئ %1 بالتعرّف الضوئي على الحروف: عُلّمت %Ln كلمةً لم يتيقّن منها؛ راجعها على الصورة.</numerusform>
            <numerusform>قُرئ %1 بالتعرّف الضوئي على الحروف: عُلّمت %Ln كلمة لم يتيقّن منها؛ راجعها على الصورة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hamish::ImportReport</name>
    <message>
        <source>Would import %1 annotations: %2 new documents, %3 already in the project</source>
        <translation>سيُستورد من الوسوم: %1؛ المستندات الجديدة: %2، والموجودة في المشروع من قبل: %3</translation>
    </message>
    <message>
        <source>Imported %1 annotations: %2 new documents, %3 already in the project</source>
        <translation>استُورد من الوسوم: %1؛ المستندات الجديدة: %2، والموجودة في المشروع من قبل: %3</translation>
    </message>
    <message>
        <source>%1 new labels</source>
        <translation>فئات جديدة: %1</translation>
    </message>
    <message>
        <source>%1 suggestions accepted or rejected as the file says</source>
        <translation>اقتراحات قُبلت أو رُفضت كما يقول الملف: %1</translation>
    </message>
    <message>
        <source>%1 duplicate annotations left out</source>
        <translation>وسوم مكررة تُركت: %1</translation>
    </message>
    <message>
        <source>Skipped %1:</source>
        <translation>ما تُرك (%1):</translation>
    </message>
</context>
<context>
    <name>Hamish::Importer</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1: import reads .json (a Hamish export) and .jsonl (doccano) files.</source>
        <translation>%1: يقرأ الاستيراد ملفات ‎.json‎ (تصدير هامش) و‎.jsonl‎ (doccano).</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n unpaired UTF-16 surrogate(s) (a broken \u escape) replaced with “�”.</source>
        <translation>
            <numerusform>%1: لم يُستبدل أي نصف زوج بديل في UTF-16.</numerusform>
            <numerusform>%1: استُبدل الرمز «�» بنصف زوج بديل واحد في UTF-16 (تسلسل ‎\u مكسور).</numerusform>
            <numerusform>%1: استُبدل الرمز «�» بنصفي زوج بديل في UTF-16 (تسلسل ‎\u مكسور).</numerusform>
            <numerusform>%1: استُبدل الرمز «�» بـ %Ln أنصاف أزواج بديلة في UTF-16 (تسلسل ‎\u مكسور).</numerusform>
            <numerusform>%1: استُبدل الرمز «�» بـ %Ln نصفَ زوج بديل في UTF-16 (تسلسل ‎\u مكسور).</numerusform>
            <numerusform>%1: استُبدل الرمز «�» بـ %Ln نصف زوج بديل في UTF-16 (تسلسل ‎\u مكسور).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hamish::Label</name>
    <message>
        <source>PERSON</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation>مكان</translation>
    </message>
    <message>
        <source>ORGANIZATION</source>
        <translation>منظمة</translation>
    </message>
    <message>
        <source>MISC</source>
        <translation>متنوع</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>عدد</translation>
    </message>
    <message>
        <source>ORDINAL</source>
        <translation>ترتيبي</translation>
    </message>
    <message>
        <source>PERCENT</source>
        <translation>نسبة مئوية</translation>
    </message>
    <message>
        <source>MONEY</source>
        <translation>مال</translation>
    </message>
    <message>
        <source>QUANTITY</source>
        <translation>كمية</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>تاريخ</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>وقت</translation>
    </message>
</context>
<context>
    <name>Hamish::LabelsDialog</name>
    <message>
        <source>Labels</source>
        <translation>الفئات</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>اللون</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;إضافة</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>إعادة ال&amp;تسمية</translation>
    </message>
    <message>
        <source>Rename the selected label (F2)</source>
        <translation>إعادة تسمية الفئة المحددة</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;اللون…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>&amp;Shortcut key:</source>
        <translation>&amp;مفتاح الاختصار:</translation>
    </message>
    <message>
        <source>Shortcut key of the selected label</source>
        <translation>مفتاح اختصار الفئة المحددة</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;مسح</translation>
    </message>
    <message>
        <source>A label needs a name.</source>
        <translation>تحتاج الفئة إلى اسم.</translation>
    </message>
    <message>
        <source>There is already a label called “%1”. Choose another name.</source>
        <translation>توجد فئة باسم «%1». اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>Rename Label</source>
        <translation>إعادة تسمية الفئة</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>جديدة</translation>
    </message>
    <message>
        <source>NEW%1</source>
        <translation>جديدة%1</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>لون %1</translation>
    </message>
    <message>
        <source>Delete Label</source>
        <translation>حذف الفئة</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is used by %n annotation(s). Delete the label and its annotations? (Undo brings them back.)</source>
        <translation>
            <numerusform>لا يستخدم أي وسم الفئة «%1». أتحذف الفئة؟ (التراجع يعيدها.)</numerusform>
            <numerusform>يستخدم وسمٌ واحد الفئة «%1». أتحذف الفئة ووسمها؟ (التراجع يعيدهما.)</numerusform>
            <numerusform>يستخدم وسمان الفئة «%1». أتحذف الفئة ووسميها؟ (التراجع يعيدها.)</numerusform>
            <numerusform>تستخدم %Ln وسوم الفئة «%1». أتحذف الفئة ووسومها؟ (التراجع يعيدها.)</numerusform>
            <numerusform>يستخدم %Ln وسمًا الفئة «%1». أتحذف الفئة ووسومها؟ (التراجع يعيدها.)</numerusform>
            <numerusform>يستخدم %Ln وسم الفئة «%1». أتحذف الفئة ووسومها؟ (التراجع يعيدها.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Shortcut in Use</source>
        <translation>الاختصار مستخدم</translation>
    </message>
    <message>
        <source>%1 is already the shortcut of “%2”. Give it to “%3” instead?</source>
        <translation>%1 هو اختصار «%2» بالفعل. أتعطيه لـ«%3» بدلًا منه؟</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is used by %n annotation(s) in the project. Delete the label and its annotations in every article? This cannot be undone.</source>
        <translation>
            <numerusform>لا يستخدم أي وسم في المشروع الفئة «%1». أتحذف الفئة؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>يستخدم وسمٌ واحد في المشروع الفئة «%1». أتحذف الفئة ووسمها من كل المقالات؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>يستخدم وسمان في المشروع الفئة «%1». أتحذف الفئة ووسميها من كل المقالات؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>تستخدم %Ln وسوم في المشروع الفئة «%1». أتحذف الفئة ووسومها من كل المقالات؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>يستخدم %Ln وسمًا في المشروع الفئة «%1». أتحذف الفئة ووسومها من كل المقالات؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>يستخدم %Ln وسم في المشروع الفئة «%1». أتحذف الفئة ووسومها من كل المقالات؟ لا يمكن التراجع عن ذلك.</numerusform>
        </translation>
    </message>
    <message>
        <source>These labels belong to the project: changes reach every article in it and cannot be undone.</source>
        <translation>هذه الفئات للمشروع كله: تصل التغييرات إلى كل مقالاته ولا يمكن التراجع عنها.</translation>
    </message>
</context>
<context>
    <name>Hamish::LegendWidget</name>
    <message>
        <source>Label legend</source>
        <translation>مفتاح الفئات</translation>
    </message>
    <message>
        <source>Check a label to show its highlights, uncheck it to hide them</source>
        <translation>حدّد فئة لإظهار تظليلها، وألغِ تحديدها لإخفائه</translation>
    </message>
    <message>
        <source>Labels: uncheck one to hide its highlights</source>
        <translation>الفئات: ألغِ تحديد إحداها لإخفاء تظليلها</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) labelled %1</source>
        <translation>
            <numerusform>لا وسوم بفئة %1</numerusform>
            <numerusform>وسم واحد بفئة %1</numerusform>
            <numerusform>وسمان بفئة %1</numerusform>
            <numerusform>%Ln وسوم بفئة %1</numerusform>
            <numerusform>%Ln وسمًا بفئة %1</numerusform>
            <numerusform>%Ln وسم بفئة %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide suggestions below confidence</source>
        <translation>إخفاء الاقتراحات التي تقل ثقتها عن</translation>
    </message>
    <message>
        <source>Suggestions the engine is less sure of than this are hidden; accepted annotations always show</source>
        <translation>تُخفى الاقتراحات التي يقل يقين المحرّك بها عن هذا الحد؛ أما الوسوم المقبولة فتظهر دائمًا</translation>
    </message>
    <message>
        <source>Hide suggestions below:</source>
        <translation>إخفاء الاقتراحات دون:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1٪</translation>
    </message>
</context>
<context>
    <name>Hamish::MainWindow</name>
    <message>
        <source>Hamish</source>
        <translation>هامش</translation>
    </message>
    <message>
        <source>Open articles</source>
        <translation>المقالات المفتوحة</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;فتح…</translation>
    </message>
    <message>
        <source>Open &amp;Sample Article</source>
        <translation>فتح المقال ال&amp;تجريبي</translation>
    </message>
    <message>
        <source>&amp;Close Article</source>
        <translation>&amp;إغلاق المقال</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>تحديد ال&amp;كل</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>ت&amp;كبير</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;الحجم الأصلي</translation>
    </message>
    <message>
        <source>&amp;About Hamish</source>
        <translation>&amp;عن هامش</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>الإعدا&amp;دات…</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>التكبير</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>تقدّم الاستيراد</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>الملفات ال&amp;حديثة</translation>
    </message>
    <message>
        <source>Reopen with &amp;Encoding</source>
        <translation>إعادة الفتح ب&amp;ترميز</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>&amp;وسم</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>Open Articles</source>
        <translation>فتح مقالات</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>جارٍ فتح %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) found</source>
        <translation>
            <numerusform>لم يُعثر على اقتراحات</numerusform>
            <numerusform>عُثر على اقتراح واحد</numerusform>
            <numerusform>عُثر على اقتراحين</numerusform>
            <numerusform>عُثر على %Ln اقتراحات</numerusform>
            <numerusform>عُثر على %Ln اقتراحًا</numerusform>
            <numerusform>عُثر على %Ln اقتراح</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>تعذّر فتح %1</translation>
    </message>
    <message>
        <source>Cannot Open Article</source>
        <translation>تعذّر فتح المقال</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>فُتح %1</translation>
    </message>
    <message>
        <source>%1 — Hamish</source>
        <translation>%1 — هامش</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>مشروع &amp;جديد…</translation>
    </message>
    <message>
        <source>Open &amp;Project…</source>
        <translation>فتح م&amp;شروع…</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>حفظ المشروع &amp;باسم…</translation>
    </message>
    <message>
        <source>Save a Cop&amp;y of the Project…</source>
        <translation>حفظ &amp;نسخة من المشروع…</translation>
    </message>
    <message>
        <source>Close Projec&amp;t</source>
        <translation>إغلاق المشرو&amp;ع</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>ت&amp;صدير…</translation>
    </message>
    <message>
        <source>Re&amp;move Article from Project…</source>
        <translation>&amp;إزالة المقال من المشروع…</translation>
    </message>
    <message>
        <source>Open Recent Pro&amp;ject</source>
        <translation>المشاريع الحدي&amp;ثة</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (للقراءة فقط)</translation>
    </message>
    <message>
        <source>Hamish projects (*.hamish)</source>
        <translation>مشاريع هامش (*.hamish)</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>مشروع جديد</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>فتح مشروع</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>حفظ المشروع باسم</translation>
    </message>
    <message>
        <source>Save a Copy of the Project</source>
        <translation>حفظ نسخة من المشروع</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>تعذّر التصدير</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n article(s) to %1</source>
        <translation>
            <numerusform>لم يُصدَّر أي مقال إلى %1</numerusform>
            <numerusform>صُدّر مقال واحد إلى %1</numerusform>
            <numerusform>صُدّر مقالان إلى %1</numerusform>
            <numerusform>صُدّرت %Ln مقالات إلى %1</numerusform>
            <numerusform>صُدّر %Ln مقالًا إلى %1</numerusform>
            <numerusform>صُدّر %Ln مقال إلى %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Open Project</source>
        <translation>تعذّر فتح المشروع</translation>
    </message>
    <message>
        <source>Project Opened Read-Only</source>
        <translation>فُتح المشروع للقراءة فقط</translation>
    </message>
    <message>
        <source>Cannot Create Project</source>
        <translation>تعذّر إنشاء المشروع</translation>
    </message>
    <message>
        <source>Cannot Add Article</source>
        <translation>تعذّرت إضافة المقال</translation>
    </message>
    <message>
        <source>Created %1: every change is saved as you make it.</source>
        <translation>أُنشئ %1: يُحفظ كل تغيير فور إجرائه.</translation>
    </message>
    <message>
        <source>Cannot Save Project</source>
        <translation>تعذّر حفظ المشروع</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>حُفظت نسخة باسم %1</translation>
    </message>
    <message>
        <source>Remove Article</source>
        <translation>إزالة المقال</translation>
    </message>
    <message>
        <source>Remove “%1” and its %2 annotations from the project? This cannot be undone.</source>
        <translation>أتزيل «%1» ووسومه (%2) من المشروع؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Cannot Remove Article</source>
        <translation>تعذّرت إزالة المقال</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) from your own labels</source>
        <translation>
            <numerusform>لا اقتراحات من وسومك</numerusform>
            <numerusform>اقتراح واحد من وسومك</numerusform>
            <numerusform>اقتراحان من وسومك</numerusform>
            <numerusform>%Ln اقتراحات من وسومك</numerusform>
            <numerusform>%Ln اقتراحًا من وسومك</numerusform>
            <numerusform>%Ln اقتراح من وسومك</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopen with Encoding</source>
        <translation>إعادة الفتح بترميز آخر</translation>
    </message>
    <message numerus="yes">
        <source>Reading %1 as %2 changes its text, so its %n accepted or rejected annotation(s) will be discarded. Reopen it?</source>
        <translation>
            <numerusform>قراءة %1 بترميز %2 تغيّر نصه. أأعيد فتحه؟</numerusform>
            <numerusform>قراءة %1 بترميز %2 تغيّر نصه، فيُهمل وسمه المقبول أو المرفوض. أأعيد فتحه؟</numerusform>
            <numerusform>قراءة %1 بترميز %2 تغيّر نصه، فيُهمل وسماه المقبولان أو المرفوضان. أأعيد فتحه؟</numerusform>
            <numerusform>قراءة %1 بترميز %2 تغيّر نصه، فتُهمل وسومه المقبولة أو المرفوضة وعددها %Ln. أأعيد فتحه؟</numerusform>
            <numerusform>قراءة %1 بترميز %2 تغيّر نصه، فيُهمل %Ln وسمًا مقبولًا أو مرفوضًا. أأعيد فتحه؟</numerusform>
            <numerusform>قراءة %1 بترميز %2 تغيّر نصه، فيُهمل %Ln وسم مقبول أو مرفوض. أأعيد فتحه؟</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Stop opening the files still being read</source>
        <translation>إيقاف فتح الملفات التي ما زالت تُقرأ</translation>
    </message>
    <message>
        <source>Articles (%1);;All files (*)</source>
        <translation>المقالات (%1);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Opening %1 was stopped; nothing was imported.</source>
        <translation>أُوقف فتح %1؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>Scratch (kept for you; Save Project As names it)</source>
        <translation>المسودة (محفوظة لك؛ «حفظ المشروع باسم» يسمّيها)</translation>
    </message>
    <message>
        <source>%1 already exists: choose another name, or open it instead.</source>
        <translation>%1 موجود من قبل: اختر اسمًا آخر، أو افتحه بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Your annotations are not kept automatically: %1</source>
        <translation>لا تُحفظ تعليقاتك تلقائيًا: %1</translation>
    </message>
    <message>
        <source>“%1” stays in the scratch project with your annotations; Save Project As names it, Remove Article from Project deletes it.</source>
        <translation>تبقى «%1» في مشروع المسودة مع تعليقاتك؛ «حفظ المشروع باسم» يسمّيها، و«إزالة المقال من المشروع» يحذفها.</translation>
    </message>
    <message>
        <source>New Article from C&amp;lipboard</source>
        <translation>مقال جديد من ال&amp;حافظة</translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation>الحافظة</translation>
    </message>
    <message>
        <source>Open &amp;Team Project…</source>
        <translation>فتح مشروع &amp;فريق…</translation>
    </message>
    <message>
        <source>Someone added “%1” to the project.</source>
        <translation>أضاف أحدهم «%1» إلى المشروع.</translation>
    </message>
    <message>
        <source>%1 (in “%2”)</source>
        <translation>%1 (في «%2»)</translation>
    </message>
    <message>
        <source>A&amp;greement…</source>
        <translation>ال&amp;توافق…</translation>
    </message>
    <message>
        <source>Cannot Compute Agreement</source>
        <translation>تعذّر حساب التوافق</translation>
    </message>
    <message>
        <source>Show Source &amp;Page</source>
        <translation>عرض &amp;صفحة المصدر</translation>
    </message>
</context>
<context>
    <name>Hamish::NoteDialog</name>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Note on “%1”:</source>
        <translation>ملاحظة على «%1»:</translation>
    </message>
</context>
<context>
    <name>Hamish::OdtImporter</name>
    <message>
        <source>OpenDocument</source>
        <translation>OpenDocument</translation>
    </message>
    <message>
        <source>%1 is a damaged OpenDocument file: its text cannot be read (%2, line %3).</source>
        <translation>%1 ملف OpenDocument تالف: لا يمكن قراءة نصه (%2، السطر %3).</translation>
    </message>
</context>
<context>
    <name>Hamish::PdfImporter</name>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>%1 is not a readable PDF: it is damaged or incomplete. If it came from a download, fetch it again.</source>
        <translation>%1 ليس ملف PDF مقروءًا: إنه تالف أو ناقص. إن كان منزّلًا فنزّله مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 is protected by a password. Open it in a PDF reader with the password and save or print an unprotected copy, then open that.</source>
        <translation>%1 محميّ بكلمة مرور. افتحه في قارئ PDF بكلمة المرور واحفظ نسخة غير محمية أو اطبعها، ثم افتح تلك النسخة.</translation>
    </message>
    <message>
        <source>%1 has no pages: it is damaged or incomplete.</source>
        <translation>لا صفحات في %1: إنه تالف أو ناقص.</translation>
    </message>
    <message>
        <source>%1 has no text layer: its pages are images (a scan). Reading them needs Tesseract&apos;s Arabic language data, which is not installed (Debian package tesseract-ocr-ara).</source>
        <translation>لا طبقة نص في %1: صفحاته صور (مسح ضوئي). قراءتها تحتاج إلى بيانات اللغة العربية لبرنامج Tesseract، وهي غير مثبّتة (حزمة دبيان tesseract-ocr-ara).</translation>
    </message>
    <message>
        <source>%1 contains no readable text, not even by OCR.</source>
        <translation>لا يحوي %1 نصًا مقروءًا، ولا حتى بالتعرّف الضوئي على الحروف.</translation>
    </message>
    <message>
        <source>%1: page furniture left out: %2 running header and footer line(s), %3 page number(s), %4 footnote marker(s).</source>
        <translation>%1: حُذفت عناصر الصفحة المتكررة: أسطر الترويسة والتذييل (%2)، وأرقام الصفحات (%3)، وعلامات الحواشي (%4).</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n word(s) stored backwards in the PDF were put back in order.</source>
        <translation>
            <numerusform>%1: لم تكن في ملف PDF كلمات مخزّنة معكوسة.</numerusform>
            <numerusform>%1: أُعيد ترتيب كلمة واحدة كانت مخزّنة معكوسة في ملف PDF.</numerusform>
            <numerusform>%1: أُعيد ترتيب كلمتين كانتا مخزّنتين معكوستين في ملف PDF.</numerusform>
            <numerusform>%1: أُعيد ترتيب %Ln كلمات كانت مخزّنة معكوسة في ملف PDF.</numerusform>
            <numerusform>%1: أُعيد ترتيب %Ln كلمةً كانت مخزّنة معكوسة في ملف PDF.</numerusform>
            <numerusform>%1: أُعيد ترتيب %Ln كلمة كانت مخزّنة معكوسة في ملف PDF.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s) without a text layer were read by OCR; check the words marked as uncertain.</source>
        <translation>
            <numerusform>%1: لم تُقرأ أي صفحة بالتعرّف الضوئي على الحروف.</numerusform>
            <numerusform>%1: قُرئت صفحة واحدة بلا طبقة نص بالتعرّف الضوئي على الحروف؛ راجع الكلمات المعلَّمة بأنها غير مؤكدة.</numerusform>
            <numerusform>%1: قُرئت صفحتان بلا طبقة نص بالتعرّف الضوئي على الحروف؛ راجع الكلمات المعلَّمة بأنها غير مؤكدة.</numerusform>
            <numerusform>%1: قُرئت %Ln صفحات بلا طبقة نص بالتعرّف الضوئي على الحروف؛ راجع الكلمات المعلَّمة بأنها غير مؤكدة.</numerusform>
            <numerusform>%1: قُرئت %Ln صفحةً بلا طبقة نص بالتعرّف الضوئي على الحروف؛ راجع الكلمات المعلَّمة بأنها غير مؤكدة.</numerusform>
            <numerusform>%1: قُرئت %Ln صفحة بلا طبقة نص بالتعرّف الضوئي على الحروف؛ راجع الكلمات المعلَّمة بأنها غير مؤكدة.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: page(s) %2 have no text layer and no text could be recognised on them.</source>
        <translation>%1: لا طبقة نص في الصفحات %2، وتعذّر التعرّف على أي نص فيها.</translation>
    </message>
    <message>
        <source>%1: page(s) %2 have no text layer and were left out: reading them needs Tesseract&apos;s Arabic language data (Debian package tesseract-ocr-ara).</source>
        <translation>%1: لا طبقة نص في الصفحات %2 فتُركت: قراءتها تحتاج إلى بيانات اللغة العربية لبرنامج Tesseract (حزمة دبيان tesseract-ocr-ara).</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s) whose text layer lacks most of the letters drawn (the program that wrote the PDF left its glyphs without their characters) were read by OCR; check the words marked as uncertain.</source>
        <translation>
            <numerusform>%1: لم تُقرأ أي صفحة بالتعرّف الضوئي.</numerusform>
            <numerusform>%1: قُرئت بالتعرّف الضوئي على الحروف صفحة واحدة تفتقر طبقة نصها إلى معظم الحروف المرسومة (ترك البرنامج الذي كتب ملف PDF رموزها بلا حروفها)؛ راجع الكلمات المعلَّمة بأنها مشكوك فيها.</numerusform>
            <numerusform>%1: قُرئت بالتعرّف الضوئي على الحروف صفحتان تفتقر طبقة نصهما إلى معظم الحروف المرسومة (ترك البرنامج الذي كتب ملف PDF رموزهما بلا حروفها)؛ راجع الكلمات المعلَّمة بأنها مشكوك فيها.</numerusform>
            <numerusform>%1: قُرئت بالتعرّف الضوئي على الحروف %Ln صفحات تفتقر طبقة نصها إلى معظم الحروف المرسومة (ترك البرنامج الذي كتب ملف PDF رموزها بلا حروفها)؛ راجع الكلمات المعلَّمة بأنها مشكوك فيها.</numerusform>
            <numerusform>%1: قُرئت بالتعرّف الضوئي على الحروف %Ln صفحةً تفتقر طبقة نصها إلى معظم الحروف المرسومة (ترك البرنامج الذي كتب ملف PDF رموزها بلا حروفها)؛ راجع الكلمات المعلَّمة بأنها مشكوك فيها.</numerusform>
            <numerusform>%1: قُرئت بالتعرّف الضوئي على الحروف %Ln صفحة تفتقر طبقة نصها إلى معظم الحروف المرسومة (ترك البرنامج الذي كتب ملف PDF رموزها بلا حروفها)؛ راجع الكلمات المعلَّمة بأنها مشكوك فيها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the text layer of %n page(s) lacks most of the letters drawn (the program that wrote the PDF left its glyphs without their characters), so words are missing. Reading the pages instead needs Tesseract&apos;s Arabic language data (Debian package tesseract-ocr-ara).</source>
        <translation>
            <numerusform>%1: تفتقر طبقة النص في أي صفحة إلى معظم الحروف المرسومة (ترك البرنامج الذي كتب ملف PDF رموزها بلا حروفها)، فبعض الكلمات ناقصة. وقراءة الصفحات تحتاج إلى بيانات اللغة العربية لـ Tesseract (حزمة دبيان tesseract-ocr-ara).</numerusform>
            <numerusform>%1: تفتقر طبقة النص في صفحة واحدة إلى معظم الحروف المرسومة (ترك البرنامج الذي كتب ملف PDF رموزها بلا حروفها)، فبعض الكلمات ناقصة. وقراءة الصفحة تحتاج إلى بيانات اللغة العربية لـ Tesseract (حزمة دبيان tesseract-ocr-ara).</numerusform>
            <numerusform>%1: تفتقر طبقة النص في صفحتين إلى معظم الحروف المرسومة (ترك البرنامج الذي كتب ملف PDF رموزها بلا حروفها)، فبعض الكلمات ناقصة. وقراءة الصفحتين تحتاج إلى بيانات اللغة العربية لـ Tesseract (حزمة دبيان tesseract-ocr-ara).</numerusform>
            <numerusform>%1: تفتقر طبقة النص في %Ln صفحات إلى معظم الحروف المرسومة (ترك البرنامج الذي كتب ملف PDF رموزها بلا حروفها)، فبعض الكلمات ناقصة. وقراءة الصفحات تحتاج إلى بيانات اللغة العربية لـ Tesseract (حزمة دبيان tesseract-ocr-ara).</numerusform>
            <numerusform>%1: تفتقر طبقة النص في %Ln صفحةً إلى معظم الحروف المرسومة (ترك البرنامج الذي كتب ملف PDF رموزها بلا حروفها)، فبعض الكلمات ناقصة. وقراءة الصفحات تحتاج إلى بيانات اللغة العربية لـ Tesseract (حزمة دبيان tesseract-ocr-ara).</numerusform>
            <numerusform>%1: تفتقر طبقة النص في %Ln صفحة إلى معظم الحروف المرسومة (ترك البرنامج الذي كتب ملف PDF رموزها بلا حروفها)، فبعض الكلمات ناقصة. وقراءة الصفحات تحتاج إلى بيانات اللغة العربية لـ Tesseract (حزمة دبيان tesseract-ocr-ara).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n lam-alef ligature(s) drawn without their letters in the PDF were put back, with or without a hamza or madda, whichever makes a word of news.</source>
        <translation>
            <numerusform>%1: لم تُستعد أي ألف ولام مدغمتين في ملف PDF رُسمت بلا حروفهما (لا أو لأ أو لإ أو لآ، أيّها يكوّن كلمة من كلمات الأخبار).</numerusform>
            <numerusform>%1: استُعيد رمز لام ألف واحد في ملف PDF رُسم بلا حروفه (لا أو لأ أو لإ أو لآ، أيّها يكوّن كلمة من كلمات الأخبار).</numerusform>
            <numerusform>%1: استُعيد رمزا لام ألف في ملف PDF رُسما بلا حروفهما (لا أو لأ أو لإ أو لآ، أيّها يكوّن كلمة من كلمات الأخبار).</numerusform>
            <numerusform>%1: استُعيدت %Ln رموز لام ألف في ملف PDF رُسمت بلا حروفها (لا أو لأ أو لإ أو لآ، أيّها يكوّن كلمة من كلمات الأخبار).</numerusform>
            <numerusform>%1: استُعيد %Ln رمزًا للام ألف في ملف PDF رُسمت بلا حروفها (لا أو لأ أو لإ أو لآ، أيّها يكوّن كلمة من كلمات الأخبار).</numerusform>
            <numerusform>%1: استُعيد %Ln رمز لام ألف في ملف PDF رُسمت بلا حروفها (لا أو لأ أو لإ أو لآ، أيّها يكوّن كلمة من كلمات الأخبار).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hamish::PostgresListener</name>
    <message>
        <source>not connected</source>
        <translation>غير متصل</translation>
    </message>
</context>
<context>
    <name>Hamish::PostgresProjectStore</name>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>تعذّر الاتصال بـ%1: %2</translation>
    </message>
    <message>
        <source>Cannot create the schema %1 in %2: %3</source>
        <translation>تعذّر إنشاء المخطط %1 في %2: %3</translation>
    </message>
    <message>
        <source>Cannot create a project in %1: the database has no schema to put it in (%2).</source>
        <translation>تعذّر إنشاء مشروع في %1: ليس في قاعدة البيانات مخطط يوضع فيه (%2).</translation>
    </message>
    <message>
        <source>Cannot create a project in %1: %2</source>
        <translation>تعذّر إنشاء مشروع في %1: %2</translation>
    </message>
    <message>
        <source>%1 already holds a Hamish project: open it instead, or give another database or ?schema=NAME.</source>
        <translation>في %1 مشروع هامش من قبل: افتحه بدلًا من ذلك، أو أعطِ قاعدة بيانات أخرى أو ‎?schema=NAME‎.</translation>
    </message>
    <message>
        <source>%1 is not empty (%2 tables in schema %3): a project needs an empty database, or a schema of its own (add ?schema=NAME to the URL).</source>
        <translation>%1 ليست فارغة (%2 جداول في المخطط %3): يحتاج المشروع إلى قاعدة بيانات فارغة أو إلى مخطط خاص به (أضف ‎?schema=NAME‎ إلى العنوان).</translation>
    </message>
    <message>
        <source>The database was not changed.</source>
        <translation>لم تتغير قاعدة البيانات.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>تعذّر فتح %1: %2</translation>
    </message>
    <message>
        <source>There is no Hamish project in %1: create one with “hamish new %2”, or check the database and schema.</source>
        <translation>لا يوجد مشروع هامش في %1: أنشئ واحدًا بالأمر «hamish new %2»، أو تحقّق من قاعدة البيانات والمخطط.</translation>
    </message>
    <message>
        <source>%1 is not a Hamish project (its version is missing).</source>
        <translation>%1 ليس مشروع هامش (رقم إصداره مفقود).</translation>
    </message>
    <message>
        <source>%1 is not a Hamish project.</source>
        <translation>%1 ليس مشروع هامش.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Hamish (project format %2, this Hamish reads up to %3). Update Hamish to open it.</source>
        <translation>أُنشئ %1 بإصدار أحدث من هامش (صيغة المشروع %2، وهذا الإصدار يقرأ حتى %3). حدّث هامش لفتحه.</translation>
    </message>
    <message>
        <source>%1 was made by an older Hamish and must be upgraded, which needs write access.</source>
        <translation>أُنشئ %1 بإصدار أقدم من هامش ويجب ترقيته، وهذا يحتاج إلى إذن الكتابة.</translation>
    </message>
    <message>
        <source>Cannot upgrade %1 from project format %2: %3</source>
        <translation>تعذّرت ترقية %1 من صيغة المشروع %2: %3</translation>
    </message>
    <message>
        <source>Cannot follow the changes others make to %1: %2</source>
        <translation>تعذّرت متابعة ما يغيّره الآخرون في %1: %2</translation>
    </message>
    <message>
        <source>The connection to the server of %1 was lost.</source>
        <translation>انقطع الاتصال بخادم %1.</translation>
    </message>
    <message>
        <source>Cannot reconnect in the middle of an edit.</source>
        <translation>لا يمكن إعادة الاتصال في منتصف تعديل.</translation>
    </message>
    <message>
        <source>A copy is saved to a file: to copy a project to a server, use “hamish copy”.</source>
        <translation>تُحفظ النسخة في ملف: لنسخ مشروع إلى خادم استخدم «hamish copy».</translation>
    </message>
    <message>
        <source>Cannot save a copy in the middle of an edit.</source>
        <translation>لا يمكن حفظ نسخة في منتصف تعديل.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder may not be writable.</source>
        <translation>تعذّرت كتابة %1: قد لا يكون المجلد قابلًا للكتابة.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 annotations and %3 blocks lie outside their article&apos;s text.</source>
        <translation>%1 تالف: %2 وسمًا و%3 كتل تقع خارج نص مقالها.</translation>
    </message>
</context>
<context>
    <name>Hamish::ProjectCopy</name>
    <message>
        <source>%1 already has articles: copy into a new, empty project.</source>
        <translation>في %1 مقالات من قبل: انسخ إلى مشروع جديد فارغ.</translation>
    </message>
    <message>
        <source>Article %1 could not keep its id in the copy.</source>
        <translation>تعذّر أن يحتفظ المقال %1 برقمه في النسخة.</translation>
    </message>
    <message>
        <source>Annotation %1 could not keep its id in the copy.</source>
        <translation>تعذّر أن يحتفظ الوسم %1 برقمه في النسخة.</translation>
    </message>
    <message>
        <source>Nothing was copied: %1</source>
        <translation>لم يُنسخ شيء: %1</translation>
    </message>
</context>
<context>
    <name>Hamish::ProjectDocumentSource</name>
    <message>
        <source>There is no article %1 in the project (`hamish info PROJECT` lists the ids).</source>
        <translation>لا يوجد في المشروع مقال رقمه %1 (يسرد الأمر ‎`hamish info PROJECT`‎ أرقام المقالات).</translation>
    </message>
</context>
<context>
    <name>Hamish::ProjectImporter</name>
    <message>
        <source>Nothing was imported.</source>
        <translation>لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>%1: the text is empty.</source>
        <translation>%1: النص فارغ.</translation>
    </message>
    <message>
        <source>%1: offsets %2-%3 are not a span inside the text (%4 characters).</source>
        <translation>%1: الموضعان من %2 إلى %3 لا يحدّدان مقطعًا داخل النص (عدد محارفه %4).</translation>
    </message>
    <message>
        <source>%1: the text at %2-%3 is &quot;%4&quot;, not &quot;%5&quot; as the file says.</source>
        <translation>%1: النص من %2 إلى %3 هو «%4» لا «%5» كما يقول الملف.</translation>
    </message>
    <message>
        <source>%1: the project has no label &quot;%2&quot; (add it, or import with --create-labels).</source>
        <translation>%1: ليس في المشروع فئة «%2» (أضفها، أو استورد مع الخيار ‎--create-labels‎).</translation>
    </message>
    <message>
        <source>The import failed and was rolled back: %1</source>
        <translation>فشل الاستيراد وأُلغي كله: %1</translation>
    </message>
    <message>
        <source>%1: the label is empty.</source>
        <translation>%1: الوسم فارغ.</translation>
    </message>
    <message>
        <source>The dry run failed: %1</source>
        <translation>فشلت التجربة: %1</translation>
    </message>
</context>
<context>
    <name>Hamish::ProjectMerge</name>
    <message>
        <source>Name the project files to merge.</source>
        <translation>سمِّ ملفات المشاريع المراد دمجها.</translation>
    </message>
    <message>
        <source>Nothing was merged: %1</source>
        <translation>لم يُدمج شيء: %1</translation>
    </message>
</context>
<context>
    <name>Hamish::ProjectRetraining</name>
    <message>
        <source>&amp;Retrain on This Project</source>
        <translation>إعادة ال&amp;تدريب على هذا المشروع</translation>
    </message>
    <message>
        <source>Train the entity model again with the names reviewed in this project, so that the next articles&apos; suggestions learn from them</source>
        <translation>تدريب نموذج الكيانات من جديد بالأسماء التي رُوجعت في هذا المشروع، لتستفيد منها اقتراحات المقالات التالية</translation>
    </message>
    <message>
        <source>Retraining %p%</source>
        <translation>إعادة التدريب %p%</translation>
    </message>
    <message>
        <source>Retraining the entity model</source>
        <translation>إعادة تدريب نموذج الكيانات</translation>
    </message>
    <message>
        <source>Retrain on This Project</source>
        <translation>إعادة التدريب على هذا المشروع</translation>
    </message>
    <message>
        <source>Open or create a project first: the model learns from the names reviewed in it.</source>
        <translation>افتح مشروعًا أو أنشئ واحدًا أولًا: يتعلّم النموذج من الأسماء التي رُوجعت فيه.</translation>
    </message>
    <message numerus="yes">
        <source>Retraining the entity model on %n reviewed sentence(s) of the project…</source>
        <translation>
            <numerusform>إعادة تدريب نموذج الكيانات دون أي جملة مُراجَعة من المشروع…</numerusform>
            <numerusform>إعادة تدريب نموذج الكيانات على جملة مُراجَعة واحدة من المشروع…</numerusform>
            <numerusform>إعادة تدريب نموذج الكيانات على جملتين مُراجَعتين من المشروع…</numerusform>
            <numerusform>إعادة تدريب نموذج الكيانات على %Ln جمل مُراجَعة من المشروع…</numerusform>
            <numerusform>إعادة تدريب نموذج الكيانات على %Ln جملةً مُراجَعة من المشروع…</numerusform>
            <numerusform>إعادة تدريب نموذج الكيانات على %Ln جملة مُراجَعة من المشروع…</numerusform>
        </translation>
    </message>
    <message>
        <source>The project was closed before retraining finished; its model is unchanged.</source>
        <translation>أُغلق المشروع قبل انتهاء إعادة التدريب؛ ولم يتغيّر نموذجه.</translation>
    </message>
    <message>
        <source>Cannot store the retrained model: %1</source>
        <translation>تعذّر حفظ النموذج المعاد تدريبه: %1</translation>
    </message>
    <message numerus="yes">
        <source>Retrained on %n reviewed sentence(s): the next articles&apos; suggestions come from the project&apos;s own model.</source>
        <translation>
            <numerusform>أُعيد التدريب دون جمل مُراجَعة: اقتراحات المقالات التالية تأتي من نموذج المشروع الخاص.</numerusform>
            <numerusform>أُعيد التدريب على جملة مُراجَعة واحدة: اقتراحات المقالات التالية تأتي من نموذج المشروع الخاص.</numerusform>
            <numerusform>أُعيد التدريب على جملتين مُراجَعتين: اقتراحات المقالات التالية تأتي من نموذج المشروع الخاص.</numerusform>
            <numerusform>أُعيد التدريب على %Ln جمل مُراجَعة: اقتراحات المقالات التالية تأتي من نموذج المشروع الخاص.</numerusform>
            <numerusform>أُعيد التدريب على %Ln جملةً مُراجَعة: اقتراحات المقالات التالية تأتي من نموذج المشروع الخاص.</numerusform>
            <numerusform>أُعيد التدريب على %Ln جملة مُراجَعة: اقتراحات المقالات التالية تأتي من نموذج المشروع الخاص.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hamish::ReaderView</name>
    <message>
        <source>Article text</source>
        <translation>نص المقال</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>القيمة: %1</translation>
    </message>
    <message>
        <source>%1 · %2 · confidence %3</source>
        <translation>%1 · %2 · الثقة %3</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>مقترح</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>&lt;b&gt;Uncertain OCR reading&lt;/b&gt; &lt;span dir=&quot;rtl&quot;&gt;%1&lt;/span&gt;&lt;br&gt;OCR confidence %2%</source>
        <translation>&lt;b&gt;قراءة غير مؤكدة بالتعرف الضوئي&lt;/b&gt; &lt;span dir=&quot;rtl&quot;&gt;%1&lt;/span&gt;&lt;br&gt;ثقة التعرف الضوئي %2٪</translation>
    </message>
</context>
<context>
    <name>Hamish::ServerLocation</name>
    <message>
        <source>%1 is not a server location: write postgresql://[user[:password]@]host[:port]/database or postgresql:///database?host=/run/postgresql.</source>
        <translation>%1 ليس عنوان خادم: اكتب ‎postgresql://[user[:password]@]host[:port]/database‎ أو ‎postgresql:///database?host=/run/postgresql‎.</translation>
    </message>
    <message>
        <source>%1 names no database: write the database after the server, as in postgresql://server/news.</source>
        <translation>لا يسمّي %1 قاعدة بيانات: اكتب قاعدة البيانات بعد الخادم، مثل ‎postgresql://server/news‎.</translation>
    </message>
    <message>
        <source>%1 is not a schema name Hamish uses: letters, digits and _ only, at most 63.</source>
        <translation>%1 ليس اسم مخطط يستخدمه هامش: حروف وأرقام و_ فقط، 63 على الأكثر.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>هذا الحاسوب</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 على %2</translation>
    </message>
    <message>
        <source>%1 on %2 (as %3)</source>
        <translation>%1 على %2 (باسم %3)</translation>
    </message>
</context>
<context>
    <name>Hamish::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Reading font</source>
        <translation>خط القراءة</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> نقطة</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>حجم الخط</translation>
    </message>
    <message>
        <source>Line spacing</source>
        <translation>تباعد الأسطر</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>بنّي دافئ</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>السمة</translation>
    </message>
    <message>
        <source>Highlight opacity</source>
        <translation>عتامة التظليل</translation>
    </message>
    <message>
        <source>&amp;Hide diacritics (tashkeel) while reading</source>
        <translation>إ&amp;خفاء التشكيل (الحركات) أثناء القراءة</translation>
    </message>
    <message>
        <source>Only the display changes: selections, annotations and exports keep the original text.</source>
        <translation>يتغيّر العرض فقط: تحتفظ التحديدات والوسوم والتصديرات بالنص الأصلي.</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>كما كُتبت</translation>
    </message>
    <message>
        <source>Arabic-Indic (٠١٢٣)</source>
        <translation>هندية مشرقية (٠١٢٣)</translation>
    </message>
    <message>
        <source>Western (0123)</source>
        <translation>عربية غربية (0123)</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <source>Reading &amp;font:</source>
        <translation>خط ال&amp;قراءة:</translation>
    </message>
    <message>
        <source>Font &amp;size:</source>
        <translation>&amp;حجم الخط:</translation>
    </message>
    <message>
        <source>&amp;Line spacing:</source>
        <translation>تباعد الأ&amp;سطر:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;السمة:</translation>
    </message>
    <message>
        <source>Highlight &amp;opacity:</source>
        <translation>عتامة ال&amp;تظليل:</translation>
    </message>
    <message>
        <source>&amp;Digits:</source>
        <translation>ال&amp;أرقام:</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>لغة ال&amp;واجهة:</translation>
    </message>
    <message>
        <source>A new interface language takes effect when Hamish is started again.</source>
        <translation>تسري لغة الواجهة الجديدة عند تشغيل هامش من جديد.</translation>
    </message>
    <message>
        <source>&amp;Annotator name:</source>
        <translation>اسم ال&amp;مُوسِّم:</translation>
    </message>
    <message>
        <source>Annotator name</source>
        <translation>اسم المُوسِّم</translation>
    </message>
    <message>
        <source>Who your annotations belong to in a team project. Empty: your login name.</source>
        <translation>لمن تُنسب وسومك في مشروع فريق. إن تُرك فارغًا فاسم دخولك.</translation>
    </message>
</context>
<context>
    <name>Hamish::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Actions and their shortcuts</source>
        <translation>الأوامر واختصاراتها</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الأمر</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <source>&amp;Shortcut:</source>
        <translation>&amp;الاختصار:</translation>
    </message>
    <message>
        <source>Shortcut of the selected action</source>
        <translation>اختصار الأمر المحدد</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;مسح</translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation>ال&amp;افتراضي</translation>
    </message>
    <message>
        <source>Give the selected action its default shortcut</source>
        <translation>إعادة الاختصار الافتراضي للأمر المحدد</translation>
    </message>
    <message>
        <source>Reset &amp;All</source>
        <translation>إعادة ت&amp;عيين الكل</translation>
    </message>
    <message>
        <source>Give every action its default shortcut</source>
        <translation>إعادة الاختصارات الافتراضية لكل الأوامر</translation>
    </message>
    <message>
        <source>Shortcut in Use</source>
        <translation>الاختصار مستخدم</translation>
    </message>
    <message>
        <source>%1 is already the shortcut of “%2”. Give it to “%3” instead?</source>
        <translation>%1 هو اختصار «%2» بالفعل. أتعطيه لـ«%3» بدلًا منه؟</translation>
    </message>
    <message>
        <source>%1 is used by: %2</source>
        <translation>%1 مستخدم في: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>This shortcut is used by more than one action</source>
        <translation>هذا الاختصار مستخدم في أكثر من أمر</translation>
    </message>
</context>
<context>
    <name>Hamish::SourcePageDialog</name>
    <message>
        <source>Source Page</source>
        <translation>صفحة المصدر</translation>
    </message>
    <message>
        <source>Page image</source>
        <translation>صورة الصفحة</translation>
    </message>
    <message>
        <source>&amp;Previous Page</source>
        <translation>الصفحة ال&amp;سابقة</translation>
    </message>
    <message>
        <source>Show the page before this one</source>
        <translation>عرض الصفحة التي قبل هذه</translation>
    </message>
    <message>
        <source>&amp;Next Page</source>
        <translation>الصفحة ال&amp;تالية</translation>
    </message>
    <message>
        <source>Show the page after this one</source>
        <translation>عرض الصفحة التي بعد هذه</translation>
    </message>
    <message>
        <source>&amp;Fit to width</source>
        <translation>ملاءمة ال&amp;عرض</translation>
    </message>
    <message>
        <source>Scale the page to the window&apos;s width; unchecked, the page is shown at 150 dpi</source>
        <translation>تحجيم الصفحة على عرض النافذة؛ وإن لم يُحدَّد تُعرض الصفحة بدقة 150 نقطة في البوصة</translation>
    </message>
    <message>
        <source>%1 — page %2</source>
        <translation>%1 — الصفحة %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>الصفحة %1</translation>
    </message>
    <message>
        <source>The file was changed or replaced after the article was imported; the article&apos;s text is kept in Hamish.</source>
        <translation>غُيّر الملف أو استُبدل بعد استيراد المقال؛ نص المقال محفوظ في هامش.</translation>
    </message>
    <message>
        <source>The article&apos;s text is kept in Hamish.</source>
        <translation>نص المقال محفوظ في هامش.</translation>
    </message>
    <message>
        <source>The file this article was imported from is not at %1 on this computer: it was moved, renamed or deleted since the import, or imported on another computer (a team project). The article&apos;s text is kept in Hamish; to see its pages, put the file there.</source>
        <translation>الملف الذي استُورد منه هذا المقال ليس في %1 على هذا الحاسوب: نُقل أو أعيدت تسميته أو حُذف بعد الاستيراد، أو استُورد على حاسوب آخر (في مشروع فريق). نص المقال محفوظ في هامش؛ ولرؤية صفحاته ضع الملف هناك.</translation>
    </message>
</context>
<context>
    <name>Hamish::SourcePages</name>
    <message>
        <source>%1 is protected by a password, so its pages cannot be shown. Open it in a PDF reader with the password.</source>
        <translation>%1 محمي بكلمة مرور، فلا يمكن عرض صفحاته. افتحه بكلمة المرور في قارئ PDF.</translation>
    </message>
    <message>
        <source>Page %1 of %2 could not be drawn: the PDF is damaged there.</source>
        <translation>تعذّر رسم الصفحة %1 من %2: ملف PDF تالف في ذلك الموضع.</translation>
    </message>
    <message>
        <source>%1 is too large to show (%2 MB).</source>
        <translation>%1 أكبر من أن يُعرض (%2 ميغابايت).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>تتعذّر قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be drawn: it is too large or damaged.</source>
        <translation>تعذّر رسم %1: إنه كبير جدًا أو تالف.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ليس ملفًا.</translation>
    </message>
    <message>
        <source>%1 is neither a PDF nor a scanned image: it has no pages to show.</source>
        <translation>%1 ليس ملف PDF ولا صورة ممسوحة: لا صفحات فيه تُعرض.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n page(s): there is no page %2.</source>
        <translation>
            <numerusform>ليس في %1 أي صفحة: لا توجد فيه الصفحة %2.</numerusform>
            <numerusform>في %1 صفحة واحدة: لا توجد فيه الصفحة %2.</numerusform>
            <numerusform>في %1 صفحتان: لا توجد فيه الصفحة %2.</numerusform>
            <numerusform>في %1 %Ln صفحات: لا توجد فيه الصفحة %2.</numerusform>
            <numerusform>في %1 %Ln صفحةً: لا توجد فيه الصفحة %2.</numerusform>
            <numerusform>في %1 %Ln صفحة: لا توجد فيه الصفحة %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a readable PDF: it is damaged or incomplete.</source>
        <translation>%1 ليس ملف PDF مقروءًا: إنه تالف أو ناقص.</translation>
    </message>
    <message>
        <source>%1 has no pages: it is damaged or incomplete.</source>
        <translation>لا صفحات في %1: إنه تالف أو ناقص.</translation>
    </message>
    <message>
        <source>%1 is not a readable image: it is damaged or incomplete.</source>
        <translation>%1 ليس صورة مقروءة: إنها تالفة أو ناقصة.</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>لا يوجد ملف في %1.</translation>
    </message>
</context>
<context>
    <name>Hamish::Sql</name>
    <message>
        <source>the disk is full (or a file size limit was reached). Free some space, then try again.</source>
        <translation>القرص ممتلئ (أو بلغ الملف الحدّ المسموح به لحجمه). أفرغ بعض المساحة، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>the disk reported an error (it may be full, removed or failing). Check the disk, then try again.</source>
        <translation>أبلغ القرص عن خطأ (قد يكون ممتلئًا أو منزوعًا أو معطوبًا). افحص القرص، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>a file kept beside it (its -wal or -shm file) cannot be created or opened. Is the folder writable, and is there free space?</source>
        <translation>تعذّر إنشاء ملف يُحفظ بجانبه (ملف ‎-wal أو ‎-shm) أو فتحه. أيمكن الكتابة في المجلد، وأفيه مساحة فارغة؟</translation>
    </message>
    <message>
        <source>the file or its folder is read-only.</source>
        <translation>الملف أو مجلده للقراءة فقط.</translation>
    </message>
    <message>
        <source>it is damaged (%1). Restore it from a copy.</source>
        <translation>إنه تالف (%1). استعده من نسخة.</translation>
    </message>
    <message>
        <source>it is busy in another program. Try again in a moment.</source>
        <translation>إنه مشغول في برنامج آخر. أعد المحاولة بعد لحظة.</translation>
    </message>
</context>
<context>
    <name>Hamish::SqlProjectStore</name>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql).</source>
        <translation>مشغّل PostgreSQL الخاص بـQt غير مثبّت (في دبيان: libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>A label needs a name.</source>
        <translation>تحتاج الفئة إلى اسم.</translation>
    </message>
    <message>
        <source>There is already a label named %1.</source>
        <translation>توجد من قبل فئة اسمها %1.</translation>
    </message>
    <message>
        <source>There is no label %1 in the project.</source>
        <translation>لا توجد في المشروع فئة رقمها %1.</translation>
    </message>
    <message>
        <source>%1 annotations use this label: change or remove them before removing the label.</source>
        <translation>تستخدم هذه الفئةَ وسومٌ عددها %1: غيّرها أو احذفها قبل حذف الفئة.</translation>
    </message>
    <message>
        <source>There are two labels named %1.</source>
        <translation>توجد فئتان اسمهما %1.</translation>
    </message>
    <message>
        <source>There is no annotation %1 in the project.</source>
        <translation>لا يوجد في المشروع وسم رقمه %1.</translation>
    </message>
    <message>
        <source>Someone else changed this annotation (%1) while you were editing it: their change is shown now; make yours again if it is still needed.</source>
        <translation>غيّر شخص آخر هذا الوسم (%1) وأنت تعدّله: يظهر تغييره الآن؛ أعد تغييرك إن كنت لا تزال تحتاج إليه.</translation>
    </message>
    <message>
        <source>Name the annotator to assign the article to.</source>
        <translation>سمِّ المُوسِّم الذي يُسند إليه المقال.</translation>
    </message>
    <message>
        <source>Article %1 is not assigned to %2.</source>
        <translation>المقال %1 غير مسند إلى %2.</translation>
    </message>
    <message>
        <source>There is no article %1 in the project.</source>
        <translation>لا يوجد في المشروع مقال رقمه %1.</translation>
    </message>
    <message>
        <source>%1 is open read-only.</source>
        <translation>%1 مفتوح للقراءة فقط.</translation>
    </message>
    <message>
        <source>Cannot read or write %1: %2</source>
        <translation>تعذّرت القراءة من %1 أو الكتابة فيه: %2</translation>
    </message>
    <message>
        <source>The connection to the server of %1 was lost (%2). Nothing was written: reconnect, then try again.</source>
        <translation>انقطع الاتصال بخادم %1 (%2). لم يُكتب شيء: أعد الاتصال ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>The span %1-%2 is not inside the article&apos;s text (length %3).</source>
        <translation>المقطع من %1 إلى %2 ليس داخل نص المقال (طوله %3).</translation>
    </message>
    <message>
        <source>The project has no label named %1.</source>
        <translation>ليس في المشروع فئة اسمها %1.</translation>
    </message>
    <message>
        <source>%1 was moved, renamed or deleted while it was open, so changes can no longer be saved to it: this one was not. Save the project under a new name (File › Save Project As) to keep your work.</source>
        <translation>نُقل %1 أو غُيّر اسمه أو حُذف وهو مفتوح، فلم يعد ممكنًا حفظ التغييرات فيه: ولم يُحفظ هذا التغيير. احفظ المشروع باسم جديد (ملف › حفظ المشروع باسم) لتحتفظ بعملك.</translation>
    </message>
</context>
<context>
    <name>Hamish::SqliteProjectStore</name>
    <message>
        <source>%1 already exists: choose another name, or open it instead.</source>
        <translation>%1 موجود من قبل: اختر اسمًا آخر، أو افتحه بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>the folder may not be writable</source>
        <translation>ربما لا يُسمح بالكتابة في المجلد</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>تعذّر إنشاء %1: %2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 غير موجود.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a project file.</source>
        <translation>%1 مجلد وليس ملف مشروع.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>The file was not changed.</source>
        <translation>لم يتغيّر الملف.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Hamish project.</source>
        <translation>%1 قاعدة بيانات SQLite لكنه ليس مشروع هامش.</translation>
    </message>
    <message>
        <source>%1 is not a Hamish project: it is not an SQLite database, or its beginning is damaged.</source>
        <translation>%1 ليس مشروع هامش: فهو ليس قاعدة بيانات SQLite، أو أن أوله تالف.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Hamish (project format %2, this Hamish reads up to %3). Update Hamish to open it.</source>
        <translation>حُفظ %1 بإصدار أحدث من هامش (صيغة المشروع %2، وهذا الإصدار يقرأ حتى الصيغة %3). حدّث هامش لتفتحه.</translation>
    </message>
    <message>
        <source>%1 is a read-only file: opened read-only.</source>
        <translation>%1 ملف للقراءة فقط: فُتح للقراءة فقط.</translation>
    </message>
    <message>
        <source>%1: cannot create a lock file beside it (is the folder writable?): opened read-only.</source>
        <translation>%1: تعذّر إنشاء ملف قفل بجانبه (هل يُسمح بالكتابة في المجلد؟): فُتح للقراءة فقط.</translation>
    </message>
    <message>
        <source>%1 is open in another Hamish (process %2 on %3): opened read-only. Close it there to edit here.</source>
        <translation>%1 مفتوح في نسخة أخرى من هامش (العملية %2 على %3): فُتح للقراءة فقط. أغلقه هناك لتحرّره هنا.</translation>
    </message>
    <message>
        <source>%1 is open in another Hamish: opened read-only. Close it there to edit here.</source>
        <translation>%1 مفتوح في نسخة أخرى من هامش: فُتح للقراءة فقط. أغلقه هناك لتحرّره هنا.</translation>
    </message>
    <message>
        <source>%1 is a Hamish project but its database is damaged (%2). Restore it from a copy.</source>
        <translation>%1 مشروع هامش لكن قاعدة بياناته تالفة (%2). استعده من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Hamish: update Hamish to open it.</source>
        <translation>حُفظ %1 بإصدار أحدث من هامش: حدّث هامش لتفتحه.</translation>
    </message>
    <message>
        <source>%1 was saved by an older Hamish and must be upgraded, which needs write access.</source>
        <translation>حُفظ %1 بإصدار أقدم من هامش ويجب ترقيته، والترقية تحتاج إذنًا بالكتابة.</translation>
    </message>
    <message>
        <source>Cannot upgrade %1 from project format %2: %3</source>
        <translation>تعذّرت ترقية %1 من صيغة المشروع %2: %3</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>تعذّر فتح %1: %2</translation>
    </message>
    <message>
        <source>Cannot save a copy in the middle of an edit.</source>
        <translation>لا يمكن حفظ نسخة في أثناء تعديل.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت الكتابة في %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder may not be writable.</source>
        <translation>تعذّرت الكتابة في %1: ربما لا يُسمح بالكتابة في المجلد.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 تالف: %2</translation>
    </message>
    <message>
        <source>If no Hamish has it open (one stopped on another computer, or the computer restarted), delete %1 and open the project again.</source>
        <translation>إن لم يكن مفتوحًا في أي نسخة من هامش (توقفت نسخة على حاسوب آخر، أو أُعيد تشغيل الحاسوب)، فاحذف %1 وافتح المشروع من جديد.</translation>
    </message>
    <message>
        <source>Choose another file name: %1 is the project itself or one of the files it keeps beside it, and a copy cannot replace it.</source>
        <translation>اختر اسم ملف آخر: %1 هو المشروع نفسه أو أحد الملفات التي يحفظها بجانبه، ولا يمكن أن تحلّ نسخة محله.</translation>
    </message>
</context>
<context>
    <name>Hamish::StatusBarInfo</name>
    <message>
        <source>Article information</source>
        <translation>معلومات المقال</translation>
    </message>
    <message>
        <source>Estimated at %1 words a minute</source>
        <translation>الوقت مقدّر على أساس %1 كلمة في الدقيقة</translation>
    </message>
    <message>
        <source>Character encoding of the file</source>
        <translation>ترميز محارف الملف</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>لا كلمات</numerusform>
            <numerusform>كلمة واحدة</numerusform>
            <numerusform>كلمتان</numerusform>
            <numerusform>%Ln كلمات</numerusform>
            <numerusform>%Ln كلمة</numerusform>
            <numerusform>%Ln كلمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) of reading</source>
        <translation>
            <numerusform>قراءة أقل من دقيقة</numerusform>
            <numerusform>قراءة نحو دقيقة واحدة</numerusform>
            <numerusform>قراءة نحو دقيقتين</numerusform>
            <numerusform>قراءة نحو %Ln دقائق</numerusform>
            <numerusform>قراءة نحو %Ln دقيقة</numerusform>
            <numerusform>قراءة نحو %Ln دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accepted</source>
        <translation>
            <numerusform>لا وسوم مقبولة</numerusform>
            <numerusform>وسم واحد مقبول</numerusform>
            <numerusform>وسمان مقبولان</numerusform>
            <numerusform>%Ln وسوم مقبولة</numerusform>
            <numerusform>%Ln وسمًا مقبولًا</numerusform>
            <numerusform>%Ln وسم مقبول</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggested</source>
        <translation>
            <numerusform>لا وسوم مقترحة</numerusform>
            <numerusform>وسم واحد مقترح</numerusform>
            <numerusform>وسمان مقترحان</numerusform>
            <numerusform>%Ln وسوم مقترحة</numerusform>
            <numerusform>%Ln وسمًا مقترحًا</numerusform>
            <numerusform>%Ln وسم مقترح</numerusform>
        </translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>الصفحة %1</translation>
    </message>
    <message>
        <source>Page of the source file the text at the top of the view is on. Click to see the page.</source>
        <translation>صفحة الملف المصدر التي عليها النص في أعلى العرض. انقر لرؤية الصفحة.</translation>
    </message>
</context>
<context>
    <name>Hamish::TeamPanels</name>
    <message>
        <source>Curation</source>
        <translation>التنقيح</translation>
    </message>
    <message>
        <source>A&amp;nnotators</source>
        <translation>المُو&amp;سِّمون</translation>
    </message>
    <message>
        <source>&amp;Curate This Article</source>
        <translation>&amp;تنقيح هذا المقال</translation>
    </message>
    <message>
        <source>&amp;Next Difference</source>
        <translation>الاختلاف ال&amp;تالي</translation>
    </message>
    <message>
        <source>No row still waits for the curator.</source>
        <translation>لم يبقَ صف ينتظر المنقِّح.</translation>
    </message>
    <message>
        <source>&amp;Previous Difference</source>
        <translation>الاختلاف ال&amp;سابق</translation>
    </message>
    <message>
        <source>&amp;Merge All Agreed Spans</source>
        <translation>&amp;دمج كل المقاطع المتفق عليها</translation>
    </message>
    <message>
        <source>Assi&amp;gn This Article To…</source>
        <translation>إ&amp;سناد هذا المقال إلى…</translation>
    </message>
    <message>
        <source>Mark Article &amp;Done</source>
        <translation>تعليم المقال بأنه م&amp;نجز</translation>
    </message>
    <message>
        <source>Curating: edits go to the curated layer</source>
        <translation>تنقيح: التعديلات تذهب إلى الطبقة المنقّحة</translation>
    </message>
    <message>
        <source>%1&apos;s annotations (read-only)</source>
        <translation>وسوم %1 (للقراءة فقط)</translation>
    </message>
    <message>
        <source>&amp;My Annotations (%1)</source>
        <translation>و&amp;سومي (%1)</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (للقراءة فقط)</translation>
    </message>
    <message>
        <source>The curated layer already holds %1&apos;s spans here.</source>
        <translation>الطبقة المنقّحة تحوي مقاطع %1 هنا من قبل.</translation>
    </message>
    <message>
        <source>Took %1&apos;s side.</source>
        <translation>أُخذ برأي %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n agreed span(s) added to the curated layer.</source>
        <translation>
            <numerusform>لم يُضف أي مقطع متفق عليه إلى الطبقة المنقّحة.</numerusform>
            <numerusform>أُضيف مقطع واحد متفق عليه إلى الطبقة المنقّحة.</numerusform>
            <numerusform>أُضيف مقطعان متفق عليهما إلى الطبقة المنقّحة.</numerusform>
            <numerusform>أُضيفت %Ln مقاطع متفق عليها إلى الطبقة المنقّحة.</numerusform>
            <numerusform>أُضيف %Ln مقطعًا متفقًا عليه إلى الطبقة المنقّحة.</numerusform>
            <numerusform>أُضيف %Ln مقطع متفق عليه إلى الطبقة المنقّحة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign Article</source>
        <translation>إسناد المقال</translation>
    </message>
    <message>
        <source>Annotator to give “%1” to:</source>
        <translation>المُوسِّم الذي يُسند إليه «%1»:</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>إسناد</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cannot Assign Article</source>
        <translation>تعذّر إسناد المقال</translation>
    </message>
    <message>
        <source>“%1” is assigned to %2.</source>
        <translation>أُسند «%1» إلى %2.</translation>
    </message>
    <message>
        <source>Cannot Mark Article</source>
        <translation>تعذّر تعليم المقال</translation>
    </message>
    <message>
        <source>&amp;Curated Layer, Everyone Side by Side</source>
        <translation>الطبقة ال&amp;منقّحة، والجميع جنبًا إلى جنب</translation>
    </message>
</context>
<context>
    <name>Hamish::TeamProjectDialog</name>
    <message>
        <source>Open Team Project</source>
        <translation>فتح مشروع فريق</translation>
    </message>
    <message>
        <source>A project a team shares on a PostgreSQL server. Its address is a URL such as postgresql://server/news or, on this computer, postgresql:///news?host=/run/postgresql.</source>
        <translation>مشروع يتشاركه فريق على خادم ⁦PostgreSQL⁩. عنوانه رابط مثل ⁦postgresql://server/news⁩ أو، على هذا الحاسوب، ⁦postgresql:///news?host=/run/postgresql⁩.</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>&amp;عنوان الخادم:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>المست&amp;خدم:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>The password is used for this session only and never saved. Leave it empty when the server needs none, or when it is in PGPASSWORD or ~/.pgpass.</source>
        <translation>تُستخدم كلمة المرور لهذه الجلسة فقط ولا تُحفظ أبدًا. اتركها فارغة إن لم يطلبها الخادم، أو إن كانت في ⁦PGPASSWORD⁩ أو ⁦~/.pgpass⁩.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>Hamish::TeamStatus</name>
    <message>
        <source>Reconnect</source>
        <translation>إعادة الاتصال</translation>
    </message>
    <message>
        <source>Connect to the server again and commit the edits that wait</source>
        <translation>الاتصال بالخادم من جديد وحفظ التعديلات المنتظرة فيه</translation>
    </message>
    <message>
        <source>Save Waiting Edits…</source>
        <translation>حفظ التعديلات المنتظرة…</translation>
    </message>
    <message>
        <source>Write the articles with edits that wait to a Hamish JSON file, to import later</source>
        <translation>كتابة المقالات ذات التعديلات المنتظرة في ملف تصدير من هامش، لاستيرادها لاحقًا</translation>
    </message>
    <message numerus="yes">
        <source>Disconnected from %1: %n edit(s) waiting</source>
        <translation>
            <numerusform>انقطع الاتصال بـ%1: لا تعديل ينتظر</numerusform>
            <numerusform>انقطع الاتصال بـ%1: تعديل واحد ينتظر</numerusform>
            <numerusform>انقطع الاتصال بـ%1: تعديلان ينتظران</numerusform>
            <numerusform>انقطع الاتصال بـ%1: %Ln تعديلات تنتظر</numerusform>
            <numerusform>انقطع الاتصال بـ%1: %Ln تعديلًا ينتظر</numerusform>
            <numerusform>انقطع الاتصال بـ%1: %Ln تعديل ينتظر</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, annotating as %2</source>
        <translation>%1، يوسم باسم %2</translation>
    </message>
    <message>
        <source>A team project on a server: your edits are saved there as you make them, and others&apos; edits appear here as they make them.</source>
        <translation>مشروع فريق على خادم: تُحفظ تعديلاتك فيه حين تجريها، وتظهر هنا تعديلات الآخرين حين يجرونها.</translation>
    </message>
    <message>
        <source>Cannot Reconnect</source>
        <translation>تعذّرت إعادة الاتصال</translation>
    </message>
    <message numerus="yes">
        <source>%1

Your %n waiting edit(s) are kept: try again later, or save them to a file.</source>
        <translation>
            <numerusform>%1

لا تعديل ينتظر.</numerusform>
            <numerusform>%1

تعديلك المنتظر محفوظ لديك: حاول لاحقًا، أو احفظه في ملف.</numerusform>
            <numerusform>%1

تعديلاك المنتظران محفوظان لديك: حاول لاحقًا، أو احفظهما في ملف.</numerusform>
            <numerusform>%1

تعديلاتك المنتظرة (%Ln) محفوظة لديك: حاول لاحقًا، أو احفظها في ملف.</numerusform>
            <numerusform>%1

تعديلاتك المنتظرة (%Ln) محفوظة لديك: حاول لاحقًا، أو احفظها في ملف.</numerusform>
            <numerusform>%1

تعديلاتك المنتظرة (%Ln) محفوظة لديك: حاول لاحقًا، أو احفظها في ملف.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected again to %1.</source>
        <translation>عاد الاتصال بـ%1.</translation>
    </message>
    <message numerus="yes">
        <source>Connected again: %n waiting edit(s) saved.</source>
        <translation>
            <numerusform>عاد الاتصال: لم يكن هناك تعديل منتظر.</numerusform>
            <numerusform>عاد الاتصال: حُفظ التعديل المنتظر.</numerusform>
            <numerusform>عاد الاتصال: حُفظ التعديلان المنتظران.</numerusform>
            <numerusform>عاد الاتصال: حُفظت %Ln تعديلات منتظرة.</numerusform>
            <numerusform>عاد الاتصال: حُفظ %Ln تعديلًا منتظرًا.</numerusform>
            <numerusform>عاد الاتصال: حُفظ %Ln تعديل منتظر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) were dropped: someone else had changed the same annotation first.</source>
        <translation>
            <numerusform>لم يُسقط أي تعديل.</numerusform>
            <numerusform>أُسقط تعديل واحد: غيّر شخص آخر الوسم نفسه قبلك.</numerusform>
            <numerusform>أُسقط تعديلان: غيّر شخص آخر الوسوم نفسها قبلك.</numerusform>
            <numerusform>أُسقطت %Ln تعديلات: غيّر شخص آخر الوسوم نفسها قبلك.</numerusform>
            <numerusform>أُسقط %Ln تعديلًا: غيّر شخص آخر الوسوم نفسها قبلك.</numerusform>
            <numerusform>أُسقط %Ln تعديل: غيّر شخص آخر الوسوم نفسها قبلك.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Waiting Edits</source>
        <translation>حفظ التعديلات المنتظرة</translation>
    </message>
    <message>
        <source>Hamish JSON (*.json)</source>
        <translation>JSON هامش (*.json)</translation>
    </message>
    <message>
        <source>Cannot Save Waiting Edits</source>
        <translation>تعذّر حفظ التعديلات المنتظرة</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n article(s) with waiting edits to %1</source>
        <translation>
            <numerusform>لم يُحفظ أي مقال في %1</numerusform>
            <numerusform>حُفظ مقال واحد بتعديلاته المنتظرة في %1</numerusform>
            <numerusform>حُفظ مقالان بتعديلاتهما المنتظرة في %1</numerusform>
            <numerusform>حُفظت %Ln مقالات بتعديلاتها المنتظرة في %1</numerusform>
            <numerusform>حُفظ %Ln مقالًا بتعديلاتها المنتظرة في %1</numerusform>
            <numerusform>حُفظ %Ln مقال بتعديلاتها المنتظرة في %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hamish::TextFormat</name>
    <message>
        <source>Text and web pages</source>
        <translation>نصوص وصفحات ويب</translation>
    </message>
</context>
<context>
    <name>Hamish::ValueText</name>
    <message>
        <source>%1 m</source>
        <translation>%1 م</translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation>%1 م²</translation>
    </message>
    <message>
        <source>%1 m³</source>
        <translation>%1 م³</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 كم</translation>
    </message>
    <message>
        <source>%1 km²</source>
        <translation>%1 كم²</translation>
    </message>
    <message>
        <source>%1 cm</source>
        <translation>%1 سم</translation>
    </message>
    <message>
        <source>%1 mm</source>
        <translation>%1 مم</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 كغ</translation>
    </message>
    <message>
        <source>%1 g</source>
        <translation>%1 غ</translation>
    </message>
    <message>
        <source>%1 mg</source>
        <translation>%1 ملغ</translation>
    </message>
    <message>
        <source>%1 t</source>
        <translation>%1 طن</translation>
    </message>
    <message>
        <source>%1 l</source>
        <translation>%1 ل</translation>
    </message>
    <message>
        <source>%1 ml</source>
        <translation>%1 مل</translation>
    </message>
    <message>
        <source>%1 hl</source>
        <translation>%1 هكتولتر</translation>
    </message>
    <message>
        <source>%1 ha</source>
        <translation>%1 هكتار</translation>
    </message>
    <message>
        <source>%1 °C</source>
        <translation>%1 درجة مئوية</translation>
    </message>
    <message>
        <source>%1 °F</source>
        <translation>%1 درجة فهرنهايت</translation>
    </message>
    <message>
        <source>%1°</source>
        <translation>%1 درجة</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%Ln ثانية</numerusform>
            <numerusform>ثانية واحدة</numerusform>
            <numerusform>ثانيتان</numerusform>
            <numerusform>%Ln ثوانٍ</numerusform>
            <numerusform>%Ln ثانية</numerusform>
            <numerusform>%Ln ثانية</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 ثانية</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>دقيقة واحدة</numerusform>
            <numerusform>دقيقتان</numerusform>
            <numerusform>%Ln دقائق</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 دقيقة</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%Ln ساعة</numerusform>
            <numerusform>ساعة واحدة</numerusform>
            <numerusform>ساعتان</numerusform>
            <numerusform>%Ln ساعات</numerusform>
            <numerusform>%Ln ساعة</numerusform>
            <numerusform>%Ln ساعة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 ساعة</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%Ln يوم</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومان</numerusform>
            <numerusform>%Ln أيام</numerusform>
            <numerusform>%Ln يومًا</numerusform>
            <numerusform>%Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 يوم</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%Ln أسبوع</numerusform>
            <numerusform>أسبوع واحد</numerusform>
            <numerusform>أسبوعان</numerusform>
            <numerusform>%Ln أسابيع</numerusform>
            <numerusform>%Ln أسبوعًا</numerusform>
            <numerusform>%Ln أسبوع</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation>%1 أسبوع</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%Ln شهر</numerusform>
            <numerusform>شهر واحد</numerusform>
            <numerusform>شهران</numerusform>
            <numerusform>%Ln أشهر</numerusform>
            <numerusform>%Ln شهرًا</numerusform>
            <numerusform>%Ln شهر</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 شهر</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%Ln سنة</numerusform>
            <numerusform>سنة واحدة</numerusform>
            <numerusform>سنتان</numerusform>
            <numerusform>%Ln سنوات</numerusform>
            <numerusform>%Ln سنة</numerusform>
            <numerusform>%Ln سنة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 سنة</translation>
    </message>
    <message numerus="yes">
        <source>%n barrel(s)</source>
        <translation>
            <numerusform>%Ln برميل</numerusform>
            <numerusform>برميل واحد</numerusform>
            <numerusform>برميلان</numerusform>
            <numerusform>%Ln براميل</numerusform>
            <numerusform>%Ln برميلًا</numerusform>
            <numerusform>%Ln برميل</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 barrels</source>
        <translation>%1 برميل</translation>
    </message>
    <message numerus="yes">
        <source>%n cup(s)</source>
        <translation>
            <numerusform>%Ln كوب</numerusform>
            <numerusform>كوب واحد</numerusform>
            <numerusform>كوبان</numerusform>
            <numerusform>%Ln أكواب</numerusform>
            <numerusform>%Ln كوبًا</numerusform>
            <numerusform>%Ln كوب</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cups</source>
        <translation>%1 كوب</translation>
    </message>
    <message numerus="yes">
        <source>%n dunam(s)</source>
        <translation>
            <numerusform>%Ln دونم</numerusform>
            <numerusform>دونم واحد</numerusform>
            <numerusform>دونمان</numerusform>
            <numerusform>%Ln دونمات</numerusform>
            <numerusform>%Ln دونمًا</numerusform>
            <numerusform>%Ln دونم</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 dunams</source>
        <translation>%1 دونم</translation>
    </message>
    <message numerus="yes">
        <source>%n foot/feet</source>
        <translation>
            <numerusform>%Ln قدم</numerusform>
            <numerusform>قدم واحدة</numerusform>
            <numerusform>قدمان</numerusform>
            <numerusform>%Ln أقدام</numerusform>
            <numerusform>%Ln قدمًا</numerusform>
            <numerusform>%Ln قدم</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 feet</source>
        <translation>%1 قدم</translation>
    </message>
    <message numerus="yes">
        <source>%n gallon(s)</source>
        <translation>
            <numerusform>%Ln غالون</numerusform>
            <numerusform>غالون واحد</numerusform>
            <numerusform>غالونان</numerusform>
            <numerusform>%Ln غالونات</numerusform>
            <numerusform>%Ln غالونًا</numerusform>
            <numerusform>%Ln غالون</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 gallons</source>
        <translation>%1 غالون</translation>
    </message>
    <message numerus="yes">
        <source>%n mile(s)</source>
        <translation>
            <numerusform>%Ln ميل</numerusform>
            <numerusform>ميل واحد</numerusform>
            <numerusform>ميلان</numerusform>
            <numerusform>%Ln أميال</numerusform>
            <numerusform>%Ln ميلًا</numerusform>
            <numerusform>%Ln ميل</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 miles</source>
        <translation>%1 ميل</translation>
    </message>
    <message numerus="yes">
        <source>%n ounce(s)</source>
        <translation>
            <numerusform>%Ln أونصة</numerusform>
            <numerusform>أونصة واحدة</numerusform>
            <numerusform>أونصتان</numerusform>
            <numerusform>%Ln أونصات</numerusform>
            <numerusform>%Ln أونصة</numerusform>
            <numerusform>%Ln أونصة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ounces</source>
        <translation>%1 أونصة</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A quantity in a unit Hamish has no name for: the amount, then the unit as the file gives it.
----------
An amount of money: the amount, then the currency&apos;s name (&quot;225,000,000 US dollars&quot;).</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>the article&apos;s day</source>
        <translation>يوم المقال</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before the article&apos;s date</source>
        <translation>
            <numerusform>في يوم المقال</numerusform>
            <numerusform>قبل تاريخ المقال بيوم</numerusform>
            <numerusform>قبل تاريخ المقال بيومين</numerusform>
            <numerusform>قبل تاريخ المقال بـ%Ln أيام</numerusform>
            <numerusform>قبل تاريخ المقال بـ%Ln يومًا</numerusform>
            <numerusform>قبل تاريخ المقال بـ%Ln يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after the article&apos;s date</source>
        <translation>
            <numerusform>في يوم المقال</numerusform>
            <numerusform>بعد تاريخ المقال بيوم</numerusform>
            <numerusform>بعد تاريخ المقال بيومين</numerusform>
            <numerusform>بعد تاريخ المقال بـ%Ln أيام</numerusform>
            <numerusform>بعد تاريخ المقال بـ%Ln يومًا</numerusform>
            <numerusform>بعد تاريخ المقال بـ%Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>the article&apos;s week</source>
        <translation>أسبوع المقال</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) before the article&apos;s week</source>
        <translation>
            <numerusform>أسبوع المقال</numerusform>
            <numerusform>الأسبوع السابق لأسبوع المقال</numerusform>
            <numerusform>قبل أسبوع المقال بأسبوعين</numerusform>
            <numerusform>قبل أسبوع المقال بـ%Ln أسابيع</numerusform>
            <numerusform>قبل أسبوع المقال بـ%Ln أسبوعًا</numerusform>
            <numerusform>قبل أسبوع المقال بـ%Ln أسبوع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) after the article&apos;s week</source>
        <translation>
            <numerusform>أسبوع المقال</numerusform>
            <numerusform>الأسبوع التالي لأسبوع المقال</numerusform>
            <numerusform>بعد أسبوع المقال بأسبوعين</numerusform>
            <numerusform>بعد أسبوع المقال بـ%Ln أسابيع</numerusform>
            <numerusform>بعد أسبوع المقال بـ%Ln أسبوعًا</numerusform>
            <numerusform>بعد أسبوع المقال بـ%Ln أسبوع</numerusform>
        </translation>
    </message>
    <message>
        <source>the article&apos;s month</source>
        <translation>شهر المقال</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) before the article&apos;s month</source>
        <translation>
            <numerusform>شهر المقال</numerusform>
            <numerusform>الشهر السابق لشهر المقال</numerusform>
            <numerusform>قبل شهر المقال بشهرين</numerusform>
            <numerusform>قبل شهر المقال بـ%Ln أشهر</numerusform>
            <numerusform>قبل شهر المقال بـ%Ln شهرًا</numerusform>
            <numerusform>قبل شهر المقال بـ%Ln شهر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) after the article&apos;s month</source>
        <translation>
            <numerusform>شهر المقال</numerusform>
            <numerusform>الشهر التالي لشهر المقال</numerusform>
            <numerusform>بعد شهر المقال بشهرين</numerusform>
            <numerusform>بعد شهر المقال بـ%Ln أشهر</numerusform>
            <numerusform>بعد شهر المقال بـ%Ln شهرًا</numerusform>
            <numerusform>بعد شهر المقال بـ%Ln شهر</numerusform>
        </translation>
    </message>
    <message>
        <source>the article&apos;s year</source>
        <translation>سنة المقال</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) before the article&apos;s year</source>
        <translation>
            <numerusform>سنة المقال</numerusform>
            <numerusform>السنة السابقة لسنة المقال</numerusform>
            <numerusform>قبل سنة المقال بسنتين</numerusform>
            <numerusform>قبل سنة المقال بـ%Ln سنوات</numerusform>
            <numerusform>قبل سنة المقال بـ%Ln سنة</numerusform>
            <numerusform>قبل سنة المقال بـ%Ln سنة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) after the article&apos;s year</source>
        <translation>
            <numerusform>سنة المقال</numerusform>
            <numerusform>السنة التالية لسنة المقال</numerusform>
            <numerusform>بعد سنة المقال بسنتين</numerusform>
            <numerusform>بعد سنة المقال بـ%Ln سنوات</numerusform>
            <numerusform>بعد سنة المقال بـ%Ln سنة</numerusform>
            <numerusform>بعد سنة المقال بـ%Ln سنة</numerusform>
        </translation>
    </message>
    <message>
        <source>the last %1 before the article&apos;s date</source>
        <translation>%1 السابق لتاريخ المقال</translation>
    </message>
    <message>
        <source>%1 of the article&apos;s week</source>
        <translation>%1 من أسبوع المقال</translation>
    </message>
    <message>
        <source>the next %1 after the article&apos;s date</source>
        <translation>%1 التالي لتاريخ المقال</translation>
    </message>
    <message>
        <source>the last day of %1</source>
        <translation>آخر يوم من %1</translation>
    </message>
    <message>
        <source>day %1 of %2</source>
        <translation>اليوم %1 من %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>%1 is a month (or a day and month) such as &quot;March&quot;, %2 a year such as &quot;the year after the article&apos;s&quot;.</extracomment>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>the last %1 of %2</source>
        <translation>يوم %1 الأخير من %2</translation>
    </message>
    <message>
        <source>the first %1 of %2</source>
        <translation>يوم %1 الأول من %2</translation>
    </message>
    <message>
        <source>the second %1 of %2</source>
        <translation>يوم %1 الثاني من %2</translation>
    </message>
    <message>
        <source>the third %1 of %2</source>
        <translation>يوم %1 الثالث من %2</translation>
    </message>
    <message>
        <source>the fourth %1 of %2</source>
        <translation>يوم %1 الرابع من %2</translation>
    </message>
    <message>
        <source>the fifth %1 of %2</source>
        <translation>يوم %1 الخامس من %2</translation>
    </message>
    <message>
        <source>week %1 of %2 (%3 – %4)</source>
        <translation>الأسبوع %1 من عام %2 (%3 – %4)</translation>
    </message>
    <message>
        <source>%1 (year taken from the article)</source>
        <extracomment>%1 is a Hijri date whose year the article does not say: Hamish took it from the article&apos;s other dates.</extracomment>
        <translation>%1 (السنة مأخوذة من المقال)</translation>
    </message>
    <message>
        <source>the moment the article was written</source>
        <translation>لحظة كتابة المقال</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 بتوقيت غرينتش</translation>
    </message>
    <message>
        <source>%1, at %2</source>
        <extracomment>%1 is a day (a date, or a weekday relative to the article&apos;s date), %2 a time of day.</extracomment>
        <translation>%1، الساعة %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>you</source>
        <translation>أنت</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>مستورد</translation>
    </message>
    <message>
        <source>learned from your labels</source>
        <translation>مما تعلّمه من فئاتك</translation>
    </message>
    <message>
        <source>the entity model</source>
        <translation>نموذج الكيانات</translation>
    </message>
    <message>
        <source>the rules</source>
        <translation>القواعد</translation>
    </message>
</context>
<context>
    <name>Hamish::WorkKeeper</name>
    <message>
        <source>Project File Moved or Deleted</source>
        <translation>نُقل ملف المشروع أو حُذف</translation>
    </message>
    <message>
        <source>Save the project under a new name now?</source>
        <translation>أأحفظ المشروع باسم جديد الآن؟</translation>
    </message>
    <message>
        <source>Change Not Saved</source>
        <translation>لم يُحفظ التغيير</translation>
    </message>
    <message>
        <source>The change was not made.</source>
        <translation>لم يُجرَ التغيير.</translation>
    </message>
    <message>
        <source>Saving the changes…</source>
        <translation>جارٍ حفظ التغييرات…</translation>
    </message>
    <message>
        <source>Hamish</source>
        <translation>هامش</translation>
    </message>
    <message>
        <source>Unsaved Annotations</source>
        <translation>تعليقات غير محفوظة</translation>
    </message>
    <message numerus="yes">
        <source>Your annotations in %n article(s) are not saved in a project and would be lost. Save them as a project first?</source>
        <translation>
            <numerusform>لا تعليقات غير محفوظة.</numerusform>
            <numerusform>تعليقاتك في مقال واحد غير محفوظة في مشروع وستضيع. أأحفظها في مشروع أولًا؟</numerusform>
            <numerusform>تعليقاتك في مقالين غير محفوظة في مشروع وستضيع. أأحفظها في مشروع أولًا؟</numerusform>
            <numerusform>تعليقاتك في %Ln مقالات غير محفوظة في مشروع وستضيع. أأحفظها في مشروع أولًا؟</numerusform>
            <numerusform>تعليقاتك في %Ln مقالًا غير محفوظة في مشروع وستضيع. أأحفظها في مشروع أولًا؟</numerusform>
            <numerusform>تعليقاتك في %Ln مقال غير محفوظة في مشروع وستضيع. أأحفظها في مشروع أولًا؟</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hamish::Workspace</name>
    <message>
        <source>No project is open.</source>
        <translation>لا يوجد مشروع مفتوح.</translation>
    </message>
    <message>
        <source>Cannot add %1: %2</source>
        <translation>تعذّرت إضافة %1: %2</translation>
    </message>
    <message>
        <source>This article is not in the project.</source>
        <translation>هذا المقال ليس في المشروع.</translation>
    </message>
    <message>
        <source>Unknown export format: %1</source>
        <translation>صيغة تصدير غير معروفة: %1</translation>
    </message>
    <message>
        <source>Choose a file or folder to export to.</source>
        <translation>اختر ملفًا أو مجلدًا للتصدير إليه.</translation>
    </message>
    <message>
        <source>There is no article to export.</source>
        <translation>لا يوجد مقال للتصدير.</translation>
    </message>
    <message>
        <source>%1 is open read-only.</source>
        <translation>%1 مفتوح للقراءة فقط.</translation>
    </message>
    <message>
        <source>Someone else changed this annotation first: their change is shown now. Make yours again if it is still needed.</source>
        <translation>غيّر شخص آخر هذا الوسم قبلك: يظهر تغييره الآن. أعد تغييرك إن كنت لا تزال تحتاج إليه.</translation>
    </message>
    <message>
        <source>No edit is waiting to be saved.</source>
        <translation>لا يوجد تعديل ينتظر الحفظ.</translation>
    </message>
    <message>
        <source>The project&apos;s own entity model is unusable (%1); the shipped one finds the names.</source>
        <translation>نموذج الكيانات الخاص بالمشروع غير صالح للاستعمال (%1)؛ فالنموذج المرفق هو الذي يجد الأسماء.</translation>
    </message>
    <message>
        <source>The project holds no reviewed sentence yet (one where names were accepted, rejected or added, and no name suggestion is left undecided); review some first.</source>
        <translation>لا يحوي المشروع بعدُ أي جملة مُراجَعة (جملة قُبلت فيها أسماء أو رُفضت أو أُضيفت، ولم يبقَ فيها اقتراح اسم بلا قرار)؛ راجع بعض الجمل أولًا.</translation>
    </message>
    <message>
        <source>Cannot retrain the entity model: %1</source>
        <translation>تعذّرت إعادة تدريب نموذج الكيانات: %1</translation>
    </message>
    <message>
        <source>%1&apos;s annotations are shown read-only.</source>
        <translation>وسوم %1 معروضة للقراءة فقط.</translation>
    </message>
</context>
<context>
    <name>Hamish::ZipArchive</name>
    <message>
        <source>%1 is not a readable %2 file: its zip container is damaged or incomplete. If it came from a download or a mail, fetch it again.</source>
        <translation>%1 ليس ملف %2 مقروءًا: حاوية zip فيه تالفة أو ناقصة. إن جاء من تنزيل أو بريد فاجلبه مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 is not a %2 file: it has no “%3” inside. Check that the file has the right extension.</source>
        <translation>%1 ليس ملف %2: لا يحوي «%3». تحقّق من أن امتداد الملف صحيح.</translation>
    </message>
    <message>
        <source>%1 was refused: its “%2” unpacks to more than %3, far beyond any article (a file built to exhaust memory looks like this). Nothing was imported.</source>
        <translation>رُفض %1: يتجاوز «%2» فيه عند فكّ ضغطه %3، وهذا أكبر بكثير من أي مقال (هكذا تبدو الملفات المصنوعة لاستنزاف الذاكرة). لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>%1 was refused: its “%2” unpacks to more than the size its header declares, which is how a file built to exhaust memory hides its size. Nothing was imported.</source>
        <translation>رُفض %1: يتجاوز «%2» فيه عند فكّ ضغطه الحجمَ المعلن في ترويسته، وهكذا يخفي الملف المصنوع لاستنزاف الذاكرة حجمه. لم يُستورد شيء.</translation>
    </message>
</context>
</TS>
