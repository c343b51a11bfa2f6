// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/backup.h"

#include "storage/ledger.h"
#include "storage/logging.h"
#include "storage/schema.h"
#include "storage/sqlite.h"
#include "storage/stores.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sqlite3.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace ok::db {

namespace {

constexpr int kPagesPerStep = 256; // 1 MiB at 4 KiB pages per step
constexpr int kPauseBetweenStepsMs = 1; // leave the disk to the till between steps

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

Error backupError(const QString &source, const QString &dest, const QString &why)
{
    return Error { QStringLiteral("db.backup-failed"),
        QStringLiteral("Backing up %1 to %2 failed: %3. Nothing was left at %2; the ledger itself was "
                       "not changed.")
            .arg(source, dest, why) };
}

/// fsync a file or a directory (a rename is durable once its directory is synced).
bool syncPath(const QString &path, bool directory)
{
    const int fd
        = ::open(QFile::encodeName(path).constData(), (directory ? O_RDONLY | O_DIRECTORY : O_RDWR) | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

void removeWithSidecars(const QString &path)
{
    for (const char *side : { "", "-wal", "-shm", "-journal" })
        QFile::remove(path + QLatin1String(side));
}

QString sqliteMessage(sqlite3 *db)
{
    return QString::fromUtf8(db ? sqlite3_errmsg(db) : "out of memory");
}

/// The copy itself; `requireJournal` off only for the backup before a migration, which must
/// copy a ledger whose chain is already broken as faithfully as one whose chain is intact.
Result<LedgerCheck> copyLedger(const QString &sourcePath, const QString &destPath, bool requireJournal)
{
    auto src = Database::openReadOnly(sourcePath);
    if (!src)
        return backupError(sourcePath, destPath, src.error().message);
    // One read transaction for the whole copy: a fixed snapshot, so the backup never restarts
    // because the till committed, and (WAL) the till's writers are never blocked by it.
    if (auto r = src.value()->exec("BEGIN"); !r)
        return backupError(sourcePath, destPath, r.error().message);
    const qint64 snapshotSales
        = src.value()->queryInt("SELECT count(*) FROM sqlite_schema WHERE name = 'sale'").value_or(0) > 0
        ? src.value()->queryInt("SELECT count(*) FROM sale").value_or(-1)
        : 0;
    if (snapshotSales < 0)
        return backupError(sourcePath, destPath, src.value()->lastError(QStringLiteral("Reading the sales")).message);

    const QFileInfo destInfo(destPath);
    if (!QDir().mkpath(destInfo.absolutePath()))
        return backupError(
            sourcePath, destPath, QStringLiteral("cannot create the directory %1").arg(destInfo.absolutePath()));
    const QString tmp = destInfo.absoluteFilePath() + QStringLiteral(".part-%1").arg(::getpid());
    removeWithSidecars(tmp);
    {
        const int fd
            = ::open(QFile::encodeName(tmp).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
        if (fd < 0)
            return backupError(sourcePath, destPath, QStringLiteral("cannot create %1: %2").arg(tmp, errnoText()));
        ::close(fd);
    }
    sqlite3 *dst = nullptr;
    auto fail = [&](const QString &why) -> Error {
        if (dst)
            sqlite3_close_v2(dst);
        dst = nullptr;
        removeWithSidecars(tmp);
        return backupError(sourcePath, destPath, why);
    };
    if (sqlite3_open_v2(QFile::encodeName(tmp).constData(), &dst, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr)
        != SQLITE_OK)
        return fail(sqliteMessage(dst));
    sqlite3_exec(dst, "PRAGMA synchronous=FULL", nullptr, nullptr, nullptr);
    sqlite3_backup *b = sqlite3_backup_init(dst, "main", src.value()->handle(), "main");
    if (!b)
        return fail(sqliteMessage(dst));
    int rc = SQLITE_OK;
    while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
        rc = sqlite3_backup_step(b, kPagesPerStep);
        if (rc != SQLITE_DONE)
            std::this_thread::sleep_for(std::chrono::milliseconds(kPauseBetweenStepsMs));
    }
    sqlite3_backup_finish(b);
    if (rc != SQLITE_DONE)
        return fail(QString::fromUtf8(sqlite3_errstr(rc)));
    (void)src.value()->exec("COMMIT");
    src.value().reset();
    // The copy is one file: no -wal next to it on a USB stick, and readable by a read-only open.
    char *err = nullptr;
    if (sqlite3_exec(dst, "PRAGMA journal_mode=DELETE", nullptr, nullptr, &err) != SQLITE_OK) {
        const QString why = QString::fromUtf8(err ? err : "journal_mode=DELETE failed");
        sqlite3_free(err);
        return fail(why);
    }
    if (sqlite3_close(dst) != SQLITE_OK)
        return fail(sqliteMessage(dst));
    dst = nullptr;
    if (!syncPath(tmp, false))
        return fail(QStringLiteral("cannot write %1 to disk: %2").arg(tmp, errnoText()));

    auto check = checkLedger(tmp);
    if (!check)
        return fail(check.error().message);
    if (check->integrity != QLatin1String("ok") || (requireJournal && check->journalBrokenAt))
        return fail(QStringLiteral("the copy does not verify (%1)").arg(check->summary()));
    if (check->sales != snapshotSales)
        return fail(QStringLiteral("the copy holds %1 sales, the ledger held %2 when the copy began")
                        .arg(check->sales)
                        .arg(snapshotSales));
    if (::rename(QFile::encodeName(tmp).constData(), QFile::encodeName(destInfo.absoluteFilePath()).constData()) != 0)
        return fail(QStringLiteral("cannot rename %1 to %2: %3").arg(tmp, destPath, errnoText()));
    syncPath(destInfo.absolutePath(), true);
    check->path = destInfo.absoluteFilePath();
    return check;
}

QString joinRows(Statement &st, QString *error)
{
    QStringList rows;
    for (;;) {
        const auto s = st.next();
        if (s == Statement::Step::Row) {
            rows << st.text(0);
            continue;
        }
        if (s == Statement::Step::Failed && error)
            *error = statementError(st).message;
        break;
    }
    return rows.join(QStringLiteral("; "));
}

struct LockFd {
    int fd = -1;
    ~LockFd()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

QString lockPath(const QString &dataDir)
{
    return QDir(dataDir).absoluteFilePath(QStringLiteral("omnikiosk.lock"));
}

/// Try the kiosk's lock, creating the file if need be (a kiosk starting meanwhile then waits for
/// us). true: free, and held in `lock` now. omnikiosk-ctl hands a file root created to the data
/// directory's owner afterwards.
bool tryLock(const QString &dataDir, LockFd &lock)
{
    lock.fd = ::open(QFile::encodeName(lockPath(dataDir)).constData(), O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (lock.fd < 0)
        return errno == ENOENT; // no data directory yet: nothing to hold
    return ::flock(lock.fd, LOCK_EX | LOCK_NB) == 0;
}

/// Processes other than this one with `file` open, as "1234 (omnikiosk)".
QStringList processesWithOpen(const QString &file)
{
    QStringList out;
    const QString target = QFileInfo(file).canonicalFilePath();
    if (target.isEmpty())
        return out;
    const QString self = QString::number(::getpid());
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : pids) {
        if (pid == self || !pid.front().isDigit())
            continue;
        const QString fdDir = QStringLiteral("/proc/%1/fd/").arg(pid);
        for (const QString &fd : QDir(fdDir).entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)) {
            char link[4096];
            const ssize_t n = ::readlink(QFile::encodeName(fdDir + fd).constData(), link, sizeof link - 1);
            if (n > 0 && QFile::decodeName(QByteArray(link, int(n))) == target) {
                QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
                const QString name
                    = comm.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(comm.readAll()).trimmed() : QString();
                out << QStringLiteral("%1 (%2)").arg(pid, name);
                break;
            }
        }
    }
    return out;
}

} // namespace

QString LedgerCheck::summary() const
{
    QStringList parts;
    parts << QStringLiteral("%1 sales").arg(sales);
    if (terminalId.isEmpty())
        parts << QStringLiteral("no receipt yet");
    else
        parts << QStringLiteral("receipts %1..%2 of terminal %3 (store %4)")
                     .arg(firstReceipt)
                     .arg(lastReceipt)
                     .arg(terminalId, storeId);
    parts << (journalBrokenAt
            ? QStringLiteral("journal BROKEN at entry %1 of %2").arg(*journalBrokenAt).arg(journalEntries)
            : QStringLiteral("journal intact (%1 entries)").arg(journalEntries));
    parts << (integrity == QLatin1String("ok") ? QStringLiteral("integrity ok")
                                               : QStringLiteral("integrity FAILED: %1").arg(integrity));
    return (ok() ? QStringLiteral("ok: ") : QStringLiteral("FAILED: ")) + parts.join(QStringLiteral(", "));
}

Result<LedgerCheck> checkLedger(const QString &path)
{
    auto db = Database::openReadOnly(path);
    if (!db)
        return db.error();
    Database &d = *db.value();
    LedgerCheck c;
    c.path = QFileInfo(path).absoluteFilePath();
    const auto version = d.queryInt("PRAGMA user_version");
    if (!version)
        return Error { QStringLiteral("db.not-a-ledger"),
            QStringLiteral("%1 cannot be read as a database: %2").arg(path, sqliteMessage(d.handle())) };
    c.schemaVersion = int(*version);
    {
        auto st = d.prepare("PRAGMA integrity_check(20)");
        if (!st)
            c.integrity = st.error().message;
        else {
            QString error;
            c.integrity = joinRows(st.value(), &error);
            if (!error.isEmpty())
                c.integrity = error;
        }
    }
    const bool hasJournal = d.queryInt("SELECT count(*) FROM sqlite_schema WHERE name = 'journal'").value_or(0) > 0;
    if (hasJournal) {
        const auto entries = d.queryInt("SELECT count(*) FROM journal");
        c.journalEntries = entries.value_or(0);
        c.journalBrokenAt = entries ? journal::verify(d) : std::optional<qint64>(0);
    }
    const bool hasSales = d.queryInt("SELECT count(*) FROM sqlite_schema WHERE name = 'sale'").value_or(0) > 0;
    if (!hasSales && c.schemaVersion > 0 && c.integrity == QLatin1String("ok"))
        return Error { QStringLiteral("db.not-a-ledger"),
            QStringLiteral("%1 is a database but not an Omnikiosk ledger (no sale table)").arg(path) };
    if (hasSales) {
        c.sales = d.queryInt("SELECT count(*) FROM sale").value_or(0);
        if (auto st = d.prepare("SELECT store_id, terminal_id FROM sale ORDER BY rowid DESC LIMIT 1");
            st && st->step()) {
            c.storeId = st->text(0);
            c.terminalId = st->text(1);
        }
        if (auto st = d.prepare("SELECT min(receipt_no), max(receipt_no) FROM sale WHERE terminal_id = ?1"); st) {
            st->bind(1, c.terminalId);
            if (st->step()) {
                c.firstReceipt = st->int64(0);
                c.lastReceipt = st->int64(1);
            }
        }
    }
    return c;
}

Result<LedgerCheck> backupLedger(const QString &sourcePath, const QString &destPath, bool requireIntactJournal)
{
    return copyLedger(sourcePath, destPath, requireIntactJournal);
}

QString backupDir(const QString &dataDir)
{
    return QDir(dataDir).absoluteFilePath(QStringLiteral("backups"));
}

Result<QString> ensureBackupDir(const QString &dataDir)
{
    const QString dir = backupDir(dataDir);
    if (!QDir().mkpath(dir))
        return Error { QStringLiteral("db.backup-dir"),
            QStringLiteral("cannot create the backup directory %1").arg(dir) };
    // Never follow a link here: run as root, a chmod through DATA/backups -> /etc would be the
    // kiosk user's way to root.
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return Error { QStringLiteral("db.backup-dir"),
            QStringLiteral("%1 is not a directory (a symbolic link?): move it aside").arg(dir) };
    (void)::fchmod(fd, S_IRWXU);
    ::close(fd);
    return dir;
}

QString fileTimestamp()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

QString freePath(const QString &path)
{
    if (!QFileInfo::exists(path))
        return path;
    // "x.db" -> "x-2.db"; anything else ("cache.db.corrupt-<time>") -> "...-2"
    const bool db = path.endsWith(QLatin1String(".db"));
    const QString stem = db ? path.chopped(3) : path;
    for (int n = 2;; ++n) {
        const QString candidate
            = QStringLiteral("%1-%2%3").arg(stem).arg(n).arg(db ? QStringLiteral(".db") : QString());
        if (!QFileInfo::exists(candidate))
            return candidate;
    }
}

QString automaticBackupPath(const QString &dataDir, const QString &terminalId)
{
    return freePath(
        QDir(backupDir(dataDir)).absoluteFilePath(QStringLiteral("ledger-%1-%2.db").arg(terminalId, fileTimestamp())));
}

QStringList pruneBackups(const QString &dir, int keep)
{
    static const QRegularExpression automatic(QStringLiteral("^ledger-(.+)-(\\d{8}T\\d{6}Z)(-\\d+)?\\.db$"));
    // Oldest first by when the copy was written (a name taken again in the same second sorts
    // wrong by name), then by name.
    QList<std::pair<QString, QString>> found; // (sort key, path)
    const QStringList names = QDir(dir).entryList({ QStringLiteral("ledger-*.db") }, QDir::Files);
    for (const QString &name : names) {
        if (name.startsWith(QLatin1String("ledger-before-v")))
            continue;
        const auto m = automatic.match(name);
        if (m.hasMatch())
            found.append({ QFileInfo(QDir(dir).filePath(name)).lastModified().toUTC().toString(Qt::ISODateWithMs)
                    + m.captured(2) + m.captured(3).rightJustified(8, QLatin1Char('0')),
                QDir(dir).absoluteFilePath(name) });
    }
    std::sort(found.begin(), found.end());
    QStringList removed;
    for (qsizetype i = 0; i + keep < found.size(); ++i) {
        if (QFile::remove(found.at(i).second))
            removed << found.at(i).second;
    }
    return removed;
}

QString newestBackup(const QString &dataDir)
{
    const QFileInfoList files
        = QDir(backupDir(dataDir)).entryInfoList({ QStringLiteral("ledger-*.db") }, QDir::Files, QDir::Time);
    return files.isEmpty() ? QString() : files.first().absoluteFilePath();
}

QString damageMarker(const QString &path)
{
    return path + QStringLiteral(".damaged");
}

std::optional<QString> startupProblem(const QString &path)
{
    QFile marker(damageMarker(path));
    if (marker.open(QIODevice::ReadOnly)) {
        const QString found = QString::fromUtf8(marker.readAll()).trimmed();
        return QStringLiteral("found by the integrity check at %1: %2")
            .arg(QFileInfo(marker).lastModified().toUTC().toString(Qt::ISODate), found);
    }
    const QFileInfo fi(path);
    if (!fi.exists() || fi.size() == 0)
        return std::nullopt;
    auto db = Database::openReadOnly(path);
    if (!db)
        return std::nullopt; // cannot look (permissions...): the normal open reports it
    auto st = db.value()->prepare("SELECT count(*) FROM sqlite_schema");
    if (st && st.value().step())
        return std::nullopt;
    const int code = sqlite3_errcode(db.value()->handle()) & 0xff;
    if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
        return QStringLiteral("SQLite: %1").arg(sqliteMessage(db.value()->handle()));
    return std::nullopt;
}

QStringList deepCheck(const QString &dataDir, const std::atomic_bool *stop)
{
    QStringList found;
    for (const char *name : {"ledger.db", "cache.db"}) {
        const QString path = QDir(dataDir).absoluteFilePath(QString::fromLatin1(name));
        if (QFileInfo::exists(damageMarker(path)))
            continue; // known already: the next start acts on it
        const auto problem = quickCheckProblem(path, stop);
        if (!problem || (stop && stop->load()))
            continue;
        QFile marker(damageMarker(path));
        if (marker.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            marker.write(problem->toUtf8() + '\n');
            marker.flush();
            (void)::fsync(marker.handle());
            marker.close();
            syncPath(dataDir, true);
        }
        found << QStringLiteral("%1 is damaged (%2): %3").arg(path, *problem,
                     qstrcmp(name, "ledger.db") == 0
                         ? QStringLiteral("the terminal refuses it at its next start; back up what can be read "
                                          "(omnikiosk-ctl backup) and see docs/operations.md, \"Corrupt ledger\"")
                         : QStringLiteral("it is moved aside and pulled again at the next start"));
    }
    return found;
}

std::optional<QString> quickCheckProblem(const QString &path, const std::atomic_bool *stop)
{
    const QFileInfo fi(path);
    if (!fi.exists() || fi.size() == 0)
        return std::nullopt;
    auto db = Database::openReadOnly(path);
    if (!db)
        return std::nullopt; // cannot look (permissions...): the normal open reports it
    // Only what SQLite calls damage counts: a busy or unreadable file is not moved aside or
    // refused as corrupt, the normal open says what is wrong with it.
    auto damaged = [&]() -> std::optional<QString> {
        const int code = sqlite3_errcode(db.value()->handle()) & 0xff;
        if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
            return QStringLiteral("SQLite: %1").arg(sqliteMessage(db.value()->handle()));
        return std::nullopt;
    };
    if (stop) // every 10,000 virtual machine steps: a kiosk shutting down does not wait for the whole file
        sqlite3_progress_handler(
            db.value()->handle(), 10000, [](void *flag) { return static_cast<const std::atomic_bool *>(flag)->load() ? 1 : 0; },
            const_cast<std::atomic_bool *>(stop));
    auto st = db.value()->prepare("PRAGMA quick_check(5)");
    if (!st)
        return damaged();
    QString error;
    const QString result = joinRows(st.value(), &error);
    if (!error.isEmpty())
        return damaged();
    if (result != QLatin1String("ok")) {
        // One line for the screen and the log: the first finding that names a page, and a count.
        QStringList found = result.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        found.removeIf([](const QString &l) { return l.startsWith(QLatin1String("*** ")); });
        if (found.isEmpty())
            return QStringLiteral("quick_check found: %1").arg(result.simplified());
        return found.size() == 1 ? QStringLiteral("quick_check found: %1").arg(found.first())
                                 : QStringLiteral("quick_check found: %1, and %2 more").arg(found.first()).arg(found.size() - 1);
    }
    return std::nullopt;
}

QString dataDirInUse(const QString &dataDir)
{
    LockFd lock;
    if (!tryLock(dataDir, lock))
        return QStringLiteral("a program holds %1 (the kiosk runs)").arg(lockPath(dataDir));
    const QString ledger = QDir(dataDir).absoluteFilePath(QStringLiteral("ledger.db"));
    const QStringList users = processesWithOpen(ledger);
    if (!users.isEmpty())
        return QStringLiteral("process %1 has %2 open").arg(users.join(QStringLiteral(", ")), ledger);
    return {};
}

Result<void> holdDataDirLock(const QString &dataDir)
{
    static QMutex mutex;
    static QSet<QString> held;
    const QMutexLocker locker(&mutex);
    const QString path = lockPath(dataDir);
    if (held.contains(path))
        return {};
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CREAT | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0)
        return Error { QStringLiteral("db.lock"),
            QStringLiteral("cannot create the lock file %1: %2").arg(path, errnoText()) };
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd);
        return Error { QStringLiteral("db.data-dir-in-use"),
            QStringLiteral("Another program uses the data directory %1 (it holds %2): a second kiosk, or "
                           "omnikiosk-ctl restoring a backup. Wait for it to finish or stop it, then start again.")
                .arg(dataDir, path) };
    }
    held.insert(path); // the descriptor stays open until the process ends: so does the lock
    return {};
}

Result<RestoreResult> restoreLedger(
    const QString &backupPath, const QString &dataDir, const QString &storeId, const QString &terminalId, bool force)
{
    auto refused = [](const QString &why) { return Error { QStringLiteral("db.restore-refused"), why }; };
    auto check = checkLedger(backupPath);
    if (!check)
        return refused(QStringLiteral("Not restored: %1").arg(check.error().message));
    if (!check->ok())
        return refused(QStringLiteral("Not restored: %1 does not verify (%2). Use another backup.")
                           .arg(backupPath, check->summary()));
    if (!check->terminalId.isEmpty() && (check->terminalId != terminalId || check->storeId != storeId))
        return refused(
            QStringLiteral("Not restored: %1 is the ledger of terminal %2 in store %3, but this is terminal %4 "
                           "in store %5 ([store] terminal and id in the configuration). Restoring another "
                           "terminal's ledger would mix two terminals' receipts: use a backup of this terminal.")
                .arg(backupPath, check->terminalId, check->storeId, terminalId, storeId));
    if (const int known = ledgerMigrations().back().version; check->schemaVersion > known)
        return refused(QStringLiteral("Not restored: %1 has schema version %2, written by a newer Omnikiosk than this "
                                      "one (version %3): install that version first.")
                           .arg(backupPath)
                           .arg(check->schemaVersion)
                           .arg(known));
    LockFd lock; // held until the new ledger is in place: the kiosk cannot start half-way
    if (!tryLock(dataDir, lock))
        return refused(QStringLiteral("Not restored: the kiosk is running (it holds %1). Stop it first "
                                      "(systemctl stop omnikiosk), then restore again.")
                           .arg(lockPath(dataDir)));
    const QString ledger = QDir(dataDir).absoluteFilePath(QStringLiteral("ledger.db"));
    if (const QStringList users = processesWithOpen(ledger); !users.isEmpty())
        return refused(QStringLiteral("Not restored: process %1 has %2 open. Stop the kiosk first (systemctl stop "
                                      "omnikiosk), then restore again.")
                           .arg(users.join(QStringLiteral(", ")), ledger));

    RestoreResult out;
    const bool currentSound = QFileInfo::exists(ledger) && !quickCheckProblem(ledger);
    if (currentSound) {
        auto cur = Database::openReadOnly(ledger);
        if (cur) {
            auto st = cur.value()->prepare("SELECT coalesce(max(receipt_no), 0) FROM sale WHERE terminal_id = ?1");
            if (st && st->bind(1, terminalId).step())
                out.previousLastReceipt = st->int64(0);
        }
        if (out.previousLastReceipt > check->lastReceipt && !force)
            return refused(
                QStringLiteral("Not restored: the current ledger %1 is sound and holds receipts up to %2, the "
                               "backup %3 only up to %4. Restoring would take receipts %5..%2 off this "
                               "terminal and the next sale would reuse number %5. Restore only a damaged "
                               "or lost ledger; if support asks for it anyway, add --force.")
                    .arg(ledger)
                    .arg(out.previousLastReceipt)
                    .arg(backupPath)
                    .arg(check->lastReceipt)
                    .arg(check->lastReceipt + 1));
    }
    QStringList moved; // (from, to) pairs, to undo if the copy fails
    if (QFileInfo::exists(ledger)) {
        if (currentSound) {
            // Sound: fold the WAL in, so the file moved aside is complete by itself.
            auto cur = Database::open(ledger, Durability::Full);
            if (cur)
                (void)checkpoint(*cur.value());
        }
        out.movedAside = freePath(ledger + QStringLiteral(".before-restore-") + fileTimestamp());
        for (const QString &side : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
            if (!QFileInfo::exists(ledger + side))
                continue;
            if (::rename(
                    QFile::encodeName(ledger + side).constData(), QFile::encodeName(out.movedAside + side).constData())
                != 0) {
                const QString why = errnoText();
                for (qsizetype i = 0; i + 1 < moved.size(); i += 2)
                    (void)::rename(
                        QFile::encodeName(moved.at(i + 1)).constData(), QFile::encodeName(moved.at(i)).constData());
                return Error { QStringLiteral("db.restore-failed"),
                    QStringLiteral("Not restored: cannot move %1 aside: %2. Nothing was changed.")
                        .arg(ledger + side, why) };
            }
            moved << ledger + side << out.movedAside + side;
        }
        syncPath(dataDir, true);
    }
    auto copied = copyLedger(backupPath, ledger, true);
    if (!copied) {
        for (qsizetype i = 0; i + 1 < moved.size(); i += 2)
            (void)::rename(QFile::encodeName(moved.at(i + 1)).constData(), QFile::encodeName(moved.at(i)).constData());
        syncPath(dataDir, true);
        return Error {
            QStringLiteral("db.restore-failed"),
            QStringLiteral("Not restored; the ledger that was there is back in place. %1").arg(copied.error().message)
        };
    }
    out.restored = copied.value();
    QFile::remove(damageMarker(ledger)); // the damaged ledger is aside; the restored one verified
    qCInfo(lcStorage).noquote() << QStringLiteral("restored %1 as %2 (%3)%4")
                                       .arg(backupPath, ledger, out.restored.summary(),
                                           out.movedAside.isEmpty()
                                               ? QString()
                                               : QStringLiteral("; the previous ledger is %1").arg(out.movedAside));
    return out;
}

} // namespace ok::db
