// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Test helper: a tiny synchronous HTTPS client for omnikiosk-central (cpp-httplib), presenting a
// terminal's client certificate and verifying the server against the CA. One object per thread.

#include <nlohmann/json.hpp>

#include <QString>

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace httplib {
class Client;
}

namespace ok::test {

class CentralProcess;

class CentralClient
{
public:
    struct Reply {
        int status = 0;      ///< 0: no HTTP response (TLS handshake or connection failed)
        std::string body;    ///< decompressed
        nlohmann::json json; ///< parsed body (discarded when not JSON)
        std::string error;   ///< transport error when status == 0
        std::string contentEncoding;
    };

    /// Talk to `central` as `terminal` ("S001-T01": its certificate and key), or without a client
    /// certificate when `terminal` is empty.
    CentralClient(const CentralProcess &central, const QString &terminal);
    /// Explicit files (e.g. the unrelated CA's client certificate). Empty cert = none.
    CentralClient(const QString &host, int port, const QString &caPath, const QString &certPath, const QString &keyPath,
                  bool insecureHttp = false);
    ~CentralClient();
    CentralClient(const CentralClient &) = delete;
    CentralClient &operator=(const CentralClient &) = delete;

    void setToken(std::string token) { m_token = std::move(token); }
    const std::string &token() const { return m_token; }

    Reply get(const std::string &path);
    /// POST `body` as application/json; `extraHeaders` e.g. {{"Content-Encoding", "gzip"}} (a
    /// "Content-Type" there replaces application/json).
    Reply post(const std::string &path, const std::string &body,
               const std::vector<std::pair<std::string, std::string>> &extraHeaders = {});
    Reply post(const std::string &path, const nlohmann::json &body) { return post(path, body.dump()); }
    /// POST /v1/enrol; on 200 the token is kept for later requests.
    Reply enrol(const std::string &store, const std::string &terminal, const std::string &code);

private:
    std::unique_ptr<httplib::Client> m_client;
    std::string m_token;
};

} // namespace ok::test
