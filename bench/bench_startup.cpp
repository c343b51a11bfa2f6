// SPDX-License-Identifier: GPL-3.0-or-later
// bench_startup: starts `omnikiosk --measure-startup` (offscreen) several times against a data
// directory with a 1,000,000-product cache.db and, as the baseline in the same run, against an
// empty data directory; reports time to first frame and resident memory, warm and (when the page
// cache can be dropped) cold. Prints Markdown tables; see docs/performance.md.
//
// Times are taken from outside, from posix_spawn() to the moment the app's "first-frame-ms=..."
// line arrives on the pipe: that includes exec, dynamic linking and static initialisation, which
// the app's own timer (started in main()) cannot see. The app's figure is reported next to it.

#include "benchstats.h"
#include "storage/sqlite.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char **environ;

using namespace ok::bench;

namespace {

// The catalog bench_storage builds (and omnikiosk-demo-data builds with the same parameters).
constexpr qint64 kNow = 1795348800; // 2026-11-22 12:00 UTC
constexpr qint64 kProductsDefault = 1'000'000;

// Targets (docs/performance.md, "Targets at a glance").
constexpr qint64 kFirstFrameTargetNs = 1'000'000'000;
constexpr qint64 kRssTargetKb = 150'000'000 / 1024; // 150 MB = 143 MiB; ru_maxrss and VmRSS are in KiB

constexpr auto kDropCaches = "/proc/sys/vm/drop_caches";

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "bench_startup: %s\n", message.toUtf8().constData());
    std::exit(1);
}

/// Flush dirty pages and drop the page cache, dentries and inodes, so that the next start reads
/// libraries, QML and cache.db from the disk. Needs root (CAP_SYS_ADMIN); false when refused.
bool dropPageCache()
{
    ::sync();
    QFile f(QString::fromLatin1(kDropCaches));
    return f.open(QIODevice::WriteOnly) && f.write("3\n") == 2;
}

void removeLedger(const QString &dir)
{
    for (const char *suffix : { "", "-wal", "-shm" })
        QFile::remove(dir + QStringLiteral("/ledger.db") + QString::fromLatin1(suffix));
}

/// A child process started with posix_spawn: stdout on a pipe to us, stderr into a log file.
class Child
{
public:
    Child(const QStringList &args, const QString &logPath)
    {
        int fds[2];
        if (::pipe2(fds, O_CLOEXEC) != 0)
            die(QStringLiteral("pipe2 failed"));
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
        const QByteArray log = logPath.toLocal8Bit();
        posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, log.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);

        QList<QByteArray> storage;
        std::vector<char *> argv;
        for (const QString &a : args)
            storage.append(a.toLocal8Bit());
        for (QByteArray &a : storage)
            argv.push_back(a.data());
        argv.push_back(nullptr);

        m_start = Clock::now();
        const int rc = posix_spawn(&m_pid, argv[0], &actions, nullptr, argv.data(), environ);
        posix_spawn_file_actions_destroy(&actions);
        ::close(fds[1]);
        m_out = fds[0];
        if (rc != 0)
            die(QStringLiteral("cannot start %1: %2").arg(args.first(), QString::fromLocal8Bit(std::strerror(rc))));
    }
    ~Child()
    {
        if (m_out >= 0)
            ::close(m_out);
        if (m_pid > 0) {
            ::kill(m_pid, SIGKILL); // not waited for: never leave a kiosk running behind us
            ::waitpid(m_pid, nullptr, 0);
        }
    }
    Child(const Child &) = delete;
    Child &operator=(const Child &) = delete;

    pid_t pid() const { return m_pid; }
    Clock::time_point start() const { return m_start; }

    /// Read stdout until the first complete line; its arrival time in ns since the spawn, or -1 at EOF.
    qint64 readLine(QByteArray *line)
    {
        char buf[512];
        while (!m_buffer.contains('\n')) {
            const ssize_t n = ::read(m_out, buf, sizeof buf);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return -1;
            m_buffer.append(buf, n);
        }
        const qint64 at = nsSince(m_start);
        *line = m_buffer.left(m_buffer.indexOf('\n'));
        return at;
    }

    /// Wait for the exit. Returns the exit status (waitpid style) and the child's peak RSS in KiB.
    int wait(long *maxRssKb)
    {
        char buf[512];
        while (::read(m_out, buf, sizeof buf) > 0) { }
        int status = 0;
        rusage usage {};
        while (::wait4(m_pid, &status, 0, &usage) < 0 && errno == EINTR) { }
        m_pid = -1;
        *maxRssKb = usage.ru_maxrss; // Linux: kilobytes
        return status;
    }

private:
    pid_t m_pid = -1;
    int m_out = -1;
    Clock::time_point m_start;
    QByteArray m_buffer;
};

/// One `omnikiosk --measure-startup` run.
struct Run {
    qint64 spawnToFrameNs = 0; ///< posix_spawn() until the first-frame line arrived
    qint64 appFrameNs = 0; ///< the app's own figure: main() until the first frame was swapped
    qint64 rssAtFrameKb = 0; ///< VmRSS when the first frame was swapped (the app's figure)
    qint64 peakRssKb = 0; ///< highest RSS over the life of the process (wait4's ru_maxrss)
};

Run measureStartup(const QString &app, const QString &dataDir, const QString &logPath)
{
    Child child({ app, QStringLiteral("--measure-startup"), QStringLiteral("--data-dir"), dataDir }, logPath);
    QByteArray line;
    const qint64 at = child.readLine(&line);
    long peak = 0;
    const int status = child.wait(&peak);
    if (at < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        die(QStringLiteral("%1 --measure-startup --data-dir %2 failed (status %3); its log: %4")
                .arg(app, dataDir)
                .arg(status)
                .arg(logPath));
    // "first-frame-ms=N rss-kb=N"
    Run run;
    run.spawnToFrameNs = at;
    run.peakRssKb = peak;
    for (const QByteArray &field : line.split(' ')) {
        const QList<QByteArray> kv = field.split('=');
        if (kv.size() != 2)
            continue;
        if (kv[0] == "first-frame-ms")
            run.appFrameNs = kv[1].toLongLong() * 1'000'000;
        else if (kv[0] == "rss-kb")
            run.rssAtFrameKb = kv[1].toLongLong();
    }
    if (run.appFrameNs == 0 || run.rssAtFrameKb == 0)
        die(QStringLiteral("unexpected output of %1: \"%2\"").arg(app, QString::fromUtf8(line)));
    return run;
}

qint64 statusFieldKb(pid_t pid, const QByteArray &name)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(name).append(':');
    for (const QByteArray &l : f.readAll().split('\n'))
        if (l.startsWith(key))
            return l.mid(name.size() + 1).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

/// Start the app normally (offscreen, no --measure-startup), let it settle (the catalog worker
/// counts the products, timers run), then read its resident memory: the "after start" figure.
qint64 settledRssKb(
    const QString &app, const QString &dataDir, const QString &logPath, std::chrono::milliseconds settle)
{
    Child child({ app, QStringLiteral("--data-dir"), dataDir }, logPath);
    std::this_thread::sleep_for(settle);
    const qint64 rss = statusFieldKb(child.pid(), "VmRSS");
    if (rss < 0)
        die(QStringLiteral("%1 --data-dir %2 exited before %3 ms; its log: %4")
                .arg(app, dataDir)
                .arg(settle.count())
                .arg(logPath));
    ::kill(child.pid(), SIGTERM); // our own child, by pid
    long peak = 0;
    (void)child.wait(&peak);
    return rss;
}

/// Make sure `dir` holds a cache.db of `products` products, building it with the demo-data tool.
void ensureCatalog(const QString &demoData, const QString &dir, qint64 products)
{
    const QString path = dir + QStringLiteral("/cache.db");
    if (QFileInfo::exists(path)) {
        auto db = ok::db::Database::openReadOnly(path);
        if (db && db.value()->queryInt("SELECT count(*) FROM product") == products)
            return;
    }
    std::fprintf(stderr, "bench_startup: building %lld products into %s ...\n", static_cast<long long>(products),
        path.toUtf8().constData());
    Child child(
        { demoData, QStringLiteral("--data-dir"), dir, QStringLiteral("--products"), QString::number(products),
            QStringLiteral("--languages"), QStringLiteral("pl,en"), QStringLiteral("--now"), QString::number(kNow) },
        dir + QStringLiteral("/demo-data.log"));
    long peak = 0;
    const int status = child.wait(&peak);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        die(QStringLiteral("%1 failed; see %2/demo-data.log").arg(demoData, dir));
}

struct Series {
    Samples spawnToFrame, appFrame, rssAtFrame, peakRss;
    void add(const Run &r)
    {
        spawnToFrame.add(r.spawnToFrameNs);
        appFrame.add(r.appFrameNs);
        rssAtFrame.add(r.rssAtFrameKb);
        peakRss.add(r.peakRssKb);
    }
};

QString mib(qint64 kb)
{
    return QString::number(double(kb) / 1024.0, 'f', 1) + QStringLiteral(" MiB");
}

QString signedMs(qint64 ns)
{
    const double ms = double(ns) / 1e6;
    return (ms >= 0 ? QStringLiteral("+") : QString()) + QString::number(ms, 'f', 0) + QStringLiteral(" ms");
}

QString signedMib(qint64 kb)
{
    return (kb >= 0 ? QStringLiteral("+") : QString()) + mib(kb);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_startup"));
    QCommandLineParser cli;
    cli.setApplicationDescription(
        QStringLiteral("Measure omnikiosk's start to first frame (offscreen) and its resident memory with a large "
                       "cache.db, against an empty data directory as the baseline. Prints Markdown tables."));
    cli.addHelpOption();
    const QCommandLineOption dirOpt(QStringLiteral("data-dir"),
        QStringLiteral("Data directory with the large cache.db (built with omnikiosk-demo-data if it "
                       "does not hold --products products). Its ledger.db is deleted before every run. "
                       "Default: %1")
            .arg(QStringLiteral(OMNIKIOSK_BENCH_DIR)),
        QStringLiteral("dir"), QStringLiteral(OMNIKIOSK_BENCH_DIR));
    const QCommandLineOption productsOpt(QStringLiteral("products"), QStringLiteral("Catalog size (default 1000000)."),
        QStringLiteral("n"), QString::number(kProductsDefault));
    const QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("Starts per series (default 5)."),
        QStringLiteral("k"), QStringLiteral("5"));
    const QCommandLineOption appOpt(QStringLiteral("app"), QStringLiteral("The omnikiosk executable."),
        QStringLiteral("path"), QStringLiteral(OMNIKIOSK_APP_PATH));
    const QCommandLineOption demoOpt(QStringLiteral("demo-data"), QStringLiteral("The omnikiosk-demo-data executable."),
        QStringLiteral("path"), QStringLiteral(OMNIKIOSK_DEMO_DATA_PATH));
    const QCommandLineOption settleOpt(QStringLiteral("settle-ms"),
        QStringLiteral("How long the app runs before its settled RSS is read (default 3000)."), QStringLiteral("ms"),
        QStringLiteral("3000"));
    const QCommandLineOption noColdOpt(
        QStringLiteral("no-cold"), QStringLiteral("Do not drop the page cache for cold starts."));
    cli.addOptions({ dirOpt, productsOpt, runsOpt, appOpt, demoOpt, settleOpt, noColdOpt });
    cli.process(app);

    bool okRuns = false, okProducts = false, okSettle = false;
    const int runs = cli.value(runsOpt).toInt(&okRuns);
    const qint64 products = cli.value(productsOpt).toLongLong(&okProducts);
    const int settleMs = cli.value(settleOpt).toInt(&okSettle);
    if (!okRuns || runs < 1 || !okProducts || products < 1 || !okSettle || settleMs < 100)
        die(QStringLiteral("--runs and --products take positive whole numbers, --settle-ms at least 100"));
    const QString appPath = cli.value(appOpt);
    const QString dataDir = QDir(cli.value(dirOpt)).absolutePath();
    if (!QFileInfo(appPath).isExecutable())
        die(QStringLiteral("%1 is not an executable (build it: ninja omnikiosk)").arg(appPath));
    if (!QDir().mkpath(dataDir))
        die(QStringLiteral("cannot create %1").arg(dataDir));
    ensureCatalog(cli.value(demoOpt), dataDir, products);

    // The app chooses offscreen itself for --measure-startup; the settled runs need it said.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir work(QDir::tempPath() + QStringLiteral("/bench_startup-XXXXXX"));
    if (!work.isValid())
        die(QStringLiteral("cannot create a temporary directory"));
    const QString log = work.filePath(QStringLiteral("omnikiosk.log"));
    int emptyDirs = 0;
    // The baseline: a fresh, empty data directory every time (the app creates both databases).
    auto emptyDir = [&] { return work.filePath(QStringLiteral("empty-%1").arg(++emptyDirs)); };
    // The large catalog with an empty ledger, which the app creates, every time.
    auto largeDir = [&] {
        removeLedger(dataDir);
        return dataDir;
    };

    const QString loadAtStart = loadAverage();
    const bool cold = !cli.isSet(noColdOpt) && dropPageCache();
    if (!cli.isSet(noColdOpt) && !cold)
        std::fprintf(stderr, "bench_startup: cannot write %s (not root?): cold starts skipped\n", kDropCaches);

    // One unrecorded start of each kind warms the page cache for the warm series.
    (void)measureStartup(appPath, emptyDir(), log);
    (void)measureStartup(appPath, largeDir(), log);
    Series warmEmpty, warmLarge, coldEmpty, coldLarge;
    // Interleaved, so that drift (other load on the machine) hits both sides alike.
    for (int i = 0; i < runs; ++i) {
        std::fprintf(stderr, "bench_startup: warm run %d/%d\n", i + 1, runs);
        warmEmpty.add(measureStartup(appPath, emptyDir(), log));
        warmLarge.add(measureStartup(appPath, largeDir(), log));
    }
    for (int i = 0; cold && i < runs; ++i) {
        std::fprintf(stderr, "bench_startup: cold run %d/%d\n", i + 1, runs);
        const QString e = emptyDir(); // drop the caches last, so that nothing between warms them again
        dropPageCache();
        coldEmpty.add(measureStartup(appPath, e, log));
        const QString l = largeDir();
        dropPageCache();
        coldLarge.add(measureStartup(appPath, l, log));
    }
    Samples settledEmpty, settledLarge;
    for (int i = 0; i < runs; ++i) {
        std::fprintf(stderr, "bench_startup: settled-memory run %d/%d\n", i + 1, runs);
        settledEmpty.add(settledRssKb(appPath, emptyDir(), log, std::chrono::milliseconds(settleMs)));
        settledLarge.add(settledRssKb(appPath, largeDir(), log, std::chrono::milliseconds(settleMs)));
    }
    removeLedger(dataDir);

    // ---- print
    const QString largeName = products == kProductsDefault ? QStringLiteral("1M-product cache")
                                                           : QStringLiteral("%1-product cache").arg(products);
    std::printf("## bench_startup\n\n");
    std::printf("- `%s --measure-startup --data-dir DIR`, offscreen, %d runs per series, interleaved\n",
        appPath.toUtf8().constData(), runs);
    std::printf("- large: %s (%lld products, ledger.db deleted before each run); baseline: a new empty data directory "
                "per run\n",
        dataDir.toUtf8().constData(), static_cast<long long>(products));
    std::printf("- 1-minute load average: %s at the start, %s at the end (%d CPUs)\n", loadAtStart.toUtf8().constData(),
        loadAverage().toUtf8().constData(), QThread::idealThreadCount());
    std::printf("- cold = after `sync; echo 3 > %s` (%s)\n\n", kDropCaches,
        cold                       ? "done before every cold run"
            : cli.isSet(noColdOpt) ? "skipped: --no-cold"
                                   : "not possible here");

    Table t({ QStringLiteral("First frame"), QStringLiteral("Runs"), QStringLiteral("spawn→frame p50"),
        QStringLiteral("spawn→frame max"), QStringLiteral("main()→frame p50 (app)"), QStringLiteral("Target"),
        QStringLiteral("Result") });
    auto timeRows = [&](const QString &kind, const Series &large, const Series &empty) {
        t.addRow({ kind + QStringLiteral(", ") + largeName, QString::number(large.spawnToFrame.count()),
            formatNs(large.spawnToFrame.p50()), formatNs(large.spawnToFrame.max()), formatNs(large.appFrame.p50()),
            QStringLiteral("≤ 1.0 s"), metText(large.spawnToFrame.max() <= kFirstFrameTargetNs) });
        t.addRow({ kind + QStringLiteral(", empty data dir (baseline)"), QString::number(empty.spawnToFrame.count()),
            formatNs(empty.spawnToFrame.p50()), formatNs(empty.spawnToFrame.max()), formatNs(empty.appFrame.p50()),
            QString(), QString() });
        t.addRow({ kind + QStringLiteral(", delta due to the large cache"), QString(),
            signedMs(large.spawnToFrame.p50() - empty.spawnToFrame.p50()),
            signedMs(large.spawnToFrame.max() - empty.spawnToFrame.max()),
            signedMs(large.appFrame.p50() - empty.appFrame.p50()), QString(), QString() });
    };
    timeRows(QStringLiteral("Warm"), warmLarge, warmEmpty);
    if (cold)
        timeRows(QStringLiteral("Cold"), coldLarge, coldEmpty);
    t.print();

    std::printf("\n");
    Table m({ QStringLiteral("Resident memory"), QStringLiteral("at first frame p50"),
        QStringLiteral("at first frame max"), QStringLiteral("peak (ru_maxrss) max"),
        QStringLiteral("after %1 s max").arg(settleMs / 1000.0), QStringLiteral("Target"), QStringLiteral("Result") });
    // Memory over every measured start, warm and cold alike.
    Series allLarge = warmLarge, allEmpty = warmEmpty;
    allLarge.rssAtFrame.addAll(coldLarge.rssAtFrame);
    allLarge.peakRss.addAll(coldLarge.peakRss);
    allEmpty.rssAtFrame.addAll(coldEmpty.rssAtFrame);
    allEmpty.peakRss.addAll(coldEmpty.peakRss);
    const qint64 worstLarge = std::max({ allLarge.rssAtFrame.max(), allLarge.peakRss.max(), settledLarge.max() });
    m.addRow({ largeName, mib(allLarge.rssAtFrame.p50()), mib(allLarge.rssAtFrame.max()), mib(allLarge.peakRss.max()),
        mib(settledLarge.max()), QStringLiteral("≤ 150 MB (143 MiB)"), metText(worstLarge <= kRssTargetKb) });
    m.addRow({ QStringLiteral("empty data dir (baseline)"), mib(allEmpty.rssAtFrame.p50()),
        mib(allEmpty.rssAtFrame.max()), mib(allEmpty.peakRss.max()), mib(settledEmpty.max()), QString(), QString() });
    m.addRow({ QStringLiteral("delta due to the large cache"),
        signedMib(allLarge.rssAtFrame.p50() - allEmpty.rssAtFrame.p50()),
        signedMib(allLarge.rssAtFrame.max() - allEmpty.rssAtFrame.max()),
        signedMib(allLarge.peakRss.max() - allEmpty.peakRss.max()), signedMib(settledLarge.max() - settledEmpty.max()),
        QString(), QString() });
    m.print();
    return 0;
}
