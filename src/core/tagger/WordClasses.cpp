// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tagger/WordClasses.h"

#include "core/tagger/TaggerWordForms.h"

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
        const QList<QStringView> fields = line.split(u'\t');
        if (fields.size() != 1 + levels || fields.first().isEmpty())
            continue;
        Classes classes{};
        bool ok = true;
        for (int level = 0; level < levels && ok; ++level)
            classes[size_t(level)] = fields[level + 1].toUShort(&ok);
        const QString word = TaggerWordForms::normalize(fields.first());
        if (!ok || word.isEmpty())
            continue;
        m_classes.insert(word, classes);
        any = true;
    }
    return any;
}

} // namespace Hamish
