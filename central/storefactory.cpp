// SPDX-License-Identifier: GPL-3.0-or-later
#include "central/storefactory.h"

#include "central/pgstore.h"
#include "central/sqlitestore.h"

#include <QString>

namespace ok::central {

bool isPostgresUrl(std::string_view db)
{
    return db.starts_with("postgresql://") || db.starts_with("postgres://");
}

Result<std::unique_ptr<CentralStore>> openCentralStore(std::string_view db)
{
    if (isPostgresUrl(db)) {
        auto store = PgStore::open(std::string(db));
        if (!store)
            return store.error();
        return std::unique_ptr<CentralStore>(std::move(store).value());
    }
    auto store = SqliteStore::open(QString::fromUtf8(db.data(), qsizetype(db.size())));
    if (!store)
        return store.error();
    return std::unique_ptr<CentralStore>(std::move(store).value());
}

void setWriteCacheSize(CentralStore &store, qint64 bytes)
{
    if (auto *sqlite = dynamic_cast<SqliteStore *>(&store))
        sqlite->setWriteCacheSize(bytes);
}

} // namespace ok::central
