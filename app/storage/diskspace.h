// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>

#include <optional>

namespace ok::db {

/// The free space of the file system that holds the data directory (ledger.db, cache.db), and the
/// rule that a new sale needs `minFreeMb` of it ([storage] min_free_mb, docs/configuration.md): a
/// terminal that runs out of space mid-day must refuse new sales before SQLite refuses a commit
/// (docs/operations.md, "Disk full"). Tests subclass it to set the figure.
class DiskSpace
{
public:
    /// `minFreeMb` 0 turns the check off.
    DiskSpace(QString dataDir, qint64 minFreeMb);
    virtual ~DiskSpace();
    DiskSpace(const DiskSpace &) = delete;
    DiskSpace &operator=(const DiskSpace &) = delete;

    /// Bytes available to this (unprivileged) program, from statvfs(2); nullopt when the file
    /// system cannot be asked.
    virtual std::optional<qint64> availableBytes() const;

    /// Ok when there is room for a new sale (or the check is off, or the space cannot be read:
    /// then a warning is logged and sales go on); otherwise the error "storage.disk-full" with a
    /// message for the cashier.
    Result<void> checkRoomForSale() const;

    const QString &dataDir() const { return m_dir; }
    qint64 minFreeMb() const { return m_minFreeMb; }

private:
    QString m_dir;
    qint64 m_minFreeMb;
};

} // namespace ok::db
