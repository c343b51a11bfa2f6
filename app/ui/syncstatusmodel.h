// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/outbox.h"
#include "services/deadletters.h"
#include "services/syncservice.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>

#include <climits>

namespace ok {

/// The staff sync screen: how sync is doing, and the dead-letter list (events the central
/// service refused, with its reason). Staff may send a refused event again ("Retry"): same id,
/// same body, journaled with the signed-in person, who needs RetrySync (DeadLetters). Rows are
/// never deleted.
///
/// Set `letters` (Terminal.deadLetterService) and `sync` (Terminal.sync; null when sync is switched
/// off: the list still shows).
class SyncStatusModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(ok::DeadLetters *letters READ letters WRITE setLetters NOTIFY lettersChanged)
    Q_PROPERTY(ok::services::SyncService *sync READ sync WRITE setSync NOTIFY syncChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    /// All dead letters (the list shows the oldest 500).
    Q_PROPERTY(int deadCount READ deadCount NOTIFY countChanged)

    Q_PROPERTY(bool enabled READ enabled NOTIFY healthChanged)
    Q_PROPERTY(bool online READ online NOTIFY healthChanged)
    Q_PROPERTY(QString stateText READ stateText NOTIFY healthChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY healthChanged)
    Q_PROPERTY(int outboxDepth READ outboxDepth NOTIFY healthChanged)
    /// How long the oldest unsent event has waited; empty when nothing waits.
    Q_PROPERTY(QString oldestUnsent READ oldestUnsent NOTIFY healthChanged)
    Q_PROPERTY(QString lastPush READ lastPush NOTIFY healthChanged)
    Q_PROPERTY(QString lastPull READ lastPull NOTIFY healthChanged)
    Q_PROPERTY(QString clockSkew READ clockSkew NOTIFY healthChanged)
    /// Over 5 minutes off: staff should fix the clock (nothing is decided by it).
    Q_PROPERTY(bool clockSkewWarning READ clockSkewWarning NOTIFY healthChanged)
    /// What the last retry did, or why it was refused.
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

public:
    enum Role {
        EventIdRole = Qt::UserRole + 1,
        KindRole,
        KindTextRole, ///< translated: "Sale", "Stock count" ...
        RefRole,
        RefTextRole,  ///< for people: "receipt 42" for a sale or return, else the reference
        CreatedRole,  ///< time of day, or date and time when not today
        AttemptsRole,
        ReasonRole,   ///< the server's reason, as it gave it
        AlarmRole,    ///< the id was used before with another body: not a normal refusal
    };
    Q_ENUM(Role)

    explicit SyncStatusModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    DeadLetters *letters() const { return m_letters; }
    void setLetters(DeadLetters *letters);
    services::SyncService *sync() const { return m_sync; }
    void setSync(services::SyncService *sync);
    int deadCount() const { return int(std::min<qint64>(m_deadTotal, INT_MAX)); }

    bool enabled() const { return m_sync != nullptr; }
    bool online() const { return m_sync && m_sync->isOnline(); }
    QString stateText() const;
    QString lastError() const;
    int outboxDepth() const;
    QString oldestUnsent() const;
    QString lastPush() const;
    QString lastPull() const;
    QString clockSkew() const;
    bool clockSkewWarning() const;
    QString message() const { return m_message; }

    /// Send the refused event of `row` again. Returns an empty string when done, else the reason
    /// (also in `message`). The sync thread is woken to push it; the list refreshes afterwards.
    Q_INVOKABLE QString retry(int row);
    Q_INVOKABLE void refresh();

    /// "Sale", "Stock count" ... for an event kind; the kind itself when unknown.
    static QString kindText(const QString &kind);
    static QString refText(const DeadLetter &d);

Q_SIGNALS:
    void lettersChanged();
    void syncChanged();
    void countChanged();
    void healthChanged();
    void messageChanged();

private:
    QString done(const QString &message, bool ok);
    void onHealth();

    QPointer<DeadLetters> m_letters;
    QPointer<services::SyncService> m_sync;
    QList<DeadLetter> m_rows;
    qint64 m_deadTotal = 0;
    QString m_message;
    QTimer m_refresh; ///< refresh from the event loop, never under a caller's feet
    QTimer m_tick;    ///< "3 min ago" keeps moving while the screen is open
};

/// The sync streams for the staff sync screen: one row per pull stream (last page applied, the
/// last error) and one for the push of terminal events (last acknowledgement, what waits).
class SyncStreamsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(ok::services::SyncService *sync READ sync WRITE setSync NOTIFY syncChanged)

public:
    enum Role {
        StreamRole = Qt::UserRole + 1, ///< "catalog" ..., "events" for the push
        NameRole,      ///< translated
        DirectionRole, ///< "pull" or "push"
        LastOkRole,    ///< "14:02 (3 min ago)" or "never"
        DetailRole,    ///< rows received, the last error, or what waits to be sent
        ProblemRole,   ///< the detail is a problem
    };
    Q_ENUM(Role)

    explicit SyncStreamsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    services::SyncService *sync() const { return m_sync; }
    void setSync(services::SyncService *sync);

Q_SIGNALS:
    void syncChanged();

private:
    void changed();

    QPointer<services::SyncService> m_sync;
    QTimer m_tick;
};

} // namespace ok
