// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/housekeeping.h"

#include "services/config.h"
#include "storage/backup.h"
#include "storage/outbox.h"
#include "storage/printjobs.h"
#include "storage/sqlite.h"
#include "storage/stores.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QLoggingCategory>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>

#include <cerrno>
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <limits>
#include <unistd.h>
#include <zlib.h>

Q_LOGGING_CATEGORY(lcHousekeeping, "omnikiosk.services.housekeeping", QtInfoMsg)

namespace ok {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;
/// Acknowledged events read and written to the archive per step (the deletes go by kBatchRows).
constexpr int kChunkRows = 5000;
/// A file younger than this is never removed by a count or age rule (it may still be written).
constexpr qint64 kYoungMs = 3600LL * 1000;

/// SQLITE_BUSY (any extended code): the till held the write lock for the whole busy timeout.
bool isBusy(const Error &e)
{
    bool ok = false;
    const int code = e.code.startsWith(QLatin1String("db.sqlite-")) ? e.code.mid(10).toInt(&ok) : 0;
    return ok && (code & 0xff) == 5;
}

/// A write of housekeeping gives way to selling: when the ledger stayed busy, try again a little
/// later, a few times, before reporting it (the next pass goes on where this one stopped).
template<typename F>
auto givingWay(F write, const std::atomic_bool *stop)
{
    for (int attempt = 1;; ++attempt) {
        auto r = write();
        if (r || attempt == 5 || !isBusy(r.error()) || (stop && stop->load()))
            return r;
        QThread::msleep(200 * attempt);
    }
}

Error archiveError(const QString &path, const QString &what)
{
    return Error{QStringLiteral("housekeeping.archive"),
                 QStringLiteral("Outbox archive %1: %2. Nothing was removed from the outbox.").arg(path, what)};
}

Result<QByteArray> gzip(const QByteArray &in)
{
    z_stream zs{};
    if (deflateInit2(&zs, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return Error{QStringLiteral("housekeeping.zlib"), QStringLiteral("zlib could not start compressing")};
    QByteArray out(qsizetype(deflateBound(&zs, uLong(in.size()))) + 64, Qt::Uninitialized);
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    zs.avail_in = uInt(in.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    const int rc = deflate(&zs, Z_FINISH);
    out.resize(qsizetype(zs.total_out));
    deflateEnd(&zs);
    if (rc != Z_STREAM_END)
        return Error{QStringLiteral("housekeeping.zlib"), QStringLiteral("zlib could not compress (%1)").arg(rc)};
    return out;
}

/// Every gzip member of `in`, one after the other (an appended file has one member per write).
Result<QByteArray> gunzip(const QByteArray &in)
{
    QByteArray out;
    if (in.isEmpty())
        return out;
    z_stream zs{};
    if (inflateInit2(&zs, 15 + 32) != Z_OK)
        return Error{QStringLiteral("housekeeping.zlib"), QStringLiteral("zlib could not start reading")};
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    zs.avail_in = uInt(in.size());
    char buf[65536];
    for (;;) {
        zs.next_out = reinterpret_cast<Bytef *>(buf);
        zs.avail_out = sizeof buf;
        const int rc = inflate(&zs, Z_NO_FLUSH);
        out.append(buf, qsizetype(sizeof buf - zs.avail_out));
        if (rc == Z_STREAM_END) {
            if (zs.avail_in == 0)
                break;
            inflateReset(&zs);
            continue;
        }
        if (rc != Z_OK) {
            const QString why = rc == Z_BUF_ERROR ? QStringLiteral("it ends in the middle (truncated)")
                                                  : QStringLiteral("it is damaged (zlib %1)").arg(rc);
            inflateEnd(&zs);
            return Error{QStringLiteral("housekeeping.zlib"), why};
        }
    }
    inflateEnd(&zs);
    return out;
}

bool fsyncPath(const QString &path, int flags)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

QByteArray archiveLine(const db::Outbox::Acknowledged &e)
{
    QJsonObject o{{QStringLiteral("seq"), e.seq},           {QStringLiteral("event_id"), e.eventId},
                  {QStringLiteral("kind"), e.kind},         {QStringLiteral("ref"), e.ref},
                  {QStringLiteral("created_at"), e.createdAtMs}, {QStringLiteral("acked_at"), e.ackedAtMs},
                  {QStringLiteral("attempts"), e.attempts}};
    const QJsonDocument payload = QJsonDocument::fromJson(e.payload);
    if (payload.isObject()) {
        QJsonObject p = payload.object();
        // A customer's contact travels only until the central service has it (docs/channels.md,
        // "Personal data"): acknowledging scrubs it, and so does the archive for an older row.
        if (e.kind == QLatin1String("transfer.requested"))
            p.remove(QStringLiteral("customer"));
        o.insert(QStringLiteral("payload"), p);
    } else {
        o.insert(QStringLiteral("payload_text"), QString::fromUtf8(e.payload));
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QSet<QString> eventIdsOf(const QByteArrayList &lines)
{
    QSet<QString> ids;
    for (const QByteArray &line : lines)
        ids.insert(QJsonDocument::fromJson(line).object().value(QStringLiteral("event_id")).toString());
    return ids;
}

/// Append the events not yet in `path` as one new gzip member: existing bytes + member to
/// `path`.tmp, fsync, rename over `path`, fsync the directory; then read it back and check every
/// event of `events` is there. Only then may they leave the outbox.
Result<void> appendToArchive(const QString &path, const QList<const db::Outbox::Acknowledged *> &events)
{
    QByteArray existing;
    QSet<QString> have;
    if (QFileInfo::exists(path)) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return archiveError(path, QStringLiteral("cannot be read (%1)").arg(f.errorString()));
        existing = f.readAll();
        auto lines = Housekeeping::readArchive(path);
        if (!lines)
            return lines.error();
        have = eventIdsOf(lines.value());
    }
    QByteArray text;
    for (const auto *e : events)
        if (!have.contains(e->eventId))
            text += archiveLine(*e) + '\n';
    if (!text.isEmpty()) {
        auto member = gzip(text);
        if (!member)
            return archiveError(path, member.error().message);
        const QString tmp = path + QStringLiteral(".tmp");
        QFile f(tmp);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return archiveError(tmp, QStringLiteral("cannot be written (%1): check the disk and the directory's owner").arg(f.errorString()));
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const bool written = f.write(existing) == existing.size() && f.write(member.value()) == member->size() && f.flush()
                             && ::fsync(f.handle()) == 0;
        const QString why = written ? QString() : f.errorString();
        f.close();
        if (!written) {
            QFile::remove(tmp);
            return archiveError(tmp, QStringLiteral("could not be written to disk (%1): check free space").arg(why));
        }
        if (std::rename(QFile::encodeName(tmp).constData(), QFile::encodeName(path).constData()) != 0) {
            const QString err = QString::fromLocal8Bit(std::strerror(errno));
            QFile::remove(tmp);
            return archiveError(path, QStringLiteral("could not be renamed into place (%1)").arg(err));
        }
        if (!fsyncPath(QFileInfo(path).absolutePath(), O_RDONLY | O_DIRECTORY))
            return archiveError(path, QStringLiteral("its directory could not be synced to disk"));
    }
    auto lines = Housekeeping::readArchive(path);
    if (!lines)
        return lines.error();
    have = eventIdsOf(lines.value());
    for (const auto *e : events)
        if (!have.contains(e->eventId))
            return archiveError(path, QStringLiteral("event %1 is missing after writing").arg(e->eventId));
    return {};
}

void archiveOutbox(db::Database &ledger, const QString &dir, const HousekeepingLimits &limits, qint64 nowMs,
                   const std::atomic_bool *stop, HousekeepingReport &report)
{
    db::Outbox outbox(ledger);
    const qint64 before = nowMs - limits.outboxKeepDays * kDayMs;
    qint64 afterSeq = 0;
    while (!(stop && stop->load())) {
        auto rows = outbox.acknowledgedBefore(before, afterSeq, kChunkRows);
        if (!rows) {
            report.problems << rows.error().message;
            return;
        }
        if (rows->isEmpty())
            return;
        if (!QDir().mkpath(dir) || !QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner)) {
            report.problems << archiveError(dir, QStringLiteral("the directory cannot be created: check the data directory's owner")).message;
            return;
        }
        afterSeq = rows->constLast().seq;
        QMap<QString, QList<const db::Outbox::Acknowledged *>> byFile;
        for (const auto &e : rows.value())
            byFile[Housekeeping::archiveFileName(e.ackedAtMs)].append(&e);
        for (auto it = byFile.cbegin(); it != byFile.cend(); ++it) {
            const QString path = QDir(dir).filePath(it.key());
            if (auto w = appendToArchive(path, it.value()); !w) {
                report.problems << w.error().message; // these rows stay; the next pass tries again
                continue;
            }
            for (qsizetype i = 0; i < it.value().size() && !(stop && stop->load()); i += Housekeeping::kBatchRows) {
                QList<qint64> seqs;
                for (const auto *e : it.value().mid(i, Housekeeping::kBatchRows))
                    seqs << e->seq;
                auto removed = givingWay([&] { return outbox.removeAcknowledged(seqs); }, stop);
                if (!removed) { // archived already: the next pass finds them there and removes them
                    report.problems << removed.error().message;
                    break;
                }
                report.outboxArchived += removed.value();
            }
        }
    }
}

int monthIndex(qint64 ms)
{
    const QDate d = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date();
    return d.year() * 12 + d.month() - 1;
}

void pruneArchiveFiles(const QString &dir, const HousekeepingLimits &limits, qint64 nowMs, HousekeepingReport &report)
{
    static const QRegularExpression re(QStringLiteral("^outbox-(\\d{4})-(\\d{2})\\.jsonl\\.gz$"));
    // A month whose events may still be archived is never removed, whatever the setting.
    const int newestRemovable = std::min(monthIndex(nowMs) - limits.archiveKeepMonths - 1,
                                         monthIndex(nowMs - limits.outboxKeepDays * kDayMs) - 1);
    const QFileInfoList files = QDir(dir).entryInfoList(QDir::Files | QDir::Hidden);
    for (const QFileInfo &fi : files) {
        if (fi.fileName().endsWith(QLatin1String(".tmp"))) { // a write that never finished: its rows are still in the outbox
            if (QFile::remove(fi.filePath()))
                ++report.filesRemoved;
            continue;
        }
        const auto m = re.match(fi.fileName());
        if (!m.hasMatch() || m.captured(1).toInt() * 12 + m.captured(2).toInt() - 1 > newestRemovable)
            continue;
        if (QFile::remove(fi.filePath())) {
            ++report.archiveFilesRemoved;
            qCInfo(lcHousekeeping).noquote() << "removed" << fi.filePath() << "(older than" << limits.archiveKeepMonths << "months)";
        } else {
            report.problems << QStringLiteral("%1 could not be removed: check its owner").arg(fi.filePath());
        }
    }
}

/// Keep at most `keepFiles` of `files` (newest by modification time) and none older than
/// `keepDays`; a file younger than an hour always stays.
void capFiles(QFileInfoList files, int keepDays, int keepFiles, qint64 nowMs, HousekeepingReport &report)
{
    std::sort(files.begin(), files.end(),
              [](const QFileInfo &a, const QFileInfo &b) { return a.lastModified() > b.lastModified(); });
    for (qsizetype i = 0; i < files.size(); ++i) {
        const qint64 age = nowMs - files[i].lastModified().toMSecsSinceEpoch();
        if (age < kYoungMs || (i < keepFiles && age <= keepDays * kDayMs))
            continue;
        if (QFile::remove(files[i].filePath())) {
            ++report.filesRemoved;
            qCInfo(lcHousekeeping).noquote() << "removed" << files[i].filePath();
        } else {
            report.problems << QStringLiteral("%1 could not be removed: check its owner").arg(files[i].filePath());
        }
    }
}

} // namespace

HousekeepingLimits HousekeepingLimits::fromConfig(const Config &c)
{
    return {c.printHistoryDays, c.printHistoryRows, c.outboxKeepDays, c.archiveKeepMonths, c.exportKeepDays, c.exportKeepFiles};
}

QString Housekeeping::archiveFileName(qint64 ackedAtMs)
{
    return QStringLiteral("outbox-%1.jsonl.gz").arg(QDateTime::fromMSecsSinceEpoch(ackedAtMs, Qt::UTC).toString(QStringLiteral("yyyy-MM")));
}

Result<QByteArrayList> Housekeeping::readArchive(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return archiveError(path, QStringLiteral("cannot be read (%1)").arg(f.errorString()));
    auto text = gunzip(f.readAll());
    if (!text)
        return archiveError(path, text.error().message + QStringLiteral(": move it aside (mv %1 %1.damaged) and the next "
                                                                         "pass starts a new file").arg(path));
    QByteArrayList lines = text->split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

HousekeepingReport Housekeeping::run(const QString &dataDir, const HousekeepingLimits &limits, qint64 nowMs,
                                     const std::atomic_bool *stop)
{
    HousekeepingReport report;
    QElapsedTimer timer;
    timer.start();
    const QDir data(dataDir);
    QLockFile lock(data.filePath(QStringLiteral(".housekeeping.lock")));
    if (!lock.tryLock(0)) {
        report.problems << QStringLiteral("another housekeeping pass is running on %1").arg(dataDir);
        return report;
    }
    const QString ledgerPath = data.filePath(QStringLiteral("ledger.db"));
    if (QFileInfo::exists(ledgerPath)) {
        auto ledger = db::openLedger(ledgerPath);
        if (!ledger) {
            report.problems << ledger.error().message;
        } else {
            db::PrintJobs jobs(*ledger.value());
            while (!(stop && stop->load())) {
                auto n = givingWay([&] { return jobs.pruneHistory(nowMs - limits.printHistoryDays * kDayMs, limits.printHistoryRows,
                                                                  kBatchRows); },
                                   stop);
                if (!n) {
                    report.problems << n.error().message;
                    break;
                }
                report.printJobsPruned += n.value();
                if (n.value() < kBatchRows)
                    break;
            }
            archiveOutbox(*ledger.value(), data.filePath(QStringLiteral("archive")), limits, nowMs, stop, report);
        }
    }
    pruneArchiveFiles(data.filePath(QStringLiteral("archive")), limits, nowMs, report);
    // Journal exports and moved-aside caches (cache.db.corrupt-..., a cache.db.building left by
    // a crash). Nothing named ledger* is ever removed here: a moved-aside ledger is evidence.
    capFiles(QDir(data.filePath(QStringLiteral("exports"))).entryInfoList(QDir::Files | QDir::Hidden), limits.exportKeepDays,
             limits.exportKeepFiles, nowMs, report);
    // Age only: the terminal itself keeps the last two damaged caches (each with its -wal, -shm).
    capFiles(data.entryInfoList({QStringLiteral("cache.db.*")}, QDir::Files | QDir::Hidden), limits.exportKeepDays,
             std::numeric_limits<int>::max(), nowMs, report);
    // Integrity, every page of both databases (read-only): what a start cannot afford to read. A
    // damaged file is marked, and the next start acts on it (docs/operations.md, "Corrupt cache").
    for (const QString &damage : db::deepCheck(dataDir, stop))
        report.problems << damage;
    report.elapsedMs = timer.elapsed();
    return report;
}

Housekeeping::Housekeeping(QString dataDir, HousekeepingLimits limits, std::chrono::hours every, QObject *parent)
    : QObject(parent)
    , m_dataDir(std::move(dataDir))
    , m_limits(limits)
    , m_every(every)
    , m_worker(new QObject)
{
    qRegisterMetaType<ok::HousekeepingReport>();
    m_thread.setObjectName(QStringLiteral("housekeeping"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
}

Housekeeping::~Housekeeping()
{
    m_stop = true;
    m_thread.quit();
    m_thread.wait();
}

void Housekeeping::start(std::chrono::milliseconds firstPassAfter)
{
    if (m_thread.isRunning())
        return;
    m_thread.start(QThread::LowPriority);
    QMetaObject::invokeMethod(m_worker, [this, firstPassAfter] {
        auto pass = [this] {
            const HousekeepingReport r = run(m_dataDir, m_limits, QDateTime::currentMSecsSinceEpoch(), &m_stop);
            qCInfo(lcHousekeeping).noquote()
                << "print jobs pruned" << r.printJobsPruned << "outbox events archived" << r.outboxArchived << "archive files removed"
                << r.archiveFilesRemoved << "files removed" << r.filesRemoved << "in" << r.elapsedMs << "ms";
            for (const QString &p : r.problems)
                qCWarning(lcHousekeeping).noquote() << p;
            Q_EMIT finished(r);
        };
        auto *timer = new QTimer(m_worker);
        timer->setInterval(std::chrono::duration_cast<std::chrono::milliseconds>(m_every));
        connect(timer, &QTimer::timeout, m_worker, pass);
        timer->start();
        QTimer::singleShot(firstPassAfter, m_worker, pass);
    });
}

} // namespace ok
