// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tagger/NameLists.h"

#include "core/text/ArabicNormalizer.h"

#include <QFile>

#include <unicode/ucurr.h>
#include <unicode/uenum.h>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace Hamish {

const NameLists &NameLists::instance()
{
    static const NameLists lists = [] {
        NameLists loaded;
        loaded.loadResources();
        return loaded;
    }();
    return lists;
}

void NameLists::loadResources()
{
    QFile persons(u":/gazetteers/names-wikidata-persons.tsv"_s);
    if (persons.open(QIODevice::ReadOnly))
        addPersonWords(QString::fromUtf8(persons.readAll()));
    for (const QString &path : {u":/gazetteers/names-arwikicats.tsv"_s, u":/gazetteers/names-wikifane.tsv"_s}) {
        QFile names(path);
        if (names.open(QIODevice::ReadOnly))
            addNames(QString::fromUtf8(names.readAll()));
    }
    addIcuCurrencies();
}

void NameLists::addPersonWords(QStringView text)
{
    for (QStringView line : text.tokenize(u'\n')) {
        line = line.trimmed();
        const qsizetype tab = line.indexOf(u'\t');
        if (line.startsWith(u'#') || tab <= 0)
            continue;
        const int frequencyClass = std::clamp(line.sliced(tab + 1).toInt(), 1, 12);
        const QString word = ArabicNormalizer::normalizeWord(line.first(tab));
        if (!word.isEmpty())
            m_personWords[word] = std::max(m_personWords.value(word, 0), frequencyClass);
    }
}

void NameLists::addNames(QStringView text)
{
    for (QStringView line : text.tokenize(u'\n')) {
        line = line.trimmed();
        const qsizetype tab = line.indexOf(u'\t');
        EntityType type;
        if (line.startsWith(u'#') || tab <= 0 || !entityTypeFromName(line.first(tab), &type))
            continue;
        addName(type, line.sliced(tab + 1).trimmed());
    }
}

void NameLists::addName(EntityType type, QStringView name)
{
    const QString key = ArabicNormalizer::normalizeWord(name);
    if (key.isEmpty() || m_names.contains(key))
        return;
    m_names.insert(key, type);
    const QList<QStringView> words = QStringView(key).split(u' ', Qt::SkipEmptyParts);
    int &longest = m_maxWords[words.first()];
    longest = std::max(longest, int(words.size()));
}

void NameLists::addIcuCurrencies()
{
    UErrorCode status = U_ZERO_ERROR;
    const std::unique_ptr<UEnumeration, decltype(&uenum_close)> codes(
        ucurr_openISOCurrencies(UCURR_COMMON | UCURR_NON_DEPRECATED, &status), uenum_close);
    if (U_FAILURE(status))
        return;
    while (const UChar *code = uenum_unext(codes.get(), nullptr, &status)) {
        if (U_FAILURE(status))
            break;
        UBool isChoiceFormat = false;
        int32_t length = 0;
        const UChar *name = ucurr_getName(code, "ar", UCURR_LONG_NAME, &isChoiceFormat, &length, &status);
        if (U_FAILURE(status) || !name || length <= 0) {
            status = U_ZERO_ERROR;
            continue;
        }
        const QStringView arabic(reinterpret_cast<const char16_t *>(name), length);
        if (arabic.front().unicode() < 0x0600 || arabic.front().unicode() > 0x06FF)
            continue;
        addName(EntityType::Misc, arabic);
        // The currency word alone (دولار of دولار أمريكي), as news writes it after an amount.
        if (const qsizetype space = arabic.indexOf(u' '); space > 1)
            addName(EntityType::Misc, arabic.first(space));
    }
}

} // namespace Hamish
