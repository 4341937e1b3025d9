#pragma once

// Arabic fixtures the tests hold themselves (the suite must run on a clone without ../shared).
#include <QString>

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
