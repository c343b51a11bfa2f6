// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/syncservice.h"

#include "services/config.h"
#include "services/localsyncstore.h"
#include "sync/syncworker.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>

namespace ok::services {

sync::SyncConfig SyncService::syncConfig(const Config &config, const QString &dataDir)
{
    sync::SyncConfig c;
    c.url = config.centralUrl;
    c.tls.caFile = config.caFile;
    c.tls.clientCertFile = config.clientCertFile;
    c.tls.clientKeyFile = config.clientKeyFile;
    c.tls.pins = config.pins;
    c.tls.allowPlainHttp = config.allowPlainHttp;
    c.storeId = config.storeId;
    c.terminalId = config.terminalId;
    c.enrolmentCode = config.enrolmentCode;
    c.tokenFile = QDir(dataDir).filePath(QStringLiteral("sync-token"));
    c.pageSize = config.syncPageSize;
    c.appVersion = QStringLiteral(OMNIKIOSK_VERSION); // the CMake project version (app/services/CMakeLists.txt)
    return c;
}

SyncService::SyncService(sync::SyncConfig config, QString cachePath, QString ledgerPath, std::chrono::seconds interval,
                         QObject *parent)
    : QObject(parent)
    , m_storeId(config.storeId)
{
    m_thread.setObjectName(QStringLiteral("omnikiosk-sync"));
    const QString storeId = config.storeId;
    auto factory = [cachePath, ledgerPath, storeId]() -> Result<std::unique_ptr<sync::SyncStore>> {
        auto store = LocalSyncStore::open(cachePath, ledgerPath, storeId);
        if (!store)
            return store.error();
        return std::unique_ptr<sync::SyncStore>(std::move(store.value()));
    };
    m_status = toStatus(sync::SyncHealth{}); // every stream listed from the start, none pulled yet
    m_status.configured = true;
    sync::SyncWorker::Timing timing;
    timing.interval = interval;
    m_worker = new sync::SyncWorker(std::move(config), std::move(factory), timing);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(this, &SyncService::wakeRequested, m_worker, &sync::SyncWorker::wake);
    connect(this, &SyncService::deviceHealthQueued, m_worker, &sync::SyncWorker::setDeviceHealth);
    connect(this, &SyncService::liveStockQueued, m_worker, &sync::SyncWorker::queryLiveStock);
    connect(this, &SyncService::orderStatusQueued, m_worker, &sync::SyncWorker::queryOrderStatus);
    connect(this, &SyncService::saleQueued, m_worker, &sync::SyncWorker::querySale);
    connect(m_worker, &sync::SyncWorker::healthChanged, this, [this](const sync::SyncHealth &h) {
        m_status = toStatus(h);
        m_reported = true;
        Q_EMIT healthChanged();
    });
    connect(m_worker, &sync::SyncWorker::liveStockReady, this,
            [this](int request, qint64 productId, const sync::LiveStock &stock) {
                QList<StockLevel> out;
                out.reserve(stock.levels.size());
                for (const auto &l : stock.levels)
                    out.append({l.locationId, l.kind, l.name, l.onHand, l.reserved, l.inTransit, l.city, l.version});
                // The cache's order (CatalogReader::stockLevels): this store, other stores, then
                // the rest by kind and name.
                const auto rank = [this](const StockLevel &l) {
                    return std::make_tuple(l.locationId != m_storeId, l.locationKind != QLatin1String("store"), l.locationKind,
                                           l.locationName);
                };
                std::stable_sort(out.begin(), out.end(), [&rank](const auto &a, const auto &b) { return rank(a) < rank(b); });
                Q_EMIT liveStockReady(request, productId, out, stock.webSellable.value_or(-1));
            });
    connect(m_worker, &sync::SyncWorker::orderStatusReady, this, [this](int request, const sync::OrderStatus &status) {
        Q_EMIT orderStatusReady(request, status.id, status.status);
    });
    connect(m_worker, &sync::SyncWorker::saleReady, this, [this](int request, const sync::RemoteSale &r) {
        const RemoteSale sale = toRemoteSale(r);
        if (auto done = m_saleCallbacks.take(request))
            done(sale);
        Q_EMIT saleReady(request, sale);
    });
    connect(this, &SyncService::jsonQueued, m_worker, &sync::SyncWorker::queryJson);
    connect(m_worker, &sync::SyncWorker::jsonReady, this, [this](int request, const QByteArray &body) {
        if (auto done = m_jsonCallbacks.take(request))
            done(body);
    });
    connect(this, &SyncService::liveQueryFailed, this, [this](int request, const QString &message) {
        if (auto done = m_saleCallbacks.take(request))
            done(Error{QStringLiteral("sync.live-query"), message});
        if (auto done = m_jsonCallbacks.take(request))
            done(Error{QStringLiteral("sync.live-query"), message});
    });
    connect(m_worker, &sync::SyncWorker::liveQueryFailed, this, [this](int request, const QString &message) {
        Q_EMIT liveQueryFailed(request, tr("No live answer from the central service: %1").arg(message));
    });
}

SyncService::~SyncService()
{
    if (m_thread.isRunning()) {
        m_worker->abort(); // thread-safe; stop() itself must run on the sync thread (its timer)
        QMetaObject::invokeMethod(m_worker, &sync::SyncWorker::stop, Qt::QueuedConnection);
        m_thread.quit();
        m_thread.wait(5000);
    }
}

void SyncService::start()
{
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &sync::SyncWorker::start, Qt::QueuedConnection);
}

void SyncService::localEventWritten()
{
    Q_EMIT wakeRequested();
}

void SyncService::setDeviceHealth(const QJsonArray &devices)
{
    const QByteArray json = QJsonDocument(devices).toJson(QJsonDocument::Compact);
    if (json == m_devicesJson)
        return;
    // Health lines change with every job ("12 jobs"); only on/offline is worth an early heartbeat.
    QString online;
    for (const QJsonValue &d : devices) {
        const QJsonObject o = d.toObject();
        online += o.value(QLatin1String("name")).toString() + (o.value(QLatin1String("online")).toBool() ? u'+' : u'-');
    }
    const bool changed = online != m_devicesOnline;
    m_devicesJson = json;
    m_devicesOnline = online;
    Q_EMIT deviceHealthQueued(json, changed);
}

int SyncService::requestLiveStock(qint64 productId)
{
    const int request = m_nextRequest++;
    if (!isOnline())
        failLater(request, tr("The central service cannot be reached right now."));
    else
        Q_EMIT liveStockQueued(request, productId);
    return request;
}

int SyncService::requestOrderStatus(const QString &orderId)
{
    const int request = m_nextRequest++;
    if (!isOnline())
        failLater(request, tr("The central service cannot be reached right now."));
    else
        Q_EMIT orderStatusQueued(request, orderId);
    return request;
}

int SyncService::requestSale(const QString &saleId)
{
    const int request = m_nextRequest++;
    if (!isOnline())
        failLater(request, tr("The central service cannot be reached right now."));
    else
        Q_EMIT saleQueued(request, saleId);
    return request;
}

void SyncService::lookupSale(const QString &saleId, std::function<void(Result<RemoteSale>)> done)
{
    // The request number is known before any answer: failLater and the worker both answer
    // through the event loop.
    m_saleCallbacks.insert(requestSale(saleId), std::move(done));
}

void SyncService::live(const QString &path, const QByteArray &postBody, std::function<void(Result<QByteArray>)> done,
                       std::chrono::milliseconds timeout)
{
    const int request = m_nextRequest++;
    m_jsonCallbacks.insert(request, std::move(done));
    if (!isOnline()) {
        failLater(request, tr("The central service cannot be reached right now."));
        return;
    }
    Q_EMIT jsonQueued(request, path, postBody);
    QTimer::singleShot(timeout, this, [this, request] {
        if (auto done = m_jsonCallbacks.take(request))
            done(Error{QStringLiteral("sync.timeout"), tr("The central service did not answer in time.")});
    });
}

RemoteSale SyncService::toRemoteSale(const sync::RemoteSale &r)
{
    RemoteSale out;
    SaleRecord &s = out.sale.sale;
    s.id = r.id;
    s.kind = r.kind;
    s.storeId = r.storeId;
    s.terminalId = r.terminalId;
    s.cashierId = r.cashierId;
    s.currency = r.currency;
    s.createdAtMs = r.createdAtMs;
    s.subtotal = r.subtotal;
    s.discountTotal = r.discountTotal;
    s.taxTotal = r.taxTotal;
    s.total = r.total;
    for (const auto &l : r.lines) {
        // The pushed payload carries no product names: the SKU stands in for one.
        SaleLineRecord line;
        line.productId = l.productId;
        line.sku = l.sku;
        line.name = l.sku;
        line.quantity = l.quantity;
        line.unit = l.unit;
        line.unitPrice = l.unitPrice;
        line.discount = l.discount;
        line.amount = l.amount;
        line.taxCode = l.taxCode;
        line.taxBasisPoints = l.taxBasisPoints;
        line.returnOfLine = l.returnOfLine;
        s.lines.append(line);
    }
    for (const auto &t : r.tenders)
        s.tenders.append({t.kind, t.amount, t.change, QString()});
    out.sale.receiptNo = r.receiptNo;
    for (const auto &ret : r.returned) {
        ReturnedQuantity &sum = out.returned[ret.lineNo];
        sum.quantity += ret.quantity;
        sum.amount += ret.amount;
    }
    return out;
}

SyncStatus SyncService::toStatus(const sync::SyncHealth &h)
{
    SyncStatus s;
    s.configured = h.configured;
    s.online = h.online;
    s.enrolled = h.enrolled;
    s.plainHttp = h.plainHttp;
    s.lastError = h.lastError;
    s.lastPullOkMs = h.lastPullOkMs;
    s.lastPushOkMs = h.lastPushOkMs;
    for (const sync::Stream stream : sync::kAllStreams) {
        SyncStreamStatus out;
        out.name = sync::streamName(stream);
        for (const sync::StreamState &st : h.streams)
            if (st.stream == stream)
                out = {out.name, st.lastOkMs, st.lastError, st.lastErrorMs, st.rowsApplied};
        s.streams.append(out);
    }
    s.outboxPending = h.outbox.pending;
    s.oldestPendingAgeMs = h.outbox.oldestPendingAgeMs;
    s.deadLetters = h.outbox.deadLetters;
    s.lastAckedMs = h.outbox.lastAckedMs;
    s.clockSkewMs = h.clockSkewMs;
    s.rowsPulled = h.rowsPulled;
    return s;
}

void SyncService::failLater(int request, const QString &message)
{
    QMetaObject::invokeMethod(this, [this, request, message] { Q_EMIT liveQueryFailed(request, message); }, Qt::QueuedConnection);
}

} // namespace ok::services
