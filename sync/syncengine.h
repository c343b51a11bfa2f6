// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/httpclient.h"
#include "sync/syncstore.h"

#include <QHash>

#include <functional>
#include <memory>

namespace ok::sync {

struct SyncConfig {
    QString url;             ///< https://central:8443
    TlsConfig tls;
    QString storeId;
    QString terminalId;
    QString enrolmentCode;   ///< one-time code from the central admin; used only until enrolled
    QString tokenFile;       ///< where the bearer token is kept (mode 0600); never logged
    int pageSize = 5000;
    int pushBatch = 500;
    HttpLimits limits;
    /// The application's version ("0.1.0"), reported with every heartbeat so the central admin
    /// sees which build each terminal runs. The kiosk sets the CMake project version
    /// (services::SyncService::syncConfig); empty means unknown (tools, tests).
    QString appVersion;
};

/// What the UI and the heartbeat show about sync.
struct SyncHealth {
    bool configured = false;
    bool online = false;          ///< the last request reached the service
    bool enrolled = false;
    bool plainHttp = false;       ///< development flag in use: the UI says so
    QString lastError;
    qint64 lastPullOkMs = 0;      ///< terminal clock, informational
    qint64 lastPushOkMs = 0;
    QHash<QString, qint64> streamOkMs; ///< since this engine started; `streams` is what is stored
    QList<StreamState> streams;
    OutboxStats outbox;
    qint64 clockSkewMs = 0;       ///< server minus terminal, from the last heartbeat
    qint64 eventsAcked = 0;
    qint64 rowsPulled = 0;
};

struct PullOutcome {
    int pages = 0;
    qint64 rows = 0;
    bool caughtUp = false;
};

struct PushOutcome {
    qint64 sent = 0;
    qint64 acked = 0;
    qint64 dead = 0;
};

/// The sync protocol as blocking steps (docs/sync-protocol.md). Runs on a worker thread (see
/// SyncWorker) or directly in tests and benchmarks. Never decides anything by the terminal clock:
/// `now` is used only to stamp health for people.
class SyncEngine
{
public:
    using Clock = std::function<qint64()>; ///< ms since epoch, injectable for tests

    SyncEngine(SyncConfig config, SyncStore &store, Clock clock = {});

    const SyncConfig &config() const { return m_config; }
    HttpClient &http() { return m_http; }

    /// Enrol with the one-time code unless a token is already stored.
    Result<void> ensureEnrolled();
    /// Pull one stream until it has caught up or maxPages were applied.
    Result<PullOutcome> pull(Stream stream, int maxPages = std::numeric_limits<int>::max());
    /// Every stream in dependency order.
    Result<PullOutcome> pullAll(int maxPagesPerStream = std::numeric_limits<int>::max());
    /// Compare the stream with the server's count and checksum; on a mismatch reset it
    /// (SyncStore::resetStream) so the next pull fetches it again from zero and ends with
    /// exactly the server's rows. Returns true when it matched.
    Result<bool> verify(Stream stream);
    /// Push pending outbox events in batches until none are left or maxBatches were sent.
    Result<PushOutcome> push(int maxBatches = std::numeric_limits<int>::max());
    /// Report lag, outbox depth and device health; learns the server clock.
    Result<void> heartbeat(const QByteArray &devicesJson = "[]");
    /// Live queries (online only): the network's stock of one product, the status of one order
    /// of this store. Nothing is stored: the cache changes only through pulls.
    Result<LiveStock> liveStock(qint64 productId);
    /// A live query or write of docs/channels.md (customers, web orders, loyalty, transfers):
    /// GET `path`, or POST `body` when it is not empty. The answer's body when the service said
    /// 200; its refusal (4xx) as an error with the service's message, which does not count as
    /// the sync's last error (a customer not found is no fault of the sync).
    Result<QByteArray> live(const QString &path, const QByteArray &body);
    Result<OrderStatus> orderStatus(const QString &orderId);
    /// Any terminal's sale by id with what was already returned of it (returns at another till).
    Result<RemoteSale> saleLookup(const QString &saleId);

    SyncHealth health();
    bool isOnline() const { return m_health.online; }
    void cancel() { m_http.cancel(); }

private:
    Error noteError(Error e);
    Result<HttpResponse> request(const QString &path, const QByteArray *body);
    void markOnline();

    SyncConfig m_config;
    SyncStore &m_store;
    Clock m_clock;
    HttpClient m_http;
    SyncHealth m_health;
};

} // namespace ok::sync
