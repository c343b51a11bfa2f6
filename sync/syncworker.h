// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/syncengine.h"

#include <QObject>
#include <QTimer>

#include <atomic>

#include <functional>
#include <memory>
#include <random>

namespace ok::sync {

/// Runs the sync engine on its own thread: push, then pull, on a timer, with exponential backoff
/// and jitter after failures (1 s doubling to 5 min, ±20 %). The loop runs by itself, so a queue
/// that stalled during an outage drains when the network is back without a new local event
/// (docs/reliability.md#r3-idempotent-events-never-dropped). Lives in a QThread; talk to it
/// through queued signals and slots only.
class SyncWorker : public QObject
{
    Q_OBJECT
public:
    using StoreFactory = std::function<Result<std::unique_ptr<SyncStore>>()>;

    struct Timing {
        std::chrono::milliseconds interval{10000};        ///< between cycles when all is well
        std::chrono::milliseconds heartbeatEvery{60000};
        std::chrono::milliseconds verifyEvery{15 * 60000};
        std::chrono::milliseconds backoffMin{1000};
        std::chrono::milliseconds backoffMax{5 * 60000};
        int pagesPerCycle = 50; ///< so a long initial pull still lets sales be pushed in between
    };

    /// The factory runs on the worker thread: database connections belong to the thread using them.
    SyncWorker(SyncConfig config, StoreFactory factory, Timing timing);
    SyncWorker(SyncConfig config, StoreFactory factory) : SyncWorker(std::move(config), std::move(factory), Timing{}) {}
    ~SyncWorker() override;

    /// Any thread: end the transfer in flight now (the owner calls it before stopping the thread,
    /// so shutting down never waits for a timeout). Touches nothing but the HTTP client's flag.
    void abort();

public Q_SLOTS:
    void start();
    /// A local event was written: push soon rather than at the next tick.
    void wake();
    void stop();
    /// The devices' health for the heartbeat (a JSON array, docs/sync-protocol.md). `changed`:
    /// something a person at the central service cares about changed (a device went on- or
    /// offline), so the next cycle sends a heartbeat instead of waiting for the minute.
    void setDeviceHealth(const QByteArray &devicesJson, bool changed);
    /// Live queries, answered with liveStockReady/orderStatusReady or liveQueryFailed carrying
    /// the same request number. They run between cycles on this thread (the HTTP client is not
    /// shared), so an answer can wait for a long pull page to finish.
    void queryLiveStock(int request, qint64 productId);
    void queryOrderStatus(int request, const QString &orderId);
    void querySale(int request, const QString &saleId);
    /// SyncEngine::live: answered with jsonReady or liveQueryFailed.
    void queryJson(int request, const QString &path, const QByteArray &body);

Q_SIGNALS:
    void healthChanged(const ok::sync::SyncHealth &health);
    void liveStockReady(int request, qint64 productId, const ok::sync::LiveStock &stock);
    void orderStatusReady(int request, const ok::sync::OrderStatus &status);
    void saleReady(int request, const ok::sync::RemoteSale &sale);
    void jsonReady(int request, const QByteArray &body);
    void liveQueryFailed(int request, const QString &message);

private:
    void cycle();
    void scheduleAfterFailure();

    SyncConfig m_config;
    StoreFactory m_factory;
    Timing m_timing;
    std::unique_ptr<SyncStore> m_store;
    std::unique_ptr<SyncEngine> m_engine;
    std::atomic<SyncEngine *> m_abortable{nullptr}; ///< m_engine, for abort() from another thread
    QTimer *m_timer = nullptr;
    int m_failures = 0;
    qint64 m_lastHeartbeat = 0;
    QByteArray m_devicesJson = "[]";
    qint64 m_lastVerify = 0;
    bool m_verifiedOnce = false;
    std::minstd_rand m_jitter{std::random_device{}()};
};

} // namespace ok::sync

Q_DECLARE_METATYPE(ok::sync::SyncHealth)
Q_DECLARE_METATYPE(ok::sync::NetworkStockLevel)
Q_DECLARE_METATYPE(ok::sync::LiveStock)
Q_DECLARE_METATYPE(ok::sync::OrderStatus)
Q_DECLARE_METATYPE(ok::sync::RemoteSale)
