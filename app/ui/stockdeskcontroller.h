// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

namespace ok {

class StockActions;

/// Staff act on stock (QML singleton "StockDesk"): hold, order from another location, count;
/// the active holds and the requests and counts made here with their state (queued, accepted,
/// refused with the central service's reason, and for requests the central service's progress).
/// Every action is checked again by StockActions against the signed-in person.
class StockDeskController : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(StockDesk)
    QML_SINGLETON
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(bool problem READ problem NOTIFY changed)
    /// [{id, productName, quantity, forWhom, untilText, stateText}], soonest expiry first.
    Q_PROPERTY(QVariantList holds READ holds NOTIFY changed)
    /// Requests, counts and web actions made here, newest first:
    /// [{id, kindText, productName, quantity, detail, stateText, refused, reason, whenText}].
    Q_PROPERTY(QVariantList requests READ requests NOTIFY changed)
    Q_PROPERTY(int maxHoldHours READ maxHoldHours CONSTANT)

public:
    StockDeskController(StockActions &actions, QObject *parent = nullptr);
    static void setInstance(StockDeskController *instance);
    static StockDeskController *create(QQmlEngine *, QJSEngine *);

    QString message() const { return m_message; }
    bool problem() const { return m_problem; }
    QVariantList holds() const { return m_holds; }
    QVariantList requests() const { return m_requests; }
    int maxHoldHours() const;

    // int for QML (Qt 6.4's qmllint has no qint64); product ids and row versions fit in 31 bits
    // in any real catalog, and the services check every value again.
    Q_INVOKABLE bool hold(int productId, const QString &productName, int quantity, int available, const QString &forWhom, int hours);
    Q_INVOKABLE bool release(const QString &holdId, bool sold);
    Q_INVOKABLE bool orderFrom(int productId, const QString &productName, int quantity, const QString &fromLocation,
                               int availableThere, bool toHome, const QString &name, const QString &phone, const QString &email,
                               const QString &address);
    Q_INVOKABLE bool count(int productId, const QString &productName, int counted, double expectedVersion);
    /// Pieces held here that the cache cannot show yet (subtract from the cached available).
    Q_INVOKABLE int unsentHolds(int productId) const;
    /// Read the lists again, and ask the central service how the requests are getting on.
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void changed();

private:
    bool done(bool ok, const QString &error, const QString &success);
    StockActions &m_actions;
    QString m_message;
    bool m_problem = false;
    QVariantList m_holds;
    QVariantList m_requests;
    QHash<QString, QString> m_remoteState; ///< request id → the central service's state
};

} // namespace ok
