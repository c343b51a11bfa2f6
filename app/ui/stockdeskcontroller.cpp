// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/stockdeskcontroller.h"

#include "services/stockactions.h"

#include <QDateTime>
#include <QLocale>
#include <QPointer>

namespace ok {

namespace {
QPointer<StockDeskController> s_instance;

QString kindText(const QString &kind)
{
    if (kind == QLatin1String("transfer"))
        return StockDeskController::tr("Order");
    if (kind == QLatin1String("count"))
        return StockDeskController::tr("Count");
    if (kind == QLatin1String("collect_here"))
        return StockDeskController::tr("Collect here");
    if (kind == QLatin1String("web_return"))
        return StockDeskController::tr("Web return");
    return StockDeskController::tr("Hold");
}

QString remoteText(const QString &state)
{
    if (state == QLatin1String("requested"))
        return StockDeskController::tr("requested");
    if (state == QLatin1String("shipped"))
        return StockDeskController::tr("shipped");
    if (state == QLatin1String("arrived"))
        return StockDeskController::tr("arrived: a click-and-collect order");
    if (state == QLatin1String("delivered"))
        return StockDeskController::tr("delivered");
    if (state == QLatin1String("collected"))
        return StockDeskController::tr("collected");
    if (state == QLatin1String("cancelled"))
        return StockDeskController::tr("cancelled");
    return state;
}

QString whenText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}
} // namespace

StockDeskController::StockDeskController(StockActions &actions, QObject *parent)
    : QObject(parent)
    , m_actions(actions)
{
    connect(&m_actions, &StockActions::changed, this, &StockDeskController::refresh);
}

void StockDeskController::setInstance(StockDeskController *instance)
{
    s_instance = instance;
}

StockDeskController *StockDeskController::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(s_instance, "StockDesk", "TerminalApp sets the stock desk controller before QML loads");
    QQmlEngine::setObjectOwnership(s_instance, QQmlEngine::CppOwnership);
    return s_instance;
}

int StockDeskController::maxHoldHours() const
{
    return m_actions.settings().maxHoldHours;
}

bool StockDeskController::done(bool ok, const QString &error, const QString &success)
{
    m_message = ok ? success : error;
    m_problem = !ok;
    Q_EMIT changed();
    return ok;
}

bool StockDeskController::hold(int productId, const QString &productName, int quantity, int available, const QString &forWhom, int hours)
{
    auto r = m_actions.hold(productId, productName, quantity, available, forWhom, hours);
    const QString until = QLocale().toString(QDateTime::currentDateTime().addSecs(qint64(hours) * 3600), QLocale::ShortFormat);
    return done(bool(r), r ? QString() : r.error().message, tr("Held %1 × %2 for %3 until %4").arg(quantity).arg(productName, forWhom.simplified(), until));
}

bool StockDeskController::release(const QString &holdId, bool sold)
{
    auto r = m_actions.releaseHold(holdId, sold);
    return done(bool(r), r ? QString() : r.error().message, sold ? tr("Hold ended: sold") : tr("Hold cancelled: the item is available again"));
}

bool StockDeskController::orderFrom(int productId, const QString &productName, int quantity, const QString &fromLocation, int availableThere,
                                    bool toHome, const QString &name, const QString &phone, const QString &email, const QString &address)
{
    auto r = m_actions.orderFrom(productId, productName, quantity, fromLocation, availableThere, toHome, {name, phone, email, address});
    return done(bool(r), r ? QString() : r.error().message,
                toHome ? tr("Ordered %1 × %2 from %3 to the customer's home").arg(quantity).arg(productName, fromLocation)
                       : tr("Ordered %1 × %2 from %3 to this store: it becomes a click-and-collect order when it arrives")
                             .arg(quantity)
                             .arg(productName, fromLocation));
}

bool StockDeskController::count(int productId, const QString &productName, int counted, double expectedVersion)
{
    auto r = m_actions.count(productId, productName, counted, qint64(expectedVersion));
    return done(bool(r), r ? QString() : r.error().message,
                tr("Count of %1 sent: %2. If the stock changed since it was shown, the central service refuses it and you count again.")
                    .arg(productName)
                    .arg(counted));
}

int StockDeskController::unsentHolds(int productId) const
{
    return int(m_actions.unsentHolds(productId));
}

void StockDeskController::refresh()
{
    m_holds.clear();
    if (auto holds = m_actions.activeHolds()) {
        for (const auto &h : holds.value())
            m_holds.append(QVariantMap{{QStringLiteral("id"), h.id},
                                       {QStringLiteral("productName"), h.productName},
                                       {QStringLiteral("quantity"), h.quantity},
                                       {QStringLiteral("forWhom"), h.label},
                                       {QStringLiteral("untilText"), whenText(h.expiresAt.value_or(0) * 1000)},
                                       {QStringLiteral("stateText"), h.eventState == QLatin1String("acked") ? tr("confirmed")
                                                                                                            : tr("queued")}});
    }
    m_requests.clear();
    QList<StoreAction> all;
    for (const char *kind : {"transfer", "count", "collect_here", "web_return"})
        if (auto rows = m_actions.recent(QString::fromLatin1(kind), 30))
            all.append(rows.value());
    std::sort(all.begin(), all.end(), [](const StoreAction &a, const StoreAction &b) { return a.createdAtMs > b.createdAtMs; });
    for (const auto &a : std::as_const(all)) {
        QString state = a.eventState == QLatin1String("dead")    ? tr("refused")
                      : a.eventState == QLatin1String("acked") ? tr("accepted")
                                                               : tr("queued");
        if (a.kind == QLatin1String("transfer") && m_remoteState.contains(a.id))
            state = remoteText(m_remoteState.value(a.id));
        QString detail;
        if (a.kind == QLatin1String("transfer"))
            detail = a.label == QLatin1String("home") ? tr("from %1 to the customer's home").arg(a.locationId)
                                                      : tr("from %1 to this store").arg(a.locationId);
        else if (a.kind == QLatin1String("count"))
            detail = tr("counted %1").arg(a.quantity);
        else
            detail = a.label;
        m_requests.append(QVariantMap{{QStringLiteral("id"), a.id},
                                      {QStringLiteral("kindText"), kindText(a.kind)},
                                      {QStringLiteral("productName"), a.productName},
                                      {QStringLiteral("quantity"), a.quantity},
                                      {QStringLiteral("detail"), detail},
                                      {QStringLiteral("stateText"), state},
                                      {QStringLiteral("refused"), a.eventState == QLatin1String("dead")},
                                      {QStringLiteral("reason"), a.reason},
                                      {QStringLiteral("whenText"), whenText(a.createdAtMs)}});
    }
    Q_EMIT changed();
    m_actions.requestStates([self = QPointer<StockDeskController>(this)](const QHash<QString, QString> &states) {
        if (!self || states == self->m_remoteState)
            return;
        self->m_remoteState = states;
        self->refresh();
    });
}

} // namespace ok
