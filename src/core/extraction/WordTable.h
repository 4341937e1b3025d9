// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <algorithm>
#include <utility>
#include <vector>

namespace Hamish {

// A map from normalised words (or phrases) to values, built once and then looked up for every word of every
// text. Open addressing over a compact array of (hash tag, entry index) slots: a miss, the common case, reads
// one slot and hashes a few UTF-16 units, where QHash<QString, T> would run Qt's string hash and chase a node.
// Lookups take a QStringView and never build a QString.
template<typename T>
class WordTable
{
public:
    struct Entry
    {
        QString key;
        T value;
    };

    // The value for `key`, inserted default-constructed if missing.
    T &operator[](QStringView key)
    {
        const quint64 hash = hashOf(key);
        const qsizetype index = indexOf(hash, key);
        return index >= 0 ? m_entries[index].value : insertNew(hash, key, T());
    }
    void insert(QStringView key, T value) { (*this)[key] = std::move(value); } // `value` may be an entry's

    const T *find(QStringView key) const { return valueAt(indexOf(hashOf(key), key)); }
    // The value of `first` + `second`, as if they were one string (no concatenation is built).
    const T *find(QStringView first, QStringView second) const
    {
        return valueAt(indexOf(hashOf(second, hashOf(first)), first, second));
    }
    // The value of the phrase wordAt(0) + ' ' + wordAt(1) + ... + wordAt(count - 1), as if it were one string: the
    // words are hashed and compared where they stand, no phrase is built. `wordAt(k)` returns a QStringView.
    template<typename WordAt>
    const T *findWords(qsizetype count, WordAt wordAt) const
    {
        if (m_slots.empty() || count <= 0)
            return nullptr;
        quint64 hash = kOffset;
        qsizetype size = count - 1; // the spaces
        for (qsizetype k = 0; k < count; ++k) {
            if (k > 0)
                hash = (hash ^ u' ') * kPrime;
            const QStringView word = wordAt(k);
            hash = hashOf(word, hash);
            size += word.size();
        }
        const quint64 mask = m_slots.size() - 1;
        const quint32 tag = quint32(hash >> 32);
        for (quint64 at = mixed(hash) & mask;; at = (at + 1) & mask) {
            const Slot &slot = m_slots[at];
            if (slot.index == 0)
                return nullptr;
            if (slot.tag != tag)
                continue;
            const QStringView stored(m_entries[slot.index - 1].key);
            if (stored.size() == size && holdsWords(stored, count, wordAt))
                return &m_entries[slot.index - 1].value;
        }
    }
    T value(QStringView key, const T &fallback = T()) const
    {
        const T *found = find(key);
        return found ? *found : fallback;
    }
    bool contains(QStringView key) const { return find(key) != nullptr; }
    qsizetype size() const { return qsizetype(m_entries.size()); }
    bool isEmpty() const { return m_entries.empty(); }
    // In insertion order.
    const std::vector<Entry> &entries() const { return m_entries; }

private:
    struct Slot
    {
        quint32 tag = 0;   // the hash's high half
        quint32 index = 0; // entry index + 1; 0: empty
    };

    static constexpr quint64 kOffset = 14695981039346656037ULL; // FNV-1a over UTF-16 units
    static constexpr quint64 kPrime = 1099511628211ULL;

    static quint64 hashOf(QStringView key, quint64 hash = kOffset)
    {
        for (const QChar c : key)
            hash = (hash ^ c.unicode()) * kPrime;
        return hash;
    }
    static quint64 mixed(quint64 hash) { return hash ^ (hash >> 29); }

    const T *valueAt(qsizetype index) const { return index >= 0 ? &m_entries[index].value : nullptr; }

    // The index of the entry whose key is `key` + `second`, -1 if none.
    qsizetype indexOf(quint64 hash, QStringView key, QStringView second = {}) const
    {
        if (m_slots.empty())
            return -1;
        const quint64 mask = m_slots.size() - 1;
        const quint32 tag = quint32(hash >> 32);
        for (quint64 at = mixed(hash) & mask;; at = (at + 1) & mask) {
            const Slot &slot = m_slots[at];
            if (slot.index == 0)
                return -1;
            if (slot.tag != tag)
                continue;
            const QStringView stored(m_entries[slot.index - 1].key);
            if (stored.size() == key.size() + second.size() && sameUnits(stored.data(), key)
                && sameUnits(stored.data() + key.size(), second))
                return slot.index - 1;
        }
    }

    // Whether the `text.size()` UTF-16 units at `at` are `text`'s: words are short, so a loop here is quicker than a
    // call to the library's comparison.
    static bool sameUnits(const QChar *at, QStringView text)
    {
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (at[i] != text[i])
                return false;
        }
        return true;
    }

    // Whether `stored` (of the phrase's length) is the words joined by single spaces.
    template<typename WordAt>
    static bool holdsWords(QStringView stored, qsizetype count, WordAt wordAt)
    {
        qsizetype position = 0;
        for (qsizetype k = 0; k < count; ++k) {
            if (k > 0 && stored.at(position++) != u' ')
                return false;
            const QStringView word = wordAt(k);
            if (!sameUnits(stored.data() + position, word))
                return false;
            position += word.size();
        }
        return true;
    }

    T &insertNew(quint64 hash, QStringView key, const T &value)
    {
        if ((m_entries.size() + 1) * 2 > m_slots.size())
            grow();
        m_entries.push_back({key.toString(), value});
        place(hash, quint32(m_entries.size()));
        return m_entries.back().value;
    }

    void place(quint64 hash, quint32 index)
    {
        const quint64 mask = m_slots.size() - 1;
        quint64 at = mixed(hash) & mask;
        while (m_slots[at].index != 0)
            at = (at + 1) & mask;
        m_slots[at] = {quint32(hash >> 32), index};
    }

    void grow()
    {
        m_slots.assign(std::max<size_t>(16, m_slots.size() * 2), Slot());
        for (size_t i = 0; i < m_entries.size(); ++i)
            place(hashOf(m_entries[i].key), quint32(i + 1));
    }

    std::vector<Entry> m_entries;
    std::vector<Slot> m_slots;
};

} // namespace Hamish
