// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultproxy.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <algorithm>
#include <memory>

class FaultProxyWorker : public QObject
{
    Q_OBJECT
public:
    explicit FaultProxyWorker(FaultProxy *owner) : m_owner(owner) {}

    quint16 listen()
    {
        m_server = new QTcpServer(this);
        connect(m_server, &QTcpServer::newConnection, this, &FaultProxyWorker::accept);
        return m_server->listen(QHostAddress::LocalHost, 0) ? m_server->serverPort() : 0;
    }

    void dropAll()
    {
        for (QTcpSocket *s : findChildren<QTcpSocket *>())
            s->abort();
    }

private:
    /// What one proxied connection has passed so far.
    struct Link {
        qint64 clientBytes = 0;             ///< client to server, forwarded
        qint64 serverBytesAfterRequest = 0; ///< server to client once the client sent dropAfter bytes
        bool cut = false;                   ///< the cut was reached: nothing passes any more
    };

    FaultProxy::Mode mode() const { return FaultProxy::Mode(m_owner->m_mode.load()); }

    void accept()
    {
        while (QTcpSocket *client = m_server->nextPendingConnection()) {
            client->setParent(this);
            ++m_owner->m_accepted;
            if (mode() == FaultProxy::Mode::Refuse) {
                client->abort();
                client->deleteLater();
                continue;
            }
            auto *upstream = new QTcpSocket(this);
            auto link = std::make_shared<Link>();
            QPointer<QTcpSocket> c(client), u(upstream);
            const auto closeBoth = [c, u] {
                if (c) {
                    c->abort();
                    c->deleteLater();
                }
                if (u) {
                    u->abort();
                    u->deleteLater();
                }
            };
            // Forwards at most `allowed` bytes of `data` and reports whether that reached the cut.
            const auto cutAt = [this, link](QByteArray &data, qint64 allowed) {
                if (data.size() < allowed)
                    return false;
                data.truncate(std::max<qint64>(0, allowed));
                link->cut = true;
                ++m_owner->m_cut;
                return true;
            };
            connect(client, &QTcpSocket::readyRead, this, [this, c, u, link, closeBoth, cutAt] {
                if (mode() == FaultProxy::Mode::Refuse || !c || !u)
                    return closeBoth();
                QByteArray data = c->readAll();
                if (link->cut)
                    return; // stalled: nothing passes any more
                if (mode() == FaultProxy::Mode::CutRequest)
                    cutAt(data, m_owner->m_cutAfter.load() - link->clientBytes);
                link->clientBytes += data.size();
                if (u->state() == QAbstractSocket::ConnectedState)
                    u->write(data);
                else
                    m_pending[u.data()] += data;
            });
            connect(upstream, &QTcpSocket::connected, this, [this, u] {
                if (u)
                    u->write(m_pending.take(u.data()));
            });
            connect(upstream, &QTcpSocket::readyRead, this, [this, c, u, link, closeBoth, cutAt] {
                if (!u)
                    return;
                QByteArray data = u->readAll();
                if (mode() == FaultProxy::Mode::Refuse)
                    return closeBoth();
                if (link->cut)
                    return;
                const bool pastRequest = link->clientBytes >= m_owner->m_dropAfter.load();
                if (mode() == FaultProxy::Mode::DropResponses && pastRequest) {
                    ++m_owner->m_dropped;
                    return closeBoth();
                }
                if (mode() == FaultProxy::Mode::CutResponse && pastRequest) {
                    cutAt(data, m_owner->m_cutAfter.load() - link->serverBytesAfterRequest);
                    link->serverBytesAfterRequest += data.size();
                }
                if (c)
                    c->write(data);
            });
            connect(client, &QTcpSocket::disconnected, this, closeBoth);
            connect(upstream, &QTcpSocket::disconnected, this, [c, u] {
                if (c)
                    c->disconnectFromHost();
                if (u)
                    u->deleteLater();
            });
            connect(upstream, &QTcpSocket::errorOccurred, this, closeBoth);
            upstream->connectToHost(m_owner->m_upHost, m_owner->m_upPort);
        }
    }

    FaultProxy *m_owner;
    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, QByteArray> m_pending;
};

FaultProxy::FaultProxy(QHostAddress upstreamHost, quint16 upstreamPort)
    : m_upHost(std::move(upstreamHost))
    , m_upPort(upstreamPort)
{
    m_worker = new FaultProxyWorker(this);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

FaultProxy::~FaultProxy()
{
    m_thread.quit();
    m_thread.wait();
}

quint16 FaultProxy::start()
{
    quint16 port = 0;
    QMetaObject::invokeMethod(m_worker, [this, &port] { port = m_worker->listen(); }, Qt::BlockingQueuedConnection);
    return port;
}

void FaultProxy::setMode(Mode mode)
{
    m_mode.store(int(mode));
    if (mode == Mode::Refuse)
        QMetaObject::invokeMethod(m_worker, [this] { m_worker->dropAll(); }, Qt::BlockingQueuedConnection);
}

#include "faultproxy.moc"
