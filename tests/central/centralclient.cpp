// SPDX-License-Identifier: GPL-3.0-or-later
#include "centralclient.h"

#include "centralprocess.h"

#include <httplib.h>

#include <csignal>

namespace ok::test {

namespace {
CentralClient::Reply toReply(const httplib::Result &res)
{
    CentralClient::Reply r;
    if (!res) {
        r.error = httplib::to_string(res.error());
        return r;
    }
    r.status = res->status;
    r.body = res->body;
    r.contentEncoding = res->get_header_value("Content-Encoding");
    r.json = nlohmann::json::parse(r.body, nullptr, false);
    return r;
}
} // namespace

CentralClient::CentralClient(const CentralProcess &central, const QString &terminal)
    : CentralClient(QStringLiteral("127.0.0.1"), central.port(), central.caPath(),
                    terminal.isEmpty() ? QString() : central.certPath(terminal),
                    terminal.isEmpty() ? QString() : central.keyPath(terminal),
                    central.url().startsWith(QLatin1String("http:")))
{
}

CentralClient::CentralClient(const QString &host, int port, const QString &caPath, const QString &certPath,
                             const QString &keyPath, bool insecureHttp)
{
    // Writing to a connection the server closed (a refused handshake) must be an error value,
    // not a SIGPIPE that ends the test.
    static const bool sigpipeIgnored = [] { return std::signal(SIGPIPE, SIG_IGN) != SIG_ERR; }();
    Q_UNUSED(sigpipeIgnored);
    const std::string scheme = insecureHttp ? "http://" : "https://";
    const std::string hostPort = scheme + host.toStdString() + ":" + std::to_string(port);
    if (certPath.isEmpty())
        m_client = std::make_unique<httplib::Client>(hostPort);
    else
        m_client = std::make_unique<httplib::Client>(hostPort, certPath.toStdString(), keyPath.toStdString());
    if (!insecureHttp) {
        m_client->set_ca_cert_path(caPath.toStdString().c_str());
        m_client->enable_server_certificate_verification(true);
    }
    m_client->set_connection_timeout(5, 0);
    m_client->set_read_timeout(30, 0);
    m_client->set_keep_alive(true);
}

CentralClient::~CentralClient() = default;

CentralClient::Reply CentralClient::get(const std::string &path)
{
    httplib::Headers h{{"Accept-Encoding", "gzip"}}; // as libcurl's CURLOPT_ACCEPT_ENCODING does
    if (!m_token.empty())
        h.emplace("Authorization", "Bearer " + m_token);
    return toReply(m_client->Get(path.c_str(), h));
}

CentralClient::Reply CentralClient::post(const std::string &path, const std::string &body,
                                         const std::vector<std::pair<std::string, std::string>> &extraHeaders)
{
    httplib::Headers h;
    std::string contentType = "application/json";
    for (const auto &[name, value] : extraHeaders) {
        if (name == "Content-Type")
            contentType = value;
        else
            h.emplace(name, value);
    }
    if (!m_token.empty())
        h.emplace("Authorization", "Bearer " + m_token);
    return toReply(m_client->Post(path.c_str(), h, body, contentType.c_str()));
}

CentralClient::Reply CentralClient::enrol(const std::string &store, const std::string &terminal, const std::string &code)
{
    Reply r = post("/v1/enrol", nlohmann::json{{"store_id", store}, {"terminal_id", terminal}, {"code", code}});
    if (r.status == 200 && r.json.is_object() && r.json.contains("token"))
        m_token = r.json["token"].get<std::string>();
    return r;
}

} // namespace ok::test
