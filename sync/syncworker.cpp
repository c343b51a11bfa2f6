// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/syncworker.h"

#include "sync/logging.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace ok::sync {

SyncWorker::SyncWorker(SyncConfig config, StoreFactory factory, Timing timing)
    : m_config(std::move(config))
    , m_factory(std::move(factory))
    , m_timing(timing)
{
    qRegisterMetaType<ok::sync::SyncHealth>();
    qRegisterMetaType<ok::sync::NetworkStockLevel>();
    qRegisterMetaType<QList<ok::sync::NetworkStockLevel>>();
    qRegisterMetaType<ok::sync::LiveStock>();
    qRegisterMetaType<ok::sync::OrderStatus>();
    qRegisterMetaType<ok::sync::RemoteSale>();
}

SyncWorker::~SyncWorker()
{
    m_abortable.store(nullptr);
}

void SyncWorker::abort()
{
    if (SyncEngine *engine = m_abortable.load())
        engine->cancel();
}

void SyncWorker::start()
{
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, &SyncWorker::cycle);
    }
    if (!m_store) {
        auto store = m_factory();
        if (!store) {
            qCWarning(lcSync) << "sync cannot open its local state:" << store.error().message;
            SyncHealth h;
            h.configured = true;
            h.lastError = store.error().message;
            Q_EMIT healthChanged(h);
            return;
        }
        m_store = std::move(store.value());
        m_engine = std::make_unique<SyncEngine>(m_config, *m_store);
        m_abortable.store(m_engine.get());
        if (auto e = m_engine->http().configurationError()) {
            qCWarning(lcSync) << "sync is not configured correctly:" << e->message;
            SyncHealth h = m_engine->health();
            h.lastError = e->message;
            Q_EMIT healthChanged(h);
            return; // a configuration error does not heal by retrying
        }
    }
    m_timer->start(0);
}

void SyncWorker::wake()
{
    if (m_timer && m_engine && m_failures == 0)
        m_timer->start(0);
}

void SyncWorker::stop()
{
    if (m_timer)
        m_timer->stop();
    if (m_engine)
        m_engine->cancel();
}

void SyncWorker::setDeviceHealth(const QByteArray &devicesJson, bool changed)
{
    m_devicesJson = devicesJson.isEmpty() ? QByteArray("[]") : devicesJson;
    if (changed)
        m_lastHeartbeat = 0;
}

void SyncWorker::queryLiveStock(int request, qint64 productId)
{
    if (!m_engine) {
        Q_EMIT liveQueryFailed(request, QStringLiteral("sync is not running"));
        return;
    }
    const bool wasOnline = m_engine->isOnline();
    auto r = m_engine->liveStock(productId);
    if (r)
        Q_EMIT liveStockReady(request, productId, r.value());
    else
        Q_EMIT liveQueryFailed(request, r.error().message);
    if (wasOnline != m_engine->isOnline())
        Q_EMIT healthChanged(m_engine->health());
}

void SyncWorker::queryOrderStatus(int request, const QString &orderId)
{
    if (!m_engine) {
        Q_EMIT liveQueryFailed(request, QStringLiteral("sync is not running"));
        return;
    }
    const bool wasOnline = m_engine->isOnline();
    auto r = m_engine->orderStatus(orderId);
    if (r)
        Q_EMIT orderStatusReady(request, r.value());
    else
        Q_EMIT liveQueryFailed(request, r.error().message);
    if (wasOnline != m_engine->isOnline())
        Q_EMIT healthChanged(m_engine->health());
}

void SyncWorker::querySale(int request, const QString &saleId)
{
    if (!m_engine) {
        Q_EMIT liveQueryFailed(request, QStringLiteral("sync is not running"));
        return;
    }
    const bool wasOnline = m_engine->isOnline();
    auto r = m_engine->saleLookup(saleId);
    if (r)
        Q_EMIT saleReady(request, r.value());
    else
        Q_EMIT liveQueryFailed(request, r.error().message);
    if (wasOnline != m_engine->isOnline())
        Q_EMIT healthChanged(m_engine->health());
}

void SyncWorker::queryJson(int request, const QString &path, const QByteArray &body)
{
    if (!m_engine) {
        Q_EMIT liveQueryFailed(request, QStringLiteral("sync is not running"));
        return;
    }
    const bool wasOnline = m_engine->isOnline();
    auto r = m_engine->live(path, body);
    if (r)
        Q_EMIT jsonReady(request, r.value());
    else
        Q_EMIT liveQueryFailed(request, r.error().message);
    if (wasOnline != m_engine->isOnline())
        Q_EMIT healthChanged(m_engine->health());
}

void SyncWorker::cycle()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    bool ok = true;
    bool caughtUp = true;
    if (auto e = m_engine->ensureEnrolled(); !e)
        ok = false;
    if (ok) {
        // Push first: what the store did matters more than what the store is told.
        if (auto p = m_engine->push(); !p)
            ok = false;
    }
    if (ok) {
        auto pulled = m_engine->pullAll(m_timing.pagesPerCycle);
        if (!pulled)
            ok = false;
        else
            caughtUp = pulled->caughtUp;
    }
    if (ok && caughtUp && (!m_verifiedOnce || now - m_lastVerify >= m_timing.verifyEvery.count())) {
        for (Stream s : kAllStreams) {
            auto v = m_engine->verify(s);
            if (!v) {
                ok = false;
                break;
            }
            if (!v.value())
                caughtUp = false; // it was reset: pull it again right away
        }
        if (ok) {
            m_verifiedOnce = true;
            m_lastVerify = now;
        }
    }
    if (ok && now - m_lastHeartbeat >= m_timing.heartbeatEvery.count()) {
        if (m_engine->heartbeat(m_devicesJson))
            m_lastHeartbeat = now;
    }
    Q_EMIT healthChanged(m_engine->health());
    if (!ok) {
        scheduleAfterFailure();
        return;
    }
    m_failures = 0;
    m_timer->start(caughtUp ? m_timing.interval : std::chrono::milliseconds(0));
}

void SyncWorker::scheduleAfterFailure()
{
    ++m_failures;
    const double base = double(m_timing.backoffMin.count()) * std::pow(2.0, std::min(m_failures - 1, 20));
    const double capped = std::min(base, double(m_timing.backoffMax.count()));
    std::uniform_real_distribution<double> jitter(0.8, 1.2);
    m_timer->start(std::chrono::milliseconds(qint64(capped * jitter(m_jitter))));
}

} // namespace ok::sync
