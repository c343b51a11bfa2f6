// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk under a service manager's watchdog, with the real omnikiosk binary: it says READY once
// its first frame is up, its GUI thread feeds the watchdog, and when its event loop stops (SIGSTOP)
// the feeding stops, so the watchdog kills it and starts it again, as systemd does with
// WatchdogSec= and Restart=on-failure (packaging/debian/omnikiosk.service). The service manager
// here is a small one in the test: the notification socket, the timer, the restart.

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace {

/// What systemd does for a Type=notify service with WatchdogSec=: receive the notifications, kill
/// the service with SIGABRT when a watchdog interval passes without WATCHDOG=1, then restart it.
class FakeServiceManager
{
public:
    explicit FakeServiceManager(const QString &dir)
        : m_socketPath(dir + QStringLiteral("/notify"))
    {
        m_fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        const QByteArray path = m_socketPath.toLocal8Bit();
        std::memcpy(addr.sun_path, path.constData(), size_t(path.size()));
        m_bound = ::bind(m_fd, reinterpret_cast<const sockaddr *>(&addr), sizeof addr) == 0;
    }
    ~FakeServiceManager()
    {
        stop();
        ::close(m_fd);
    }
    bool bound() const { return m_bound; }

    void start(const QStringList &args, const QString &dataDir)
    {
        m_args = args;
        m_process = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NOTIFY_SOCKET"), m_socketPath);
        env.insert(QStringLiteral("WATCHDOG_USEC"), QString::number(qint64(kWatchdogMs) * 1000));
        // As under cage: the watchdog is the service's main process's, the kiosk's parent (here, us).
        env.insert(QStringLiteral("WATCHDOG_PID"), m_watchdogPid.isEmpty() ? QString::number(::getpid()) : m_watchdogPid);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("OMNIKIOSK_DATA_DIR"), dataDir);
        env.remove(QStringLiteral("OMNIKIOSK_CONFIG"));
        m_process->setProcessEnvironment(env);
        m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process->start(QStringLiteral(OMNIKIOSK_BIN), args);
        m_process->waitForStarted();
        ++m_starts;
        m_ready = false;
        m_messages.clear();
        m_sinceFeed.start();
    }
    void stop()
    {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            ::kill(pid_t(m_process->processId()), SIGCONT);
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }

    /// Run the manager's loop for `ms`: read notifications, enforce the watchdog, restart.
    void run(int ms)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < ms) {
            QTest::qWait(20);
            char buf[4096];
            ssize_t n;
            while ((n = ::recv(m_fd, buf, sizeof buf, 0)) > 0) {
                const QByteArray msg(buf, n);
                for (const QByteArray &line : msg.split('\n')) {
                    m_messages << QString::fromUtf8(line);
                    if (line == "READY=1") {
                        m_ready = true;
                        m_sinceFeed.restart(); // the watchdog runs from READY on
                    }
                    if (line == "WATCHDOG=1") {
                        ++m_feeds;
                        m_sinceFeed.restart();
                    }
                }
            }
            if (m_ready && m_sinceFeed.elapsed() > kWatchdogMs && m_process->state() == QProcess::Running) {
                // systemd: "Watchdog timeout", SIGABRT, then Restart=on-failure.
                ++m_timeouts;
                ::kill(pid_t(m_process->processId()), SIGCONT); // a stopped process cannot take SIGABRT's core dump
                ::kill(pid_t(m_process->processId()), SIGABRT);
                if (!m_process->waitForFinished(5000))
                    m_process->kill();
                m_process->waitForFinished(5000);
                start(m_args, m_dataDir);
            }
        }
    }
    bool waitReady(int ms)
    {
        QElapsedTimer t;
        t.start();
        while (!m_ready && t.elapsed() < ms)
            run(50);
        return m_ready;
    }

    /// Long enough that a loaded two-core machine's scheduling never looks like a hang.
    static constexpr int kWatchdogMs = 3000;
    QString m_dataDir;
    QString m_watchdogPid; ///< WATCHDOG_PID to give; empty: this process
    QStringList m_args;
    std::unique_ptr<QProcess> m_process;
    QStringList m_messages;
    int m_starts = 0;
    int m_feeds = 0;
    int m_timeouts = 0;
    bool m_ready = false;

private:
    QString m_socketPath;
    int m_fd = -1;
    bool m_bound = false;
    QElapsedTimer m_sinceFeed;
};

} // namespace

class TestWatchdog : public QObject
{
    Q_OBJECT
private slots:
    void aHungEventLoopIsRestarted()
    {
        QTemporaryDir dir;
        FakeServiceManager manager(dir.path());
        QVERIFY(manager.bound());
        manager.m_dataDir = dir.filePath(QStringLiteral("data"));
        manager.start({}, manager.m_dataDir);
        QVERIFY2(manager.waitReady(30000), "no READY=1 from the kiosk within 30 s");
        QVERIFY(manager.m_messages.contains(QStringLiteral("STATUS=selling: store S001, terminal T01")));

        // Running normally: fed often enough that the watchdog never fires.
        const int feedsBefore = manager.m_feeds;
        manager.run(4 * FakeServiceManager::kWatchdogMs);
        QCOMPARE(manager.m_timeouts, 0);
        QVERIFY2(manager.m_feeds - feedsBefore >= 6, qPrintable(QString::number(manager.m_feeds - feedsBefore)));

        // The event loop stops: no more feeding, the manager kills and restarts the kiosk.
        const qint64 hung = manager.m_process->processId();
        QCOMPARE(::kill(pid_t(hung), SIGSTOP), 0);
        manager.run(2 * FakeServiceManager::kWatchdogMs + 500);
        QCOMPARE(manager.m_timeouts, 1);
        QCOMPARE(manager.m_starts, 2);
        QVERIFY(manager.m_process->processId() != hung);
        QVERIFY2(manager.waitReady(30000), "the restarted kiosk did not say READY=1");
        const int feedsAfterRestart = manager.m_feeds;
        manager.run(2 * FakeServiceManager::kWatchdogMs);
        QVERIFY(manager.m_feeds > feedsAfterRestart);
        QCOMPARE(manager.m_timeouts, 1);
        manager.stop();
    }

    void aStartErrorStaysOnScreenAndIsNotRestarted()
    {
        QTemporaryDir dir;
        FakeServiceManager manager(dir.path());
        QVERIFY(manager.bound());
        // The data directory is a file: storage cannot start.
        const QString notADir = dir.filePath(QStringLiteral("data"));
        QFile f(notADir);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();

        // Without --stay-on-error: exit code 3 at once (scripts, tests).
        QProcess plain;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("OMNIKIOSK_DATA_DIR"), notADir);
        plain.setProcessEnvironment(env);
        plain.start(QStringLiteral(OMNIKIOSK_BIN));
        QVERIFY(plain.waitForFinished(30000));
        QCOMPARE(plain.exitCode(), 3);

        // As the service runs it: the reason on the screen and in systemd's status, watchdog fed.
        manager.m_dataDir = notADir;
        manager.start({QStringLiteral("--stay-on-error")}, notADir);
        QVERIFY2(manager.waitReady(30000), "no READY=1 from the start-error screen");
        bool statusSaysWhy = false;
        for (const QString &m : std::as_const(manager.m_messages))
            statusSaysWhy = statusSaysWhy || (m.startsWith(QStringLiteral("STATUS=stopped: ")) && m.contains(notADir));
        QVERIFY2(statusSaysWhy, qPrintable(manager.m_messages.join(QLatin1Char('|'))));
        manager.run(3 * FakeServiceManager::kWatchdogMs);
        QCOMPARE(manager.m_timeouts, 0);
        QCOMPARE(manager.m_process->state(), QProcess::Running);
        manager.stop();
    }

    // systemd's WATCHDOG_PID names the process the watchdog is for: another one's is left alone
    // (sd_watchdog_enabled(3)); the kiosk still says READY.
    void aWatchdogMeantForAnotherProcessIsLeftAlone()
    {
        QTemporaryDir dir;
        FakeServiceManager manager(dir.path());
        QVERIFY(manager.bound());
        manager.m_dataDir = dir.filePath(QStringLiteral("data"));
        manager.m_watchdogPid = QStringLiteral("1");
        manager.start({}, manager.m_dataDir);
        QVERIFY2(manager.waitReady(30000), "no READY=1 from the kiosk within 30 s");
        manager.run(FakeServiceManager::kWatchdogMs - 500);
        QCOMPARE(manager.m_feeds, 0);
        QCOMPARE(manager.m_starts, 1);
        manager.stop();
    }
};

QTEST_GUILESS_MAIN(TestWatchdog)
#include "tst_watchdog.moc"
