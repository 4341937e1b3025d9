// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/PdfTextRepair.h"

#include <QFile>
#include <QHash>

#include <unicode/ubidi.h>

#include <memory>
#include <numeric>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

bool isDigit(QChar c)
{
    return c.isDigit(); // Western, Arabic-Indic and Extended Arabic-Indic alike
}

struct BidiDeleter
{
    void operator()(UBiDi *bidi) const { ubidi_close(bidi); }
};

// Brackets and quotation marks that come in pairs, opening first.
constexpr std::pair<char16_t, char16_t> kPairs[] = {
    {u'(', u')'}, {u'[', u']'}, {u'{', u'}'}, {u'«', u'»'}, {u'‹', u'›'},
};

// Whether the line's brackets of one kind balance (every closing one after its opening one, at least one pair),
// as written or with that kind mirrored.
bool balances(QStringView line, char16_t open, char16_t close, bool mirrored)
{
    int depth = 0;
    bool any = false;
    for (const QChar c : line) {
        char16_t u = c.unicode();
        if (mirrored && (u == open || u == close))
            u = u == open ? close : open;
        if (u == open) {
            ++depth;
            any = true;
        } else if (u == close) {
            if (--depth < 0)
                return false;
            any = true;
        }
    }
    return any && depth == 0;
}

// Mirrors every bracket of one kind when the line only balances that way: a closing bracket before any
// opening one (")قسد(") is what a mirrored text layer looks like.
void fixMirroredPair(QString &line, char16_t open, char16_t close)
{
    if (balances(line, open, close, false) || !balances(line, open, close, true))
        return;
    for (QChar &c : line) {
        if (c.unicode() == open)
            c = QChar(close);
        else if (c.unicode() == close)
            c = QChar(open);
    }
}

bool isTrailingPunctuation(QChar c)
{
    return c == u'،' || c == u'؛' || c == u'؟' || c == u'.' || c == u':' || c == u'!' || c == u',' || c == u';';
}

} // namespace

bool PdfTextRepair::isArabicLetter(QChar c)
{
    const char16_t u = c.unicode();
    return c.isLetter() && ((u >= 0x0600 && u <= 0x06FF) || (u >= 0x0750 && u <= 0x077F) || isPresentationForm(u));
}

QString PdfTextRepair::foldPresentationForms(QStringView text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (!isPresentationForm(u)) {
            out.append(c);
            continue;
        }
        if (u == 0xFEFF) // zero-width no-break space (a byte-order mark): no letter
            continue;
        QString folded = QString(c).normalized(QString::NormalizationForm_KC);
        // NFKC writes a haraka's isolated form (U+FE70-U+FE7F) as a space and the mark, its medial form as a
        // tatweel and the mark: both are only the mark drawn on its own or on a joined letter.
        if (u >= 0xFE70 && u <= 0xFE7F && folded.size() > 1 && (folded.front() == u' ' || folded.front() == u'\u0640'))
            folded.remove(0, 1);
        out.append(folded);
    }
    return out;
}

int PdfTextRepair::newsWordRank(QStringView word)
{
    static const QHash<QString, int> ranks = [] {
        QHash<QString, int> loaded;
        QFile file(u":/gazetteers/news-words.txt"_s);
        if (!file.open(QIODevice::ReadOnly))
            return loaded;
        const QByteArray words = file.readAll();
        loaded.reserve(words.count('\n') + 1);
        int rank = 0;
        for (qsizetype start = 0; start < words.size();) {
            qsizetype end = words.indexOf('\n', start);
            if (end < 0)
                end = words.size();
            const QByteArrayView line = QByteArrayView(words).sliced(start, end - start).trimmed();
            if (!line.isEmpty() && !line.startsWith('#'))
                loaded.insert(QString::fromUtf8(line), ++rank);
            start = end + 1;
        }
        return loaded;
    }();
    return ranks.value(word.toString(), 0);
}

bool PdfTextRepair::joinsToNext(QChar c)
{
    if (!isPresentationForm(c.unicode()))
        return false;
    const QChar::Decomposition tag = c.decompositionTag();
    return tag == QChar::Initial || tag == QChar::Medial;
}

QList<qsizetype> PdfTextRepair::logicalOrder(QStringView visual, bool rightToLeft, QList<bool> *inRightToLeftRun)
{
    QList<qsizetype> order(visual.size());
    std::iota(order.begin(), order.end(), 0);
    inRightToLeftRun->fill(false, visual.size());
    if (visual.isEmpty())
        return order;
    UErrorCode error = U_ZERO_ERROR;
    std::unique_ptr<UBiDi, BidiDeleter> bidi(ubidi_open());
    // "Inverse like direct": the inverse of the ordinary algorithm, so that a line reordered for display and
    // read back left to right gives the text that was typed (numbers and Latin inside Arabic included).
    ubidi_setReorderingMode(bidi.get(), UBIDI_REORDER_INVERSE_LIKE_DIRECT);
    ubidi_setPara(bidi.get(), reinterpret_cast<const UChar *>(visual.utf16()), int32_t(visual.size()),
                  rightToLeft ? UBIDI_RTL : UBIDI_LTR, nullptr, &error);
    if (U_FAILURE(error) || ubidi_getResultLength(bidi.get()) != int32_t(visual.size()))
        return order;
    QList<int32_t> map(visual.size());
    ubidi_getVisualMap(bidi.get(), map.data(), &error);
    if (U_FAILURE(error))
        return order;
    for (qsizetype i = 0; i < visual.size(); ++i) {
        order[i] = map[i];
        (*inRightToLeftRun)[i] = ubidi_getLevelAt(bidi.get(), int32_t(i)) % 2 == 1;
    }
    return order;
}

QString PdfTextRepair::visualToLogical(QStringView visual, bool rightToLeft)
{
    QList<bool> rtl;
    const QList<qsizetype> order = logicalOrder(visual, rightToLeft, &rtl);
    QString logical;
    logical.reserve(visual.size());
    for (qsizetype index : order)
        logical.append(rtl[index] && visual.at(index).hasMirrored() ? visual.at(index).mirroredChar()
                                                                    : visual.at(index));
    return logical;
}

int PdfTextRepair::reverseVisualWords(QString &line)
{
    int reversed = 0;
    qsizetype i = 0;
    while (i < line.size()) {
        if (!isArabicLetter(line.at(i)) && !line.at(i).isMark()) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < line.size() && (isArabicLetter(line.at(end)) || line.at(end).isMark()))
            ++end;
        // A logical word starts with an initial (or isolated) form and ends with a final (or isolated) one:
        // a word that starts joined to nothing before it, or ends joined to nothing after it, is backwards.
        QChar first, last;
        for (qsizetype k = i; k < end && first.isNull(); ++k)
            first = line.at(k).isMark() ? QChar() : line.at(k);
        for (qsizetype k = end - 1; k >= i && last.isNull(); --k)
            last = line.at(k).isMark() ? QChar() : line.at(k);
        const QChar::Decomposition head = first.decompositionTag();
        const QChar::Decomposition tail = last.decompositionTag();
        const int backwards =
            int(head == QChar::Final || head == QChar::Medial) + int(tail == QChar::Initial || tail == QChar::Medial);
        const int forwards = int(head == QChar::Initial) + int(tail == QChar::Final);
        if (end - i > 1 && backwards > forwards) {
            // Reverse the letters, keeping each mark after its letter.
            QString word;
            qsizetype k = end;
            while (k > i) {
                qsizetype base = k - 1;
                while (base > i && line.at(base).isMark())
                    --base;
                word.append(QStringView(line).mid(base, k - base));
                k = base;
            }
            line.replace(i, end - i, word);
            ++reversed;
        }
        i = end;
    }
    return reversed;
}

int PdfTextRepair::bracketBalance(QStringView line)
{
    int balance = 0;
    for (const auto &[open, close] : kPairs) {
        if (balances(line, open, close, false))
            ++balance;
        else if (balances(line, open, close, true))
            --balance;
    }
    return balance;
}

QString PdfTextRepair::repairLine(QStringView input, bool bracketsAsTyped)
{
    QString line = input.toString();
    if (!bracketsAsTyped) {
        for (const auto &[open, close] : kPairs)
            fixMirroredPair(line, open, close);
    }

    // Punctuation that opens an Arabic word belongs at its end: "،أمس" → "أمس،".
    for (qsizetype i = 0; i + 1 < line.size(); ++i) {
        const bool wordStart = i == 0 || line.at(i - 1).isSpace();
        if (!wordStart || !isTrailingPunctuation(line.at(i)) || !isArabicLetter(line.at(i + 1)))
            continue;
        qsizetype end = i + 1;
        while (end < line.size() && !line.at(end).isSpace())
            ++end;
        const QChar mark = line.at(i);
        line.remove(i, 1);
        line.insert(end - 1, mark);
        i = end - 1;
    }

    // Digits glued to the Arabic word after them were two words on the page: "25مترا" → "25 مترا".
    for (qsizetype i = 1; i < line.size(); ++i) {
        if (isDigit(line.at(i - 1)) && isArabicLetter(line.at(i)))
            line.insert(i, u' ');
    }
    return line;
}

} // namespace Hamish
