// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/text/ImportResult.h"

#include <QByteArray>
#include <QString>

#include <memory>

struct zip;

namespace Hamish {

// Reads members of a zip container (DOCX, ODT, EPUB) held in memory, through libzip, with a budget on the
// bytes it inflates: a member that declares more than what is left of the budget is refused before it is
// inflated, and one that inflates past the size its header declares (libzip does not stop it) is cut off
// there and refused as well: a header that understates the size is how a zip bomb gets past the first check.
class ZipArchive
{
public:
    // TooLarge: declared or inflated past the budget; Understated: inflates past its declared size.
    enum class Status { Ok, NotZip, Corrupt, Missing, TooLarge, Understated };

    // `bytes` must outlive the archive.
    ZipArchive(const QByteArray &bytes, qint64 maxInflatedBytes);
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    // Ok when the bytes are a zip archive libzip can read.
    Status status() const { return m_status; }

    bool contains(const QString &member) const;

    // The inflated bytes of `member` (a path inside the archive), or the reason there are none.
    Status read(const QString &member, QByteArray *out);

    qint64 maxInflatedBytes() const { return m_budget; }

    // The error an importer of `format` ("Word", "EPUB") reports for a status other than Ok.
    ImportResult failure(Status status, const QString &name, const QString &format, const QString &member) const;

private:
    zip *m_zip = nullptr;
    Status m_status = Status::Ok;
    qint64 m_budget = 0;
    qint64 m_inflated = 0;
};

} // namespace Hamish
