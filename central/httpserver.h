// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <atomic>
#include <cstddef>
#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace httplib {
class Server;
}

namespace ok::central {

class CentralService;

struct ServerOptions {
    std::string host = "127.0.0.1";
    int port = 0;               ///< 0: any free port (see HttpServer::port())
    std::string certPath;       ///< server certificate chain (PEM)
    std::string keyPath;        ///< server private key (PEM)
    std::string clientCaPath;   ///< when set: mutual TLS, client certificates must chain to it
    bool insecureHttp = false;  ///< plain HTTP, development only
    /// Plain HTTP on a loopback address behind a TLS-terminating proxy (docs/central.md, "Chain
    /// layout"): the proxy verifies the client certificate and passes its SHA-256 in
    /// kClientCertHeader and the peer's address in X-Forwarded-For. Counts as mutual TLS.
    bool behindProxy = false;
    size_t maxBodyBytes = 8 * 1024 * 1024; ///< larger requests get 413
    int threads = 16;           ///< worker threads = concurrent connections served
    int gzipLevel = 1;          ///< zlib level for responses when the client accepts gzip (0 = never)
    /// An idle keep-alive connection is closed after this long. It holds a worker thread, and
    /// stop() waits for it, so keep it short: a syncing client sends its next request at once.
    int keepAliveTimeoutSec = 3;
    bool verbose = false;       ///< one log line per request on stderr
    /// Failed enrolment attempts one peer address may make per minute; then 429 (0: no limit).
    int enrolAttemptsPerMinute = 10;
};

/// The header a TLS-terminating proxy sets to the verified client certificate's SHA-256 (hex).
inline constexpr const char *kClientCertHeader = "X-Omnikiosk-Client-Cert-Sha256";

/// The HTTP(S) front of CentralService: routes of docs/sync-protocol.md on cpp-httplib.
///
/// Threading: httplib serves each connection on a worker of a fixed pool (`threads`); handlers
/// run there and call CentralService directly (the store is thread-safe). stop() may be called
/// from any thread: new requests get 503 at once, requests in flight complete, then run() returns.
class HttpServer
{
public:
    HttpServer(CentralService &service, ServerOptions options);
    ~HttpServer();
    HttpServer(const HttpServer &) = delete;
    HttpServer &operator=(const HttpServer &) = delete;

    /// Load certificates and bind the listening socket. Returns the bound port.
    Result<int> bind();
    /// Serve until stop(). Returns false if the server could not run.
    bool run();
    void stop();

    int port() const { return m_port; }
    /// "https://127.0.0.1:PORT" (or http:// with insecureHttp).
    std::string url() const;

private:
    void routes();
    /// Whether `peer` may try to enrol now: false once it failed enrolAttemptsPerMinute times
    /// within a minute (*retryAfterSec: until the minute ends).
    bool admitEnrolment(const std::string &peer, int *retryAfterSec);
    void noteEnrolmentFailure(const std::string &peer);

    CentralService &m_service;
    ServerOptions m_options;
    std::unique_ptr<httplib::Server> m_server;
    std::atomic<bool> m_stopping{false};
    int m_port = 0;

    struct EnrolWindow {
        qint64 startMs = 0;
        int attempts = 0;
    };
    std::mutex m_enrolMutex;
    std::map<std::string, EnrolWindow> m_enrolWindows; ///< peer address → this minute's failed attempts
};

} // namespace ok::central
