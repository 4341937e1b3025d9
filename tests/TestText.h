// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Arabic fixtures the tests hold themselves (the suite must run on a clone without the shared data folder).
#include "core/text/Article.h"

#include <QString>
#include <QStringList>

namespace TestText {

// A news paragraph using only letters that both Windows-1256 and ISO-8859-6 can encode.
inline QString arabicParagraph()
{
    return QStringLiteral("أعلنت وزارة الخارجية في بيان رسمي أن الوفد سيصل إلى العاصمة صباح الغد، "
                          "وأن المحادثات ستتناول الأوضاع الإنسانية والاقتصادية في المنطقة.");
}

inline QString headline()
{
    return QStringLiteral("انطلاق الجولة الخامسة من المحادثات في العاصمة");
}

// Mixed Arabic, Latin and digits on one line.
inline QString mixedLine()
{
    return QStringLiteral("قالت منظمة FAO إن 2500 طن من القمح وصلت إلى ميناء اللاذقية أمس.");
}

} // namespace TestText

namespace TestText {

// An emoji (outside the BMP: two UTF-16 units, one code point) before Arabic names, so UTF-16 and
// code-point offsets of everything after it differ.
inline QString emojiNews()
{
    return QStringLiteral(
        "🙂 التقى محمد العلي في دمشق يوم الأحد وفد منظمة الصحة "
        "العالمية.\n\n"
        "وقال إن 2500 طن من القمح وصلت إلى اللاذقية.");
}

} // namespace TestText

namespace TestText {

// The text of each of an article's blocks, in order.
inline QStringList blockTexts(const Hamish::Article &article)
{
    QStringList texts;
    for (qsizetype i = 0; i < article.blocks().size(); ++i)
        texts.append(article.blockText(i).toString());
    return texts;
}

} // namespace TestText
