// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Hamish {

// Reads and writes the UTC timestamps projects and exports store ("2024-01-02T03:04:05.006Z"). The
// fixed form is parsed and formatted by hand: QDateTime's general ISO code dominated exporting 200,000
// annotations. Other ISO 8601 forms still parse through QDateTime.
namespace IsoTime {

QString format(const QDateTime &time); // empty for an invalid time
QDateTime parse(QStringView text);     // invalid for empty or unparseable text

} // namespace IsoTime

} // namespace Hamish
