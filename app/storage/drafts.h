// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace ok::db {

class Database;

/// A basket in progress or parked (table basket_draft, ledger v4). The payload is the till's own
/// JSON; storage only keeps it durable (synchronous=FULL), so a crash restarts into the basket.
struct BasketDraft {
    QString slot;       ///< "current" or "parked:<uuid>"
    QString cashierId;
    QString label;      ///< parked: what the list shows ("3 items, 42.50")
    QByteArray payload;
    qint64 updatedAtMs = 0;
};

class Drafts
{
public:
    static inline const QString kCurrent = QStringLiteral("current");

    explicit Drafts(Database &ledger);
    Result<void> save(const BasketDraft &draft);
    std::optional<BasketDraft> load(const QString &slot);
    Result<void> remove(const QString &slot);
    /// Move `from` to `to` in one transaction (park: current -> parked:x; resume: the reverse).
    Result<void> move(const QString &from, const QString &to, const QString &label, qint64 atMs);
    /// Parked baskets, oldest first (payload left empty).
    QList<BasketDraft> parked();

private:
    Database &m_db;
};

} // namespace ok::db
