#pragma once

#include <QSet>
#include <QString>
#include <QStringView>

namespace Hamish {

// The set of normalised words the engine knows (number words, months, units, gazetteer tokens,
// trigger words): clitic segmentation strips a prefix only where what remains is in it.
class Lexicon
{
public:
    void insert(const QString &normalizedWord) { m_words.insert(normalizedWord); }
    void insertPhrase(QStringView normalizedPhrase);
    bool contains(QStringView normalizedWord) const
    {
        return m_words.contains(QString::fromRawData(normalizedWord.data(), normalizedWord.size()));
    }
    qsizetype size() const { return m_words.size(); }

private:
    QSet<QString> m_words;
};

} // namespace Hamish
