// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// A lazy window cache for list models over large tables (after DB Browser for SQLite's
// RowCache): rows are fetched in blocks on first use, and the least recently used blocks are
// dropped beyond a limit, so a model over 10^5 rows holds a few thousand at a time while its
// view's scrollbar spans them all.
#pragma once

#include <functional>
#include <list>
#include <unordered_map>

#include <QList>

#include "core/result.h"

namespace lp::ui {

// When a list model over a large table first counts its rows: at once, or at its first
// reload() (a page's model, counted when the page is first shown). Until then it shows no rows
// and ignores announced writes.
enum class FirstLoad { Now, OnReload };

template <typename Row>
class RowCache final {
public:
    using Fetch = std::function<Result<QList<Row>>(int offset, int limit)>;

    explicit RowCache(Fetch fetch, int blockSize = 200, int maxBlocks = 40)
        : m_fetch(std::move(fetch))
        , m_blockSize(blockSize)
        , m_maxBlocks(maxBlocks)
    {}

    // The row at `index`, fetching its block when needed; nullptr when the fetch failed or
    // the index lies beyond what the source has (lastError() tells which).
    const Row* row(int index)
    {
        const int block = index / m_blockSize;
        auto found = m_blocks.find(block);
        if (found == m_blocks.end()) {
            auto rows = m_fetch(block * m_blockSize, m_blockSize);
            if (!rows) {
                m_lastError = rows.error();
                return nullptr;
            }
            if (int(m_blocks.size()) >= m_maxBlocks) {
                m_blocks.erase(m_recent.back());
                m_recent.pop_back();
            }
            m_recent.push_front(block);
            found = m_blocks.emplace(block, Entry{std::move(*rows), m_recent.begin()}).first;
        } else if (found->second.recent != m_recent.begin()) {
            m_recent.splice(m_recent.begin(), m_recent, found->second.recent);
        }
        const QList<Row>& rows = found->second.rows;
        const int offset = index % m_blockSize;
        return offset < rows.size() ? &rows[offset] : nullptr;
    }

    void clear()
    {
        m_blocks.clear();
        m_recent.clear();
    }

    [[nodiscard]] int cachedBlocks() const { return int(m_blocks.size()); }
    [[nodiscard]] const Error& lastError() const { return m_lastError; }

private:
    struct Entry {
        QList<Row> rows;
        std::list<int>::iterator recent;
    };

    Fetch m_fetch;
    int m_blockSize;
    int m_maxBlocks;
    std::unordered_map<int, Entry> m_blocks;
    std::list<int> m_recent; // most recently used first
    Error m_lastError;
};

} // namespace lp::ui
