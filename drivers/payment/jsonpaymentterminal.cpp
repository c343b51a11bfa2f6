// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivers/payment/jsonpaymentterminal.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPayment, "omnikiosk.drivers.payment", QtInfoMsg)

namespace ok::payment {

using ports::PaymentResult;

namespace {
constexpr qsizetype kMaxLine = 64 * 1024; // a terminal message is small; more is garbage

PaymentResult::Outcome outcomeOf(const QString &s)
{
    if (s == QLatin1String("approved"))
        return PaymentResult::Outcome::Approved;
    if (s == QLatin1String("declined"))
        return PaymentResult::Outcome::Declined;
    if (s == QLatin1String("cancelled") || s == QLatin1String("not-found"))
        return PaymentResult::Outcome::Cancelled;
    return PaymentResult::Outcome::Unknown;
}
} // namespace

JsonPaymentTerminal::JsonPaymentTerminal(QString name, std::unique_ptr<dev::Transport> transport, QObject *parent)
    : PaymentTerminal(std::move(name), QStringLiteral("payment"), std::move(transport), parent)
{
    qRegisterMetaType<ok::ports::PaymentResult>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &JsonPaymentTerminal::onTimeout);
}

Result<void> JsonPaymentTerminal::pay(const QString &reference, qint64 amount, const QString &currency)
{
    return start(QStringLiteral("pay"), reference, amount, currency);
}

Result<void> JsonPaymentTerminal::refund(const QString &reference, qint64 amount, const QString &currency)
{
    return start(QStringLiteral("refund"), reference, amount, currency);
}

Result<void> JsonPaymentTerminal::reverse(const QString &reference)
{
    return start(QStringLiteral("reverse"), reference, 0, QString());
}

Result<void> JsonPaymentTerminal::start(const QString &op, const QString &reference, qint64 amount, const QString &currency)
{
    if (m_pending)
        return Error{QStringLiteral("payment.busy"), tr("The card terminal is still busy with the previous transaction")};
    if (!isEnabled() || power() != Power::Online)
        return Error{QStringLiteral("payment.offline"), tr("The card terminal is not connected: take another tender or try again")};
    if (reference.isEmpty() || amount < 0 || (op != QLatin1String("reverse") && (amount == 0 || currency.size() != 3)))
        return Error{QStringLiteral("payment.bad-request"), tr("Invalid card transaction request")};
    Pending p;
    p.op = op;
    p.result.reference = reference;
    p.result.amount = amount;
    p.result.currency = currency;
    m_pending = p;
    setState(State::Busy);
    QJsonObject msg{{QStringLiteral("op"), op}, {QStringLiteral("ref"), reference}};
    if (op != QLatin1String("reverse")) {
        msg.insert(QStringLiteral("amount"), amount);
        msg.insert(QStringLiteral("currency"), currency);
    }
    send(msg);
    m_pending->sent = true;
    m_timer.start(m_responseTimeout);
    return {};
}

Result<void> JsonPaymentTerminal::checkStatus(const QString &reference, qint64 amount, const QString &currency)
{
    if (m_pending)
        return Error{QStringLiteral("payment.busy"), tr("The card terminal is still busy with the previous transaction")};
    if (reference.isEmpty())
        return Error{QStringLiteral("payment.bad-request"), tr("Invalid card transaction request")};
    if (!isEnabled() || power() != Power::Online)
        return Error{QStringLiteral("payment.offline"), tr("The card terminal is not connected: it cannot be asked yet")};
    Pending p;
    p.op = QStringLiteral("status");
    p.result.reference = reference;
    p.result.amount = amount;
    p.result.currency = currency;
    p.checking = true;
    p.sent = true;
    m_pending = p;
    setState(State::Busy);
    askStatus();
    return {};
}

void JsonPaymentTerminal::cancel()
{
    if (m_pending && !m_pending->checking)
        send({{QStringLiteral("op"), QStringLiteral("cancel")}, {QStringLiteral("ref"), m_pending->result.reference}});
}

void JsonPaymentTerminal::send(const QJsonObject &message)
{
    transport()->write(QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n');
}

void JsonPaymentTerminal::onReceived(const QByteArray &bytes)
{
    m_buffer += bytes;
    qsizetype nl;
    while ((nl = m_buffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_buffer.left(nl);
        m_buffer.remove(0, nl + 1);
        QJsonParseError err{};
        const QJsonDocument doc = QJsonDocument::fromJson(line, &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject()) {
            reportError({dev::DeviceError::Code::Protocol, tr("The card terminal sent a message that is not understood")});
            continue;
        }
        handle(doc.object());
    }
    if (m_buffer.size() > kMaxLine) {
        m_buffer.clear();
        reportError({dev::DeviceError::Code::Protocol, tr("The card terminal sent an oversized message")});
    }
}

void JsonPaymentTerminal::handle(const QJsonObject &m)
{
    if (!m_pending || m.value(QLatin1String("ref")).toString() != m_pending->result.reference)
        return; // an answer to something we no longer wait for
    if (m.contains(QLatin1String("prompt"))) {
        Q_EMIT prompt(m.value(QLatin1String("prompt")).toString());
        return;
    }
    const QString result = m.value(QLatin1String("result")).toString();
    if (result == QLatin1String("pending")) {
        // Still running on the terminal (we asked for the status too early): the terminal sends
        // the final answer when the customer is done. Wait one more status timeout for it; after
        // that the outcome is Unknown.
        m_timer.start(m_statusTimeout);
        return;
    }
    const auto outcome = outcomeOf(result);
    finish(outcome, m, outcome == PaymentResult::Outcome::Unknown
                           ? tr("The card terminal gave an unknown answer: check its last transaction before taking payment again")
                           : QString());
}

void JsonPaymentTerminal::onTimeout()
{
    if (!m_pending)
        return;
    if (!m_pending->checking) {
        qCInfo(lcPayment) << "no answer in time; asking the terminal for the transaction status";
        m_pending->checking = true;
        askStatus();
        return;
    }
    finish(PaymentResult::Outcome::Unknown, {},
           tr("The card terminal did not answer. Check on the terminal whether the payment went through before taking payment again."));
}

void JsonPaymentTerminal::askStatus()
{
    m_timer.start(m_statusTimeout);
    if (power() == Power::Online)
        send({{QStringLiteral("op"), QStringLiteral("status")}, {QStringLiteral("ref"), m_pending->result.reference}});
    // else: onConnected() asks as soon as the link is back (the device reconnects by itself)
}

void JsonPaymentTerminal::onConnected()
{
    m_buffer.clear();
    if (m_pending && m_pending->checking)
        askStatus();
}

void JsonPaymentTerminal::onDisconnected()
{
    // A link lost mid-transaction: the card may or may not have been charged. Switch to checking;
    // the status question goes out when the link is back, or the timer gives Unknown.
    if (m_pending && !m_pending->checking) {
        m_pending->checking = true;
        m_timer.start(m_statusTimeout);
    }
}

void JsonPaymentTerminal::finish(PaymentResult::Outcome outcome, const QJsonObject &m, const QString &fallbackText)
{
    m_timer.stop();
    PaymentResult r = m_pending->result;
    m_pending.reset();
    r.outcome = outcome;
    r.authCode = m.value(QLatin1String("auth")).toString();
    r.maskedCard = m.value(QLatin1String("card")).toString();
    // Defence in depth: whatever the terminal sends, keep at most the last four digits.
    if (r.maskedCard.count(QRegularExpression(QStringLiteral("[0-9]"))) > 4)
        r.maskedCard = QStringLiteral("****") + r.maskedCard.right(4);
    r.message = !fallbackText.isEmpty() ? fallbackText : m.value(QLatin1String("message")).toString();
    if (r.message.isEmpty()) {
        switch (outcome) {
        case PaymentResult::Outcome::Approved: r.message = tr("Card payment approved"); break;
        case PaymentResult::Outcome::Declined: r.message = tr("Card declined: ask for another card or another tender"); break;
        case PaymentResult::Outcome::Cancelled: r.message = tr("Card payment cancelled; nothing was charged"); break;
        case PaymentResult::Outcome::Unknown: break;
        }
    }
    countJob(outcome == PaymentResult::Outcome::Approved || outcome == PaymentResult::Outcome::Declined
             || outcome == PaymentResult::Outcome::Cancelled);
    setState(State::Idle);
    Q_EMIT finished(r);
}

} // namespace ok::payment
