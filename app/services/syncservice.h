// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/product.h"
#include "core/result.h"
#include "core/sale.h"
#include "services/syncstatus.h"

#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QThread>

#include <chrono>
#include <functional>

namespace ok {
struct Config;
}
namespace ok::sync {
struct RemoteSale;
struct SyncConfig;
struct SyncHealth;
class SyncWorker;
} // namespace ok::sync

namespace ok::services {

/// Runs sync with the central service on its own thread (sync/syncworker.h) and keeps the last
/// health report for the GUI thread. Selling never waits for it: the ledger and the cache work
/// the same whether it is online, offline or switched off.
///
/// Threading: construct, call and receive signals on the GUI thread. Everything that reaches
/// the network runs on the sync thread; calls here only queue work there and return at once.
///
/// Its callers see services types only (SyncStatus, StockLevel, RemoteSale): the sync client's
/// own types stay behind this class, so the screens need neither sync/ nor storage/.
class SyncService : public QObject
{
    Q_OBJECT
public:
    /// The [central] configuration as the sync engine needs it (sync/syncengine.h); dataDir holds
    /// cache.db, ledger.db and the terminal's token file.
    static sync::SyncConfig syncConfig(const Config &config, const QString &dataDir);

    SyncService(sync::SyncConfig config, QString cachePath, QString ledgerPath, std::chrono::seconds interval,
                QObject *parent = nullptr);
    ~SyncService() override;

    void start();
    const SyncStatus &status() const { return m_status; }
    /// The last request reached the central service and the terminal is enrolled.
    bool isOnline() const { return m_status.online && m_status.enrolled; }
    /// The sync thread has reported at least once (before that, health() is a placeholder).
    bool hasReported() const { return m_reported; }

    /// The devices' health as the heartbeat reports it: [{"name", "role", "online", "health"}].
    /// The latest array is handed to the sync thread; when a device went on- or offline the next
    /// cycle sends a heartbeat rather than waiting for the minute. Unchanged arrays are dropped.
    void setDeviceHealth(const QJsonArray &devices);

    /// Live queries (docs/sync-protocol.md, "Live queries"): ask the central service on the sync
    /// thread and answer later with liveStockReady / orderStatusReady, or liveQueryFailed, with
    /// the returned request number. Offline, they fail at once (still through the event loop)
    /// without a request. Nothing is stored: the cache changes only through pulls.
    int requestLiveStock(qint64 productId);
    int requestOrderStatus(const QString &orderId);
    /// Any terminal's sale with what was already returned of it (returns of another till's
    /// receipt): saleReady or liveQueryFailed.
    int requestSale(const QString &saleId);
    /// requestSale with its answer (saleReady or liveQueryFailed) handed to `done`, once, on
    /// this thread: what Till::setRemoteSaleLookup takes.
    void lookupSale(const QString &saleId, std::function<void(Result<RemoteSale>)> done);

    /// A live query or write of docs/channels.md (customers, web orders, loyalty, transfers):
    /// GET `path`, or POST `postBody` when it is not empty. `done` gets the body of the service's
    /// 200 answer, or an error for people, once, on this thread. Offline it fails at once
    /// (through the event loop) without a request. Without an answer within `timeout` it fails
    /// with "did not answer in time" and the late answer is dropped: a screen never waits on a
    /// spinner for a slow central service. A POST that timed out may still have been applied:
    /// the callers' writes are idempotent by an id in the body.
    void live(const QString &path, const QByteArray &postBody, std::function<void(Result<QByteArray>)> done,
              std::chrono::milliseconds timeout = std::chrono::seconds(5));

    /// The central service's answer as the till uses it (public for tests).
    static RemoteSale toRemoteSale(const sync::RemoteSale &r);
    /// The sync thread's report as the screens read it (public for tests).
    static SyncStatus toStatus(const sync::SyncHealth &h);

public Q_SLOTS:
    /// A sale or another event was written to the outbox: push it soon.
    void localEventWritten();

Q_SIGNALS:
    void healthChanged();
    void wakeRequested();
    /// Every location's level, in the order of CatalogReader::stockLevels (this store first), and
    /// what the web shop can sell (-1: the central service did not say).
    void liveStockReady(int request, qint64 productId, const QList<ok::StockLevel> &levels, qint64 webSellable);
    void orderStatusReady(int request, const QString &orderId, const QString &status);
    void saleReady(int request, const ok::RemoteSale &sale);
    /// A translated sentence for people.
    void liveQueryFailed(int request, const QString &message);

    // To the sync thread (queued).
    void deviceHealthQueued(const QByteArray &devicesJson, bool changed);
    void liveStockQueued(int request, qint64 productId);
    void orderStatusQueued(int request, const QString &orderId);
    void saleQueued(int request, const QString &saleId);
    void jsonQueued(int request, const QString &path, const QByteArray &body);

private:
    void failLater(int request, const QString &message);

    QThread m_thread;
    sync::SyncWorker *m_worker = nullptr;
    SyncStatus m_status;
    QString m_storeId;
    QByteArray m_devicesJson;
    QString m_devicesOnline; ///< names and on/offline of the last array, to spot what matters
    int m_nextRequest = 1;
    QHash<int, std::function<void(Result<RemoteSale>)>> m_saleCallbacks;
    QHash<int, std::function<void(Result<QByteArray>)>> m_jsonCallbacks;
    bool m_reported = false;
};

} // namespace ok::services

Q_DECLARE_METATYPE(ok::RemoteSale)
