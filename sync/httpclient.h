// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <atomic>
#include <chrono>

typedef void CURL; // NOLINT(modernize-use-using): libcurl's own spelling

namespace ok::sync {

/// How the terminal reaches the central service. Verification is never optional: with TLS the
/// server certificate is checked against `caFile` and its public key against `pins`; plain HTTP
/// needs `allowPlainHttp`, a development flag the UI shows.
struct TlsConfig {
    QString caFile;         ///< PEM bundle of the store network's CA
    QString clientCertFile; ///< PEM client certificate of this terminal (mutual TLS)
    QString clientKeyFile;  ///< PEM private key of that certificate
    QStringList pins;       ///< "sha256//BASE64" of the server's SubjectPublicKeyInfo; two for rotation
    bool allowPlainHttp = false;
};

struct HttpLimits {
    std::chrono::milliseconds connectTimeout{5000};
    std::chrono::milliseconds totalTimeout{120000};
    std::chrono::seconds stallTimeout{20}; ///< abort when nothing arrives for this long
    qint64 maxResponseBytes = 64LL * 1024 * 1024;
};

struct HttpResponse {
    long status = 0;
    QByteArray body;
};

/// A blocking HTTPS client on one libcurl easy handle, so the connection (and the TLS session)
/// is reused between requests. Not thread-safe: one instance per worker thread; cancel() may be
/// called from any thread and aborts the transfer in progress.
///
/// Errors: "net.*" (unreachable, timeout, reset: retry later), "tls.*" (certificate, pin, client
/// certificate: a configuration problem or an attack; nothing was sent), "http.too-large",
/// "http.config". An HTTP status >= 400 is not an error here: the caller decides.
class HttpClient
{
public:
    HttpClient(QString baseUrl, TlsConfig tls, HttpLimits limits = {});
    ~HttpClient();
    HttpClient(const HttpClient &) = delete;
    HttpClient &operator=(const HttpClient &) = delete;

    /// Checks the configuration without any network traffic (files exist, scheme allowed).
    std::optional<Error> configurationError() const;

    void setBearerToken(const QByteArray &token) { m_token = token; }

    Result<HttpResponse> get(const QString &path);
    Result<HttpResponse> post(const QString &path, const QByteArray &jsonBody);

    void cancel() { m_cancel.store(true); }
    const QString &baseUrl() const { return m_base; }
    bool isPlainHttp() const;

    /// Bytes received (after decompression) and sent over the lifetime, for benchmarks.
    qint64 bytesReceived() const { return m_received; }

private:
    Result<HttpResponse> perform(const QString &path, const QByteArray *body);
    Result<HttpResponse> performOnce(const QString &path, const QByteArray *body, bool freshConnection);
    static size_t onWrite(char *data, size_t size, size_t n, void *self);
    static int onProgress(void *self, qint64, qint64, qint64, qint64);

    QString m_base;
    TlsConfig m_tls;
    HttpLimits m_limits;
    QByteArray m_token;
    CURL *m_curl = nullptr;
    QByteArray m_buffer;
    bool m_tooLarge = false;
    qint64 m_received = 0;
    std::atomic<bool> m_cancel{false};
};

} // namespace ok::sync
