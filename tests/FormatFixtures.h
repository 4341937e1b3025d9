// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Documents the format tests and benchmarks make themselves: PDFs printed by Qt or written byte by byte,
// page images, and zip containers (DOCX, ODT, EPUB) written with libzip.
#include <QByteArray>
#include <QFont>
#include <QHash>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <utility>

class QPainter;
class QPdfWriter;

namespace FormatFixtures {

// The bundled sample article's text.
QString sampleText();
// The sample's paragraphs (its non-blank lines).
QStringList sampleParagraphs();

// Words: maximal runs of letters, digits and combining marks (punctuation and spaces separate them).
QStringList words(const QString &text);
// The share (0..1) of `expected`'s words that `actual` has in the same order (longest common subsequence).
double wordsInOrder(const QString &expected, const QString &actual);

// A PDF of A4 pages without margins, drawn by `paint` at `dpi` painter units to the inch.
QByteArray paintedPdf(int dpi, const std::function<void(QPdfWriter &, QPainter &)> &paint);

// A PDF printed by Qt (QPdfWriter + QTextDocument) from plain paragraphs, right to left, in `family`.
QByteArray printedPdf(const QStringList &paragraphs, const QString &family = QStringLiteral("DejaVu Sans"),
                      int pointSize = 12);

// A page of two columns: a running header, the page number at the foot, `paragraphs` flowing through the
// right column and then the left one, pages added as needed. `paragraphPages` gets each paragraph's page.
// A paragraph may hold "<sup>1</sup>" (a footnote marker) and "<br>" is not used.
QByteArray twoColumnPdf(const QStringList &paragraphs, const QString &header, QList<int> *paragraphPages);

// Writes a PDF without any library: one simple font whose codes map to the characters through a ToUnicode
// CMap (so any Unicode, presentation forms included, can be the text layer), and pages of lines. Each line
// is drawn as given, left to right from `x`, so a line must already be in the order the glyphs are drawn.
// A run of two spaces in a line becomes a gap without a space character (a TJ offset), and a character U+0001 to
// U+0009 a gap of that many tenths of a glyph's width, as a writer leaves between words or, with a cursive font,
// inside them.
struct RawLine
{
    qreal x = 72;
    qreal y = 0; // from the top of the page
    QString glyphs;
    qreal size = 12;
};
struct RawPdfOptions
{
    bool encrypted = false;          // an /Encrypt dictionary with a password nobody knows
    bool logicalRightToLeft = false; // glyphs given in logical order and placed right to left from `x`
    // What a glyph's ToUnicode entry says when not the glyph itself: a lam-alef ligature's two letters, a
    // presentation form's letter.
    QHash<QChar, QString> toUnicode;
};
QByteArray rawPdf(const QList<QList<RawLine>> &pages, const RawPdfOptions &options = {});

// What a PDF producer that writes Arabic in visual order stores for a logical line: letters shaped into
// presentation forms (lam-alef ligatures included) when `presentationForms`, then reordered for display
// (Arabic runs reversed, brackets mirrored).
QString visualLine(const QString &logical, bool presentationForms);

// A page image of `paragraphs` set in `family` at `dpi` (black on white, A4 width), as a scanner makes it.
QImage renderedPage(const QStringList &paragraphs, const QString &family, int dpi);
QByteArray pngBytes(const QImage &image);
// A TIFF of several pages (uncompressed grey, the pages' resolution kept), as a scanner's document feeder makes.
QByteArray multiPageTiff(const QList<QImage> &pages);
// A PDF whose only page is `image` (no text layer), as a scanner's PDF.
QByteArray scannedPdf(const QImage &image, int dpi);

// A zip archive of (member name, bytes), written by libzip; "mimetype" members are stored first, uncompressed.
QByteArray zip(const QList<std::pair<QString, QByteArray>> &members);
// A zip whose `member` inflates to `inflatedBytes` zeros, generated as it is written (never in memory).
QByteArray zipBomb(const QList<std::pair<QString, QByteArray>> &members, const QString &member, qint64 inflatedBytes);

} // namespace FormatFixtures
