// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tagger/WordClasses.h"

#include "core/tagger/TaggerWordForms.h"
#include "core/text/ArabicNormalizer.h"

#include <QFile>

#include <memory>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

struct Chosen
{
    std::unique_ptr<WordClasses> table;
    bool fixed = false; // instance() has handed the table out: it can no longer be replaced
};

Chosen &chosen()
{
    static Chosen state;
    return state;
}

} // namespace

const WordClasses &WordClasses::instance()
{
    static const WordClasses *const table = [] {
        Chosen &state = chosen();
        state.fixed = true;
        if (!state.table) {
            state.table = std::make_unique<WordClasses>();
            QFile file(u":/gazetteers/word-classes.tsv"_s);
            if (file.open(QIODevice::ReadOnly))
                state.table->parse(QString::fromUtf8(file.readAll()));
        }
        return state.table.get();
    }();
    return *table;
}

bool WordClasses::useFile(const QString &path, QString *error)
{
    const auto fail = [error](const QString &reason) {
        if (error)
            *error = reason;
        return false;
    };
    if (chosen().fixed)
        return fail(u"the word classes are already in use; choose the file before tagging or training"_s);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"cannot open %1: %2"_s.arg(path, file.errorString()));
    auto table = std::make_unique<WordClasses>();
    if (!table->parse(QString::fromUtf8(file.readAll())))
        return fail(u"%1 holds no `word<TAB>class<TAB>class<TAB>class` line"_s.arg(path));
    chosen().table = std::move(table);
    return true;
}

bool WordClasses::parse(QStringView text)
{
    bool any = false;
    for (QStringView line : text.tokenize(u'\n')) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        qsizetype tab = line.indexOf(u'\t');
        if (tab <= 0)
            continue;
        const QStringView written = line.first(tab);
        Classes classes{};
        bool ok = true;
        for (int level = 0; level < levels && ok; ++level) {
            const qsizetype start = tab + 1;
            tab = line.indexOf(u'\t', start);
            const bool last = level == levels - 1;
            ok = (tab < 0) == last;
            if (ok)
                classes[size_t(level)] = line.sliced(start, (last ? line.size() : tab) - start).toUShort(&ok);
        }
        if (!ok)
            continue;
        // The shipped table is written normalised; a table written by hand is normalised here.
        bool normalized = true;
        for (const QChar c : written) {
            if (ArabicNormalizer::fold(c.unicode()) != c.unicode()) {
                normalized = false;
                break;
            }
        }
        if (normalized) {
            m_classes.insert(written, classes);
        } else {
            const QString word = TaggerWordForms::normalize(written);
            if (word.isEmpty())
                continue;
            m_classes.insert(word, classes);
        }
        any = true;
    }
    return any;
}

} // namespace Hamish
