// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/protocol.h"

#include "core/language.h"
#include "core/pickup.h"
#include "core/pin.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>

namespace ok::sync {

namespace {

constexpr double kMaxExactInteger = 9007199254740992.0; // 2^53: JSON numbers above are not exact

// What the terminal accepts from the central service (docs/sync-protocol.md, "Limits"). Every
// integer is checked against its range as the 64-bit value it arrived as, before anything
// narrows it: 2^32 + 2300 basis points must not become 2300. Every text has a length cap, and
// no text may hold control characters (they end up on receipts, screens and in logs).
constexpr qint64 kMaxId = Q_INT64_C(9007199254740992);        // ids, versions, counts: 2^53
constexpr qint64 kMaxAmount = Q_INT64_C(100000000000);        // minor units: 10^9 in a 2-decimal currency
constexpr qint64 kMaxQuantity = Q_INT64_C(1000000000);        // pieces, or grams (1000 t)
constexpr qint64 kMaxUnixSeconds = Q_INT64_C(253402300799);   // 9999-12-31T23:59:59Z
constexpr qint64 kMaxUnixMs = kMaxUnixSeconds * 1000 + 999;
constexpr qint64 kMaxBasisPoints = 10000;                     // 100 %
constexpr qint64 kMaxLineNo = 9999;

// Text caps, in characters (UTF-16 code units).
constexpr qsizetype kIdChars = 64;         // order, staff, event, sale and terminal ids
constexpr qsizetype kCodeChars = 32;       // location and store ids, tender kinds
constexpr qsizetype kTaxCodeChars = 8;
constexpr qsizetype kLabelChars = 64;      // tax labels
constexpr qsizetype kNameChars = 128;      // location, store and staff names
constexpr qsizetype kProductNameChars = 200; // product names, order line names
constexpr qsizetype kSkuChars = 64;
constexpr qsizetype kOrderNumberChars = 32;
constexpr qsizetype kFirstNameChars = 64;
constexpr qsizetype kContactChars = 128;
constexpr qsizetype kCompartmentChars = 16;
constexpr qsizetype kLanguageChars = 8;
constexpr qsizetype kReasonChars = 1000;   // a refused event's reason
constexpr qsizetype kCursorChars = 20;     // a decimal qint64
constexpr qsizetype kEnumChars = 32;       // values checked against a list anyway
// Lists inside one row.
constexpr qsizetype kMaxNames = 16;
constexpr qsizetype kMaxBarcodes = 32;
constexpr qsizetype kMaxOrderLines = 500;
constexpr qsizetype kMaxParcels = 20;
constexpr qsizetype kMaxSaleLines = 1000;
constexpr qsizetype kMaxTenders = 100;
constexpr qsizetype kMaxLocations = 1000;  // levels of one live stock answer
constexpr qsizetype kMaxPageItems = 10000; // the protocol's largest page
constexpr qsizetype kMaxTokenChars = 512;
// Issue 13's optional catalog, reference and prices fields (docs/sync-protocol.md).
constexpr qsizetype kBrandChars = 64;
constexpr qsizetype kModelChars = 32;      // [A-Za-z0-9_-]
constexpr qsizetype kSizeChars = 16;
constexpr qsizetype kColourChars = 64;
constexpr qsizetype kMaxColours = 8;       // languages of one colour
constexpr qsizetype kCityChars = 128;
constexpr qsizetype kPromotionChars = 64;
constexpr qint64 kMaxPopularity = Q_INT64_C(1000000000000); // units in 28 days: 10^12

Error badAnswer(const QString &what)
{
    return Error{QStringLiteral("sync.bad-answer"),
                 QCoreApplication::translate("ok::sync", "The central service sent an answer that cannot be used (%1); nothing of it was applied.").arg(what)};
}

bool hasControlCharacter(const QString &s)
{
    for (QChar c : s) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7F && u <= 0x9F))
            return true;
    }
    return false;
}

/// Reads fields of one JSON object and remembers the first problem, named with its path, so
/// validation code reads as a list of fields instead of a ladder of ifs. Every reader takes the
/// field's bounds: nothing is read without them.
class Fields
{
public:
    Fields(const QJsonObject &o, QString path, QString *firstError) : m_o(o), m_path(std::move(path)), m_err(firstError) {}

    /// A whole number within [min, max], checked before the caller narrows it.
    qint64 integer(const char *key, qint64 min, qint64 max)
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
        if (i > max)
            return fail(key, QStringLiteral("is %1, above the maximum %2").arg(i).arg(max)), 0;
        return i;
    }
    /// integer() for fields held as int: the bounds must fit an int.
    int int32(const char *key, int min, int max) { return int(integer(key, min, max)); }
    std::optional<qint64> optionalInteger(const char *key, qint64 min, qint64 max)
    {
        if (m_o.value(QLatin1String(key)).isNull() || !m_o.contains(QLatin1String(key)))
            return std::nullopt;
        return integer(key, min, max);
    }
    /// A text of at most maxChars characters, without control characters.
    QString text(const char *key, qsizetype maxChars, bool allowEmpty = false)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (!v.isString())
            return fail(key, QStringLiteral("is not a text")), QString();
        QString s = v.toString();
        if (!allowEmpty && s.isEmpty())
            fail(key, QStringLiteral("is empty"));
        else if (s.size() > maxChars)
            return fail(key, QStringLiteral("is %1 characters long, above the maximum %2").arg(s.size()).arg(maxChars)), QString();
        else if (hasControlCharacter(s))
            return fail(key, QStringLiteral("holds a control character")), QString();
        return s;
    }
    QString optionalText(const char *key, qsizetype maxChars)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isNull() || v.isUndefined())
            return {};
        return text(key, maxChars, true);
    }
    QString oneOf(const char *key, std::initializer_list<const char *> allowed)
    {
        const QString s = text(key, kEnumChars);
        for (const char *a : allowed)
            if (s == QLatin1String(a))
                return s;
        fail(key, QStringLiteral("has the unknown value \"%1\"").arg(s.left(40)));
        return s;
    }
    /// Three capital letters (ISO 4217).
    QString currency(const char *key)
    {
        const QString s = text(key, 3);
        bool ok = s.size() == 3;
        for (QChar c : s)
            ok = ok && c >= QLatin1Char('A') && c <= QLatin1Char('Z');
        if (!ok)
            fail(key, QStringLiteral("is not an ISO 4217 code"));
        return s;
    }
    bool has(const char *key) const
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        return !v.isNull() && !v.isUndefined();
    }
    /// false when absent.
    bool optionalBoolean(const char *key) { return has(key) && boolean(key); }
    bool boolean(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (!v.isBool())
            return fail(key, QStringLiteral("is not true or false")), false;
        return v.toBool();
    }
    QByteArray hex(const char *key, qsizetype minBytes, qsizetype maxBytes)
    {
        const QString s = text(key, 2 * maxBytes);
        const QByteArray raw = s.toLatin1();
        for (char c : raw)
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
                return fail(key, QStringLiteral("is not hexadecimal")), QByteArray();
        const QByteArray bytes = QByteArray::fromHex(raw);
        if (raw.size() % 2 != 0 || bytes.size() < minBytes || bytes.size() > maxBytes)
            return fail(key, QStringLiteral("has the wrong length")), QByteArray();
        return bytes;
    }
    QJsonArray array(const char *key, qsizetype maxItems)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (!v.isArray())
            return fail(key, QStringLiteral("is not a list")), QJsonArray();
        QJsonArray a = v.toArray();
        if (a.size() > maxItems)
            return fail(key, QStringLiteral("has %1 entries, above the maximum %2").arg(a.size()).arg(maxItems)), QJsonArray();
        return a;
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

/// RFC 6750 b64token: ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/", then "=" padding.
bool isB64Token(const QString &s)
{
    qsizetype i = 0;
    for (; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (!((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
              || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || QStringView(u"-._~+/").contains(c)))
            break;
    }
    if (i == 0)
        return false;
    for (; i < s.size(); ++i)
        if (s.at(i) != QLatin1Char('='))
            return false;
    return true;
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
    if (top.text("stream", kEnumChars) != streamName(expected) && err.isEmpty())
        err = QStringLiteral("the page is for another stream");
    const QString cursorText = top.text("cursor", kCursorChars);
    bool isNumber = false;
    page.cursor = cursorText.toLongLong(&isNumber);
    if (err.isEmpty() && (!isNumber || page.cursor < 0))
        err = QStringLiteral("the cursor \"%1\" is not a number").arg(cursorText.left(30));
    if (err.isEmpty() && page.cursor < sentCursor)
        err = QStringLiteral("the cursor went backwards from %1 to %2").arg(sentCursor).arg(page.cursor);
    page.more = top.boolean("more");
    const QJsonArray items = top.array("items", kMaxPageItems);
    if (!err.isEmpty())
        return badAnswer(err);

    qint64 lastVersion = sentCursor;
    for (qsizetype i = 0; i < items.size() && err.isEmpty(); ++i) {
        if (!items.at(i).isObject()) {
            err = QStringLiteral("item %1 is not an object").arg(i);
            break;
        }
        Fields f(items.at(i).toObject(), QStringLiteral("items[%1]").arg(i), &err);
        const qint64 version = f.integer("version", 1, kMaxId);
        if (err.isEmpty() && (version <= lastVersion || version > page.cursor))
            err = QStringLiteral("items[%1].version %2 is out of order (after %3, cursor %4)")
                      .arg(i).arg(version).arg(lastVersion).arg(page.cursor);
        lastVersion = version;
        switch (expected) {
        case Stream::Reference: {
            const QString type = f.oneOf("type", {"tax_class", "location"});
            if (type == QLatin1String("tax_class")) {
                page.taxClasses.append({f.text("code", kTaxCodeChars), f.int32("rate_bp", 0, kMaxBasisPoints),
                                        f.text("label", kLabelChars, true), version});
            } else {
                LocationItem l;
                l.id = f.text("id", kCodeChars);
                l.kind = f.oneOf("kind", {"store", "warehouse", "online"});
                l.name = f.text("name", kNameChars);
                l.version = version;
                l.city = f.optionalText("city", kCityChars);
                page.locations.append(std::move(l));
            }
            break;
        }
        case Stream::Catalog: {
            ProductItem p;
            p.id = f.integer("id", 1, kMaxId);
            p.sku = f.text("sku", kSkuChars);
            p.taxClass = f.text("tax_class", kTaxCodeChars);
            p.unit = f.oneOf("unit", {"piece", "kg"});
            p.active = f.boolean("active");
            p.version = version;
            const QJsonObject names = f.object("names");
            if (names.size() > kMaxNames)
                f.fail("names", QStringLiteral("has %1 languages, above the maximum %2").arg(names.size()).arg(kMaxNames));
            for (auto it = names.begin(); it != names.end() && err.isEmpty(); ++it) {
                const QString name = it.value().toString();
                if (!it.value().isString() || name.isEmpty() || it.key().isEmpty() || it.key().size() > kLanguageChars
                    || hasControlCharacter(it.key()))
                    f.fail("names", QStringLiteral("has an empty or malformed name"));
                else if (name.size() > kProductNameChars || hasControlCharacter(name))
                    f.fail("names", QStringLiteral("has a name longer than %1 characters or with a control character")
                                        .arg(kProductNameChars));
                p.names.append({it.key(), name});
            }
            if (p.names.isEmpty())
                f.fail("names", QStringLiteral("is empty"));
            for (const QJsonValue b : f.array("barcodes", kMaxBarcodes)) {
                if (!b.isString() || !isBarcode(b.toString()))
                    f.fail("barcodes", QStringLiteral("holds a malformed barcode"));
                p.barcodes.append(b.toString());
            }
            // Optional (older central services send none of these): absent = empty / 0.
            p.brand = f.optionalText("brand", kBrandChars);
            p.model = f.optionalText("model", kModelChars);
            for (QChar c : std::as_const(p.model))
                if (!(c.isDigit() || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
                      || (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c == QLatin1Char('_')
                      || c == QLatin1Char('-'))) {
                    f.fail("model", QStringLiteral("holds a character other than A-Z, a-z, 0-9, _ and -"));
                    break;
                }
            p.size = f.optionalText("size", kSizeChars);
            if (f.has("colour")) {
                const QJsonObject colour = f.object("colour");
                if (colour.size() > kMaxColours)
                    f.fail("colour", QStringLiteral("has %1 languages, above the maximum %2").arg(colour.size()).arg(kMaxColours));
                for (auto it = colour.begin(); it != colour.end() && err.isEmpty(); ++it) {
                    const QString name = it.value().toString();
                    if (!it.value().isString() || name.isEmpty() || it.key().isEmpty() || it.key().size() > kLanguageChars
                        || hasControlCharacter(it.key()))
                        f.fail("colour", QStringLiteral("has an empty or malformed colour"));
                    else if (name.size() > kColourChars || hasControlCharacter(name))
                        f.fail("colour", QStringLiteral("has a colour longer than %1 characters or with a control character")
                                             .arg(kColourChars));
                    p.colour.append({it.key(), name});
                }
            }
            p.popularity = f.optionalInteger("popularity", 0, kMaxPopularity).value_or(0);
            page.products.append(std::move(p));
            break;
        }
        case Stream::Prices: {
            PriceItem p;
            p.productId = f.integer("product_id", 1, kMaxId);
            p.validFrom = f.integer("valid_from", 0, kMaxUnixSeconds);
            p.validTo = f.optionalInteger("valid_to", 0, kMaxUnixSeconds);
            p.amount = f.integer("amount", -kMaxAmount, kMaxAmount);
            if (err.isEmpty() && p.amount < 0)
                err = QStringLiteral("a negative price (%1) for product %2").arg(p.amount).arg(p.productId);
            if (err.isEmpty() && p.validTo && *p.validTo <= p.validFrom)
                err = QStringLiteral("a price for product %1 ends before it starts").arg(p.productId);
            p.currency = f.currency("currency");
            p.version = version;
            // Optional: a channel promotion's name and the price outside it (the same row is the
            // web shop's price, so both channels charge the same).
            p.promotion = f.optionalText("promotion", kPromotionChars);
            p.regularAmount = f.optionalInteger("regular_amount", 0, kMaxAmount);
            if (err.isEmpty() && p.regularAmount && *p.regularAmount <= p.amount)
                f.fail("regular_amount", QStringLiteral("is %1, not above the amount %2").arg(*p.regularAmount).arg(p.amount));
            page.prices.append(p);
            break;
        }
        case Stream::Stock:
            page.stock.append({f.integer("product_id", 1, kMaxId), f.text("location_id", kCodeChars),
                               f.integer("on_hand", -kMaxQuantity, kMaxQuantity), f.integer("reserved", 0, kMaxQuantity),
                               f.integer("in_transit", 0, kMaxQuantity), version});
            break;
        case Stream::Orders: {
            OrderItem o;
            o.id = f.text("id", kIdChars);
            o.number = f.text("number", kOrderNumberChars);
            o.customerFirstName = f.text("customer_first_name", kFirstNameChars, true);
            o.contactMasked = f.text("contact_masked", kContactChars, true);
            o.pickupSalt = f.hex("pickup_salt", 8, 64);
            o.pickupVerifier = f.hex("pickup_verifier", 32, 32);
            o.compartment = f.optionalText("compartment", kCompartmentChars);
            // Optional (older central services send none of these): a code without a locator
            // cannot be checked at the kiosk, and such orders are handed over by staff.
            o.pickupLocator = f.optionalText("pickup_locator", pickup::kLocatorLength);
            for (QChar c : std::as_const(o.pickupLocator))
                if (!pickup::isSymbol(c))
                    f.fail("pickup_locator", QStringLiteral("holds a symbol pickup codes do not use"));
            if (!o.pickupLocator.isEmpty() && o.pickupLocator.size() != pickup::kLocatorLength)
                f.fail("pickup_locator", QStringLiteral("has the wrong length"));
            // PBKDF2 runs this many rounds on the kiosk for every code typed: bounded both ways.
            o.pickupIterations = int(f.optionalInteger("pickup_iterations", pin::kMinIterations, pin::kMaxIterations).value_or(0));
            if (o.pickupLocator.isEmpty() != (o.pickupIterations == 0))
                f.fail("pickup_locator", QStringLiteral("and pickup_iterations come together"));
            o.parcels = int(f.optionalInteger("parcels", 1, kMaxParcels).value_or(1));
            o.idCheck = f.optionalBoolean("id_check");
            if (f.has("compartments")) {
                const QJsonArray list = f.array("compartments", kMaxParcels);
                for (const QJsonValue &c : list) {
                    const QString id = c.toString();
                    if (!c.isString() || id.isEmpty() || id.size() > kCompartmentChars || hasControlCharacter(id))
                        f.fail("compartments", QStringLiteral("holds an entry that is not a compartment"));
                    o.compartments.append(id);
                }
            }
            if (o.compartments.isEmpty() && !o.compartment.isEmpty())
                o.compartments.append(o.compartment);
            o.status = f.oneOf("status", {"awaiting_pickup", "ready", "collected", "cancelled", "expired"});
            o.expiresAt = f.integer("expires_at", 0, kMaxUnixSeconds);
            o.total = f.integer("total", 0, kMaxAmount);
            o.currency = f.currency("currency");
            o.version = version;
            const QJsonArray lines = f.array("lines", kMaxOrderLines);
            for (qsizetype l = 0; l < lines.size() && err.isEmpty(); ++l) {
                Fields lf(lines.at(l).toObject(), f.path() + QStringLiteral(".lines[%1]").arg(l), &err);
                o.lines.append({lf.int32("line_no", 1, kMaxLineNo), lf.integer("product_id", 1, kMaxId),
                                lf.text("name", kProductNameChars), lf.integer("quantity", 1, kMaxQuantity)});
            }
            page.orders.append(std::move(o));
            break;
        }
        case Stream::Staff: {
            StaffItem s;
            s.id = f.text("id", kIdChars);
            s.name = f.text("name", kNameChars);
            s.role = f.oneOf("role", {"cashier", "supervisor", "manager"});
            s.storeId = f.optionalText("store_id", kCodeChars);
            s.pinSalt = f.hex("pin_salt", 8, 64);
            // PBKDF2 runs this many rounds on the thread that signs in: bounded both ways.
            s.pinIterations = f.int32("pin_iterations", pin::kMinIterations, pin::kMaxIterations);
            s.pinVerifier = f.hex("pin_verifier", 32, 32);
            s.active = f.boolean("active");
            // Optional (older central services do not send it); "" = the store's language.
            s.language = f.optionalText("language", kEnumChars);
            if (!s.language.isEmpty() && !isLanguageCode(s.language))
                f.fail("language", QStringLiteral("has the unknown value \"%1\"").arg(s.language.left(40)));
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
    if (f.text("stream", kEnumChars) != streamName(expected) && err.isEmpty())
        err = QStringLiteral("the summary is for another stream");
    s.count = f.integer("count", 0, kMaxId);
    bool ok = false;
    s.checksum = f.text("checksum", 16).toULongLong(&ok, 16);
    if (!ok && err.isEmpty())
        err = QStringLiteral("the checksum is not hexadecimal");
    s.cursor = f.text("cursor", kCursorChars).toLongLong(&ok);
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
    const QJsonArray results = top.array("results", sent.size());
    QSet<QString> expected;
    for (const auto &e : sent)
        expected.insert(e.id);
    QList<EventResult> out;
    for (qsizetype i = 0; i < results.size() && err.isEmpty(); ++i) {
        Fields f(results.at(i).toObject(), QStringLiteral("results[%1]").arg(i), &err);
        EventResult r;
        r.id = f.text("id", kIdChars);
        const QString status = f.oneOf("status", {"accepted", "rejected", "conflict"});
        r.status = status == QLatin1String("accepted") ? EventResult::Status::Accepted
            : status == QLatin1String("conflict")      ? EventResult::Status::Conflict
                                                       : EventResult::Status::Rejected;
        const QJsonObject o = results.at(i).toObject();
        r.replayed = o.value(QLatin1String("replayed")).toBool(false);
        r.reason = f.optionalText("reason", kReasonChars);
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
    a.terminal = f.text("terminal", kIdChars);
    // The token goes into every request's Authorization header: RFC 6750 b64token characters
    // only, so it can never end the header line or add one.
    a.token = f.text("token", kMaxTokenChars);
    if (err.isEmpty() && (a.token.size() < 32 || !isB64Token(a.token)))
        f.fail("token", QStringLiteral("is not a bearer token of 32 to %1 characters").arg(kMaxTokenChars));
    a.serverTimeMs = f.integer("server_time_ms", 0, kMaxUnixMs);
    const QJsonObject store = f.object("store");
    Fields s(store, QStringLiteral("enrolment.store"), &err);
    a.storeName = s.text("name", kNameChars);
    a.country = s.text("country", kCodeChars);
    a.currency = s.currency("currency");
    a.language = s.text("language", kLanguageChars);
    if (!err.isEmpty())
        return badAnswer(err);
    return a;
}

Result<LiveStock> parseLiveStock(const QByteArray &json, qint64 productId)
{
    auto root = parseObject(json);
    if (!root)
        return root.error();
    QString err;
    Fields f(root.value(), QStringLiteral("stock"), &err);
    if (f.integer("product_id", 1, kMaxId) != productId && err.isEmpty())
        err = QStringLiteral("the answer is for another product");
    LiveStock out;
    const QJsonArray levels = f.array("levels", kMaxLocations);
    for (qsizetype i = 0; i < levels.size() && err.isEmpty(); ++i) {
        Fields l(levels.at(i).toObject(), QStringLiteral("levels[%1]").arg(i), &err);
        NetworkStockLevel level{l.text("location_id", kCodeChars), l.oneOf("kind", {"store", "warehouse", "online"}),
                                l.text("name", kNameChars), l.integer("on_hand", -kMaxQuantity, kMaxQuantity),
                                l.integer("reserved", 0, kMaxQuantity), l.integer("in_transit", 0, kMaxQuantity),
                                l.optionalText("city", kNameChars), l.optionalInteger("version", 0, kMaxId).value_or(0)};
        out.levels.append(level);
    }
    out.webSellable = f.optionalInteger("web_sellable", 0, kMaxQuantity * kMaxLocations);
    out.serverTimeMs = f.optionalInteger("server_time_ms", 0, kMaxUnixMs).value_or(0);
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
    o.id = f.text("id", kIdChars);
    o.status = f.oneOf("status", {"awaiting_pickup", "ready", "collected", "cancelled", "expired"});
    o.version = f.integer("version", 0, kMaxId);
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
    out.id = top.text("sale_id", kIdChars);
    Fields f(top.object("sale"), QStringLiteral("sale"), &err);
    const QString inner = f.text("sale_id", kIdChars);
    out.kind = f.oneOf("kind", {"sale", "return", "exchange"});
    out.storeId = f.text("store_id", kCodeChars);
    out.terminalId = f.text("terminal_id", kCodeChars);
    out.receiptNo = f.integer("receipt_no", 1, kMaxId);
    out.cashierId = f.text("cashier_id", kIdChars, true);
    out.currency = f.currency("currency");
    out.subtotal = f.integer("subtotal", -kMaxAmount, kMaxAmount);
    out.discountTotal = f.integer("discount_total", -kMaxAmount, kMaxAmount);
    out.taxTotal = f.integer("tax_total", -kMaxAmount, kMaxAmount);
    out.total = f.integer("total", -kMaxAmount, kMaxAmount);
    out.createdAtMs = f.integer("created_at_ms", 0, kMaxUnixMs);
    const QJsonArray lines = f.array("lines", kMaxSaleLines);
    for (qsizetype i = 0; i < lines.size() && err.isEmpty(); ++i) {
        Fields l(lines.at(i).toObject(), QStringLiteral("sale.lines[%1]").arg(i), &err);
        RemoteSaleLine line;
        line.productId = l.integer("product_id", 1, kMaxId);
        line.sku = l.text("sku", kSkuChars);
        line.quantity = l.integer("quantity", -kMaxQuantity, kMaxQuantity);
        line.unit = l.oneOf("unit", {"piece", "gram"});
        line.unitPrice = l.integer("unit_price", 0, kMaxAmount);
        line.discount = l.integer("discount", -kMaxAmount, kMaxAmount);
        line.amount = l.integer("amount", -kMaxAmount, kMaxAmount);
        line.taxCode = l.text("tax_code", kTaxCodeChars, true);
        line.taxBasisPoints = l.int32("tax_bp", 0, kMaxBasisPoints);
        line.returnOfLine = l.int32("return_of_line", 0, kMaxLineNo);
        out.lines.append(line);
    }
    const QJsonArray tenders = f.array("tenders", kMaxTenders);
    for (qsizetype i = 0; i < tenders.size() && err.isEmpty(); ++i) {
        Fields t(tenders.at(i).toObject(), QStringLiteral("sale.tenders[%1]").arg(i), &err);
        out.tenders.append({t.text("kind", kCodeChars), t.integer("amount", -kMaxAmount, kMaxAmount),
                            t.integer("change", 0, kMaxAmount)});
    }
    const QJsonArray returned = top.array("returned", kMaxSaleLines);
    for (qsizetype i = 0; i < returned.size() && err.isEmpty(); ++i) {
        Fields r(returned.at(i).toObject(), QStringLiteral("returned[%1]").arg(i), &err);
        RemoteSaleReturned ret{r.int32("line_no", 1, kMaxLineNo), r.integer("quantity", 0, kMaxQuantity),
                               r.integer("amount", 0, kMaxAmount)};
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

// ------------------------------------------------------------------ one customer across channels

namespace {

constexpr qsizetype kMaxCustomers = 50;
constexpr qsizetype kMaxWebOrders = 200;
constexpr qsizetype kMaxPayments = 20;
constexpr qsizetype kMaxHistory = 200;
constexpr qsizetype kMaxPromotions = 20;
constexpr qsizetype kHistoryChars = 300;

Customer readCustomer(const QJsonObject &o, const QString &path, QString *err)
{
    Fields f(o, path, err);
    Customer c;
    c.id = f.text("id", kIdChars);
    c.loyaltyId = f.text("loyalty_id", kCodeChars);
    c.name = f.text("name", kNameChars);
    c.emailMasked = f.optionalText("email_masked", kContactChars);
    c.phoneMasked = f.optionalText("phone_masked", kContactChars);
    c.points = f.integer("points", 0, kMaxAmount);
    c.storeCredit = f.optionalInteger("store_credit", 0, kMaxAmount).value_or(0);
    c.currency = f.optionalText("currency", kCodeChars);
    const QJsonArray promotions = o.contains(QLatin1String("promotions")) ? f.array("promotions", kMaxPromotions) : QJsonArray();
    for (qsizetype i = 0; i < promotions.size() && err->isEmpty(); ++i) {
        Fields p(promotions.at(i).toObject(), QStringLiteral("%1.promotions[%2]").arg(path).arg(i), err);
        c.promotions.append({p.text("id", kIdChars), p.text("name", kLabelChars), p.int32("percent_bp", 1, kMaxBasisPoints)});
    }
    if (err->isEmpty() && !isLoyaltyId(c.loyaltyId))
        *err = QStringLiteral("%1.loyalty_id is not a loyalty card number").arg(path);
    return c;
}

WebOrder readWebOrder(const QJsonObject &o, const QString &path, QString *err)
{
    Fields f(o, path, err);
    WebOrder w;
    w.id = f.text("id", kIdChars);
    w.number = f.text("number", kOrderNumberChars);
    w.channel = f.oneOf("channel", {"web", "app", "store"});
    w.customerId = f.optionalText("customer_id", kIdChars);
    w.status = f.oneOf("status", {"paid", "shipped", "delivered", "collect_in_store", "collected", "returned", "cancelled"});
    w.delivery = f.oneOf("delivery", {"home", "store"});
    w.storeId = f.optionalText("store_id", kCodeChars);
    w.createdAtMs = f.integer("created_at_ms", 0, kMaxUnixMs);
    w.total = f.integer("total", 0, kMaxAmount);
    w.currency = f.currency("currency");
    const QJsonArray lines = f.array("lines", kMaxOrderLines);
    for (qsizetype i = 0; i < lines.size() && err->isEmpty(); ++i) {
        Fields l(lines.at(i).toObject(), QStringLiteral("%1.lines[%2]").arg(path).arg(i), err);
        WebOrderLine line{l.int32("line_no", 1, kMaxLineNo), l.integer("product_id", 1, kMaxId), l.text("name", kProductNameChars),
                          l.integer("quantity", 1, kMaxQuantity), l.integer("amount", 0, kMaxAmount), 0};
        line.returned = l.optionalInteger("returned", 0, line.quantity).value_or(0);
        w.lines.append(line);
    }
    const QJsonArray payments = f.array("payments", kMaxPayments);
    for (qsizetype i = 0; i < payments.size() && err->isEmpty(); ++i) {
        Fields p(payments.at(i).toObject(), QStringLiteral("%1.payments[%2]").arg(path).arg(i), err);
        w.payments.append({p.text("method", kCodeChars), p.integer("amount", 0, kMaxAmount), p.optionalText("reference", kIdChars)});
    }
    const QJsonArray history = o.contains(QLatin1String("history")) ? f.array("history", kMaxHistory) : QJsonArray();
    for (qsizetype i = 0; i < history.size() && err->isEmpty(); ++i) {
        Fields h(history.at(i).toObject(), QStringLiteral("%1.history[%2]").arg(path).arg(i), err);
        const qint64 at = h.integer("at_ms", 0, kMaxUnixMs);
        w.history.append(QStringLiteral("%1\t%2").arg(at).arg(h.text("what", kHistoryChars)));
    }
    if (err->isEmpty() && w.lines.isEmpty())
        *err = QStringLiteral("%1 has no lines").arg(path);
    return w;
}

} // namespace

Result<QList<Customer>> parseCustomers(const QByteArray &json)
{
    auto root = parseObject(json);
    if (!root)
        return root.error();
    QString err;
    Fields f(root.value(), QStringLiteral("answer"), &err);
    QList<Customer> out;
    const QJsonArray customers = f.array("customers", kMaxCustomers);
    for (qsizetype i = 0; i < customers.size() && err.isEmpty(); ++i)
        out.append(readCustomer(customers.at(i).toObject(), QStringLiteral("customers[%1]").arg(i), &err));
    if (!err.isEmpty())
        return badAnswer(err);
    return out;
}

Result<WebOrder> parseWebOrder(const QByteArray &json)
{
    auto root = parseObject(json);
    if (!root)
        return root.error();
    QString err;
    WebOrder w = readWebOrder(root.value(), QStringLiteral("order"), &err);
    if (!err.isEmpty())
        return badAnswer(err);
    return w;
}

Result<QList<WebOrder>> parseWebOrders(const QByteArray &json)
{
    auto root = parseObject(json);
    if (!root)
        return root.error();
    QString err;
    Fields f(root.value(), QStringLiteral("answer"), &err);
    QList<WebOrder> out;
    const QJsonArray orders = f.array("orders", kMaxWebOrders);
    for (qsizetype i = 0; i < orders.size() && err.isEmpty(); ++i)
        out.append(readWebOrder(orders.at(i).toObject(), QStringLiteral("orders[%1]").arg(i), &err));
    if (!err.isEmpty())
        return badAnswer(err);
    return out;
}

Result<Redemption> parseRedemption(const QByteArray &json, const QString &redemptionId)
{
    auto root = parseObject(json);
    if (!root)
        return root.error();
    QString err;
    Fields f(root.value(), QStringLiteral("redemption"), &err);
    Redemption r{f.text("redemption_id", kIdChars), f.integer("points", 1, kMaxAmount), f.integer("amount", 1, kMaxAmount),
                 f.currency("currency"), f.integer("balance", 0, kMaxAmount)};
    if (err.isEmpty() && r.id != redemptionId)
        err = QStringLiteral("the answer is for another redemption");
    if (!err.isEmpty())
        return badAnswer(err);
    return r;
}

Result<QList<TransferState>> parseTransfers(const QByteArray &json)
{
    auto root = parseObject(json);
    if (!root)
        return root.error();
    QString err;
    Fields f(root.value(), QStringLiteral("answer"), &err);
    QList<TransferState> out;
    const QJsonArray transfers = f.array("transfers", kMaxWebOrders);
    for (qsizetype i = 0; i < transfers.size() && err.isEmpty(); ++i) {
        Fields t(transfers.at(i).toObject(), QStringLiteral("transfers[%1]").arg(i), &err);
        TransferState s;
        s.requestId = t.text("request_id", kIdChars);
        s.productId = t.integer("product_id", 1, kMaxId);
        s.quantity = t.integer("quantity", 1, kMaxQuantity);
        s.fromLocation = t.text("from_location", kCodeChars);
        s.to = t.oneOf("to", {"store", "home"});
        s.state = t.oneOf("state", {"requested", "shipped", "arrived", "delivered", "collected", "cancelled"});
        s.orderId = t.optionalText("order_id", kIdChars);
        s.updatedAtMs = t.optionalInteger("updated_at_ms", 0, kMaxUnixMs).value_or(0);
        out.append(s);
    }
    if (!err.isEmpty())
        return badAnswer(err);
    return out;
}

} // namespace ok::sync
