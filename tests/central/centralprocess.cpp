// SPDX-License-Identifier: GPL-3.0-or-later
#include "centralprocess.h"

#include "pgserver.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <csignal>

#include <sys/prctl.h>

namespace ok::test {

namespace {
QString fromEnvOr(const char *name, const char *fallback)
{
    const QByteArray v = qgetenv(name);
    return v.isEmpty() ? QString::fromUtf8(fallback) : QString::fromLocal8Bit(v);
}

QString readFirstLine(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readLine()).trimmed();
}
} // namespace

CentralProcess::CentralProcess()
    : CentralProcess(Options{})
{
}

CentralProcess::CentralProcess(Options options)
    : m_options(std::move(options))
{
    if (m_options.workDir.isEmpty()) {
        m_tmp = std::make_unique<QTemporaryDir>();
        m_dir = m_tmp->path();
    } else {
        m_dir = QDir(m_options.workDir).absolutePath();
        QDir().mkpath(m_dir);
    }
}

CentralProcess::~CentralProcess()
{
    if (isRunning())
        stop();
}

QString CentralProcess::serverExecutable()
{
    return fromEnvOr("OMNIKIOSK_CENTRAL", OMNIKIOSK_CENTRAL_BIN);
}

QString CentralProcess::adminExecutable()
{
    return fromEnvOr("OMNIKIOSK_CENTRAL_ADMIN", OMNIKIOSK_CENTRAL_ADMIN_BIN);
}

QString CentralProcess::makeCertsScript()
{
    return fromEnvOr("OMNIKIOSK_MAKE_DEMO_CERTS", OMNIKIOSK_MAKE_DEMO_CERTS_SCRIPT);
}

QString CentralProcess::url() const
{
    return QStringLiteral("%1://127.0.0.1:%2").arg(m_options.insecureHttp || m_options.behindProxy ? QStringLiteral("http") : QStringLiteral("https")).arg(m_port);
}

QString CentralProcess::dbPath() const { return m_database.isEmpty() ? m_dir + QStringLiteral("/central.db") : m_database; }

bool CentralProcess::prepareDatabase(QString *error)
{
    if (!m_database.isEmpty())
        return true;
    if (!m_options.database.isEmpty()) {
        m_database = m_options.database;
        return true;
    }
    if (!PgServer::requested())
        return true;
    PgServer *server = PgServer::shared(error);
    if (!server)
        return false;
    m_database = server->createDatabase(error);
    return !m_database.isEmpty();
}
QString CentralProcess::certDir() const { return m_dir + QStringLiteral("/certs"); }
QString CentralProcess::caPath() const { return certDir() + QStringLiteral("/ca.crt"); }
QString CentralProcess::serverCertPath() const { return certDir() + QStringLiteral("/server.crt"); }
QString CentralProcess::serverKeyPath() const { return certDir() + QStringLiteral("/server.key"); }
QString CentralProcess::serverPin() const { return readFirstLine(certDir() + QStringLiteral("/server.pin")); }
QString CentralProcess::certPath(const QString &terminal) const { return certDir() + QLatin1Char('/') + terminal + QStringLiteral(".crt"); }
QString CentralProcess::keyPath(const QString &terminal) const { return certDir() + QLatin1Char('/') + terminal + QStringLiteral(".key"); }
QString CentralProcess::otherCaPath() const { return certDir() + QStringLiteral("/other-ca.crt"); }
QString CentralProcess::otherServerCertPath() const { return certDir() + QStringLiteral("/other-server.crt"); }
QString CentralProcess::otherServerKeyPath() const { return certDir() + QStringLiteral("/other-server.key"); }
QString CentralProcess::otherServerPin() const { return readFirstLine(certDir() + QStringLiteral("/other-server.pin")); }
QString CentralProcess::otherClientCertPath() const { return certDir() + QStringLiteral("/other-client.crt"); }
QString CentralProcess::otherClientKeyPath() const { return certDir() + QStringLiteral("/other-client.key"); }

bool CentralProcess::makeCerts(QString *error)
{
    if (m_certsMade)
        return true;
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(makeCertsScript(), QStringList{certDir()} + m_options.terminals);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (error)
            *error = QStringLiteral("make-demo-certs failed: %1").arg(QString::fromLocal8Bit(p.readAll()));
        return false;
    }
    m_certsMade = true;
    return true;
}

bool CentralProcess::start(QString *error)
{
    if (isRunning()) {
        if (error)
            *error = QStringLiteral("already running");
        return false;
    }
    if ((!m_options.insecureHttp || m_options.behindProxy) && !makeCerts(error))
        return false;
    if (!prepareDatabase(error))
        return false;

    QStringList args{QStringLiteral("--db"), dbPath(), QStringLiteral("--listen"),
                     QStringLiteral("127.0.0.1:%1").arg(m_port), // 0 the first time: a free port
                     QStringLiteral("--seed-demo"), QString::number(m_options.products),
                     QStringLiteral("--demo-orders"), QString::number(m_options.orders),
                     QStringLiteral("--demo-seed"), QString::number(m_options.demoSeed)};
    if (m_options.demoNow > 0)
        args << QStringLiteral("--demo-now") << QString::number(m_options.demoNow);
    if (m_options.behindProxy) {
        args << QStringLiteral("--behind-proxy");
    } else if (m_options.insecureHttp) {
        args << QStringLiteral("--insecure-http");
    } else {
        args << QStringLiteral("--cert") << serverCertPath() << QStringLiteral("--key") << serverKeyPath();
        if (m_options.mutualTls)
            args << QStringLiteral("--client-ca") << caPath();
        else
            args << QStringLiteral("--no-mtls");
    }
    args << m_options.extraArgs;

    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // If the test dies, the server goes with it instead of lingering on its port.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_process->start(serverExecutable(), args);
    if (!m_process->waitForStarted(10000)) {
        if (error)
            *error = QStringLiteral("cannot start %1: %2").arg(serverExecutable(), m_process->errorString());
        return false;
    }

    static const QRegularExpression listening(QStringLiteral("^listening on https?://127\\.0\\.0\\.1:(\\d+)$"));
    static const QRegularExpression order(QStringLiteral(
        "^order (\\S+) store (\\S+) number (\\S+) pickup-code (\\S+) compartment (\\S+)(?: status (\\S+))?$"));
    static const QRegularExpression customer(QStringLiteral(
        "^customer (\\S+) loyalty-id (\\S+) email (\\S+) phone (\\S+) points (\\d+) .* home (\\S+) promotions (\\S+) name (.+)$"));
    QDeadlineTimer deadline(m_options.startTimeoutMs);
    m_output.clear();
    QList<Pickup> pickups;
    QList<Customer> customers;
    while (!deadline.hasExpired()) {
        if (!m_process->canReadLine() && !m_process->waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))) {
            if (m_process->state() == QProcess::NotRunning)
                break;
            continue;
        }
        while (m_process->canReadLine()) {
            const QString line = QString::fromUtf8(m_process->readLine()).trimmed();
            m_output += line + QLatin1Char('\n');
            if (const auto m = order.match(line); m.hasMatch()) {
                const QStringList compartments = m.captured(5) == QLatin1String("-")
                    ? QStringList()
                    : m.captured(5).split(QLatin1Char(','));
                pickups.append({m.captured(1), m.captured(2), m.captured(3), m.captured(4),
                                compartments.value(0), compartments, m.captured(6)});
            } else if (const auto c = customer.match(line); c.hasMatch()) {
                customers.append({c.captured(1), c.captured(2), c.captured(3), c.captured(4), c.captured(5).toLongLong(),
                                  c.captured(6), c.captured(7), c.captured(8)});
            } else if (const auto l = listening.match(line); l.hasMatch()) {
                m_port = l.captured(1).toInt();
                if (!pickups.isEmpty())
                    m_pickups = pickups;
                if (!customers.isEmpty())
                    m_customers = customers;
                return true;
            }
        }
    }
    if (error)
        *error = QStringLiteral("omnikiosk-central did not report \"listening on\" (exit code %1); output:\n%2")
                     .arg(m_process->exitCode())
                     .arg(m_output);
    kill();
    return false;
}

bool CentralProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

int CentralProcess::stop(int timeoutMs)
{
    if (!m_process)
        return -1;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate(); // SIGTERM
        if (!m_process->waitForFinished(timeoutMs)) {
            m_process->kill();
            m_process->waitForFinished(5000);
            return -1;
        }
    }
    return m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
}

void CentralProcess::kill()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

CentralProcess::AdminResult CentralProcess::admin(const QStringList &args) const
{
    QProcess p;
    p.setWorkingDirectory(m_dir); // a PostgreSQL database's pickup signing key is kept there
    p.start(adminExecutable(), QStringList{QStringLiteral("--db"), dbPath()} + args);
    AdminResult r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished(2000);
        r.err = QStringLiteral("omnikiosk-central-admin timed out");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString CentralProcess::enrolmentCode(const QString &store, const QString &terminal) const
{
    const AdminResult r = admin({QStringLiteral("enrol-code"), store, terminal});
    return r.exitCode == 0 ? r.out.trimmed() : QString();
}

} // namespace ok::test
