// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QtEndian>

#include <cstring>

// Little-endian values in the model file, written and read by the pieces that make it up.
namespace Hamish::BinaryIo {

template<typename T>
void put(QByteArray &out, T value)
{
    const T little = qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&little), sizeof(T));
}

// Reads a value at *position and moves past it; false (nothing read) when `in` ends first.
template<typename T>
bool get(QByteArrayView in, qsizetype *position, T *value)
{
    if (in.size() - *position < qsizetype(sizeof(T)))
        return false;
    T raw;
    std::memcpy(&raw, in.data() + *position, sizeof(T));
    *position += sizeof(T);
    *value = qFromLittleEndian(raw);
    return true;
}

} // namespace Hamish::BinaryIo
