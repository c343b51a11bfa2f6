// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/stockactions.h"

#include "core/permission.h"
#include "services/approvalgate.h"
#include "services/staffsession.h"
#include "services/syncservice.h"
#include "storage/storeactions.h"
#include "sync/protocol.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>

namespace ok {

namespace {

constexpr qint64 kMaxQuantity = 1000; // the central service's limit for one hold or request
constexpr qsizetype kMaxLabel = 64;

Error invalid(const QString &message)
{
    return Error{QStringLiteral("input.invalid"), message};
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

StockActions::StockActions(db::StoreActions &store, ApprovalGate &gate, Settings settings, Clock clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_gate(gate)
    , m_settings(std::move(settings))
    , m_clock(std::move(clock))
{
}

Result<QString> StockActions::hold(qint64 productId, const QString &productName, qint64 quantity, qint64 available, const QString &forWhom, int hours)
{
    if (auto r = m_gate.check(Permission::ActOnStock); !r)
        return r.error();
    const QString label = forWhom.simplified().left(kMaxLabel);
    if (productId <= 0)
        return invalid(tr("Choose a product first"));
    if (quantity < 1 || quantity > kMaxQuantity)
        return invalid(tr("Hold between 1 and %1 pieces").arg(kMaxQuantity));
    if (quantity > available)
        return invalid(tr("Only %1 available here: hold fewer, or order it from another location").arg(qMax<qint64>(available, 0)));
    if (label.isEmpty())
        return invalid(tr("Enter who the item is held for"));
    if (hours < 1 || hours > m_settings.maxHoldHours)
        return invalid(tr("A hold lasts between 1 and %1 hours").arg(m_settings.maxHoldHours));
    const qint64 now = m_clock.wallMs();
    StoreAction a = action(QStringLiteral("hold"), productId, productName, quantity, m_settings.storeId);
    a.label = label;
    a.expiresAt = now / 1000 + qint64(hours) * 3600;
    const QJsonObject payload{{QStringLiteral("hold_id"), a.id},
                              {QStringLiteral("product_id"), productId},
                              {QStringLiteral("location_id"), a.locationId},
                              {QStringLiteral("quantity"), quantity},
                              {QStringLiteral("order_ref"), QString(QStringLiteral("hold:") + a.id)},
                              {QStringLiteral("expires_at"), *a.expiresAt},
                              {QStringLiteral("customer_name"), label},
                              {QStringLiteral("staff_id"), a.staffId}};
    return send(a, QStringLiteral("reservation.requested"), payload, now);
}

StoreAction StockActions::action(const QString &kind, qint64 productId, const QString &productName, qint64 quantity,
                                  const QString &locationId) const
{
    StoreAction a;
    a.id = newId();
    a.kind = kind;
    a.productId = productId;
    a.productName = productName;
    a.quantity = quantity;
    a.locationId = locationId;
    a.staffId = m_gate.session().member()->id;
    return a;
}

Result<QString> StockActions::send(const StoreAction &a, const QString &outboxKind, const QJsonObject &payload, qint64 nowMs)
{
    auto r = m_store.record(a, outboxKind, payload, nowMs);
    if (!r)
        return r.error();
    Q_EMIT eventWritten();
    Q_EMIT changed();
    return a.id;
}

Result<void> StockActions::releaseHold(const QString &holdId, bool sold)
{
    if (auto r = m_gate.check(Permission::ActOnStock); !r)
        return r;
    auto r = m_store.releaseHold(holdId, m_gate.session().member()->id, sold ? QStringLiteral("sold") : QStringLiteral("cancelled"),
                                 m_clock.wallMs());
    if (!r && r.error().code == QLatin1String("hold.not-active"))
        return invalid(tr("This hold has already ended"));
    if (!r)
        return r;
    Q_EMIT eventWritten();
    Q_EMIT changed();
    return {};
}

Result<QString> StockActions::orderFrom(qint64 productId, const QString &productName, qint64 quantity, const QString &fromLocation, qint64 availableThere,
                                        bool toHome, const Contact &contact)
{
    if (auto r = m_gate.check(Permission::ActOnStock); !r)
        return r.error();
    if (productId <= 0)
        return invalid(tr("Choose a product first"));
    if (fromLocation.isEmpty() || fromLocation == m_settings.storeId)
        return invalid(tr("Choose another location to order from"));
    if (quantity < 1 || quantity > kMaxQuantity)
        return invalid(tr("Order between 1 and %1 pieces").arg(kMaxQuantity));
    if (quantity > availableThere)
        return invalid(tr("Only %1 available there").arg(qMax<qint64>(availableThere, 0)));
    const QString name = contact.name.simplified().left(kMaxLabel);
    const QString phone = contact.phone.simplified();
    const QString email = contact.email.trimmed();
    static const QRegularExpression phoneRe(QStringLiteral("^\\+?[0-9 ()-]{6,20}$"));
    static const QRegularExpression emailRe(QStringLiteral("^[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{2,}$"));
    if (name.isEmpty())
        return invalid(tr("Enter the customer's name"));
    if (phone.isEmpty() && email.isEmpty())
        return invalid(tr("Enter a phone number or an e-mail address so the customer hears when it arrives"));
    if (!phone.isEmpty() && !phoneRe.match(phone).hasMatch())
        return invalid(tr("The phone number is not valid"));
    if (!email.isEmpty() && !emailRe.match(email).hasMatch())
        return invalid(tr("The e-mail address is not valid"));
    if (toHome && contact.address.simplified().size() < 8)
        return invalid(tr("Enter the delivery address"));
    const qint64 now = m_clock.wallMs();
    StoreAction a = action(QStringLiteral("transfer"), productId, productName, quantity, fromLocation);
    a.label = toHome ? QStringLiteral("home") : QStringLiteral("store");
    QJsonObject customer{{QStringLiteral("name"), name}, {QStringLiteral("phone"), phone}, {QStringLiteral("email"), email}};
    if (toHome)
        customer.insert(QStringLiteral("address"), contact.address.simplified().left(300));
    // The contact travels in the event only: the action row keeps no customer data.
    const QJsonObject payload{{QStringLiteral("request_id"), a.id},
                              {QStringLiteral("product_id"), productId},
                              {QStringLiteral("quantity"), quantity},
                              {QStringLiteral("from_location"), fromLocation},
                              {QStringLiteral("to"), a.label},
                              {QStringLiteral("store_id"), m_settings.storeId},
                              {QStringLiteral("customer"), customer},
                              {QStringLiteral("staff_id"), a.staffId}};
    return send(a, QStringLiteral("transfer.requested"), payload, now);
}

Result<QString> StockActions::count(qint64 productId, const QString &productName, qint64 counted, qint64 expectedVersion)
{
    if (auto r = m_gate.check(Permission::ActOnStock); !r)
        return r.error();
    if (productId <= 0)
        return invalid(tr("Choose a product first"));
    if (counted < 0 || counted > 1000000)
        return invalid(tr("Enter the number of pieces counted"));
    if (expectedVersion <= 0)
        return invalid(tr("This store's stock of the product is not known yet: wait for the stock to sync, then count"));
    const StoreAction a = action(QStringLiteral("count"), productId, productName, counted, m_settings.storeId);
    const QJsonObject payload{{QStringLiteral("product_id"), productId},
                              {QStringLiteral("location_id"), a.locationId},
                              {QStringLiteral("counted"), counted},
                              {QStringLiteral("expected_version"), expectedVersion},
                              {QStringLiteral("staff_id"), a.staffId}};
    return send(a, QStringLiteral("stock.counted"), payload, m_clock.wallMs());
}

qint64 StockActions::unsentHolds(qint64 productId) const
{
    auto r = m_store.unsentHolds(productId, m_clock.wallMs() / 1000);
    return r ? r.value() : 0;
}

Result<QList<StoreAction>> StockActions::activeHolds() const
{
    return m_store.activeHolds(m_clock.wallMs() / 1000);
}

Result<QList<StoreAction>> StockActions::recent(const QString &kind, int limit) const
{
    return m_store.list(kind, limit);
}

void StockActions::setSync(services::SyncService *sync)
{
    m_sync = sync;
}

void StockActions::requestStates(std::function<void(QHash<QString, QString>)> done)
{
    if (!m_sync || !m_sync->isOnline())
        return;
    m_sync->live(QStringLiteral("/v1/transfers?store_id=%1").arg(m_settings.storeId), {}, [done](Result<QByteArray> r) {
        if (!r)
            return;
        auto transfers = sync::parseTransfers(r.value());
        if (!transfers)
            return;
        QHash<QString, QString> states;
        for (const auto &t : transfers.value())
            states.insert(t.requestId, t.state);
        done(states);
    });
}

} // namespace ok
