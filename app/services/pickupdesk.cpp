// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/pickupdesk.h"

#include "core/pickup.h"
#include "services/lockerdoors.h"
#include "storage/pickups.h"

#include <QJsonArray>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcPickup, "omnikiosk.pickup", QtInfoMsg)

namespace ok {

namespace {
Error err(const char *code, const QString &message)
{
    return Error{QString::fromLatin1(code), message};
}
} // namespace

Error PickupDesk::unknownOrder()
{
    return err("pickup.unknown", tr("We cannot find this order here yet. Please ask a member of staff."));
}

Error PickupDesk::lockedOrder()
{
    return err("pickup.locked", tr("This order is locked after too many wrong codes. A member of staff can open it for you."));
}

PickupDesk::PickupDesk(PickupSettings settings, db::Pickups &store, LockerDoors &doors, Clock clock, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_store(store)
    , m_doors(doors)
    , m_clock(std::move(clock))
{
    connect(&m_doors, &LockerDoors::opened, this, &PickupDesk::onOpened);
    connect(&m_doors, &LockerDoors::failed, this, &PickupDesk::onFailed);
    connect(&m_doors, &LockerDoors::closed, this, &PickupDesk::onClosed);
}

qint64 PickupDesk::waitMs() const
{
    const auto g = m_store.terminalGuard();
    if (!g || g.value().failures < m_settings.freeFailures)
        return 0;
    // 2 s after the first failure beyond the free ones, doubling up to the maximum.
    const int beyond = std::min(g.value().failures - m_settings.freeFailures, 16);
    const qint64 delay = std::min<qint64>(qint64(m_settings.maxDelayS) * 1000, 2000LL << beyond);
    // A clock set back does not shorten the wait: "since" is never negative.
    const qint64 since = std::max<qint64>(0, m_clock.wallMs() - g.value().lastFailureMs);
    return std::max<qint64>(0, delay - since);
}

Error PickupDesk::refusal(const PickupOrder &o) const
{
    switch (o.state(m_clock.wallMs() / 1000)) {
    case PickupOrder::State::Collected:
        return err("pickup.collected", tr("This order has already been collected. If that was not you, please ask a member of staff."));
    case PickupOrder::State::Cancelled:
        return err("pickup.cancelled", tr("This order was cancelled. A member of staff will gladly help you."));
    case PickupOrder::State::Expired:
        return err("pickup.expired", tr("The time to collect this order has ended. Please ask a member of staff: it may still be here."));
    case PickupOrder::State::AwaitingLoading:
        return err("pickup.not-ready", tr("Your order is not ready yet. We will send you a message when it is."));
    case PickupOrder::State::ReadyInLocker:
    case PickupOrder::State::ReadyAtCounter:
        break;
    }
    return {};
}

Result<PickupDesk::Verified> PickupDesk::verify(const QString &input)
{
    if (const qint64 wait = waitMs(); wait > 0)
        return err("pickup.wait", tr("Please wait %n second(s) before trying again.", nullptr, int((wait + 999) / 1000)));
    return pickup::looksLikeToken(input) ? verifyToken(input) : verifyCode(input);
}

Result<PickupDesk::Verified> PickupDesk::verifyToken(const QString &text)
{
    const auto token = pickup::parseToken(text);
    if (!token || m_settings.tokenKey.isEmpty() || !pickup::verifyToken(*token, m_settings.tokenKey)) {
        if (auto r = m_store.recordFailure({}, m_settings.lockAfter, QStringLiteral("qr"), m_clock.wallMs()); !r)
            return r.error();
        return err("pickup.wrong", tr("This QR code cannot be read as a pickup code. Please type the code from your message."));
    }
    if (token->storeId != m_settings.storeId)
        return err("pickup.other-store", tr("This order is waiting for you in another of our stores. Your message says which one."));
    auto order = m_store.order(token->orderId);
    if (!order)
        return order.error();
    if (!order.value())
        return unknownOrder();
    if (auto g = m_store.orderGuard(token->orderId); g && g.value().lockedAtMs > 0)
        return lockedOrder();
    // The order's own expiry decides (an extension outlives the token's date).
    PickupOrder o = *order.value();
    if (o.expiresAt < token->expiresAt)
        o.expiresAt = token->expiresAt;
    if (const Error e = refusal(o); !e.code.isEmpty())
        return e;
    return Verified{o, QStringLiteral("qr")};
}

Result<PickupDesk::Verified> PickupDesk::verifyCode(const QString &text)
{
    const auto code = pickup::normalize(text);
    if (!code)
        return err("pickup.malformed", tr("A pickup code has 12 letters and digits, like K7Q2-M9XD-4HWT."));
    auto candidates = m_store.withLocator(pickup::locatorOf(*code));
    if (!candidates)
        return candidates.error();
    QStringList named;
    for (const PickupOrder &o : candidates.value()) {
        auto g = m_store.orderGuard(o.id);
        if (!g)
            return g.error();
        if (g.value().lockedAtMs > 0)
            continue; // a locked order is not even tried: its code is out of play until staff unlock it
        named.append(o.id);
        if (o.iterations > 0 && pickup::verify(*code, o.salt, o.iterations, o.verifier)) {
            if (const Error e = refusal(o); !e.code.isEmpty())
                return e;
            return Verified{o, QStringLiteral("code")};
        }
    }
    if (auto r = m_store.recordFailure(named, m_settings.lockAfter, QStringLiteral("code"), m_clock.wallMs()); !r)
        return r.error();
    if (candidates.value().size() > 0 && named.isEmpty())
        return lockedOrder();
    return err("pickup.wrong", tr("This code does not match an order. Please check it and try again."));
}

Result<void> PickupDesk::collect(const Verified &verified)
{
    // Read again: it may have been handed over or cancelled since it was verified.
    auto fresh = m_store.order(verified.order.id);
    if (!fresh)
        return fresh.error();
    if (!fresh.value())
        return unknownOrder();
    PickupOrder o = *fresh.value();
    o.expiresAt = std::max(o.expiresAt, verified.order.expiresAt);
    if (const Error e = refusal(o); !e.code.isEmpty())
        return e;
    m_current = {o, verified.how};
    m_tickets.clear();
    m_open.clear();
    m_recorded = false;
    // An order that needs an identity check is handed over by staff, never by a door.
    if (o.compartments.isEmpty() || o.idCheck) {
        if (auto r = m_store.record({o.id, QStringLiteral("pickup.counter-call"), QStringLiteral("customer"),
                                     {{QStringLiteral("verified_by"), verified.how}}, {}, std::nullopt, true},
                                    m_clock.wallMs());
            !r)
            return r.error();
        Q_EMIT counterCall(o.id, o.number, o.firstName);
        return {};
    }
    for (const QString &c : std::as_const(o.compartments)) {
        auto ticket = m_doors.open(c, QStringLiteral("customer"), QStringLiteral("pickup (%1)").arg(verified.how), o.id);
        if (!ticket) {
            if (m_tickets.isEmpty())
                return ticket.error();
            Q_EMIT doorFailed(c, ticket.error().message);
            continue;
        }
        m_tickets.insert(ticket.value());
    }
    qCInfo(lcPickup).noquote() << "collecting order" << o.id << "from" << o.compartments.join(QLatin1Char(',')) << "verified by" << verified.how;
    return {};
}

Result<void> PickupDesk::recordHandover()
{
    if (m_recorded)
        return {};
    const PickupOrder &o = m_current.order;
    QJsonObject payload{{QStringLiteral("order_id"), o.id},
                        {QStringLiteral("via"), QStringLiteral("locker")},
                        {QStringLiteral("verified_by"), m_current.how},
                        {QStringLiteral("compartments"), QJsonArray::fromStringList(o.compartments)}};
    if (auto r = m_store.record({o.id, QStringLiteral("pickup.collected"), QStringLiteral("customer"), payload,
                                 QStringLiteral("order.handed_over"), db::Pickups::Change{QStringLiteral("collected"), {}, {}}, true},
                                m_clock.wallMs());
        !r)
        return r.error();
    m_recorded = true;
    return {};
}

void PickupDesk::onOpened(quint64 ticket, const QString &compartment)
{
    if (!m_tickets.contains(ticket))
        return;
    m_open.insert(compartment);
    // The parcel is in the customer's reach: that is the handover.
    if (auto r = recordHandover(); !r)
        qCCritical(lcPickup).noquote() << "handover of" << m_current.order.id << "not recorded:" << r.error().message;
    Q_EMIT doorOpened(compartment);
}

void PickupDesk::onFailed(quint64 ticket, const QString &compartment, const QString &message)
{
    if (!m_tickets.contains(ticket))
        return;
    Q_EMIT doorFailed(compartment, message);
}

void PickupDesk::onClosed(const QString &compartment)
{
    if (!m_open.remove(compartment) || !m_open.isEmpty())
        return;
    Q_EMIT allDoorsClosed();
}

} // namespace ok
