// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The wire format of the pull streams (docs/sync-protocol.md, "Items per stream" and "Checking a
// stream"), written straight into a std::string: a page of 10,000 products is built without a
// JSON tree, from views into SQLite's row buffers.

#include "central/store.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace ok::central::wire {

/// `"..."` with JSON escaping of quotes, backslashes and control characters; UTF-8 passes as is.
void appendString(std::string &out, std::string_view s);
void appendInt(std::string &out, qint64 v);
/// `"<lowercase hex>"` of raw bytes.
void appendHexString(std::string &out, std::string_view bytes);

/// Appends each visited row as one JSON item, comma separated (the inside of "items": [ ... ]).
class PageWriter final : public RowVisitor
{
public:
    explicit PageWriter(std::string &out) : m_out(out) {}
    void taxClass(const TaxClassView &r) override;
    void location(const LocationView &r) override;
    void product(const ProductView &r) override;
    void price(const PriceView &r) override;
    void stock(const StockView &r) override;
    void order(const OrderView &r) override;
    void staff(const StaffView &r) override;

private:
    void begin();
    std::string &m_out;
    bool m_first = true;
};

/// Count and checksum of a stream: the 64-bit wrapping sum of FNV-1a-64 over "<key>|<version>".
class ChecksumVisitor final : public RowVisitor
{
public:
    void taxClass(const TaxClassView &r) override;
    void location(const LocationView &r) override;
    void product(const ProductView &r) override;
    void price(const PriceView &r) override;
    void stock(const StockView &r) override;
    void order(const OrderView &r) override;
    void staff(const StaffView &r) override;

    qint64 count() const { return m_count; }
    uint64_t sum() const { return m_sum; }

private:
    void add(std::string_view key, qint64 version);
    std::string m_buf;
    qint64 m_count = 0;
    uint64_t m_sum = 0;
};

/// 16 lowercase hex digits.
std::string checksumHex(uint64_t sum);

/// The checksum key of a row, as docs/sync-protocol.md defines it (for tests and clients).
std::string rowKeyString(std::string_view key, qint64 version);

} // namespace ok::central::wire
