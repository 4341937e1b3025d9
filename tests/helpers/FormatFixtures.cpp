// SPDX-License-Identifier: GPL-3.0-or-later
#include "../FormatFixtures.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFile>
#include <QHash>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <unicode/ubidi.h>
#include <unicode/ushape.h>
#include <zip.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <iterator>
#include <memory>

using namespace Qt::StringLiterals;

namespace FormatFixtures {

QString sampleText()
{
    QFile file(u":/sample/sample-article.txt"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QStringList sampleParagraphs()
{
    QStringList paragraphs;
    for (const QString &line : sampleText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            paragraphs.append(line.trimmed());
    }
    return paragraphs;
}

QStringList words(const QString &text)
{
    QStringList out;
    QString current;
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c.isMark()) {
            current.append(c);
        } else if (!current.isEmpty()) {
            out.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        out.append(current);
    return out;
}

double wordsInOrder(const QString &expected, const QString &actual)
{
    const QStringList a = words(expected);
    const QStringList b = words(actual);
    if (a.isEmpty())
        return 1.0;
    QList<int> previous(b.size() + 1, 0);
    QList<int> current(b.size() + 1, 0);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        for (qsizetype j = 1; j <= b.size(); ++j)
            current[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : std::max(previous[j], current[j - 1]);
        std::swap(previous, current);
    }
    return double(previous[b.size()]) / double(a.size());
}

QByteArray printedPdf(const QStringList &paragraphs, const QString &family, int pointSize)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        QTextDocument document;
        document.setDefaultFont(QFont(family, pointSize));
        QTextOption option;
        option.setTextDirection(Qt::RightToLeft);
        option.setAlignment(Qt::AlignRight | Qt::AlignAbsolute);
        document.setDefaultTextOption(option);
        document.setPlainText(paragraphs.join(u"\n\n"_s));
        document.print(&writer);
    }
    return bytes;
}

QByteArray paintedPdf(int dpi, const std::function<void(QPdfWriter &, QPainter &)> &paint)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(dpi);
    QPainter painter(&writer);
    paint(writer, painter);
    painter.end();
    return bytes;
}

QByteArray twoColumnPdf(const QStringList &paragraphs, const QString &header, QList<int> *paragraphPages)
{
    // Painter units are points.
    return paintedPdf(72, [&](QPdfWriter &writer, QPainter &painter) {
        const QFont body(u"DejaVu Sans"_s, 10);
        const qreal width = writer.width();
        const qreal height = writer.height();
        const qreal top = 80;
        const qreal bottom = height - 80;
        const qreal columnWidth = (width - 2 * 56 - 30) / 2;
        const qreal columnLeft[2] = {width - 56 - columnWidth, 56}; // the right column first
        int page = 1;
        int column = 0;
        qreal y = top;

        auto furniture = [&] {
            painter.setFont(QFont(u"DejaVu Sans"_s, 9));
            painter.setLayoutDirection(Qt::RightToLeft);
            painter.drawText(QRectF(0, 30, width, 20), Qt::AlignHCenter, header);
            painter.drawText(QRectF(0, height - 50, width, 20), Qt::AlignHCenter, QString::number(page));
        };
        furniture();
        paragraphPages->clear();
        for (const QString &paragraph : paragraphs) {
            QTextDocument document;
            document.setDocumentMargin(0);
            document.setDefaultFont(body);
            document.setHtml(u"<p dir=\"rtl\" align=\"right\">"_s + paragraph + u"</p>"_s);
            document.setTextWidth(columnWidth);
            document.documentLayout(); // lays it out
            QTextLayout *layout = document.firstBlock().layout();
            bool first = true;
            for (int i = 0; i < layout->lineCount(); ++i) {
                const QTextLine line = layout->lineAt(i);
                if (y + line.height() > bottom) {
                    if (++column == 2) {
                        writer.newPage();
                        ++page;
                        column = 0;
                        furniture();
                    }
                    y = top;
                }
                if (first)
                    paragraphPages->append(page);
                first = false;
                line.draw(&painter, QPointF(columnLeft[column], y - line.y()));
                y += line.height();
            }
            y += 8; // paragraph spacing
        }
    });
}

namespace {

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

QString utf16Hex(const QString &text)
{
    QString out;
    for (const QChar c : text)
        out += u"%1"_s.arg(uint(c.unicode()), 4, 16, QChar(u'0'));
    return out;
}

} // namespace

QByteArray rawPdf(const QList<QList<RawLine>> &pages, const RawPdfOptions &options)
{
    // One code per distinct character (1..255, no code for the gap).
    QHash<QString, int> codes;
    QStringList characters;
    for (const QList<RawLine> &page : pages) {
        for (const RawLine &line : page) {
            for (const QChar c : line.glyphs) {
                if (c.unicode() >= 1 && c.unicode() <= 9)
                    continue; // a gap
                if (!codes.contains(QString(c))) {
                    codes.insert(QString(c), int(characters.size()) + 1);
                    characters.append(QString(c));
                }
            }
        }
    }
    Q_ASSERT(characters.size() < 255);
    auto width = [](const QString &c) {
        return c.at(0).isMark() ? 0 : c == u" " ? 250 : 500;
    };

    QList<QByteArray> objects; // object n is objects[n - 1]
    objects.append("<< /Type /Catalog /Pages 2 0 R >>");
    objects.append(QByteArray()); // the page tree, once the pages are known
    QString widths;
    for (const QString &c : std::as_const(characters))
        widths += QString::number(width(c)) + u' ';
    objects.append(u"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar 1 /LastChar %1 /Widths [%2] "
                   "/ToUnicode 4 0 R >>"_s.arg(characters.size())
                       .arg(widths)
                       .toLatin1());
    QString cmap = u"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Hamish def "
                   "1 begincodespacerange <01> <FF> endcodespacerange\n"_s;
    cmap += u"%1 beginbfchar\n"_s.arg(characters.size());
    for (qsizetype i = 0; i < characters.size(); ++i)
        cmap += u"<%1> <%2>\n"_s.arg(qlonglong(i + 1), 2, 16, QChar(u'0'))
                    .arg(utf16Hex(options.toUnicode.value(characters[i].at(0), characters[i])));
    cmap += u"endbfchar endcmap CMapName currentdict /CMap defineresource pop end end"_s;
    objects.append("<< /Length " + QByteArray::number(cmap.toLatin1().size()) + " >>\nstream\n" + cmap.toLatin1()
                   + "\nendstream");

    const qreal pageHeight = 842;
    QList<int> pageObjects;
    for (const QList<RawLine> &page : pages) {
        QByteArray content;
        for (const RawLine &line : page) {
            content += "BT /F1 " + QByteArray::number(line.size) + " Tf\n";
            const qreal em = line.size / 1000.0;
            const qreal y = pageHeight - line.y;
            // Each glyph at its own place: left to right as given, or right to left from x in logical order.
            qreal x = line.x;
            const bool rightToLeft = options.logicalRightToLeft;
            qreal lastBaseX = x;
            qreal lastBaseWidth = 0;
            for (qsizetype i = 0; i < line.glyphs.size(); ++i) {
                const QString c = line.glyphs.mid(i, 1);
                if (c == u" " && i + 1 < line.glyphs.size() && line.glyphs.at(i + 1) == u' ') {
                    x += (rightToLeft ? -250 : 250) * em; // a gap drawn without a space
                    ++i;
                    continue;
                }
                if (c.at(0).unicode() >= 1 && c.at(0).unicode() <= 9) {
                    x += (rightToLeft ? -50 : 50) * c.at(0).unicode() * em; // tenths of a glyph's 500
                    continue;
                }
                const qreal advance = width(c) * em;
                qreal at = rightToLeft ? x - advance : x;
                if (c.at(0).isMark()) {
                    // A mark sits on its letter: the one after it when drawn left to right, the one before it
                    // in logical order.
                    at = rightToLeft ? lastBaseX + lastBaseWidth / 3 : x + 500 * em / 3;
                } else {
                    lastBaseX = at;
                    lastBaseWidth = advance;
                }
                content += "1 0 0 1 " + QByteArray::number(at, 'f', 2) + ' ' + QByteArray::number(y, 'f', 2) + " Tm <"
                           + QByteArray::number(codes.value(c), 16).rightJustified(2, '0') + "> Tj\n";
                x += rightToLeft ? -advance : advance;
            }
            content += "ET\n";
        }
        objects.append("<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "endstream");
        const int contentObject = int(objects.size());
        objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                       "/Contents "
                       + QByteArray::number(contentObject) + " 0 R >>");
        pageObjects.append(int(objects.size()));
    }
    QByteArray kids;
    for (int object : std::as_const(pageObjects))
        kids += QByteArray::number(object) + " 0 R ";
    objects[1] = "<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(pageObjects.size()) + " >>";
    int encryptObject = 0;
    if (options.encrypted) {
        objects.append("<< /Filter /Standard /V 1 /R 2 /O <" + hex(QByteArray(32, '\x5a')).toLatin1() + "> /U <"
                       + hex(QByteArray(32, '\x33')).toLatin1() + "> /P -44 >>");
        encryptObject = int(objects.size());
    }

    QByteArray pdf = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : std::as_const(offsets))
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R";
    if (encryptObject)
        pdf += " /Encrypt " + QByteArray::number(encryptObject) + " 0 R /ID [<" + QByteArray(16, 'a').toHex() + "> <"
               + QByteArray(16, 'a').toHex() + ">]";
    pdf += " >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

QString visualLine(const QString &logical, bool presentationForms)
{
    QString text = logical;
    UErrorCode error = U_ZERO_ERROR;
    if (presentationForms) {
        QString shaped(text.size() * 2, QChar());
        const int32_t length =
            u_shapeArabic(reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()),
                          reinterpret_cast<UChar *>(shaped.data()), int32_t(shaped.size()),
                          U_SHAPE_LETTERS_SHAPE | U_SHAPE_TEXT_DIRECTION_LOGICAL | U_SHAPE_LAMALEF_RESIZE, &error);
        shaped.truncate(U_SUCCESS(error) ? length : 0);
        text = shaped;
    }
    UBiDi *bidi = ubidi_open();
    ubidi_setPara(bidi, reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()), UBIDI_RTL, nullptr,
                  &error);
    QString visual(text.size() + 8, QChar());
    const int32_t length = ubidi_writeReordered(bidi, reinterpret_cast<UChar *>(visual.data()), int32_t(visual.size()),
                                                UBIDI_DO_MIRRORING, &error);
    ubidi_close(bidi);
    visual.truncate(U_SUCCESS(error) ? length : 0);
    return visual;
}

QImage renderedPage(const QStringList &paragraphs, const QString &family, int dpi)
{
    const int width = int(8.27 * dpi);
    const qreal margin = 0.8 * dpi;
    QTextDocument document;
    QImage probe(1, 1, QImage::Format_RGB32);
    probe.setDotsPerMeterX(int(dpi / 0.0254));
    probe.setDotsPerMeterY(int(dpi / 0.0254));
    document.documentLayout()->setPaintDevice(&probe);
    document.setDefaultFont(QFont(family, 14));
    QTextOption option;
    option.setTextDirection(Qt::RightToLeft);
    option.setAlignment(Qt::AlignRight | Qt::AlignAbsolute);
    document.setDefaultTextOption(option);
    document.setPlainText(paragraphs.join(u"\n\n"_s));
    document.setTextWidth(width - 2 * margin);
    QImage image(width, int(document.size().height() + 2 * margin), QImage::Format_RGB32);
    image.setDotsPerMeterX(probe.dotsPerMeterX());
    image.setDotsPerMeterY(probe.dotsPerMeterY());
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.translate(margin, margin);
    document.drawContents(&painter);
    return image;
}

QByteArray pngBytes(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray multiPageTiff(const QList<QImage> &pages)
{
    // Little-endian TIFF, each page uncompressed 8-bit grey in one strip, followed by its directory.
    QByteArray tiff("II*\0\0\0\0\0", 8);
    const auto put16 = [&](quint16 value) {
        tiff.append(char(value & 0xff)).append(char(value >> 8));
    };
    const auto put32 = [&](quint32 value) {
        for (int shift = 0; shift < 32; shift += 8)
            tiff.append(char((value >> shift) & 0xff));
    };
    const auto patch32 = [&](qsizetype at, quint32 value) {
        for (int i = 0; i < 4; ++i)
            tiff[at + i] = char((value >> (8 * i)) & 0xff);
    };
    qsizetype nextPointer = 4; // where the offset of the next directory goes
    for (const QImage &page : pages) {
        const QImage grey = page.convertToFormat(QImage::Format_Grayscale8);
        const auto strip = quint32(tiff.size());
        for (int y = 0; y < grey.height(); ++y)
            tiff.append(reinterpret_cast<const char *>(grey.constScanLine(y)), grey.width());
        const auto resolution = quint32(tiff.size());
        const auto dpi = quint32(std::lround(page.dotsPerMeterX() * 0.0254));
        put32(dpi);
        put32(1);
        if (tiff.size() % 2)
            tiff.append('\0');
        patch32(nextPointer, quint32(tiff.size()));
        const struct
        {
            quint16 tag, type;
            quint32 value;
        } entries[] = {{256, 4, quint32(grey.width())},
                       {257, 4, quint32(grey.height())},
                       {258, 3, 8},
                       {259, 3, 1},
                       {262, 3, 1},
                       {273, 4, strip},
                       {277, 3, 1},
                       {278, 4, quint32(grey.height())},
                       {279, 4, quint32(grey.width() * grey.height())},
                       {282, 5, resolution},
                       {283, 5, resolution},
                       {296, 3, 2}};
        put16(quint16(std::size(entries)));
        for (const auto &entry : entries) {
            put16(entry.tag);
            put16(entry.type);
            put32(1);
            if (entry.type == 3) {
                put16(quint16(entry.value));
                put16(0);
            } else {
                put32(entry.value);
            }
        }
        nextPointer = tiff.size();
        put32(0);
    }
    return tiff;
}

QByteArray scannedPdf(const QImage &image, int dpi)
{
    return paintedPdf(dpi, [&](QPdfWriter &, QPainter &painter) { painter.drawImage(QPointF(0, 0), image); });
}

namespace {

// Writes an archive into memory and returns its bytes; `add` puts the members in.
QByteArray writeZip(const std::function<void(zip_t *)> &add)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_t *archive = zip_open_from_source(source, ZIP_TRUNCATE, &error);
    zip_source_keep(source);
    add(archive);
    zip_close(archive);
    QByteArray bytes;
    zip_stat_t stat;
    if (zip_source_open(source) == 0) {
        zip_source_stat(source, &stat);
        bytes.resize(qsizetype(stat.size));
        zip_source_read(source, bytes.data(), stat.size);
        zip_source_close(source);
    }
    zip_source_free(source);
    zip_error_fini(&error);
    return bytes;
}

void addMembers(zip_t *archive, const QList<std::pair<QString, QByteArray>> &members)
{
    for (const auto &[name, data] : members) {
        // libzip copies nothing: the data lives in the caller's list until zip_close.
        zip_source_t *member = zip_source_buffer(archive, data.constData(), zip_uint64_t(data.size()), 0);
        const zip_int64_t index = zip_file_add(archive, name.toUtf8().constData(), member, ZIP_FL_ENC_UTF_8);
        if (name == u"mimetype")
            zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_STORE, 0);
    }
}

struct Zeros
{
    qint64 size = 0;
    qint64 done = 0;
};

zip_int64_t zeros(void *state, void *data, zip_uint64_t length, zip_source_cmd_t command)
{
    auto *z = static_cast<Zeros *>(state);
    switch (command) {
    case ZIP_SOURCE_OPEN:
        z->done = 0;
        return 0;
    case ZIP_SOURCE_READ: {
        const qint64 n = std::min<qint64>(qint64(length), z->size - z->done);
        std::memset(data, 0, size_t(n));
        z->done += n;
        return n;
    }
    case ZIP_SOURCE_CLOSE:
        return 0;
    case ZIP_SOURCE_STAT: {
        auto *stat = static_cast<zip_stat_t *>(data);
        zip_stat_init(stat);
        stat->size = zip_uint64_t(z->size);
        stat->valid |= ZIP_STAT_SIZE;
        return sizeof(zip_stat_t);
    }
    case ZIP_SOURCE_ERROR:
        return 2 * sizeof(int);
    case ZIP_SOURCE_FREE:
        return 0;
    case ZIP_SOURCE_SUPPORTS:
        return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT,
                                              ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, -1);
    default:
        return -1;
    }
}

} // namespace

QByteArray zip(const QList<std::pair<QString, QByteArray>> &members)
{
    return writeZip([&](zip_t *archive) { addMembers(archive, members); });
}

QByteArray zipBomb(const QList<std::pair<QString, QByteArray>> &members, const QString &member, qint64 inflatedBytes)
{
    Zeros state{inflatedBytes, 0};
    return writeZip([&](zip_t *archive) {
        addMembers(archive, members);
        zip_source_t *source = zip_source_function(archive, &zeros, &state);
        const zip_int64_t index = zip_file_add(archive, member.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8);
        zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_DEFLATE, 9);
    });
}

} // namespace FormatFixtures
