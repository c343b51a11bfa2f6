// SPDX-License-Identifier: GPL-3.0-or-later
// The sync codec refuses every malformed or hostile answer as a whole, naming what is wrong.
#include "sync/protocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ok::sync;

namespace {
QByteArray priceRow(qint64 version, qint64 amount, qint64 product = 17)
{
    return QStringLiteral(R"({"product_id":%1,"valid_from":1795000000,"valid_to":null,"amount":%2,"currency":"PLN","version":%3})")
        .arg(product).arg(amount).arg(version).toUtf8();
}
QByteArray page(const char *stream, qint64 cursor, const QList<QByteArray> &items, bool more = false)
{
    QByteArray out = QByteArray("{\"stream\":\"") + stream + "\",\"cursor\":\"" + QByteArray::number(cursor)
        + "\",\"more\":" + (more ? "true" : "false") + ",\"items\":[";
    for (qsizetype i = 0; i < items.size(); ++i)
        out += (i ? "," : "") + items.at(i);
    return out + "]}";
}
} // namespace

class TestProtocol : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validPricePage()
    {
        auto p = parsePullPage(page("prices", 12, {priceRow(11, 1299), priceRow(12, 0, 18)}), Stream::Prices, 10);
        QVERIFY2(p, qPrintable(p ? QString() : p.error().message));
        QCOMPARE(p->prices.size(), 2);
        QCOMPARE(p->prices.at(0).amount, 1299);
        QVERIFY(!p->prices.at(0).validTo.has_value());
        QCOMPARE(p->cursor, 12);
        QCOMPARE(p->cursorFrom, 10);
    }

    void refusesBadPages_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("reason");
        const QByteArray good = page("prices", 12, {priceRow(11, 1299), priceRow(12, 5, 18)});
        QTest::newRow("truncated") << good.left(good.size() - 7) << QStringLiteral("malformed JSON");
        QTest::newRow("not an object") << QByteArray("[1,2]") << QStringLiteral("not a JSON object");
        QTest::newRow("negative price") << page("prices", 12, {priceRow(11, 1299), priceRow(12, -5, 18)})
                                        << QStringLiteral("negative price (-5) for product 18");
        QTest::newRow("cursor backwards") << page("prices", 9, {}) << QStringLiteral("cursor went backwards from 10 to 9");
        QTest::newRow("version not after cursor") << page("prices", 12, {priceRow(10, 1)}) << QStringLiteral("out of order");
        QTest::newRow("versions descending") << page("prices", 12, {priceRow(12, 1), priceRow(11, 1)}) << QStringLiteral("out of order");
        QTest::newRow("cursor not last row") << page("prices", 14, {priceRow(12, 1)}) << QStringLiteral("not the last row");
        QTest::newRow("other stream") << page("stock", 12, {}) << QStringLiteral("another stream");
        QTest::newRow("fractional amount") << page("prices", 11, {"{\"product_id\":17,\"valid_from\":1,\"amount\":12.5,\"currency\":\"PLN\",\"version\":11}"})
                                           << QStringLiteral("amount is not a whole number");
        QTest::newRow("amount as text") << page("prices", 11, {"{\"product_id\":17,\"valid_from\":1,\"amount\":\"12\",\"currency\":\"PLN\",\"version\":11}"})
                                        << QStringLiteral("amount is not a number");
        QTest::newRow("bad currency") << page("prices", 11, {"{\"product_id\":17,\"valid_from\":1,\"amount\":12,\"currency\":\"zł\",\"version\":11}"})
                                      << QStringLiteral("ISO 4217");
        QTest::newRow("ends before start") << page("prices", 11, {"{\"product_id\":17,\"valid_from\":100,\"valid_to\":50,\"amount\":12,\"currency\":\"PLN\",\"version\":11}"})
                                           << QStringLiteral("ends before it starts");
        QTest::newRow("huge number") << page("prices", 11, {"{\"product_id\":17,\"valid_from\":1,\"amount\":1e300,\"currency\":\"PLN\",\"version\":11}"})
                                     << QStringLiteral("not a whole number");
    }
    void refusesBadPages()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, reason);
        auto p = parsePullPage(json, Stream::Prices, 10);
        QVERIFY(!p);
        QCOMPARE(p.error().code, QStringLiteral("sync.bad-answer"));
        QVERIFY2(p.error().message.contains(reason), qPrintable(p.error().message));
        QVERIFY(p.error().message.contains(QLatin1String("nothing of it was applied")));
    }

    void catalogRows()
    {
        const QByteArray ok = page("catalog", 5, {R"({"id":1,"sku":"SKU-1","tax_class":"A","unit":"piece","active":true,"names":{"pl":"Mleko","en":"Milk"},"barcodes":["5901234123457"],"version":5})"});
        auto p = parsePullPage(ok, Stream::Catalog, 0);
        QVERIFY(p);
        QCOMPARE(p->products.at(0).names.size(), 2);
        QCOMPARE(p->products.at(0).barcodes, QStringList{QStringLiteral("5901234123457")});

        const QByteArray noNames = page("catalog", 5, {R"({"id":1,"sku":"SKU-1","tax_class":"A","unit":"piece","active":true,"names":{},"barcodes":[],"version":5})"});
        QVERIFY(!parsePullPage(noNames, Stream::Catalog, 0));
        const QByteArray badUnit = page("catalog", 5, {R"({"id":1,"sku":"SKU-1","tax_class":"A","unit":"litre","active":true,"names":{"pl":"x"},"barcodes":[],"version":5})"});
        auto bu = parsePullPage(badUnit, Stream::Catalog, 0);
        QVERIFY(!bu);
        QVERIFY(bu.error().message.contains(QLatin1String("items[0].unit has the unknown value \"litre\"")));
        const QByteArray badCode = page("catalog", 5, {R"({"id":1,"sku":"SKU-1","tax_class":"A","unit":"piece","active":true,"names":{"pl":"x"},"barcodes":["59 01"],"version":5})"});
        QVERIFY(!parsePullPage(badCode, Stream::Catalog, 0));
    }

    void orderNeedsAVerifierNotACode()
    {
        const QByteArray good = page("orders", 3, {R"({"id":"S001-CC-1","number":"CC1","customer_first_name":"Anna","contact_masked":"a***@x","pickup_salt":"00112233445566778899aabbccddeeff","pickup_verifier":"00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff","compartment":null,"status":"ready","expires_at":1,"total":100,"currency":"PLN","lines":[{"line_no":1,"product_id":1,"name":"Mleko","quantity":2}],"version":3})"});
        auto p = parsePullPage(good, Stream::Orders, 0);
        QVERIFY2(p, qPrintable(p ? QString() : p.error().message));
        QVERIFY(p->orders.at(0).compartment.isEmpty());
        QCOMPARE(p->orders.at(0).pickupVerifier.size(), 32);
        QByteArray shortVerifier = good;
        shortVerifier.replace("\"pickup_verifier\":\"0011", "\"pickup_verifier\":\"");
        QVERIFY(!parsePullPage(shortVerifier, Stream::Orders, 0));
    }

    void staffNeedsSlowHashes()
    {
        const QByteArray weak = page("staff", 3, {R"({"id":"E1","name":"Anna","role":"cashier","store_id":"S001","pin_salt":"0011223344556677","pin_iterations":1000,"pin_verifier":"00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff","active":true,"version":3})"});
        auto p = parsePullPage(weak, Stream::Staff, 0);
        QVERIFY(!p);
        QVERIFY(p.error().message.contains(QLatin1String("pin_iterations")));
    }

    void checksumIsFnv1a64AndOrderFree()
    {
        QCOMPARE(fnv1a64("a"), Q_UINT64_C(0xaf63dc4c8601ec8c)); // published FNV-1a test vector
        QCOMPARE(fnv1a64(""), Q_UINT64_C(0xcbf29ce484222325));
        quint64 a = 0, b = 0;
        addToChecksum(a, "1", 5);
        addToChecksum(a, "2", 7);
        addToChecksum(b, "2", 7);
        addToChecksum(b, "1", 5);
        QCOMPARE(a, b);
        QCOMPARE(a, fnv1a64("1|5") + fnv1a64("2|7"));
        quint64 c = 0;
        addToChecksum(c, "1", 6);
        addToChecksum(c, "2", 7);
        QVERIFY(c != a);
        QCOMPARE(checksumHex(0xabc), QStringLiteral("0000000000000abc"));
    }

    void pushAnswerMustCoverEveryEvent()
    {
        const QList<OutboxEvent> sent = {{1, QStringLiteral("e1"), QStringLiteral("sale.completed"), "{}", 1},
                                         {2, QStringLiteral("e2"), QStringLiteral("sale.completed"), "{}", 2}};
        auto ok = parsePushResponse(R"({"results":[{"id":"e2","status":"rejected","reason":"stale"},{"id":"e1","status":"accepted","replayed":true}]})", sent);
        QVERIFY(ok);
        QCOMPARE(ok->size(), 2);
        QCOMPARE(ok->at(0).status, EventResult::Status::Rejected);
        QCOMPARE(ok->at(0).reason, QStringLiteral("stale"));
        QVERIFY(ok->at(1).replayed);
        QVERIFY(!parsePushResponse(R"({"results":[{"id":"e1","status":"accepted"}]})", sent));
        QVERIFY(!parsePushResponse(R"({"results":[{"id":"e1","status":"accepted"},{"id":"e1","status":"accepted"}]})", sent));
        QVERIFY(!parsePushResponse(R"({"results":[{"id":"e1","status":"accepted"},{"id":"e3","status":"accepted"}]})", sent));
        QVERIFY(!parsePushResponse(R"({"results":[{"id":"e1","status":"maybe"},{"id":"e2","status":"accepted"}]})", sent));
    }

    void pushBatchCarriesPayloadBytesUnchanged()
    {
        const QList<OutboxEvent> events = {{1, QStringLiteral("id\"1"), QStringLiteral("sale.completed"), R"({"b":1,"a":"ż"})", 42}};
        const QByteArray body = encodePushBatch(events);
        QJsonParseError e{};
        const QJsonDocument doc = QJsonDocument::fromJson(body, &e);
        QCOMPARE(e.error, QJsonParseError::NoError);
        QVERIFY(body.contains(R"("payload":{"b":1,"a":"ż"})"));
        QCOMPARE(doc[QLatin1String("events")][0][QLatin1String("id")].toString(), QStringLiteral("id\"1"));
        QVERIFY(!body.contains("\"retry\"")); // only a staff retry says so
    }

    void aStaffRetryIsMarkedOutsideTheBody()
    {
        OutboxEvent e{1, QStringLiteral("e1"), QStringLiteral("reservation.requested"), R"({"q":1})", 42};
        const QByteArray plain = encodePushBatch({e});
        e.retry = true;
        const QByteArray retried = encodePushBatch({e});
        const QJsonDocument doc = QJsonDocument::fromJson(retried);
        QVERIFY(doc[QLatin1String("events")][0][QLatin1String("retry")].toBool());
        // The payload (what the server hashes with the kind) is the same bytes.
        QCOMPARE(doc[QLatin1String("events")][0][QLatin1String("payload")].toObject(),
                 QJsonDocument::fromJson(plain)[QLatin1String("events")][0][QLatin1String("payload")].toObject());
        QVERIFY(retried.contains(R"("payload":{"q":1})"));
    }

    void orderStatusIsCheckedLikeAPage()
    {
        const QString id = QStringLiteral("S001-CC-100001");
        auto ok = parseOrderStatus(R"({"id":"S001-CC-100001","status":"cancelled","version":77})", id);
        QVERIFY(ok);
        QCOMPARE(ok->status, QStringLiteral("cancelled"));
        QCOMPARE(ok->version, 77);
        QVERIFY(!parseOrderStatus(R"({"id":"S001-CC-100002","status":"ready","version":1})", id)); // another order
        QVERIFY(!parseOrderStatus(R"({"id":"S001-CC-100001","status":"lost","version":1})", id));  // unknown status
        QVERIFY(!parseOrderStatus(R"({"id":"S001-CC-100001","status":"ready"})", id));
        QVERIFY(!parseOrderStatus(R"({"id":"S001-CC-100001","status":"ready","version":-1})", id));
        QVERIFY(!parseOrderStatus("{\"id\":\"S001-CC-100001\",\"status\":\"ready\",\"vers", id)); // truncated
    }

    void remoteSaleIsCheckedLikeAPage()
    {
        const QString id = QStringLiteral("a1b2-c3");
        const QJsonObject line{{QStringLiteral("product_id"), 100}, {QStringLiteral("sku"), QStringLiteral("SKU-100")},
                               {QStringLiteral("quantity"), 2}, {QStringLiteral("unit"), QStringLiteral("piece")},
                               {QStringLiteral("unit_price"), 199}, {QStringLiteral("discount"), 0}, {QStringLiteral("amount"), 398},
                               {QStringLiteral("tax_code"), QStringLiteral("A")}, {QStringLiteral("tax_bp"), 2300},
                               {QStringLiteral("return_of_line"), 0}};
        const auto returnedLine = [](int lineNo, int quantity) {
            return QJsonObject{{QStringLiteral("line_no"), lineNo}, {QStringLiteral("quantity"), quantity}, {QStringLiteral("amount"), 199}};
        };
        const auto answer = [&](const QString &saleId, const QString &kind, const QJsonArray &lines, const QJsonArray &returned) {
            const QJsonObject sale{{QStringLiteral("sale_id"), saleId}, {QStringLiteral("kind"), kind},
                                   {QStringLiteral("store_id"), QStringLiteral("S001")}, {QStringLiteral("terminal_id"), QStringLiteral("T02")},
                                   {QStringLiteral("receipt_no"), 5}, {QStringLiteral("cashier_id"), QStringLiteral("C7")},
                                   {QStringLiteral("currency"), QStringLiteral("PLN")}, {QStringLiteral("subtotal"), 398},
                                   {QStringLiteral("discount_total"), 0}, {QStringLiteral("tax_total"), 74}, {QStringLiteral("total"), 398},
                                   {QStringLiteral("created_at_ms"), 1}, {QStringLiteral("lines"), lines},
                                   {QStringLiteral("tenders"), QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("cash")},
                                                                                      {QStringLiteral("amount"), 400},
                                                                                      {QStringLiteral("change"), 2}}}}};
            return QJsonDocument(QJsonObject{{QStringLiteral("sale_id"), id}, {QStringLiteral("sale"), sale},
                                             {QStringLiteral("returned"), returned}}).toJson(QJsonDocument::Compact);
        };
        auto ok = parseRemoteSale(answer(id, QStringLiteral("sale"), {line}, {returnedLine(1, 1)}), id);
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().message));
        QCOMPARE(ok->terminalId, QStringLiteral("T02"));
        QCOMPARE(ok->receiptNo, 5);
        QCOMPARE(ok->lines.size(), 1);
        QCOMPARE(ok->lines.at(0).amount, 398);
        QCOMPARE(ok->tenders.at(0).change, 2);
        QCOMPARE(ok->returned.size(), 1);
        QCOMPARE(ok->returned.at(0).quantity, 1);
        QVERIFY(!parseRemoteSale(answer(QStringLiteral("other"), QStringLiteral("sale"), {line}, {}), id)); // another sale
        QVERIFY(!parseRemoteSale(answer(id, QStringLiteral("gift"), {line}, {}), id));                      // unknown kind
        QVERIFY(!parseRemoteSale(answer(id, QStringLiteral("sale"), {}, {}), id));                          // no lines
        QVERIFY(!parseRemoteSale(answer(id, QStringLiteral("sale"), {line}, {returnedLine(2, 1)}), id));    // no line 2
        QVERIFY(!parseRemoteSale(answer(id, QStringLiteral("sale"), {line}, {returnedLine(1, -1)}), id));
        QJsonObject badUnit = line;
        badUnit.insert(QStringLiteral("unit"), QStringLiteral("litre"));
        QVERIFY(!parseRemoteSale(answer(id, QStringLiteral("sale"), {badUnit}, {}), id));
        QVERIFY(!parseRemoteSale(answer(id, QStringLiteral("sale"), {line}, {}).chopped(3), id)); // truncated
    }
};

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
