// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/ticket.h"

#include <QList>
#include <QString>

#include <optional>

namespace ok::db {

class Database;

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
