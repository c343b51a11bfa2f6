// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customer.h"
#include "core/result.h"

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>
#include <QVariantMap>

#include <functional>

namespace ok {

class CustomerDesk;
class StaffSession;
class Till;

/// The customer across channels on the staff screens and at the till (QML singleton
/// "Customers"): identify a customer by loyalty card, phone or e-mail (live at the central
/// service), their web and app orders, collect one here, return one here, and at the till put
/// their card on the sale and pay with points.
///
/// The customer is held only while served: forgotten when staff sign out and after a sale.
class CustomerController : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Customers)
    QML_SINGLETON
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(bool problem READ problem NOTIFY changed)
    /// Several customers matched: [{index, name, loyaltyId, contacts}].
    Q_PROPERTY(QVariantList matches READ matches NOTIFY changed)
    /// The customer served: {id, name, loyaltyId, contacts, points, pointsText, promotions}; empty: none.
    Q_PROPERTY(QVariantMap customer READ customer NOTIFY changed)
    /// Their orders: [{number, channelText, statusText, totalText, createdText}].
    Q_PROPERTY(QVariantList orders READ orders NOTIFY changed)
    /// The order opened: {number, channelText, statusText, totalText, deliveryText, canCollectHere, canReturn,
    /// lines: [{lineNo, name, quantity, returned, returnable, amountText}], payments: [text], history: [text]}.
    Q_PROPERTY(QVariantMap order READ order NOTIFY changed)
    /// [{method, text}] of the store's refund policy.
    Q_PROPERTY(QVariantList refundMethods READ refundMethods NOTIFY changed)
    /// The customer's card is on the current sale.
    Q_PROPERTY(bool onSale READ onSale NOTIFY changed)
    Q_PROPERTY(bool hasCustomer READ hasCustomer NOTIFY changed)
    /// The customer's points balance as last looked up (0: none).
    Q_PROPERTY(double points READ points NOTIFY changed)

public:
    using Money = std::function<QString(qint64)>;
    CustomerController(CustomerDesk &desk, StaffSession &session, Till &till, Money money, QObject *parent = nullptr);
    static void setInstance(CustomerController *instance);
    static CustomerController *create(QQmlEngine *, QJSEngine *);

    bool busy() const { return m_busy; }
    QString message() const { return m_message; }
    bool problem() const { return m_problem; }
    QVariantList matches() const;
    QVariantMap customer() const;
    QVariantList orders() const;
    QVariantMap order() const;
    QVariantList refundMethods() const;
    bool onSale() const;
    bool hasCustomer() const { return m_customer.has_value(); }
    /// The balance as looked up, less the points already paid (or being paid) on the current sale.
    double points() const;

    Q_INVOKABLE void find(const QString &typed);
    /// A scan of a loyalty card (not a product).
    Q_INVOKABLE bool isLoyaltyCard(const QString &code) const { return isLoyaltyId(code.trimmed()); }
    Q_INVOKABLE void choose(int index);
    Q_INVOKABLE void clear();
    Q_INVOKABLE void loadOrders();
    /// A web or app order by number (any customer's: the one on the confirmation).
    Q_INVOKABLE void openOrder(const QString &number);
    Q_INVOKABLE bool collectHere();
    /// `lines`: line number (as text) → quantity returned. The refund as text, or "" when invalid.
    Q_INVOKABLE QString refundText(const QVariantMap &lines) const;
    Q_INVOKABLE bool returnOrder(const QVariantMap &lines, const QString &method);
    /// At the till: the customer's loyalty card on the sale (it earns points; they can pay with them).
    Q_INVOKABLE bool putOnSale();
    /// Pay with points worth `amount` (money as typed; empty: as much of what is due as the
    /// balance covers). 1 point = 1 minor unit.
    Q_INVOKABLE bool payWithPoints(const QString &amount);

Q_SIGNALS:
    void changed();

private:
    void setCustomer(const std::optional<Customer> &c);
    void reloadOrdersSoon();
    void say(const QString &text, bool problem);
    bool done(const Result<QString> &r, const QString &success);
    QVariantMap orderRow(const WebOrder &o) const;
    QString statusText(const QString &status) const;
    static QHash<int, qint64> lineMap(const QVariantMap &lines);

    CustomerDesk &m_desk;
    StaffSession &m_session;
    Till &m_till;
    Money m_money;
    bool m_busy = false;
    QString m_message;
    bool m_problem = false;
    QList<Customer> m_matches;
    std::optional<Customer> m_customer;
    QList<WebOrder> m_orders;
    std::optional<WebOrder> m_order;
    int m_generation = 0; ///< answers to an older question are dropped
};

} // namespace ok
