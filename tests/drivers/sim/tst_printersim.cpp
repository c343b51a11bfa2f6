// SPDX-License-Identifier: GPL-3.0-or-later
// The printer simulator on the wire: the real executable on loopback TCP, driven through the
// driver's own TcpTransport. Text bytes come from iconv (an independent code-page table), and the
// QR on the rendered roll is decoded back with ZXingReader.
#include "drivers/device/transports.h"
#include "../../tools/simprocess.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using ok::dev::TcpTransport;
using ok::dev::Transport;

namespace {
QByteArray iconvTo(const QString &text, const char *codePage)
{
    QProcess p;
    p.start(QStringLiteral("iconv"), {QStringLiteral("-f"), QStringLiteral("UTF-8"), QStringLiteral("-t"), QString::fromLatin1(codePage)});
    p.waitForStarted();
    p.write(text.toUtf8());
    p.closeWriteChannel();
    p.waitForFinished();
    return p.readAllStandardOutput();
}
} // namespace

class TestPrinterSim : public QObject
{
    Q_OBJECT

    std::unique_ptr<SimProcess> m_sim;
    qsizetype m_seen = 0; ///< simulator lines before this one were looked at already
    std::unique_ptr<TcpTransport> m_link;
    QByteArray m_replies;

    /// The next simulator line starting with `prefix`, after the last one a waitFor() returned or
    /// a command() skipped; empty after 5 s.
    QString waitFor(const QString &prefix)
    {
        const QString line = m_sim->waitForLine(prefix, m_seen);
        if (!line.isEmpty())
            m_seen = m_sim->lines().indexOf(line, m_seen) + 1;
        return line;
    }

    /// Send a control command; earlier, unread event lines are skipped so waitFor() sees its answer.
    void command(const QByteArray &cmd)
    {
        m_seen = m_sim->lineCount();
        m_sim->send(cmd);
    }

    QByteArray ask(char n)
    {
        m_replies.clear();
        m_link->write(QByteArray("\x10\x04", 2) + n);
        (void)QTest::qWaitFor([this] { return !m_replies.isEmpty(); }, 3000); // empty on timeout
        return m_replies;
    }

    /// Send print data and wait until the simulator has processed it: a status request after it is
    /// answered only once every earlier byte on the connection was handled. Without this, a
    /// control command on stdin could overtake data still queued in the socket.
    bool send(const QByteArray &job)
    {
        if (!m_link->write(job))
            return false;
        return !ask('\x01').isEmpty();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sim = std::make_unique<SimProcess>(QStringLiteral(PRINTER_SIM), QStringList{QStringLiteral("--port"), QStringLiteral("0"),
                                                                                   QStringLiteral("--columns"), QStringLiteral("42")});
        QVERIFY(m_sim->waitForStarted());
        const QString listening = waitFor(QStringLiteral("LISTENING"));
        QVERIFY2(!listening.isEmpty(), "simulator did not start");
        const quint16 port = quint16(listening.section(QLatin1Char(' '), 1).toUInt());
        m_link = std::make_unique<TcpTransport>(QStringLiteral("127.0.0.1"), port);
        connect(m_link.get(), &Transport::received, this, [this](const QByteArray &b) { m_replies += b; });
        QSignalSpy connected(m_link.get(), &Transport::connected);
        m_link->open();
        QTRY_COMPARE(connected.count(), 1);
        QVERIFY(!waitFor(QStringLiteral("CONNECTED")).isEmpty());
    }

    void printsFourLanguagesInTheirCodePages()
    {
        QByteArray job("\x1b\x40", 2);
        job += QByteArray("\x1b\x74\x12", 3) + iconvTo(QStringLiteral("Zażółć gęślą jaźń"), "CP852") + '\n';
        job += QByteArray("\x1b\x74\x11", 3) + iconvTo(QStringLiteral("Сгущёнка, ёлка"), "CP866") + '\n';
        job += QByteArray("\x1b\x74\x13", 3) + iconvTo(QStringLiteral("Caffè perché"), "CP850") + '\n';
        job += QByteArray("\x1b\x74\x05", 3) + iconvTo(QStringLiteral("Blåbær smørbrød"), "CP865") + '\n';
        // The euro: PC852 has none, so a driver switches to WPC1250 mid-line.
        job += QByteArray("\x1b\x74\x12", 3) + iconvTo(QStringLiteral("Razem "), "CP852") + QByteArray("\x1b\x74\x2d", 3)
               + iconvTo(QStringLiteral("€"), "CP1250") + '\n';
        job += QByteArray("\x1d\x56\x41\x03", 4);
        QVERIFY(send(job));
        QVERIFY(!waitFor(QStringLiteral("CUT 1")).isEmpty());
        QTemporaryDir dir;
        command("save " + dir.path().toUtf8());
        QVERIFY(!waitFor(QStringLiteral("SAVED")).isEmpty());
        QFile f(dir.filePath(QStringLiteral("receipt-1.txt")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
        QCOMPARE(lines.value(0), QStringLiteral("Zażółć gęślą jaźń"));
        QCOMPARE(lines.value(1), QStringLiteral("Сгущёнка, ёлка"));
        QCOMPARE(lines.value(2), QStringLiteral("Caffè perché"));
        QCOMPARE(lines.value(3), QStringLiteral("Blåbær smørbrød"));
        QCOMPARE(lines.value(4), QStringLiteral("Razem €"));
    }

    void statusRepliesFollowThePaper()
    {
        QCOMPARE(ask('\x04'), QByteArray("\x12"));
        command("paper near");
        QVERIFY(!waitFor(QStringLiteral("STATUS")).isEmpty());
        QCOMPARE(ask('\x04'), QByteArray("\x1e"));  // bits 2-3: near end
        command("paper out");
        QVERIFY(!waitFor(QStringLiteral("STATUS")).isEmpty());
        QCOMPARE(ask('\x04'), QByteArray("\x7e"));  // bits 5-6 paper end, near-end sensor still set
        QCOMPARE(ask('\x02'), QByteArray("\x72"));  // stopped by paper end + error
        QCOMPARE(ask('\x01'), QByteArray("\x1a"));  // offline
        command("cover open");
        QVERIFY(!waitFor(QStringLiteral("STATUS")).isEmpty());
        QCOMPARE(ask('\x02') [0] & 0x04, 0x04);     // cover open
        command("cover close");
        QVERIFY(!waitFor(QStringLiteral("STATUS")).isEmpty());
        command("paper ok");
        QVERIFY(!waitFor(QStringLiteral("STATUS")).isEmpty());
        QCOMPARE(ask('\x01'), QByteArray("\x12"));
    }

    void automaticStatusBackIsUnsolicited()
    {
        m_replies.clear();
        QVERIFY(m_link->write(QByteArray("\x1d\x61\xff", 3))); // enable ASB: current state comes at once
        QTRY_COMPARE(m_replies.size(), 4);
        QCOMPARE(m_replies.at(0) & 0x93, 0x10);
        m_replies.clear();
        command("cover open");
        QTRY_COMPARE(m_replies.size(), 4);
        QCOMPARE(m_replies.at(0) & 0x20, 0x20); // cover open bit
        QVERIFY(!waitFor(QStringLiteral("STATUS")).isEmpty());
        command("cover close");
        QTRY_COMPARE(m_replies.size(), 8);
        QVERIFY(!waitFor(QStringLiteral("STATUS")).isEmpty());
        QCOMPARE(m_replies.at(4) & 0x20, 0);
        QVERIFY(send(QByteArray("\x1d\x61\x00", 3)));
    }

    void printingStopsWhilePaperIsOut()
    {
        command("paper out");
        QVERIFY(!waitFor(QStringLiteral("STATUS")).isEmpty());
        QVERIFY(send(QByteArray("lost line\n\x1d\x56\x41\x03", 14)));
        command("paper ok");
        QVERIFY(!waitFor(QStringLiteral("STATUS")).isEmpty());
        QVERIFY(send(QByteArray("kept line\n\x1d\x56\x41\x03", 14)));
        QVERIFY(!waitFor(QStringLiteral("CUT 2")).isEmpty());
        QTemporaryDir dir;
        command("save " + dir.path().toUtf8());
        QVERIFY(!waitFor(QStringLiteral("SAVED")).isEmpty());
        QFile f(dir.filePath(QStringLiteral("receipt-2.txt")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(f.readAll()), QStringLiteral("kept line\n"));
    }

    void drawerKickAndQrOnTheRoll()
    {
        const QString zxing = QStandardPaths::findExecutable(QStringLiteral("ZXingReader"));
        QVERIFY2(!zxing.isEmpty(), "ZXingReader (zxing-cpp-tools) is listed in packaging/debian-packages.txt");
        QByteArray job("\x1b\x70\x00\x32\x32", 5);
        job += QByteArray::fromHex("1d286b0400314132001d286b03003143061d286b030031453"
                                   "01d286b0f0031503053414c452d54303130303031" "1d286b0300315130");
        job += QByteArray("\x1d\x56\x41\x03", 4);
        QVERIFY(send(job));
        QCOMPARE(waitFor(QStringLiteral("KICK")), QStringLiteral("KICK pin=2 on=100 off=100"));
        QVERIFY(!waitFor(QStringLiteral("CUT 3")).isEmpty());
        QTemporaryDir dir;
        command("save " + dir.path().toUtf8());
        QVERIFY(!waitFor(QStringLiteral("SAVED")).isEmpty());
        QProcess z;
        z.start(zxing, {dir.filePath(QStringLiteral("roll.png"))});
        QVERIFY(z.waitForFinished(10000));
        const QString decoded = QString::fromUtf8(z.readAllStandardOutput());
        QVERIFY2(decoded.contains(QLatin1String("SALE-T010001")), qPrintable(decoded));
    }

    void cleanupTestCase()
    {
        m_link->close();
        QVERIFY(m_sim->quit());
    }
};

QTEST_GUILESS_MAIN(TestPrinterSim)
#include "tst_printersim.moc"
