// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tendercontroller.h"
#include "ui/followlanguage.h"

#include "services/till.h"
#include "ui/input.h"

namespace ok {

namespace {
/// The notes a customer is likely to hand over, in minor units of a two-decimal currency.
constexpr qint64 kQuickNotes[] = {1000, 2000, 5000, 10000, 20000, 50000};
constexpr qsizetype kQuickCashButtons = 5;
} // namespace

TenderController::TenderController(QObject *parent)
    : QObject(parent)
{
    followLanguage(this, &TenderController::ticketChanged);
}

void TenderController::setTill(Till *till)
{
    if (till == m_till)
        return;
    m_connections.clear();
    m_till = till;
    if (m_till) {
        m_connections << connect(&m_till->ticket(), &Ticket::changed, this, &TenderController::ticketChanged);
        m_connections << connect(&m_till->ticket(), &Ticket::message, this, &TenderController::setMessage);
        m_connections << connect(&m_till->committer(), &SaleCommitter::saleCompleted, this, [this] {
            setMessage(QString(), false);
            Q_EMIT completed();
        });
    }
    Q_EMIT tillChanged();
    Q_EMIT ticketChanged();
}

void TenderController::begin()
{
    setMessage(QString(), false);
}

void TenderController::setMessage(const QString &text, bool problem)
{
    if (text == m_message && problem == m_problem)
        return;
    m_message = text;
    m_problem = problem;
    Q_EMIT messageChanged();
}

QString TenderController::say(const Result<void> &r)
{
    if (m_till)
        m_till->session().touch();
    const QString text = input::outcomeText(r);
    if (!text.isEmpty())
        setMessage(text, true);
    return text;
}

MoneyValue TenderController::money(qint64 minor) const
{
    const Ticket &t = m_till->ticket();
    return MoneyValue(minor, t.settings().currency.code, t.format().amount(minor));
}

MoneyValue TenderController::due() const
{
    if (!m_till)
        return {};
    const qint64 d = m_till->ticket().totals().due;
    return money(d < 0 ? -d : d);
}

MoneyValue TenderController::cashDue() const
{
    if (!m_till)
        return {};
    const qint64 d = m_till->ticket().cashDue();
    return money(d < 0 ? -d : d);
}

bool TenderController::refunding() const
{
    return m_till && m_till->ticket().totals().due < 0;
}

bool TenderController::cashRounded() const
{
    return m_till && m_till->ticket().cashDue() != m_till->ticket().totals().due;
}

bool TenderController::empty() const
{
    return !m_till || m_till->ticket().isEmpty();
}

QVariantList TenderController::tenders() const
{
    QVariantList out;
    if (!m_till)
        return out;
    const Receipts &fmt = m_till->ticket().format();
    for (const auto &t : m_till->ticket().tenders()) {
        const QString state = t.state == TenderLine::State::Done ? QString()
            : t.state == TenderLine::State::Pending                ? tr("waiting for the terminal")
                                                                   : tr("unknown: check the terminal");
        const bool points = t.kind == QLatin1String("loyalty");
        out.append(QVariantMap{{QStringLiteral("kind"), points ? tr("Loyalty points") : t.kind == QLatin1String("cash") ? tr("Cash") : tr("Card")},
                               {QStringLiteral("amount"), fmt.amount(t.amount)},
                               {QStringLiteral("change"), t.change ? fmt.amount(t.change) : QString()},
                               {QStringLiteral("reference"), points ? QString() : t.reference},
                               {QStringLiteral("state"), state}});
    }
    return out;
}

QVariantList TenderController::quickCash() const
{
    QVariantList out;
    if (!m_till)
        return out;
    const qint64 due = m_till->ticket().cashDue();
    if (due <= 0)
        return out;
    out.append(QVariant::fromValue(money(due)));
    QList<qint64> seen{due};
    for (qint64 note : kQuickNotes) {
        const qint64 up = (due + note - 1) / note * note;
        if (!seen.contains(up) && out.size() < kQuickCashButtons) {
            seen.append(up);
            out.append(QVariant::fromValue(money(up)));
        }
    }
    return out;
}

bool TenderController::anyTender(int state) const
{
    if (!m_till)
        return false;
    const auto &tenders = m_till->ticket().tenders();
    return std::any_of(tenders.cbegin(), tenders.cend(), [state](const TenderLine &t) { return int(t.state) == state; });
}

bool TenderController::cardBusy() const
{
    return anyTender(int(TenderLine::State::Pending));
}

bool TenderController::cardUnknown() const
{
    return anyTender(int(TenderLine::State::Unknown));
}

bool TenderController::hasCardTerminal() const
{
    return m_till && m_till->tender().hasTerminal();
}

QString TenderController::payCash(const QString &amount)
{
    if (!m_till)
        return {};
    if (refunding())
        return say(m_till->tender().payCash(0));
    const auto minor = input::amount(amount, m_till->ticket().settings().currency);
    if (!minor || *minor <= 0)
        return say(Error{QStringLiteral("till.invalid"), tr("Enter the cash handed over, e.g. 50 or 20.50")});
    return say(m_till->tender().payCash(*minor));
}

QString TenderController::payCashAmount(const MoneyValue &amount)
{
    if (!m_till)
        return {};
    if (amount.currency() != m_till->ticket().settings().currency.code || amount.minor() <= 0)
        return say(Error{QStringLiteral("till.invalid"), tr("Enter the cash handed over, e.g. 50 or 20.50")});
    return say(m_till->tender().payCash(amount.minor()));
}

QString TenderController::payCard(const QString &amount)
{
    if (!m_till)
        return {};
    const qint64 due = m_till->ticket().totals().due;
    const std::optional<qint64> minor = amount.trimmed().isEmpty() ? std::optional<qint64>(due < 0 ? -due : due)
                                                                   : input::amount(amount, m_till->ticket().settings().currency);
    if (!minor || *minor <= 0)
        return say(Error{QStringLiteral("till.invalid"), tr("Enter the card amount, or leave it empty for the whole amount")});
    return say(m_till->tender().payCard(*minor));
}

QString TenderController::checkCard()
{
    return m_till ? say(m_till->tender().checkCard()) : QString();
}

void TenderController::cancelCard()
{
    if (m_till)
        m_till->tender().cancelCard();
}

} // namespace ok
