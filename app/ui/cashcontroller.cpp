// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/cashcontroller.h"

#include "services/till.h"
#include "ui/input.h"

#include <QDateTime>

namespace ok {

namespace {
constexpr qint64 kRecentSalesMs = 24 * 3600 * 1000;
constexpr int kRecentSalesShown = 50;
} // namespace

CashController::CashController(QObject *parent)
    : QObject(parent)
{
}

void CashController::setTill(Till *till)
{
    if (till == m_till)
        return;
    m_connections.clear();
    m_till = till;
    if (m_till) {
        m_connections << connect(&m_till->cashDesk(), &CashDesk::shiftChanged, this, &CashController::shiftChanged);
        m_connections << connect(&m_till->committer(), &SaleCommitter::saleCompleted, this, &CashController::salesChanged);
        m_connections << connect(&m_till->session(), &StaffSession::changed, this, &CashController::shiftChanged);
    }
    Q_EMIT tillChanged();
    Q_EMIT shiftChanged();
    Q_EMIT salesChanged();
}

void CashController::begin()
{
    setMessage(QString(), false);
    Q_EMIT salesChanged();
}

void CashController::setMessage(const QString &text, bool problem)
{
    m_message = text;
    m_problem = problem;
    Q_EMIT messageChanged();
}

QString CashController::say(const Result<void> &r, const QString &done)
{
    if (m_till)
        m_till->session().touch();
    const QString text = input::outcomeText(r);
    if (!text.isEmpty())
        setMessage(text, true);
    else if (r && !done.isEmpty())
        setMessage(done, false);
    return text;
}

bool CashController::shiftOpen() const
{
    return m_till && m_till->cashDesk().current().has_value();
}

QVariantList CashController::denominations() const
{
    QVariantList out;
    if (!m_till)
        return out;
    for (qint64 d : m_till->cashDesk().settings().denominations)
        out.append(QVariantMap{{QStringLiteral("key"), QString::number(d)}, {QStringLiteral("text"), m_till->ticket().format().amount(d)}});
    return out;
}

QVariantList CashController::recentSales() const
{
    QVariantList out;
    if (!m_till)
        return out;
    const Receipts &fmt = m_till->ticket().format();
    for (const auto &s : m_till->receipts().recent(m_till->ticket().settings().terminalId,
                                                   QDateTime::currentMSecsSinceEpoch() - kRecentSalesMs, kRecentSalesShown))
        out.append(QVariantMap{{QStringLiteral("saleId"), s.sale.id}, {QStringLiteral("receiptNo"), QString::number(s.receiptNo)},
                               {QStringLiteral("kind"), s.sale.kind == QLatin1String("return")     ? tr("return")
                                                        : s.sale.kind == QLatin1String("exchange") ? tr("exchange")
                                                                                                   : tr("sale")},
                               {QStringLiteral("time"), QDateTime::fromMSecsSinceEpoch(s.sale.createdAtMs).toString(QStringLiteral("HH:mm"))},
                               {QStringLiteral("total"), fmt.amount(s.sale.total)}});
    return out;
}

QString CashController::countText(const QVariantMap &counts) const
{
    if (!m_till)
        return {};
    const auto c = input::counts(counts);
    const auto total = c ? countedTotal(*c) : std::nullopt;
    return total ? m_till->ticket().format().amount(*total) : tr("check the numbers");
}

QString CashController::openShift(const QVariantMap &counts)
{
    if (!m_till)
        return {};
    const auto c = input::counts(counts);
    if (!c)
        return say(Error{QStringLiteral("cash.count"), tr("Counts are whole numbers of notes and coins")});
    const auto signedIn = m_till->session().signedIn();
    if (!signedIn)
        return say(signedIn.error());
    const StaffMember &who = signedIn.value();
    auto shift = m_till->cashDesk().openShift(who, *c);
    if (!shift)
        return say(shift.error());
    setMessage(tr("Shift open with a float of %1").arg(m_till->ticket().format().amount(shift.value().floatAmount)), false);
    return {};
}

QString CashController::cashMovement(const QString &kind, const QString &amount, const QString &reason)
{
    if (!m_till)
        return {};
    const auto minor = input::amount(amount, m_till->ticket().settings().currency);
    if (!minor || *minor <= 0)
        return say(Error{QStringLiteral("cash.amount"), tr("Enter an amount, e.g. 100")});
    const auto signedIn = m_till->session().signedIn();
    if (!signedIn)
        return say(signedIn.error());
    const StaffMember &who = signedIn.value();
    CashDesk &desk = m_till->cashDesk();
    return say(m_till->gate().run([&desk, who, kind, minor, reason](const auto &a) { return desk.moveCash(who, kind, *minor, reason, a); }));
}

QString CashController::noSale(const QString &reason)
{
    if (!m_till)
        return {};
    const auto signedIn = m_till->session().signedIn();
    if (!signedIn)
        return say(signedIn.error());
    const StaffMember &who = signedIn.value();
    CashDesk &desk = m_till->cashDesk();
    return say(m_till->gate().run([&desk, who, reason](const auto &a) { return desk.noSale(who, reason, a); }));
}

QString CashController::xReport()
{
    if (!m_till)
        return {};
    const auto signedIn = m_till->session().signedIn();
    if (!signedIn)
        return say(signedIn.error());
    const StaffMember &who = signedIn.value();
    CashDesk &desk = m_till->cashDesk();
    return say(m_till->gate().run([this, &desk, who](const auto &a) -> Result<void> {
        auto f = desk.xReport(who, a);
        if (!f)
            return f.error();
        setMessage(tr("X report printed"), false);
        return {};
    }));
}

QString CashController::zReport(const QVariantMap &counts)
{
    if (!m_till)
        return {};
    const auto c = input::counts(counts);
    if (!c)
        return say(Error{QStringLiteral("cash.count"), tr("Counts are whole numbers of notes and coins")});
    const auto signedIn = m_till->session().signedIn();
    if (!signedIn)
        return say(signedIn.error());
    const StaffMember &who = signedIn.value();
    CashDesk &desk = m_till->cashDesk();
    const Receipts &fmt = m_till->ticket().format();
    // Two approvals may be needed: the Z itself (supervisor) and a count difference (manager).
    auto zApproval = std::make_shared<std::optional<ApprovalRecord>>();
    return say(m_till->gate().run([this, &desk, &fmt, who, c, zApproval](const std::optional<ApprovalRecord> &a) -> Result<void> {
        if (a && a->action == permissionKey(Permission::ZReport))
            *zApproval = a;
        const std::optional<ApprovalRecord> diff = a && a->action == permissionKey(Permission::AcceptCountDifference) ? a : std::nullopt;
        auto z = desk.zReport(who, *c, *zApproval, diff);
        if (!z)
            return z.error();
        const qint64 d = z.value().countedCash - z.value().expectedCash;
        // Whole sentences per case: "over" and "short" glued into one would not translate.
        const QString zNo = QString::number(z.value().zNo);
        const QString counted = fmt.amount(z.value().countedCash);
        const QString expected = fmt.amount(z.value().expectedCash);
        setMessage(d > 0   ? tr("Day closed: Z report %1 printed. Counted %2, expected %3: %4 over.").arg(zNo, counted, expected, fmt.amount(d))
                   : d < 0 ? tr("Day closed: Z report %1 printed. Counted %2, expected %3: %4 short.").arg(zNo, counted, expected, fmt.amount(-d))
                           : tr("Day closed: Z report %1 printed. Counted %2, as expected.").arg(zNo, counted),
                   false);
        return {};
    }));
}

QString CashController::reprint(const QString &saleId)
{
    return m_till ? say(m_till->receipts().print(saleId, true), tr("The copy is printing")) : QString();
}

} // namespace ok
