// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/customerdesk.h"

#include "core/permission.h"
#include "services/approvalgate.h"
#include "services/staffsession.h"
#include "services/syncservice.h"
#include "storage/storeactions.h"
#include "sync/protocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>
#include <QUuid>

namespace ok {

namespace {

Error invalid(const QString &message)
{
    return Error{QStringLiteral("input.invalid"), message};
}

/// A path segment or query value as the URL needs it.
QString encoded(const QString &s)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(s));
}

} // namespace

CustomerDesk::CustomerDesk(services::SyncService *sync, db::StoreActions &store, ApprovalGate &gate, Settings settings, Clock clock,
                           QObject *parent)
    : QObject(parent)
    , m_sync(sync)
    , m_store(store)
    , m_gate(gate)
    , m_settings(std::move(settings))
    , m_clock(std::move(clock))
{
}

void CustomerDesk::setSync(services::SyncService *sync)
{
    m_sync = sync;
}

Result<void> CustomerDesk::canAsk() const
{
    if (auto r = m_gate.check(Permission::ActOnStock); !r)
        return r;
    if (!m_sync)
        return Error{QStringLiteral("customer.no-central"), tr("Customers are looked up at the central service, and this terminal has none configured")};
    return {};
}

void CustomerDesk::find(const QString &typed, Done<QList<Customer>> done)
{
    if (auto r = canAsk(); !r)
        return done(r.error());
    const QString text = typed.trimmed();
    static const QRegularExpression emailRe(QStringLiteral("^[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{2,}$"));
    QString key;
    QString value;
    if (isLoyaltyId(text)) {
        key = QStringLiteral("loyalty_id");
        value = text;
    } else if (emailRe.match(text).hasMatch()) {
        key = QStringLiteral("email");
        value = text.toLower();
    } else {
        QString digits;
        for (QChar c : text)
            if (c.isDigit())
                digits.append(c);
            else if (!QStringLiteral(" +-()").contains(c))
                return done(invalid(tr("Scan the loyalty card, or type a phone number or an e-mail address")));
        if (digits.size() < 6 || digits.size() > 15)
            return done(invalid(tr("Scan the loyalty card, or type a phone number or an e-mail address")));
        key = QStringLiteral("phone");
        value = (text.startsWith(QLatin1Char('+')) ? QStringLiteral("+") : QString()) + digits;
    }
    m_sync->live(QStringLiteral("/v1/customers?%1=%2").arg(key, encoded(value)), {}, [done](Result<QByteArray> r) {
        if (!r)
            return done(r.error());
        done(sync::parseCustomers(r.value()));
    });
}

void CustomerDesk::orders(const QString &customerId, Done<QList<WebOrder>> done)
{
    if (auto r = canAsk(); !r)
        return done(r.error());
    m_sync->live(QStringLiteral("/v1/customers/%1/orders").arg(encoded(customerId)), {}, [done](Result<QByteArray> r) {
        if (!r)
            return done(r.error());
        done(sync::parseWebOrders(r.value()));
    });
}

void CustomerDesk::webOrder(const QString &number, Done<WebOrder> done)
{
    if (auto r = canAsk(); !r)
        return done(r.error());
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_-]{1,32}$"));
    const QString n = number.trimmed().toUpper();
    if (!valid.match(n).hasMatch())
        return done(invalid(tr("Type the web order number as on the customer's confirmation, e.g. W200001")));
    m_sync->live(QStringLiteral("/v1/web-orders/%1").arg(n), {}, [done](Result<QByteArray> r) {
        if (!r)
            return done(r.error());
        done(sync::parseWebOrder(r.value()));
    });
}

Result<QString> CustomerDesk::collectHere(const WebOrder &order)
{
    if (auto r = m_gate.check(Permission::ActOnStock); !r)
        return r.error();
    if (order.delivery != QLatin1String("home") || order.status != QLatin1String("paid"))
        return invalid(tr("Only a paid order that has not left for the customer's home can be collected here"));
    if (order.currency != m_settings.currency)
        return invalid(tr("The order was paid in %1: it can be collected only in a store that sells in %1").arg(order.currency));
    StoreAction a;
    a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    a.kind = QStringLiteral("collect_here");
    a.locationId = m_settings.storeId;
    a.label = order.number;
    a.staffId = m_gate.session().member()->id;
    const QJsonObject payload{{QStringLiteral("order_id"), order.id}, {QStringLiteral("store_id"), m_settings.storeId},
                              {QStringLiteral("staff_id"), a.staffId}};
    auto r = m_store.record(a, QStringLiteral("web_order.collect_here"), payload, m_clock.wallMs());
    if (!r)
        return r.error();
    Q_EMIT eventWritten();
    return a.id;
}

Result<qint64> CustomerDesk::refundOf(const WebOrder &order, const QHash<int, qint64> &lines)
{
    qint64 total = 0;
    bool any = false;
    for (auto it = lines.cbegin(); it != lines.cend(); ++it) {
        if (it.value() == 0)
            continue;
        const auto line = std::find_if(order.lines.cbegin(), order.lines.cend(), [&](const WebOrderLine &l) { return l.lineNo == it.key(); });
        if (line == order.lines.cend())
            return invalid(tr("The order has no line %1").arg(it.key()));
        if (it.value() < 0 || it.value() > line->quantity - line->returned)
            return invalid(tr("Line %1: at most %2 can be returned").arg(it.key()).arg(line->quantity - line->returned));
        // The paid share of the pieces returned; the last pieces of a line take what is left, so
        // a line returned piece by piece refunds exactly what was paid.
        const qint64 left = line->quantity - line->returned;
        const qint64 paidLeft = line->amount - line->amount * line->returned / line->quantity;
        total += it.value() == left ? paidLeft : line->amount * it.value() / line->quantity;
        any = true;
    }
    if (!any)
        return invalid(tr("Choose what the customer returns"));
    return total;
}

Result<QString> CustomerDesk::returnWebOrder(const WebOrder &order, const QHash<int, qint64> &lines, const QString &method)
{
    if (auto r = m_gate.check(Permission::ActOnStock); !r)
        return r.error();
    if (!m_settings.refundMethods.contains(method))
        return invalid(tr("This store does not refund web orders that way"));
    if (order.currency != m_settings.currency)
        return invalid(tr("The order was paid in %1: return it in a store that sells in %1").arg(order.currency));
    if (order.status == QLatin1String("cancelled") || order.status == QLatin1String("paid"))
        return invalid(tr("The order has not reached the customer yet: nothing to return"));
    auto refund = refundOf(order, lines);
    if (!refund)
        return refund.error();
    StoreAction a;
    a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    a.kind = QStringLiteral("web_return");
    a.locationId = m_settings.storeId;
    a.label = order.number;
    a.amount = refund.value();
    a.staffId = m_gate.session().member()->id;
    QJsonArray returned;
    QJsonArray deltas;
    for (const auto &l : order.lines) {
        const qint64 q = lines.value(l.lineNo);
        if (q <= 0)
            continue;
        auto share = refundOf(order, {{l.lineNo, q}});
        returned.append(QJsonObject{{QStringLiteral("line_no"), l.lineNo}, {QStringLiteral("quantity"), q},
                                    {QStringLiteral("amount"), share ? share.value() : 0}});
        deltas.append(QJsonObject{{QStringLiteral("product_id"), l.productId}, {QStringLiteral("location_id"), m_settings.storeId},
                                  {QStringLiteral("delta"), q}});
        a.quantity += q;
    }
    const QJsonObject payload{
        {QStringLiteral("return_id"), a.id},
        {QStringLiteral("order_id"), order.id},
        {QStringLiteral("store_id"), m_settings.storeId},
        {QStringLiteral("terminal_id"), m_settings.terminalId},
        {QStringLiteral("staff_id"), a.staffId},
        {QStringLiteral("lines"), returned},
        {QStringLiteral("refund"), QJsonObject{{QStringLiteral("method"), method}, {QStringLiteral("amount"), refund.value()},
                                               {QStringLiteral("currency"), order.currency}}},
        {QStringLiteral("stock_deltas"), deltas},
    };
    auto r = m_store.record(a, QStringLiteral("web_return.completed"), payload, m_clock.wallMs());
    if (!r)
        return r.error();
    Q_EMIT eventWritten();
    return a.id;
}

void CustomerDesk::redeem(const QString &redemptionId, const QString &customerId, qint64 points, const QString &saleId,
                          Done<Redemption> done)
{
    if (!m_sync || !m_sync->isOnline())
        return done(Error{QStringLiteral("loyalty.offline"),
                          tr("Points cannot be paid with while the central service is out of reach: the balance could be spent twice. "
                             "Take another payment; the sale still earns points.")});
    if (points <= 0)
        return done(invalid(tr("Enter the points to pay with")));
    const QJsonObject body{{QStringLiteral("redemption_id"), redemptionId}, {QStringLiteral("customer_id"), customerId},
                           {QStringLiteral("points"), points}, {QStringLiteral("sale_id"), saleId},
                           {QStringLiteral("store_id"), m_settings.storeId}};
    m_sync->live(QStringLiteral("/v1/loyalty/redeem"), QJsonDocument(body).toJson(QJsonDocument::Compact),
                 [done, redemptionId](Result<QByteArray> r) {
                     if (!r)
                         return done(r.error());
                     done(sync::parseRedemption(r.value(), redemptionId));
                 });
}

} // namespace ok
