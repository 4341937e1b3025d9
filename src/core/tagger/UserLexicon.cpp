// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tagger/UserLexicon.h"

#include "core/model/Label.h"
#include "core/tagger/TaggerTokenizer.h"
#include "core/tagger/TaggerWordForms.h"

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

struct Word
{
    qsizetype start = 0, end = 0;
    QString normalized;
};

QList<Word> wordsOf(QStringView text)
{
    QList<Word> words;
    TaggerTokenizer::forEachSentence(text, [&](const QList<TaggerTokenizer::Token> &tokens) {
        for (const TaggerTokenizer::Token &token : tokens)
            words += Word{token.start, token.end,
                          TaggerWordForms::normalizeForMentions(text.sliced(token.start, token.end - token.start))};
    });
    return words;
}

// Ways a first word can carry a proclitic in front of a known mention: (letters to skip in the text word,
// what the mention starts with instead). «للعراق» is ل + «العراق» with the article's alef elided.
struct Proclitic
{
    QStringView written;
    qsizetype skip;
    QStringView restoredPrefix;
};
constexpr std::array<Proclitic, 9> proclitics = {{{u"ولل", 2, u"ا"},
                                                  {u"لل", 1, u"ا"},
                                                  {u"وب", 2, u""},
                                                  {u"ول", 2, u""},
                                                  {u"و", 1, u""},
                                                  {u"ف", 1, u""},
                                                  {u"ب", 1, u""},
                                                  {u"ل", 1, u""},
                                                  {u"ك", 1, u""}}};

} // namespace

QString UserLexicon::key(QStringView mention)
{
    QStringList parts;
    for (const Word &word : wordsOf(mention))
        parts += word.normalized;
    return parts.join(u' ');
}

void UserLexicon::learn(QStringView text, const QList<Annotation> &annotations)
{
    for (const Annotation &annotation : annotations) {
        if (isNumericLabel(annotation.label) || annotation.start < 0 || annotation.end > text.size()
            || annotation.length() <= 0)
            continue;
        const bool accepted = annotation.status == AnnotationStatus::Accepted || annotation.origin == u"user";
        const bool rejected = annotation.status == AnnotationStatus::Rejected;
        if (!accepted && !rejected)
            continue;
        const QString mention = key(text.sliced(annotation.start, annotation.length()));
        if (mention.isEmpty())
            continue;
        m_entries[mention].votes[annotation.label] += rejected ? -1 : 1;
        m_maxWords = std::max(m_maxWords, int(mention.count(u' ')) + 1);
    }
}

QString UserLexicon::bestLabel(const Entry &entry) const
{
    QString best;
    int bestVotes = 0;
    for (auto it = entry.votes.cbegin(); it != entry.votes.cend(); ++it) {
        if (it.value() > bestVotes || (it.value() == bestVotes && bestVotes > 0 && it.key() < best)) {
            best = it.key();
            bestVotes = it.value();
        }
    }
    return best;
}

QString UserLexicon::labelFor(QStringView mention) const
{
    const auto it = m_entries.constFind(key(mention));
    return it == m_entries.cend() ? QString() : bestLabel(*it);
}

QList<Annotation> UserLexicon::suggest(QStringView text) const
{
    QList<Annotation> suggestions;
    if (m_entries.isEmpty())
        return suggestions;
    const QList<Word> words = wordsOf(text);
    qsizetype i = 0;
    while (i < words.size()) {
        bool found = false;
        for (qsizetype length = std::min<qsizetype>(m_maxWords, words.size() - i); length > 0 && !found; --length) {
            QString rest;
            for (qsizetype k = 1; k < length; ++k)
                rest += u' ' + words[i + k].normalized;
            const QString &first = words[i].normalized;
            // The word as written, then with each proclitic it may carry taken off.
            QList<std::pair<qsizetype, QString>> candidates = {{0, first + rest}};
            for (const Proclitic &proclitic : proclitics) {
                if (first.startsWith(proclitic.written) && first.size() - proclitic.skip >= 2)
                    candidates += {proclitic.skip, proclitic.restoredPrefix + first.sliced(proclitic.skip) + rest};
            }
            for (const auto &[skip, candidate] : candidates) {
                const auto it = m_entries.constFind(candidate);
                if (it == m_entries.cend())
                    continue;
                const QString label = bestLabel(*it);
                if (label.isEmpty())
                    continue;
                Annotation annotation;
                annotation.label = label;
                annotation.start =
                    words[i].start
                    + TaggerWordForms::originalLength(text.sliced(words[i].start, words[i].end - words[i].start), skip);
                annotation.end = words[i + length - 1].end;
                annotation.origin = u"lexicon"_s;
                suggestions += annotation;
                i += length;
                found = true;
                break;
            }
        }
        if (!found)
            ++i;
    }
    return suggestions;
}

QList<Annotation> UserLexicon::preferUser(QList<Annotation> engine, QList<Annotation> lexicon)
{
    // Both lists are short next to the text; lexicon suggestions never overlap each other.
    lexicon.removeIf([&](const Annotation &user) {
        return std::any_of(engine.cbegin(), engine.cend(),
                           [&](const Annotation &guess) { return isPartOfLongerName(user, guess); });
    });
    if (lexicon.isEmpty())
        return engine;
    engine.removeIf([&](const Annotation &suggestion) {
        return std::any_of(lexicon.cbegin(), lexicon.cend(),
                           [&](const Annotation &user) { return overrulesGuess(user, suggestion); });
    });
    engine.append(lexicon);
    std::sort(engine.begin(), engine.end(), [](const Annotation &a, const Annotation &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    return engine;
}

} // namespace Hamish
