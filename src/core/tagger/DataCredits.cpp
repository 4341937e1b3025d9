// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tagger/DataCredits.h"

#include <QCoreApplication>
#include <QStringList>

namespace Hamish::DataCredits {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Hamish::DataCredits", text);
}

} // namespace

QString text()
{
    const QStringList paragraphs = {
        tr("The entity model is trained on ANERcorp (Y. Benajiba, P. Rosso, J. M. Benedí Ruiz, CICLing 2007), "
           "distributed by CAMeL Lab under CC BY-SA 4.0; the model and the embedded training file are under the same "
           "licence."),
        tr("Name lists read by the model: people's names from Wikidata (CC0), via Y. Merhav and S. Ash (COLING 2018); "
           "places, clubs, people and competitions from ArWikiCats by Ibrahim Qasim (MIT); names annotated in "
           "WikiFANE Gold by F. Alotaibi and M. Lee (COLING 2014, text from Arabic Wikipedia, CC BY-SA 3.0)."),
        tr("Word classes read by the model, and the words OCR prefers, come from the news text of the ANT Corpus by "
           "A. Chouigui, O. Ben Khiroun and B. Elayeb (AICCSA 2017; Arabian Journal for Science and Engineering "
           "2021; antcorpus.github.io), Apache License 2.0."),
        tr("Arabic names of countries, cities and currencies come from ICU and Unicode CLDR (Unicode licence)."),
    };
    return paragraphs.join(QStringLiteral("\n\n"));
}

} // namespace Hamish::DataCredits
