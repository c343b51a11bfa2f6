// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/syncstatusmodel.h"
#include "ui/followlanguage.h"

#include "ui/timetext.h"

#include <QDateTime>

#include <algorithm>
#include <climits>
#include <cstdlib>
#include <iterator>

namespace ok {

namespace {

constexpr int kListLimit = 500;
constexpr qint64 kSkewWarningMs = 5 * 60 * 1000; // docs/sync-protocol.md, "Heartbeat"
constexpr std::chrono::seconds kTick{30};

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

// ------------------------------------------------------------------ SyncStatusModel

SyncStatusModel::SyncStatusModel(QObject *parent)
    : QAbstractListModel(parent)
{
    followLanguage(this);
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(0);
    connect(&m_refresh, &QTimer::timeout, this, &SyncStatusModel::refresh);
    m_tick.setInterval(kTick);
    connect(&m_tick, &QTimer::timeout, this, &SyncStatusModel::healthChanged);
    m_tick.start();
}

int SyncStatusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SyncStatusModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const DeadLetter &d = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case KindTextRole: return kindText(d.kind);
    case EventIdRole: return d.eventId;
    case KindRole: return d.kind;
    case RefRole: return d.ref;
    case RefTextRole: return refText(d);
    case CreatedRole: return TimeText::when(d.createdAtMs);
    case AttemptsRole: return d.attempts;
    case ReasonRole: return d.reason;
    case AlarmRole: return d.reason.startsWith(QLatin1String("ALARM:")); // services::LocalSyncStore writes it so
    default: return {};
    }
}

QHash<int, QByteArray> SyncStatusModel::roleNames() const
{
    return {{EventIdRole, "eventId"},   {KindRole, "kind"},         {KindTextRole, "kindText"},
            {RefRole, "ref"},           {RefTextRole, "refText"},   {CreatedRole, "created"},
            {AttemptsRole, "attempts"}, {ReasonRole, "reason"},     {AlarmRole, "alarm"}};
}

void SyncStatusModel::setLetters(DeadLetters *letters)
{
    if (letters == m_letters)
        return;
    m_letters = letters;
    refresh();
    Q_EMIT lettersChanged();
}

void SyncStatusModel::setSync(services::SyncService *sync)
{
    if (sync == m_sync)
        return;
    if (m_sync)
        m_sync->disconnect(this);
    m_sync = sync;
    if (m_sync)
        connect(m_sync, &services::SyncService::healthChanged, this, &SyncStatusModel::onHealth);
    Q_EMIT syncChanged();
    Q_EMIT healthChanged();
    refresh();
}

void SyncStatusModel::onHealth()
{
    Q_EMIT healthChanged();
    // Reading the ledger is cheap but not free: only when the number of dead letters moved.
    if (m_sync && m_sync->status().deadLetters != m_deadTotal)
        m_refresh.start();
}

void SyncStatusModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_deadTotal = 0;
    if (m_letters) {
        if (auto list = m_letters->list(kListLimit))
            m_rows = std::move(list).value();
        m_deadTotal = std::max<qint64>(m_letters->count(), m_rows.size());
    }
    endResetModel();
    Q_EMIT countChanged();
}

QString SyncStatusModel::done(const QString &message, bool ok)
{
    m_message = message;
    Q_EMIT messageChanged();
    return ok ? QString() : message;
}

QString SyncStatusModel::retry(int row)
{
    if (!m_letters)
        return done(tr("The ledger is not open: nothing was changed."), false);
    if (row < 0 || row >= m_rows.size())
        return done(tr("No such refused event."), false);
    const DeadLetter d = m_rows.at(row);
    auto r = m_letters->retry(d.eventId);
    m_refresh.start();
    if (!r) {
        const QString &code = r.error().code;
        if (r.error().approval)
            return done(tr("Only a supervisor or a manager may send a refused event again: nothing was changed."), false);
        if (code == QLatin1String("till.signed-out"))
            return done(tr("Sign in to send a refused event again."), false);
        if (code == QLatin1String("outbox.not-dead"))
            return done(tr("%1 %2 is no longer refused: it was already sent again.").arg(kindText(d.kind), refText(d)), false);
        if (code == QLatin1String("outbox.not-found"))
            return done(tr("No such refused event."), false);
        return done(tr("The retry was not saved: %1").arg(r.error().message), false);
    }
    return done(tr("%1 %2 will be sent again.").arg(kindText(d.kind), refText(d)), true);
}

QString SyncStatusModel::refText(const DeadLetter &d)
{
    return d.receiptNo > 0 ? tr("receipt %1").arg(d.receiptNo) : d.ref;
}

QString SyncStatusModel::kindText(const QString &kind)
{
    static const QHash<QString, const char *> texts = {
        {QStringLiteral("sale.completed"), QT_TR_NOOP("Sale")},
        {QStringLiteral("return.completed"), QT_TR_NOOP("Return")},
        {QStringLiteral("sale.voided"), QT_TR_NOOP("Voided sale")},
        {QStringLiteral("cash.movement"), QT_TR_NOOP("Cash movement")},
        {QStringLiteral("shift.closed"), QT_TR_NOOP("Shift closed")},
        {QStringLiteral("order.handed_over"), QT_TR_NOOP("Order handed over")},
        {QStringLiteral("locker.loaded"), QT_TR_NOOP("Locker loaded")},
        {QStringLiteral("order.expired"), QT_TR_NOOP("Order expired")},
        {QStringLiteral("stock.counted"), QT_TR_NOOP("Stock count")},
        {QStringLiteral("reservation.requested"), QT_TR_NOOP("Reservation")},
    };
    const auto it = texts.constFind(kind);
    return it == texts.cend() ? kind : tr(it.value());
}

QString SyncStatusModel::stateText() const
{
    if (!m_sync)
        return tr("Sync with the central service is switched off: this terminal works from its local cache.");
    if (!m_sync->hasReported())
        return tr("Connecting to the central service…");
    const services::SyncStatus &h = m_sync->status();
    if (!h.enrolled)
        return tr("Not enrolled with the central service: ask for an enrolment code.");
    if (h.online)
        return tr("Online: connected to the central service.");
    return tr("Offline: selling continues from the local cache; events are sent when the central service is back.");
}

QString SyncStatusModel::lastError() const
{
    return m_sync && !m_sync->isOnline() ? m_sync->status().lastError : QString();
}

int SyncStatusModel::outboxDepth() const
{
    return m_sync ? int(std::min<qint64>(m_sync->status().outboxPending, INT_MAX)) : 0;
}

QString SyncStatusModel::oldestUnsent() const
{
    if (!m_sync || m_sync->status().outboxPending == 0)
        return {};
    return TimeText::age(m_sync->status().oldestPendingAgeMs);
}

QString SyncStatusModel::lastPush() const
{
    if (!m_sync)
        return {};
    const services::SyncStatus &h = m_sync->status();
    return TimeText::whenAgo(std::max(h.lastPushOkMs, h.lastAckedMs), now(), tr("never"));
}

QString SyncStatusModel::lastPull() const
{
    if (!m_sync)
        return {};
    return TimeText::whenAgo(m_sync->status().newestPullMs(), now(), tr("never"));
}

QString SyncStatusModel::clockSkew() const
{
    if (!m_sync)
        return {};
    const qint64 skew = m_sync->status().clockSkewMs; // server minus terminal
    if (std::abs(skew) < 60'000)
        return tr("Within a minute of the central service");
    return skew > 0 ? tr("%1 behind the central service").arg(TimeText::age(skew))
                    : tr("%1 ahead of the central service").arg(TimeText::age(-skew));
}

bool SyncStatusModel::clockSkewWarning() const
{
    return m_sync && std::abs(m_sync->status().clockSkewMs) > kSkewWarningMs;
}

// ------------------------------------------------------------------ SyncStreamsModel

namespace {

QString streamTitle(const QString &stream)
{
    static const QHash<QString, const char *> titles{
        {QStringLiteral("reference"), QT_TRANSLATE_NOOP("ok::SyncStreamsModel", "Tax classes and locations")},
        {QStringLiteral("catalog"), QT_TRANSLATE_NOOP("ok::SyncStreamsModel", "Catalog")},
        {QStringLiteral("prices"), QT_TRANSLATE_NOOP("ok::SyncStreamsModel", "Prices")},
        {QStringLiteral("stock"), QT_TRANSLATE_NOOP("ok::SyncStreamsModel", "Stock")},
        {QStringLiteral("orders"), QT_TRANSLATE_NOOP("ok::SyncStreamsModel", "Click-and-collect orders")},
        {QStringLiteral("staff"), QT_TRANSLATE_NOOP("ok::SyncStreamsModel", "Staff accounts")},
    };
    const auto it = titles.constFind(stream);
    return it == titles.cend() ? stream : SyncStreamsModel::tr(it.value());
}

} // namespace

SyncStreamsModel::SyncStreamsModel(QObject *parent)
    : QAbstractListModel(parent)
{
    followLanguage(this);
    m_tick.setInterval(kTick);
    connect(&m_tick, &QTimer::timeout, this, &SyncStreamsModel::changed);
    m_tick.start();
}

int SyncStreamsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_sync ? 0 : int(m_sync->status().streams.size() + 1);
}

QVariant SyncStreamsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_sync)
        return {};
    const services::SyncStatus &h = m_sync->status();
    const qint64 t = now();
    if (index.row() == h.streams.size()) { // the push of terminal events
        switch (role) {
        case StreamRole: return QStringLiteral("events");
        case Qt::DisplayRole:
        case NameRole: return tr("Sales and other events");
        case DirectionRole: return QStringLiteral("push");
        case LastOkRole: return TimeText::whenAgo(std::max(h.lastPushOkMs, h.lastAckedMs), t, tr("never"));
        case DetailRole:
            return h.outboxPending == 0
                       ? tr("Nothing waits to be sent.")
                       : tr("Waiting: %L1, the oldest for %2.").arg(h.outboxPending).arg(TimeText::age(h.oldestPendingAgeMs));
        case ProblemRole: return h.outboxPending > 0 && !m_sync->isOnline();
        default: return {};
        }
    }
    const services::SyncStreamStatus &state = h.streams.at(index.row());
    const bool failing = state.failing();
    switch (role) {
    case StreamRole: return state.name;
    case Qt::DisplayRole:
    case NameRole: return streamTitle(state.name);
    case DirectionRole: return QStringLiteral("pull");
    case LastOkRole: return TimeText::whenAgo(state.lastOkMs, t, tr("never"));
    case DetailRole:
        return failing ? tr("%1: %2").arg(TimeText::when(state.lastErrorMs), state.lastError)
                       : tr("Rows received: %L1").arg(state.rowsApplied);
    case ProblemRole: return failing;
    default: return {};
    }
}

QHash<int, QByteArray> SyncStreamsModel::roleNames() const
{
    return {{StreamRole, "stream"}, {NameRole, "name"},     {DirectionRole, "direction"},
            {LastOkRole, "lastOk"}, {DetailRole, "detail"}, {ProblemRole, "problem"}};
}

void SyncStreamsModel::setSync(services::SyncService *sync)
{
    if (sync == m_sync)
        return;
    beginResetModel();
    if (m_sync)
        m_sync->disconnect(this);
    m_sync = sync;
    if (m_sync)
        connect(m_sync, &services::SyncService::healthChanged, this, &SyncStreamsModel::changed);
    endResetModel();
    Q_EMIT syncChanged();
}

void SyncStreamsModel::changed()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
}

} // namespace ok
