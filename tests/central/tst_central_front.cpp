// SPDX-License-Identifier: GPL-3.0-or-later
// The central service's front door (issue 14): what it refuses before reading a request, the
// client certificates it insists on, enrolment throttling, and the chain front — a real HAProxy
// terminating mutual TLS for central processes on loopback (docs/central.md, "Chain layout").

#include "centralclient.h"
#include "centralprocess.h"
#include "frontprocess.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <set>

using ok::test::CentralClient;
using ok::test::CentralProcess;
using ok::test::FrontProcess;

namespace {

/// Sends `head` then `body` (as much as the server takes) on a plain connection; the status line
/// and the rest of the answer, and whether the answer came before the body was all sent.
struct RawAnswer {
    int status = 0;
    QByteArray text;
    qint64 bodyBytesWritten = 0;
};

RawAnswer rawExchange(int port, const QByteArray &head, const QByteArray &body)
{
    RawAnswer a;
    QTcpSocket s;
    s.connectToHost(QStringLiteral("127.0.0.1"), quint16(port));
    if (!s.waitForConnected(3000))
        return a;
    s.write(head);
    s.waitForBytesWritten(3000);
    // The body in 64 KiB pieces, stopping as soon as the server has answered or hung up.
    constexpr qint64 kPiece = 64 * 1024;
    for (qint64 off = 0; off < body.size() && s.state() == QAbstractSocket::ConnectedState; off += kPiece) {
        if (s.bytesAvailable() > 0 || s.waitForReadyRead(0))
            break;
        s.write(body.mid(off, kPiece));
        if (!s.waitForBytesWritten(3000))
            break;
        a.bodyBytesWritten = off + qMin(kPiece, body.size() - off);
    }
    while (s.state() == QAbstractSocket::ConnectedState && s.waitForReadyRead(3000))
        a.text += s.readAll();
    a.text += s.readAll();
    const auto m = QRegularExpression(QStringLiteral("^HTTP/1\\.[01] (\\d{3})")).match(QString::fromLatin1(a.text.left(20)));
    a.status = m.hasMatch() ? m.captured(1).toInt() : 0;
    return a;
}

/// Runs omnikiosk-central with `args` until it prints "listening on" or exits; its exit code
/// (-1 while running, killed then) and everything it printed.
std::pair<int, QString> runCentral(const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(CentralProcess::serverExecutable(), args);
    QString out;
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        if (p.waitForReadyRead(200))
            out += QString::fromUtf8(p.readAll());
        if (out.contains(QLatin1String("listening on"))) {
            p.kill();
            p.waitForFinished(3000);
            return {-1, out};
        }
        if (p.state() == QProcess::NotRunning) {
            out += QString::fromUtf8(p.readAll());
            return {p.exitCode(), out};
        }
    }
    p.kill();
    p.waitForFinished(3000);
    return {-2, out};
}

} // namespace

class TestCentralFront : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesToStartWithoutClientCertificates()
    {
        // Certificates from a central that ran once.
        CentralProcess certs;
        QString error;
        QVERIFY2(certs.start(&error), qPrintable(error));
        certs.stop();
        QTemporaryDir dir;
        const QStringList tls{QStringLiteral("--db"), dir.filePath(QStringLiteral("c.db")), QStringLiteral("--listen"),
                              QStringLiteral("127.0.0.1:0"), QStringLiteral("--cert"), certs.serverCertPath(),
                              QStringLiteral("--key"), certs.serverKeyPath()};

        // TLS without --client-ca: a bearer token alone would be a terminal. Refused.
        auto [code, out] = runCentral(tls);
        QCOMPARE(code, 2);
        QVERIFY2(out.contains(QLatin1String("--client-ca")) && out.contains(QLatin1String("--no-mtls")), qPrintable(out));

        // Asked for explicitly, for development: it serves, and says so.
        std::tie(code, out) = runCentral(tls + QStringList{QStringLiteral("--no-mtls")});
        QCOMPARE(code, -1);
        QVERIFY2(out.contains(QLatin1String("WARNING: --no-mtls")), qPrintable(out));

        // Behind a proxy the header is trusted, so the service must not be reachable from outside.
        std::tie(code, out) = runCentral({QStringLiteral("--db"), dir.filePath(QStringLiteral("c.db")), QStringLiteral("--listen"),
                                          QStringLiteral("0.0.0.0:0"), QStringLiteral("--behind-proxy")});
        QCOMPARE(code, 3);
        QVERIFY2(out.contains(QLatin1String("loopback")), qPrintable(out));
    }

    void requestBodiesAreBoundedBeforeTheyAreRead()
    {
        CentralProcess::Options o;
        o.insecureHttp = true; // raw bytes on the wire; the checks come before TLS matters
        o.products = 20;
        CentralProcess central(o);
        QString error;
        QVERIFY2(central.start(&error), qPrintable(error));

        // Chunked with a dummy Content-Length: the body would be read to its end, past the 8 MiB
        // cap, before authorisation. Refused from the headers alone.
        QByteArray chunked;
        const QByteArray piece(1024 * 1024, 'x');
        for (int i = 0; i < 12; ++i)
            chunked += QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
        chunked += "0\r\n\r\n";
        auto a = rawExchange(central.port(),
                             "POST /v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                             "Content-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n",
                             chunked);
        QCOMPARE(a.status, 400);
        QVERIFY2(a.text.contains("Transfer-Encoding is not accepted"), a.text.constData());
        QVERIFY2(a.bodyBytesWritten < chunked.size(), "the whole chunked body was taken in");

        // Any transfer coding, even without a Content-Length.
        a = rawExchange(central.port(),
                        "POST /v1/heartbeat HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        "Transfer-Encoding: gzip, chunked\r\n\r\n",
                        "2\r\n{}\r\n0\r\n\r\n");
        QCOMPARE(a.status, 400);

        // A Content-Length above the cap is answered at once, before any of the body.
        a = rawExchange(central.port(),
                        "POST /v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        "Content-Length: 9437184\r\n\r\n",
                        {});
        QCOMPARE(a.status, 413);
        // Two Content-Lengths (request smuggling) and a non-number.
        a = rawExchange(central.port(),
                        "POST /v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        "Content-Length: 2\r\nContent-Length: 40\r\n\r\n",
                        "{}");
        QCOMPARE(a.status, 400);
        a = rawExchange(central.port(),
                        "POST /v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        "Content-Length: 2x\r\n\r\n",
                        "{}");
        QCOMPARE(a.status, 400);

        // The service still serves.
        a = rawExchange(central.port(), "GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n", {});
        QCOMPARE(a.status, 200);
    }

    void failedEnrolmentsAreThrottledPerPeer()
    {
        CentralProcess::Options o;
        o.products = 20;
        o.extraArgs = {QStringLiteral("--enrol-attempts-per-minute"), QStringLiteral("3")};
        CentralProcess central(o);
        QString error;
        QVERIFY2(central.start(&error), qPrintable(error));
        const QString code = central.enrolmentCode(QStringLiteral("S001"), QStringLiteral("T01"));

        CentralClient c(central, QStringLiteral("S001-T01"));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(c.enrol("S001", "T01", "AAAA-BBBB-CCC" + std::to_string(2 + i)).status, 401);
        // The fourth guess within the minute is refused without being tried, even the right code.
        auto r = c.enrol("S001", "T01", "AAAA-BBBB-CCCC");
        QCOMPARE(r.status, 429);
        QCOMPARE(r.json["error"]["code"].get<std::string>(), std::string("too_many_requests"));
        r = c.enrol("S001", "T01", code.toStdString());
        QCOMPARE(r.status, 429);
        // Terminals already enrolled are not slowed down by it.
        QCOMPARE(c.get("/v1/health").status, 200);
    }

    void stockStreamCarriesOnlyOwnStoreAndSharedLocations()
    {
        CentralProcess::Options o;
        o.products = 30;
        CentralProcess central(o);
        QString error;
        QVERIFY2(central.start(&error), qPrintable(error));
        CentralClient t1(central, QStringLiteral("S001-T01"));
        QCOMPARE(t1.enrol("S001", "T01", central.enrolmentCode(QStringLiteral("S001"), QStringLiteral("T01")).toStdString()).status,
                 200);
        auto pull = [&](qint64 cursor) {
            const auto r = t1.get("/v1/streams/stock?limit=1000&cursor=" + std::to_string(cursor));
            return r.json;
        };
        // The initial pull: S001's and the warehouse's rows, none of another store's.
        nlohmann::json page = pull(0);
        std::set<std::string> locations;
        for (const auto &item : page["items"])
            locations.insert(item["location_id"].get<std::string>());
        QCOMPARE(locations, (std::set<std::string>{"S001", "W01"}));
        qint64 cursor = std::stoll(page["cursor"].get<std::string>());
        QVERIFY(!page["more"].get<bool>());

        // Other stores sell and receive all day: nothing of it reaches S001's pull.
        for (const char *store : {"S002", "S003", "S004"})
            QCOMPARE(central.admin({QStringLiteral("stock-receive"), QLatin1String(store), QStringLiteral("5"), QStringLiteral("3")}).exitCode, 0);
        page = pull(cursor);
        QCOMPARE(page["items"].size(), size_t(0));
        // Its own store's and the warehouse's changes do, in version order.
        QCOMPARE(central.admin({QStringLiteral("stock-receive"), QStringLiteral("W01"), QStringLiteral("5"), QStringLiteral("2")}).exitCode, 0);
        QCOMPARE(central.admin({QStringLiteral("stock-receive"), QStringLiteral("S001"), QStringLiteral("6"), QStringLiteral("1")}).exitCode, 0);
        page = pull(cursor);
        QCOMPARE(page["items"].size(), size_t(2));
        QCOMPARE(page["items"][0]["location_id"].get<std::string>(), std::string("W01"));
        QCOMPARE(page["items"][1]["location_id"].get<std::string>(), std::string("S001"));
        QVERIFY(page["items"][0]["version"].get<qint64>() < page["items"][1]["version"].get<qint64>());
        // Another store's figures stay a live question.
        const auto live = t1.get("/v1/stock/5");
        QCOMPARE(live.status, 200);
        QVERIFY2(live.body.find("\"S003\"") != std::string::npos, live.body.c_str());
    }

    void terminalsWorkThroughTheChainFront()
    {
        QVERIFY2(FrontProcess::available(), "haproxy is not installed (packaging/debian-packages.txt lists it)");
        CentralProcess::Options o;
        o.products = 20;
        o.behindProxy = true;
        CentralProcess central(o);
        QString error;
        QVERIFY2(central.start(&error), qPrintable(error));
        QVERIFY(central.url().startsWith(QLatin1String("http://127.0.0.1:")));
        FrontProcess front(central, {central.port()});
        QVERIFY2(front.start(&error), qPrintable(error));

        auto client = [&](const QString &cert, const QString &key) {
            return std::make_unique<CentralClient>(QStringLiteral("127.0.0.1"), front.port(), central.caPath(), cert, key);
        };
        auto t1 = client(central.certPath(QStringLiteral("S001-T01")), central.keyPath(QStringLiteral("S001-T01")));
        auto r = t1->enrol("S001", "T01", central.enrolmentCode(QStringLiteral("S001"), QStringLiteral("T01")).toStdString());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json["terminal"].get<std::string>(), std::string("S001-T01"));
        QCOMPARE(t1->get("/v1/streams/stock/summary").status, 200);
        r = t1->post("/v1/heartbeat", nlohmann::json{{"app_version", "test"}});
        QCOMPARE(r.status, 200);

        // The certificate the front verified is the one the token is bound to: another terminal's
        // certificate with T01's token is refused by the central process.
        auto t2 = client(central.certPath(QStringLiteral("S001-T02")), central.keyPath(QStringLiteral("S001-T02")));
        t2->setToken(t1->token());
        QCOMPARE(t2->get("/v1/streams/stock/summary").status, 403);

        // No client certificate, or one from an unrelated CA: the front ends the handshake.
        auto none = client({}, {});
        QCOMPARE(none->get("/v1/health").status, 0);
        auto foreign = client(central.otherClientCertPath(), central.otherClientKeyPath());
        foreign->setToken(t1->token());
        QCOMPARE(foreign->get("/v1/streams/stock/summary").status, 0);

        // A terminal cannot pass its own certificate header through the front.
        std::vector<std::pair<std::string, std::string>> forged{{"X-Omnikiosk-Client-Cert-Sha256", "00"}};
        QCOMPARE(t1->post("/v1/heartbeat", std::string("{}"), forged).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestCentralFront)
#include "tst_central_front.moc"
