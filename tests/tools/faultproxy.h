// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QObject>
#include <QThread>

#include <atomic>

/// A TCP proxy on loopback that plays a bad network between the kiosk and the central service.
/// It runs on its own thread, so a test may call blocking client code on its own thread. It sees
/// only TLS records, so it works on the connection, not on the HTTP inside it:
///  - Pass: forwards both ways;
///  - Refuse: accepts and closes at once, and drops every open connection (cable pulled);
///  - DropResponses: forwards the request, then swallows the server's answer and closes the
///    connection. Used with requests bigger than `dropAfterClientBytes`, this loses the answer
///    after the server committed, the case that duplicates orders in naive clients.
class FaultProxy : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Pass, Refuse, DropResponses };

    FaultProxy(QHostAddress upstreamHost, quint16 upstreamPort);
    ~FaultProxy() override;

    /// Starts listening on 127.0.0.1 and returns the port (0 on failure).
    quint16 start();
    void setMode(Mode mode);
    /// In DropResponses mode: server bytes are dropped once the client sent this many bytes on
    /// the connection (the TLS handshake is a few KiB; make the request larger than this).
    void setDropAfterClientBytes(qint64 bytes) { m_dropAfter.store(bytes); }

    int connectionsAccepted() const { return m_accepted.load(); }
    int responsesDropped() const { return m_dropped.load(); }

private:
    friend class FaultProxyWorker;
    QThread m_thread;
    class FaultProxyWorker *m_worker = nullptr;
    QHostAddress m_upHost;
    quint16 m_upPort;
    std::atomic<int> m_mode{int(Mode::Pass)};
    std::atomic<qint64> m_dropAfter{16 * 1024};
    std::atomic<int> m_accepted{0};
    std::atomic<int> m_dropped{0};
};
