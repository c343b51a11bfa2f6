// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ticketcontroller.h"

#include "services/till.h"
#include "ui/input.h"

#include <QDateTime>

namespace ok {

TicketController::TicketController(QObject *parent)
    : QObject(parent)
{
}

void TicketController::setTill(Till *till)
{
    if (till == m_till)
        return;
    m_connections.clear();
    delete m_lines;
    m_lines = nullptr;
    m_till = till;
    if (m_till) {
        Ticket &t = m_till->ticket();
        m_lines = new BasketModel(t, this);
        m_connections << connect(&t, &Ticket::changed, this, [this] {
            m_lines->refresh();
            Q_EMIT ticketChanged();
        });
        m_connections << connect(&t, &Ticket::lineAdded, this, [this] {
            // A line made it: whatever went wrong with an earlier scan is over.
            if (m_problem)
                setMessage(QString(), false);
        });
        m_connections << connect(&t, &Ticket::message, this, &TicketController::setMessage);
        m_connections << connect(&t, &Ticket::replaced, this, &TicketController::parkedChanged);
        m_connections << connect(&m_till->scans(), &ScanResolver::rejected, this, [this](const QString &code, const QString &text) {
            setMessage(text, true);
            Q_EMIT scanRejected(code, text);
        });
        m_connections << connect(&m_till->committer(), &SaleCommitter::saleCompleted, this, &TicketController::onSaleCompleted);
        m_connections << connect(&m_till->receipts(), &ReceiptService::changed, this, &TicketController::receiptsChanged);
        m_connections << connect(&m_till->drawer(), &CashDrawerService::openChanged, this, &TicketController::drawerChanged);
    }
    Q_EMIT tillChanged();
    Q_EMIT ticketChanged();
    Q_EMIT parkedChanged();
    Q_EMIT receiptsChanged();
}

void TicketController::onSaleCompleted(const CommittedSale &sale, qint64 change)
{
    const Receipts &fmt = m_till->ticket().format();
    m_lastSale = change > 0 ? tr("Receipt %1 · change %2").arg(sale.receiptNo).arg(fmt.amount(change))
                            : tr("Receipt %1 done").arg(sale.receiptNo);
    setMessage(QString(), false); // a new ticket starts clean
    Q_EMIT lastSaleChanged();
    Q_EMIT receiptsChanged();
}

void TicketController::setMessage(const QString &text, bool problem)
{
    if (text == m_message && problem == m_problem)
        return;
    m_message = text;
    m_problem = problem;
    Q_EMIT messageChanged();
}

void TicketController::clearMessage()
{
    setMessage(QString(), false);
}

QString TicketController::say(const Result<void> &r)
{
    if (m_till)
        m_till->session().touch();
    const QString text = input::outcomeText(r);
    if (text.isEmpty()) {
        if (m_problem)
            setMessage(QString(), false);
        return {};
    }
    setMessage(text, true);
    return text;
}

MoneyValue TicketController::money(qint64 minor) const
{
    if (!m_till)
        return {};
    const Ticket &t = m_till->ticket();
    return MoneyValue(minor, t.settings().currency.code, t.format().amount(minor));
}

MoneyValue TicketController::total() const
{
    return m_till ? money(m_till->ticket().totals().total) : MoneyValue();
}

MoneyValue TicketController::discounts() const
{
    return m_till ? money(-m_till->ticket().totals().discounts) : MoneyValue();
}

MoneyValue TicketController::due() const
{
    if (!m_till)
        return {};
    const qint64 d = m_till->ticket().totals().due;
    return money(d < 0 ? -d : d); // refunding() says which way
}

bool TicketController::refunding() const
{
    return m_till && m_till->ticket().totals().due < 0;
}

bool TicketController::empty() const
{
    return !m_till || m_till->ticket().isEmpty();
}

QString TicketController::customer() const
{
    return m_till ? m_till->ticket().customer() : QString();
}

QVariantList TicketController::parked() const
{
    QVariantList out;
    if (!m_till)
        return out;
    for (const auto &d : m_till->ticket().parked())
        out.append(QVariantMap{{QStringLiteral("slot"), d.slot}, {QStringLiteral("label"), d.label},
                               {QStringLiteral("time"), QDateTime::fromMSecsSinceEpoch(d.updatedAtMs).toString(QStringLiteral("HH:mm"))}});
    return out;
}

QVariantList TicketController::unprinted() const
{
    QVariantList out;
    if (!m_till)
        return out;
    for (const auto &s : m_till->receipts().unprinted())
        out.append(QVariantMap{{QStringLiteral("saleId"), s.id}, {QStringLiteral("receiptNo"), QString::number(s.receiptNo)}});
    return out;
}

QString TicketController::printerProblem() const
{
    return m_till ? m_till->receipts().printerProblem() : QString();
}

bool TicketController::drawerOpen() const
{
    return m_till && m_till->drawer().isOpen();
}

// ---- actions

void TicketController::scan(const QString &code)
{
    if (!m_till)
        return;
    m_till->session().touch();
    m_till->scans().scan(code);
}

QString TicketController::addWeighed(const QString &barcode, const QString &kilograms)
{
    if (!m_till)
        return {};
    const auto grams = input::quantity(kilograms, true);
    if (!grams)
        return say(Error{QStringLiteral("till.invalid"), tr("Enter the weight in kg, e.g. 0.750")});
    m_till->session().touch();
    m_till->scans().scanWeighed(barcode, *grams); // the line (or the reason) follows
    return {};
}

QString TicketController::setQuantity(int row, const QString &quantity)
{
    if (!m_till)
        return {};
    const auto n = input::quantity(quantity, false);
    if (!n)
        return say(Error{QStringLiteral("till.invalid"), tr("Enter a quantity above zero, or void the line")});
    return say(m_till->gate().run([this, row, n](const auto &a) { return m_till->ticket().setQuantity(row, *n, a); }));
}

QString TicketController::lineDiscount(int row, const QString &percent, const QString &reason)
{
    if (!m_till)
        return {};
    const auto bp = input::percentBp(percent);
    if (!bp)
        return say(Error{QStringLiteral("till.invalid"), tr("Enter a percentage from 0 to 100")});
    return say(m_till->gate().run([this, row, bp, reason](const auto &a) {
        return m_till->ticket().setLineDiscount(row, Discount{*bp ? Discount::Kind::Percent : Discount::Kind::None, *bp, reason}, a);
    }));
}

QString TicketController::receiptDiscount(const QString &percent, const QString &reason)
{
    if (!m_till)
        return {};
    const auto bp = input::percentBp(percent);
    if (!bp)
        return say(Error{QStringLiteral("till.invalid"), tr("Enter a percentage from 0 to 100")});
    return say(m_till->gate().run([this, bp, reason](const auto &a) {
        return m_till->ticket().setReceiptDiscount(Discount{*bp ? Discount::Kind::Percent : Discount::Kind::None, *bp, reason}, a);
    }));
}

QString TicketController::overridePrice(int row, const QString &price, const QString &reason)
{
    if (!m_till)
        return {};
    const auto minor = input::amount(price, m_till->ticket().settings().currency);
    if (!minor || *minor < 0)
        return say(Error{QStringLiteral("till.invalid"), tr("Enter a price, e.g. 4.99")});
    return say(m_till->gate().run([this, row, minor, reason](const auto &a) { return m_till->ticket().overridePrice(row, *minor, reason, a); }));
}

QString TicketController::voidLine(int row)
{
    if (!m_till)
        return {};
    Ticket &t = m_till->ticket();
    const int sales = int(t.basket().lines().size());
    if (row >= sales) // a return line is taken back off the ticket: nothing to approve
        return say(t.removeReturnLine(row - sales));
    return say(m_till->gate().run([&t, row](const auto &a) { return t.voidLine(row, a); }));
}

QString TicketController::voidSale()
{
    if (!m_till)
        return {};
    return say(m_till->gate().run([this](const auto &a) { return m_till->ticket().voidSale(a); }));
}

QString TicketController::park()
{
    if (!m_till)
        return {};
    const QString r = say(m_till->ticket().park());
    Q_EMIT parkedChanged();
    return r;
}

QString TicketController::resume(const QString &slot)
{
    if (!m_till)
        return {};
    const QString r = say(m_till->ticket().resume(slot));
    Q_EMIT parkedChanged();
    return r;
}

QString TicketController::setCustomer(const QString &customer)
{
    return m_till ? say(m_till->ticket().setCustomer(customer)) : QString();
}

QString TicketController::printUnprinted(const QString &saleId)
{
    if (!m_till)
        return {};
    const QString r = say(m_till->receipts().print(saleId, false));
    Q_EMIT receiptsChanged();
    return r;
}

} // namespace ok
