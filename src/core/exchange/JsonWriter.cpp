// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace Hamish {

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.isEmpty()) {
        if (!m_first.last())
            m_data += ',';
        m_first.last() = false;
    }
}

void JsonWriter::beginObject()
{
    separate();
    m_data += '{';
    m_first.append(true);
}

void JsonWriter::endObject()
{
    m_first.removeLast();
    m_data += '}';
}

void JsonWriter::beginArray()
{
    separate();
    m_data += '[';
    m_first.append(true);
}

void JsonWriter::endArray()
{
    m_first.removeLast();
    m_data += ']';
}

JsonWriter &JsonWriter::key(QStringView name)
{
    separate();
    string(name);
    m_data += ':';
    m_afterKey = true;
    return *this;
}

void JsonWriter::value(QStringView text)
{
    separate();
    string(text);
}

void JsonWriter::value(qint64 number)
{
    separate();
    m_data += QByteArray::number(number);
}

void JsonWriter::value(double number)
{
    separate();
    if (!std::isfinite(number)) {
        m_data += "null";
        return;
    }
    // The shortest text that reads back as the same double, as QJsonDocument writes it.
    m_data += QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
}

void JsonWriter::null()
{
    separate();
    m_data += "null";
}

void JsonWriter::jsonValue(const QJsonValue &any)
{
    switch (any.type()) {
    case QJsonValue::String:
        value(QStringView(any.toString()));
        return;
    case QJsonValue::Double:
        value(any.toDouble());
        return;
    case QJsonValue::Bool:
        separate();
        m_data += any.toBool() ? "true" : "false";
        return;
    case QJsonValue::Array:
        separate();
        m_data += QJsonDocument(any.toArray()).toJson(QJsonDocument::Compact);
        return;
    case QJsonValue::Object:
        separate();
        m_data += QJsonDocument(any.toObject()).toJson(QJsonDocument::Compact);
        return;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    null();
}

void JsonWriter::string(QStringView text)
{
    static const char hex[] = "0123456789abcdef";
    m_data += '"';
    qsizetype plainFrom = 0;
    const auto flush = [&](qsizetype to) {
        if (to > plainFrom)
            m_data += text.mid(plainFrom, to - plainFrom).toUtf8();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        flush(i);
        plainFrom = i + 1;
        switch (c) {
        case u'"':
            m_data += "\\\"";
            break;
        case u'\\':
            m_data += "\\\\";
            break;
        case u'\n':
            m_data += "\\n";
            break;
        case u'\r':
            m_data += "\\r";
            break;
        case u'\t':
            m_data += "\\t";
            break;
        case u'\b':
            m_data += "\\b";
            break;
        case u'\f':
            m_data += "\\f";
            break;
        default:
            m_data += "\\u00";
            m_data += hex[c >> 4];
            m_data += hex[c & 0xf];
        }
    }
    flush(text.size());
    m_data += '"';
}

QByteArray JsonWriter::take()
{
    QByteArray written;
    written.swap(m_data);
    return written;
}

} // namespace Hamish
