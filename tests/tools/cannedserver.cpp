// SPDX-License-Identifier: GPL-3.0-or-later
#include "cannedserver.h"

#include <QTcpServer>
#include <QTcpSocket>

class CannedWorker : public QObject
{
    Q_OBJECT
public:
    explicit CannedWorker(CannedServer *owner) : m_owner(owner) {}

    quint16 listen()
    {
        m_server = new QTcpServer(this);
        connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server->nextPendingConnection()) {
                s->setParent(this);
                auto buffer = std::make_shared<QByteArray>();
                connect(s, &QTcpSocket::readyRead, this, [this, s, buffer] { onData(s, *buffer); });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
        return m_server->listen(QHostAddress::LocalHost, 0) ? m_server->serverPort() : 0;
    }

private:
    void onData(QTcpSocket *s, QByteArray &buffer)
    {
        buffer += s->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        // Wait for the whole body of a POST.
        qsizetype length = 0;
        for (const QByteArray &line : buffer.left(end).split('\n'))
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        if (buffer.size() < end + 4 + length)
            return;
        const QList<QByteArray> first = buffer.left(buffer.indexOf("\r\n")).split(' ');
        const QString path = first.size() > 1 ? QString::fromLatin1(first.at(1)) : QString();
        buffer.clear();
        QByteArray body = "{\"error\":{\"code\":\"not-found\",\"message\":\"no canned answer\"}}";
        int status = 404;
        qsizetype best = -1;
        {
            QMutexLocker lock(&m_owner->m_mutex);
            m_owner->m_requests.append(path);
            for (const auto &[prefix, b, st] : m_owner->m_answers)
                if (path.startsWith(prefix) && prefix.size() > best) {
                    best = prefix.size();
                    body = b;
                    status = st;
                }
        }
        s->write("HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\nContent-Length: "
                 + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n");
        s->write(body);
        s->disconnectFromHost();
    }

    CannedServer *m_owner;
    QTcpServer *m_server = nullptr;
};

CannedServer::CannedServer()
{
    m_worker = new CannedWorker(this);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

CannedServer::~CannedServer()
{
    m_thread.quit();
    m_thread.wait();
}

quint16 CannedServer::start()
{
    quint16 port = 0;
    QMetaObject::invokeMethod(m_worker, [this, &port] { port = m_worker->listen(); }, Qt::BlockingQueuedConnection);
    return port;
}

void CannedServer::answer(const QString &pathPrefix, const QByteArray &body, int status)
{
    QMutexLocker lock(&m_mutex);
    m_answers.removeIf([&](const auto &a) { return std::get<0>(a) == pathPrefix; });
    m_answers.append({pathPrefix, body, status});
}

QStringList CannedServer::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

#include "cannedserver.moc"
