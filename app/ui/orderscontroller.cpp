// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/orderscontroller.h"


#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPointer>

namespace ok {

namespace {
QPointer<OrdersController> s_instance;

QString stateName(PickupOrder::State s)
{
    switch (s) {
    case PickupOrder::State::AwaitingLoading: return QStringLiteral("awaiting");
    case PickupOrder::State::ReadyInLocker: return QStringLiteral("locker");
    case PickupOrder::State::ReadyAtCounter: return QStringLiteral("counter");
    case PickupOrder::State::Collected: return QStringLiteral("collected");
    case PickupOrder::State::Expired: return QStringLiteral("expired");
    case PickupOrder::State::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

QString stateText(PickupOrder::State s)
{
    switch (s) {
    case PickupOrder::State::AwaitingLoading: return OrdersController::tr("Awaiting loading");
    case PickupOrder::State::ReadyInLocker: return OrdersController::tr("Ready in locker");
    case PickupOrder::State::ReadyAtCounter: return OrdersController::tr("Ready at the counter");
    case PickupOrder::State::Collected: return OrdersController::tr("Collected");
    case PickupOrder::State::Expired: return OrdersController::tr("Expired");
    case PickupOrder::State::Cancelled: return OrdersController::tr("Cancelled");
    }
    return {};
}

QString outcomeText(const QString &outcome)
{
    if (outcome == QLatin1String("opened"))
        return OrdersController::tr("opened");
    if (outcome == QLatin1String("opened-late"))
        return OrdersController::tr("opened late");
    if (outcome == QLatin1String("did-not-open"))
        return OrdersController::tr("did not open");
    if (outcome == QLatin1String("not-sent"))
        return OrdersController::tr("not sent: the locker is not connected");
    if (outcome == QLatin1String("left-open"))
        return OrdersController::tr("left open");
    return OrdersController::tr("unknown: check the locker");
}

/// One journal entry of an order, as staff read it.
QString historyLine(const PickupCounter::Event &e)
{
    const QString when = QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.atMs), QLocale::ShortFormat);
    const QJsonObject &p = e.payload;
    QString what = e.kind;
    if (e.kind == QLatin1String("pickup.collected"))
        what = OrdersController::tr("handed over (%1)").arg(p.value(QStringLiteral("verified_by")).toString());
    else if (e.kind == QLatin1String("pickup.loaded"))
        what = OrdersController::tr("loaded into %1").arg(p.value(QStringLiteral("compartment")).toString());
    else if (e.kind == QLatin1String("pickup.failed"))
        what = OrdersController::tr("wrong code");
    else if (e.kind == QLatin1String("locker.unlock"))
        what = OrdersController::tr("door %1 unlocked").arg(p.value(QStringLiteral("compartment")).toString());
    else if (e.kind == QLatin1String("locker.unlock-result"))
        what = OrdersController::tr("door %1: %2").arg(p.value(QStringLiteral("compartment")).toString(), outcomeText(p.value(QStringLiteral("outcome")).toString()));
    else if (e.kind == QLatin1String("locker.incident"))
        what = OrdersController::tr("incident at door %1: %2").arg(p.value(QStringLiteral("compartment")).toString(), outcomeText(p.value(QStringLiteral("outcome")).toString()));
    else if (e.kind == QLatin1String("pickup.load-empty"))
        what = OrdersController::tr("shut empty: not loaded");
    else if (e.kind == QLatin1String("pickup.refused"))
        what = OrdersController::tr("items refused");
    else if (e.kind == QLatin1String("pickup.returned"))
        what = OrdersController::tr("taken back to stock");
    else if (e.kind == QLatin1String("pickup.extended"))
        what = OrdersController::tr("pickup extended");
    else if (e.kind == QLatin1String("pickup.unlocked"))
        what = OrdersController::tr("unlocked after wrong codes: %1").arg(p.value(QStringLiteral("reason")).toString());
    else if (e.kind == QLatin1String("pickup.counter-call"))
        what = OrdersController::tr("customer called to the counter");
    else if (e.kind == QLatin1String("pickup.at-counter"))
        what = OrdersController::tr("kept at the counter");
    return QStringLiteral("%1  %2  %3").arg(when, e.actor, what);
}
} // namespace

void OrdersController::setInstance(OrdersController *instance)
{
    s_instance = instance;
}

OrdersController *OrdersController::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(s_instance, "Orders", "TerminalApp sets the orders controller before QML loads");
    QQmlEngine::setObjectOwnership(s_instance, QQmlEngine::CppOwnership);
    return s_instance;
}

OrdersController::OrdersController(PickupCounter &counter, Clock clock, QObject *parent)
    : QObject(parent)
    , m_counter(counter)
    , m_clock(std::move(clock))
{
    connect(&m_counter, &PickupCounter::changed, this, [this](const QString &m) {
        setMessage(m);
        refresh();
    });
}

void OrdersController::setMessage(const QString &m)
{
    m_message = m;
    Q_EMIT messageChanged();
}

QVariantMap OrdersController::row(const PickupOrder &o) const
{
    const auto state = o.state(m_clock.wallMs() / 1000);
    return {{QStringLiteral("id"), o.id},
            {QStringLiteral("number"), o.number},
            {QStringLiteral("firstName"), o.firstName},
            {QStringLiteral("state"), stateName(state)},
            {QStringLiteral("stateText"), stateText(state)},
            {QStringLiteral("compartments"), o.compartments.join(QStringLiteral(", "))},
            {QStringLiteral("expires"), QLocale().toString(QDateTime::fromSecsSinceEpoch(o.expiresAt), QLocale::ShortFormat)},
            {QStringLiteral("parcels"), o.parcels},
            {QStringLiteral("idCheck"), o.idCheck},
            {QStringLiteral("changedHere"), o.changedHere},
            {QStringLiteral("exception"), o.cancelledCentrally ? tr("Handed over here, but cancelled at the central service: check the order") : QString()}};
}

void OrdersController::setFilter(const QString &state)
{
    m_filter = state;
    refresh();
}

void OrdersController::search(const QString &text)
{
    m_search = text;
    refresh();
}

void OrdersController::refresh()
{
    auto found = m_counter.find(m_search);
    m_results.clear();
    if (!found) {
        setMessage(found.error().message);
    } else {
        for (const PickupOrder &o : found.value()) {
            const QVariantMap r = row(o);
            if (m_filter.isEmpty() || r.value(QStringLiteral("state")).toString() == m_filter)
                m_results.append(r);
        }
    }
    Q_EMIT resultsChanged();
    if (!m_selected.isEmpty())
        select(m_selected.value(QStringLiteral("id")).toString());
}

void OrdersController::select(const QString &orderId)
{
    m_selected.clear();
    auto o = m_counter.order(orderId);
    if (o && o.value()) {
        m_selected = row(*o.value());
        QVariantList lines;
        for (const PickupOrderLine &l : o.value()->lines)
            lines.append(QVariantMap{{QStringLiteral("lineNo"), l.lineNo}, {QStringLiteral("name"), l.name},
                                     {QStringLiteral("quantity"), l.quantity}, {QStringLiteral("weighed"), l.weighed}});
        m_selected.insert(QStringLiteral("lines"), lines);
        QStringList history;
        if (auto h = m_counter.history(orderId))
            for (const auto &e : h.value())
                history.append(historyLine(e));
        m_selected.insert(QStringLiteral("history"), history);
    }
    Q_EMIT selectedChanged();
}

QStringList OrdersController::propose(int parcels, bool accessible) const
{
    return m_counter.proposeCompartments(parcels, accessible);
}

bool OrdersController::done(const Result<void> &r)
{
    if (!r) {
        setMessage(r.error().message);
        return false;
    }
    refresh();
    return true;
}

bool OrdersController::load(const QString &orderId, const QString &compartments)
{
    QStringList list;
    for (const QString &c : compartments.split(QLatin1Char(','), Qt::SkipEmptyParts))
        list.append(c.trimmed().toUpper());
    return done(m_counter.load(orderId, list));
}

bool OrdersController::readyAtCounter(const QString &orderId) { return done(m_counter.readyAtCounter(orderId)); }

bool OrdersController::handOver(const QString &orderId, const QVariantMap &refused, const QString &idDocument)
{
    QHash<int, qint64> lines;
    for (auto it = refused.cbegin(); it != refused.cend(); ++it)
        lines.insert(it.key().toInt(), it.value().toLongLong());
    return done(m_counter.handOver(orderId, lines, idDocument));
}

bool OrdersController::takeBack(const QString &orderId) { return done(m_counter.takeBack(orderId)); }
bool OrdersController::extend(const QString &orderId, int days) { return done(m_counter.extend(orderId, days)); }
bool OrdersController::unlock(const QString &orderId, const QString &reason) { return done(m_counter.unlock(orderId, reason)); }
bool OrdersController::openDoor(const QString &compartment, const QString &reason) { return done(m_counter.openAnyDoor(compartment, reason)); }

} // namespace ok
