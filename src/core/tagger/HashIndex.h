// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <algorithm>
#include <utility>
#include <vector>

namespace Hamish {

// A map from 64-bit hashes (already well mixed) to values, read far more often than written: entries in
// insertion order, and an open-addressing table of (key, entry index) slots, so a lookup reads one slot (a miss,
// the common case, touches nothing else), where std::unordered_map chases a node per bucket.
template<typename V>
class HashIndex
{
public:
    V &operator[](quint64 key)
    {
        if (const qsizetype index = indexOf(key); index >= 0)
            return m_entries[size_t(index)].second;
        return insertNew(key, V());
    }
    void emplace(quint64 key, V value)
    {
        if (indexOf(key) < 0)
            insertNew(key, std::move(value));
    }
    const V *find(quint64 key) const
    {
        const qsizetype index = indexOf(key);
        return index >= 0 ? &m_entries[size_t(index)].second : nullptr;
    }
    const V &at(quint64 key) const { return *find(key); }
    size_t size() const { return m_entries.size(); }
    void reserve(size_t size)
    {
        m_entries.reserve(size);
        grow(size);
    }
    auto begin() const { return m_entries.begin(); }
    auto end() const { return m_entries.end(); }

    friend bool operator==(const HashIndex &a, const HashIndex &b)
    {
        if (a.size() != b.size())
            return false;
        return std::all_of(a.m_entries.begin(), a.m_entries.end(), [&](const std::pair<quint64, V> &entry) {
            const V *other = b.find(entry.first);
            return other && *other == entry.second;
        });
    }

private:
    struct Slot
    {
        quint64 key = 0;
        quint32 index = 0; // entry index + 1; 0: empty
    };

    qsizetype indexOf(quint64 key) const
    {
        if (m_slots.empty())
            return -1;
        const size_t mask = m_slots.size() - 1;
        for (size_t at = size_t(key) & mask;; at = (at + 1) & mask) {
            const Slot &slot = m_slots[at];
            if (slot.index == 0)
                return -1;
            if (slot.key == key)
                return qsizetype(slot.index) - 1;
        }
    }
    V &insertNew(quint64 key, V value)
    {
        grow(m_entries.size() + 1);
        m_entries.emplace_back(key, std::move(value));
        place(key, quint32(m_entries.size()));
        return m_entries.back().second;
    }
    void place(quint64 key, quint32 index)
    {
        const size_t mask = m_slots.size() - 1;
        size_t at = size_t(key) & mask;
        while (m_slots[at].index != 0)
            at = (at + 1) & mask;
        m_slots[at] = {key, index};
    }
    // Keeps the table at most half full, rebuilding it when it grows.
    void grow(size_t entries)
    {
        size_t capacity = std::max<size_t>(m_slots.size(), 16);
        while (capacity < entries * 2)
            capacity *= 2;
        if (capacity == m_slots.size())
            return;
        m_slots.assign(capacity, Slot{});
        for (size_t i = 0; i < m_entries.size(); ++i)
            place(m_entries[i].first, quint32(i + 1));
    }

    std::vector<std::pair<quint64, V>> m_entries;
    std::vector<Slot> m_slots;
};

} // namespace Hamish
