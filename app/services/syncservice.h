// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/syncworker.h"

#include <QObject>
#include <QThread>

namespace ok {
struct Config;
}

namespace ok::services {

/// Runs sync with the central service on its own thread (sync/syncworker.h) and keeps the last
/// health report for the GUI thread. Selling never waits for it: the ledger and the cache work
/// the same whether it is online, offline or switched off.
class SyncService : public QObject
{
    Q_OBJECT
public:
    /// The [central] configuration as the sync engine needs it; dataDir holds cache.db, ledger.db
    /// and the terminal's token file.
    static sync::SyncConfig syncConfig(const Config &config, const QString &dataDir);

    SyncService(sync::SyncConfig config, QString cachePath, QString ledgerPath, std::chrono::seconds interval,
                QObject *parent = nullptr);
    ~SyncService() override;

    void start();
    const sync::SyncHealth &health() const { return m_health; }

public Q_SLOTS:
    /// A sale or another event was written to the outbox: push it soon.
    void localEventWritten();

Q_SIGNALS:
    void healthChanged();
    void wakeRequested();

private:
    QThread m_thread;
    sync::SyncWorker *m_worker = nullptr;
    sync::SyncHealth m_health;
};

} // namespace ok::services
