// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMutex>
#include <QObject>
#include <QStringList>
#include <QThread>

/// A plain-HTTP server on loopback, on its own thread, that answers every request with the body
/// set for the longest matching path prefix. For tests of what the sync client does with hostile
/// or broken answers (truncated JSON, cursors going backwards, huge bodies), which a correct
/// central service never sends.
class CannedServer : public QObject
{
    Q_OBJECT
public:
    CannedServer();
    ~CannedServer() override;

    quint16 start();
    void answer(const QString &pathPrefix, const QByteArray &body, int status = 200);
    /// Paths (with query) of the requests received so far.
    QStringList requests() const;

private:
    friend class CannedWorker;
    QThread m_thread;
    class CannedWorker *m_worker = nullptr;
    mutable QMutex m_mutex;
    QList<std::tuple<QString, QByteArray, int>> m_answers;
    QStringList m_requests;
};
