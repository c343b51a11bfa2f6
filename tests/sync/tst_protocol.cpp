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

enum class Answer { Enrolment, Push, LiveStock, RemoteSale };

/// A valid item of each stream; the hostile-field tests below change one field of it.
QJsonObject goodItem(Stream stream, const QString &type = {})
{
    const auto hex = [](int bytes) { return QString(bytes * 2, QLatin1Char('a')); };
    switch (stream) {
    case Stream::Reference:
        if (type == QLatin1String("location"))
            return {{QStringLiteral("type"), QStringLiteral("location")}, {QStringLiteral("id"), QStringLiteral("S002")},
                    {QStringLiteral("kind"), QStringLiteral("store")}, {QStringLiteral("name"), QStringLiteral("Gdańsk")},
                    {QStringLiteral("version"), 1}};
        return {{QStringLiteral("type"), QStringLiteral("tax_class")}, {QStringLiteral("code"), QStringLiteral("A")},
                {QStringLiteral("rate_bp"), 2300}, {QStringLiteral("label"), QStringLiteral("standard")}, {QStringLiteral("version"), 1}};
    case Stream::Catalog:
        return {{QStringLiteral("id"), 1}, {QStringLiteral("sku"), QStringLiteral("SKU-1")}, {QStringLiteral("tax_class"), QStringLiteral("A")},
                {QStringLiteral("unit"), QStringLiteral("piece")}, {QStringLiteral("active"), true},
                {QStringLiteral("names"), QJsonObject{{QStringLiteral("pl"), QStringLiteral("Mleko")}}},
                {QStringLiteral("barcodes"), QJsonArray{QStringLiteral("5901234123457")}}, {QStringLiteral("version"), 1}};
    case Stream::Prices:
        return {{QStringLiteral("product_id"), 17}, {QStringLiteral("valid_from"), 1795000000}, {QStringLiteral("valid_to"), QJsonValue()},
                {QStringLiteral("amount"), 1299}, {QStringLiteral("currency"), QStringLiteral("PLN")}, {QStringLiteral("version"), 1}};
    case Stream::Stock:
        return {{QStringLiteral("product_id"), 17}, {QStringLiteral("location_id"), QStringLiteral("W01")}, {QStringLiteral("on_hand"), 120},
                {QStringLiteral("reserved"), 0}, {QStringLiteral("in_transit"), 40}, {QStringLiteral("version"), 1}};
    case Stream::Orders:
        return {{QStringLiteral("id"), QStringLiteral("S001-CC-1")}, {QStringLiteral("number"), QStringLiteral("CC1")},
                {QStringLiteral("customer_first_name"), QStringLiteral("Anna")}, {QStringLiteral("contact_masked"), QStringLiteral("a***@x")},
                {QStringLiteral("pickup_salt"), hex(16)}, {QStringLiteral("pickup_verifier"), hex(32)},
                {QStringLiteral("compartment"), QStringLiteral("A01")}, {QStringLiteral("status"), QStringLiteral("ready")},
                {QStringLiteral("expires_at"), 1795000000}, {QStringLiteral("total"), 4599}, {QStringLiteral("currency"), QStringLiteral("PLN")},
                {QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("line_no"), 1}, {QStringLiteral("product_id"), 1},
                                                                 {QStringLiteral("name"), QStringLiteral("Mleko")}, {QStringLiteral("quantity"), 2}}}},
                {QStringLiteral("version"), 1}};
    case Stream::Staff:
        return {{QStringLiteral("id"), QStringLiteral("E1001")}, {QStringLiteral("name"), QStringLiteral("Anna K.")},
                {QStringLiteral("role"), QStringLiteral("cashier")}, {QStringLiteral("store_id"), QStringLiteral("S001")},
                {QStringLiteral("pin_salt"), hex(16)}, {QStringLiteral("pin_iterations"), 120000}, {QStringLiteral("pin_verifier"), hex(32)},
                {QStringLiteral("active"), true}, {QStringLiteral("version"), 1}};
    }
    return {};
}

/// goodItem with `field` set to `value`; "lines.0.name" reaches into the first order line.
QByteArray itemPage(Stream stream, const QString &field, const QJsonValue &value, const QString &type = {})
{
    QJsonObject item = goodItem(stream, type);
    if (field.startsWith(QLatin1String("lines.0."))) {
        QJsonArray lines = item.value(QLatin1String("lines")).toArray();
        QJsonObject line = lines.at(0).toObject();
        line.insert(field.mid(8), value);
        lines.replace(0, line);
        item.insert(QStringLiteral("lines"), lines);
    } else if (!field.isEmpty()) {
        item.insert(field, value);
    }
    const QJsonObject root{{QStringLiteral("stream"), streamName(stream)}, {QStringLiteral("cursor"), QStringLiteral("1")},
                           {QStringLiteral("more"), false}, {QStringLiteral("items"), QJsonArray{item}}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
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

    void everyGoodItemParses_data()
    {
        QTest::addColumn<int>("stream");
        QTest::addColumn<QString>("type");
        for (Stream s : kAllStreams)
            QTest::newRow(qPrintable(streamName(s))) << int(s) << QString();
        QTest::newRow("location") << int(Stream::Reference) << QStringLiteral("location");
    }
    void everyGoodItemParses()
    {
        QFETCH(int, stream);
        QFETCH(QString, type);
        auto p = parsePullPage(itemPage(Stream(stream), {}, {}, type), Stream(stream), 0);
        QVERIFY2(p, qPrintable(p ? QString() : p.error().message));
        QCOMPARE(p->itemCount(), 1);
    }

    // Every integer is range-checked as the 64-bit value it arrived as, before it is narrowed
    // (2^32 + 2300 must not become 2300), and every text has a length cap
    // (docs/sync-protocol.md, "Limits"). One bad field refuses the page, naming row and field.
    void hostileFieldsRefuseThePage_data()
    {
        QTest::addColumn<int>("stream");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("named");
        const auto text = [](int n) { return QJsonValue(QString(n, QLatin1Char('x'))); };
        const qint64 wrap = Q_INT64_C(4294967296); // 2^32: int() keeps only what is above it
        const int ref = int(Stream::Reference), cat = int(Stream::Catalog), pri = int(Stream::Prices), sto = int(Stream::Stock),
                  ord = int(Stream::Orders), sta = int(Stream::Staff);
        const QString loc = QStringLiteral("location");
        QTest::newRow("rate_bp 2^32+2300") << ref << QString() << "rate_bp" << QJsonValue(wrap + 2300) << "items[0].rate_bp";
        QTest::newRow("rate_bp 10001") << ref << QString() << "rate_bp" << QJsonValue(10001) << "items[0].rate_bp";
        QTest::newRow("tax code long") << ref << QString() << "code" << text(9) << "items[0].code";
        QTest::newRow("tax label long") << ref << QString() << "label" << text(65) << "items[0].label";
        QTest::newRow("location id long") << ref << loc << "id" << text(33) << "items[0].id";
        QTest::newRow("location name long") << ref << loc << "name" << text(129) << "items[0].name";
        QTest::newRow("sku long") << cat << QString() << "sku" << text(65) << "items[0].sku";
        QTest::newRow("product tax class long") << cat << QString() << "tax_class" << text(9) << "items[0].tax_class";
        QTest::newRow("product name long") << cat << QString() << "names" << QJsonValue(QJsonObject{{QStringLiteral("pl"), text(201)}})
                                           << "items[0].names";
        QJsonObject manyNames;
        for (int i = 0; i < 17; ++i)
            manyNames.insert(QStringLiteral("l%1").arg(i), QStringLiteral("x"));
        QTest::newRow("17 names") << cat << QString() << "names" << QJsonValue(manyNames) << "items[0].names";
        QJsonArray manyCodes;
        for (int i = 0; i < 33; ++i)
            manyCodes.append(QStringLiteral("59012341%1").arg(i, 5, 10, QLatin1Char('0')));
        QTest::newRow("33 barcodes") << cat << QString() << "barcodes" << QJsonValue(manyCodes) << "items[0].barcodes";
        QTest::newRow("price 10^12") << pri << QString() << "amount" << QJsonValue(Q_INT64_C(1000000000000)) << "items[0].amount";
        QTest::newRow("valid_from year 318857") << pri << QString() << "valid_from" << QJsonValue(Q_INT64_C(10000000000000))
                                                << "items[0].valid_from";
        QTest::newRow("valid_to year 318857") << pri << QString() << "valid_to" << QJsonValue(Q_INT64_C(10000000000000))
                                              << "items[0].valid_to";
        QTest::newRow("on_hand 10^13") << sto << QString() << "on_hand" << QJsonValue(Q_INT64_C(10000000000000)) << "items[0].on_hand";
        QTest::newRow("on_hand -10^13") << sto << QString() << "on_hand" << QJsonValue(Q_INT64_C(-10000000000000)) << "items[0].on_hand";
        QTest::newRow("reserved 10^13") << sto << QString() << "reserved" << QJsonValue(Q_INT64_C(10000000000000)) << "items[0].reserved";
        QTest::newRow("in_transit 10^13") << sto << QString() << "in_transit" << QJsonValue(Q_INT64_C(10000000000000))
                                          << "items[0].in_transit";
        QTest::newRow("stock location long") << sto << QString() << "location_id" << text(33) << "items[0].location_id";
        QTest::newRow("line_no 2^32+1") << ord << QString() << "lines.0.line_no" << QJsonValue(wrap + 1) << "items[0].lines[0].line_no";
        QTest::newRow("line_no 2^32") << ord << QString() << "lines.0.line_no" << QJsonValue(wrap) << "items[0].lines[0].line_no";
        QTest::newRow("line quantity 10^12") << ord << QString() << "lines.0.quantity" << QJsonValue(Q_INT64_C(1000000000000))
                                             << "items[0].lines[0].quantity";
        QTest::newRow("line name long") << ord << QString() << "lines.0.name" << text(201) << "items[0].lines[0].name";
        QTest::newRow("order id long") << ord << QString() << "id" << text(65) << "items[0].id";
        QTest::newRow("order number long") << ord << QString() << "number" << text(33) << "items[0].number";
        QTest::newRow("first name long") << ord << QString() << "customer_first_name" << text(65) << "items[0].customer_first_name";
        QTest::newRow("masked contact long") << ord << QString() << "contact_masked" << text(129) << "items[0].contact_masked";
        QTest::newRow("compartment long") << ord << QString() << "compartment" << text(17) << "items[0].compartment";
        QTest::newRow("order total 10^12") << ord << QString() << "total" << QJsonValue(Q_INT64_C(1000000000000)) << "items[0].total";
        QTest::newRow("order currency") << ord << QString() << "currency" << QJsonValue(QStringLiteral("zł")) << "items[0].currency";
        QTest::newRow("expires_at year 318857") << ord << QString() << "expires_at" << QJsonValue(Q_INT64_C(10000000000000))
                                                << "items[0].expires_at";
        QJsonArray manyLines;
        for (int i = 1; i <= 501; ++i)
            manyLines.append(QJsonObject{{QStringLiteral("line_no"), i}, {QStringLiteral("product_id"), 1},
                                         {QStringLiteral("name"), QStringLiteral("x")}, {QStringLiteral("quantity"), 1}});
        QTest::newRow("501 order lines") << ord << QString() << "lines" << QJsonValue(manyLines) << "items[0].lines";
        QTest::newRow("pin_iterations 2^32+10000") << sta << QString() << "pin_iterations" << QJsonValue(wrap + 10000)
                                                   << "items[0].pin_iterations";
        QTest::newRow("pin_iterations 2*10^9") << sta << QString() << "pin_iterations" << QJsonValue(2000000000)
                                               << "items[0].pin_iterations";
        QTest::newRow("staff id long") << sta << QString() << "id" << text(65) << "items[0].id";
        QTest::newRow("staff name long") << sta << QString() << "name" << text(129) << "items[0].name";
        QTest::newRow("staff store long") << sta << QString() << "store_id" << text(33) << "items[0].store_id";
        QTest::newRow("staff language unknown") << sta << QString() << "language" << QJsonValue(QStringLiteral("de")) << "items[0].language";
        // Issue 13's optional fields: the spec's limits (docs/sync-protocol.md).
        QTest::newRow("brand long") << cat << QString() << "brand" << text(65) << "items[0].brand";
        QTest::newRow("brand a number") << cat << QString() << "brand" << QJsonValue(42) << "items[0].brand";
        QTest::newRow("model long") << cat << QString() << "model" << text(33) << "items[0].model";
        QTest::newRow("model with a space") << cat << QString() << "model" << QJsonValue(QStringLiteral("NW RUN")) << "items[0].model";
        QTest::newRow("model with a slash") << cat << QString() << "model" << QJsonValue(QStringLiteral("NW/RUN")) << "items[0].model";
        QTest::newRow("model with a letter beyond ASCII") << cat << QString() << "model" << QJsonValue(QStringLiteral("ŁÓDŹ-1"))
                                                          << "items[0].model";
        QTest::newRow("size long") << cat << QString() << "size" << text(17) << "items[0].size";
        QTest::newRow("size with a control") << cat << QString() << "size" << QJsonValue(QStringLiteral("42\t")) << "items[0].size";
        QTest::newRow("colour not an object") << cat << QString() << "colour" << QJsonValue(QStringLiteral("black")) << "items[0].colour";
        QTest::newRow("colour long") << cat << QString() << "colour" << QJsonValue(QJsonObject{{QStringLiteral("pl"), text(65)}})
                                     << "items[0].colour";
        QTest::newRow("colour empty") << cat << QString() << "colour" << QJsonValue(QJsonObject{{QStringLiteral("pl"), QString()}})
                                      << "items[0].colour";
        QTest::newRow("colour a number") << cat << QString() << "colour" << QJsonValue(QJsonObject{{QStringLiteral("pl"), 3}})
                                         << "items[0].colour";
        QJsonObject manyColours;
        for (int i = 0; i < 9; ++i)
            manyColours.insert(QStringLiteral("l%1").arg(i), QStringLiteral("x"));
        QTest::newRow("9 colour languages") << cat << QString() << "colour" << QJsonValue(manyColours) << "items[0].colour";
        QTest::newRow("popularity negative") << cat << QString() << "popularity" << QJsonValue(-1) << "items[0].popularity";
        QTest::newRow("popularity 10^12+1") << cat << QString() << "popularity" << QJsonValue(Q_INT64_C(1000000000001))
                                            << "items[0].popularity";
        QTest::newRow("popularity fractional") << cat << QString() << "popularity" << QJsonValue(1.5) << "items[0].popularity";
        QTest::newRow("city long") << ref << loc << "city" << text(129) << "items[0].city";
        QTest::newRow("city with a line break") << ref << loc << "city" << QJsonValue(QStringLiteral("Oslo\n")) << "items[0].city";
        QTest::newRow("promotion long") << pri << QString() << "promotion" << text(65) << "items[0].promotion";
        QTest::newRow("regular_amount not above amount") << pri << QString() << "regular_amount" << QJsonValue(1299)
                                                         << "items[0].regular_amount";
        QTest::newRow("regular_amount 10^12") << pri << QString() << "regular_amount" << QJsonValue(Q_INT64_C(1000000000000))
                                              << "items[0].regular_amount";
        QTest::newRow("regular_amount as text") << pri << QString() << "regular_amount" << QJsonValue(QStringLiteral("1999"))
                                                << "items[0].regular_amount";
        // Control characters: names end up on ESC/POS receipts (ESC starts a printer command),
        // on screens and in logs.
        QTest::newRow("product name with ESC") << cat << QString() << "names"
                                               << QJsonValue(QJsonObject{{QStringLiteral("pl"), QStringLiteral("Mleko\x1bp\x00")}})
                                               << "items[0].names";
        QTest::newRow("staff name with a line break") << sta << QString() << "name" << QJsonValue(QStringLiteral("Anna\nK."))
                                                      << "items[0].name";
        QTest::newRow("line name with a C1 control") << ord << QString() << "lines.0.name" << QJsonValue(QStringLiteral("Mleko\u009b2J"))
                                                     << "items[0].lines[0].name";
    }
    void hostileFieldsRefuseThePage()
    {
        QFETCH(int, stream);
        QFETCH(QString, type);
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, named);
        auto p = parsePullPage(itemPage(Stream(stream), field, value, type), Stream(stream), 0);
        QVERIFY2(!p, "accepted");
        QCOMPARE(p.error().code, QStringLiteral("sync.bad-answer"));
        QVERIFY2(p.error().message.contains(named + QLatin1Char(' ')), qPrintable(p.error().message));
        QVERIFY(p.error().message.contains(QLatin1String("nothing of it was applied")));
    }

    void aPageLongerThanTheProtocolAllowsIsRefused()
    {
        QList<QByteArray> rows;
        for (int i = 1; i <= 10001; ++i)
            rows.append(priceRow(10 + i, 100, i));
        auto p = parsePullPage(page("prices", 10 + 10001, rows), Stream::Prices, 10);
        QVERIFY2(!p, "a page of 10001 rows was accepted");
        QVERIFY2(p.error().message.contains(QLatin1String("prices.items has 10001 entries")), qPrintable(p.error().message));
    }

    void hostileLiveAnswersAreRefused_data()
    {
        QTest::addColumn<int>("answer");
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("named"); // empty: a valid answer that must parse
        const qint64 wrap = Q_INT64_C(4294967296);
        const QString longText(300, QLatin1Char('x'));

        // Enrolment: the token goes into an HTTP header; a line break there would add headers.
        const auto enrolment = [](const QString &token, const QString &storeName) {
            return QJsonDocument(QJsonObject{{QStringLiteral("terminal"), QStringLiteral("S001-T01")}, {QStringLiteral("token"), token},
                                             {QStringLiteral("server_time_ms"), 1},
                                             {QStringLiteral("store"), QJsonObject{{QStringLiteral("name"), storeName},
                                                                                   {QStringLiteral("country"), QStringLiteral("PL")},
                                                                                   {QStringLiteral("currency"), QStringLiteral("PLN")},
                                                                                   {QStringLiteral("language"), QStringLiteral("pl")}}}})
                .toJson(QJsonDocument::Compact);
        };
        const QString token(64, QLatin1Char('a'));
        const int enrol = int(Answer::Enrolment);
        QTest::newRow("enrolment ok") << enrol << enrolment(token, QStringLiteral("Kraków")) << QString();
        QTest::newRow("token with CRLF") << enrol << enrolment(token + QStringLiteral("\r\nX-Evil: 1"), QStringLiteral("Kraków"))
                                         << "enrolment.token";
        QTest::newRow("token 600 long") << enrol << enrolment(QString(600, QLatin1Char('a')), QStringLiteral("Kraków"))
                                        << "enrolment.token";
        QTest::newRow("store name long") << enrol << enrolment(token, longText) << "enrolment.store.name";

        // A push answer's reason is shown to staff and stored: capped.
        const auto push = [](const QString &reason) {
            return QJsonDocument(QJsonObject{{QStringLiteral("results"),
                                              QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("e1")},
                                                                     {QStringLiteral("status"), QStringLiteral("rejected")},
                                                                     {QStringLiteral("reason"), reason}}}}})
                .toJson(QJsonDocument::Compact);
        };
        QTest::newRow("push ok") << int(Answer::Push) << push(QStringLiteral("stale count")) << QString();
        QTest::newRow("push reason long") << int(Answer::Push) << push(QString(1001, QLatin1Char('x'))) << "results[0].reason";

        // Live stock: texts and levels.
        const QJsonObject level{{QStringLiteral("location_id"), QStringLiteral("W01")}, {QStringLiteral("kind"), QStringLiteral("warehouse")},
                                {QStringLiteral("name"), QStringLiteral("Central")}, {QStringLiteral("on_hand"), 5},
                                {QStringLiteral("reserved"), 0}, {QStringLiteral("in_transit"), 0}};
        const auto stock = [&level](const char *key, const QJsonValue &v) {
            QJsonObject l = level;
            if (key)
                l.insert(QLatin1String(key), v);
            return QJsonDocument(QJsonObject{{QStringLiteral("product_id"), 7}, {QStringLiteral("levels"), QJsonArray{l}}})
                .toJson(QJsonDocument::Compact);
        };
        const int live = int(Answer::LiveStock);
        QTest::newRow("live stock ok") << live << stock(nullptr, {}) << QString();
        QTest::newRow("live location name long") << live << stock("name", longText) << "levels[0].name";
        QTest::newRow("live location id long") << live << stock("location_id", longText) << "levels[0].location_id";
        QTest::newRow("live on_hand 10^13") << live << stock("on_hand", Q_INT64_C(10000000000000)) << "levels[0].on_hand";

        // A remote sale: what a return takes over.
        const QJsonObject line{{QStringLiteral("product_id"), 100}, {QStringLiteral("sku"), QStringLiteral("SKU-100")},
                               {QStringLiteral("quantity"), 2}, {QStringLiteral("unit"), QStringLiteral("piece")},
                               {QStringLiteral("unit_price"), 199}, {QStringLiteral("discount"), 0}, {QStringLiteral("amount"), 398},
                               {QStringLiteral("tax_code"), QStringLiteral("A")}, {QStringLiteral("tax_bp"), 2300},
                               {QStringLiteral("return_of_line"), 0}};
        const auto sale = [&line](const char *key, const QJsonValue &v, const QJsonArray &returned = {}) {
            QJsonObject l = line;
            if (key)
                l.insert(QLatin1String(key), v);
            const QJsonObject s{{QStringLiteral("sale_id"), QStringLiteral("a1b2-c3")}, {QStringLiteral("kind"), QStringLiteral("sale")},
                                {QStringLiteral("store_id"), QStringLiteral("S001")}, {QStringLiteral("terminal_id"), QStringLiteral("T02")},
                                {QStringLiteral("receipt_no"), 5}, {QStringLiteral("cashier_id"), QStringLiteral("C7")},
                                {QStringLiteral("currency"), QStringLiteral("PLN")}, {QStringLiteral("subtotal"), 398},
                                {QStringLiteral("discount_total"), 0}, {QStringLiteral("tax_total"), 74}, {QStringLiteral("total"), 398},
                                {QStringLiteral("created_at_ms"), 1}, {QStringLiteral("lines"), QJsonArray{l}},
                                {QStringLiteral("tenders"), QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("cash")},
                                                                                   {QStringLiteral("amount"), 400},
                                                                                   {QStringLiteral("change"), 2}}}}};
            return QJsonDocument(QJsonObject{{QStringLiteral("sale_id"), QStringLiteral("a1b2-c3")}, {QStringLiteral("sale"), s},
                                             {QStringLiteral("returned"), returned}})
                .toJson(QJsonDocument::Compact);
        };
        const int remote = int(Answer::RemoteSale);
        QTest::newRow("sale ok") << remote << sale(nullptr, {}) << QString();
        QTest::newRow("sale tax_bp 2^32+2300") << remote << sale("tax_bp", wrap + 2300) << "sale.lines[0].tax_bp";
        QTest::newRow("sale return_of_line 2^32+1") << remote << sale("return_of_line", wrap + 1) << "sale.lines[0].return_of_line";
        QTest::newRow("sale sku long") << remote << sale("sku", longText) << "sale.lines[0].sku";
        QTest::newRow("sale quantity 10^13") << remote << sale("quantity", Q_INT64_C(10000000000000)) << "sale.lines[0].quantity";
        QTest::newRow("sale unit_price 10^12") << remote << sale("unit_price", Q_INT64_C(1000000000000)) << "sale.lines[0].unit_price";
        QTest::newRow("returned line_no 2^32+1")
            << remote
            << sale(nullptr, {},
                    {QJsonObject{{QStringLiteral("line_no"), wrap + 1}, {QStringLiteral("quantity"), 1}, {QStringLiteral("amount"), 199}}})
            << "returned[0].line_no";
    }
    void hostileLiveAnswersAreRefused()
    {
        QFETCH(int, answer);
        QFETCH(QByteArray, json);
        QFETCH(QString, named);
        const QList<OutboxEvent> sent = {{1, QStringLiteral("e1"), QStringLiteral("sale.completed"), "{}", 1}};
        std::optional<ok::Error> error;
        switch (Answer(answer)) {
        case Answer::Enrolment:
            if (auto r = parseEnrolment(json); !r)
                error = r.error();
            break;
        case Answer::Push:
            if (auto r = parsePushResponse(json, sent); !r)
                error = r.error();
            break;
        case Answer::LiveStock:
            if (auto r = parseLiveStock(json, 7); !r)
                error = r.error();
            break;
        case Answer::RemoteSale:
            if (auto r = parseRemoteSale(json, QStringLiteral("a1b2-c3")); !r)
                error = r.error();
            break;
        }
        if (named.isEmpty()) {
            QVERIFY2(!error, qPrintable(error ? error->message : QString()));
            return;
        }
        QVERIFY2(error, "accepted");
        QCOMPARE(error->code, QStringLiteral("sync.bad-answer"));
        QVERIFY2(error->message.contains(named + QLatin1Char(' ')), qPrintable(error->message));
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

    void issue13FieldsAreOptionalAndParsed()
    {
        // Absent: empty / 0 (an older central service).
        auto plain = parsePullPage(itemPage(Stream::Catalog, {}, {}), Stream::Catalog, 0);
        QVERIFY(plain);
        QVERIFY(plain->products.at(0).brand.isEmpty() && plain->products.at(0).model.isEmpty());
        QVERIFY(plain->products.at(0).colour.isEmpty());
        QCOMPARE(plain->products.at(0).popularity, 0);

        const QByteArray variant = page("catalog", 5, {QByteArray(R"({"id":42,"sku":"SKU-42","tax_class":"A","unit":"piece","active":true,)"
            R"("names":{"pl":"Buty do biegania Nordwalk czarny 42"},"barcodes":["5901234123457"],"brand":"Nordwalk",)"
            R"("model":"NW-RUN_0042","size":"42","colour":{"en":"black","pl":"czarny","ru":"чёрный","nb":"svart","it":"nero"},)"
            R"("popularity":1000000000000,"version":5})")});
        auto v = parsePullPage(variant, Stream::Catalog, 0);
        QVERIFY2(v, qPrintable(v ? QString() : v.error().message));
        const ProductItem &p = v->products.at(0);
        QCOMPARE(p.brand, QStringLiteral("Nordwalk"));
        QCOMPARE(p.model, QStringLiteral("NW-RUN_0042"));
        QCOMPARE(p.size, QStringLiteral("42"));
        QCOMPARE(p.colour.size(), 5);
        QVERIFY(p.colour.contains(QPair<QString, QString>(QStringLiteral("ru"), QStringLiteral("чёрный"))));
        QCOMPARE(p.popularity, Q_INT64_C(1000000000000));

        auto city = parsePullPage(itemPage(Stream::Reference, QStringLiteral("city"), QStringLiteral("Kraków"), QStringLiteral("location")),
                                  Stream::Reference, 0);
        QVERIFY(city);
        QCOMPARE(city->locations.at(0).city, QStringLiteral("Kraków"));
        auto noCity = parsePullPage(itemPage(Stream::Reference, {}, {}, QStringLiteral("location")), Stream::Reference, 0);
        QVERIFY(noCity && noCity->locations.at(0).city.isEmpty());

        const QByteArray promo = page("prices", 5, {QByteArray(R"({"product_id":17,"valid_from":1795000000,"valid_to":1795600000,)"
            R"("amount":15999,"currency":"PLN","promotion":"Black Week −20 %","regular_amount":19999,"version":5})")});
        auto pr = parsePullPage(promo, Stream::Prices, 0);
        QVERIFY2(pr, qPrintable(pr ? QString() : pr.error().message));
        QCOMPARE(pr->prices.at(0).promotion, QStringLiteral("Black Week −20 %"));
        QCOMPARE(pr->prices.at(0).regularAmount.value(), 19999);
        auto regular = parsePullPage(itemPage(Stream::Prices, {}, {}), Stream::Prices, 0);
        QVERIFY(regular && regular->prices.at(0).promotion.isEmpty() && !regular->prices.at(0).regularAmount);
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

    void staffLanguageIsOptional()
    {
        const char *row = R"({"id":"E1","name":"Anna","role":"cashier","store_id":"S001","pin_salt":"0011223344556677","pin_iterations":120000,"pin_verifier":"00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff","active":true,"version":3%1})";
        auto p = parsePullPage(page("staff", 3, {QString::fromLatin1(row).arg(QString()).toUtf8()}), Stream::Staff, 0);
        QVERIFY2(p, qPrintable(p ? QString() : p.error().message));
        QCOMPARE(p->staff.at(0).language, QString()); // an older central service: the store's language
        p = parsePullPage(page("staff", 3, {QString::fromLatin1(row).arg(QStringLiteral(R"(,"language":"nb")")).toUtf8()}), Stream::Staff, 0);
        QVERIFY2(p, qPrintable(p ? QString() : p.error().message));
        QCOMPARE(p->staff.at(0).language, QStringLiteral("nb"));
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

    // ------------------------------------------------------------ one customer across channels

    void customersAreCheckedLikeAPage()
    {
        const auto customer = [](const QString &loyaltyId) {
            return QJsonObject{{QStringLiteral("id"), QStringLiteral("C00001")}, {QStringLiteral("loyalty_id"), loyaltyId},
                               {QStringLiteral("name"), QStringLiteral("Anna Nowak")},
                               {QStringLiteral("email_masked"), QStringLiteral("a***@example.com")},
                               {QStringLiteral("phone_masked"), QStringLiteral("+48 *** *** 321")}, {QStringLiteral("points"), 1250},
                               {QStringLiteral("store_credit"), 300}, {QStringLiteral("currency"), QStringLiteral("PLN")},
                               {QStringLiteral("promotions"),
                                QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("P-VIP10")},
                                                       {QStringLiteral("name"), QStringLiteral("VIP −10 %")},
                                                       {QStringLiteral("percent_bp"), 1000}}}}};
        };
        const auto answer = [](const QJsonArray &customers) {
            return QJsonDocument(QJsonObject{{QStringLiteral("customers"), customers}}).toJson(QJsonDocument::Compact);
        };
        const QString card = QStringLiteral("2980000000010"); // EAN-13, prefix 298, check digit 0
        auto ok = parseCustomers(answer({customer(card)}));
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().message));
        QCOMPARE(ok->size(), 1);
        const ok::Customer &c = ok->at(0);
        QCOMPARE(c.id, QStringLiteral("C00001"));
        QCOMPARE(c.loyaltyId, card);
        QCOMPARE(c.name, QStringLiteral("Anna Nowak"));
        QCOMPARE(c.emailMasked, QStringLiteral("a***@example.com"));
        QCOMPARE(c.phoneMasked, QStringLiteral("+48 *** *** 321"));
        QCOMPARE(c.points, 1250);
        QCOMPARE(c.storeCredit, 300);
        QCOMPARE(c.currency, QStringLiteral("PLN"));
        QCOMPARE(c.promotions.size(), 1);
        QCOMPARE(c.promotions.at(0).id, QStringLiteral("P-VIP10"));
        QCOMPARE(c.promotions.at(0).percentBp, 1000);
        // Nobody matches: an empty list, not an error.
        auto none = parseCustomers(answer({}));
        QVERIFY(none);
        QVERIFY(none->isEmpty());

        // A loyalty id with a wrong check digit, outside the 298 range, too short: refused.
        for (const QString &bad : {QStringLiteral("2980000000011"), QStringLiteral("5901234123457"), QStringLiteral("298000000001")}) {
            auto r = parseCustomers(answer({customer(bad)}));
            QVERIFY2(!r, qPrintable(bad));
            QVERIFY2(r.error().message.contains(QLatin1String("loyalty")), qPrintable(r.error().message));
        }
        // A customer without points, with negative points, without a name: the whole answer is refused.
        QJsonObject noPoints = customer(card);
        noPoints.remove(QStringLiteral("points"));
        auto r = parseCustomers(answer({customer(card), noPoints}));
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QLatin1String("points")), qPrintable(r.error().message));
        QJsonObject negative = customer(card);
        negative.insert(QStringLiteral("points"), -5);
        QVERIFY(!parseCustomers(answer({negative})));
        QJsonObject noName = customer(card);
        noName.remove(QStringLiteral("name"));
        QVERIFY(!parseCustomers(answer({noName})));
        QJsonObject badPromotion = customer(card);
        badPromotion.insert(QStringLiteral("promotions"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("P1")},
                                                                                 {QStringLiteral("name"), QStringLiteral("x")},
                                                                                 {QStringLiteral("percent_bp"), 0}}});
        QVERIFY(!parseCustomers(answer({badPromotion})));
        QVERIFY(!parseCustomers(R"({"customers":{}})"));
        QVERIFY(!parseCustomers(answer({customer(card)}).chopped(4))); // truncated
    }

    void webOrdersAreCheckedLikeAPage()
    {
        const auto line = [](int no, qint64 quantity, qint64 amount, qint64 returned) {
            return QJsonObject{{QStringLiteral("line_no"), no}, {QStringLiteral("product_id"), 17}, {QStringLiteral("name"), QStringLiteral("Buty")},
                               {QStringLiteral("quantity"), quantity}, {QStringLiteral("amount"), amount}, {QStringLiteral("returned"), returned}};
        };
        const auto order = [](const QJsonArray &lines) {
            return QJsonObject{{QStringLiteral("id"), QStringLiteral("WEB-200001")}, {QStringLiteral("number"), QStringLiteral("W200001")},
                               {QStringLiteral("channel"), QStringLiteral("app")}, {QStringLiteral("customer_id"), QStringLiteral("C00001")},
                               {QStringLiteral("status"), QStringLiteral("delivered")}, {QStringLiteral("delivery"), QStringLiteral("home")},
                               {QStringLiteral("store_id"), QString()}, {QStringLiteral("created_at_ms"), 1795000000000LL},
                               {QStringLiteral("total"), 45998}, {QStringLiteral("currency"), QStringLiteral("PLN")},
                               {QStringLiteral("lines"), lines},
                               {QStringLiteral("payments"),
                                QJsonArray{QJsonObject{{QStringLiteral("method"), QStringLiteral("card-online")},
                                                       {QStringLiteral("amount"), 45998}, {QStringLiteral("reference"), QStringLiteral("PSP-1")}}}},
                               {QStringLiteral("history"),
                                QJsonArray{QJsonObject{{QStringLiteral("at_ms"), 1795000000001LL},
                                                       {QStringLiteral("what"), QStringLiteral("returned in store S001: 1 × line 1")}}}}};
        };
        const auto json = [](const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); };
        auto ok = parseWebOrder(json(order({line(1, 2, 19998, 1), line(2, 1, 26000, 0)})));
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().message));
        QCOMPARE(ok->id, QStringLiteral("WEB-200001"));
        QCOMPARE(ok->number, QStringLiteral("W200001"));
        QCOMPARE(ok->channel, QStringLiteral("app"));
        QCOMPARE(ok->status, QStringLiteral("delivered"));
        QCOMPARE(ok->delivery, QStringLiteral("home"));
        QCOMPARE(ok->total, 45998);
        QCOMPARE(ok->lines.size(), 2);
        QCOMPARE(ok->lines.at(0).quantity, 2);
        QCOMPARE(ok->lines.at(0).amount, 19998);
        QCOMPARE(ok->lines.at(0).returned, 1);
        QCOMPARE(ok->lines.at(1).lineNo, 2);
        QCOMPARE(ok->payments.size(), 1);
        QCOMPARE(ok->payments.at(0).method, QStringLiteral("card-online"));
        QCOMPARE(ok->history.size(), 1);
        QVERIFY(ok->history.at(0).contains(QLatin1String("returned in store S001")));

        auto list = parseWebOrders(json(QJsonObject{{QStringLiteral("orders"), QJsonArray{order({line(1, 1, 100, 0)}), order({line(1, 3, 300, 0)})}}}));
        QVERIFY2(list, qPrintable(list ? QString() : list.error().message));
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(1).lines.at(0).quantity, 3);
        QVERIFY(parseWebOrders(R"({"orders":[]})"));

        // An order with no lines is not an order, alone or in a list.
        auto empty = parseWebOrder(json(order({})));
        QVERIFY(!empty);
        QVERIFY2(empty.error().message.contains(QLatin1String("no lines")), qPrintable(empty.error().message));
        QVERIFY(!parseWebOrders(json(QJsonObject{{QStringLiteral("orders"), QJsonArray{order({line(1, 1, 100, 0)}), order({})}}})));
        // More returned than ordered, an unknown status, a negative amount, a missing currency.
        QVERIFY(!parseWebOrder(json(order({line(1, 2, 19998, 3)}))));
        QJsonObject lost = order({line(1, 1, 100, 0)});
        lost.insert(QStringLiteral("status"), QStringLiteral("lost"));
        QVERIFY(!parseWebOrder(json(lost)));
        QVERIFY(!parseWebOrder(json(order({line(1, 1, -100, 0)}))));
        QJsonObject noCurrency = order({line(1, 1, 100, 0)});
        noCurrency.remove(QStringLiteral("currency"));
        QVERIFY(!parseWebOrder(json(noCurrency)));
        QVERIFY(!parseWebOrder(json(order({line(1, 1, 100, 0)})).chopped(2)));
    }

    void redemptionMustBeTheOneAskedFor()
    {
        const QString id = QStringLiteral("7b0d6c1e-1111-4c6b-9a2e-000000000001");
        const auto answer = [](const QString &rid, qint64 points, qint64 balance) {
            return QJsonDocument(QJsonObject{{QStringLiteral("redemption_id"), rid}, {QStringLiteral("points"), points},
                                             {QStringLiteral("amount"), points}, {QStringLiteral("currency"), QStringLiteral("PLN")},
                                             {QStringLiteral("balance"), balance}})
                .toJson(QJsonDocument::Compact);
        };
        auto ok = parseRedemption(answer(id, 500, 750), id);
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().message));
        QCOMPARE(ok->id, id);
        QCOMPARE(ok->points, 500);
        QCOMPARE(ok->amount, 500);
        QCOMPARE(ok->currency, QStringLiteral("PLN"));
        QCOMPARE(ok->balance, 750);
        // The answer for another redemption is not ours: points of another sale must not pay this one.
        auto other = parseRedemption(answer(QStringLiteral("7b0d6c1e-1111-4c6b-9a2e-000000000002"), 500, 750), id);
        QVERIFY(!other);
        QVERIFY2(other.error().message.contains(QLatin1String("another redemption")), qPrintable(other.error().message));
        QVERIFY(!parseRedemption(answer(id, 0, 750), id));   // nothing redeemed
        QVERIFY(!parseRedemption(answer(id, 500, -1), id));  // a negative balance
        QVERIFY(!parseRedemption(R"({"error":{"code":"insufficient_points","message":"too few points"}})", id));
    }

    void transfersAreCheckedLikeAPage()
    {
        const auto transfer = [](const QString &state, const QString &to) {
            return QJsonObject{{QStringLiteral("request_id"), QStringLiteral("r-1")}, {QStringLiteral("product_id"), 23},
                               {QStringLiteral("quantity"), 2}, {QStringLiteral("from_location"), QStringLiteral("W01")},
                               {QStringLiteral("to"), to}, {QStringLiteral("state"), state},
                               {QStringLiteral("order_id"), QStringLiteral("S001-CC-100009")}, {QStringLiteral("updated_at_ms"), 1795000000000LL}};
        };
        const auto answer = [](const QJsonArray &a) { return QJsonDocument(QJsonObject{{QStringLiteral("transfers"), a}}).toJson(QJsonDocument::Compact); };
        auto ok = parseTransfers(answer({transfer(QStringLiteral("arrived"), QStringLiteral("store"))}));
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().message));
        QCOMPARE(ok->size(), 1);
        QCOMPARE(ok->at(0).requestId, QStringLiteral("r-1"));
        QCOMPARE(ok->at(0).state, QStringLiteral("arrived"));
        QCOMPARE(ok->at(0).orderId, QStringLiteral("S001-CC-100009"));
        QCOMPARE(ok->at(0).fromLocation, QStringLiteral("W01"));
        QVERIFY(!parseTransfers(answer({transfer(QStringLiteral("teleported"), QStringLiteral("store"))})));
        QVERIFY(!parseTransfers(answer({transfer(QStringLiteral("requested"), QStringLiteral("moon"))})));
    }

    void liveStockCarriesWhatTheWebSells()
    {
        const QByteArray good = R"({"product_id":21,"server_time_ms":1795000000000,"web_sellable":12,"levels":[
            {"location_id":"S001","kind":"store","name":"Warszawa Centrum","city":"Warszawa","on_hand":10,"reserved":2,"in_transit":0,"version":9},
            {"location_id":"W01","kind":"warehouse","name":"Magazyn","city":"Stryków","on_hand":4,"reserved":0,"in_transit":0,"version":3}]})";
        auto ok = parseLiveStock(good, 21);
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().message));
        QCOMPARE(ok->webSellable.value_or(-1), 12);
        QCOMPARE(ok->serverTimeMs, 1795000000000LL);
        QCOMPARE(ok->levels.size(), 2);
        QCOMPARE(ok->levels.at(0).city, QStringLiteral("Warszawa"));
        QCOMPARE(ok->levels.at(0).version, 9);
        QCOMPARE(ok->levels.at(1).kind, QStringLiteral("warehouse"));
        // An older service says nothing about the web shop: unknown, not 0.
        auto older = parseLiveStock(R"({"product_id":21,"levels":[]})", 21);
        QVERIFY(older);
        QVERIFY(!older->webSellable.has_value());
        QVERIFY(!parseLiveStock(good, 22)); // another product
        QVERIFY(!parseLiveStock(R"({"product_id":21,"web_sellable":-1,"levels":[]})", 21));
    }
};

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
