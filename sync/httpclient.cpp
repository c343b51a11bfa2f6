// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/httpclient.h"

#include "sync/logging.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <curl/curl.h>

#include <mutex>

namespace ok::sync {

namespace {

void globalInit()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

Error fromCurl(CURLcode code, const char *detail)
{
    const QString text = QString::fromUtf8(*detail ? detail : curl_easy_strerror(code));
    switch (code) {
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
        return {QStringLiteral("tls.verify"),
                QCoreApplication::translate("ok::sync", "The central service's certificate is not trusted (%1). Nothing was sent. Check [central] ca_file and url.").arg(text)};
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
        return {QStringLiteral("tls.pin"),
                QCoreApplication::translate("ok::sync", "The central service's key does not match the pinned key. Nothing was sent. If the server key was rotated, add the new pin to [central] pins.")};
    case CURLE_SSL_CERTPROBLEM:
        return {QStringLiteral("tls.client-cert"),
                QCoreApplication::translate("ok::sync", "This terminal's client certificate cannot be used (%1). Check [central] client_cert and client_key.").arg(text)};
    case CURLE_SSL_CONNECT_ERROR:
        return {QStringLiteral("tls.handshake"), QCoreApplication::translate("ok::sync", "The secure connection to the central service failed (%1).").arg(text)};
    case CURLE_UNSUPPORTED_PROTOCOL:
        return {QStringLiteral("http.config"),
                QCoreApplication::translate("ok::sync", "The sync address uses a protocol that is not allowed (%1). Use https://, or set [central] allow_plain_http for development only.").arg(text)};
    case CURLE_OPERATION_TIMEDOUT:
        return {QStringLiteral("net.timeout"), QCoreApplication::translate("ok::sync", "The central service did not answer in time.")};
    case CURLE_ABORTED_BY_CALLBACK:
        return {QStringLiteral("net.cancelled"), QCoreApplication::translate("ok::sync", "The request was cancelled.")};
    default:
        return {QStringLiteral("net.unreachable"), QCoreApplication::translate("ok::sync", "The central service cannot be reached (%1).").arg(text)};
    }
}

} // namespace

HttpClient::HttpClient(QString baseUrl, TlsConfig tls, HttpLimits limits)
    : m_base(std::move(baseUrl))
    , m_tls(std::move(tls))
    , m_limits(limits)
{
    while (m_base.endsWith(QLatin1Char('/')))
        m_base.chop(1);
    globalInit();
    m_curl = curl_easy_init();
}

HttpClient::~HttpClient()
{
    if (m_curl)
        curl_easy_cleanup(m_curl);
}

bool HttpClient::isPlainHttp() const
{
    return m_base.startsWith(QLatin1String("http://"));
}

std::optional<Error> HttpClient::configurationError() const
{
    if (isPlainHttp()) {
        if (!m_tls.allowPlainHttp)
            return Error{QStringLiteral("http.config"),
                         QStringLiteral("sync.url is plain http:// but sync.allow_plain_http is off: use https://.")};
        return std::nullopt;
    }
    if (!m_base.startsWith(QLatin1String("https://")))
        return Error{QStringLiteral("http.config"), QStringLiteral("sync.url must start with https://")};
    const auto missing = [](const QString &key, const QString &file) -> std::optional<Error> {
        if (file.isEmpty() || !QFileInfo(file).isReadable())
            return Error{QStringLiteral("http.config"),
                         QStringLiteral("%1: \"%2\" is missing or not readable").arg(key, file)};
        return std::nullopt;
    };
    if (auto e = missing(QStringLiteral("sync.ca"), m_tls.caFile))
        return e;
    if (auto e = missing(QStringLiteral("sync.client_cert"), m_tls.clientCertFile))
        return e;
    if (auto e = missing(QStringLiteral("sync.client_key"), m_tls.clientKeyFile))
        return e;
    if (m_tls.pins.isEmpty())
        return Error{QStringLiteral("http.config"), QStringLiteral("sync.pins is empty: pin the server key (sha256//...)")};
    return std::nullopt;
}

Result<HttpResponse> HttpClient::get(const QString &path)
{
    return perform(path, nullptr);
}

Result<HttpResponse> HttpClient::post(const QString &path, const QByteArray &jsonBody)
{
    return perform(path, &jsonBody);
}

size_t HttpClient::onWrite(char *data, size_t size, size_t n, void *self)
{
    auto *c = static_cast<HttpClient *>(self);
    const size_t bytes = size * n;
    if (c->m_buffer.size() + qint64(bytes) > c->m_limits.maxResponseBytes) {
        c->m_tooLarge = true;
        return 0; // makes libcurl fail the transfer with CURLE_WRITE_ERROR
    }
    c->m_buffer.append(data, qsizetype(bytes));
    return bytes;
}

int HttpClient::onProgress(void *self, qint64, qint64, qint64, qint64)
{
    return static_cast<HttpClient *>(self)->m_cancel.load() ? 1 : 0;
}

Result<HttpResponse> HttpClient::perform(const QString &path, const QByteArray *body)
{
    auto r = performOnce(path, body, false);
    // A kept-alive connection the server closed while we were idle (a long search-index rebuild
    // between two pages is longer than its keep-alive time) fails on first use. Retry once on a
    // fresh connection: every request of the protocol may be repeated (pushes are idempotent).
    if (!r && r.error().code == QLatin1String("net.stale-connection"))
        r = performOnce(path, body, true);
    return r;
}

Result<HttpResponse> HttpClient::performOnce(const QString &path, const QByteArray *body, bool freshConnection)
{
    if (!m_curl)
        return Error{QStringLiteral("net.init"), QStringLiteral("libcurl could not be initialised")};
    if (auto e = configurationError())
        return *e;
    m_cancel.store(false);
    m_buffer.clear();
    m_tooLarge = false;

    CURL *c = m_curl;
    curl_easy_reset(c); // keeps the connection cache and TLS session of the handle
    const QByteArray url = (m_base + path).toUtf8();
    char errorText[CURL_ERROR_SIZE] = {0};
    curl_easy_setopt(c, CURLOPT_URL, url.constData());
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errorText);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, m_tls.allowPlainHttp ? "http,https" : "https");
    curl_easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR, "https");
    curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(c, CURLOPT_ACCEPT_ENCODING, ""); // every encoding this libcurl decodes
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, long(m_limits.connectTimeout.count()));
    curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, long(m_limits.totalTimeout.count()));
    curl_easy_setopt(c, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(c, CURLOPT_LOW_SPEED_TIME, long(m_limits.stallTimeout.count()));
    curl_easy_setopt(c, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(m_limits.maxResponseBytes));
    curl_easy_setopt(c, CURLOPT_TCP_KEEPALIVE, 1L);
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, &HttpClient::onWrite);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, this);
    curl_easy_setopt(c, CURLOPT_XFERINFOFUNCTION, &HttpClient::onProgress);
    curl_easy_setopt(c, CURLOPT_XFERINFODATA, this);
    curl_easy_setopt(c, CURLOPT_NOPROGRESS, 0L);
    if (freshConnection) {
        // A new connection, and a full handshake: a server that cannot resume the cached TLS
        // session (seen with mutual TLS) gets no second chance to fail the same way.
        curl_easy_setopt(c, CURLOPT_FRESH_CONNECT, 1L);
        curl_easy_setopt(c, CURLOPT_SSL_SESSIONID_CACHE, 0L);
    }

    QByteArray ca, cert, key, pins;
    if (!isPlainHttp()) {
        ca = m_tls.caFile.toLocal8Bit();
        cert = m_tls.clientCertFile.toLocal8Bit();
        key = m_tls.clientKeyFile.toLocal8Bit();
        pins = m_tls.pins.join(QLatin1Char(';')).toLatin1();
        curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
        curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
        curl_easy_setopt(c, CURLOPT_SSLVERSION, long(CURL_SSLVERSION_TLSv1_2));
        curl_easy_setopt(c, CURLOPT_CAINFO, ca.constData());
        curl_easy_setopt(c, CURLOPT_CAPATH, nullptr); // only the store network's CA, not the system's
        curl_easy_setopt(c, CURLOPT_PINNEDPUBLICKEY, pins.constData());
        curl_easy_setopt(c, CURLOPT_SSLCERT, cert.constData());
        curl_easy_setopt(c, CURLOPT_SSLKEY, key.constData());
    }

    curl_slist *headers = nullptr;
    headers = curl_slist_append(headers, "Accept: application/json");
    headers = curl_slist_append(headers, "User-Agent: omnikiosk-sync/1");
    headers = curl_slist_append(headers, "Expect:"); // no 100-continue round trip
    QByteArray auth;
    if (!m_token.isEmpty()) {
        auth = "Authorization: Bearer " + m_token;
        headers = curl_slist_append(headers, auth.constData());
    }
    if (body) {
        headers = curl_slist_append(headers, "Content-Type: application/json");
        curl_easy_setopt(c, CURLOPT_POST, 1L);
        curl_easy_setopt(c, CURLOPT_POSTFIELDS, body->constData());
        curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body->size()));
    } else {
        curl_easy_setopt(c, CURLOPT_HTTPGET, 1L);
    }
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers);

    const CURLcode rc = curl_easy_perform(c);
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, nullptr);
    curl_slist_free_all(headers);
    m_received += m_buffer.size();

    if (m_tooLarge || rc == CURLE_FILESIZE_EXCEEDED)
        return Error{QStringLiteral("http.too-large"),
                     QCoreApplication::translate("ok::sync", "The central service sent more than %1 MiB in one answer; it was refused.")
                         .arg(m_limits.maxResponseBytes / (1024 * 1024))};
    if (rc != CURLE_OK) {
        long newConnections = 0;
        curl_easy_getinfo(c, CURLINFO_NUM_CONNECTS, &newConnections);
        const bool reused = newConnections == 0;
        const bool failedToSend = rc == CURLE_SEND_ERROR || rc == CURLE_SSL_CONNECT_ERROR;
        const bool reusedGaveNothing = reused && (rc == CURLE_RECV_ERROR || rc == CURLE_GOT_NOTHING);
        if (!freshConnection && (failedToSend || reusedGaveNothing) && !m_cancel.load()) {
            qCDebug(lcSync) << "connection failed on first use (" << curl_easy_strerror(rc) << "), retrying on a new one";
            return Error{QStringLiteral("net.stale-connection"), QString::fromUtf8(errorText)};
        }
        Error e = fromCurl(rc, errorText);
        qCInfo(lcSync) << "request failed:" << e.code << e.message;
        return e;
    }
    HttpResponse r;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &r.status);
    r.body = std::move(m_buffer);
    m_buffer = QByteArray();
    return r;
}

} // namespace ok::sync
