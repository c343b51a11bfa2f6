// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QObject>
#include <QThread>

#include <atomic>

/// A TCP proxy on loopback that plays a bad network between the kiosk and the central service.
/// It runs on its own thread, so a test may call blocking client code on its own thread. It sees
/// only TLS records, so it works on the connection's bytes, not on the HTTP inside it:
///  - Pass: forwards both ways;
///  - Refuse: accepts and closes at once, and drops every open connection (cable pulled);
///  - DropResponses: forwards the request, then swallows the server's answer and closes the
///    connection. Used with requests bigger than `dropAfterClientBytes`, this loses the answer
///    after the server committed, the case that duplicates orders in naive clients;
///  - CutRequest: forwards exactly the first `cutAfterBytes` bytes the client sends on the
///    connection (the TLS handshake is a few KiB; make the request larger), then nothing more
///    in either direction: the server holds part of the request and never the rest;
///  - CutResponse: forwards the request whole; once the client has sent `dropAfterClientBytes`
///    (inside the request body, past the handshake), forwards exactly `cutAfterBytes` more bytes
///    of the server's, then nothing more in either direction. The server answers only after it
///    has read and committed the whole request, so with `cutAfterBytes` larger than the TLS
///    session tickets a server may still send after the handshake (two of about 250 bytes) and
///    smaller than the answer, the client holds a part of an answer the server committed.
/// At a cut the connection stalls: both sides see nothing more until one of them gives up, the
/// server is killed, or setMode(Refuse) drops every connection. connectionsCut() counts cuts
/// (any thread), so a test can wait for the cut and then act at that exact point of the exchange.
class FaultProxy : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Pass, Refuse, DropResponses, CutRequest, CutResponse };

    FaultProxy(QHostAddress upstreamHost, quint16 upstreamPort);
    ~FaultProxy() override;

    /// Starts listening on 127.0.0.1 and returns the port (0 on failure).
    quint16 start();
    void setMode(Mode mode);
    /// DropResponses and CutResponse: the server's bytes are dropped (or counted towards the
    /// cut) once the client sent this many bytes on the connection.
    void setDropAfterClientBytes(qint64 bytes) { m_dropAfter.store(bytes); }
    /// CutRequest and CutResponse: how many bytes pass before the cut (see Mode).
    void setCutAfterBytes(qint64 bytes) { m_cutAfter.store(bytes); }

    int connectionsAccepted() const { return m_accepted.load(); }
    int responsesDropped() const { return m_dropped.load(); }
    int connectionsCut() const { return m_cut.load(); }

private:
    friend class FaultProxyWorker;
    QThread m_thread;
    class FaultProxyWorker *m_worker = nullptr;
    QHostAddress m_upHost;
    quint16 m_upPort;
    std::atomic<int> m_mode{int(Mode::Pass)};
    std::atomic<qint64> m_dropAfter{16 * 1024};
    std::atomic<qint64> m_cutAfter{64 * 1024};
    std::atomic<int> m_accepted{0};
    std::atomic<int> m_dropped{0};
    std::atomic<int> m_cut{0};
};
