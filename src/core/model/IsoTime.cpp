// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/IsoTime.h"

namespace Hamish::IsoTime {

namespace {

// The number in text[from, from + digits), or -1.
int digitsAt(QStringView text, qsizetype from, int digits)
{
    int value = 0;
    for (int i = 0; i < digits; ++i) {
        const char16_t c = text.at(from + i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

void put(char16_t *out, int value, int digits)
{
    for (int i = digits - 1; i >= 0; --i) {
        out[i] = char16_t(u'0' + value % 10);
        value /= 10;
    }
}

} // namespace

QString format(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const QDateTime utc = time.toUTC();
    const QDate date = utc.date();
    const QTime clock = utc.time();
    if (date.year() < 0 || date.year() > 9999)
        return utc.toString(Qt::ISODateWithMs);
    QString text(24, Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(text.data());
    put(out, date.year(), 4);
    out[4] = u'-';
    put(out + 5, date.month(), 2);
    out[7] = u'-';
    put(out + 8, date.day(), 2);
    out[10] = u'T';
    put(out + 11, clock.hour(), 2);
    out[13] = u':';
    put(out + 14, clock.minute(), 2);
    out[16] = u':';
    put(out + 17, clock.second(), 2);
    out[19] = u'.';
    put(out + 20, clock.msec(), 3);
    out[23] = u'Z';
    return text;
}

QDateTime parse(QStringView text)
{
    if (text.size() == 24 && text.at(4) == u'-' && text.at(7) == u'-' && text.at(10) == u'T' && text.at(13) == u':'
        && text.at(16) == u':' && text.at(19) == u'.' && text.at(23) == u'Z') {
        const QDate date(digitsAt(text, 0, 4), digitsAt(text, 5, 2), digitsAt(text, 8, 2));
        const QTime clock(digitsAt(text, 11, 2), digitsAt(text, 14, 2), digitsAt(text, 17, 2), digitsAt(text, 20, 3));
        if (date.isValid() && clock.isValid())
            return QDateTime(date, clock, Qt::UTC);
    }
    if (text.isEmpty())
        return {};
    return QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
}

} // namespace Hamish::IsoTime
