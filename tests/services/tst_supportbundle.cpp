// SPDX-License-Identifier: GPL-3.0-or-later
// The support bundle (docs/operations.md#support-bundle) from a real data directory: a ledger with
// sales, pending, acknowledged and refused events, a cache with a stream's state, a token, and a
// configuration full of secrets. Untarred with tar, every part is there and says what support
// needs, and no secret value, no e-mail address and no database is anywhere in its bytes.
#include "../storage/saletestdata.h"
#include "services/config.h"
#include "services/supportbundle.h"
#include "storage/ledger.h"
#include "storage/outbox.h"
#include "storage/sqlite.h"
#include "storage/stores.h"

#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace ok;
using namespace ok::db;

namespace {
const QString kEnrolment = QStringLiteral("ENROL-7Q2X-SECRET");
const QString kOldEnrolment = QStringLiteral("OLD-CODE-9876");
const QString kUrlPassword = QStringLiteral("hunter2pass");
const QString kPaymentPassword = QStringLiteral("S3cr3tPayPass");
const QString kPickupKey = QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
const QString kToken = QStringLiteral("tok-4f1b2b0b822cd15d6c15b0f00a08");
const QString kEmail = QStringLiteral("jan.kowalski@example.com");
} // namespace

class TestSupportBundle : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_data;
    Config m_config;

    static QString read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }
    static void write(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsSet("OMNIKIOSK_KEEP_TEST_DIR")) { // to read the bundle by eye
            m_dir.setAutoRemove(false);
            qInfo("bundle and data in %s", qPrintable(m_dir.path()));
        }
        m_data = m_dir.filePath(QStringLiteral("data"));
        QVERIFY(QDir().mkpath(m_data));
        {
            auto ledger = openLedger(m_data + QStringLiteral("/ledger.db"));
            QVERIFY(ledger);
            Ledger l(*ledger.value());
            QStringList ids;
            for (int i = 0; i < 6; ++i)
                ids << l.commitSale(makeSale(2, i))->eventId;
            Outbox o(*ledger.value());
            using Outcome = Outbox::Answer::Outcome;
            QVERIFY(o.recordAnswers({{ids[0], Outcome::Accepted, {}},
                                     {ids[1], Outcome::Accepted, {}},
                                     {ids[2], Outcome::Refused, QStringLiteral("customer %1 is unknown").arg(kEmail)}},
                                    1'800'000'000'000));
            auto cache = openCache(m_data + QStringLiteral("/cache.db"));
            QVERIFY(cache);
            QVERIFY(cache.value()->exec("INSERT INTO sync_stream(stream, last_ok_at, rows_applied) VALUES('catalog', 1800000000000, 1234)"));
        }
        write(m_data + QStringLiteral("/sync-token"), kToken.toUtf8() + '\n');
        const QString ini = QStringLiteral(R"([store]
id = S002
terminal = K7
[storage]
data_dir = %1
[central]
enabled = true
url = https://terminal:%2@central.example:8443
enrolment_code = %3
# enrolment_code = %4
pickup_key = %5
pins = sha256//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=
[device.receipt]
role = printer
driver = escpos
transport = tcp
port = 127.0.0.1:9100
code_page = pc852
drawer_pin = 2
[device.pay]
role = payment
transport = tcp
port = 127.0.0.1:9
api_password = %6
)")
                                .arg(m_data, kUrlPassword, kEnrolment, kOldEnrolment, kPickupKey, kPaymentPassword);
        write(m_dir.filePath(QStringLiteral("omnikiosk.ini")), ini.toUtf8());
        auto c = Config::load(m_dir.filePath(QStringLiteral("omnikiosk.ini")));
        QVERIFY2(c, qPrintable(c ? QString() : c.error().message));
        m_config = c.value();
    }

    void redactsSecretLikeKeysOnly()
    {
        const QString out = redactIni(QStringLiteral("pickup_key = abc\n; client_key=/etc/k.pem\ntoken=\ncode_page = pc852\n"
                                                     "drawer_pin = 2\nadmin_pin = 1234\nurl = https://u:p@h/\nport = /dev/ttyUSB0"));
        QCOMPARE(out, QStringLiteral("pickup_key = <redacted>\n; client_key=<redacted>\ntoken=\ncode_page = pc852\n"
                                     "drawer_pin = 2\nadmin_pin = <redacted>\nurl = https://<redacted>@h/\nport = /dev/ttyUSB0"));
    }

    void theBundleHasEverythingAndNoSecret()
    {
        const QString out = m_dir.filePath(QStringLiteral("bundle.tar.gz"));
        auto r = writeSupportBundle(m_config, out, 6);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(QFileInfo(out).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        QVERIFY(!QFileInfo::exists(out + QStringLiteral(".partial")));

        const QString x = m_dir.filePath(QStringLiteral("x"));
        QVERIFY(QDir().mkpath(x));
        QProcess tar;
        tar.start(QStringLiteral("tar"), {QStringLiteral("-xzf"), out, QStringLiteral("-C"), x});
        QVERIFY(tar.waitForFinished(30000));
        QCOMPARE(tar.exitCode(), 0);
        const QStringList top = QDir(x).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(top.size(), 1);
        QVERIFY(top.first().startsWith(QLatin1String("omnikiosk-support-K7-")));
        const QDir b(QDir(x).filePath(top.first()));
        QCOMPARE(b.entryList(QDir::Files, QDir::Name),
                 (QStringList{QStringLiteral("README.txt"), QStringLiteral("config-effective.txt"), QStringLiteral("config.ini"),
                              QStringLiteral("databases.txt"), QStringLiteral("datadir.txt"), QStringLiteral("devices.txt"),
                              QStringLiteral("logs.txt"), QStringLiteral("sync.txt"), QStringLiteral("versions.txt")}));

        const QString config = read(b.filePath(QStringLiteral("config.ini")));
        QVERIFY(config.contains(QLatin1String("enrolment_code = <redacted>")));
        QVERIFY(config.contains(QLatin1String("# enrolment_code = <redacted>")));
        QVERIFY(config.contains(QLatin1String("pickup_key = <redacted>")));
        QVERIFY(config.contains(QLatin1String("api_password = <redacted>")));
        QVERIFY(config.contains(QLatin1String("url = https://<redacted>@central.example:8443")));
        QVERIFY(config.contains(QLatin1String("code_page = pc852")));
        QVERIFY(config.contains(QLatin1String("terminal = K7")));

        const QString versions = read(b.filePath(QStringLiteral("versions.txt")));
        QVERIFY(versions.contains(QLatin1String("omnikiosk ")));
        QVERIFY(versions.contains(QLatin1String("Qt ") + QLatin1String(qVersion())));
        QVERIFY(versions.contains(QLatin1String("SQLite 3.")));
        QVERIFY(versions.contains(QLatin1String("dpkg-query")));

        const QString sync = read(b.filePath(QStringLiteral("sync.txt")));
        QVERIFY2(sync.contains(QLatin1String("pending\t3\t")), qPrintable(sync));
        QVERIFY(sync.contains(QLatin1String("acked\t2\t")));
        QVERIFY(sync.contains(QLatin1String("dead\t1\t")));
        QVERIFY(sync.contains(QLatin1String("oldest pending event: ")));
        QVERIFY(sync.contains(QLatin1String("customer <e-mail> is unknown")));
        QVERIFY(sync.contains(QLatin1String("catalog\t2027-01-15T")));
        QVERIFY(sync.contains(QLatin1String("enrolled (sync-token present): yes")));

        const QString dbs = read(b.filePath(QStringLiteral("databases.txt")));
        QCOMPARE(dbs.count(QLatin1String("PRAGMA quick_check:\nresult\nok\n")), 2);
        QVERIFY(dbs.contains(QLatin1String("journal chain: intact")));
        QVERIFY(dbs.contains(QLatin1String("ledger.db-wal: ")));

        const QString devices = read(b.filePath(QStringLiteral("devices.txt")));
        QVERIFY(devices.contains(QLatin1String("[device.receipt] role=printer driver=escpos transport=tcp port=127.0.0.1:9100")));
        QVERIFY(devices.contains(QLatin1String("api_password = <redacted>")));

        const QString dir = read(b.filePath(QStringLiteral("datadir.txt")));
        QVERIFY2(dir.contains(QRegularExpression(QStringLiteral("\n-rw-------\t[^\t]*\t\\d+\t[^\t]+\tledger\\.db\n"))), qPrintable(dir));
        QVERIFY(dir.contains(QLatin1String("\tsync-token\n")));
        QVERIFY(dir.contains(QLatin1String("MiB free")));
        QVERIFY(read(b.filePath(QStringLiteral("logs.txt"))).startsWith(QLatin1String("$ journalctl -u omnikiosk --since -6h")));

        // No secret, no contact, no database, anywhere.
        const QStringList secrets{kEnrolment, kOldEnrolment, kUrlPassword, kPaymentPassword, kPickupKey, kPickupKey.toUpper(), kToken, kEmail};
        QDirIterator it(x, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            for (const QString &s : secrets)
                QVERIFY2(!bytes.contains(s.toUtf8()), qPrintable(QStringLiteral("%1 holds a secret").arg(f.fileName())));
            QVERIFY(!bytes.contains("SQLite format 3"));
            ++files;
        }
        QCOMPARE(files, 9);
    }

    void aBadDestinationIsAnError()
    {
        auto r = writeSupportBundle(m_config, QStringLiteral("/nonexistent-dir/bundle.tar.gz"), 1);
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QLatin1String("/nonexistent-dir/bundle.tar.gz")));
    }
};

QTEST_GUILESS_MAIN(TestSupportBundle)
#include "tst_supportbundle.moc"
