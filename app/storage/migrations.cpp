// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/migrations.h"

#include "storage/logging.h"
#include "storage/sqlite.h"

namespace ok::db {

Result<void> migrate(Database &db, std::span<const Migration> steps, std::string_view dbName, int upTo)
{
    const QString name = QString::fromUtf8(dbName.data(), qsizetype(dbName.size()));
    const int known = steps.empty() ? 0 : steps.back().version;
    const int target = upTo < 0 ? known : std::min(upTo, known);
    const int current = db.userVersion();
    if (current < 0)
        return db.lastError(QStringLiteral("Reading the schema version of %1").arg(name));
    if (current > known) {
        return Error{QStringLiteral("db.newer-schema"),
                     QStringLiteral("%1 (%2) has schema version %3, but this program knows only up to "
                                    "version %4. It was written by a newer Omnikiosk: install that "
                                    "version again; the file was not changed.")
                         .arg(name, db.path())
                         .arg(current)
                         .arg(known)};
    }
    for (const Migration &step : steps) {
        if (step.version <= current || step.version > target)
            continue;
        Transaction tx(db);
        if (!tx.isActive())
            return *tx.beginError();
        if (!step.sql.empty()) {
            if (auto r = db.exec(step.sql); !r)
                return Error{QStringLiteral("db.migration-failed"),
                             QStringLiteral("%1: migration to version %2 (%3) failed: %4")
                                 .arg(name)
                                 .arg(step.version)
                                 .arg(QString::fromUtf8(step.description.data(), qsizetype(step.description.size())),
                                      r.error().message)};
        }
        if (step.code) {
            if (auto r = step.code(db); !r)
                return r.error();
        }
        if (auto r = db.setUserVersion(step.version); !r)
            return r.error();
        if (auto r = tx.commit(); !r)
            return r.error();
        qCInfo(lcMigrations).noquote() << name << "migrated to version" << step.version << "-"
                                       << QString::fromUtf8(step.description.data(), qsizetype(step.description.size()));
    }
    return {};
}

} // namespace ok::db
