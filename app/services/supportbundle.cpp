// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/supportbundle.h"

#include "services/config.h"
#include "storage/ledger.h"
#include "storage/sqlite.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <tuple>

namespace ok {

namespace {

const QString kRedacted = QStringLiteral("<redacted>");

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

/// A query's rows, tab-separated under a header line; an error line instead of failing the bundle.
QString table(db::Database &db, std::string_view sql, const QStringList &headers)
{
    auto st = db.prepare(sql);
    if (!st)
        return QStringLiteral("(not available: %1)\n").arg(st.error().message);
    QString out = headers.join(QLatin1Char('\t')) + QLatin1Char('\n');
    int rows = 0;
    while (st->step()) {
        QStringList cells;
        for (int c = 0; c < headers.size(); ++c)
            cells << (st->isNull(c) ? QStringLiteral("-") : st->text(c).simplified());
        out += cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
        ++rows;
    }
    if (st->lastError())
        out += QStringLiteral("(failed: %1)\n").arg(st->lastError()->message);
    else if (rows == 0)
        out += QStringLiteral("(none)\n");
    return out;
}

/// SQL for a terminal-clock ms column as ISO 8601 UTC.
#define OK_ISO(col) "strftime('%Y-%m-%dT%H:%M:%SZ', " col " / 1000, 'unixepoch')"

struct Tool {
    QString output;
    QString note; ///< set when it did not run or failed
};

Tool runTool(const QString &program, const QStringList &args, int timeoutMs = 60000)
{
    const QString exe = QStandardPaths::findExecutable(program);
    if (exe.isEmpty())
        return {{}, QStringLiteral("%1 is not installed on this system").arg(program)};
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(exe, args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(2000);
        return {QString::fromLocal8Bit(p.readAll()), QStringLiteral("%1 did not finish within %2 s").arg(program).arg(timeoutMs / 1000)};
    }
    Tool t{QString::fromLocal8Bit(p.readAll()), {}};
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        t.note = QStringLiteral("%1 exited with status %2").arg(program).arg(p.exitCode());
    return t;
}

QString fileText(const QString &path, const QString &missing)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : missing;
}

QString sizes(const QString &path)
{
    QString out;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QFileInfo fi(path + suffix);
        out += QStringLiteral("  %1: %2\n").arg(fi.fileName(), fi.exists() ? QStringLiteral("%1 bytes").arg(fi.size()) : QStringLiteral("absent"));
    }
    return out;
}

QString databaseReport(const QString &path, bool isLedger)
{
    QString out = QStringLiteral("== %1\n").arg(path) + sizes(path);
    auto db = db::Database::openReadOnly(path);
    if (!db)
        return out + QStringLiteral("  cannot be opened read-only: %1\n").arg(db.error().message);
    db::Database &d = *db.value();
    out += QStringLiteral("  user_version: %1, page_size: %2, pages: %3, free pages: %4\n")
               .arg(d.queryInt("PRAGMA user_version").value_or(-1))
               .arg(d.queryInt("PRAGMA page_size").value_or(-1))
               .arg(d.queryInt("PRAGMA page_count").value_or(-1))
               .arg(d.queryInt("PRAGMA freelist_count").value_or(-1));
    out += QStringLiteral("  PRAGMA quick_check:\n") + table(d, "PRAGMA quick_check", {QStringLiteral("result")});
    if (isLedger) {
        const auto broken = db::journal::verify(d);
        out += broken ? QStringLiteral("  journal chain: BROKEN at entry %1 (the first changed, deleted or reordered entry)\n").arg(*broken)
                      : QStringLiteral("  journal chain: intact\n");
        out += table(d, "SELECT (SELECT count(*) FROM sale), (SELECT max(receipt_no) FROM sale), (SELECT count(*) FROM journal), "
                        "(SELECT count(*) FROM outbox), (SELECT count(*) FROM print_job)",
                     {QStringLiteral("sales"), QStringLiteral("highest receipt"), QStringLiteral("journal entries"),
                      QStringLiteral("outbox rows"), QStringLiteral("print jobs")});
    } else {
        out += table(d, "SELECT (SELECT count(*) FROM product), (SELECT count(*) FROM price), (SELECT count(*) FROM stock), "
                        "(SELECT count(*) FROM cc_order)",
                     {QStringLiteral("products"), QStringLiteral("prices"), QStringLiteral("stock rows"), QStringLiteral("orders")});
    }
    return out;
}

QString devicesReport(const Config &config, db::Database *ledger)
{
    QString out = QStringLiteral("Configured devices ([device.NAME]); live health is in the heartbeat "
                                 "(omnikiosk-central-admin terminals). No port was opened for this report.\n\n");
    for (const DeviceConfig &d : config.devices) {
        out += QStringLiteral("[device.%1] role=%2 driver=%3 transport=%4 port=%5 profile=%6\n")
                   .arg(d.name, d.role, d.driver, d.transport, d.port, d.profile);
        for (auto it = d.options.cbegin(); it != d.options.cend(); ++it)
            out += QStringLiteral("  %1 = %2\n").arg(it.key(), isSecretKey(it.key()) ? kRedacted : it.value());
    }
    if (config.devices.isEmpty())
        out += QStringLiteral("(no devices configured)\n");
    if (!ledger)
        return out + QStringLiteral("\n(no ledger: no print queues or device journal)\n");
    out += QStringLiteral("\n== Print queues by printer and state\n")
           + table(*ledger, "SELECT printer, state, count(*), " OK_ISO("max(updated_at)") " FROM print_job GROUP BY printer, state ORDER BY printer, state",
                   {QStringLiteral("printer"), QStringLiteral("state"), QStringLiteral("jobs"), QStringLiteral("last change")});
    out += QStringLiteral("\n== Open print jobs (newest 30) with the printer's last reason\n")
           + table(*ledger, "SELECT printer, id, state, attempts, " OK_ISO("updated_at") ", coalesce(last_error, '') FROM print_job "
                            "WHERE state IN ('queued','sending','uncertain') ORDER BY id DESC LIMIT 30",
                   {QStringLiteral("printer"), QStringLiteral("job"), QStringLiteral("state"), QStringLiteral("attempts"),
                    QStringLiteral("changed"), QStringLiteral("reason")});
    out += QStringLiteral("\n== Device journal entries by kind\n")
           + table(*ledger, "SELECT kind, count(*), " OK_ISO("max(created_at)") " FROM journal WHERE kind LIKE 'locker.%' "
                            "OR kind LIKE 'drawer.%' OR kind LIKE 'print.%' OR kind LIKE 'device.%' GROUP BY kind ORDER BY kind",
                   {QStringLiteral("kind"), QStringLiteral("entries"), QStringLiteral("last")});
    out += QStringLiteral("\n== Last 30 locker incidents and door results\n")
           + table(*ledger, "SELECT " OK_ISO("created_at") ", kind, coalesce(json_extract(payload, '$.device'), ''), "
                            "coalesce(json_extract(payload, '$.compartment'), ''), coalesce(json_extract(payload, '$.outcome'), '') "
                            "FROM journal WHERE kind IN ('locker.incident', 'locker.unlock-result') ORDER BY seq DESC LIMIT 30",
                   {QStringLiteral("at"), QStringLiteral("kind"), QStringLiteral("device"), QStringLiteral("compartment"),
                    QStringLiteral("outcome")});
    return out;
}

QString syncReport(const Config &config, db::Database *ledger, db::Database *cache, qint64 nowMs)
{
    QString out = QStringLiteral("[central] enabled=%1 url=%2\n").arg(config.syncEnabled ? QStringLiteral("true") : QStringLiteral("false"),
                                                                      redactIni(QStringLiteral("url = ") + config.centralUrl).mid(6));
    const QFileInfo token(QDir(config.dataDir).filePath(QStringLiteral("sync-token")));
    out += QStringLiteral("enrolled (sync-token present): %1\n\n").arg(token.exists() && token.size() > 0 ? QStringLiteral("yes") : QStringLiteral("no"));
    if (ledger) {
        out += QStringLiteral("== Outbox by state (terminal clock)\n")
               + table(*ledger, "SELECT state, count(*), " OK_ISO("min(created_at)") ", " OK_ISO("max(acked_at)") " FROM outbox GROUP BY state",
                       {QStringLiteral("state"), QStringLiteral("events"), QStringLiteral("oldest"), QStringLiteral("last acknowledged")});
        if (auto oldest = ledger->queryInt("SELECT min(created_at) FROM outbox WHERE state = 'pending' HAVING count(*) > 0"))
            out += QStringLiteral("oldest pending event: %1 (%2 minutes ago)\n").arg(iso(*oldest)).arg((nowMs - *oldest) / 60000);
        // The central service's reason, cut, with e-mail addresses masked (a reason may quote input).
        static const QRegularExpression email(QStringLiteral("[^\\s@]+@[^\\s@]+\\.[^\\s@]+"));
        QString dead = table(*ledger, "SELECT seq, kind, " OK_ISO("created_at") ", attempts, substr(coalesce(last_error, ''), 1, 300) "
                                      "FROM outbox WHERE state = 'dead' ORDER BY seq LIMIT 100",
                             {QStringLiteral("seq"), QStringLiteral("kind"), QStringLiteral("created"), QStringLiteral("attempts"),
                              QStringLiteral("reason")});
        out += QStringLiteral("\n== Refused events (dead letters), oldest 100\n") + dead.replace(email, QStringLiteral("<e-mail>"));
    }
    if (!cache)
        return out + QStringLiteral("\n(no cache.db)\n");
    out += QStringLiteral("\n== Streams (cache.db sync_stream; terminal clock)\n")
           + table(*cache, "SELECT stream, " OK_ISO("last_ok_at") ", rows_applied, " OK_ISO("last_error_at") ", substr(coalesce(last_error, ''), 1, 300), "
                           "generation, sweep_pending, search_stale FROM sync_stream ORDER BY stream",
                   {QStringLiteral("stream"), QStringLiteral("last page applied"), QStringLiteral("rows"), QStringLiteral("last error at"),
                    QStringLiteral("last error"), QStringLiteral("generation"), QStringLiteral("sweep pending"), QStringLiteral("search stale")});
    out += QStringLiteral("\n== Cursors (when each stream last moved)\n")
           + table(*cache, "SELECT stream, " OK_ISO("updated_at") " FROM sync_cursor ORDER BY stream", {QStringLiteral("stream"), QStringLiteral("updated")});
    if (auto last = cache->queryInt("SELECT max(last_ok_at) FROM sync_stream WHERE last_ok_at IS NOT NULL HAVING count(*) > 0"))
        out += QStringLiteral("last pull: %1 (%2 minutes ago)\n").arg(iso(*last)).arg((nowMs - *last) / 60000);
    return out;
}

/// "rw-------": who may read the data matters (docs/operations.md#data-directory).
QString modeString(const QFileInfo &fi)
{
    const QFileDevice::Permissions p = fi.permissions();
    QString s;
    for (const auto &[r, w, x] : {std::tuple{QFileDevice::ReadOwner, QFileDevice::WriteOwner, QFileDevice::ExeOwner},
                                  std::tuple{QFileDevice::ReadGroup, QFileDevice::WriteGroup, QFileDevice::ExeGroup},
                                  std::tuple{QFileDevice::ReadOther, QFileDevice::WriteOther, QFileDevice::ExeOther}})
        s += QLatin1Char(p & r ? 'r' : '-') + QLatin1Char(p & w ? 'w' : '-') + QLatin1Char(p & x ? 'x' : '-');
    return (fi.isDir() ? QLatin1Char('d') : QLatin1Char('-')) + s;
}

QString dataDirReport(const QString &dataDir)
{
    QString out = QStringLiteral("%1\n").arg(dataDir);
    const QStorageInfo fs(dataDir);
    out += QStringLiteral("file system: %1 (%2) on %3, %4 MiB free of %5 MiB\n\n")
               .arg(fs.rootPath(), QString::fromLatin1(fs.fileSystemType()), QString::fromLocal8Bit(fs.device()))
               .arg(fs.bytesAvailable() / (1024 * 1024))
               .arg(fs.bytesTotal() / (1024 * 1024));
    QMap<QString, QString> lines; // by path
    QDirIterator it(dataDir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo fi(it.nextFileInfo());
        const QString path = QDir(dataDir).relativeFilePath(fi.filePath());
        lines.insert(path, QStringLiteral("%1\t%5\t%2\t%3\t%4\n")
                               .arg(modeString(fi), fi.isDir() ? QStringLiteral("dir") : QString::number(fi.size()),
                                    fi.lastModified().toUTC().toString(Qt::ISODate), path, fi.owner()));
    }
    out += QStringLiteral("mode\towner\tsize\tmodified (UTC)\tpath\n");
    for (const QString &line : std::as_const(lines))
        out += line;
    return out;
}

QString effectiveConfig(const Config &c)
{
    QString out = QStringLiteral("# The values in force (file: %1), command-line overrides included.\n").arg(c.source);
    auto line = [&out](const QString &k, const QString &v) { out += QStringLiteral("%1 = %2\n").arg(k, v); };
    auto secret = [](bool set) { return set ? kRedacted : QStringLiteral("(empty)"); };
    line(QStringLiteral("store.id"), c.storeId);
    line(QStringLiteral("store.terminal"), c.terminalId);
    line(QStringLiteral("store.currency"), c.currency);
    line(QStringLiteral("store.locale"), c.locale);
    line(QStringLiteral("store.language"), c.storeLanguage());
    line(QStringLiteral("store.country"), c.country);
    line(QStringLiteral("storage.data_dir"), c.dataDir);
    line(QStringLiteral("central.enabled"), c.syncEnabled ? QStringLiteral("true") : QStringLiteral("false"));
    line(QStringLiteral("central.url"), redactIni(QStringLiteral("url = ") + c.centralUrl).mid(6));
    line(QStringLiteral("central.ca_file"), c.caFile);
    line(QStringLiteral("central.client_cert"), c.clientCertFile);
    line(QStringLiteral("central.client_key"), secret(!c.clientKeyFile.isEmpty()));
    line(QStringLiteral("central.pins"), c.pins.join(QLatin1Char(';')));
    line(QStringLiteral("central.enrolment_code"), secret(!c.enrolmentCode.isEmpty()));
    line(QStringLiteral("central.pickup_key"), secret(!c.pickupKey.isEmpty()));
    line(QStringLiteral("central.allow_plain_http"), c.allowPlainHttp ? QStringLiteral("true") : QStringLiteral("false"));
    line(QStringLiteral("limits.print_history_days"), QString::number(c.printHistoryDays));
    line(QStringLiteral("limits.outbox_keep_days"), QString::number(c.outboxKeepDays));
    line(QStringLiteral("limits.archive_keep_months"), QString::number(c.archiveKeepMonths));
    return out;
}

bool writeText(const QString &path, const QString &text)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return f.write(text.toUtf8()) >= 0 && f.flush();
}

} // namespace

bool isSecretKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("code_page") || k == QLatin1String("drawer_pin") || k == QLatin1String("pins"))
        return false; // a printer's character table, a drawer's connector pin, public key pins
    static const QRegularExpression re(
        QStringLiteral("key|secret|token|code|passw|pwd|passphrase|credential|auth|cookie|private|(^|[._-])pin($|[._-])"));
    return re.match(k).hasMatch();
}

QString redactIni(const QString &text)
{
    static const QRegularExpression assignment(QStringLiteral("^(\\s*[#;]?\\s*)([^=\\[\\]#;]+?)(\\s*=\\s*)(.*)$"));
    static const QRegularExpression urlPassword(QStringLiteral("://[^/@\\s]+@"));
    QStringList out;
    for (QString line : text.split(QLatin1Char('\n'))) {
        line.replace(urlPassword, QStringLiteral("://") + kRedacted + QStringLiteral("@"));
        const auto m = assignment.match(line);
        if (m.hasMatch() && isSecretKey(m.captured(2)) && !m.captured(4).trimmed().isEmpty())
            line = m.captured(1) + m.captured(2) + m.captured(3) + kRedacted;
        out << line;
    }
    return out.join(QLatin1Char('\n'));
}

QString defaultSupportBundleName(const Config &config)
{
    return QStringLiteral("omnikiosk-support-%1-%2.tar.gz")
        .arg(config.terminalId, QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
}

Result<QStringList> writeSupportBundle(const Config &config, const QString &outPath, int hours, const QString &unit)
{
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    hours = std::clamp(hours, 1, 720);
    const QString dataDir = config.dataDir.isEmpty() ? Config::defaultDataDir() : config.dataDir;
    QTemporaryDir staging(QFileInfo(outPath).absolutePath() + QStringLiteral("/.omnikiosk-support-XXXXXX"));
    if (!staging.isValid())
        return Error{QStringLiteral("support.staging"),
                     QStringLiteral("Cannot create a working folder next to %1 (%2): choose another --out").arg(outPath, staging.errorString())};
    const QString name = QFileInfo(defaultSupportBundleName(config)).completeBaseName().chopped(4); // drop ".tar"
    const QDir dir(staging.filePath(name));
    QDir().mkpath(dir.path());

    // The secrets to scrub from every file at the end: the configuration's and the token.
    QStringList secrets;
    QString iniText;
    if (QFileInfo(config.source).isFile()) {
        iniText = fileText(config.source, {});
        static const QRegularExpression assignment(QStringLiteral("^\\s*[#;]?\\s*([^=\\[\\]#;]+?)\\s*=\\s*(.*)$"));
        for (const QString &line : iniText.split(QLatin1Char('\n'))) {
            const auto m = assignment.match(line);
            if (m.hasMatch() && isSecretKey(m.captured(1)))
                secrets << m.captured(2).trimmed();
        }
    }
    secrets << QUrl(config.centralUrl).password() << config.enrolmentCode << QString::fromLatin1(config.pickupKey.toHex()) << QString::fromLatin1(config.pickupKey.toHex()).toUpper()
            << QString::fromUtf8(fileText(QDir(dataDir).filePath(QStringLiteral("sync-token")), {}).toUtf8().trimmed());
    for (const DeviceConfig &d : config.devices)
        for (auto it = d.options.cbegin(); it != d.options.cend(); ++it)
            if (isSecretKey(it.key()))
                secrets << it.value();

    QMap<QString, QString> files;
    files[QStringLiteral("README.txt")] =
        QStringLiteral("Omnikiosk support bundle\nstore %1 (%2), terminal %3\nwritten %4 UTC, logs of the last %5 hours\n"
                       "Secrets are replaced by <redacted>. No database, token, PIN, pickup code or customer contact is included.\n")
            .arg(config.storeId, config.storeName, config.terminalId, iso(nowMs))
            .arg(hours);
    files[QStringLiteral("config.ini")] = iniText.isEmpty() ? QStringLiteral("# no configuration file: %1\n").arg(config.source) : redactIni(iniText);
    files[QStringLiteral("config-effective.txt")] = effectiveConfig(config);

    const QString ledgerPath = QDir(dataDir).filePath(QStringLiteral("ledger.db"));
    const QString cachePath = QDir(dataDir).filePath(QStringLiteral("cache.db"));
    auto ledger = QFileInfo::exists(ledgerPath) ? db::Database::openReadOnly(ledgerPath) : Result<std::unique_ptr<db::Database>>(Error{});
    auto cache = QFileInfo::exists(cachePath) ? db::Database::openReadOnly(cachePath) : Result<std::unique_ptr<db::Database>>(Error{});
    db::Database *l = ledger ? ledger.value().get() : nullptr;
    db::Database *c = cache ? cache.value().get() : nullptr;

    QString versions = QStringLiteral("omnikiosk %1\nQt %2 (built with %3)\n").arg(QStringLiteral(OMNIKIOSK_VERSION), QString::fromLatin1(qVersion()),
                                                                                 QStringLiteral(QT_VERSION_STR));
    if (db::Database *any = l ? l : c) {
        auto st = any->prepare("SELECT sqlite_version()");
        versions += QStringLiteral("SQLite %1\n").arg(st && st->step() ? st->text(0) : QStringLiteral("unknown"));
    }
    versions += QStringLiteral("kernel %1 %2, %3\nhost %4\n\n== /etc/os-release\n")
                    .arg(QSysInfo::kernelType(), QSysInfo::kernelVersion(), QSysInfo::currentCpuArchitecture(), QSysInfo::machineHostName());
    versions += fileText(QStringLiteral("/etc/os-release"), QStringLiteral("(no /etc/os-release)\n"));
    const Tool dpkg = runTool(QStringLiteral("dpkg-query"), {QStringLiteral("-W"), QStringLiteral("-f=${Package} ${Version} ${db:Status-Abbrev}\\n"),
                                                           QStringLiteral("omnikiosk*")});
    versions += QStringLiteral("\n== dpkg-query -W 'omnikiosk*'\n") + dpkg.output + (dpkg.note.isEmpty() ? QString() : QStringLiteral("(%1)\n").arg(dpkg.note));
    files[QStringLiteral("versions.txt")] = versions;
    files[QStringLiteral("devices.txt")] = devicesReport(config, l);
    files[QStringLiteral("sync.txt")] = syncReport(config, l, c, nowMs);

    const QStringList logArgs = {QStringLiteral("-u"), unit, QStringLiteral("--since"), QStringLiteral("-%1h").arg(hours),
                                 QStringLiteral("-o"), QStringLiteral("short-iso"), QStringLiteral("--no-pager")};
    const Tool logs = runTool(QStringLiteral("journalctl"), logArgs, 120000);
    files[QStringLiteral("logs.txt")] = QStringLiteral("$ journalctl %1\n").arg(logArgs.join(QLatin1Char(' '))) + logs.output
                                        + (logs.note.isEmpty() ? QString() : QStringLiteral("(%1)\n").arg(logs.note));
    ledger = Error{}; // close before the integrity checks open their own connections
    cache = Error{};
    files[QStringLiteral("databases.txt")] = databaseReport(ledgerPath, true) + QLatin1Char('\n') + databaseReport(cachePath, false);
    files[QStringLiteral("datadir.txt")] = dataDirReport(dataDir);

    secrets.removeIf([](const QString &s) { return s.size() < 4 || s == kRedacted; });
    for (auto it = files.begin(); it != files.end(); ++it) {
        for (const QString &s : std::as_const(secrets))
            it.value().replace(s, kRedacted);
        if (!writeText(dir.filePath(it.key()), it.value()))
            return Error{QStringLiteral("support.write"), QStringLiteral("Cannot write %1: check free space").arg(dir.filePath(it.key()))};
    }

    const QString partial = outPath + QStringLiteral(".partial");
    const Tool tar = runTool(QStringLiteral("tar"), {QStringLiteral("-czf"), partial, QStringLiteral("-C"), staging.path(), name});
    if (!tar.note.isEmpty()) {
        QFile::remove(partial);
        return Error{QStringLiteral("support.tar"), QStringLiteral("Cannot write %1: %2 %3").arg(outPath, tar.note, tar.output.trimmed())};
    }
    QFile::setPermissions(partial, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(outPath).constData()) != 0) {
        QFile::remove(partial);
        return Error{QStringLiteral("support.rename"), QStringLiteral("Cannot move the bundle to %1").arg(outPath)};
    }
    QStringList inside;
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        inside << name + QLatin1Char('/') + it.key();
    return inside;
}

} // namespace ok
