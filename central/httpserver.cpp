// SPDX-License-Identifier: GPL-3.0-or-later
#include "central/httpserver.h"

#include "central/crypto.h"
#include "central/service.h"

#include <httplib.h>
#include <nlohmann/json.hpp>
#include <openssl/ssl.h>
#include <zlib.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <thread>

namespace ok::central {

namespace {

// Not "application/json" exactly: cpp-httplib 0.11 compresses only that exact content type, at
// zlib's default level 6, which costs more CPU than a fast link saves. We compress ourselves at
// ServerOptions::gzipLevel (1 by default) instead.
constexpr const char *kJsonType = "application/json; charset=utf-8";
constexpr size_t kMinCompressBytes = 1024;
/// The error code of a store write that conflicted with another process's (PgStore).
constexpr const char *kStoreConflict = "db.conflict";

int statusFor(const QString &code)
{
    const std::string c = code.toStdString();
    if (c == errc::kBadRequest || c == errc::kInvalid)
        return 400;
    if (c == errc::kUnauthorized)
        return 401;
    if (c == errc::kForbidden)
        return 403;
    if (c == errc::kNotFound)
        return 404;
    if (c == errc::kConflict || c == errc::kInsufficientPoints)
        return 409;
    if (c == errc::kTooLarge)
        return 413;
    if (c == errc::kShuttingDown || c == kStoreConflict)
        return 503; // a conflict that outlived retryConflicts(): busy, retry later
    // SQLITE_BUSY (5) and SQLITE_LOCKED (6), extended codes included: another writer held the
    // database longer than the busy timeout. Retryable.
    if (code.startsWith(QLatin1String("db.sqlite-"))) {
        const int rc = code.mid(10).toInt();
        if ((rc & 0xFF) == 5 || (rc & 0xFF) == 6)
            return 503;
    }
    return 500;
}

std::string wireCode(int status, const QString &code)
{
    switch (status) {
    case 400: return errc::kBadRequest;
    case 401: return errc::kUnauthorized;
    case 403: return errc::kForbidden;
    case 404: return errc::kNotFound;
    case 409: return code == QLatin1String(errc::kInsufficientPoints) ? errc::kInsufficientPoints : errc::kConflict;
    case 413: return errc::kTooLarge;
    case 503: return code == QLatin1String(errc::kShuttingDown) ? errc::kShuttingDown : "busy";
    default: return errc::kInternal;
    }
}

std::string errorBody(const std::string &code, const std::string &message)
{
    return nlohmann::json{{"error", {{"code", code}, {"message", message}}}}.dump();
}

/// Whether the client accepts gzip ("gzip" listed without q=0).
bool acceptsGzip(const std::string &header)
{
    size_t pos = 0;
    while (pos <= header.size()) {
        size_t end = header.find(',', pos);
        if (end == std::string::npos)
            end = header.size();
        std::string token = header.substr(pos, end - pos);
        pos = end + 1;
        const auto first = token.find_first_not_of(" \t");
        if (first == std::string::npos)
            continue;
        token.erase(0, first);
        const auto semi = token.find(';');
        std::string name = token.substr(0, semi);
        while (!name.empty() && (name.back() == ' ' || name.back() == '\t'))
            name.pop_back();
        if (name != "gzip" && name != "x-gzip")
            continue;
        if (semi == std::string::npos)
            return true;
        const auto q = token.find("q=", semi);
        return q == std::string::npos || std::strtod(token.c_str() + q + 2, nullptr) > 0.0;
    }
    return false;
}

bool gzipInto(const std::string &in, int level, std::string &out)
{
    z_stream zs{};
    if (deflateInit2(&zs, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return false;
    out.resize(deflateBound(&zs, uLong(in.size())) + 32);
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.data()));
    zs.avail_in = uInt(in.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    const int rc = deflate(&zs, Z_FINISH);
    out.resize(zs.total_out);
    deflateEnd(&zs);
    return rc == Z_STREAM_END;
}

/// The request line for a log: the query of a customer lookup holds personal data (an e-mail
/// address, a phone number), so only its path is logged.
std::string loggedTarget(const httplib::Request &req)
{
    if (req.path.rfind("/v1/customers", 0) == 0)
        return req.path + (req.params.empty() ? "" : "?<hidden>");
    return req.target;
}

bool isLoopback(const std::string &host)
{
    return host == "127.0.0.1" || host == "::1" || host == "localhost" || host.rfind("127.", 0) == 0;
}

/// Runs `answer` again when the store reports a conflict with another central process's
/// transaction (PostgreSQL: serialization failure, deadlock, or the same idempotency key pushed to
/// two processes at once). Each answer is one transaction that either committed whole or left
/// nothing, so running it again is safe; the second run sees the other process's commit (a
/// duplicate push is then answered "duplicate").
template<typename Answer>
auto retryConflicts(Answer answer)
{
    constexpr int kAttempts = 4;
    auto r = answer();
    for (int i = 1; i < kAttempts && !r && r.error().code == QLatin1String(kStoreConflict); ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(2 * i));
        r = answer();
    }
    return r;
}

constexpr qint64 kEnrolWindowMs = 60'000;

qint64 steadyMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

/// A non-negative decimal integer of at most 18 digits (no sign, no spaces).
std::optional<qint64> parseCount(const std::string &s)
{
    if (s.empty() || s.size() > 18)
        return std::nullopt;
    qint64 v = 0;
    const auto res = std::from_chars(s.data(), s.data() + s.size(), v);
    if (res.ec != std::errc() || res.ptr != s.data() + s.size() || v < 0)
        return std::nullopt;
    return v;
}

} // namespace

HttpServer::HttpServer(CentralService &service, ServerOptions options)
    : m_service(service)
    , m_options(std::move(options))
{
}

HttpServer::~HttpServer() = default;

std::string HttpServer::url() const
{
    return std::string(m_options.insecureHttp || m_options.behindProxy ? "http://" : "https://") + m_options.host + ":" + std::to_string(m_port);
}

Result<int> HttpServer::bind()
{
    if (m_options.behindProxy && !isLoopback(m_options.host))
        return makeError(errc::kInvalid, "behind a proxy the service listens on a loopback address only (127.0.0.1 or ::1), "
                                         "not " + m_options.host + ": the client certificate header is trusted from the proxy alone");
    if (m_options.insecureHttp || m_options.behindProxy) {
        m_server = std::make_unique<httplib::Server>();
    } else {
        if (m_options.certPath.empty() || m_options.keyPath.empty())
            return makeError(errc::kInvalid, "TLS needs --cert and --key (or --insecure-http for development)");
        auto ssl = std::make_unique<httplib::SSLServer>(m_options.certPath.c_str(), m_options.keyPath.c_str(),
                                                        m_options.clientCaPath.empty() ? nullptr : m_options.clientCaPath.c_str());
        if (!ssl->is_valid())
            return makeError(errc::kInvalid, "cannot load the server certificate " + m_options.certPath + ", its key "
                                                 + m_options.keyPath
                                                 + (m_options.clientCaPath.empty() ? std::string()
                                                                                   : " or the client CA " + m_options.clientCaPath));
        SSL_CTX_set_min_proto_version(ssl->ssl_context(), TLS1_2_VERSION);
        // With client certificates, OpenSSL refuses to resume a session unless the context has a
        // session id context, and it answers with an "internal error" alert: a terminal whose
        // idle connection was closed could then not reconnect. Give resumption its context.
        static constexpr unsigned char kSessionContext[] = "omnikiosk-central";
        SSL_CTX_set_session_id_context(ssl->ssl_context(), kSessionContext, sizeof kSessionContext - 1);
        m_server = std::move(ssl);
    }
    const int threads = std::max(2, m_options.threads);
    m_server->new_task_queue = [threads] { return new httplib::ThreadPool(size_t(threads)); };
    m_server->set_payload_max_length(m_options.maxBodyBytes);
    m_server->set_keep_alive_max_count(100000);
    m_server->set_keep_alive_timeout(std::max(1, m_options.keepAliveTimeoutSec));
    m_server->set_read_timeout(30, 0);
    m_server->set_write_timeout(60, 0);
    m_server->set_tcp_nodelay(true);
    routes();

    const int port = m_options.port == 0 ? m_server->bind_to_any_port(m_options.host)
                                         : (m_server->bind_to_port(m_options.host, m_options.port) ? m_options.port : -1);
    if (port < 0)
        return makeError(errc::kInvalid, "cannot listen on " + m_options.host + ":" + std::to_string(m_options.port));
    m_port = port;
    return port;
}

bool HttpServer::run()
{
    return m_server && m_server->listen_after_bind();
}

void HttpServer::stop()
{
    m_stopping = true;
    if (m_server)
        m_server->stop();
}

bool HttpServer::admitEnrolment(const std::string &peer, int *retryAfterSec)
{
    const int limit = m_options.enrolAttemptsPerMinute;
    if (limit <= 0)
        return true;
    const qint64 now = steadyMs();
    std::lock_guard lock(m_enrolMutex);
    const auto it = m_enrolWindows.find(peer);
    if (it == m_enrolWindows.end() || now - it->second.startMs >= kEnrolWindowMs || it->second.attempts < limit)
        return true;
    *retryAfterSec = int((it->second.startMs + kEnrolWindowMs - now + 999) / 1000);
    return false;
}

void HttpServer::noteEnrolmentFailure(const std::string &peer)
{
    const int limit = m_options.enrolAttemptsPerMinute;
    if (limit <= 0)
        return;
    const qint64 now = steadyMs();
    std::lock_guard lock(m_enrolMutex);
    // Bounded: windows that ended are dropped once the map grows (a flood from many addresses).
    if (m_enrolWindows.size() > 10'000)
        std::erase_if(m_enrolWindows, [now](const auto &w) { return now - w.second.startMs >= kEnrolWindowMs; });
    EnrolWindow &w = m_enrolWindows[peer];
    if (now - w.startMs >= kEnrolWindowMs)
        w = EnrolWindow{now, 0};
    if (++w.attempts == limit)
        std::fprintf(stderr, "omnikiosk-central: ALARM: %d failed enrolment attempts within a minute from %s: throttled\n", limit,
                     peer.c_str());
}

void HttpServer::routes()
{
    httplib::Server &s = *m_server;
    const bool proxied = m_options.behindProxy;
    const bool tls = !m_options.insecureHttp && !proxied;
    const bool mtls = proxied || (tls && !m_options.clientCaPath.empty());
    // The verified client certificate: from the TLS session, or from the proxy that terminated it.
    const auto clientCert = [tls, proxied](const httplib::Request &req) -> std::string {
        if (proxied)
            return req.get_header_value(kClientCertHeader);
        return tls ? peerCertificateSha256(req.ssl) : std::string();
    };
    const int gzipLevel = m_options.gzipLevel;

    auto send = [gzipLevel](const httplib::Request &req, httplib::Response &res, int status, std::string body) {
        res.status = status;
        if (gzipLevel > 0 && body.size() >= kMinCompressBytes && acceptsGzip(req.get_header_value("Accept-Encoding"))) {
            std::string z;
            if (gzipInto(body, gzipLevel, z)) {
                res.set_header("Content-Encoding", "gzip");
                body = std::move(z);
            }
        }
        res.set_header("Vary", "Accept-Encoding");
        res.set_header("Content-Type", kJsonType);
        res.body = std::move(body);
    };
    auto fail = [](const httplib::Request &req, httplib::Response &res, const Error &e) {
        const int status = statusFor(e.code);
        if (status >= 500)
            std::fprintf(stderr, "omnikiosk-central: %s %s failed: %s\n", req.method.c_str(), req.path.c_str(),
                         qPrintable(e.message)); // messages never hold personal data (channels.cpp)
        res.status = status;
        res.set_header("Content-Type", kJsonType);
        res.body = errorBody(wireCode(status, e.code), e.message.toStdString());
    };
    // Parses the body as JSON; answers 400 itself when it is not.
    // Nesting is bounded: printing or hashing a value nested millions of levels deep would
    // overflow the stack (nlohmann's dump is recursive).
    auto parseBody = [fail](const httplib::Request &req, httplib::Response &res) -> std::optional<nlohmann::json> {
        constexpr int kMaxDepth = 32;
        bool tooDeep = false;
        const nlohmann::json::parser_callback_t depthGuard = [&tooDeep](int depth, nlohmann::json::parse_event_t,
                                                                         nlohmann::json &) {
            if (depth > kMaxDepth)
                tooDeep = true;
            return !tooDeep;
        };
        auto j = nlohmann::json::parse(req.body, depthGuard, false);
        if (tooDeep) {
            fail(req, res, makeError(errc::kBadRequest, "the request body is nested too deeply"));
            return std::nullopt;
        }
        if (j.is_discarded()) {
            fail(req, res, makeError(errc::kBadRequest, "the request body is not valid JSON"));
            return std::nullopt;
        }
        return j;
    };
    // Who is calling; answers 401/403 itself when nobody acceptable.
    auto authorize = [this, fail, mtls, clientCert](const httplib::Request &req, httplib::Response &res) -> std::optional<AuthTerminal> {
        const std::string header = req.get_header_value("Authorization");
        std::string token;
        if (header.rfind("Bearer ", 0) == 0)
            token = header.substr(7);
        const std::string cert = mtls ? clientCert(req) : std::string();
        auto a = m_service.authenticate(token, cert, mtls);
        if (!a) {
            fail(req, res, a.error());
            return std::nullopt;
        }
        return std::move(a).value();
    };

    // Runs before the body is read. Request bodies are bounded by their Content-Length (413 above
    // maxBodyBytes), so a body without one, any Transfer-Encoding (chunked bodies are read to
    // their end whatever Content-Length says), a compressed body (which could inflate far beyond
    // the limit) and a body that is not JSON are refused before anything is read.
    const size_t maxBody = m_options.maxBodyBytes;
    s.set_pre_routing_handler([this, maxBody](const httplib::Request &req, httplib::Response &res) {
        auto refuse = [&](int status, const char *code, const std::string &message) {
            res.status = status;
            res.set_header("Content-Type", kJsonType);
            res.set_header("Connection", "close");
            res.body = errorBody(code, message);
            return httplib::Server::HandlerResponse::Handled;
        };
        if (m_stopping)
            return refuse(503, errc::kShuttingDown, "the central service is shutting down: retry later");
        if (req.has_header("Transfer-Encoding"))
            return refuse(400, errc::kBadRequest, "Transfer-Encoding is not accepted on requests: send the body with a Content-Length");
        if (req.has_header("Content-Length")) {
            const auto length = parseCount(req.get_header_value("Content-Length"));
            if (!length || req.get_header_value_count("Content-Length") != 1)
                return refuse(400, errc::kBadRequest, "Content-Length must be one decimal integer");
            if (size_t(*length) > maxBody)
                return refuse(413, errc::kTooLarge, "request too large (the limit is " + std::to_string(maxBody >> 20) + " MiB)");
        }
        if (req.method == "POST" || req.method == "PUT" || req.method == "PATCH") {
            const std::string encoding = req.get_header_value("Content-Encoding");
            if (!encoding.empty() && encoding != "identity")
                return refuse(415, "unsupported_media_type", "request bodies must not be compressed");
            // Bodies are JSON. (httplib would also cap a form-encoded body at 8 KiB with a
            // misleading 413: curl sends that content type unless told otherwise.)
            const std::string type = req.get_header_value("Content-Type");
            if (!type.empty() && type.rfind("application/json", 0) != 0)
                return refuse(415, "unsupported_media_type", "request bodies are JSON: send Content-Type: application/json");
            if (!req.has_header("Content-Length"))
                return refuse(411, "length_required", "a request body needs a Content-Length");
        }
        return httplib::Server::HandlerResponse::Unhandled;
    });
    s.set_error_handler(httplib::Server::HandlerWithResponse([](const httplib::Request &, httplib::Response &res) {
        if (!res.body.empty())
            return httplib::Server::HandlerResponse::Unhandled;
        std::string message;
        switch (res.status) {
        case 400: message = "malformed HTTP request"; break;
        case 404: message = "no such resource"; break;
        case 413: message = "request too large (the limit is 8 MiB)"; break;
        default: message = "request failed"; break;
        }
        res.set_header("Content-Type", kJsonType);
        res.body = errorBody(wireCode(res.status, {}), message);
        return httplib::Server::HandlerResponse::Handled;
    }));
    s.set_exception_handler([](const httplib::Request &req, httplib::Response &res, std::exception_ptr ep) {
        std::string what = "unknown exception";
        try {
            if (ep)
                std::rethrow_exception(ep);
        } catch (const std::exception &e) {
            what = e.what();
        } catch (...) {
        }
        std::fprintf(stderr, "omnikiosk-central: %s %s threw: %s\n", req.method.c_str(), req.path.c_str(), what.c_str());
        res.status = 500;
        res.set_header("Content-Type", kJsonType);
        res.body = errorBody(errc::kInternal, "internal error");
    });
    if (m_options.verbose)
        s.set_logger([](const httplib::Request &req, const httplib::Response &res) {
            std::fprintf(stderr, "omnikiosk-central: %s %s -> %d (%zu bytes)\n", req.method.c_str(), loggedTarget(req).c_str(),
                         res.status, res.body.size());
        });

    // For a balancer's health check: answers while the service takes requests (503 when stopping,
    // from the pre-routing handler). Says nothing else.
    s.Get("/v1/health", [](const httplib::Request &, httplib::Response &res) {
        res.set_header("Content-Type", kJsonType);
        res.body = R"({"status":"ok"})";
    });

    s.Post("/v1/enrol", [this, send, fail, parseBody, clientCert, proxied](const httplib::Request &req, httplib::Response &res) {
        // Enrolment codes are guessable secrets: a peer address that failed enrolAttemptsPerMinute
        // times this minute is refused before anything else is done (no body parsed, no database).
        std::string peer = req.remote_addr;
        if (proxied) {
            const std::string forwarded = req.get_header_value("X-Forwarded-For");
            peer = forwarded.substr(0, forwarded.find(','));
        }
        int retryAfter = 0;
        if (!admitEnrolment(peer, &retryAfter)) {
            res.set_header("Retry-After", std::to_string(retryAfter));
            res.status = 429;
            res.set_header("Content-Type", kJsonType);
            res.body = errorBody("too_many_requests", "too many enrolment attempts from this address: wait "
                                                          + std::to_string(retryAfter) + " s and check the code");
            return;
        }
        const auto body = parseBody(req, res);
        if (!body)
            return;
        const auto str = [&](const char *k) {
            const auto it = body->is_object() ? body->find(k) : body->end();
            return it != body->end() && it->is_string() ? it->get<std::string>() : std::string();
        };
        const std::string cert = clientCert(req);
        auto r = retryConflicts([&] { return m_service.enrol(str("store_id"), str("terminal_id"), str("code"), cert, peer); });
        if (!r) {
            if (statusFor(r.error().code) == 401)
                noteEnrolmentFailure(peer);
            return fail(req, res, r.error());
        }
        send(req, res, 200, CentralService::enrolResultJson(r.value()));
    });

    // The routes of enrolled terminals: authorize(), for a POST parseBody(), then `answer` (a JSON
    // document or an error) is sent. The answer runs only for a caller authorize() accepted.
    auto reply = [send, fail](const httplib::Request &req, httplib::Response &res, Result<std::string> r) {
        if (!r)
            return fail(req, res, r.error());
        send(req, res, 200, std::move(r).value());
    };
    auto terminalGet = [&s, reply, authorize](const char *pattern, auto answer) {
        s.Get(pattern, [reply, authorize, answer](const httplib::Request &req, httplib::Response &res) {
            const auto t = authorize(req, res);
            if (!t)
                return;
            reply(req, res, retryConflicts([&] { return answer(*t, req); }));
        });
    };
    auto terminalPost = [&s, reply, authorize, parseBody](const char *pattern, auto answer) {
        s.Post(pattern, [reply, authorize, parseBody, answer](const httplib::Request &req, httplib::Response &res) {
            const auto t = authorize(req, res);
            if (!t)
                return;
            const auto body = parseBody(req, res);
            if (!body)
                return;
            reply(req, res, retryConflicts([&] { return answer(*t, *body); }));
        });
    };

    terminalGet(R"(/v1/streams/([a-z_]+))", [this](const AuthTerminal &t, const httplib::Request &req) -> Result<std::string> {
        const auto stream = streamFromName(req.matches[1].str());
        if (!stream)
            return makeError(errc::kNotFound, "unknown stream " + req.matches[1].str());
        std::optional<qint64> cursor = 0;
        if (req.has_param("cursor"))
            cursor = parseCount(req.get_param_value("cursor"));
        if (!cursor)
            return makeError(errc::kBadRequest, "cursor must be a decimal integer");
        std::optional<qint64> limit = kDefaultPageLimit;
        if (req.has_param("limit"))
            limit = parseCount(req.get_param_value("limit"));
        if (!limit || *limit < 1)
            return makeError(errc::kBadRequest, "limit must be a positive decimal integer");
        return m_service.pageJson(CentralService::scopeOf(t), *stream, *cursor, std::min(*limit, kMaxPageLimit));
    });

    terminalGet(R"(/v1/streams/([a-z_]+)/summary)", [this](const AuthTerminal &t, const httplib::Request &req) -> Result<std::string> {
        const auto stream = streamFromName(req.matches[1].str());
        if (!stream)
            return makeError(errc::kNotFound, "unknown stream " + req.matches[1].str());
        auto sum = m_service.summary(CentralService::scopeOf(t), *stream);
        if (!sum)
            return sum.error();
        return CentralService::summaryJson(sum.value());
    });

    terminalPost("/v1/events", [this](const AuthTerminal &t, const nlohmann::json &body) { return m_service.push(t, body); });

    terminalGet(R"(/v1/stock/(\d{1,18}))", [this](const AuthTerminal &, const httplib::Request &req) -> Result<std::string> {
        const auto id = parseCount(req.matches[1].str());
        if (!id)
            return makeError(errc::kBadRequest, "the product id must be a decimal integer");
        return m_service.stockJson(*id);
    });

    terminalGet(R"(/v1/orders/([A-Za-z0-9_-]{1,64}))", [this](const AuthTerminal &t, const httplib::Request &req) {
        return m_service.orderStatusJson(t, req.matches[1].str());
    });

    terminalGet(R"(/v1/sales/([A-Za-z0-9_-]{1,64}))", [this](const AuthTerminal &t, const httplib::Request &req) {
        return m_service.saleJson(t, req.matches[1].str());
    });

    // Customers and channels (issue 13). Any enrolled terminal of the retailer may look a customer
    // up (authorize() is the whole check: mutual TLS and the bearer token); contacts are masked.
    terminalGet("/v1/customers", [this](const AuthTerminal &, const httplib::Request &req) -> Result<std::string> {
        // Exactly one key, each at most once: a lookup is an exact match, never a search.
        static const std::pair<const char *, CustomerKey> keys[] = {
            {"loyalty_id", CustomerKey::LoyaltyId}, {"phone", CustomerKey::Phone}, {"email", CustomerKey::Email}};
        const auto known = std::find_if(std::begin(keys), std::end(keys), [&](const auto &k) { return req.has_param(k.first); });
        if (req.params.size() != 1 || known == std::end(keys))
            return makeError(errc::kBadRequest, "give exactly one of loyalty_id, phone or email");
        return m_service.customersJson(known->second, req.get_param_value(known->first));
    });

    terminalGet(R"(/v1/customers/([A-Za-z0-9_-]{1,64})/orders)", [this](const AuthTerminal &, const httplib::Request &req) {
        return m_service.customerOrdersJson(req.matches[1].str());
    });

    terminalGet(R"(/v1/web-orders/([A-Za-z0-9_-]{1,64}))", [this](const AuthTerminal &, const httplib::Request &req) {
        return m_service.webOrderJson(req.matches[1].str());
    });

    terminalPost("/v1/loyalty/redeem", [this](const AuthTerminal &t, const nlohmann::json &body) { return m_service.redeem(t, body); });

    // The holds and transfer requests of the terminal's own store (403 for another store's).
    terminalGet("/v1/holds", [this](const AuthTerminal &t, const httplib::Request &req) {
        return m_service.holdsJson(t, req.get_param_value("store_id"));
    });

    terminalGet("/v1/transfers", [this](const AuthTerminal &t, const httplib::Request &req) {
        return m_service.transfersJson(t, req.get_param_value("store_id"));
    });

    terminalPost("/v1/heartbeat", [this](const AuthTerminal &t, const nlohmann::json &body) { return m_service.heartbeat(t, body); });
}

} // namespace ok::central
