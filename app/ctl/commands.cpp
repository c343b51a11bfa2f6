// SPDX-License-Identifier: GPL-3.0-or-later
#include "ctl/commands.h"

#include "services/config.h"
#include "services/housekeeping.h"
#include "services/supportbundle.h"
#include "storage/backup.h"
#include "storage/sqlite.h"
#include "storage/stores.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <cstdio>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ok::ctl {

namespace {

const char *const kUsage
    = "Usage: omnikiosk-ctl COMMAND [options]\n"
      "\n"
      "Commands:\n"
      "  backup [--to DIR_OR_FILE]   copy ledger.db while the kiosk sells, then verify the copy\n"
      "                              (default: DATA/backups/ledger-<terminal>-<UTC time>.db, keeping\n"
      "                              [storage] keep_backups of them)\n"
      "  verify FILE                 check any ledger file, read-only\n"
      "  restore FILE [--force]      put a verified backup of this terminal in place of ledger.db\n"
      "                              (the kiosk must be stopped; the current ledger is moved aside;\n"
      "                              --force: even over a sound ledger with newer receipts)\n"
      "  migrate                     open and migrate ledger.db and cache.db (a backup is taken first)\n"
      "  support-bundle [--hours N] [--out FILE]\n"
      "                              one archive for support: configuration without secrets, versions,\n"
      "                              devices, sync state and queues, the last N hours of logs (default 6),\n"
      "                              database sizes and checks (default: omnikiosk-support-<terminal>-<time>.tar.gz\n"
      "                              in the current directory)\n"
      "  housekeeping                apply the [limits] now (the kiosk does it at start and every\n"
      "                              [limits] housekeeping_hours): print history, acknowledged events archived\n"
      "\n"
      "Options:\n"
      "  --config FILE    configuration (default: $OMNIKIOSK_CONFIG, else /etc/omnikiosk/omnikiosk.ini if it exists)\n"
      "  --data-dir DIR   directory of ledger.db and cache.db (default: [storage] data_dir)\n"
      "\n"
      "Exit status: 0 done and verified, 1 verification failed or refused, 2 usage or configuration error.\n";

void out(const QString &text)
{
    std::fprintf(stdout, "%s\n", qPrintable(text));
    std::fflush(stdout);
}

int fail(int code, const QString &text)
{
    std::fprintf(stderr, "omnikiosk-ctl: %s\n", qPrintable(text));
    return code;
}

struct Setup {
    Config config;
    QString dataDir;
};

/// The configuration the kiosk reads, with the same defaults and the same precedence.
Result<Setup> loadSetup(const QCommandLineParser &cli)
{
    QString path = cli.value(QStringLiteral("config"));
    if (path.isEmpty())
        path = qEnvironmentVariable("OMNIKIOSK_CONFIG");
    if (path.isEmpty() && QFile::exists(QStringLiteral("/etc/omnikiosk/omnikiosk.ini")))
        path = QStringLiteral("/etc/omnikiosk/omnikiosk.ini");
    Result<Config> loaded = path.isEmpty() ? Result<Config>(Config()) : Config::load(path);
    if (!loaded)
        return loaded.error();
    Setup s { std::move(loaded).value(), {} };
    if (cli.isSet(QStringLiteral("data-dir")))
        s.dataDir = QDir(cli.value(QStringLiteral("data-dir"))).absolutePath();
    else
        s.dataDir = s.config.dataDir.isEmpty() ? Config::defaultDataDir() : s.config.dataDir;
    return s;
}

/// Hand what root created in `dirFd` to uid:gid, without following a symbolic link anywhere.
void chownRootEntries(int dirFd, uid_t uid, gid_t gid)
{
    DIR *d = ::fdopendir(dirFd);
    if (!d) {
        ::close(dirFd);
        return;
    }
    while (const dirent *e = ::readdir(d)) {
        if (qstrcmp(e->d_name, ".") == 0 || qstrcmp(e->d_name, "..") == 0)
            continue;
        struct stat st {
        };
        if (::fstatat(::dirfd(d), e->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0 && st.st_uid == 0)
            (void)::fchownat(::dirfd(d), e->d_name, uid, gid, AT_SYMLINK_NOFOLLOW);
    }
    ::closedir(d); // closes dirFd
}

/// Run as root (postinst, an engineer with sudo): what we create in the data directory belongs to
/// the directory's owner, the kiosk's user, or the kiosk could not open it. The kiosk's user owns
/// the directory, so nothing in it is followed: a link DATA/archive -> /etc stays a link.
void giveToDataDirOwner(const QString &dataDir)
{
    if (::geteuid() != 0)
        return;
    const int top = ::open(QFile::encodeName(dataDir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (top < 0)
        return;
    struct stat dir {
    };
    if (::fstat(top, &dir) != 0 || dir.st_uid == 0) {
        ::close(top);
        return;
    }
    for (const char *sub : { "backups", "archive", "exports" }) {
        const int fd = ::openat(top, sub, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (fd >= 0)
            chownRootEntries(fd, dir.st_uid, dir.st_gid);
    }
    chownRootEntries(top, dir.st_uid, dir.st_gid); // the data directory itself last (closes top)
}

QString ledgerPath(const QString &dataDir)
{
    return QDir(dataDir).absoluteFilePath(QStringLiteral("ledger.db"));
}

int backup(const QCommandLineParser &cli, const Setup &s)
{
    const QString source = ledgerPath(s.dataDir);
    if (!QFileInfo::exists(source))
        return fail(Usage, QStringLiteral("there is no ledger at %1 (wrong --data-dir or --config?)").arg(source));
    QString dest;
    const bool automatic = !cli.isSet(QStringLiteral("to"));
    if (automatic) {
        auto dir = db::ensureBackupDir(s.dataDir);
        if (!dir)
            return fail(Failed, dir.error().message);
        dest = db::automaticBackupPath(s.dataDir, s.config.terminalId);
    } else {
        const QString to = cli.value(QStringLiteral("to"));
        dest = QFileInfo(to).isDir() || to.endsWith(QLatin1Char('/')) ? db::freePath(QDir(to).absoluteFilePath(
                   QStringLiteral("ledger-%1-%2.db").arg(s.config.terminalId, db::fileTimestamp())))
                                                                      : QFileInfo(to).absoluteFilePath();
        if (QFileInfo::exists(dest))
            return fail(Usage,
                QStringLiteral("%1 exists already; a backup never overwrites a file: choose another name").arg(dest));
    }
    auto copy = db::backupLedger(source, dest);
    if (!copy) {
        giveToDataDirOwner(s.dataDir);
        return fail(Failed, copy.error().message);
    }
    out(QStringLiteral("wrote %1 (%2 bytes)").arg(copy->path).arg(QFileInfo(copy->path).size()));
    out(copy->summary());
    if (automatic)
        for (const QString &removed : db::pruneBackups(db::backupDir(s.dataDir), s.config.keepBackups))
            out(QStringLiteral("removed old backup %1 (keeping %2, [storage] keep_backups)")
                    .arg(removed)
                    .arg(s.config.keepBackups));
    giveToDataDirOwner(s.dataDir);
    return Ok;
}

int verify(const QString &file)
{
    if (!QFileInfo::exists(file))
        return fail(Usage, QStringLiteral("%1 does not exist").arg(file));
    auto check = db::checkLedger(file);
    if (!check)
        return fail(Failed, QStringLiteral("%1: %2").arg(file, check.error().message));
    out(QStringLiteral("%1: schema version %2").arg(check->path).arg(check->schemaVersion));
    if (!check->ok())
        return fail(Failed, check->summary());
    out(check->summary());
    return Ok;
}

int restore(const QString &file, const Setup &s, bool force)
{
    if (!QFileInfo::exists(file))
        return fail(Usage, QStringLiteral("%1 does not exist").arg(file));
    auto r = db::restoreLedger(
        QFileInfo(file).absoluteFilePath(), s.dataDir, s.config.storeId, s.config.terminalId, force);
    giveToDataDirOwner(s.dataDir);
    if (!r)
        return fail(Failed, r.error().message);
    if (!r->movedAside.isEmpty())
        out(QStringLiteral("moved the current ledger aside to %1 (kept; delete it only when support says so)")
                .arg(r->movedAside));
    out(QStringLiteral("restored %1 as %2").arg(file, r->restored.path));
    out(r->restored.summary());
    if (r->previousLastReceipt > r->restored.lastReceipt)
        out(QStringLiteral("WARNING: the ledger moved aside went up to receipt %1; receipts %2..%1 are not in the "
                           "restored ledger and the next sale is number %2 again: tell the central office")
                .arg(r->previousLastReceipt)
                .arg(r->restored.lastReceipt + 1));
    out(QStringLiteral(
        "start the kiosk again (systemctl start omnikiosk); it migrates the ledger if the backup is older"));
    return Ok;
}

int versionOf(const QString &path)
{
    if (!QFileInfo::exists(path))
        return -1;
    auto db = db::Database::openReadOnly(path);
    return db ? int(db.value()->queryInt("PRAGMA user_version").value_or(-1)) : -1;
}

int migrate(const Setup &s)
{
    if (!QFileInfo::exists(s.dataDir)) {
        // as the kiosk makes it: only its user reads sales, staff verifiers and the sync token
        if (!QDir().mkpath(s.dataDir) || ::chmod(QFile::encodeName(s.dataDir).constData(), S_IRWXU) != 0)
            return fail(Usage, QStringLiteral("cannot create the data directory %1").arg(s.dataDir));
    }
    int status = Ok;
    // Every page, as housekeeping does (a start reads only the header and the schema): an upgrade
    // does not migrate a damaged ledger, and a damaged cache is moved aside and pulled again.
    for (const QString &damage : db::deepCheck(s.dataDir))
        std::fprintf(stderr, "omnikiosk-ctl: %s\n", qPrintable(damage));
    const QString ledger = ledgerPath(s.dataDir);
    const QString backupBefore = db::newestBackup(s.dataDir);
    const int ledgerBefore = versionOf(ledger);
    if (auto db = db::openLedger(ledger); !db) {
        status = fail(Failed, db.error().message);
    } else {
        const int after = db.value()->userVersion();
        QString line = ledgerBefore == after ? QStringLiteral("ledger.db: at version %1, nothing to do").arg(after)
            : ledgerBefore < 1
            ? QStringLiteral("ledger.db: created at version %1").arg(after)
            : QStringLiteral("ledger.db: migrated from version %1 to %2").arg(ledgerBefore).arg(after);
        const QString backupAfter = db::newestBackup(s.dataDir);
        if (ledgerBefore >= 1 && ledgerBefore != after && backupAfter != backupBefore)
            line += QStringLiteral(" (backup taken first: %1)").arg(backupAfter);
        out(line + QStringLiteral(" [%1]").arg(ledger));
    }
    const QString cache = QDir(s.dataDir).absoluteFilePath(QStringLiteral("cache.db"));
    const int cacheBefore = versionOf(cache);
    if (auto db = db::openCache(cache); !db) {
        status = fail(Failed, db.error().message);
    } else {
        const int after = db.value()->userVersion();
        out((cacheBefore == after ? QStringLiteral("cache.db: at version %1, nothing to do").arg(after)
                    : cacheBefore < 1
                    ? QStringLiteral("cache.db: created at version %1").arg(after)
                    : QStringLiteral("cache.db: migrated from version %1 to %2").arg(cacheBefore).arg(after))
            + QStringLiteral(" [%1]").arg(cache));
    }
    giveToDataDirOwner(s.dataDir);
    return status;
}

int supportBundle(const QCommandLineParser &cli, const Setup &s)
{
    Config c = s.config;
    c.dataDir = s.dataDir;
    bool okHours = true;
    const int hours = cli.isSet(QStringLiteral("hours")) ? cli.value(QStringLiteral("hours")).toInt(&okHours) : 6;
    if (!okHours || hours < 1 || hours > 720)
        return fail(Usage, QStringLiteral("--hours takes a whole number from 1 to 720"));
    const QString file = cli.isSet(QStringLiteral("out")) ? QFileInfo(cli.value(QStringLiteral("out"))).absoluteFilePath()
                                                          : QDir::current().absoluteFilePath(defaultSupportBundleName(c));
    auto r = writeSupportBundle(c, file, hours);
    if (!r)
        return fail(Failed, r.error().message);
    out(QStringLiteral("wrote %1 (%2 files): send it to support").arg(file).arg(r->size()));
    return Ok;
}

int housekeeping(const Setup &s)
{
    const HousekeepingReport r = Housekeeping::run(s.dataDir, HousekeepingLimits::fromConfig(s.config),
                                                   QDateTime::currentMSecsSinceEpoch());
    giveToDataDirOwner(s.dataDir);
    out(QStringLiteral("print jobs pruned %1, outbox events archived %2, archive files removed %3, other files removed %4 (%5 ms)")
            .arg(r.printJobsPruned)
            .arg(r.outboxArchived)
            .arg(r.archiveFilesRemoved)
            .arg(r.filesRemoved)
            .arg(r.elapsedMs));
    for (const QString &p : r.problems)
        std::fprintf(stderr, "omnikiosk-ctl: %s\n", qPrintable(p));
    return r.problems.isEmpty() ? Ok : Failed;
}

} // namespace

int run(const QStringList &arguments)
{
    // Each step of a migration is summed up by "migrate" itself; warnings still go to stderr.
    QLoggingCategory::setFilterRules(QStringLiteral("omnikiosk.storage.migrations.info=false"));
    QCommandLineParser cli;
    cli.addOptions({ { QStringLiteral("config"), QStringLiteral("configuration file"), QStringLiteral("file") },
        { QStringLiteral("data-dir"), QStringLiteral("data directory"), QStringLiteral("dir") },
        { QStringLiteral("to"), QStringLiteral("backup destination"), QStringLiteral("dir-or-file") },
        { QStringLiteral("force"), QStringLiteral("restore over a sound ledger with newer receipts") },
        { QStringLiteral("hours"), QStringLiteral("hours of logs in the support bundle"), QStringLiteral("n") },
        { QStringLiteral("out"), QStringLiteral("support bundle file"), QStringLiteral("file") },
        { { QStringLiteral("h"), QStringLiteral("help") }, QStringLiteral("this help") } });
    if (!cli.parse(arguments))
        return fail(Usage, cli.errorText() + QStringLiteral("\n") + QString::fromLatin1(kUsage));
    const QStringList args = cli.positionalArguments();
    if (cli.isSet(QStringLiteral("help"))) {
        std::fputs(kUsage, stdout);
        return Ok;
    }
    if (args.isEmpty())
        return fail(Usage, QStringLiteral("no command given\n") + QString::fromLatin1(kUsage));
    const QString command = args.first();
    const qsizetype expected = command == QLatin1String("verify") || command == QLatin1String("restore") ? 2 : 1;
    static const QStringList commands { QStringLiteral("backup"), QStringLiteral("verify"), QStringLiteral("restore"),
        QStringLiteral("migrate"), QStringLiteral("support-bundle"), QStringLiteral("housekeeping") };
    if (!commands.contains(command))
        return fail(Usage, QStringLiteral("unknown command \"%1\"\n").arg(command) + QString::fromLatin1(kUsage));
    if (args.size() != expected)
        return fail(Usage,
            QStringLiteral("%1 takes %2\n")
                    .arg(command, expected == 2 ? QStringLiteral("one FILE") : QStringLiteral("no file"))
                + QString::fromLatin1(kUsage));
    if (cli.isSet(QStringLiteral("to")) && command != QLatin1String("backup"))
        return fail(Usage, QStringLiteral("--to is for backup only"));
    if (cli.isSet(QStringLiteral("force")) && command != QLatin1String("restore"))
        return fail(Usage, QStringLiteral("--force is for restore only"));
    if ((cli.isSet(QStringLiteral("hours")) || cli.isSet(QStringLiteral("out"))) && command != QLatin1String("support-bundle"))
        return fail(Usage, QStringLiteral("--hours and --out are for support-bundle only"));
    if (command == QLatin1String("verify"))
        return verify(args.at(1));

    auto setup = loadSetup(cli);
    if (!setup)
        return fail(Usage, setup.error().message);
    if (command == QLatin1String("backup"))
        return backup(cli, setup.value());
    if (command == QLatin1String("restore"))
        return restore(args.at(1), setup.value(), cli.isSet(QStringLiteral("force")));
    if (command == QLatin1String("support-bundle"))
        return supportBundle(cli, setup.value());
    if (command == QLatin1String("housekeeping"))
        return housekeeping(setup.value());
    return migrate(setup.value());
}

} // namespace ok::ctl
