// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/customercontroller.h"

#include "services/customerdesk.h"
#include "services/staffsession.h"
#include "services/till.h"
#include "ui/input.h"

#include <QDateTime>
#include <QLocale>
#include <QPointer>
#include <QTimer>

namespace ok {

namespace {
QPointer<CustomerController> s_instance;

QString contactsOf(const Customer &c)
{
    QStringList parts;
    if (!c.phoneMasked.isEmpty())
        parts << c.phoneMasked;
    if (!c.emailMasked.isEmpty())
        parts << c.emailMasked;
    return parts.join(QStringLiteral(" · "));
}

/// An online payment as people say it; an unknown method stays as the central service names it.
QString paymentText(const QString &method)
{
    if (method == QLatin1String("card-online"))
        return CustomerController::tr("card online");
    if (method == QLatin1String("store-credit"))
        return CustomerController::tr("store credit");
    if (method == QLatin1String("loyalty"))
        return CustomerController::tr("points");
    return method;
}

QString methodText(const QString &method)
{
    if (method == QLatin1String("original-payment"))
        return CustomerController::tr("Back to the original payment");
    if (method == QLatin1String("store-credit"))
        return CustomerController::tr("Store credit");
    if (method == QLatin1String("cash"))
        return CustomerController::tr("Cash");
    return method;
}
} // namespace

CustomerController::CustomerController(CustomerDesk &desk, StaffSession &session, Till &till, Money money, QObject *parent)
    : QObject(parent)
    , m_desk(desk)
    , m_session(session)
    , m_till(till)
    , m_money(std::move(money))
{
    // Personal data stays on screen only while the person who asked for it is signed in.
    connect(&m_session, &StaffSession::changed, this, [this] {
        if (!m_session.member())
            clear();
    });
    // After the sale the customer is forgotten; the sale keeps the loyalty id.
    connect(&m_till.committer(), &SaleCommitter::saleCompleted, this, [this] { clear(); });
    connect(&m_till.ticket(), &Ticket::changed, this, &CustomerController::changed);
}

void CustomerController::setInstance(CustomerController *instance)
{
    s_instance = instance;
}

CustomerController *CustomerController::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(s_instance, "Customers", "TerminalApp sets the customer controller before QML loads");
    QQmlEngine::setObjectOwnership(s_instance, QQmlEngine::CppOwnership);
    return s_instance;
}

void CustomerController::say(const QString &text, bool problem)
{
    m_message = text;
    m_problem = problem;
    Q_EMIT changed();
}

void CustomerController::setCustomer(const std::optional<Customer> &c)
{
    m_customer = c;
    m_orders.clear();
    m_order.reset();
    m_matches.clear();
    Q_EMIT changed();
}

QVariantList CustomerController::matches() const
{
    QVariantList out;
    for (int i = 0; i < m_matches.size(); ++i)
        out.append(QVariantMap{{QStringLiteral("index"), i},
                               {QStringLiteral("name"), m_matches.at(i).name},
                               {QStringLiteral("loyaltyId"), m_matches.at(i).loyaltyId},
                               {QStringLiteral("contacts"), contactsOf(m_matches.at(i))}});
    return out;
}

QVariantMap CustomerController::customer() const
{
    if (!m_customer)
        return {};
    const Customer &c = *m_customer;
    QStringList promotions;
    for (const auto &p : c.promotions)
        promotions << p.name;
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("loyaltyId"), c.loyaltyId},
            {QStringLiteral("contacts"), contactsOf(c)},
            {QStringLiteral("points"), c.points},
            {QStringLiteral("pointsText"), tr("%1 points (worth %2)").arg(c.points).arg(m_money(c.points))},
            {QStringLiteral("storeCreditText"), c.storeCredit > 0 ? tr("Store credit %1").arg(m_money(c.storeCredit)) : QString()},
            {QStringLiteral("promotions"), promotions.join(QStringLiteral(" · "))}};
}

QString CustomerController::statusText(const QString &status) const
{
    if (status == QLatin1String("paid"))
        return tr("Paid, being prepared");
    if (status == QLatin1String("shipped"))
        return tr("Shipped");
    if (status == QLatin1String("delivered"))
        return tr("Delivered");
    if (status == QLatin1String("collect_in_store"))
        return tr("To collect in store");
    if (status == QLatin1String("collected"))
        return tr("Collected");
    if (status == QLatin1String("returned"))
        return tr("Returned");
    if (status == QLatin1String("cancelled"))
        return tr("Cancelled");
    return status;
}

QVariantMap CustomerController::orderRow(const WebOrder &o) const
{
    const QString channel = o.channel == QLatin1String("app") ? tr("App") : o.channel == QLatin1String("web") ? tr("Web shop") : tr("Store");
    return {{QStringLiteral("number"), o.number},
            {QStringLiteral("channelText"), channel},
            {QStringLiteral("statusText"), statusText(o.status)},
            {QStringLiteral("totalText"), m_money(o.total)},
            {QStringLiteral("createdText"), QLocale().toString(QDateTime::fromMSecsSinceEpoch(o.createdAtMs).date(), QLocale::ShortFormat)}};
}

QVariantList CustomerController::orders() const
{
    QVariantList out;
    for (const auto &o : m_orders)
        out.append(orderRow(o));
    return out;
}

QVariantMap CustomerController::order() const
{
    if (!m_order)
        return {};
    const WebOrder &o = *m_order;
    QVariantMap m = orderRow(o);
    QVariantList lines;
    bool returnable = false;
    for (const auto &l : o.lines) {
        lines.append(QVariantMap{{QStringLiteral("lineNo"), l.lineNo},
                                 {QStringLiteral("name"), l.name},
                                 {QStringLiteral("quantity"), l.quantity},
                                 {QStringLiteral("returned"), l.returned},
                                 {QStringLiteral("returnable"), l.quantity - l.returned},
                                 {QStringLiteral("amountText"), m_money(l.amount)}});
        returnable = returnable || l.quantity > l.returned;
    }
    QStringList payments;
    for (const auto &p : o.payments)
        payments << QStringLiteral("%1 %2").arg(paymentText(p.method), m_money(p.amount));
    QStringList history;
    for (const auto &h : o.history) {
        const qsizetype tab = h.indexOf(QLatin1Char('\t'));
        const QString when = QLocale().toString(QDateTime::fromMSecsSinceEpoch(h.left(tab).toLongLong()), QLocale::ShortFormat);
        history << QStringLiteral("%1  %2").arg(when, h.mid(tab + 1));
    }
    const bool delivered = o.status == QLatin1String("delivered") || o.status == QLatin1String("collected")
                        || o.status == QLatin1String("returned");
    m.insert(QStringLiteral("deliveryText"), o.delivery == QLatin1String("home") ? tr("Delivery to the customer's home")
                                                                                 : tr("Collect in store %1").arg(o.storeId));
    m.insert(QStringLiteral("canCollectHere"), o.delivery == QLatin1String("home") && o.status == QLatin1String("paid"));
    m.insert(QStringLiteral("canReturn"), delivered && returnable);
    m.insert(QStringLiteral("lines"), lines);
    m.insert(QStringLiteral("payments"), payments);
    m.insert(QStringLiteral("history"), history);
    return m;
}

QVariantList CustomerController::refundMethods() const
{
    QVariantList out;
    for (const QString &m : m_desk.settings().refundMethods)
        out.append(QVariantMap{{QStringLiteral("method"), m}, {QStringLiteral("text"), methodText(m)}});
    return out;
}

double CustomerController::points() const
{
    if (!m_customer)
        return 0;
    qint64 spent = 0;
    if (onSale())
        for (const auto &t : m_till.ticket().tenders())
            if (t.kind == QLatin1String("loyalty"))
                spent += t.amount;
    return double(std::max<qint64>(0, m_customer->points - spent));
}

bool CustomerController::onSale() const
{
    return m_customer && m_till.ticket().customer() == m_customer->loyaltyId;
}

void CustomerController::find(const QString &typed)
{
    const int generation = ++m_generation;
    m_busy = true;
    say(tr("Looking the customer up…"), false);
    m_desk.find(typed, [self = QPointer<CustomerController>(this), generation](Result<QList<Customer>> r) {
        if (!self || generation != self->m_generation)
            return;
        self->m_busy = false;
        if (!r)
            return self->say(r.error().message, true);
        if (r->isEmpty()) {
            self->setCustomer(std::nullopt);
            return self->say(tr("No customer with that card, phone number or e-mail address"), true);
        }
        if (r->size() == 1) {
            self->setCustomer(r->constFirst());
            self->say(QString(), false);
            return self->loadOrders();
        }
        self->setCustomer(std::nullopt);
        self->m_matches = r.value();
        self->say(tr("%1 customers match: choose one").arg(r->size()), false);
    });
}

void CustomerController::choose(int index)
{
    if (index < 0 || index >= m_matches.size())
        return;
    setCustomer(m_matches.at(index));
    loadOrders();
}

void CustomerController::clear()
{
    ++m_generation;
    m_busy = false;
    m_message.clear();
    m_problem = false;
    setCustomer(std::nullopt);
}

void CustomerController::loadOrders()
{
    if (!m_customer)
        return;
    const int generation = ++m_generation;
    m_busy = true;
    Q_EMIT changed();
    m_desk.orders(m_customer->id, [self = QPointer<CustomerController>(this), generation](Result<QList<WebOrder>> r) {
        if (!self || generation != self->m_generation)
            return;
        self->m_busy = false;
        if (!r)
            return self->say(r.error().message, true);
        self->m_orders = r.value();
        Q_EMIT self->changed();
    });
}

void CustomerController::openOrder(const QString &number)
{
    const int generation = ++m_generation;
    m_busy = true;
    say(tr("Looking the order up…"), false);
    m_desk.webOrder(number, [self = QPointer<CustomerController>(this), generation](Result<WebOrder> r) {
        if (!self || generation != self->m_generation)
            return;
        self->m_busy = false;
        if (!r)
            return self->say(r.error().message, true);
        self->m_order = r.value();
        self->say(QString(), false);
    });
}

bool CustomerController::done(const Result<QString> &r, const QString &success)
{
    if (!r) {
        say(r.error().message, true);
        return false;
    }
    say(success, false);
    return true;
}

bool CustomerController::collectHere()
{
    if (!m_order)
        return false;
    const bool ok = done(m_desk.collectHere(*m_order),
                         tr("Order %1 will be collected here: the central service confirms it and it appears among the click-and-collect orders.")
                             .arg(m_order->number));
    if (ok) {
        m_order.reset();
        reloadOrdersSoon();
        Q_EMIT changed();
    }
    return ok;
}

void CustomerController::reloadOrdersSoon()
{
    // The event is pushed within a moment of being written; then the orders show what it did.
    QTimer::singleShot(3000, this, [this] {
        if (m_customer && !m_busy)
            loadOrders();
    });
}

QHash<int, qint64> CustomerController::lineMap(const QVariantMap &lines)
{
    QHash<int, qint64> out;
    for (auto it = lines.cbegin(); it != lines.cend(); ++it)
        out.insert(it.key().toInt(), it.value().toLongLong());
    return out;
}

QString CustomerController::refundText(const QVariantMap &lines) const
{
    if (!m_order)
        return {};
    auto r = CustomerDesk::refundOf(*m_order, lineMap(lines));
    return r ? m_money(r.value()) : QString();
}

bool CustomerController::returnOrder(const QVariantMap &lines, const QString &method)
{
    if (!m_order)
        return false;
    const auto refund = CustomerDesk::refundOf(*m_order, lineMap(lines));
    const QString amount = refund ? m_money(refund.value()) : QString();
    const bool ok = done(m_desk.returnWebOrder(*m_order, lineMap(lines), method),
                         method == QLatin1String("store-credit")
                             ? tr("Returned: %1 becomes the customer's store credit once the central service has the return; the web shop shows it.").arg(amount)
                             : tr("Returned: %1 goes back to the original payment once the central service has the return; the web shop shows it.").arg(amount));
    if (ok) {
        m_order.reset();
        reloadOrdersSoon();
    }
    Q_EMIT changed();
    return ok;
}

bool CustomerController::putOnSale()
{
    if (!m_customer)
        return false;
    if (auto r = m_till.ticket().setCustomer(m_customer->loyaltyId); !r) {
        say(r.error().message, true);
        return false;
    }
    say(tr("%1's loyalty card is on the sale: it earns points.").arg(m_customer->name), false);
    return true;
}

bool CustomerController::payWithPoints(const QString &amount)
{
    if (!m_customer)
        return false;
    const qint64 due = m_till.ticket().totals().due;
    const std::optional<qint64> minor = amount.trimmed().isEmpty() ? std::optional<qint64>(std::min(due, qint64(points())))
                                                                   : input::amount(amount, m_till.ticket().settings().currency);
    if (!minor || *minor <= 0) {
        say(tr("Enter the amount to pay with points"), true);
        return false;
    }
    const qint64 points = *minor;
    if (points > qint64(this->points())) {
        say(tr("%1 has only %2 points").arg(m_customer->name).arg(qint64(this->points())), true);
        return false;
    }
    if (auto r = m_till.tender().payPoints(points, m_customer->id); !r) {
        say(r.error().message, true);
        return false;
    }
    return true; // the central service's answer (the balance left) comes as the till's message
}

} // namespace ok
