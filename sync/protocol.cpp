// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/protocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>

namespace ok::sync {

namespace {

constexpr double kMaxExactInteger = 9007199254740992.0; // 2^53: JSON numbers above are not exact

Error badAnswer(const QString &what)
{
    return Error{QStringLiteral("sync.bad-answer"),
                 QStringLiteral("The central service sent an answer that cannot be used (%1); nothing of it was applied.").arg(what)};
}

/// Reads fields of one JSON object and remembers the first problem, named with its path, so
/// validation code reads as a list of fields instead of a ladder of ifs.
class Fields
{
public:
    Fields(const QJsonObject &o, QString path, QString *firstError) : m_o(o), m_path(std::move(path)), m_err(firstError) {}

    qint64 integer(const char *key, qint64 min = std::numeric_limits<qint64>::min())
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (!v.isDouble())
            return fail(key, QStringLiteral("is not a number")), 0;
        const double d = v.toDouble();
        if (d != std::floor(d) || std::fabs(d) > kMaxExactInteger)
            return fail(key, QStringLiteral("is not a whole number")), 0;
        const auto i = qint64(d);
        if (i < min)
            return fail(key, QStringLiteral("is %1, below the minimum %2").arg(i).arg(min)), 0;
        return i;
    }
    std::optional<qint64> optionalInteger(const char *key)
    {
        if (m_o.value(QLatin1String(key)).isNull() || !m_o.contains(QLatin1String(key)))
            return std::nullopt;
        return integer(key);
    }
    QString text(const char *key, bool allowEmpty = false)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (!v.isString())
            return fail(key, QStringLiteral("is not a text")), QString();
        QString s = v.toString();
        if (!allowEmpty && s.isEmpty())
            fail(key, QStringLiteral("is empty"));
        return s;
    }
    QString optionalText(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isNull() || v.isUndefined())
            return {};
        return text(key, true);
    }
    QString oneOf(const char *key, std::initializer_list<const char *> allowed)
    {
        const QString s = text(key);
        for (const char *a : allowed)
            if (s == QLatin1String(a))
                return s;
        fail(key, QStringLiteral("has the unknown value \"%1\"").arg(s.left(40)));
        return s;
    }
    bool boolean(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (!v.isBool())
            return fail(key, QStringLiteral("is not true or false")), false;
        return v.toBool();
    }
    QByteArray hex(const char *key, qsizetype minBytes, qsizetype maxBytes)
    {
        const QString s = text(key);
        const QByteArray raw = s.toLatin1();
        for (char c : raw)
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
                return fail(key, QStringLiteral("is not hexadecimal")), QByteArray();
        const QByteArray bytes = QByteArray::fromHex(raw);
        if (raw.size() % 2 != 0 || bytes.size() < minBytes || bytes.size() > maxBytes)
            return fail(key, QStringLiteral("has the wrong length")), QByteArray();
        return bytes;
    }
    QJsonArray array(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (!v.isArray())
            return fail(key, QStringLiteral("is not a list")), QJsonArray();
        return v.toArray();
    }
    QJsonObject object(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (!v.isObject())
            return fail(key, QStringLiteral("is not an object")), QJsonObject();
        return v.toObject();
    }
    void fail(const char *key, const QString &why)
    {
        if (m_err->isEmpty())
            *m_err = QStringLiteral("%1.%2 %3").arg(m_path, QLatin1String(key), why);
    }
    const QString &path() const { return m_path; }

private:
    QJsonObject m_o;
    QString m_path;
    QString *m_err;
};

Result<QJsonObject> parseObject(const QByteArray &json)
{
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return badAnswer(QStringLiteral("malformed JSON at byte %1: %2").arg(pe.offset).arg(pe.errorString()));
    if (!doc.isObject())
        return badAnswer(QStringLiteral("not a JSON object"));
    return doc.object();
}

bool isBarcode(const QString &s)
{
    if (s.size() < 6 || s.size() > 48)
        return false;
    for (QChar c : s)
        if (c.unicode() < 0x21 || c.unicode() > 0x7E)
            return false;
    return true;
}

bool isCurrency(const QString &s)
{
    if (s.size() != 3)
        return false;
    for (QChar c : s)
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            return false;
    return true;
}

} // namespace

QString streamName(Stream s)
{
    switch (s) {
    case Stream::Reference: return QStringLiteral("reference");
    case Stream::Catalog: return QStringLiteral("catalog");
    case Stream::Prices: return QStringLiteral("prices");
    case Stream::Stock: return QStringLiteral("stock");
    case Stream::Orders: return QStringLiteral("orders");
    case Stream::Staff: return QStringLiteral("staff");
    }
    return {};
}

std::optional<Stream> streamFromName(const QString &name)
{
    for (Stream s : kAllStreams)
        if (streamName(s) == name)
            return s;
    return std::nullopt;
}

qsizetype PullPage::itemCount() const
{
    return taxClasses.size() + locations.size() + products.size() + prices.size() + stock.size() + orders.size()
        + staff.size();
}

Result<PullPage> parsePullPage(const QByteArray &json, Stream expected, qint64 sentCursor)
{
    auto root = parseObject(json);
    if (!root)
        return root.error();
    QString err;
    Fields top(root.value(), streamName(expected), &err);
    PullPage page;
    page.stream = expected;
    page.cursorFrom = sentCursor;
    if (top.text("stream") != streamName(expected) && err.isEmpty())
        err = QStringLiteral("the page is for another stream");
    const QString cursorText = top.text("cursor");
    bool isNumber = false;
    page.cursor = cursorText.toLongLong(&isNumber);
    if (err.isEmpty() && (!isNumber || page.cursor < 0))
        err = QStringLiteral("the cursor \"%1\" is not a number").arg(cursorText.left(30));
    if (err.isEmpty() && page.cursor < sentCursor)
        err = QStringLiteral("the cursor went backwards from %1 to %2").arg(sentCursor).arg(page.cursor);
    page.more = top.boolean("more");
    const QJsonArray items = top.array("items");
    if (!err.isEmpty())
        return badAnswer(err);

    qint64 lastVersion = sentCursor;
    for (qsizetype i = 0; i < items.size() && err.isEmpty(); ++i) {
        if (!items.at(i).isObject()) {
            err = QStringLiteral("item %1 is not an object").arg(i);
            break;
        }
        Fields f(items.at(i).toObject(), QStringLiteral("items[%1]").arg(i), &err);
        const qint64 version = f.integer("version", 1);
        if (err.isEmpty() && (version <= lastVersion || version > page.cursor))
            err = QStringLiteral("items[%1].version %2 is out of order (after %3, cursor %4)")
                      .arg(i).arg(version).arg(lastVersion).arg(page.cursor);
        lastVersion = version;
        switch (expected) {
        case Stream::Reference: {
            const QString type = f.oneOf("type", {"tax_class", "location"});
            if (type == QLatin1String("tax_class")) {
                TaxClassItem t{f.text("code"), int(f.integer("rate_bp", 0)), f.text("label", true), version};
                if (t.rateBp > 10000)
                    f.fail("rate_bp", QStringLiteral("is above 100 %"));
                page.taxClasses.append(t);
            } else {
                page.locations.append({f.text("id"), f.oneOf("kind", {"store", "warehouse", "online"}), f.text("name"), version});
            }
            break;
        }
        case Stream::Catalog: {
            ProductItem p;
            p.id = f.integer("id", 1);
            p.sku = f.text("sku");
            p.taxClass = f.text("tax_class");
            p.unit = f.oneOf("unit", {"piece", "kg"});
            p.active = f.boolean("active");
            p.version = version;
            const QJsonObject names = f.object("names");
            for (auto it = names.begin(); it != names.end(); ++it) {
                if (!it.value().isString() || it.value().toString().isEmpty() || it.key().size() > 8)
                    f.fail("names", QStringLiteral("has an empty or malformed name"));
                p.names.append({it.key(), it.value().toString()});
            }
            if (p.names.isEmpty())
                f.fail("names", QStringLiteral("is empty"));
            for (const QJsonValue b : f.array("barcodes")) {
                if (!b.isString() || !isBarcode(b.toString()))
                    f.fail("barcodes", QStringLiteral("holds a malformed barcode"));
                p.barcodes.append(b.toString());
            }
            page.products.append(std::move(p));
            break;
        }
        case Stream::Prices: {
            PriceItem p;
            p.productId = f.integer("product_id", 1);
            p.validFrom = f.integer("valid_from", 0);
            p.validTo = f.optionalInteger("valid_to");
            p.amount = f.integer("amount");
            if (err.isEmpty() && p.amount < 0)
                err = QStringLiteral("a negative price (%1) for product %2").arg(p.amount).arg(p.productId);
            if (err.isEmpty() && p.validTo && *p.validTo <= p.validFrom)
                err = QStringLiteral("a price for product %1 ends before it starts").arg(p.productId);
            p.currency = f.text("currency");
            if (err.isEmpty() && !isCurrency(p.currency))
                f.fail("currency", QStringLiteral("is not an ISO 4217 code"));
            p.version = version;
            page.prices.append(p);
            break;
        }
        case Stream::Stock:
            page.stock.append({f.integer("product_id", 1), f.text("location_id"), f.integer("on_hand"),
                               f.integer("reserved", 0), f.integer("in_transit", 0), version});
            break;
        case Stream::Orders: {
            OrderItem o;
            o.id = f.text("id");
            o.number = f.text("number");
            o.customerFirstName = f.text("customer_first_name", true);
            o.contactMasked = f.text("contact_masked", true);
            o.pickupSalt = f.hex("pickup_salt", 8, 64);
            o.pickupVerifier = f.hex("pickup_verifier", 32, 32);
            o.compartment = f.optionalText("compartment");
            o.status = f.oneOf("status", {"awaiting_pickup", "ready", "collected", "cancelled", "expired"});
            o.expiresAt = f.integer("expires_at", 0);
            o.total = f.integer("total", 0);
            o.currency = f.text("currency");
            o.version = version;
            const QJsonArray lines = f.array("lines");
            for (qsizetype l = 0; l < lines.size() && err.isEmpty(); ++l) {
                Fields lf(lines.at(l).toObject(), f.path() + QStringLiteral(".lines[%1]").arg(l), &err);
                o.lines.append({int(lf.integer("line_no", 1)), lf.integer("product_id", 1), lf.text("name"), lf.integer("quantity", 1)});
            }
            page.orders.append(std::move(o));
            break;
        }
        case Stream::Staff: {
            StaffItem s;
            s.id = f.text("id");
            s.name = f.text("name");
            s.role = f.oneOf("role", {"cashier", "supervisor", "manager"});
            s.storeId = f.optionalText("store_id");
            s.pinSalt = f.hex("pin_salt", 8, 64);
            s.pinIterations = int(f.integer("pin_iterations", 10000));
            s.pinVerifier = f.hex("pin_verifier", 32, 32);
            s.active = f.boolean("active");
            s.version = version;
            page.staff.append(std::move(s));
            break;
        }
        }
    }
    if (!err.isEmpty())
        return badAnswer(err);
    if (items.isEmpty() && page.cursor != sentCursor)
        return badAnswer(QStringLiteral("an empty page moved the cursor"));
    if (!items.isEmpty() && lastVersion != page.cursor)
        return badAnswer(QStringLiteral("the cursor %1 is not the last row's version %2").arg(page.cursor).arg(lastVersion));
    return page;
}

Result<StreamSummary> parseSummary(const QByteArray &json, Stream expected)
{
    auto root = parseObject(json);
    if (!root)
        return root.error();
    QString err;
    Fields f(root.value(), QStringLiteral("summary"), &err);
    StreamSummary s;
    if (f.text("stream") != streamName(expected) && err.isEmpty())
        err = QStringLiteral("the summary is for another stream");
    s.count = f.integer("count", 0);
    bool ok = false;
    s.checksum = f.text("checksum").toULongLong(&ok, 16);
    if (!ok && err.isEmpty())
        err = QStringLiteral("the checksum is not hexadecimal");
    s.cursor = f.text("cursor").toLongLong(&ok);
    if (!ok && err.isEmpty())
        err = QStringLiteral("the cursor is not a number");
    if (!err.isEmpty())
        return badAnswer(err);
    return s;
}

quint64 fnv1a64(QByteArrayView data)
{
    quint64 h = 0xcbf29ce484222325ULL;
    for (char c : data) {
        h ^= quint8(c);
        h *= 0x100000001b3ULL;
    }
    return h;
}

QString checksumHex(quint64 checksum)
{
    return QStringLiteral("%1").arg(checksum, 16, 16, QLatin1Char('0'));
}

QByteArray encodePushBatch(const QList<OutboxEvent> &events)
{
    // The payload text is inserted as stored: it was produced by us as a compact JSON object,
    // and sending the same bytes on every retry keeps the server's body hash stable.
    QByteArray out;
    out.reserve(64 + events.size() * 512);
    out += "{\"events\":[";
    for (qsizetype i = 0; i < events.size(); ++i) {
        const OutboxEvent &e = events.at(i);
        if (i)
            out += ',';
        out += "{\"id\":";
        out += QJsonDocument(QJsonArray{e.id}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
        out += ",\"kind\":";
        out += QJsonDocument(QJsonArray{e.kind}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
        out += ",\"created_at_ms\":";
        out += QByteArray::number(e.createdAtMs);
        if (e.retry)
            out += ",\"retry\":true"; // envelope, not body: the idempotency hash is unchanged
        out += ",\"payload\":";
        out += e.payload;
        out += '}';
    }
    out += "]}";
    return out;
}

Result<QList<EventResult>> parsePushResponse(const QByteArray &json, const QList<OutboxEvent> &sent)
{
    auto root = parseObject(json);
    if (!root)
        return root.error();
    QString err;
    Fields top(root.value(), QStringLiteral("push"), &err);
    const QJsonArray results = top.array("results");
    QSet<QString> expected;
    for (const auto &e : sent)
        expected.insert(e.id);
    QList<EventResult> out;
    for (qsizetype i = 0; i < results.size() && err.isEmpty(); ++i) {
        Fields f(results.at(i).toObject(), QStringLiteral("results[%1]").arg(i), &err);
        EventResult r;
        r.id = f.text("id");
        const QString status = f.oneOf("status", {"accepted", "rejected", "conflict"});
        r.status = status == QLatin1String("accepted") ? EventResult::Status::Accepted
            : status == QLatin1String("conflict")      ? EventResult::Status::Conflict
                                                       : EventResult::Status::Rejected;
        const QJsonObject o = results.at(i).toObject();
        r.replayed = o.value(QLatin1String("replayed")).toBool(false);
        r.reason = o.value(QLatin1String("reason")).toString();
        if (err.isEmpty() && !expected.remove(r.id))
            err = QStringLiteral("an answer for an event that was not sent or was answered twice");
        out.append(r);
    }
    if (err.isEmpty() && !expected.isEmpty())
        err = QStringLiteral("%1 events were not answered").arg(expected.size());
    if (!err.isEmpty())
        return badAnswer(err);
    return out;
}

QByteArray encodeEnrolment(const QString &storeId, const QString &terminalId, const QString &code)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("store_id"), storeId},
                                     {QStringLiteral("terminal_id"), terminalId},
                                     {QStringLiteral("code"), code}})
        .toJson(QJsonDocument::Compact);
}

Result<EnrolmentAnswer> parseEnrolment(const QByteArray &json)
{
    auto root = parseObject(json);
    if (!root)
        return root.error();
    QString err;
    Fields f(root.value(), QStringLiteral("enrolment"), &err);
    EnrolmentAnswer a;
    a.terminal = f.text("terminal");
    a.token = f.text("token");
    a.serverTimeMs = f.integer("server_time_ms", 0);
    const QJsonObject store = f.object("store");
    Fields s(store, QStringLiteral("enrolment.store"), &err);
    a.storeName = s.text("name");
    a.country = s.text("country");
    a.currency = s.text("currency");
    a.language = s.text("language");
    if (err.isEmpty() && a.token.size() < 32)
        err = QStringLiteral("the token is too short");
    if (!err.isEmpty())
        return badAnswer(err);
    return a;
}

Result<QList<NetworkStockLevel>> parseLiveStock(const QByteArray &json, qint64 productId)
{
    auto root = parseObject(json);
    if (!root)
        return root.error();
    QString err;
    Fields f(root.value(), QStringLiteral("stock"), &err);
    if (f.integer("product_id") != productId && err.isEmpty())
        err = QStringLiteral("the answer is for another product");
    QList<NetworkStockLevel> out;
    const QJsonArray levels = f.array("levels");
    for (qsizetype i = 0; i < levels.size() && err.isEmpty(); ++i) {
        Fields l(levels.at(i).toObject(), QStringLiteral("levels[%1]").arg(i), &err);
        out.append({l.text("location_id"), l.text("kind"), l.text("name"), l.integer("on_hand"),
                    l.integer("reserved", 0), l.integer("in_transit", 0)});
    }
    if (!err.isEmpty())
        return badAnswer(err);
    return out;
}

Result<OrderStatus> parseOrderStatus(const QByteArray &json, const QString &orderId)
{
    auto root = parseObject(json);
    if (!root)
        return root.error();
    QString err;
    Fields f(root.value(), QStringLiteral("order"), &err);
    OrderStatus o;
    o.id = f.text("id");
    o.status = f.oneOf("status", {"awaiting_pickup", "ready", "collected", "cancelled", "expired"});
    o.version = f.integer("version", 0);
    if (err.isEmpty() && o.id != orderId)
        err = QStringLiteral("the answer is for another order");
    if (!err.isEmpty())
        return badAnswer(err);
    return o;
}

Result<RemoteSale> parseRemoteSale(const QByteArray &json, const QString &saleId)
{
    auto root = parseObject(json);
    if (!root)
        return root.error();
    QString err;
    Fields top(root.value(), QStringLiteral("answer"), &err);
    RemoteSale out;
    out.id = top.text("sale_id");
    Fields f(top.object("sale"), QStringLiteral("sale"), &err);
    const QString inner = f.text("sale_id");
    out.kind = f.oneOf("kind", {"sale", "return", "exchange"});
    out.storeId = f.text("store_id");
    out.terminalId = f.text("terminal_id");
    out.receiptNo = f.integer("receipt_no", 1);
    out.cashierId = f.text("cashier_id", true);
    out.currency = f.text("currency");
    out.subtotal = f.integer("subtotal");
    out.discountTotal = f.integer("discount_total");
    out.taxTotal = f.integer("tax_total");
    out.total = f.integer("total");
    out.createdAtMs = f.integer("created_at_ms", 0);
    const QJsonArray lines = f.array("lines");
    for (qsizetype i = 0; i < lines.size() && err.isEmpty(); ++i) {
        Fields l(lines.at(i).toObject(), QStringLiteral("sale.lines[%1]").arg(i), &err);
        RemoteSaleLine line;
        line.productId = l.integer("product_id", 1);
        line.sku = l.text("sku");
        line.quantity = l.integer("quantity");
        line.unit = l.oneOf("unit", {"piece", "gram"});
        line.unitPrice = l.integer("unit_price", 0);
        line.discount = l.integer("discount");
        line.amount = l.integer("amount");
        line.taxCode = l.text("tax_code", true);
        line.taxBasisPoints = int(l.integer("tax_bp", 0));
        line.returnOfLine = int(l.integer("return_of_line", 0));
        out.lines.append(line);
    }
    const QJsonArray tenders = f.array("tenders");
    for (qsizetype i = 0; i < tenders.size() && err.isEmpty(); ++i) {
        Fields t(tenders.at(i).toObject(), QStringLiteral("sale.tenders[%1]").arg(i), &err);
        out.tenders.append({t.text("kind"), t.integer("amount"), t.integer("change", 0)});
    }
    const QJsonArray returned = top.array("returned");
    for (qsizetype i = 0; i < returned.size() && err.isEmpty(); ++i) {
        Fields r(returned.at(i).toObject(), QStringLiteral("returned[%1]").arg(i), &err);
        RemoteSaleReturned ret{int(r.integer("line_no", 1)), r.integer("quantity", 0), r.integer("amount", 0)};
        if (err.isEmpty() && ret.lineNo > out.lines.size())
            err = QStringLiteral("returned[%1] names line %2 of a sale with %3 lines").arg(i).arg(ret.lineNo).arg(out.lines.size());
        out.returned.append(ret);
    }
    if (err.isEmpty() && out.lines.isEmpty())
        err = QStringLiteral("the sale has no lines");
    if (err.isEmpty() && (out.id != saleId || inner != saleId))
        err = QStringLiteral("the answer is for another sale");
    if (!err.isEmpty())
        return badAnswer(err);
    return out;
}

QString serverErrorMessage(const QByteArray &json, long httpStatus)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    const QString message = doc.object().value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
    if (!message.isEmpty())
        return QStringLiteral("HTTP %1: %2").arg(httpStatus).arg(message.left(300));
    return QStringLiteral("HTTP %1").arg(httpStatus);
}

} // namespace ok::sync
