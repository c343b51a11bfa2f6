// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/syncengine.h"

#include "sync/logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

#include <future>

namespace ok::sync {

namespace {

QByteArray readToken(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll().trimmed();
}

Result<void> writeToken(const QString &file, const QByteArray &token)
{
    QSaveFile f(file);
    if (!f.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("sync.token"), QCoreApplication::translate("ok::sync", "Cannot write %1: %2").arg(file, f.errorString())};
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(token);
    f.write("\n");
    if (!f.commit())
        return Error{QStringLiteral("sync.token"), QCoreApplication::translate("ok::sync", "Cannot write %1: %2").arg(file, f.errorString())};
    return {};
}

Error httpError(const HttpResponse &r)
{
    const QString code = r.status >= 500 ? QStringLiteral("http.server") : QStringLiteral("http.refused");
    return {code, serverErrorMessage(r.body, r.status)};
}

} // namespace

SyncEngine::SyncEngine(SyncConfig config, SyncStore &store, Clock clock)
    : m_config(std::move(config))
    , m_store(store)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); }))
    , m_http(m_config.url, m_config.tls, m_config.limits)
{
    m_health.configured = !m_config.url.isEmpty();
    m_health.plainHttp = m_http.isPlainHttp();
    const QByteArray token = readToken(m_config.tokenFile);
    m_health.enrolled = !token.isEmpty();
    m_http.setBearerToken(token);
}

Error SyncEngine::noteError(Error e)
{
    m_health.lastError = e.message;
    if (e.code.startsWith(QLatin1String("net.")) || e.code.startsWith(QLatin1String("tls.")))
        m_health.online = false;
    return e;
}

void SyncEngine::markOnline()
{
    m_health.online = true;
}

Result<HttpResponse> SyncEngine::request(const QString &path, const QByteArray *body)
{
    auto r = body ? m_http.post(path, *body) : m_http.get(path);
    if (!r)
        return noteError(r.error());
    markOnline();
    if (r->status == 401) {
        // The service no longer knows our token (re-enrolled elsewhere, database reset): a person
        // must enrol this terminal again; keep everything local and keep trying.
        m_health.enrolled = false;
        return noteError({QStringLiteral("sync.not-enrolled"),
                          QCoreApplication::translate("ok::sync", "The central service does not accept this terminal's token: enrol the terminal again (%1).")
                              .arg(serverErrorMessage(r->body, r->status))});
    }
    if (r->status != 200)
        return noteError(httpError(r.value()));
    return r;
}

Result<void> SyncEngine::ensureEnrolled()
{
    if (!readToken(m_config.tokenFile).isEmpty()) {
        m_health.enrolled = true;
        return {};
    }
    if (m_config.enrolmentCode.isEmpty())
        return noteError({QStringLiteral("sync.not-enrolled"),
                          QCoreApplication::translate("ok::sync", "This terminal is not enrolled: ask the central admin for an enrolment code and set enrolment_code in the [central] section.")});
    const QByteArray body = encodeEnrolment(m_config.storeId, m_config.terminalId, m_config.enrolmentCode);
    auto r = request(QStringLiteral("/v1/enrol"), &body);
    if (!r)
        return r.error();
    auto answer = parseEnrolment(r->body);
    if (!answer)
        return noteError(answer.error());
    if (auto w = writeToken(m_config.tokenFile, answer->token.toLatin1()); !w)
        return noteError(w.error());
    m_http.setBearerToken(answer->token.toLatin1());
    m_health.enrolled = true;
    m_health.clockSkewMs = answer->serverTimeMs - m_clock();
    qCInfo(lcSync) << "enrolled as" << answer->terminal;
    return {};
}

Result<PullOutcome> SyncEngine::pull(Stream stream, int maxPages)
{
    PullOutcome out;
    const QString name = streamName(stream);
    auto cursor = m_store.cursor(stream);
    if (!cursor)
        return noteError(cursor.error());
    // Fetch and parse one page. While a page is applied on this thread, the next one is fetched
    // on a helper thread (its cursor is known once the page is parsed): the server builds page
    // N+1 while SQLite writes page N. Only one request is ever in flight, so the HTTP client is
    // used by one thread at a time; at most two pages are held in memory.
    const auto fetch = [this, stream, name](qint64 from) -> Result<PullPage> {
        const QString path = QStringLiteral("/v1/streams/%1?cursor=%2&limit=%3").arg(name).arg(from).arg(m_config.pageSize);
        auto r = request(path, nullptr);
        if (!r)
            return r.error();
        auto page = parsePullPage(r->body, stream, from);
        if (!page)
            return noteError(page.error());
        return page;
    };
    Result<PullPage> current = fetch(cursor.value());
    for (;;) {
        if (!current) {
            m_store.recordStreamError(stream, current.error().message, m_clock());
            return current.error();
        }
        const PullPage page = std::move(current).value();
        const bool prefetch = page.more && out.pages + 1 < maxPages;
        std::future<Result<PullPage>> next;
        if (prefetch)
            next = std::async(std::launch::async, fetch, page.cursor);
        if (auto applied = m_store.applyPage(page, m_clock()); !applied) {
            if (next.valid())
                next.wait(); // never leave a request running behind an error
            m_store.recordStreamError(stream, applied.error().message, m_clock());
            return noteError(applied.error());
        }
        ++out.pages;
        out.rows += page.itemCount();
        m_health.rowsPulled += page.itemCount();
        if (!page.more) {
            out.caughtUp = true;
            if (auto done = m_store.streamCaughtUp(stream); !done)
                return noteError(done.error());
            m_health.streamOkMs.insert(name, m_clock());
            break;
        }
        if (!prefetch)
            break; // maxPages applied; the rest comes in the next cycle
        current = next.get();
    }
    return out;
}

Result<PullOutcome> SyncEngine::pullAll(int maxPagesPerStream)
{
    PullOutcome total;
    total.caughtUp = true;
    for (Stream s : kAllStreams) {
        auto r = pull(s, maxPagesPerStream);
        if (!r)
            return r.error();
        total.pages += r->pages;
        total.rows += r->rows;
        total.caughtUp = total.caughtUp && r->caughtUp;
    }
    if (total.caughtUp) {
        m_health.lastPullOkMs = m_clock();
        m_health.lastError.clear();
    }
    return total;
}

Result<bool> SyncEngine::verify(Stream stream)
{
    auto r = request(QStringLiteral("/v1/streams/%1/summary").arg(streamName(stream)), nullptr);
    if (!r)
        return r.error();
    auto remote = parseSummary(r->body, stream);
    if (!remote)
        return noteError(remote.error());
    auto cursor = m_store.cursor(stream);
    if (!cursor)
        return noteError(cursor.error());
    if (cursor.value() < remote->cursor) {
        // Not caught up yet: catch up first, then compare against the same point.
        auto caught = pull(stream);
        if (!caught)
            return caught.error();
        if (auto again = m_store.cursor(stream); !again || again.value() < remote->cursor)
            return false;
    }
    auto local = m_store.localSummary(stream);
    if (!local)
        return noteError(local.error());
    if (local->count == remote->count && local->checksum == remote->checksum)
        return true;
    qCWarning(lcSync) << "stream" << streamName(stream) << "disagrees with the central service: local"
                      << local->count << checksumHex(local->checksum) << "central" << remote->count
                      << checksumHex(remote->checksum) << "- pulling it again";
    if (auto reset = m_store.resetStream(stream); !reset)
        return noteError(reset.error());
    return false;
}

Result<PushOutcome> SyncEngine::push(int maxBatches)
{
    PushOutcome out;
    for (int batch = 0; batch < maxBatches; ++batch) {
        auto events = m_store.pendingEvents(m_config.pushBatch);
        if (!events)
            return noteError(events.error());
        if (events->isEmpty())
            break;
        const QByteArray body = encodePushBatch(events.value());
        auto r = request(QStringLiteral("/v1/events"), &body);
        if (!r) {
            // Nothing is marked: the same events (same ids, same bytes) go again later, and the
            // server answers a repeat with its stored result.
            m_store.recordPushFailure(events.value(), r.error().message);
            return r.error();
        }
        auto results = parsePushResponse(r->body, events.value());
        if (!results) {
            m_store.recordPushFailure(events.value(), results.error().message);
            return noteError(results.error());
        }
        if (auto rec = m_store.recordPushResults(results.value(), m_clock()); !rec)
            return noteError(rec.error());
        out.sent += events->size();
        for (const auto &e : results.value()) {
            if (e.status == EventResult::Status::Accepted)
                ++out.acked;
            else {
                ++out.dead;
                qCWarning(lcSync) << "event" << e.id << "refused by the central service:" << e.reason;
            }
        }
        m_health.eventsAcked += out.acked;
        m_health.lastPushOkMs = m_clock();
    }
    return out;
}

Result<void> SyncEngine::heartbeat(const QByteArray &devicesJson)
{
    const OutboxStats stats = m_store.outboxStats(m_clock());
    const qint64 now = m_clock();
    const qint64 lagS = m_health.lastPullOkMs ? (now - m_health.lastPullOkMs) / 1000 : -1;
    QByteArray body = "{\"terminal_time_ms\":" + QByteArray::number(now) + ",\"sync_lag_s\":" + QByteArray::number(lagS)
        + ",\"outbox_depth\":" + QByteArray::number(stats.pending) + ",\"oldest_unsent_age_s\":"
        + QByteArray::number(stats.oldestPendingAgeMs / 1000) + ",\"dead_letters\":" + QByteArray::number(stats.deadLetters)
        + ",\"devices\":" + (devicesJson.isEmpty() ? QByteArray("[]") : devicesJson)
        + ",\"version\":" + QJsonDocument(QJsonArray{m_config.appVersion}).toJson(QJsonDocument::Compact).mid(1).chopped(1) + '}';
    auto r = request(QStringLiteral("/v1/heartbeat"), &body);
    if (!r)
        return r.error();
    const qint64 server = QJsonDocument::fromJson(r->body).object().value(QLatin1String("server_time_ms")).toInteger();
    if (server > 0)
        m_health.clockSkewMs = server - now;
    return {};
}

Result<LiveStock> SyncEngine::liveStock(qint64 productId)
{
    auto r = request(QStringLiteral("/v1/stock/%1").arg(productId), nullptr);
    if (!r)
        return r.error();
    auto levels = parseLiveStock(r->body, productId);
    if (!levels)
        return noteError(levels.error());
    return levels;
}

Result<QByteArray> SyncEngine::live(const QString &path, const QByteArray &body)
{
    auto r = body.isEmpty() ? m_http.get(path) : m_http.post(path, body);
    if (!r)
        return noteError(r.error());
    markOnline();
    if (r->status == 401)
        return request(path, body.isEmpty() ? nullptr : &body).error(); // the not-enrolled handling
    if (r->status >= 500)
        return noteError(httpError(r.value()));
    if (r->status != 200)
        return httpError(r.value());
    return r->body;
}

Result<OrderStatus> SyncEngine::orderStatus(const QString &orderId)
{
    // The server accepts [A-Za-z0-9_-]{1,64}; anything else must not become part of a path.
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    if (!valid.match(orderId).hasMatch())
        return Error{QStringLiteral("sync.bad-request"), QStringLiteral("\"%1\" is not an order id").arg(orderId.left(80))};
    auto r = request(QStringLiteral("/v1/orders/%1").arg(orderId), nullptr);
    if (!r)
        return r.error();
    auto status = parseOrderStatus(r->body, orderId);
    if (!status)
        return noteError(status.error());
    return status;
}

Result<RemoteSale> SyncEngine::saleLookup(const QString &saleId)
{
    // The server accepts [A-Za-z0-9_-]{1,64}; anything else must not become part of a path.
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    if (!valid.match(saleId).hasMatch())
        return Error{QStringLiteral("sync.bad-request"), QStringLiteral("\"%1\" is not a sale id").arg(saleId.left(80))};
    auto r = request(QStringLiteral("/v1/sales/%1").arg(saleId), nullptr);
    if (!r)
        return r.error();
    auto sale = parseRemoteSale(r->body, saleId);
    if (!sale)
        return noteError(sale.error());
    return sale;
}

SyncHealth SyncEngine::health()
{
    m_health.outbox = m_store.outboxStats(m_clock());
    m_health.streams = m_store.streamStates();
    return m_health;
}

} // namespace ok::sync
