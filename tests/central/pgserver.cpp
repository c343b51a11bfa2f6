// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgserver.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QThread>

#include <libpq-fe.h>

#include <csignal>
#include <cstdlib>
#include <string>
#include <vector>

#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace ok::test {

namespace {

QString binDir()
{
    const QByteArray v = qgetenv("OMNIKIOSK_PG_BIN");
    return v.isEmpty() ? QStringLiteral("/usr/lib/postgresql/15/bin") : QString::fromLocal8Bit(v);
}

/// fork and exec `args` in `dir` with output to `log`, as nobody when we are root. In the child
/// only async-signal-safe calls.
pid_t spawn(const std::vector<std::string> &args, const std::string &dir, const std::string &log, bool dieWithParent)
{
    std::vector<char *> argv;
    for (const std::string &a : args)
        argv.push_back(const_cast<char *>(a.c_str()));
    argv.push_back(nullptr);
    const bool root = ::geteuid() == 0;
    const passwd *nobody = root ? ::getpwnam("nobody") : nullptr;
    const uid_t uid = nobody ? nobody->pw_uid : 65534;
    const gid_t gid = nobody ? nobody->pw_gid : 65534;
    const pid_t parent = ::getpid();
    const pid_t pid = ::fork();
    if (pid != 0)
        return pid;
    if (root && (::setgroups(0, nullptr) != 0 || ::setgid(gid) != 0 || ::setuid(uid) != 0))
        ::_exit(126);
    // After the credentials change (which clears it): the server goes with the test.
    if (dieWithParent) {
        ::prctl(PR_SET_PDEATHSIG, SIGINT);
        if (::getppid() != parent)
            ::_exit(1);
    }
    if (::chdir(dir.c_str()) != 0)
        ::_exit(126);
    const int fd = ::open(log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
    if (fd >= 0) {
        ::dup2(fd, 1);
        ::dup2(fd, 2);
        ::close(fd);
    }
    const int devnull = ::open("/dev/null", O_RDONLY);
    if (devnull >= 0)
        ::dup2(devnull, 0);
    ::execv(argv[0], argv.data());
    ::_exit(127);
}

QString readLog(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(f.readAll().right(4000)) : QString();
}

} // namespace

PgServer::PgServer() = default;

PgServer::~PgServer()
{
    stop();
}

bool PgServer::requested()
{
    return qgetenv("OMNIKIOSK_TEST_CENTRAL_STORE") == "postgresql";
}

bool PgServer::start(QString *error)
{
    auto fail = [&](const QString &what) {
        if (error)
            *error = what;
        stop();
        return false;
    };
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/okpg-XXXXXX"));
    if (!m_dir->isValid())
        return fail(QStringLiteral("cannot make a temporary directory"));
    const std::string dir = QFile::encodeName(m_dir->path()).toStdString();
    if (::geteuid() == 0) {
        const passwd *nobody = ::getpwnam("nobody");
        if (!nobody || ::chown(dir.c_str(), nobody->pw_uid, nobody->pw_gid) != 0)
            return fail(QStringLiteral("cannot hand %1 to the user nobody").arg(m_dir->path()));
    }
    const std::string bin = QFile::encodeName(binDir()).toStdString();
    const std::string data = dir + "/data";
    const std::string initLog = dir + "/initdb.log";
    const pid_t init = spawn({bin + "/initdb", "-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"}, dir,
                             initLog, false);
    int status = 0;
    if (init < 0 || ::waitpid(init, &status, 0) != init || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return fail(QStringLiteral("initdb failed:\n%1").arg(readLog(QString::fromStdString(initLog))));

    const std::string log = dir + "/postgres.log";
    m_pid = spawn({bin + "/postgres", "-D", data, "-k", dir, "-c", "listen_addresses=", "-c", "fsync=off", "-c",
                   "synchronous_commit=off", "-c", "full_page_writes=off", "-c", "max_connections=300", "-c",
                   "dynamic_shared_memory_type=mmap", "-c", "shared_buffers=64MB"},
                  dir, log, true);
    if (m_pid < 0)
        return fail(QStringLiteral("cannot start postgres"));
    const std::string conninfo = "host=" + dir + " dbname=postgres user=postgres connect_timeout=2";
    QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired()) {
        if (PQping(conninfo.c_str()) == PQPING_OK)
            return true;
        if (::waitpid(m_pid, &status, WNOHANG) == m_pid) {
            m_pid = 0;
            return fail(QStringLiteral("postgres exited:\n%1").arg(readLog(QString::fromStdString(log))));
        }
        QThread::msleep(50);
    }
    return fail(QStringLiteral("postgres did not accept connections:\n%1").arg(readLog(QString::fromStdString(log))));
}

void PgServer::stop()
{
    if (m_pid > 0) {
        ::kill(m_pid, SIGINT); // fast shutdown
        QDeadlineTimer deadline(20000);
        int status = 0;
        while (::waitpid(m_pid, &status, WNOHANG) == 0) {
            if (deadline.hasExpired()) {
                ::kill(m_pid, SIGKILL);
                ::waitpid(m_pid, &status, 0);
                break;
            }
            QThread::msleep(20);
        }
        m_pid = 0;
    }
    m_dir.reset();
}

QString PgServer::url(const QString &name) const
{
    return QStringLiteral("postgresql:///%1?host=%2&user=postgres").arg(name, socketDir());
}

QString PgServer::createDatabase(QString *error)
{
    const QString name = QStringLiteral("t%1").arg(++m_databases);
    const std::string conninfo = "host=" + QFile::encodeName(socketDir()).toStdString() + " dbname=postgres user=postgres";
    PGconn *c = PQconnectdb(conninfo.c_str());
    QString problem;
    if (PQstatus(c) != CONNECTION_OK) {
        problem = QString::fromUtf8(PQerrorMessage(c));
    } else {
        // The name is ours ("t" and a number), never input.
        PGresult *r = PQexec(c, ("CREATE DATABASE " + name.toStdString()).c_str());
        if (PQresultStatus(r) != PGRES_COMMAND_OK)
            problem = QString::fromUtf8(PQresultErrorMessage(r));
        PQclear(r);
    }
    PQfinish(c);
    if (!problem.isEmpty()) {
        if (error)
            *error = QStringLiteral("CREATE DATABASE failed: %1").arg(problem);
        return {};
    }
    return url(name);
}

PgServer *PgServer::shared(QString *error)
{
    static std::unique_ptr<PgServer> server;
    static QString failure;
    if (!server && failure.isEmpty()) {
        auto s = std::make_unique<PgServer>();
        if (s->start(&failure))
            server = std::move(s);
    }
    if (!server && error)
        *error = failure;
    return server.get();
}

} // namespace ok::test
