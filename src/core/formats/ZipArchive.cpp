// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/ZipArchive.h"

#include "core/text/ArticleImporter.h"

#include <QCoreApplication>
#include <QLocale>

#include <zip.h>

namespace Hamish {

namespace {

constexpr qint64 kChunk = 64 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("Hamish::ZipArchive", text);
}

struct FileCloser
{
    void operator()(zip_file_t *file) const { zip_fclose(file); }
};

} // namespace

ZipArchive::ZipArchive(const QByteArray &bytes, qint64 maxInflatedBytes)
    : m_budget(maxInflatedBytes)
{
    if (!bytes.startsWith("PK")) {
        m_status = Status::NotZip;
        return;
    }
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source = zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &error);
    if (source)
        m_zip = zip_open_from_source(source, ZIP_RDONLY, &error);
    if (!m_zip) {
        if (source)
            zip_source_free(source);
        m_status = zip_error_code_zip(&error) == ZIP_ER_NOZIP ? Status::NotZip : Status::Corrupt;
    }
    zip_error_fini(&error);
}

ZipArchive::~ZipArchive()
{
    if (m_zip)
        zip_discard(m_zip);
}

bool ZipArchive::contains(const QString &member) const
{
    return m_zip && zip_name_locate(m_zip, member.toUtf8().constData(), 0) >= 0;
}

ZipArchive::Status ZipArchive::read(const QString &member, QByteArray *out)
{
    out->clear();
    if (!m_zip)
        return m_status;
    const zip_int64_t index = zip_name_locate(m_zip, member.toUtf8().constData(), 0);
    if (index < 0)
        return Status::Missing;
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(m_zip, zip_uint64_t(index), 0, &stat) != 0)
        return Status::Corrupt;
    const qint64 left = m_budget - m_inflated;
    if ((stat.valid & ZIP_STAT_SIZE) && stat.size > zip_uint64_t(left))
        return Status::TooLarge;
    std::unique_ptr<zip_file_t, FileCloser> file(zip_fopen_index(m_zip, zip_uint64_t(index), 0));
    if (!file)
        return Status::Corrupt;
    // Declared sizes can lie: count what really comes out, and stop at the budget.
    QByteArray data;
    data.reserve(qsizetype(std::min<qint64>((stat.valid & ZIP_STAT_SIZE) ? qint64(stat.size) : kChunk, left)));
    char buffer[kChunk];
    while (true) {
        const zip_int64_t got = zip_fread(file.get(), buffer, sizeof buffer);
        if (got < 0)
            return Status::Corrupt;
        if (got == 0)
            break;
        m_inflated += got;
        if (m_inflated > m_budget)
            return Status::TooLarge;
        data.append(buffer, qsizetype(got));
        if ((stat.valid & ZIP_STAT_SIZE) && zip_uint64_t(data.size()) > stat.size)
            return Status::Understated;
    }
    *out = std::move(data);
    return Status::Ok;
}

ImportResult ZipArchive::failure(Status status, const QString &name, const QString &format, const QString &member) const
{
    const QString display = ArticleImporter::displayName(name);
    switch (status) {
    case Status::Ok:
        break;
    case Status::NotZip:
    case Status::Corrupt:
        return ArticleImporter::failure(ImportErrorKind::Corrupt,
                                        tr("%1 is not a readable %2 file: its zip container is damaged or "
                                           "incomplete. If it came from a download or a mail, fetch it again.")
                                            .arg(display, format));
    case Status::Missing:
        return ArticleImporter::failure(ImportErrorKind::Corrupt,
                                        tr("%1 is not a %2 file: it has no “%3” inside. Check that the file "
                                           "has the right extension.")
                                            .arg(display, format, member));
    case Status::TooLarge:
        return ArticleImporter::failure(
            ImportErrorKind::TooLarge,
            tr("%1 was refused: its “%2” unpacks to more than %3, far beyond any article (a file built to "
               "exhaust memory looks like this). Nothing was imported.")
                .arg(display, member, QLocale::c().formattedDataSize(m_budget, 0, QLocale::DataSizeTraditionalFormat)));
    case Status::Understated:
        return ArticleImporter::failure(
            ImportErrorKind::TooLarge,
            tr("%1 was refused: its “%2” unpacks to more than the size its header declares, which is how a "
               "file built to exhaust memory hides its size. Nothing was imported.")
                .arg(display, member));
    }
    return {};
}

} // namespace Hamish
