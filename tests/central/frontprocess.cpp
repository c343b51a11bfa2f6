// SPDX-License-Identifier: GPL-3.0-or-later
#include "frontprocess.h"

#include "centralprocess.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <csignal>

#include <sys/prctl.h>

namespace ok::test {

namespace {
QString haproxyExecutable()
{
    const QString inPath = QStandardPaths::findExecutable(QStringLiteral("haproxy"));
    return inPath.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("haproxy"), {QStringLiteral("/usr/sbin")}) : inPath;
}

/// One HTTP/1.0 GET on loopback, plain; the whole answer.
QByteArray plainGet(int port, const QByteArray &path)
{
    QTcpSocket s;
    s.connectToHost(QStringLiteral("127.0.0.1"), quint16(port));
    if (!s.waitForConnected(1000))
        return {};
    s.write("GET " + path + " HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n");
    QByteArray out;
    while (s.waitForReadyRead(1000))
        out += s.readAll();
    return out;
}
} // namespace

FrontProcess::FrontProcess(const CentralProcess &certsOf, QList<int> backendPorts)
    : m_certs(certsOf)
    , m_backends(std::move(backendPorts))
{
}

FrontProcess::~FrontProcess()
{
    stop();
}

bool FrontProcess::available()
{
    return !haproxyExecutable().isEmpty();
}

int FrontProcess::freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

bool FrontProcess::start(QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    m_port = freePort();
    m_statsPort = freePort();
    QStringList args{QStringLiteral("--out"), m_dir.path(), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(m_port),
                     QStringLiteral("--cert"), m_certs.serverCertPath(), QStringLiteral("--key"), m_certs.serverKeyPath(),
                     QStringLiteral("--client-ca"), m_certs.caPath(), QStringLiteral("--stats"),
                     QStringLiteral("127.0.0.1:%1").arg(m_statsPort)};
    for (int p : m_backends)
        args << QStringLiteral("--backend") << QStringLiteral("127.0.0.1:%1").arg(p);
    const QString script = QFileInfo(CentralProcess::makeCertsScript()).absolutePath() + QStringLiteral("/make-front-config");
    QProcess config;
    config.setProcessChannelMode(QProcess::MergedChannels);
    config.start(script, args);
    if (!config.waitForFinished(10000) || config.exitCode() != 0)
        return fail(QStringLiteral("make-front-config failed: %1").arg(QString::fromLocal8Bit(config.readAll())));

    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::ForwardedChannels);
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_process->start(haproxyExecutable(), {QStringLiteral("-db"), QStringLiteral("-f"), m_dir.filePath(QStringLiteral("haproxy.cfg"))});
    if (!m_process->waitForStarted(5000))
        return fail(QStringLiteral("cannot start haproxy: %1").arg(m_process->errorString()));
    QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired()) {
        if (m_process->state() == QProcess::NotRunning)
            return fail(QStringLiteral("haproxy exited with %1").arg(m_process->exitCode()));
        for (int i = 1; i <= m_backends.size(); ++i)
            if (backendStatus(i) == QLatin1String("UP"))
                return true;
        QThread::msleep(100);
    }
    return fail(QStringLiteral("haproxy saw no central process up within 15 s"));
}

void FrontProcess::stop()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(2000);
        }
    }
}

QString FrontProcess::backendStatus(int index) const
{
    const QByteArray csv = plainGet(m_statsPort, "/stats;csv");
    const QByteArray name = "central,central" + QByteArray::number(index) + ',';
    for (const QByteArray &line : csv.split('\n')) {
        if (!line.startsWith(name))
            continue;
        const QList<QByteArray> fields = line.split(',');
        return fields.size() > 17 ? QString::fromLatin1(fields.at(17)) : QString();
    }
    return {};
}

} // namespace ok::test
