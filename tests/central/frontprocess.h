// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Test helper: the chain front of docs/central.md ("Chain layout") — a real HAProxy, configured by
// central/make-front-config, terminating mutual TLS with a CentralProcess's certificates and
// balancing over central processes started with `behindProxy`.

#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace ok::test {

class CentralProcess;

class FrontProcess
{
public:
    /// Certificates (CA, server certificate and key) of `certsOf`, which must have started once.
    FrontProcess(const CentralProcess &certsOf, QList<int> backendPorts);
    ~FrontProcess();
    FrontProcess(const FrontProcess &) = delete;
    FrontProcess &operator=(const FrontProcess &) = delete;

    /// Write the configuration, start HAProxy on a free loopback port and wait until it accepts
    /// connections and sees a backend up.
    bool start(QString *error = nullptr);
    void stop();
    int port() const { return m_port; }
    /// "UP"/"DOWN"… of backend server `index` (1-based) from HAProxy's statistics.
    QString backendStatus(int index) const;

    static bool available(); ///< whether haproxy is installed
    static int freePort();

private:
    const CentralProcess &m_certs;
    QList<int> m_backends;
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    int m_port = 0;
    int m_statsPort = 0;
};

} // namespace ok::test
