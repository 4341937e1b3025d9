// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/PdfLayout.h"

#include "core/formats/PdfTextRepair.h"

#include <QSet>

#include <algorithm>
#include <array>
#include <map>
#include <tuple>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

// Gaps are measured in line heights: a space between words is about a quarter of one, a column gutter
// more than one.
constexpr qreal kWordGap = 0.15;
// On a line with at least this many gaps wider than that, a space is at least this share of the line's typical one
// (its lower quartile).
constexpr int kMinGapsForTypicalSpace = 4;
constexpr qreal kNarrowestSpace = 0.6;
constexpr qreal kColumnGap = 1.2;

bool isMarkText(const QString &text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) { return c.isMark(); });
}

bool isRightToLeft(QChar c)
{
    const QChar::Direction direction = c.direction();
    return direction == QChar::DirR || direction == QChar::DirAL;
}

qreal median(QList<qreal> values)
{
    if (values.isEmpty())
        return 0;
    const auto middle = values.begin() + values.size() / 2;
    std::nth_element(values.begin(), middle, values.end());
    return *middle;
}

// A letter (or digit, or punctuation) with the combining marks drawn on it.
struct Cluster
{
    QString base;
    QString marks;
    QRectF box;
};

struct Row
{
    QList<Cluster> clusters;
    qreal top = 0;
    qreal bottom = 0;
    qreal height = 0;
    // Where most of its glyphs are (the median top and bottom): a raised marker does not move it.
    qreal bandTop = 0;
    qreal bandBottom = 0;

    qreal center() const { return (bandTop + bandBottom) / 2; }
};

// A run of a row between gaps too wide for a space: a line of one column, or a whole line.
struct Segment
{
    QList<Cluster> clusters; // left to right
    QRectF box;
    qreal height = 0;
};

void updateRow(Row &row)
{
    QList<qreal> heights;
    QList<qreal> tops;
    QList<qreal> bottoms;
    row.top = 1e12;
    row.bottom = -1e12;
    for (const Cluster &cluster : std::as_const(row.clusters)) {
        heights.append(cluster.box.height());
        tops.append(cluster.box.top());
        bottoms.append(cluster.box.bottom());
        row.top = std::min(row.top, cluster.box.top());
        row.bottom = std::max(row.bottom, cluster.box.bottom());
    }
    row.height = median(heights);
    row.bandTop = median(tops);
    row.bandBottom = median(bottoms);
}

QList<Row> buildRows(QList<Cluster> bases)
{
    std::stable_sort(bases.begin(), bases.end(),
                     [](const Cluster &a, const Cluster &b) { return a.box.center().y() < b.box.center().y(); });
    QList<Row> rows;
    for (Cluster &cluster : bases) {
        const qreal center = cluster.box.center().y();
        if (!rows.isEmpty()) {
            Row &row = rows.last();
            const qreal rowCenter = (row.top + row.bottom) / 2;
            if (std::abs(center - rowCenter) <= 0.35 * std::max(row.height, cluster.box.height())) {
                row.clusters.append(std::move(cluster));
                row.top = std::min(row.top, row.clusters.last().box.top());
                row.bottom = std::max(row.bottom, row.clusters.last().box.bottom());
                continue;
            }
        }
        Row row;
        row.clusters.append(std::move(cluster));
        updateRow(row);
        rows.append(std::move(row));
    }
    for (Row &row : rows)
        updateRow(row);
    // Raised small glyphs (superscript markers) that formed a row of their own belong to the row they touch.
    for (qsizetype i = 0; i < rows.size(); ++i) {
        for (qsizetype j : {i - 1, i + 1}) {
            if (j < 0 || j >= rows.size() || rows[i].clusters.isEmpty())
                continue;
            Row &small = rows[i];
            Row &big = rows[j];
            if (small.height < 0.8 * big.height && small.bottom > big.top && small.top < big.bottom
                && small.clusters.size() < 6) {
                big.clusters += small.clusters;
                small.clusters.clear();
                updateRow(big);
            }
        }
    }
    rows.removeIf([](const Row &row) { return row.clusters.isEmpty(); });
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.center() < b.center(); });
    // A small glyph between two rows (a raised footnote marker) belongs to the one it overlaps most.
    auto overlap = [](const QRectF &box, const Row &row) {
        return std::min(box.bottom(), row.bandBottom) - std::max(box.top(), row.bandTop);
    };
    for (qsizetype i = 0; i + 1 < rows.size(); ++i) {
        for (qsizetype from : {i, i + 1}) {
            const qsizetype to = from == i ? i + 1 : i;
            Row &source = rows[from];
            QList<Cluster> stay;
            bool moved = false;
            for (Cluster &cluster : source.clusters) {
                if (cluster.box.height() < 0.8 * source.height
                    && overlap(cluster.box, rows[to]) > overlap(cluster.box, source)) {
                    rows[to].clusters.append(std::move(cluster));
                    moved = true;
                } else {
                    stay.append(std::move(cluster));
                }
            }
            source.clusters = std::move(stay);
            if (moved) {
                updateRow(rows[i]);
                updateRow(rows[i + 1]);
            }
        }
    }
    rows.removeIf([](const Row &row) { return row.clusters.isEmpty(); });
    return rows;
}

// Drops raised small digits after a word (footnote markers) and returns how many markers went.
int dropFootnoteMarkers(Row &row)
{
    int dropped = 0;
    bool previousWasMarker = false;
    QList<Cluster> kept;
    for (const Cluster &cluster : std::as_const(row.clusters)) {
        const bool raised =
            cluster.box.height() < 0.8 * row.height && cluster.box.center().y() < row.center() - 0.1 * row.height;
        if (raised && cluster.base.size() == 1 && cluster.base.at(0).isDigit()) {
            if (!previousWasMarker)
                ++dropped;
            previousWasMarker = true;
            continue;
        }
        previousWasMarker = false;
        kept.append(cluster);
    }
    row.clusters = std::move(kept);
    return dropped;
}

QList<Segment> splitRow(Row &row)
{
    std::stable_sort(row.clusters.begin(), row.clusters.end(),
                     [](const Cluster &a, const Cluster &b) { return a.box.left() < b.box.left(); });
    QList<Segment> segments;
    qreal right = -1e12;
    for (const Cluster &cluster : std::as_const(row.clusters)) {
        if (segments.isEmpty() || cluster.box.left() - right > kColumnGap * row.height) {
            segments.append(Segment());
            segments.last().height = row.height;
            segments.last().box = cluster.box;
        }
        Segment &segment = segments.last();
        segment.clusters.append(cluster);
        segment.box = segment.box.united(cluster.box);
        right = std::max(right, cluster.box.right());
    }
    return segments;
}

// How many right-to-left and left-to-right letters a segment has.
std::pair<int, int> strongLetters(const Segment &segment)
{
    int rtl = 0;
    int ltr = 0;
    for (const Cluster &cluster : segment.clusters) {
        if (cluster.base.isEmpty())
            continue;
        if (isRightToLeft(cluster.base.at(0)))
            ++rtl;
        else if (cluster.base.at(0).direction() == QChar::DirL)
            ++ltr;
    }
    return {rtl, ltr};
}

// A glyph the text layer has no character for, drawn where a gap is: some PDF writers (Qt with Noto Naskh
// Arabic) leave a font's lam-alef ligatures without their letters, so «الإنسان» would read «ا نسان».
const Cluster kMissingLigature{};
// ... and one at a word's edge, beside a space, already chosen.
const Cluster kMissingAtWordEdge{};

// The lam-alef ligatures as presentation forms: isolated and final (joined to the letter before).
constexpr std::array<std::pair<char16_t, char16_t>, 4> kLamAlefs = {{
    {0xFEFB, 0xFEFC}, // لا
    {0xFEF7, 0xFEF8}, // لأ
    {0xFEF9, 0xFEFA}, // لإ
    {0xFEF5, 0xFEF6}, // لآ
}};

// A word as the news word list holds it: letters without presentation forms, harakat or tatweel.
QString lookupForm(const QString &word)
{
    QString folded = PdfTextRepair::foldPresentationForms(word);
    folded.removeIf([](QChar c) { return c.isMark() || c == QChar(0x0640); });
    return folded;
}

// In a right-to-left line as drawn (`visual`, left to right), where the word reaching `from` ends: the first
// space at or right of it (`step` +1), or the start of the word left of it (`step` -1).
qsizetype wordEdge(const QString &visual, qsizetype from, int step)
{
    if (step > 0) {
        while (from < visual.size() && visual.at(from) != u' ')
            ++from;
    } else {
        while (from > 0 && visual.at(from - 1) != u' ')
            --from;
    }
    return from;
}

// The word drawn at `visual[begin, end)` in logical order: reversed, then folded (so that a ligature gives its
// letters in their order).
QString logicalWord(const QString &visual, qsizetype begin, qsizetype end)
{
    QString reversed;
    for (qsizetype k = end - 1; k >= begin; --k)
        reversed.append(visual.at(k));
    return PdfTextRepair::foldPresentationForms(reversed);
}

// Whether the gap at `visual[gap]` (a space put where the glyphs are apart) holds a lam-alef ligature the text
// layer lost, in a right-to-left line: the letter drawn right of it (the one before it) is a form that joins
// the next letter, or what is right of it is a lone alef, alone or after و ف ب ك (the article ال cut from the
// word: «ا نسان»), which is no word. Returns the ligature's form (0 for none).
char16_t lostLamAlef(const QString &visual, qsizetype gap)
{
    if (gap <= 0 || gap + 1 >= visual.size() || !PdfTextRepair::isArabicLetter(visual.at(gap - 1))
        || !PdfTextRepair::isArabicLetter(visual.at(gap + 1)))
        return 0;
    if (PdfTextRepair::joinsToNext(visual.at(gap + 1)))
        return kLamAlefs[0].second;
    static const QStringList cutArticles = {u"ا"_s, u"وا"_s, u"فا"_s, u"با"_s, u"كا"_s};
    return cutArticles.contains(logicalWord(visual, gap + 1, wordEdge(visual, gap + 1, +1))) ? kLamAlefs[0].first : 0;
}

// A gap wider than this many letters (the line's median glyph width), where a joining form says a lam-alef was
// lost, held two (سلالات): in Noto Naskh Arabic printed by Qt one lost ligature leaves 1.25-1.69 letters, two
// 2.47-2.79.
constexpr qreal kTwoLigatures = 2.1;

// Whether two lam-alefs in the gap at `visual[gap]` make a word of news with the letters on both sides (سلالات).
bool twoLamAlefsMakeWord(const QString &visual, qsizetype gap)
{
    const QString before = logicalWord(visual, gap + 1, wordEdge(visual, gap + 1, +1));
    const QString after = logicalWord(visual, wordEdge(visual, gap, -1), gap);
    return PdfTextRepair::newsWordRank(lookupForm(before + u"لالا"_s + after)) > 0;
}

// Whether the text's writer leaves the hamza off alef (الى, ان, اول for إلى, أن, أول), as much online news does:
// then a lost ligature is a plain لا wherever that makes a word, as the writer would have typed it.
bool writesBareAlef(const QList<QString> &lines)
{
    static const QSet<QString> hamzated = {u"أن"_s,   u"إن"_s,  u"إلى"_s, u"أو"_s,  u"أي"_s,  u"أمام"_s,
                                           u"أكثر"_s, u"أول"_s, u"أحد"_s, u"أمس"_s, u"إلا"_s, u"أيضا"_s};
    static const QSet<QString> bare = {u"ان"_s,  u"الى"_s, u"او"_s,  u"اي"_s,  u"امام"_s, u"اكثر"_s,
                                       u"اول"_s, u"احد"_s, u"امس"_s, u"الا"_s, u"ايضا"_s};
    int withHamza = 0;
    int without = 0;
    for (const QString &line : lines) {
        for (const QString &word : line.split(u' ', Qt::SkipEmptyParts)) {
            const QString letters = lookupForm(word);
            withHamza += hamzated.contains(letters) ? 1 : 0;
            without += bare.contains(letters) ? 1 : 0;
        }
    }
    return without >= 3 && without > withHamza;
}

// Where the run of Arabic letters and marks (a word as the repairs see it) that goes on at `from` ends.
qsizetype arabicWordEnd(QStringView line, qsizetype from)
{
    while (from < line.size() && (PdfTextRepair::isArabicLetter(line.at(from)) || line.at(from).isMark()))
        ++from;
    return from;
}

// Of candidates each making a word, the one whose word is the most frequent word of news (the lowest rank of
// PdfTextRepair::newsWordRank); `rank` stays 0 while none makes one.
template<typename Candidate>
struct MostFrequentWord
{
    int rank = 0;
    Candidate best{};

    // Weighs `candidate`, which makes `word` (letters as the list holds them); returns that word's rank.
    int consider(const QString &word, const Candidate &candidate)
    {
        const int wordRank = PdfTextRepair::newsWordRank(word);
        if (wordRank > 0 && (rank == 0 || wordRank < rank)) {
            rank = wordRank;
            best = candidate;
        }
        return wordRank;
    }
};

// Gives each restored lam-alef of `line` (at `positions`) the hamza or madda that makes its word a word of
// news (الإنسان, not الانسان or الأنسان), the most frequent where several do; a plain لا where none does.
// For a writer without hamzas (`bareAlef`), a plain لا wherever it makes a word.
void chooseLamAlefs(QString &line, const QList<qsizetype> &positions, bool bareAlef)
{
    for (const qsizetype at : positions) {
        const bool final = line.at(at).unicode() == kLamAlefs[0].second;
        qsizetype begin = at;
        while (begin > 0 && (PdfTextRepair::isArabicLetter(line.at(begin - 1)) || line.at(begin - 1).isMark()))
            --begin;
        const qsizetype end = arabicWordEnd(line, at + 1);
        MostFrequentWord<char16_t> choice;
        for (const auto &[isolated, joined] : kLamAlefs) {
            const char16_t form = final ? joined : isolated;
            QString word = line.mid(begin, end - begin);
            word[at - begin] = QChar(form);
            const int rank = choice.consider(lookupForm(word), form);
            // A writer without hamzas: the plain لا whenever it makes a word at all.
            if (bareAlef && rank > 0 && isolated == kLamAlefs[0].first) {
                choice.best = form;
                break;
            }
        }
        line[at] = QChar(choice.rank > 0 ? choice.best : final ? kLamAlefs[0].second : kLamAlefs[0].first);
    }
}

// A lam-alef ligature found lost at a gap: where to put it back in the line as drawn, and which form.
struct LostLamAlef
{
    qsizetype at = -1;        // where in `visual`
    char16_t form = 0;        // the ligature's presentation form
    bool replacesGap = false; // it stands for the gap (inside a word) rather than beside a space
    bool alone = false;       // a word of its own (لا) between two spaces
};

// A gap wider than the line's spaces may be a lost lam-alef between two letters of one word (دو لار for
// دولار: neither side joins across it, so only the word list can tell); one wider by a letter or more may hold
// a space and a lost lam-alef that ends the word before it (إلا) or starts the word after it (لأول). Where one
// of the four ligatures makes a word of news it is put back (the most frequent word wins), as a presentation
// form joined as drawn. `visual` is in drawing order, so the word before the gap is right of it.
// `wide`: the gap is wider than the line's spaces by a letter or more; `roomForWord`: by a ligature and a space.
LostLamAlef lostLamAlefAtGap(const QString &visual, qsizetype gap, bool wide, bool roomForWord, bool bareAlef)
{
    const QString after = gap > 0 && PdfTextRepair::isArabicLetter(visual.at(gap - 1))
                              ? lookupForm(logicalWord(visual, wordEdge(visual, gap, -1), gap))
                              : QString();
    const QString before = gap + 1 < visual.size() && PdfTextRepair::isArabicLetter(visual.at(gap + 1))
                               ? lookupForm(logicalWord(visual, gap + 1, wordEdge(visual, gap + 1, +1)))
                               : QString();
    MostFrequentWord<LostLamAlef> choice;
    const auto consider = [&](const QString &word, const LostLamAlef &lost) {
        choice.consider(word, lost);
    };
    const bool joinsAcross = gap + 1 < visual.size() && PdfTextRepair::joinsToNext(visual.at(gap + 1));
    // (A single letter is no word here, though the list has some as abbreviations.)
    const bool bothWords = before.size() > 1 && after.size() > 1 && PdfTextRepair::newsWordRank(before) > 0
                           && PdfTextRepair::newsWordRank(after) > 0;
    for (const auto &[isolated, joined] : kLamAlefs) {
        // A writer without hamzas: a plain لا that makes a word wins over any with a hamza.
        if (bareAlef && choice.rank > 0)
            break;
        const QString letters = PdfTextRepair::foldPresentationForms(QString(QChar(isolated)));
        const char16_t form = joinsAcross ? joined : isolated;
        // Two words that are words apart stay apart, whatever they would make together.
        if (!before.isEmpty() && !after.isEmpty() && !bothWords)
            consider(before + letters + after, {gap, form, true});
        if (!wide)
            continue;
        if (!after.isEmpty())
            consider(letters + after, {gap, isolated, false}); // left of the space: the start of the word after it
        if (!before.isEmpty())
            consider(before + letters, {gap + 1, form, false});
    }
    // Room for a space more: the word لا on its own (والإصلاح لا يتحققان), where the ligature makes no word with
    // either side.
    if (choice.rank == 0 && roomForWord && !before.isEmpty() && !after.isEmpty())
        return {gap + 1, kLamAlefs[0].first, false, true};
    return choice.best;
}

// How a page's writer wrote its text layer, as the first reading of the page found:
// - `bareAlef`, see writesBareAlef;
// - `losesLigatures`, lam-alef ligatures were lost where a joining form shows it (three times or more on the page),
//   so a gap with room for a word of its own may hold a lost لا;
// - `bracketsAsTyped`, brackets and quotation marks carry the characters typed, not the mirrored ones drawn in a
//   right-to-left run (LibreOffice writes «قسد» so; Qt writes the shapes drawn, »قسد«): more lines balance their
//   brackets unmirrored;
// - `splitsLamAlefs`, a lam-alef ligature's two letters are read in the wrong order (see swapSplitLamAlefs), as
//   two words or more show.
struct WriterHabits
{
    bool bareAlef = false;
    bool losesLigatures = false;
    bool bracketsAsTyped = false;
    bool splitsLamAlefs = false;
};

// What the lines of a reading tell of the writer (see WriterHabits).
struct WriterEvidence
{
    int joinedLigatures = 0; // lost lam-alefs a joining form showed
    int bracketBalance = 0;  // bracket kinds balanced as read, less those balanced only mirrored
    int splitLamAlefs = 0;   // words with a lam-alef read the other way round (see swappedLamAlefTells)
};

bool isAlef(QChar c)
{
    return c == u'ا' || c == u'أ' || c == u'إ' || c == u'آ';
}

// Words of `line` that show a lam-alef read the wrong way round after the article: two alefs and a lam (األزمة,
// االشتباكات for الأزمة, الاشتباكات), which no word of Arabic has. Counted without the word list, on every page.
int swappedLamAlefTells(QStringView line)
{
    int words = 0;
    qsizetype i = 0;
    while (i < line.size()) {
        if (!PdfTextRepair::isArabicLetter(line.at(i))) {
            ++i;
            continue;
        }
        const qsizetype end = arabicWordEnd(line, i);
        for (qsizetype k = i; k + 2 < end; ++k) {
            if (isAlef(line.at(k)) && isAlef(line.at(k + 1)) && line.at(k + 2) == u'ل') {
                ++words;
                break;
            }
        }
        i = end;
    }
    return words;
}

// Alef before lam where only lam before alef makes a word of news (األزمة → الأزمة, انطالق → انطلاق, سالالت →
// سلالات). A writer that draws lam-alef as one glyph and gives it both letters (LibreOffice) leaves Poppler to
// spread them over the glyph left to right, in logical order; read right to left, the pair comes out swapped.
// Swaps one or two such pairs in each word of `line` that is not a word of news as read; a word that is one either
// way (ثالث, ثلاث) is left as read.
void swapSplitLamAlefs(QString &line)
{
    qsizetype i = 0;
    while (i < line.size()) {
        if (!PdfTextRepair::isArabicLetter(line.at(i))) {
            ++i;
            continue;
        }
        const qsizetype end = arabicWordEnd(line, i);
        const QString word = line.mid(i, end - i);
        QList<qsizetype> pairs; // alef-lam pairs, by their alef
        for (qsizetype k = 0; k + 1 < word.size(); ++k) {
            if (isAlef(word.at(k)) && word.at(k + 1) == u'ل')
                pairs.append(k);
        }
        if (!pairs.isEmpty() && PdfTextRepair::newsWordRank(lookupForm(word)) == 0) {
            const auto swapped = [&](std::initializer_list<qsizetype> at) {
                QString candidate = word;
                for (const qsizetype k : at)
                    std::swap(candidate[k], candidate[k + 1]);
                return candidate;
            };
            MostFrequentWord<QString> choice;
            const auto consider = [&](const QString &candidate) {
                choice.consider(lookupForm(candidate), candidate);
            };
            for (qsizetype a = 0; a < pairs.size(); ++a) {
                consider(swapped({pairs[a]}));
                for (qsizetype b = a + 1; b < pairs.size(); ++b) {
                    if (pairs[b] > pairs[a] + 1)
                        consider(swapped({pairs[a], pairs[b]}));
                }
            }
            if (choice.rank > 0)
                line.replace(i, end - i, choice.best);
        }
        i = end;
    }
}

PdfLine makeLine(const Segment &segment, bool rightToLeft, WriterHabits habits, int *reversedWords,
                 int *restoredLigatures, WriterEvidence *evidence)
{
    // One character per letter as drawn, left to right, and a space where the gap says so; the letters'
    // order is then the inverse bidi algorithm's, and each letter takes its marks along (left out of the
    // algorithm, which would read a mark after a space as a neutral and move it to another word).
    QString visual;
    QList<const Cluster *> sources; // per character of `visual`; nullptr for a space
    // A space is a gap wider than a fraction of the font size; glyph boxes can be much taller than the font
    // (Noto Naskh's are twice its size), so the letters' own width bounds the estimate.
    QList<qreal> widths;
    for (const Cluster &cluster : segment.clusters)
        widths.append(cluster.box.width());
    qreal wordGap = std::min(kWordGap * segment.height, 2 * kWordGap * median(widths));
    // The gap before each letter: from the right edge of everything drawn left of it.
    QList<qreal> gapBefore;
    QList<qreal> candidates;
    qreal right = -1e12;
    for (const Cluster &cluster : segment.clusters) {
        gapBefore.append(gapBefore.isEmpty() ? 0 : cluster.box.left() - right);
        if (gapBefore.last() > wordGap)
            candidates.append(gapBefore.last());
        right = std::max(right, cluster.box.right());
    }
    // A cursive font's letters are sometimes placed apart inside a word (Amiri exported by LibreOffice: 0.7-2 pt
    // inside words, 4 pt between them at 14 pt): on a line with gaps enough to tell, a gap well under its typical
    // space is inside a word. The lower quartile: lam-alefs a writer left out (Qt) leave gaps wider than spaces,
    // never narrower.
    if (candidates.size() >= kMinGapsForTypicalSpace) {
        std::sort(candidates.begin(), candidates.end());
        wordGap = std::max(wordGap, kNarrowestSpace * candidates.at(candidates.size() / 4));
    }
    QList<qsizetype> gaps;
    for (qsizetype k = 0; k < segment.clusters.size(); ++k) {
        const Cluster &cluster = segment.clusters[k];
        if (k > 0 && gapBefore[k] > wordGap) {
            gaps.append(visual.size());
            visual.append(u' ');
            sources.append(nullptr);
        }
        visual.append(cluster.base.isEmpty() ? QChar(u' ') : cluster.base.at(0));
        sources.append(&cluster);
    }
    // Lam-alef ligatures the text layer lost: decided on the line as read, then put in from the right so that
    // the positions still to change stay where they were.
    if (rightToLeft && !gaps.isEmpty()) {
        QList<qreal> gapWidths;
        for (const qsizetype gap : std::as_const(gaps))
            gapWidths.append(sources[gap + 1]->box.left() - sources[gap - 1]->box.right());
        const qreal letter = median(widths);
        QList<std::pair<qsizetype, char16_t>> inside;
        // Ligatures put in beside a gap, and the second of two in one gap (سلالات): inserted, from the right.
        struct Insertion
        {
            qsizetype at;
            char16_t form;
            const Cluster *source;
            bool spaceAfter; // a word of its own: a space follows it
        };
        QList<Insertion> insertions;
        // First the ligatures a joining form or a cut article shows, so that the word list then sees whole words
        // beside the wider gaps (والإصلاح, not its last letter, before a lost لا), and the spaces between words
        // are measured without them.
        QString seen = visual;
        QList<qreal> spaceWidths;
        for (qsizetype i = 0; i < gaps.size(); ++i) {
            const qsizetype gap = gaps[i];
            if (const char16_t ligature = lostLamAlef(visual, gap)) {
                inside.append({gap, ligature});
                // The ligature left of the first starts no join: the isolated form.
                if (gapWidths[i] > kTwoLigatures * letter && twoLamAlefsMakeWord(visual, gap))
                    insertions.append({gap, kLamAlefs[0].first, &kMissingLigature, false});
                seen[gap] = QChar(ligature);
                ++evidence->joinedLigatures;
            } else {
                spaceWidths.append(gapWidths[i]);
            }
        }
        const qreal typicalGap = median(spaceWidths);
        for (qsizetype i = 0; i < gaps.size(); ++i) {
            const qsizetype gap = gaps[i];
            if (seen.at(gap) != u' ')
                continue; // filled above
            if (const qreal excess = gapWidths[i] - typicalGap; excess > 0.3 * letter) {
                const LostLamAlef lost =
                    lostLamAlefAtGap(seen, gap, excess > 0.8 * letter,
                                     habits.losesLigatures && excess > typicalGap + letter, habits.bareAlef);
                if (lost.replacesGap)
                    inside.append({gap, lost.form});
                else if (lost.at >= 0)
                    insertions.append({lost.at, lost.form, &kMissingAtWordEdge, lost.alone});
            }
        }
        for (const auto &[gap, ligature] : std::as_const(inside)) {
            visual[gap] = QChar(ligature);
            sources[gap] = &kMissingLigature;
        }
        std::stable_sort(insertions.begin(), insertions.end(),
                         [](const Insertion &a, const Insertion &b) { return a.at < b.at; });
        for (qsizetype i = insertions.size() - 1; i >= 0; --i) {
            const Insertion &insertion = insertions[i];
            if (insertion.spaceAfter) {
                visual.insert(insertion.at, u' ');
                sources.insert(insertion.at, nullptr);
            }
            visual.insert(insertion.at, QChar(insertion.form));
            sources.insert(insertion.at, insertion.source);
        }
    }
    PdfLine line;
    line.box = segment.box;
    line.height = segment.height;
    line.rightToLeft = rightToLeft;
    QList<bool> mirrored;
    QString logical;
    QList<qsizetype> restored; // positions in `logical` of lam-alefs put back
    for (qsizetype index : PdfTextRepair::logicalOrder(visual, rightToLeft, &mirrored)) {
        const Cluster *cluster = sources[index];
        if (!cluster) {
            logical.append(u' ');
            continue;
        }
        if (cluster == &kMissingLigature) {
            restored.append(logical.size());
            logical.append(visual.at(index));
            continue;
        }
        if (cluster == &kMissingAtWordEdge) {
            ++*restoredLigatures;
            logical.append(visual.at(index));
            continue;
        }
        const QChar c = cluster->base.at(0);
        // A bracket drawn in a right-to-left run is the mirror of the one typed, unless the writer gave the typed one.
        if (cluster->base.size() == 1 && mirrored[index] && c.hasMirrored() && !habits.bracketsAsTyped)
            logical.append(c.mirroredChar());
        else
            logical.append(cluster->base);
        logical.append(cluster->marks);
    }
    chooseLamAlefs(logical, restored, habits.bareAlef);
    *restoredLigatures += int(restored.size());
    *reversedWords += PdfTextRepair::reverseVisualWords(logical);

    // Where the line ends inside a word: a letter form that joins the next letter, or a hyphen after a letter.
    qsizetype last = logical.size() - 1;
    while (last >= 0 && (logical.at(last).isSpace() || logical.at(last).isMark()))
        --last;
    if (last >= 0) {
        const QChar c = logical.at(last);
        if (PdfTextRepair::joinsToNext(c)) {
            line.continuesWord = true;
        } else if ((c == u'-' || c == QChar(0x00AD)) && last > 0 && logical.at(last - 1).isLetter()
                   && !isRightToLeft(logical.at(last - 1))) {
            line.continuesWord = true;
            line.hyphenated = true;
        }
    }
    QString folded = PdfTextRepair::foldPresentationForms(logical);
    if (rightToLeft) {
        evidence->bracketBalance += PdfTextRepair::bracketBalance(folded);
        evidence->splitLamAlefs += swappedLamAlefTells(folded);
        if (habits.splitsLamAlefs)
            swapSplitLamAlefs(folded);
    }
    line.text = PdfTextRepair::repairLine(folded, habits.bracketsAsTyped).trimmed();
    return line;
}

// The x where the page's columns meet: the point most rows leave empty between two segments, or a negative
// number when the page is a single column.
qreal findGutter(const QList<QList<Segment>> &rows)
{
    std::map<qreal, int> events; // +1 where a gap opens, -1 where it closes
    int rowsWithGaps = 0;
    for (const QList<Segment> &segments : rows) {
        if (segments.size() < 2)
            continue;
        ++rowsWithGaps;
        for (qsizetype i = 1; i < segments.size(); ++i) {
            events[segments[i - 1].box.right()] += 1;
            events[segments[i].box.left()] -= 1;
        }
    }
    if (rowsWithGaps < 3)
        return -1;
    int depth = 0;
    int best = 0;
    qreal bestStart = -1;
    qreal bestEnd = -1;
    for (auto it = events.begin(); it != events.end(); ++it) {
        depth += it->second;
        if (depth > best) {
            best = depth;
            bestStart = it->first;
            auto next = std::next(it);
            bestEnd = next == events.end() ? it->first : next->first;
        }
    }
    // A gutter is shared by most rows that have a gap (tables and stray gaps are not).
    if (best < 3 || best * 2 < rowsWithGaps)
        return -1;
    return (bestStart + bestEnd) / 2;
}

} // namespace

PdfLayout::Page PdfLayout::layout(const QList<PdfGlyph> &glyphs)
{
    Page page;
    QList<Cluster> bases;
    QList<const PdfGlyph *> marks;
    for (const PdfGlyph &glyph : glyphs) {
        if (glyph.text.trimmed().isEmpty() || glyph.box.height() <= 0)
            continue;
        if (isMarkText(glyph.text))
            marks.append(&glyph);
        else
            bases.append({glyph.text, {}, glyph.box});
    }
    QList<Row> rows = buildRows(std::move(bases));

    // Each mark goes to the letter it is drawn on. A mark with a box of its own goes to the letter that box
    // covers; a zero-width one (its box is only its origin, as PDF writers place harakat) to the letter that
    // starts nearest to it: shapers emit a mark just before its letter in visual order.
    for (const PdfGlyph *mark : std::as_const(marks)) {
        const QPointF center = mark->box.center();
        const bool hasWidth = mark->box.width() > 0.2 * mark->box.height();
        // The row it belongs to is the one its box is centred on (marks sit above and below the letters).
        Row *row = nullptr;
        for (Row &candidate : rows) {
            if (!row || std::abs(center.y() - candidate.center()) < std::abs(center.y() - row->center()))
                row = &candidate;
        }
        if (!row || std::abs(center.y() - row->center()) > row->height)
            continue;
        Cluster *best = nullptr;
        qreal bestDistance = 1e12;
        // Harakat sit on letters: punctuation and digits take a mark only on a row without letters.
        const bool rowHasLetters = std::any_of(row->clusters.begin(), row->clusters.end(), [](const Cluster &c) {
            return !c.base.isEmpty() && c.base.at(0).isLetter();
        });
        for (Cluster &cluster : row->clusters) {
            if (rowHasLetters && (cluster.base.isEmpty() || !cluster.base.at(0).isLetter()))
                continue;
            qreal distance = std::abs(center.x() - cluster.box.left());
            if (hasWidth)
                distance = center.x() < cluster.box.left()    ? cluster.box.left() - center.x()
                           : center.x() > cluster.box.right() ? center.x() - cluster.box.right()
                                                              : 0;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = &cluster;
            }
        }
        if (best)
            best->marks.append(mark->text);
    }

    QList<QList<Segment>> rowSegments;
    qreal covered = 0;
    qreal extent = 0;
    for (Row &row : rows) {
        page.footnoteMarkers += dropFootnoteMarkers(row);
        rowSegments.append(splitRow(row));
        // Segments, not rows: the cells of a table row are apart, but each is covered by its text.
        for (const Segment &segment : std::as_const(rowSegments.last())) {
            if (segment.clusters.size() < 3)
                continue;
            extent += segment.box.width();
            for (const Cluster &cluster : segment.clusters)
                covered += cluster.box.width();
        }
    }
    if (extent > 0)
        page.textCoverage = std::min<qreal>(1, covered / extent);

    const qreal gutter = findGutter(rowSegments);
    struct Pending
    {
        Segment segment;
        int side; // 0 spans the gutter (or there is none), 1 right of it, 2 left of it
        int rtl;
        int ltr;
    };
    QList<QList<Pending>> pendingRows;
    int rtlLetters = 0;
    int ltrLetters = 0;
    std::map<int, std::pair<qreal, qreal>> extents; // per side: the text's left and right edges
    for (const QList<Segment> &segments : std::as_const(rowSegments)) {
        QList<Pending> pending;
        bool spans = gutter < 0;
        for (const Segment &segment : segments) {
            if (segment.box.left() < gutter && segment.box.right() > gutter)
                spans = true;
        }
        if (spans) {
            // One line: join the row's segments (a wide gap inside a line is still a space).
            Segment whole;
            whole.height = segments.first().height;
            whole.box = segments.first().box;
            for (const Segment &segment : segments) {
                whole.clusters += segment.clusters;
                whole.box = whole.box.united(segment.box);
            }
            pending.append({whole, 0, 0, 0});
        } else {
            for (const Segment &segment : segments)
                pending.append({segment, segment.box.center().x() > gutter ? 1 : 2, 0, 0});
        }
        for (Pending &p : pending) {
            std::tie(p.rtl, p.ltr) = strongLetters(p.segment);
            rtlLetters += p.rtl;
            ltrLetters += p.ltr;
            auto it = extents.find(p.side);
            if (it == extents.end())
                extents[p.side] = {p.segment.box.left(), p.segment.box.right()};
            else
                it->second = {std::min(it->second.first, p.segment.box.left()),
                              std::max(it->second.second, p.segment.box.right())};
        }
        pendingRows.append(std::move(pending));
    }

    // A line's direction is its letters'; one without Arabic letters in a right-to-left page ("(FAO)." ending
    // a paragraph) reads right to left when it is set flush right, as the paragraph it ends.
    const bool rtlPage = rtlLetters >= ltrLetters;
    struct Placed
    {
        PdfLine line;
        int side;
    };
    QList<QList<Placed>> placedRows;
    WriterEvidence evidence;
    const auto placeRows = [&](WriterHabits habits) {
        placedRows.clear();
        page.reversedWords = 0;
        page.restoredLigatures = 0;
        evidence = {};
        for (const QList<Pending> &pending : std::as_const(pendingRows)) {
            QList<Placed> placed;
            for (const Pending &p : pending) {
                bool rightToLeft = p.rtl > 0 && p.rtl >= p.ltr;
                if (p.rtl == 0 && rtlPage) {
                    const auto [left, right] = extents[p.side];
                    rightToLeft = right - p.segment.box.right() < p.segment.box.left() - left;
                }
                placed.append(
                    {makeLine(p.segment, rightToLeft, habits, &page.reversedWords, &page.restoredLigatures, &evidence),
                     p.side});
            }
            placedRows.append(std::move(placed));
        }
    };
    placeRows({});
    // The page is read again when the first reading showed how its writer differs from the usual. Lost lam-alefs
    // were put back with the hamza news usually writes; a page whose writer leaves hamzas off gets them as that
    // writer typed them. A page that loses its ligatures is read again with a lone لا allowed in a gap with room
    // for it.
    WriterHabits habits;
    if (page.restoredLigatures > 0) {
        QList<QString> texts;
        for (const QList<Placed> &row : std::as_const(placedRows)) {
            for (const Placed &p : row)
                texts.append(p.line.text);
        }
        habits.bareAlef = writesBareAlef(texts);
        habits.losesLigatures = evidence.joinedLigatures >= 3;
    }
    habits.bracketsAsTyped = evidence.bracketBalance < 0;
    habits.splitsLamAlefs = evidence.splitLamAlefs >= 2;
    if (habits.bareAlef || habits.losesLigatures || habits.bracketsAsTyped || habits.splitsLamAlefs)
        placeRows(habits);

    // Reading order: rows top to bottom; between two full-width rows, one column after the other (the right
    // one first on a right-to-left page).
    const int firstSide = rtlPage ? 1 : 2;
    QList<PdfLine> columnLines[2];
    auto flushColumns = [&] {
        for (int side : {firstSide, 3 - firstSide}) {
            for (PdfLine &line : columnLines[side - 1]) {
                line.column = side == firstSide ? 1 : 2;
                page.lines.append(std::move(line));
            }
            columnLines[side - 1].clear();
        }
    };
    for (QList<Placed> &row : placedRows) {
        for (Placed &p : row) {
            if (p.line.text.isEmpty())
                continue;
            if (p.side == 0) {
                flushColumns();
                page.lines.append(std::move(p.line));
            } else {
                // Several segments on one side of the gutter in one row: right to left on an RTL page.
                columnLines[p.side - 1].append(std::move(p.line));
            }
        }
    }
    flushColumns();
    return page;
}

} // namespace Hamish
