// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/pickupcounter.h"

#include "core/pickup.h"
#include "services/approvalgate.h"
#include "services/lockerdoors.h"
#include "services/staffsession.h"
#include "storage/pickups.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <algorithm>

namespace ok {

namespace {
constexpr int kMaxExtensionDays = 14;
/// How long after the door shut the item sensor is read (the board's next answer).
constexpr int kItemSensorSettleMs = 600;
} // namespace

PickupCounter::PickupCounter(db::Pickups &store, LockerDoors &doors, ApprovalGate &gate, Clock clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_doors(doors)
    , m_gate(gate)
    , m_clock(std::move(clock))
{
    connect(&m_doors, &LockerDoors::closed, this, &PickupCounter::onClosed);
    connect(&m_doors, &LockerDoors::failed, this, &PickupCounter::onFailed);
}

QString PickupCounter::actor() const
{
    const auto &who = m_gate.session().member();
    return who ? who->id : QString();
}

Result<PickupOrder> PickupCounter::require(const QString &orderId)
{
    if (auto r = m_gate.check(Permission::HandOverOrders); !r)
        return r.error();
    auto o = m_store.order(orderId);
    if (!o)
        return o.error();
    if (!o.value())
        return Error{QStringLiteral("pickup.unknown"), tr("There is no order %1 here").arg(orderId)};
    return *o.value();
}

Result<QList<PickupOrder>> PickupCounter::find(const QString &search)
{
    if (auto r = m_gate.check(Permission::HandOverOrders); !r)
        return r.error();
    if (pickup::looksLikeToken(search)) {
        const auto t = pickup::parseToken(search);
        if (!t)
            return QList<PickupOrder>();
        auto o = m_store.order(t->orderId);
        if (!o)
            return o.error();
        return o.value() ? QList<PickupOrder>{*o.value()} : QList<PickupOrder>();
    }
    if (const auto code = pickup::normalize(search)) {
        auto candidates = m_store.withLocator(pickup::locatorOf(*code));
        if (!candidates)
            return candidates.error();
        QList<PickupOrder> out;
        for (const PickupOrder &o : candidates.value())
            if (o.iterations > 0 && pickup::verify(*code, o.salt, o.iterations, o.verifier))
                out.append(o);
        return out;
    }
    return m_store.list(search);
}

Result<std::optional<PickupOrder>> PickupCounter::order(const QString &id)
{
    if (auto r = m_gate.check(Permission::HandOverOrders); !r)
        return r.error();
    return m_store.order(id);
}

Result<QList<PickupCounter::Event>> PickupCounter::history(const QString &id)
{
    if (auto r = m_gate.check(Permission::HandOverOrders); !r)
        return r.error();
    auto entries = m_store.history(id);
    if (!entries)
        return entries.error();
    QList<Event> out;
    for (const auto &e : entries.value())
        out.append({e.createdAtMs, e.kind, e.actor, QJsonDocument::fromJson(e.payload.toUtf8()).object()});
    return out;
}

QStringList PickupCounter::proposeCompartments(int parcels, bool accessible) const
{
    const auto occupied = m_store.occupied();
    QList<LockerDoors::Door> free;
    for (const LockerDoors::Door &d : m_doors.doors()) {
        if (occupied && occupied.value().contains(d.compartment.id))
            continue;
        if (d.bank->isCompartmentOpen(d.compartment.id) == true)
            continue;
        free.append(d);
    }
    std::stable_sort(free.begin(), free.end(), [accessible](const LockerDoors::Door &a, const LockerDoors::Door &b) {
        if (accessible && a.compartment.row != b.compartment.row)
            return a.compartment.row > b.compartment.row; // the bottom rows: reachable from a wheelchair
        return a.compartment.size < b.compartment.size;
    });
    QStringList out;
    for (qsizetype i = 0; i < free.size() && out.size() < parcels; ++i)
        out.append(free.at(i).compartment.id);
    return out;
}

Result<void> PickupCounter::load(const QString &orderId, const QStringList &compartments)
{
    auto o = require(orderId);
    if (!o)
        return o.error();
    const auto state = o.value().state(m_clock.wallMs() / 1000);
    if (state != PickupOrder::State::AwaitingLoading && state != PickupOrder::State::ReadyAtCounter)
        return Error{QStringLiteral("pickup.not-loadable"), tr("Order %1 cannot be loaded: it is not waiting to be loaded").arg(o.value().number)};
    if (o.value().idCheck)
        return Error{QStringLiteral("pickup.id-check"), tr("Order %1 needs an identity check: keep it at the counter").arg(o.value().number)};
    if (compartments.isEmpty())
        return Error{QStringLiteral("pickup.no-compartment"), tr("No free compartment: hand the order over at the counter")};
    auto occupied = m_store.occupied();
    if (!occupied)
        return occupied.error();
    for (const QString &c : compartments) {
        if (!m_doors.find(c))
            return Error{QStringLiteral("locker.unknown-compartment"), tr("There is no locker door %1").arg(c)};
        const QString holder = occupied.value().value(c);
        if (!holder.isEmpty() && holder != orderId)
            return Error{QStringLiteral("pickup.compartment-taken"), tr("Compartment %1 already holds order %2: choose another one").arg(c, holder)};
    }
    Job job{Job::Kind::Load, orderId, actor(), compartments, {}};
    for (const QString &c : compartments) {
        auto t = m_doors.open(c, job.actor, QStringLiteral("loading"), orderId);
        if (!t)
            return t.error();
        job.waiting.append(m_doors.find(c)->compartment.id);
    }
    m_jobs.append(job);
    Q_EMIT changed(tr("Put the parcel of order %1 in %2 and close the door").arg(o.value().number, compartments.join(QStringLiteral(", "))));
    return {};
}

Result<void> PickupCounter::readyAtCounter(const QString &orderId)
{
    auto o = require(orderId);
    if (!o)
        return o.error();
    if (o.value().state(m_clock.wallMs() / 1000) != PickupOrder::State::AwaitingLoading)
        return Error{QStringLiteral("pickup.not-loadable"), tr("Order %1 is not waiting to be loaded").arg(o.value().number)};
    if (auto r = m_store.record({orderId, QStringLiteral("pickup.at-counter"), actor(),
                                 {{QStringLiteral("order_id"), orderId}, {QStringLiteral("compartments"), QJsonArray()}},
                                 QString(), db::Pickups::Change{QStringLiteral("ready"), {}, {}}, false},
                                m_clock.wallMs());
        !r)
        return r.error();
    Q_EMIT changed(tr("Order %1 waits at the counter").arg(o.value().number));
    return {};
}

Result<void> PickupCounter::handOver(const QString &orderId, const QHash<int, qint64> &refusedLines, const QString &idDocument)
{
    auto o = require(orderId);
    if (!o)
        return o.error();
    const PickupOrder &order = o.value();
    const auto state = order.state(m_clock.wallMs() / 1000);
    if (state != PickupOrder::State::ReadyAtCounter && state != PickupOrder::State::ReadyInLocker)
        return Error{QStringLiteral("pickup.not-ready"), tr("Order %1 cannot be handed over: it is not ready for pickup").arg(order.number)};
    if (order.idCheck && idDocument.trimmed().isEmpty())
        return Error{QStringLiteral("pickup.id-check"), tr("Order %1 needs an identity check: choose the document you checked").arg(order.number)};
    QJsonArray refused;
    qint64 refusedCount = 0;
    for (auto it = refusedLines.cbegin(); it != refusedLines.cend(); ++it) {
        const auto line = std::find_if(order.lines.cbegin(), order.lines.cend(), [&](const PickupOrderLine &l) { return l.lineNo == it.key(); });
        if (line == order.lines.cend() || it.value() < 0 || it.value() > line->quantity)
            return Error{QStringLiteral("pickup.bad-refusal"), tr("Line %1 of order %2 does not have that many items").arg(it.key()).arg(order.number)};
        if (it.value() == 0)
            continue;
        refused.append(QJsonObject{{QStringLiteral("line_no"), it.key()}, {QStringLiteral("quantity"), it.value()}});
        refusedCount += it.value();
    }
    QJsonObject payload{{QStringLiteral("order_id"), orderId},
                        {QStringLiteral("via"), QStringLiteral("counter")},
                        {QStringLiteral("verified_by"), QStringLiteral("staff")},
                        {QStringLiteral("compartments"), QJsonArray::fromStringList(order.compartments)}};
    if (!idDocument.trimmed().isEmpty())
        payload.insert(QStringLiteral("id_check"), QJsonObject{{QStringLiteral("document_type"), idDocument.trimmed()}});
    const QString who = actor();
    if (auto r = m_store.record({orderId, QStringLiteral("pickup.collected"), who, payload, QStringLiteral("order.handed_over"),
                                 db::Pickups::Change{QStringLiteral("collected"), {}, {}}, true},
                                m_clock.wallMs());
        !r)
        return r.error();
    if (!refused.isEmpty()) {
        if (auto r = m_store.record({orderId, QStringLiteral("pickup.refused"), who,
                                     {{QStringLiteral("order_id"), orderId}, {QStringLiteral("lines"), refused}},
                                     QStringLiteral("order.refused"), std::nullopt, false},
                                    m_clock.wallMs());
            !r)
            return r.error();
    }
    Q_EMIT changed(refusedCount > 0 ? tr("Order %1 handed over; %n refused item(s) will be refunded", nullptr, int(refusedCount)).arg(order.number)
                                    : tr("Order %1 handed over").arg(order.number));
    return {};
}

Result<void> PickupCounter::takeBack(const QString &orderId)
{
    auto o = require(orderId);
    if (!o)
        return o.error();
    if (o.value().state(m_clock.wallMs() / 1000) != PickupOrder::State::Expired || o.value().status == QLatin1String("expired"))
        return Error{QStringLiteral("pickup.not-expired"), tr("Order %1 has not expired").arg(o.value().number)};
    Job job{Job::Kind::TakeBack, orderId, actor(), o.value().compartments, {}};
    if (job.compartments.isEmpty()) {
        m_jobs.append(job);
        onClosed(QString()); // at the counter: nothing to open
        return {};
    }
    for (const QString &c : std::as_const(job.compartments)) {
        auto t = m_doors.open(c, job.actor, QStringLiteral("expired: taking the parcel back"), orderId);
        if (!t)
            return t.error();
        job.waiting.append(c);
    }
    m_jobs.append(job);
    Q_EMIT changed(tr("Take the parcel of order %1 out of %2 and close the door").arg(o.value().number, job.compartments.join(QStringLiteral(", "))));
    return {};
}

void PickupCounter::onClosed(const QString &compartment)
{
    for (qsizetype i = 0; i < m_jobs.size(); ++i) {
        Job &job = m_jobs[i];
        job.waiting.removeAll(compartment);
        if (!job.waiting.isEmpty())
            continue;
        const Job done = m_jobs.takeAt(i--);
        if (done.kind == Job::Kind::Load) {
            // The item sensor is read with (or right after) the poll that saw the door shut.
            QTimer::singleShot(kItemSensorSettleMs, this, [this, done] { finishLoading(done); });
            continue;
        }
        const auto r = m_store.record({done.orderId, QStringLiteral("pickup.returned"), done.actor, {{QStringLiteral("order_id"), done.orderId}},
                                       QStringLiteral("order.expired"), db::Pickups::Change{QStringLiteral("expired"), {}, {}}, false},
                                      m_clock.wallMs());
        Q_EMIT changed(r ? tr("Taken back: the order returns to stock") : r.error().message);
    }
}

void PickupCounter::finishLoading(const Job &done)
{
    // Where the board has item sensors, a shut door over an empty compartment is not a loading.
    QStringList empty;
    for (const QString &c : done.compartments)
        if (m_doors.isItemPresent(c) == false)
            empty.append(c);
    if (!empty.isEmpty()) {
        (void)m_store.record({done.orderId, QStringLiteral("pickup.load-empty"), done.actor,
                              {{QStringLiteral("order_id"), done.orderId}, {QStringLiteral("compartments"), QJsonArray::fromStringList(empty)}},
                              QString(), std::nullopt, false},
                             m_clock.wallMs());
        Q_EMIT changed(tr("%1 reads empty: the order is not ready. Open and load it again with the parcel inside.").arg(empty.join(QStringLiteral(", "))));
        return;
    }
    const auto r = m_store.record({done.orderId, QStringLiteral("pickup.loaded"), done.actor,
                                   {{QStringLiteral("order_id"), done.orderId},
                                    {QStringLiteral("compartment"), done.compartments.value(0)},
                                    {QStringLiteral("compartments"), QJsonArray::fromStringList(done.compartments)}},
                                   QStringLiteral("locker.loaded"), db::Pickups::Change{QStringLiteral("ready"), done.compartments, {}}, false},
                                  m_clock.wallMs());
    Q_EMIT changed(r ? tr("Loaded: the order is ready for pickup") : r.error().message);
}

void PickupCounter::onFailed(quint64, const QString &compartment, const QString &message)
{
    for (qsizetype i = 0; i < m_jobs.size(); ++i)
        if (m_jobs.at(i).waiting.contains(compartment)) {
            m_jobs.removeAt(i); // nothing is recorded for a door that did not open
            Q_EMIT changed(message);
            return;
        }
}

Result<void> PickupCounter::extend(const QString &orderId, int days)
{
    if (auto r = m_gate.check(Permission::ManagePickup); !r)
        return r;
    auto o = require(orderId);
    if (!o)
        return o.error();
    if (days < 1 || days > kMaxExtensionDays)
        return Error{QStringLiteral("pickup.bad-extension"), tr("A pickup can be extended by 1 to %1 days").arg(kMaxExtensionDays)};
    const auto state = o.value().state(m_clock.wallMs() / 1000);
    if (state == PickupOrder::State::Collected || state == PickupOrder::State::Cancelled || o.value().status == QLatin1String("expired"))
        return Error{QStringLiteral("pickup.not-extendable"), tr("Order %1 can no longer be extended").arg(o.value().number)};
    const qint64 until = std::max(o.value().expiresAt, m_clock.wallMs() / 1000) + qint64(days) * 86400;
    if (auto r = m_store.record({orderId, QStringLiteral("pickup.extended"), actor(),
                                 {{QStringLiteral("order_id"), orderId}, {QStringLiteral("expires_at"), until}},
                                 QStringLiteral("order.extended"), db::Pickups::Change{o.value().status, o.value().compartments, until}, false},
                                m_clock.wallMs());
        !r)
        return r.error();
    Q_EMIT changed(tr("Order %1 can be collected %n more day(s)", nullptr, days).arg(o.value().number));
    return {};
}

Result<void> PickupCounter::unlock(const QString &orderId, const QString &reason)
{
    if (auto r = m_gate.check(Permission::ManagePickup); !r)
        return r;
    if (reason.trimmed().isEmpty())
        return Error{QStringLiteral("pickup.reason"), tr("Say why the order is unlocked")};
    if (auto r = m_store.unlockOrder(orderId, actor(), reason.trimmed(), m_clock.wallMs()); !r)
        return r;
    Q_EMIT changed(tr("The order can be collected with its code again"));
    return {};
}

Result<void> PickupCounter::openAnyDoor(const QString &compartment, const QString &reason)
{
    if (auto r = m_gate.check(Permission::OpenLockerDoor); !r)
        return r;
    if (reason.trimmed().isEmpty())
        return Error{QStringLiteral("pickup.reason"), tr("Say why the door is opened")};
    auto t = m_doors.open(compartment, actor(), reason.trimmed(), QString());
    if (!t)
        return t.error();
    return {};
}

} // namespace ok
